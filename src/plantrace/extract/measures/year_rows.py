"""Quantities of a table flattened to text: a header line of years, then rows of bare numbers.

Statistical yearbooks and bulletins copied from the web lose their table markup; what is left is a
header line ending in years (``项目 Item 2000 2005 2010 2019 2020``) and rows ending in as many
numbers (``公路通车里程(公里)  Length of Highway(km) 51073 58286 91015 109785 110118``). Each number is
a value of its column's year (rule ``measure.table.v1``, as for a table with cells):

- the row's name is its leading Chinese words, its unit the bracket closing them (``(公里)``);
- a row indented under another without a unit of its own (``高速公路`` under 公路通车里程, ``铁路``
  under 客运量(万人)) is a part of that row: its name is its own words before the parent's name
  (高速公路公路通车里程, 铁路客运量), its unit the parent's;
- a row of numbers alone takes the name and unit of the line before it (a name that the page broke
  before its numbers);
- a column's year is a result (``actual``) unless the document is a plan and the year is in or after
  its period.

The table ends at the first line that is neither a row, a name, nor blank.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import pairwise

from plantrace.extract.measures.metric import canonical
from plantrace.extract.measures.rules import rule
from plantrace.extract.measures.tables import RULE
from plantrace.extract.measures.units import unit_table
from plantrace.models import Document, Line, Measure

_HEADER = re.compile(r"(?:\s+(?:19|20)\d{2}年?)+\s*$")
_MIN_YEARS = 2
_NUMBER = r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?"
_NAME = re.compile(r"^\s*([#＃*]?\s*[\u4e00-\u9fff][^A-Za-z\d]*?)\s*(?:[(（]([^()（）\d]{1,8})[)）])?(?=\s|$|[A-Za-z])")
_MAX_ROWS = 200      # a flattened table is read this far at most
_MAX_NAME_LINE = 80  # a line longer than this (and not a row) is prose: the table has ended


@dataclass(frozen=True, slots=True)
class _Row:
    """A row's name and unit, and how far it is indented (a part of the row above is indented more)."""

    name: str
    unit: str
    indent: int


def year_rows(
    document: Document, lines: Mapping[int, Line], owners: Mapping[int, str]
) -> tuple[list[Measure], set[int]]:
    """The quantities of every flattened year table of the document (``owners``: the node of each line
    read), and the lines read."""
    period_start = document.period[0] if document.period else None
    found: list[Measure] = []
    read: set[int] = set()
    for number in sorted(lines):
        line = lines[number]
        if number in read or line.blank or number not in owners:
            continue
        years = _header_years(line.simp)
        if years:
            read.add(number)
            for measure, row_line in _table(document, lines, number + 1, years, period_start):
                if row_line in owners:
                    read.add(row_line)
                    if measure is not None:
                        found.append(replace(measure, node=owners[row_line]))
    return found, read


def _header_years(text: str) -> list[int]:
    if not text or not (text[-1].isdigit() or text[-1] == "年"):  # speed only: a header ends in a year
        return []
    match = _HEADER.search(text)
    if not match:
        return []
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", match.group(0))]
    ordered = len(years) >= _MIN_YEARS and all(a < b for a, b in pairwise(years))
    return years if ordered and text[:match.start()].strip() else []


def _table(
    document: Document, lines: Mapping[int, Line], first: int, years: list[int], period_start: int | None
) -> Iterator[tuple[Measure | None, int]]:
    """(measure, line) of each value of the table's rows; (None, line) for a row's name alone."""
    row_end = re.compile(f"((?:\\s+(?:{_NUMBER})){{{len(years)}}})\\s*$")
    parents: list[_Row] = []
    pending: _Row | None = None
    for number in range(first, first + _MAX_ROWS):
        line = lines.get(number)
        if line is None:
            return
        if line.blank or not line.simp.strip():
            continue
        cells = row_end.search(" " + line.simp)
        at = max(0, cells.start() - 1) if cells else len(line.simp)  # where the row's numbers start
        head = line.simp[:at]
        indent = len(line.raw) - len(line.raw.lstrip())  # the line's text has lost its leading spaces
        row = _row(head, indent, parents) or (pending if cells and not head.strip() else None)
        if row is None:
            if cells or len(line.simp) > _MAX_NAME_LINE or "，" in line.simp or "。" in line.simp:
                return
            continue  # an English line or a unit note between rows
        parents = [p for p in parents if p.indent < row.indent] + [row]
        if not cells:
            pending = row  # 旅客周转量(亿人公里) on its own line, its numbers on the next
            yield None, number
            continue
        pending = None
        for start, end, year in _cell_spans(line.simp, at, years):
            yield _measure(document, line, start, end, row, year, period_start), number


def _row(head: str, indent: int, parents: list[_Row]) -> _Row | None:
    match = _NAME.match(head)
    if match is None:
        return None
    name = re.sub(r"\s+", "", match.group(1)).lstrip("#＃*")
    unit = (match.group(2) or "").strip()
    if unit:
        return _Row(name, unit, indent)
    parent = next((p for p in reversed(parents) if p.indent < indent and p.unit), None)
    if parent is None:
        return _Row(name, "", indent)
    return _Row(name + parent.name, parent.unit, indent)


def _cell_spans(text: str, start: int, years: list[int]) -> Iterator[tuple[int, int, int]]:
    for match, year in zip(re.finditer(_NUMBER, text[start:]), years, strict=False):
        yield start + match.start(), start + match.end(), year


def _measure(
    document: Document, line: Line, start: int, end: int, row: _Row, year: int, period_start: int | None
) -> Measure:
    value = float(line.simp[start:end].replace(",", ""))
    raw_start, raw_end = line.raw_span(start, end)
    # 私营企业(户): the unit as the row's name reads it (firms, not households), as lines.py reads a value's words
    base_value, base_unit, dimension = unit_table().base_value_in(value, row.unit, metric=row.name)
    planned = period_start is not None and year >= period_start
    return Measure(
        doc=document.id, node="", line=line.number, start=raw_start, end=raw_end,
        surface=line.raw[raw_start:raw_end], metric=row.name, value=value, value_max=None, unit=row.unit,
        comparator="=", stance="target" if planned else "actual", year=year,
        kind="count" if dimension == "count" else "level", missing_value=False, rule=rule(RULE),
        metric_canonical=canonical(row.name), dimension=dimension, base_value=base_value, base_unit=base_unit,
        direction=None, scope="annual", period=None,
    )
