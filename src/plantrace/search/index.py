"""Build the index rows of one parsed document: one row per searchable node."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator

from plantrace.models import IndexRow, Line, Node, ParsedDocument
from plantrace.search.tokens import fold, index_tokens

# Containers are indexed through their children's heading path; alone (no children) they are rows.
_CONTAINERS = frozenset({"part", "chapter", "section", "box", "annex"})
_KEY = re.compile(r"[^\u3400-\u9fff0-9A-Za-z]+")
_HEADING_MAX = 40  # own text of at most this many characters, with children below it, is a heading
_MIN_NEAR_DUP = 16  # a node this long whose text occurs inside a kept node is a near-duplicate


def index_rows(parsed: ParsedDocument) -> tuple[IndexRow, ...]:
    """Index rows for a document: no TOC, no removed lines, no within-document duplicates."""
    removed = _removed_lines(parsed)
    lines = {ln.number: ln for ln in parsed.lines}
    parents = {n.parent for n in parsed.nodes if n.parent}
    toc = _toc_ids(parsed.nodes)
    context = (parsed.document.title, parsed.document.jurisdiction)
    rows = (
        _row(n, [lines[i] for i in _own_lines(n) if i in lines and i not in removed], context)
        for n in parsed.nodes
        if n.id not in toc
    )
    return tuple(_without_duplicates(r for r in rows if r is not None and not _is_heading(r, parents)))


def _is_heading(row: IndexRow, parents: set[str]) -> bool:
    """A node with children whose own text is a heading: its words count through the heading path."""
    return row.node_id in parents and (row.kind in _CONTAINERS or len(row.simp) <= _HEADING_MAX)


def _removed_lines(parsed: ParsedDocument) -> set[int]:
    return {i for r in parsed.removed for i in range(r.line_start, r.line_end + 1)}


def _toc_ids(nodes: tuple[Node, ...]) -> set[str]:
    """Ids of ``toc`` nodes and everything below them (parents come before their children)."""
    under: set[str] = set()
    for node in nodes:
        if node.kind == "toc" or node.parent in under:
            under.add(node.id)
    return under


def _own_lines(node: Node) -> range:
    return range(node.line_start, max(node.head_end, node.line_start) + 1)


def _row(node: Node, own: list[Line], context: tuple[str, ...]) -> IndexRow | None:
    own = [ln for ln in own if ln.simp.strip()]
    simp = "\n".join(ln.simp for ln in own)
    body = index_tokens(simp)
    if not body:
        return None
    return IndexRow(
        node_id=node.id, doc_id=node.doc_id, body=body, heading=_heading_tokens((*context, *node.path)),
        kind=node.kind, line_start=own[0].number, line_end=own[-1].number, simp=simp,
        maps=";".join(f"{ln.number}={encode_map(ln.index)}" for ln in own),
    )


@functools.lru_cache(maxsize=1024)
def _heading_tokens(parts: tuple[str, ...]) -> str:
    """The tokens of a heading path with the document's title and place (shared by a section's rows)."""
    return index_tokens(fold(" | ".join(parts)))


def encode_map(index: Iterable[int]) -> str:
    """``Line.index`` as run-length ``offset:delta`` pairs (where ``raw = offset + delta`` changes)."""
    if isinstance(index, tuple) and index and index == tuple(range(index[0], index[0] + len(index))):
        return f"0:{index[0]}"  # one run (most lines: nothing left out inside them), compared in C
    out: list[str] = []
    offset = 0
    for delta, run in itertools.groupby(map(operator.sub, index, itertools.count())):  # runs found in C
        out.append(f"{offset}:{delta}")
        offset += len(list(run))
    return ",".join(out)


def _without_duplicates(rows: Iterator[IndexRow]) -> Iterator[IndexRow]:
    """Drop rows whose text is already indexed for the document (TOC copies, repeated passages)."""
    kept = list(rows)
    keys = {r.node_id: _KEY.sub("", r.simp) for r in kept}
    seen: set[str] = set()
    longest_first = sorted(kept, key=lambda r: -len(keys[r.node_id]))
    inside = _KeptTexts()
    drop: set[str] = set()
    for row in longest_first:
        key = keys[row.node_id]
        if key in seen or (len(key) >= _MIN_NEAR_DUP and inside.holds(key)):
            drop.add(row.node_id)
            continue
        seen.add(key)
        if len(key) >= _MIN_NEAR_DUP:
            inside.add(key)
    return (r for r in kept if r.node_id not in drop)


_GRAM = 8  # at most _MIN_NEAR_DUP - _GRAM + 1 apart, so that a kept text's grams fall inside any text it holds


class _KeptTexts:
    """Kept texts, and whether a text of at least ``_MIN_NEAR_DUP`` characters occurs inside one of them.

    Each kept text is indexed by its ``_GRAM``-character pieces at every ``_GRAM``-th position. Where a text
    occurs inside a kept one, one of those positions falls within its first ``_GRAM`` characters with a whole
    piece inside it (it is at least ``2 * _GRAM`` long), so only the kept texts sharing a piece with its
    first ``2 * _GRAM`` characters are searched: linear in the document, where searching all kept texts at
    once was quadratic (a document of 20,000 passages: 0.3 s instead of 1 s; ten times as many, a hundred
    times as long)."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.pieces: dict[str, list[int]] = {}

    def add(self, text: str) -> None:
        number = len(self.texts)
        self.texts.append(text)
        for at in range(0, len(text) - _GRAM + 1, _GRAM):
            self.pieces.setdefault(text[at:at + _GRAM], []).append(number)

    def holds(self, text: str) -> bool:
        found = {n for shift in range(_GRAM) for n in self.pieces.get(text[shift:shift + _GRAM], ())}
        return any(text in self.texts[n] for n in found)
