"""Structure parser: ``parse_document(document, cleaned) -> (nodes, warnings)``.

Steps: skip removed lines; find the table of contents; cut the rest into blocks (blocks.py);
retitle headings glued to their paragraph using the TOC; nest the blocks (nesting.py); compute
spans, paths and ids; collect warnings (toc.py, damage.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from plantrace.models import CleanText, Document, DocWarning, Line, Node
from plantrace.parse import damage
from plantrace.parse.blocks import Block, Cursor, scan
from plantrace.parse.levels import kinds_by_depth, mark_note_sections, mark_unnumbered_headings
from plantrace.parse.nesting import assign_parents
from plantrace.parse.ownership import removed_lines
from plantrace.parse.toc import (
    Toc,
    compact,
    find_toc,
    glued_title_end,
    missing_entries,
    missing_warnings,
    prefix_lookup,
    tail_truncation,
    toc_ancestors,
)

_CONTAINERS = ("part", "chapter", "section", "item", "box", "annex")
_SPACED_LABELS = ("part", "chapter", "section", "box", "annex")


def parse_document(document: Document, cleaned: CleanText) -> tuple[tuple[Node, ...], tuple[DocWarning, ...]]:
    """Parse the structure tree of one cleaned document: nodes in document order, and warnings."""
    lines = cleaned.lines
    gone = removed_lines(cleaned.removed)
    toc = find_toc(lines, gone)
    toc_lines = frozenset(range(toc.start, toc.end + 1)) if toc else frozenset()
    blocks = scan(Cursor(lines, gone | toc_lines, cleaned.source.headings), {toc.start: toc.end} if toc else {})
    if toc is not None:
        _retitle_glued(blocks, toc, lines)
        _attach_toc_entries(blocks, toc)
    mark_unnumbered_headings(blocks, lines, document.doc_type)
    mark_note_sections(blocks)
    parents = assign_parents(blocks)
    inferred = toc_ancestors(toc) if toc is not None else {}
    nodes = build_nodes(document.id, blocks, parents, lines, gone, inferred)
    if changed := kinds_by_depth(nodes):
        nodes = tuple(
            dataclasses.replace(n, kind=changed[n.id], attrs=(*n.attrs, ("kind_from", "depth")))  # type: ignore[arg-type]
            if n.id in changed else n
            for n in nodes
        )
    warnings = _warnings(nodes, blocks, toc, lines, gone, document.warnings + cleaned.warnings)
    return nodes, warnings


def _warnings(
    nodes: tuple[Node, ...], blocks: Sequence[Block], toc: Toc | None, lines: Sequence[Line],
    gone: frozenset[int], known: Sequence[DocWarning],
) -> tuple[DocWarning, ...]:
    found: list[DocWarning] = []
    if toc is not None:
        keys = [compact(n.simp) for n in nodes if n.kind in _CONTAINERS]
        missing = missing_entries(toc, keys)
        found.extend(missing_warnings(toc, missing))
        if nodes and not any(w.code == "truncated" for w in known):
            found.extend(tail_truncation(toc, missing, max(n.line_end for n in nodes)))
    found.extend(damage.box_warnings(nodes))
    found.extend(damage.figure_warnings(nodes))
    toc_lines = range(toc.start, toc.end + 1) if toc else range(0)
    kept = [ln.number for ln in lines if ln.number not in gone and ln.number not in toc_lines]
    found.extend(damage.deleted_number_warning(lines, kept))
    found.extend(damage.truncation_warning(nodes, lines, (*known, *found)))
    found.extend(damage.no_heading_warning(nodes))
    already = {w.code for w in known}        # ingest may have said it already (truncated …)
    return tuple(w for w in found if w.code not in already)


def _retitle_glued(blocks: Sequence[Block], toc: Toc, lines: Sequence[Line]) -> None:
    """``第一节加强国土空间开发保护加快国土空间总体规划获批,…``: cut the title where the TOC entry ends."""
    by_label: dict[str, list[str]] = {}
    for entry in toc.entries:
        by_label.setdefault(entry.key[:4], []).append(entry.key)
    for block in blocks:
        if block.kind not in ("part", "chapter", "section") or block.start != block.end:
            continue
        line = lines[block.start - 1]
        at = line.text.find(block.label) if block.label else -1
        label_key = compact(line.simp[at : at + len(block.label)] if at >= 0 else block.label)  # 第一節: 第一节
        offset = line.text.find(block.title) if block.title else -1
        if offset < 0:
            continue
        title_simp = line.simp[offset:]
        for key in by_label.get((label_key + compact(title_simp))[:4], []):
            cut = glued_title_end(title_simp, key, label_key)
            if cut is not None:
                block.title = line.text[offset : offset + cut].rstrip(" ,")
                block.extra["glued"] = "1"
                break


def _attach_toc_entries(blocks: Sequence[Block], toc: Toc) -> None:
    for block in blocks:
        if block.kind == "toc":
            block.attrs = tuple((str(e.line), e.heading) for e in toc.entries)


def build_nodes(
    doc_id: str, blocks: Sequence[Block], parents: Sequence[int | None], lines: Sequence[Line],
    gone: frozenset[int], toc_paths: dict[str, tuple[str, ...]] | None = None,
) -> tuple[Node, ...]:
    """Turn nested blocks into :class:`Node` s with spans, paths and content-derived ids.

    A heading listed in the TOC under headings that are missing from the body (it is top-level,
    or its body parent is not its TOC parent) gets the TOC's headings as the start of its path
    (attr ``path_from_toc``); its ``parent`` stays the body parent.
    """
    ends = _span_ends(blocks, parents, len(lines), gone)
    paths: list[tuple[str, ...]] = []
    nodes = []
    for order, block in enumerate(blocks):
        parent = parents[order]
        base = paths[parent] if parent is not None else ()
        if block.kind in _CONTAINERS and toc_paths:
            restored = _toc_base(base, lines[block.start - 1 : block.end], toc_paths)
            if restored is not None:
                base = restored
                block.attrs = (*block.attrs, ("path_from_toc", "1"))
        paths.append((*base, _heading(block)) if block.kind in _CONTAINERS else base)
        own = lines[block.start - 1 : block.end]
        pages = _pages(lines, block.start, ends[order])
        nodes.append(Node(
            id=f"{doc_id}.{order}", doc_id=doc_id,
            parent=f"{doc_id}.{parent}" if parent is not None else None,
            kind=block.kind, number=str(block.number) if block.number is not None else None,
            label=block.label or None, title=block.title, path=paths[-1],
            line_start=block.start, line_end=ends[order], head_end=block.end, order=order,
            text="\n".join(ln.raw for ln in own), simp="\n".join(ln.simp for ln in own),
            attrs=block.attrs, page_start=pages[0], page_end=pages[1],
        ))
    return tuple(nodes)


def _pages(lines: Sequence[Line], start: int, end: int) -> tuple[int | None, int | None]:
    """The first and last printed page of lines ``start..end`` (None for a source without pages)."""
    first = lines[start - 1].page if 0 < start <= len(lines) else None
    last = lines[end - 1].page if 0 < end <= len(lines) else None
    return first, last if last is not None else first


def _toc_base(
    base: tuple[str, ...], own: Sequence[Line], toc_paths: dict[str, tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The TOC ancestors of a heading when the body path disagrees with them, else None."""
    ancestors = prefix_lookup(toc_paths, compact("".join(ln.simp for ln in own)))
    if not ancestors:
        return None
    if base and compact(base[-1]) == compact(ancestors[-1]):
        return None
    return ancestors


def _heading(block: Block) -> str:
    if not block.label:
        return block.title
    joiner = " " if block.kind in _SPACED_LABELS and block.title else ""
    return f"{block.label}{joiner}{block.title}"


def _span_ends(
    blocks: Sequence[Block], parents: Sequence[int | None], line_count: int, gone: frozenset[int],
) -> list[int]:
    """Leaves end at their own last line; containers run on to the line before the next block that
    is not their descendant (trailing removed lines excluded)."""
    last_desc = list(range(len(blocks)))
    for index in range(len(blocks) - 1, -1, -1):
        parent = parents[index]
        if parent is not None:
            last_desc[parent] = max(last_desc[parent], last_desc[index])
    has_children = {p for p in parents if p is not None}
    ends = []
    for index, block in enumerate(blocks):
        if index not in has_children and block.kind != "box":
            ends.append(block.end)
            continue
        after = last_desc[index] + 1
        limit = blocks[after].start - 1 if after < len(blocks) else line_count
        while limit > block.end and limit in gone:
            limit -= 1
        ends.append(max(limit, block.end))
    return ends
