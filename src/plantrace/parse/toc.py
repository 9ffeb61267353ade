"""Table of contents: find it, keep its entries, and compare them with the body headings.

A TOC is a run of heading lines (blank lines allowed) with no body text between them that holds
at least two top-level headings (篇/章/附件), or that opens with 目录. Its entries are the only
evidence of headings missing from the body.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.models import DocWarning, Line
from plantrace.parse.grammar import classify
from plantrace.parse.lexicon import lexicon

_ENTRY_MAX = 60
_TOP_LEVEL = ("part", "chapter", "annex")


@dataclass(frozen=True, slots=True)
class TocEntry:
    line: int
    kind: str          # part / chapter / section / annex / item / front
    text: str          # the entry as written (normalised layer)
    key: str           # compact simplified text: letters, digits and CJK only
    heading: str = ""  # as a path element: ``第一章 全面建成…`` (label, space, title)
    number: int | None = None


@dataclass(frozen=True, slots=True)
class Toc:
    start: int
    end: int
    entries: tuple[TocEntry, ...]


def compact(text: str) -> str:
    """Letters, digits and CJK characters only: ``第七章 扩大…,构建…`` -> ``第七章扩大…构建…``."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def find_toc(lines: Sequence[Line], skip: frozenset[int]) -> Toc | None:
    """The first run of heading lines that reads as a table of contents, or None. A removed line
    (a repeated title, web debris) ends a run: the contents node owns every line of its span, and
    never a line that cleaning took out."""
    run: list[TocEntry] = []
    for line in lines:
        if line.blank:
            continue
        entry = None if line.number in skip else _entry(line)
        if entry is not None and not (entry.kind == "header" and run) and not _restarts(run, entry):
            run.append(entry)
            continue
        if _qualifies(run):
            return _toc(run)
        run = [entry] if entry is not None else []
    return _toc(run) if _qualifies(run) else None


def _restarts(run: list[TocEntry], entry: TocEntry) -> bool:
    """A top-level number that does not go up (第一章 after 第二章) starts the body after the TOC."""
    if entry.kind not in ("part", "chapter") or entry.number is None:
        return False
    previous = [e.number for e in run if e.kind == entry.kind and e.number is not None]
    return bool(previous) and entry.number <= previous[-1]


def _toc(run: list[TocEntry]) -> Toc:
    entries = tuple(e for e in run if e.kind != "header")
    return Toc(run[0].line, run[-1].line, entries)


def _qualifies(run: list[TocEntry]) -> bool:
    lex = lexicon()
    if len(run) < lex.toc_min_lines:
        return False
    top = sum(1 for e in run if e.kind in ("part", "chapter"))
    return top >= lex.toc_min_top_level or run[0].kind == "header"


def _entry(line: Line) -> TocEntry | None:
    simp = line.simp
    lex = lexicon()
    if simp in lex.toc_headers:
        return TocEntry(line.number, "header", line.text, compact(simp))
    if simp in lex.front_matter:
        return TocEntry(line.number, "front", line.text, compact(simp), line.text)
    marker = classify(simp)
    if marker is None or marker.kind in ("box", "note") or len(simp) > _ENTRY_MAX:
        return None
    if any(ch in simp for ch in "。;") or (marker.kind == "item" and len(simp) > _ENTRY_MAX // 2):
        return None
    label, title = line.text[: marker.label_end], line.text[marker.body_start:].strip()
    joiner = " " if marker.kind != "item" and title else ""
    return TocEntry(
        line.number, marker.kind, line.text, compact(simp), f"{label}{joiner}{title}", marker.number
    )


_ENTRY_RANK = {"front": 0, "part": 0, "annex": 0, "chapter": 1, "section": 2, "item": 3}


def toc_ancestors(toc: Toc) -> dict[str, tuple[str, ...]]:
    """For each TOC entry listed once, the headings of the entries above it (chapter, section …)."""
    stack: list[tuple[int, str]] = []
    found: dict[str, tuple[str, ...]] = {}
    seen: set[str] = set()
    for entry in toc.entries:
        rank = _ENTRY_RANK.get(entry.kind, 3)
        while stack and stack[-1][0] >= rank:
            stack.pop()
        ancestors = tuple(heading for _, heading in stack)
        if entry.key in seen:
            found.pop(entry.key, None)
        else:
            found[entry.key] = ancestors
        seen.add(entry.key)
        if entry.kind != "front":
            stack.append((rank, entry.heading))
    return found


def prefix_lookup(table: dict[str, tuple[str, ...]], key: str) -> tuple[str, ...]:
    """The value of the longest key of ``table`` that ``key`` starts with (empty if none)."""
    best = ""
    for candidate in table:
        if len(candidate) > len(best) and key.startswith(candidate):
            best = candidate
    return table.get(best, ()) if best else ()


def missing_entries(toc: Toc, heading_keys: Sequence[str]) -> tuple[TocEntry, ...]:
    """TOC entries with no body heading that starts with the same compact text."""
    by_head: dict[str, list[str]] = {}
    for key in heading_keys:
        by_head.setdefault(key[:3], []).append(key)
    missing = []
    for entry in toc.entries:
        candidates = by_head.get(entry.key[:3], [])
        if not any(key.startswith(entry.key) for key in candidates):
            missing.append(entry)
    return tuple(missing)


def missing_warnings(toc: Toc, missing: Sequence[TocEntry]) -> tuple[DocWarning, ...]:
    """``missing_chapters`` for top-level entries, ``missing_headings`` for the others."""
    warnings = []
    top = [e for e in missing if e.kind in _TOP_LEVEL]
    rest = [e for e in missing if e.kind not in _TOP_LEVEL]
    if top:
        warnings.append(_warning("missing_chapters", "chapters/annexes", top, len(toc.entries)))
    if rest:
        warnings.append(_warning("missing_headings", "headings", rest, len(toc.entries)))
    return tuple(warnings)


def tail_truncation(toc: Toc, missing: Sequence[TocEntry], last_line: int) -> tuple[DocWarning, ...]:
    """``truncated`` when the body stops before the end of its own TOC (the last chapters are absent)."""
    absent = {e.line for e in missing}
    present = [e for e in toc.entries if e.line not in absent]
    if not present:
        return ()
    tail = [e for e in toc.entries if e.line > present[-1].line]
    top = [e for e in tail if e.kind in _TOP_LEVEL]
    if not top:
        return ()
    message = (
        f"The body stops before the end of its table of contents: {len(top)} top-level entries "
        f"after {present[-1].text} are absent (from L{top[0].line} {top[0].text})."
    )
    return (DocWarning("truncated", message, last_line, last_line),)


def _warning(code: str, what: str, entries: Sequence[TocEntry], total: int) -> DocWarning:
    listed = "; ".join(f"L{e.line} {e.text}" for e in entries)
    message = f"{len(entries)} of {total} table-of-contents entries ({what}) are absent from the body: {listed}"
    return DocWarning(code, message, entries[0].line, entries[-1].line)


def glued_title_end(title_simp: str, entry_key: str, label_key: str) -> int | None:
    """Where a heading title glued to its paragraph ends, using the TOC entry for that heading.

    ``title_simp`` is the heading text after the marker; ``entry_key`` the compact TOC entry
    (marker included, ``label_key`` its compact marker). Returns an offset into ``title_simp``, or
    None when the TOC entry does not explain the title.
    """
    wanted = entry_key[len(label_key):]
    if not wanted or not entry_key.startswith(label_key):
        return None
    matched = 0
    for offset, ch in enumerate(title_simp):
        if unicodedata.category(ch)[0] not in "LN":
            continue
        if matched == len(wanted):
            return offset
        if ch != wanted[matched]:
            return None
        matched += 1
    return None
