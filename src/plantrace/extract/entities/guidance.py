"""A city plan's per-district guidance box (各区发展指引) as rows: district, positioning, focus, platforms.

Uses the parser's ``item`` nodes (title = district, attrs = column -> cell) when present; otherwise
rebuilds the flattened table from the box lines (header cells, then the cells of each row in turn).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrace.extract.entities.boxes import Box
from plantrace.extract.entities.context import Context
from plantrace.gazetteer import simplify
from plantrace.models import Node
from plantrace.models.entities import DistrictGuidance

RULE_NODES = "entity.guidance.items.v1"
RULE_LINES = "entity.guidance.cells.v1"
_DISTRICT = re.compile(r"^[\u4e00-\u9fff]{1,6}[区县市镇]$")
_COLUMNS = ("positioning", "focus", "platforms")


@dataclass(frozen=True, slots=True)
class _Cell:
    line: int
    text: str


def extract_guidance(ctx: Context, boxes: list[Box]) -> list[DistrictGuidance]:
    rows: list[DistrictGuidance] = []
    for box in boxes:
        if not any(word in box.category for word in ctx.lex.guidance_titles):
            continue
        from_nodes = _rows_from_nodes(ctx, box)
        rows.extend(from_nodes if from_nodes else _rows_from_lines(ctx, box))
    return rows


def _column(ctx: Context, header: str) -> str | None:
    """The column a header names (a table's headers are kept as written: 重點發展方向 is 重点发展方向)."""
    simple = simplify(header)
    return next((column for word, column in ctx.lex.guidance_columns if word in simple), None)


def _rows_from_nodes(ctx: Context, box: Box) -> list[DistrictGuidance]:
    rows = []
    end = box.content[-1] if box.content else box.line
    for node in ctx.nodes:
        if node.kind != "item" or not box.line < node.line_start <= end:
            continue
        cells = {_column(ctx, key): value for key, value in node.attrs}
        if not any(cells.get(column) for column in _COLUMNS):
            continue
        rows.append(_row_from_node(ctx, node, cells))
    return rows


def _row_from_node(ctx: Context, node: Node, cells: dict[str | None, str]) -> DistrictGuidance:
    district = ctx.simp(node.line_start).strip() if node.line_start in ctx.lines else node.title
    last = node.line_end if node.line_end in ctx.lines else node.line_start
    evidence = ctx.evidence(node.line_start, 0, len(ctx.lines[last].text), RULE_NODES, last)
    return DistrictGuidance(
        district, cells.get("positioning", ""), cells.get("focus", ""), cells.get("platforms", ""), evidence
    )


def _rows_from_lines(ctx: Context, box: Box) -> list[DistrictGuidance]:
    cells = [_Cell(n, ctx.simp(n).strip()) for n in _table_lines(ctx, box)]
    header = []
    while cells and len(cells[0].text) <= 6 and not _DISTRICT.match(cells[0].text):
        header.append(_column(ctx, cells.pop(0).text))
    width = len(header)
    if width < 2:
        return []
    rows = []
    for i in range(0, len(cells) - width + 1, width):
        row = cells[i:i + width]
        if not _DISTRICT.match(row[0].text):
            break
        values = {column: cell.text for column, cell in zip(header[1:], row[1:], strict=True) if column}
        last = row[-1].line
        evidence = ctx.evidence(row[0].line, 0, len(ctx.lines[last].text), RULE_LINES, last)
        rows.append(DistrictGuidance(
            row[0].text, values.get("positioning", ""), values.get("focus", ""), values.get("platforms", ""), evidence
        ))
    return rows


def _table_lines(ctx: Context, box: Box) -> list[int]:
    """The body lines after the box title up to the next heading-like line (第…节/章, 专栏)."""
    following = [n for n in ctx.body if n > box.line]
    taken = []
    for number in following:
        text = ctx.simp(number).strip()
        if re.match(r"^(第[一二三四五六七八九十百\d]+[章节]|专栏|[一二三四五六七八九十]+、)", text):
            break
        taken.append(number)
    return taken


def district_lines(rows: list[DistrictGuidance]) -> dict[int, str]:
    """Line -> district for the lines of each guidance row (the place of what is said there)."""
    return {
        number: row.district
        for row in rows
        for number in range(row.evidence.line_start, row.evidence.line_end + 1)
    }
