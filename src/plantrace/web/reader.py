"""The reader page's model: blocks of lines in document order, quantities as marked segments, damage in place."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]
OUTLINE_KINDS = ("part", "chapter", "section", "item", "box", "annex", "note", "toc", "table")
HEADING_KINDS = ("part", "chapter", "section", "box", "annex", "toc", "table")


@dataclass
class Segment:
    text: str
    measure: Row | None = None

    @property
    def tip(self) -> str:
        m = self.measure or {}
        value = "缺失" if m.get("missing_value") else m.get("value")
        if m.get("value_max") is not None:
            value = f"{value}–{m['value_max']}"
        parts = [m.get("metric") or "?", f"{m.get('comparator', '')} {value} {m.get('unit', '')}".strip(),
                 str(m.get("year") or ""), m.get("stance", "")]
        return " · ".join(p for p in parts if p)


@dataclass
class Block:
    kind: str
    line_start: int
    line_end: int
    node: Row | None = None
    lines: list[tuple[int, list[Segment]]] = field(default_factory=list)
    damage: list[Row] = field(default_factory=list)
    reason: str = ""

    @property
    def anchor(self) -> str:
        return f"n-{self.node['id']}" if self.node else f"removed-{self.line_start}"


def blocks(data: Row, *, simplified: bool) -> list[Block]:
    """The document as blocks: one per node (its own lines), one per removed run, damage attached in place."""
    by_line = {ln["number"]: ln for ln in data["lines"]}
    measures: dict[int, list[Row]] = {}
    for m in data["measures"]:
        measures.setdefault(m["line"], []).append(m)
    out = [_node_block(n, by_line, measures, simplified) for n in data["nodes"]]
    out += [Block(kind="removed", line_start=r["line_start"], line_end=r["line_end"], reason=r["reason"])
            for r in data["removed"]]
    out.sort(key=lambda b: (b.line_start, b.kind != "removed"))
    _attach_damage(out, data["document"]["warnings"])
    return out


def _node_block(node: Row, by_line: dict[int, Row], measures: dict[int, list[Row]], simplified: bool) -> Block:
    block = Block(kind=node["kind"], line_start=node["line_start"], line_end=node["line_end"], node=node)
    for number in range(node["line_start"], node["head_end"] + 1):
        line = by_line.get(number)
        if line is None or not line["raw"].strip():
            continue
        block.lines.append((number, segments(line, measures.get(number, []), simplified)))
    return block


def segments(line: Row, found: list[Row], simplified: bool) -> list[Segment]:
    """Split a line at its quantities. Offsets index the original line; the simplified layer uses them
    only when it has the same length (OpenCC maps one character to one character almost always)."""
    text = line["simp"] if simplified else line["raw"]
    if simplified and len(line["simp"]) != len(line["raw"]):
        return [Segment(text)]
    out: list[Segment] = []
    at = 0
    for m in sorted(found, key=lambda m: (m["start"], -m["end"])):
        if m["start"] < at or m["end"] > len(text):
            continue
        if m["start"] > at:
            out.append(Segment(text[at:m["start"]]))
        out.append(Segment(text[m["start"]:m["end"]], m))
        at = m["end"]
    if at < len(text):
        out.append(Segment(text[at:]))
    return out


def _attach_damage(out: list[Block], warnings: list[Row]) -> None:
    for w in warnings:
        start = w.get("line_start")
        if not start or not out:
            continue
        target = next((b for b in out if b.line_start <= start <= max(b.line_end, b.line_start)), None)
        target = target or next((b for b in out if b.line_start >= start), out[-1])
        target.damage.append(w)


def outline(nodes: list[Row]) -> list[Row]:
    """Headings, boxes and notes with their depth, for the outline beside the text."""
    return [{**n, "depth": min(len(n["path"]), 4)} for n in nodes if n["kind"] in OUTLINE_KINDS]


def unplaced_warnings(warnings: list[Row]) -> list[Row]:
    return [w for w in warnings if not w.get("line_start")]
