"""Warnings about what is missing or damaged: empty boxes, orphan notes, lost figures and numbers,
truncation. Each is a :class:`DocWarning` with the lines it concerns."""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.models import DocWarning, Line, Node
from plantrace.parse.lexicon import lexicon

_TERMINAL = "。!?;…”’)》」』.!?"
_MIN_CUT_LINE = 30  # shorter last lines are signatures, dates or sources, not cut sentences
_STRUCTURE = ("part", "chapter", "section", "item", "box", "annex")


def box_warnings(nodes: Sequence[Node]) -> list[DocWarning]:
    """``empty_box`` for boxes with nothing but notes; ``table_missing`` for notes with no table."""
    by_id = {n.id: n for n in nodes}
    kids: dict[str, list[Node]] = {}
    for node in nodes:
        if node.parent is not None:
            kids.setdefault(node.parent, []).append(node)
    warnings = []
    for node in nodes:
        if node.kind == "box" and all(k.kind == "note" for k in kids.get(node.id, [])):
            warnings.append(DocWarning(
                "empty_box", f"{node.label} has a title but no content (its table or list was lost).",
                node.line_start, node.line_end,
            ))
        elif node.kind == "note" and _is_table_note(node) and not _in_table_box(node, by_id):
            warnings.append(DocWarning(
                "table_missing", f"{node.label} note survives without the table it explains.",
                node.line_start, node.head_end,
            ))
    return warnings


def _is_table_note(node: Node) -> bool:
    return dict(node.attrs).get("role") not in ("figure_caption", "chart_labels")


def _in_table_box(note: Node, by_id: dict[str, Node]) -> bool:
    parent = by_id.get(note.parent) if note.parent else None
    return parent is not None and parent.kind in ("box", "table") and "columns" in dict(parent.attrs)


def figure_warnings(nodes: Sequence[Node]) -> list[DocWarning]:
    """``figure_missing`` for every caption whose figure is not in the text."""
    return [
        DocWarning("figure_missing", f"Figure caption without its figure: {n.text.strip()[:40]}",
                   n.line_start, n.head_end)
        for n in nodes if dict(n.attrs).get("role") == "figure_caption"
    ]


def deleted_number_warning(lines: Sequence[Line], kept: Sequence[int]) -> list[DocWarning]:
    """One ``deleted_numbers`` warning counting slots where a number was lost (``到年``, ``达公里``)."""
    # A lost percentage (``(?:^|[^\d.%])%``) takes the character before it, so the alternation of all the
    # patterns can start anywhere and the engine tries each at every character; a line without ``%`` (most
    # lines) is scanned without the patterns that need one (speed only: the same matches, ~5x faster)
    anywhere, without_percent = lexicon().deleted_number_slot, lexicon().deleted_number_slot_without("%")
    hits: list[tuple[int, str]] = []
    for number in kept:
        text = lines[number - 1].simp
        hits.extend((number, m.group(0)) for m in (anywhere if "%" in text else without_percent).finditer(text))
    if not hits:
        return []
    hits.sort()
    first = ", ".join(f"L{n} {s!r}" for n, s in hits[:6])
    message = f"{len(hits)} places where a number seems to have been deleted; first: {first}"
    return [DocWarning("deleted_numbers", message, hits[0][0], hits[-1][0])]


def truncation_warning(nodes: Sequence[Node], lines: Sequence[Line], known: Sequence[DocWarning]) -> list[DocWarning]:
    """``truncated`` when the last body line stops mid-sentence (unless ingest already said so)."""
    if any(w.code == "truncated" for w in known):
        return []
    last = next((n for n in reversed(nodes) if n.kind == "paragraph"), None)
    if last is None or nodes[-1].kind in _STRUCTURE:
        return []
    text = lines[last.head_end - 1].simp.rstrip()
    if text.endswith(tuple(_TERMINAL)) or len(text) < _MIN_CUT_LINE:
        return []
    return [DocWarning(
        "truncated", f"The text stops mid-sentence: …{text[-20:]}", last.head_end, last.head_end,
    )]


def no_heading_warning(nodes: Sequence[Node]) -> list[DocWarning]:
    """``no_headings`` when the document has paragraphs but no heading of any grammar."""
    if nodes and not any(n.kind in _STRUCTURE or n.kind == "toc" for n in nodes):
        return [DocWarning("no_headings", "No headings found: the document is split into paragraphs only.")]
    return []
