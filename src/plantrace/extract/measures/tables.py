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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.extract.measures.metric import canonical
from plantrace.extract.measures.rules import rule
from plantrace.extract.measures.units import unit_table
from plantrace.models import Document, Line, Measure, Node

RULE = "measure.table.v1"

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_BASE_WORDS = ("基期", "现状", "实际", "完成", "基数", "基准")
_GOAL_WORDS = ("目标", "预期", "规划", "预计")
_GROWTH = re.compile(r"年均(?:增长|增速|增幅)|平均增长")
_UNIT_IN_NAME = re.compile(r"[(（]([^()（）]{1,12})[)）]\s*$")
_UNIT_COLUMN = re.compile(r"^单\s*位$")
_DOWN = re.compile(r"降低|下降|减少|压减")  # 单位地区生产总值能耗降低(%): the value is a reduction
_VALUE = re.compile(
    r"(?P<open>[\[〔【［])?\s*(?P<before>[>≥<≤＞＜]=?|不低于|不少于|不高于|低于|约)?\s*"
    r"(?P<value>\d+(?:\.\d+)?)(?:\s*(?P<dash>[-—～~至])\s*(?P<max>\d+(?:\.\d+)?))?\s*(?P<unit>%|‰)?"
    r"\s*(?P<after>以上|以下|以内|左右)?\s*(?P<close>[\]〕】］])?"
)
_COMPARATORS = {">": ">=", "≥": ">=", "＞": ">=", ">=": ">=", "不低于": ">=", "不少于": ">=", "以上": ">=",
                "<": "<=", "≤": "<=", "＜": "<=", "<=": "<=", "不高于": "<=", "低于": "<=", "以下": "<=",
                "以内": "<=", "约": "~", "左右": "~"}


@dataclass(frozen=True, slots=True)
class Column:
    """What one column of the table holds: a year's level, an average growth rate, or nothing."""

    role: str  # "metric", "year", "growth", "unit", "other"
    year: int | None = None
    stance: str | None = None
    period: tuple[int, int] | None = None  # the years a growth column covers


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
            read.update(row.line_start for row in rows.get(table.id, []))
    return found, read


def table_measures(document: Document, table: Node, rows: Sequence[Node], lines: dict[int, Line]) -> list[Measure]:
    """The quantities of one table's rows, cell by cell (``rows``: the table's ``item`` children)."""
    headers = tuple(cell.strip() for cell in dict(table.attrs).get("columns", "").split("|"))
    columns = read_columns(headers, document)
    found: list[Measure] = []
    for row in rows:
        line = lines.get(row.line_start)
        if line is not None:
            found.extend(_row_measures(document.id, row.id, line, columns))
    return found


def read_columns(headers: Sequence[str], document: Document) -> list[Column]:
    """The role, year and stance of each column from its header (the first column names the metric)."""
    years = [_header_year(h) for h in headers]
    known = [y for y in years[1:] if y is not None]
    base = min(known) if len(set(known)) >= 2 else None
    period_start = document.period[0] if document.period else None
    columns = [Column("metric")]
    for header, year in zip(headers[1:], years[1:], strict=True):
        if _GROWTH.search(header):
            columns.append(Column("growth"))
        elif _UNIT_COLUMN.match(header):
            columns.append(Column("unit"))
        elif year is not None:
            columns.append(Column("year", year, _stance(header, year, base, period_start)))
        else:
            columns.append(Column("other"))
    goal = max((c.year for c in columns if c.stance == "target" and c.year), default=None)
    start = base if base is not None else (period_start - 1 if period_start else None)
    period = (start + 1, goal) if start is not None and goal is not None and goal > start else None
    return [Column("growth", goal, "target", period) if c.role == "growth" else c for c in columns]


def _header_year(header: str) -> int | None:
    found = _YEAR.search(header)
    return int(found.group(1)) if found else None


def _stance(header: str, year: int, base: int | None, period_start: int | None) -> str:
    if any(word in header for word in _BASE_WORDS):
        return "actual"
    if any(word in header for word in _GOAL_WORDS):
        return "target"
    if base is not None:
        return "actual" if year == base else "target"
    return "actual" if period_start is not None and year < period_start else "target"


def _cells(raw: str) -> list[tuple[int, str]]:
    """(offset in the raw line, text) of each cell of a row written with ``|`` separators."""
    out, offset = [], 0
    for cell in raw.split("|"):
        out.append((offset, cell))
        offset += len(cell) + 1
    return out


def _row_measures(doc_id: str, node_id: str, line: Line, columns: Sequence[Column]) -> list[Measure]:
    cells = _cells(line.raw)
    name = cells[0][1].strip()
    unit_match = _UNIT_IN_NAME.search(name)
    unit = unit_match.group(1).strip() if unit_match else ""
    metric = name[: unit_match.start()].strip() if unit_match else name
    for column, (_, text) in zip(columns, cells, strict=False):
        if column.role == "unit" and text.strip():
            unit = text.strip()
    found = []
    for column, (offset, text) in zip(columns[1:], cells[1:], strict=False):
        if column.role in ("year", "growth"):
            made = _cell_measure(doc_id, node_id, line, offset, text, metric, unit, column)
            if made is not None:
                found.append(made)
    return found


def _cell_measure(
    doc_id: str, node_id: str, line: Line, offset: int, text: str, metric: str, unit: str, column: Column,
) -> Measure | None:
    match = _VALUE.search(text)
    if match is None:
        return None
    cumulative = bool(match.group("open") and match.group("close"))
    growth = column.role == "growth"
    written = match.group("unit") or ("%" if growth and not cumulative else unit)
    word = match.group("before") or match.group("after")
    comparator = "range" if match.group("max") else _COMPARATORS.get(word or "", "=")
    value, value_max = float(match.group("value")), float(match.group("max")) if match.group("max") else None
    matched = match.group(0)
    start = offset + match.start() + len(matched) - len(matched.lstrip())
    end = offset + match.end() - (len(matched) - len(matched.rstrip()))
    period = column.period if growth else None
    scope = ("period_cumulative" if cumulative else "period_average") if growth and period else "annual"
    base_value, base_unit, dimension = unit_table().base_value(value, written)
    kind = ("change" if cumulative else "growth") if growth else ("share" if written == "%" else "level")
    return Measure(
        doc=doc_id, node=node_id, line=line.number, start=start, end=end, surface=line.raw[start:end],
        metric=metric, value=value, value_max=value_max, unit=written,
        comparator=comparator,  # type: ignore[arg-type]
        stance="target" if growth else column.stance or "target",  # type: ignore[arg-type]
        year=_year(column, period), kind=kind,  # type: ignore[arg-type]
        missing_value=False, rule=rule(RULE), metric_canonical=canonical(metric), dimension=dimension,
        base_value=base_value, base_unit=base_unit, direction="down" if _DOWN.search(metric) else None,
        scope=scope,  # type: ignore[arg-type]
        period=period,
    )


def _year(column: Column, period: tuple[int, int] | None) -> int | None:
    return period[1] if period else column.year
