"""Snippets quoted from the original text, with the matched terms marked 【…】.

Matching runs on the simplified layer (what was indexed); each match is mapped back to the raw line
through the stored ``Line.index`` runs, so a traditional document is quoted in traditional script.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

OPEN, CLOSE = "【", "】"
Span = tuple[int, int]


def decode_map(encoded: str) -> tuple[list[int], list[int]]:
    """``"0:2,5:3"`` -> breakpoints and deltas (``raw = i + delta`` from each breakpoint on)."""
    starts, deltas = [], []
    for pair in filter(None, encoded.split(",")):
        start, _, delta = pair.partition(":")
        starts.append(int(start))
        deltas.append(int(delta))
    return starts, deltas


def to_raw(i: int, mapping: tuple[list[int], list[int]]) -> int:
    starts, deltas = mapping
    if not starts:
        return i
    k = max(bisect.bisect_right(starts, i) - 1, 0)
    return i + deltas[k]


def find_spans(simp: str, needles: Iterable[str]) -> list[Span]:
    """Non-overlapping ``[start, end)`` spans of the needles in ``simp`` (longest needle first)."""
    hay = _fold_case(simp)
    taken: list[Span] = []
    for needle in sorted({_fold_case(n) for n in needles if n}, key=len, reverse=True):
        start = hay.find(needle)
        while start != -1:
            span = (start, start + len(needle))
            if not any(s < span[1] and span[0] < e for s, e in taken):
                taken.append(span)
            start = hay.find(needle, start + len(needle))
    return sorted(taken)


def _fold_case(text: str) -> str:
    lower = text.lower()
    return lower if len(lower) == len(text) else text


def mark(raw: str, spans: list[Span], mapping: tuple[list[int], list[int]]) -> tuple[str, list[Span]]:
    """``raw`` with 【】 around the raw images of ``spans``; returns the marked text and raw spans."""
    raw_spans = []
    for start, end in spans:
        raw_start, raw_end = to_raw(start, mapping), to_raw(end - 1, mapping) + 1
        if 0 <= raw_start < raw_end <= len(raw):
            raw_spans.append((raw_start, raw_end))
    out, last = [], 0
    for start, end in raw_spans:
        out.append(raw[last:start] + OPEN + raw[start:end] + CLOSE)
        last = end
    out.append(raw[last:])
    return "".join(out), raw_spans


def window(text: str, width: int = 120) -> str:
    """Cut ``text`` to about ``width`` characters where the most different marked words are."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    first = _best_mark(text, width)
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, end - width)
    start, end = _no_broken_mark(text, start, end)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _best_mark(text: str, width: int) -> int:
    """Offset of the mark whose window holds the most distinct marked text (the first on ties).

    Distinct words are weighed by length: a long, rare term beats a short, common one."""
    marks = [(m.start(), m.group(1)) for m in re.finditer(f"{OPEN}([^{CLOSE}]*){CLOSE}", text)]
    if not marks:
        return 0
    best, best_count = marks[0][0], 0
    for pos, _ in marks:
        lo, hi = pos - width // 3, pos + width - width // 3
        count = sum(len(word) for word in {word for p, word in marks if lo <= p < hi})
        if count > best_count:
            best, best_count = pos, count
    return best


def _no_broken_mark(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen the window so it does not cut a 【…】 pair in half."""
    opened = text.rfind(OPEN, 0, end)
    if opened != -1 and text.find(CLOSE, opened) >= end:
        end = text.find(CLOSE, opened) + 1
    closed = text.find(CLOSE, start)
    if closed != -1 and text.rfind(OPEN, 0, closed) < start:
        start = text.rfind(OPEN, 0, closed)
    return start, end


def snippet(simp: str, maps: str, raw_lines: dict[int, str], needles: list[str]) -> str:
    """The marked snippet of an index row, quoted from its raw lines (``simp`` where one is missing)."""
    parts = []
    for simp_line, entry in zip(simp.split("\n"), maps.split(";"), strict=False):
        number, _, encoded = entry.partition("=")
        raw = raw_lines.get(int(number))
        if raw is None:  # no stored original: quote the simplified line itself
            raw, encoded = simp_line, ""
        marked, _spans = mark(raw, find_spans(simp_line, needles), decode_map(encoded))
        parts.append(marked.strip())
    return window(" ".join(p for p in parts if p))
