"""Flattened tables in the body: a table that a web page or a copy wrote one cell a line.

A heading row, one cell a line (指标名称 / 预期目标 / 实际完成 / 备注), then each row: its name on a line
(``1.地区生产总值``), its cells on the lines after it (``增长6.5%左右`` / ``增长4.8%`` / ``1347.1亿元``), with
blank lines between the cells or not, and a trailing ``|`` on each cell or not. A row of a name alone
(``一、综合发展``) groups the rows after it; a row may lack its last cells (an empty 备注).

It is read as a table only when it plainly is one, so that a list of names, a block of headings, a signature
or a page's debris never is (:func:`find_flat`):

- the heading row: two to eight short cells, two of them at least saying what a column holds (a year
  ``2021年``, a stance ``目标 / 预期 / 计划 / 实际 / 完成``, ``单位``, ``增长 / 增速 / 比上年``, a unit in brackets
  ``(万吨)``); no cell holds a number but a year; a line that is only a unit in brackets (``(千公顷)``)
  belongs to the cell above it;
- the first heading cell names the rows (指标名称) unless it says what a column holds too: then the rows'
  names have no heading (``播种面积(千公顷) / 总产量(万吨) …``, each row ``全年粮食 / 119319.1 / …``);
- each row: a name (short, no number but its list marker), then at most one cell per column: a short cell
  with a number (or a dash), and in a ``单位`` column a short text; two rows at least have a number, or one
  row fills every column under a heading row that says what three columns hold or more;
- a converter's pinyin (``行業(yè)名稱``) is read past, and a line of ``|`` alone (or of several) is an empty cell;
- a heading row may have a second row of sub-columns under it (``現價(億元) / 增速% / 構成% / 貢獻%`` then ``2015年 /
  2016年``; ``绝对额(亿元) / 比上年同期增长(%)`` then ``2季度 / 上半年 / 2季度 / 上半年``): when the rows' cells number
  the sub-columns, each group heads as many of them in turn; when they number the groups and the sub-columns but one,
  the first group heads all the sub-columns (a year's two values under 现价) and the others one cell each.
"""

from __future__ import annotations

import re

from plantrace.parse.grammar import classify
from plantrace.parse.tables import LineSource, Row, Table
from plantrace.table_rows import row_name

_COLUMN_WORD = re.compile(
    r"(?:19|20)\d{2}年|目标|预期|计划|规划|实际|完成|单位|增长|增速|增幅|比上年|同比|[(（][^()（）]{1,8}[)）]"
)
_YEAR = re.compile(r"(?:19|20)\d{2}年?")
# the sub-columns a second heading row writes under the first one's groups: years, quarters, this year and the last
_SUB_COLUMN = re.compile(r"^(?:(?:19|20)\d{2}\s?年?|[1-4一二三四]\s?季度|上半年|下半年|本年|上年|本期|同期)$")
_QUARTER = re.compile(r"[1-4]\s?季度")
_UNIT_ONLY = re.compile(r"^[(（][^()（）\d]{1,8}[)）]$")
_UNIT_COLUMN = re.compile(r"^(?:计量)?单位$")
_SENTENCE = re.compile(r"[。!！?？;；,，]")
_PINYIN = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")  # a converter's debris: 行業(yè)名稱
_DASH = re.compile(r"^[—\-–/／]{1,2}$")
_HEADER_MAX = 14
_NAME_MAX = 24
_CELL_MAX = 16
_MAX_COLUMNS = 8
_MIN_ROWS = 2
_FULL_HEADER = 3  # a heading row that says what three columns hold may head a table of one full row
_GAP = 5  # blank lines between two cells (an empty cell is a blank line or two more)


def cell_text(simp: str) -> str:
    """A cell as written on its line: without the spaces around it and a trailing ``|`` (a line of ``|``
    alone is an empty cell)."""
    return simp.strip().removesuffix("|").strip()


def find_flat(source: LineSource, first: int) -> Table | None:
    """The flattened table whose heading row starts at line ``first``, or None (rules in the module docstring)."""
    start = first if _text(source, first) else _next(source, first)  # after an empty cell (| alone)
    head = _heading_cells(source, start) if start is not None else []
    for width in range(min(len(head), _MAX_COLUMNS), 1, -1):
        said = [bool(_COLUMN_WORD.search(simp)) for _, _, simp in head[:width]]
        if sum(said) < 2:
            continue
        headers = tuple(written for _, written, _ in head[:width])
        columns = ("", *headers) if said[0] else headers
        simple = ("", *(simp for _, _, simp in head[:width])) if said[0] else tuple(s for _, _, s in head[:width])
        rows = _rows(source, _next(source, head[width - 1][0]), simple)
        full = sum(said) >= _FULL_HEADER and any(len(row.cells) == len(columns) for row in rows)
        if sum(len(row.cells) > 1 for row in rows) >= _MIN_ROWS or full:
            return Table(_under_groups(columns, rows), head[width - 1][0], rows, header_start=first)
    return None


def _under_groups(columns: tuple[str, ...], rows: tuple[Row, ...]) -> tuple[str, ...]:
    """The columns of a heading row over a second row of sub-columns (rules in the module docstring), each
    sub-column named by its group and itself (現價(億元)2015年); the columns unchanged when there is no second row or
    the rows' cells fit neither reading."""
    heads = columns[1:]
    subs = len(heads) - next((i for i in range(len(heads), 0, -1) if not _SUB_COLUMN.match(heads[i - 1])), 0)
    groups, under = heads[:len(heads) - subs], heads[len(heads) - subs:]
    values = max(len(row.cells) for row in rows) - 1
    if subs < 2 or not groups:
        return columns
    if values == subs and subs % len(groups) == 0:
        span = subs // len(groups)
        return (columns[0], *(groups[i // span] + under[i] for i in range(subs)))
    if values == len(groups) - 1 + subs:
        return (columns[0], *(groups[0] + sub for sub in under), *groups[1:])
    return columns


def _next(source: LineSource, number: int) -> int | None:
    """The next line with a cell, across blank lines and empty cells."""
    for candidate in range(number + 1, number + _GAP + 2):
        if _text(source, candidate):
            return candidate
    return None


def _text(source: LineSource, number: int | None) -> str | None:
    """The cell of a content line in the simplified layer (what the rules read), else None; a line of ``|`` alone
    is an empty cell ("")."""
    if number is None or not source.content(number):
        return None
    return _PINYIN.sub("", cell_text(source.line(number).simp).strip("|").strip())


def _written(source: LineSource, number: int) -> str:
    """The cell of a line as written (the original script): what the table keeps."""
    return cell_text(source.line(number).text)


def _heading_cells(source: LineSource, first: int) -> list[tuple[int, str, str]]:
    """(line, cell as written, cell simplified) of each heading cell from ``first`` on."""
    cells: list[tuple[int, str, str]] = []
    number: int | None = first
    while number is not None and len(cells) <= _MAX_COLUMNS:
        text = _text(source, number)
        if text is None or not _header_cell(text):
            break
        if cells and _UNIT_ONLY.match(text):
            cells[-1] = (number, cells[-1][1] + _written(source, number), cells[-1][2] + text)
        else:
            cells.append((number, _written(source, number), text))
        number = _next(source, number)
    return cells


def _header_cell(text: str) -> bool:
    if not 0 < len(text) <= _HEADER_MAX or _SENTENCE.search(text) or ":" in text or "：" in text:
        return False
    return classify(text) is None and not re.search(r"\d", _YEAR.sub("", _QUARTER.sub("", text)))


def _name_cell(text: str) -> bool:
    name = row_name(text)
    return 0 < len(name) <= _NAME_MAX and not _SENTENCE.search(name) and not re.search(r"[\d:：]", name)


def _value_cell(text: str, unit_column: bool) -> bool:
    if len(text) > _CELL_MAX or _SENTENCE.search(text) or ":" in text or "：" in text:
        return False
    if unit_column:
        return not re.search(r"\d", text)
    return bool(re.search(r"\d", row_name(text))) or bool(_DASH.match(text))  # 1.地区生产总值 is a name


def _rows(source: LineSource, first: int | None, columns: tuple[str, ...]) -> tuple[Row, ...]:
    rows: list[Row] = []
    number = first
    while (name := _text(source, number)) is not None and number is not None and _name_cell(name):
        cells, end = [_written(source, number)], number
        for column in columns[1:]:
            after = _next(source, end)
            text = _text(source, after)
            if after is None or text is None or not _value_cell(text, bool(_UNIT_COLUMN.match(column))):
                break
            cells.append(_written(source, after))
            end = after
        rows.append(Row(number, end, tuple(cells)))
        number = _next(source, end)
    while rows and len(rows[-1].cells) == 1:
        rows.pop()  # a name with no cell after the last row is the text after the table
    return tuple(rows)
