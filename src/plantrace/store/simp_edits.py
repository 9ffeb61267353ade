"""A line's simplified text stored as edits of its original text (``lines.simp_edits``): only what differs.

Most lines of a simplified-script document differ from their original only in a few characters
(full-width punctuation made half-width, indentation left out); a traditional-script line in some
of its characters. Storing those edits instead of a second copy of the line keeps the text once.

``encode(raw, simp, index)`` gives a short string of operations on ``raw`` (None when ``simp`` equals
``raw``); ``decode(raw, edits)`` applies them. Operations follow each other; each is ``<gap>`` (decimal:
characters of ``raw`` copied since the previous operation) and then ``=c`` (the next character replaced
by ``c``), ``-n;`` (the next ``n`` characters left out) or ``~n,m:`` followed by ``m`` characters (the
next ``n`` characters replaced by them). Lengths are counted, so the text may hold any character.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence

_OP = re.compile(r"(\d+)([=~-])")
_COUNTS = re.compile(r"(\d+)(?:;|,(\d+):)")
Edit = tuple[int, int, str]  # raw start, raw end, replacement


def encode(raw: str, simp: str, index: Sequence[int]) -> str | None:
    """The edits turning ``raw`` into ``simp`` (None when equal).

    ``index[i]`` is the offset in ``raw`` of ``simp[i]`` (``Line.index``): it aligns the two when
    characters were left out or expanded. Whatever it says, the result decodes to ``simp``: when the
    alignment does not hold, the edits replace the whole line.
    """
    if simp == raw:
        return None
    if len(raw) == len(simp):  # characters replaced one for one (width folding, simplified script)
        # ``gap=c`` for each differing character: decodes to ``simp`` whatever the characters (no check needed)
        return _shorter(_render(_replaced(raw, simp, 0, 0, len(simp))), raw, simp)
    if len(index) == len(simp):
        aligned = _aligned(raw, simp, index)
        if aligned is not None:
            edits = _render(aligned)
            if decode(raw, edits) == simp:
                return _shorter(edits, raw, simp)
    return _whole(raw, simp)


def _shorter(edits: str, raw: str, simp: str) -> str:
    """The edits, or the whole line when that is shorter (a traditional line with most characters changed)."""
    whole = _whole(raw, simp)
    return whole if len(whole) < len(edits) else edits


def _whole(raw: str, simp: str) -> str:
    return f"0~{len(raw)},{len(simp)}:{simp}"


def _replaced(raw: str, simp: str, raw_start: int, start: int, end: int) -> list[Edit]:
    """One-for-one replacements where ``simp[start:end]`` differs from ``raw`` at ``raw_start`` on."""
    shift = raw_start - start
    segment = raw[raw_start : raw_start + end - start]
    if segment == simp[start:end]:
        return []
    return [(i + shift, i + shift + 1, b) for i, a, b in zip(range(start, end), segment, simp[start:end], strict=True)
            if a != b]


def _aligned(raw: str, simp: str, index: Sequence[int]) -> list[Edit] | None:
    """Edits from the alignment: runs of ``simp`` copied from consecutive ``raw`` characters."""
    edits: list[Edit] = []
    consumed = 0  # raw characters accounted for
    start = 0
    for delta, run in itertools.groupby(map(operator.sub, index, range(len(index)))):
        length = sum(1 for _ in run)
        raw_start = start + delta
        if raw_start < consumed or raw_start + length > len(raw):
            return None  # one raw character made several (or the index is off): no simple alignment
        if raw_start > consumed:
            edits.append((consumed, raw_start, ""))
        edits.extend(_replaced(raw, simp, raw_start, start, start + length))
        consumed = raw_start + length
        start += length
    if consumed < len(raw):
        edits.append((consumed, len(raw), ""))
    return edits


def _render(edits: list[Edit]) -> str:
    out: list[str] = []
    at = 0
    for start, end, text in edits:
        gap = start - at
        if end - start == 1 and len(text) == 1:
            out.append(f"{gap}={text}")
        elif not text:
            out.append(f"{gap}-{end - start};")
        else:
            out.append(f"{gap}~{end - start},{len(text)}:{text}")
        at = end
    return "".join(out)


def decode(raw: str, edits: str | None) -> str:
    """``raw`` with ``edits`` applied (``raw`` itself when there are none)."""
    if not edits:
        return raw
    out: list[str] = []
    at = 0  # offset in raw
    i = 0
    size = len(edits)
    while i < size:
        op = _OP.match(edits, i)
        if op is None:
            raise ValueError(f"bad edits at {i}: {edits[i:i + 20]!r}")
        gap = int(op.group(1))
        out.append(raw[at : at + gap])
        at += gap
        i = op.end()
        if op.group(2) == "=":
            out.append(edits[i])
            at += 1
            i += 1
            continue
        counts = _COUNTS.match(edits, i)
        if counts is None:
            raise ValueError(f"bad edits at {i}: {edits[i:i + 20]!r}")
        at += int(counts.group(1))
        i = counts.end()
        if op.group(2) == "~":
            width = int(counts.group(2))
            out.append(edits[i : i + width])
            i += width
    out.append(raw[at:])
    return "".join(out)
