"""Quantities of indicator tables, read cell by cell with the year and stance from the column headers.

A plan's table of main indicators (指标 | 2020年 | 2025年 | 年均增长 | 属性) is parsed into a ``table``
node with one ``item`` per row (``parse``): the first cell names the metric, its unit in brackets
(地区生产总值(亿元)) or in a 单位 column. Each other cell is read by its header (rule ``measure.table.v1``):

- a year column (2020年, 2025年目标, 基期2020) gives a level for that year. Its stance is ``actual`` for a base
  year and ``target`` for a goal: the header says so (基期, 现状, 实际, 完成 / 目标, 预期, 规划), else the
  earliest of two year columns or more is the base, else a year before the document's period is a result;
- a growth column (年均增长, 年均增速) gives a ``period_average`` growth rate in % towards the last year
  column, over the years after the base; a value in brackets ([0.4], 〔14〕) is a change over the whole
  period (``period_cumulative``), as the tables' notes say (“[ ]内为五年累计数”);
- 属性 (预期性 / 约束性) and other text cells give no quantity (the line keeps them for tracking).

A cell without a number (—, 持续提高) gives nothing.

A table that a web page wrote one cell a line (``parse``: a row spans lines, a cell a line) is read the same
way, and its headers may say less (an annual plan's ``指标名称 / 预期目标 / 实际完成 / 备注``, a bulletin's
``播种面积(千公顷) / 总产量(万吨)``), so:

- a column that says its stance but no year (预期目标, 实际完成) has the year of the table's caption
  (``表1 2024年…完成情况``); a column that names a quantity with its unit in brackets (播种面积(千公顷)) is that
  quantity of the row (``全年粮食播种面积``) in the caption's year, a result unless the caption says 目标/预期/计划;
- 比上年增长 / 同比增长 is the row's growth in the year of the table's one year column (or its caption);
- a 备注 cell that holds an amount (``1347.1亿元`` beside the growth rates) is the row's level, of the result column;
- under a second heading row (``现价(亿元)`` over ``2015年 / 2016年``, then ``增速% / 构成% / 贡献%``; parse names each
  sub-column by its group) a year column takes the unit in its group's brackets, a growth on the year before is the
  later year's when every year column is a result, and a column whose unit follows its name (构成%) is that share of
  the row in the table's last year;
- a cell says its own kind and unit: ``增长6.5%左右`` is a growth, ``下降4.6%`` a decline, ``1347.1亿元`` in 亿元;
  a row's list marker (``1.地区生产总值``, ``其中: 稻谷``) is no part of its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.extract.measures.metric import canonical
from plantrace.extract.measures.rules import rule
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.years import TONED_PINYIN
from plantrace.gazetteer import simplify
from plantrace.models import Document, Line, Measure, Node
from plantrace.table_rows import row_name

RULE = "measure.table.v1"

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_BASE_WORDS = ("基期", "现状", "实际", "完成", "基数", "基准")
_GOAL_WORDS = ("目标", "预期", "规划", "预计")
_GROWTH = re.compile(r"年均(?:增长|增速|增幅)|平均增长")
_UNIT_IN_NAME = re.compile(r"[(（]([^()（）]{1,12})[)）]\s*$")
_BRACKETED = re.compile(r"[(（]([^()（）]{1,6})[)）]")  # 现价(亿元)2015年: a sub-column's unit in its group's name
_SHARE_AFTER_NAME = re.compile(r"^([^\d%‰()（）|]{1,6}?)\s*(%|‰)$")  # 构成%, 贡献%: a quantity with its unit after it
_UNIT_COLUMN = re.compile(r"^(?:计量)?单\s*位$")
_YOY = re.compile(r"^(?:比上年|同比|较上年)(?:增长|增减|增速)|^(?:增长|增速|增幅)\s*[(（]?%")
_REMARK = re.compile(r"^(?:备注|说明)$")
_TABLE_UNIT = re.compile(r"(?:^|\n)\s*(?:计量)?单位\s*[:：]\s*([^|\s]{1,8})")  # 单位:吨, a line above the header
_STANCE_WORDS = _BASE_WORDS + _GOAL_WORDS + ("计划",)
_CELL_GROWTH = re.compile(r"增长|增速|提高|下降|降低|减少|回落")
_CELL_DOWN = re.compile(r"下降|降低|减少|回落")
_DOWN = re.compile(r"降低|下降|减少|压减")  # 单位地区生产总值能耗降低(%): the value is a reduction
_VALUE = re.compile(
    r"(?P<open>[\[〔【［])?\s*(?P<before>[>≥<≤＞＜]=?|不低于|不少于|不高于|低于|约)?\s*"
    r"(?P<value>\d+(?:\.\s?\d+)?)(?:\s*(?P<dash>[-—～~至])\s*(?P<max>\d+(?:\.\d+)?))?\s*(?P<unit>%|‰)?"
    r"\s*(?P<after>以上|以下|以内|左右)?\s*(?P<close>[\]〕】］])?"
)
_COMPARATORS = {">": ">=", "≥": ">=", "＞": ">=", ">=": ">=", "不低于": ">=", "不少于": ">=", "以上": ">=",
                "<": "<=", "≤": "<=", "＜": "<=", "<=": "<=", "不高于": "<=", "低于": "<=", "以下": "<=",
                "以内": "<=", "约": "~", "左右": "~"}


@dataclass(frozen=True, slots=True)
class Column:
    """What one column of the table holds: a year's level, an average growth rate, or nothing."""

    role: str  # "metric", "year", "growth", "yoy", "quantity", "remark", "unit", "other"
    year: int | None = None
    stance: str | None = None
    period: tuple[int, int] | None = None  # the years a growth column covers
    name: str = ""  # what a quantity column holds (播种面积), after the row's name
    unit: str = ""  # its unit (千公顷)


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a row: its line, where its text starts in the line's simplified layer ``simp``, and that
    text as the rules read it (full-width digits and signs folded, simplified characters: 增長１３４７．１億元 is
    增长1347.1亿元); a measure's span is mapped back to the raw line."""

    line: Line
    offset: int
    text: str


def indicator_tables(
    document: Document, nodes: Sequence[Node], lines: dict[int, Line]
) -> tuple[list[Measure], set[int]]:
    """The quantities of every ``table`` node's rows, and the row lines read (the line scanner skips them)."""
    rows: dict[str, list[Node]] = {}
    for node in nodes:
        if node.parent is not None and node.kind == "item":
            rows.setdefault(node.parent, []).append(node)
    found: list[Measure] = []
    read: set[int] = set()
    for table in nodes:
        if table.kind == "table":
            found += table_measures(document, table, rows.get(table.id, []), lines)
            read.update(n for row in rows.get(table.id, []) for n in range(row.line_start, row.head_end + 1))
            read.update(range(table.line_start, table.head_end + 1))  # its caption and header: names, no values
    return found, read


def table_measures(document: Document, table: Node, rows: Sequence[Node], lines: dict[int, Line]) -> list[Measure]:
    """The quantities of one table's rows, cell by cell (``rows``: the table's ``item`` children)."""
    columns_attr = TONED_PINYIN.sub("", simplify(dict(table.attrs).get("columns", "")))  # 行業(yè)名稱: debris
    headers = tuple(cell.strip() for cell in columns_attr.split("|"))
    said = _TABLE_UNIT.search(table.simp)
    caption = table.simp.split("\n")[0] if table.title else ""
    columns = read_columns(headers, document, caption, said.group(1) if said else "")
    found: list[Measure] = []
    for row in rows:
        cells = _row_cells(row, lines)
        if cells:
            found.extend(_row_measures(document.id, row.id, cells, columns))
    return found


def read_columns(headers: Sequence[str], document: Document, caption: str = "", unit: str = "") -> list[Column]:
    """The role, year and stance of each column from its header (the first column names the metric), the
    table's caption (its year, for columns that say their stance or quantity but no year) and its unit (单位:吨)."""
    years = [_header_year(h) for h in headers]
    known = [y for y in years[1:] if y is not None]
    base = min(known) if len(set(known)) >= 2 else None
    period_start = document.period[0] if document.period else None
    reported = any(_YOY.search(h) for h in headers)  # a column of growth on the year before: a table of results
    dated = _header_year(caption) or (max(known) if reported and known else None)  # else the results' last year
    columns = [Column("metric")]
    for header, year in zip(headers[1:], years[1:], strict=True):
        if _GROWTH.search(header):
            columns.append(Column("growth"))
        elif _UNIT_COLUMN.match(header):
            columns.append(Column("unit"))
        elif year is not None:
            stance = _stance(header, year, base, period_start, reported=reported)
            columns.append(Column("year", year, stance, unit=_header_unit(header)))
        else:
            columns.append(_undated(header, dated, caption, unit))
    goal = max((c.year for c in columns if c.stance == "target" and c.year), default=None)
    start = base if base is not None else (period_start - 1 if period_start else None)
    period = (start + 1, goal) if start is not None and goal is not None and goal > start else None
    return [_after_years(c, columns, goal, period, dated) for c in columns]


def _undated(header: str, dated: int | None, caption: str, unit: str) -> Column:
    """A column whose header has no year: a stance (实际完成), a growth on the year before, a remark, a
    quantity with its unit (播种面积(千公顷), or 产量 in a table of 单位:吨), or nothing."""
    if _YOY.search(header):
        return Column("yoy")
    if _REMARK.match(header):
        return Column("remark")
    if dated is None:
        return Column("other")
    if any(word in header for word in _STANCE_WORDS):
        return Column("year", dated, "actual" if any(w in header for w in _BASE_WORDS) else "target")
    share = _SHARE_AFTER_NAME.match(header)
    if share:  # 构成%, 贡献%: the row's share in the table's year
        return Column("quantity", dated, "actual", name=share.group(1).strip(), unit=share.group(2))
    bracket = _UNIT_IN_NAME.search(header)
    name = header[: bracket.start()].strip() if bracket else header
    if name and (bracket or unit):
        stance = "target" if any(word in caption for word in _STANCE_WORDS[len(_BASE_WORDS):]) else "actual"
        return Column("quantity", dated, stance, name=name, unit=bracket.group(1).strip() if bracket else unit)
    return Column("other")


def _after_years(
    column: Column, columns: Sequence[Column], goal: int | None, period: tuple[int, int] | None, caption: int | None
) -> Column:
    """A growth column's period; a growth on the year before takes the one year column's year and stance (or
    the caption's year, a result, when no column has a year); a remark column takes the result column's."""
    if column.role == "growth":
        return Column("growth", goal, "target", period)
    dated = [c for c in columns if c.role == "year" and c.year is not None]
    if column.role == "yoy" and len({c.year for c in dated}) == 1:
        return Column("yoy", dated[0].year, dated[0].stance)
    if column.role == "yoy" and dated and all(c.stance == "actual" for c in dated):
        last = max(dated, key=lambda c: c.year or 0)  # 现价 2015年 / 2016年 then 增速: the growth of the later year
        return Column("yoy", last.year, "actual")
    if column.role == "yoy" and not dated and caption is not None:
        return Column("yoy", caption, "actual")
    done = [c for c in dated if c.stance == "actual"]
    if column.role == "remark" and done:
        return Column("remark", done[-1].year, "actual")
    return column


def _header_unit(header: str) -> str:
    """现价(亿元)2015年 -> 亿元: a unit in brackets in a year column's header (a group's name over its years)."""
    found = _BRACKETED.search(header)
    unit = found.group(1).strip() if found else ""
    return unit if unit and unit_table().base_value(1.0, unit)[2] is not None else ""


def _header_year(header: str) -> int | None:
    if not header:
        return None
    found = _YEAR.search(header)
    return int(found.group(1)) if found else None


def _stance(header: str, year: int, base: int | None, period_start: int | None, *, reported: bool = False) -> str:
    if any(word in header for word in _BASE_WORDS):
        return "actual"
    if any(word in header for word in _GOAL_WORDS):
        return "target"
    if reported:
        return "actual"
    if base is not None:
        return "actual" if year == base else "target"
    return "actual" if period_start is not None and year < period_start else "target"


def _cells(simp: str) -> list[tuple[int, str]]:
    """(offset in the line's simplified layer, text) of each cell of a row written with ``|`` separators."""
    out, offset = [], 0
    for cell in simp.split("|"):
        out.append((offset, cell))
        offset += len(cell) + 1
    return out


def _row_cells(row: Node, lines: dict[int, Line]) -> list[Cell]:
    """A row written on one line has its cells between ``|``; a row written one cell a line, a cell a line."""
    first = lines.get(row.line_start)
    if first is None:
        return []
    if row.head_end == row.line_start:
        return [Cell(first, offset, text) for offset, text in _cells(first.simp)]
    spanned = (lines.get(n) for n in range(row.line_start, row.head_end + 1))
    return [Cell(line, 0, line.simp.rstrip().removesuffix("|")) for line in spanned if line and not line.blank]


def _name(cell: Cell, one_line: bool) -> str:
    """The row's name without its list marker (``1.地区生产总值``, ``#稻谷``, ``其中: 稻谷``)."""
    if one_line:
        return row_name(cell.text)
    return row_name(TONED_PINYIN.sub("", cell.line.simp.strip().removesuffix("|").strip()))


def _row_measures(doc_id: str, node_id: str, cells: Sequence[Cell], columns: Sequence[Column]) -> list[Measure]:
    name = _name(cells[0], all(cell.line is cells[0].line for cell in cells))
    unit_match = _UNIT_IN_NAME.search(name)
    unit = unit_match.group(1).strip() if unit_match else ""
    metric = name[: unit_match.start()].strip() if unit_match else name
    for column, cell in zip(columns, cells, strict=False):
        if column.role == "unit" and cell.text.strip():
            unit = cell.text.strip()
    found = []
    for column, cell in zip(columns[1:], cells[1:], strict=False):
        if column.role in ("year", "growth", "yoy", "quantity", "remark") and column.stance is not None:
            made = _cell_measure(doc_id, node_id, cell, metric, unit, column)
            if made is not None:
                found.append(made)
    return found


def _cell_unit(cell: Cell, end: int) -> str:
    """The unit written in the cell right after its number (1347.1亿元, 20.5万元/), if the unit table knows it."""
    after = cell.text[end - cell.offset:]
    for size in range(min(len(after), 8), 0, -1):
        if unit_table().base_value(1.0, after[:size])[2] is not None:
            return after[:size]
    return ""


def _cell_measure(doc_id: str, node_id: str, cell: Cell, metric: str, unit: str, column: Column) -> Measure | None:
    line, offset, text = cell.line, cell.offset, cell.text
    match = _VALUE.search(text)
    if match is None:
        return None
    cumulative = bool(match.group("open") and match.group("close"))
    growth = column.role == "growth"
    matched = match.group(0)
    start = offset + match.start() + len(matched) - len(matched.lstrip())
    end = offset + match.end() - (len(matched) - len(matched.rstrip()))
    own = "" if match.group("unit") or match.group("after") else _cell_unit(cell, end)
    if column.role == "remark" and not (match.group("unit") or own):
        return None  # a remark's number without a unit (a rank, a note's count) is not the row's amount
    end += len(own)
    yoy = column.role == "yoy" or bool(_CELL_GROWTH.search(text[: match.start()]))
    percent = "%" if (growth or column.role == "yoy") and not cumulative else ""
    written = match.group("unit") or own or percent or column.unit or unit
    word = match.group("before") or match.group("after")
    comparator = "range" if match.group("max") else _COMPARATORS.get(word or "", "=")
    value = float(match.group("value").replace(" ", ""))
    value_max = float(match.group("max")) if match.group("max") else None
    period = column.period if growth else None
    scope = ("period_cumulative" if cumulative else "period_average") if growth and period else "annual"
    named = f"{metric}{column.name}" if column.role == "quantity" else metric
    base_value, base_unit, dimension = unit_table().base_value_in(value, written, metric=named)
    kind = ("change" if cumulative else "growth") if growth or yoy else ("share" if written == "%" else "level")
    down = _DOWN.search(metric) or (yoy and _CELL_DOWN.search(text[: match.start()]))
    start, end = line.raw_span(start, end)
    return Measure(
        doc=doc_id, node=node_id, line=line.number, start=start, end=end, surface=line.raw[start:end],
        metric=named, value=value, value_max=value_max, unit=written,
        comparator=comparator,  # type: ignore[arg-type]
        stance="target" if growth else column.stance or "target",  # type: ignore[arg-type]
        year=_year(column, period), kind=kind,  # type: ignore[arg-type]
        missing_value=False, rule=rule(RULE), metric_canonical=canonical(named), dimension=dimension,
        base_value=base_value, base_unit=base_unit, direction="down" if down else None,
        scope=scope,  # type: ignore[arg-type]
        period=period,
    )


def _year(column: Column, period: tuple[int, int] | None) -> int | None:
    return period[1] if period else column.year
