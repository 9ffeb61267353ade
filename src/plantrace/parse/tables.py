"""Tables: rows written as lines (cells separated by ``|``), and flattened tables inside boxes.

A run of two or more lines that each hold two cells or more separated by ``|`` (how the Word and PDF
readers write a table row, :data:`plantrace.models.CELL_SEPARATOR`) is a table: its first row the
column headers (:func:`find_grid`).

A box title followed by ``k`` short lines (the column headers) and then a cycle of ``k`` cells per
row, each row opening with a short key cell (``越秀区``) is read as a ``k``-column table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from plantrace.models import Line
from plantrace.parse.grammar import classify
from plantrace.parse.runin import is_short_cell

_MIN_COLUMNS = 2
_MIN_ROWS = 2
_PREAMBLE = 2


class LineSource(Protocol):
    def content(self, number: int) -> bool: ...

    def line(self, number: int) -> Line: ...


@dataclass(frozen=True, slots=True)
class Row:
    start: int
    end: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[str, ...]
    header_end: int
    rows: tuple[Row, ...]
    header_start: int | None = None  # the first line of a heading row written one cell a line (parse/flat.py)


def cells(simp: str) -> tuple[str, ...]:
    """The cells of a line written as a table row (one cell when there is no separator)."""
    return tuple(cell.strip() for cell in simp.split("|"))


def find_grid(source: LineSource, first: int) -> Table | None:
    """The table whose rows are the lines from ``first`` on (header first), or None. One or two lines of one
    cell may come before the header: the table's title and unit (``2020年全区主要农产品产量 | |``, ``单位:吨 | |``)."""
    header = first
    while header - first < _PREAMBLE and _title_row(source, header) and _row_line(source, header + 1):
        header += 1
    end = header
    while source.content(end + 1) and len(cells(source.line(end + 1).text)) >= _MIN_COLUMNS:
        end += 1
    if end == header or sum(bool(cell) for cell in cells(source.line(header).text)) < _MIN_COLUMNS:
        return None  # 指标 | alone: a cell of a table written one cell a line (parse/flat.py)
    rows = tuple(Row(n, n, cells(source.line(n).text)) for n in range(header + 1, end + 1))
    columns = _named_columns(cells(source.line(header).text), rows)
    return Table(columns, header, rows, header_start=None if header == first else first)


# 播种面积 (千公顷) | 单位面积产量 (公斤/公顷) | 总产量 (万吨) | | over 全年粮食 | 113340.5 | 5482.9 | 62143.5 |: a
# header row that leaves out the header of the rows' names (a web page's copy of a bulletin's table) opens with
# a value column; its cells stand one to the right, the empty cell at its end is where the row ends
_VALUE_HEADER = re.compile(r"[(（][^()（）]{1,12}[)）]$")
_NUMBER_CELL = re.compile(r"^-?\d[\d.,\s]*$")


def _named_columns(columns: tuple[str, ...], rows: tuple[Row, ...]) -> tuple[str, ...]:
    """The header cells, moved one to the right when the header leaves out the column of the rows' names."""
    if len(columns) < _MIN_COLUMNS + 1 or columns[-1] or not _VALUE_HEADER.search(columns[0].replace(" ", "")):
        return columns
    valued = [row for row in rows if len(row.cells) > 1 and _NUMBER_CELL.match(row.cells[1])]
    if not valued or any(_NUMBER_CELL.match(row.cells[0]) or not row.cells[0] for row in valued):
        return columns
    return ("", *columns[:-1])


def _row_line(source: LineSource, number: int) -> bool:
    return source.content(number) and len(cells(source.line(number).text)) >= _MIN_COLUMNS


def _title_row(source: LineSource, number: int) -> bool:
    """A line written as a row whose first cell alone is filled (``单位:吨 | |``)."""
    found = cells(source.line(number).text) if _row_line(source, number) else ()
    return bool(found) and bool(found[0]) and not any(found[1:])


def find_table(source: LineSource, title_line: int) -> Table | None:
    """The flattened table right after the box title at ``title_line``, or None."""
    short_run = _short_run(source, title_line + 1)
    for k in range(short_run - 1, _MIN_COLUMNS - 1, -1):
        rows = _rows(source, title_line + 1 + k, k)
        if len(rows) >= _MIN_ROWS:
            columns = tuple(source.line(n).text.strip() for n in range(title_line + 1, title_line + 1 + k))
            return Table(columns, title_line + k, rows)
    return None


def _short_run(source: LineSource, first: int) -> int:
    count = 0
    while source.content(first + count) and _cell_ok(source, first + count, short=True):
        count += 1
    return count


def _cell_ok(source: LineSource, number: int, *, short: bool) -> bool:
    if not source.content(number):
        return False
    simp = source.line(number).simp
    if classify(simp) is not None:
        return False
    return is_short_cell(simp) if short else True


def _rows(source: LineSource, first: int, width: int) -> tuple[Row, ...]:
    rows: list[Row] = []
    start = first
    while _cell_ok(source, start, short=True) and all(
        _cell_ok(source, start + offset, short=False) for offset in range(1, width)
    ):
        cells = tuple(source.line(start + offset).text.strip() for offset in range(width))
        if all(is_short_cell(source.line(start + o).simp) for o in range(1, width)):
            break  # a run of short lines is more headers or a list, not a row of this table
        rows.append(Row(start, start + width - 1, cells))
        start += width
    return tuple(rows)
