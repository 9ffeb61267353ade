"""Levels that markers alone do not tell: unnumbered top-level headings of work reports, sections
of notes (注释, 名词解释), and the kind of numbered levels by their depth.

- A work report's top level is often written without a number ("“十四五”时期发展成就和2025年工作
  回顾" alone on a line, then 一、… below it): a short line alone naming one of the report's parts
  (``[unnumbered]`` in ``data/headings.toml``) becomes a ``part``.
- What follows a 注释 / 名词解释 heading (numbered or not) is notes, up to the next heading of the
  document's outline.
- In a document without 篇/章/节 headings, the outermost numbered level (一、) is its chapters and the
  level inside it ((一)) its sections, as in plan outlines; boxes keep their own items. A heading that a
  Word file marks by its formatting alone (outline level, Heading style, bold; attr ``heading``) counts as
  a numbered level of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.models import Line, Node
from plantrace.parse.blocks import Block
from plantrace.parse.lexicon import lexicon

_PUNCT = re.compile(r"[。;!?,:、]")
_OUTLINE = ("part", "chapter", "section")
_NUMBERED = ("cn、", "(cn)")


def mark_unnumbered_headings(blocks: Sequence[Block], lines: Sequence[Line], doc_type: str) -> None:
    """Work reports: turn a short paragraph line naming a part of the report into a ``part``."""
    if doc_type != "work_report":
        return
    lex = lexicon()
    for block in blocks:
        if block.kind != "paragraph" or block.start != block.end or block.number is not None:
            continue
        text = lines[block.start - 1].text.strip()
        simp = lines[block.start - 1].simp.strip()
        if len(simp) > lex.unnumbered_max or _PUNCT.search(simp) or not any(w in simp for w in lex.unnumbered_words):
            continue
        block.kind, block.style, block.title = "part", "unnumbered", text
        block.attrs = (*block.attrs, ("heading", "unnumbered"))


def mark_note_sections(blocks: Sequence[Block]) -> None:
    """Blocks after a 注释 / 名词解释 heading become notes until the next outline heading."""
    sections = lexicon().note_sections
    inside = False
    for block in blocks:
        heading = block.kind == "annex" and any((block.label + block.title).endswith(s) or block.title == s
                                                for s in sections)
        if heading or (block.kind == "annex" and not block.title and block.label == ""):
            inside = heading or inside
            continue
        if block.kind in (*_OUTLINE, "annex", "toc", "box"):
            inside = False
            continue
        if inside and block.kind in ("item", "paragraph"):
            block.kind = "note"
            block.attrs = (*block.attrs, ("role", "note_section"))


def kinds_by_depth(nodes: Sequence[Node]) -> dict[str, str]:
    """Node id -> new kind for the outermost numbered levels of a document without 章/节 headings:
    top-level 一、 (or (一)) items are chapters, the numbered items directly inside them sections."""
    if any(n.kind in ("chapter", "section") for n in nodes):
        return {}
    by_id = {n.id: n for n in nodes}
    changed: dict[str, str] = {}
    for node in nodes:
        if node.kind != "item" or not (node.label or _styled(node)):
            continue
        parent = by_id.get(node.parent) if node.parent else None
        if parent is None or parent.kind == "part":
            if _style(node) in _NUMBERED or _styled(node):
                changed[node.id] = "chapter"
        elif (changed.get(parent.id) == "chapter" and (_style(node) in _NUMBERED or _styled(node))
              and _style(node) != _style(parent)):
            changed[node.id] = "section"
    return changed


def _styled(node: Node) -> str:
    """The heading style a Word file gives an unlabelled heading (``outline1``, ``bold``), else ""."""
    return dict(node.attrs).get("heading", "") if not node.label else ""


def _style(node: Node) -> str:
    if _styled(node):
        return _styled(node)
    label = (node.label or "").strip()
    if label.endswith("、"):
        return "cn、"
    if label.startswith(("(", "(")) and label.endswith((")", ")")) and not label[1:-1].isdigit():
        return "(cn)"
    return ""
