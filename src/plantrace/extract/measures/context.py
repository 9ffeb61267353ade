"""Read the words around a number: clause bounds, comparator, kind and the metric phrase."""

from __future__ import annotations

import bisect
import functools

from plantrace.extract.measures.scan import Hit
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words

SENTENCE_END = "。;；!！?？"
CLAUSE_END = SENTENCE_END + ",，:："

_COUNT_DIMENSIONS = {"count", "people", "households", "person_times", "number"}
_PERCENT_DIMENSIONS = {"percent", "multiple"}


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    return _bounds(text, pos, SENTENCE_END)


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = _bounds(text, pos, CLAUSE_END)
    sub = text.rfind("其中", start, pos)
    return (sub + 2 if sub != -1 else start), end


def _bounds(text: str, pos: int, stops: str) -> tuple[int, int]:
    cuts = _cuts(text, stops)
    i = bisect.bisect_left(cuts, pos)
    start = cuts[i - 1] + 1 if i else 0
    return start, (cuts[i] if i < len(cuts) else len(text))


@functools.lru_cache(maxsize=512)
def _cuts(text: str, stops: str) -> tuple[int, ...]:
    """Positions of the stop characters of ``text``, in order."""
    return tuple(i for i, ch in enumerate(text) if ch in stops)


def comparator(text: str, hit: Hit, clause_start: int) -> str:
    """``>= <= ~ = range`` from the words right before and after the number."""
    if hit.shape == "range":
        return "range"
    w = words()
    if hit.suffix in w.suffix_comparators:
        return w.suffix_comparators[hit.suffix]
    before = text[clause_start:hit.start]
    for pattern, name in ((w.le_prefix, "<="), (w.ge_prefix, ">="), (w.approx_prefix, "~")):
        if pattern.search(before):
            return name
    return ">=" if hit.approx else "="


def kind(text: str, hit: Hit, clause_start: int) -> str:
    """``level growth share count change ratio rank other`` from the unit and the verb before it."""
    special = {"rank": "rank", "ratio": "ratio", "missing_year": "other", "fraction": "share"}
    if hit.shape in special:
        return special[hit.shape]
    dimension = unit_table().base_value(1.0, hit.unit)[2] or ""
    before = text[max(clause_start, hit.start - 10):hit.start]
    if dimension == "percentage_point":
        return "change"
    if dimension in _PERCENT_DIMENSIONS or dimension == "doubling":
        if words().growth_verb.search(before) or dimension == "doubling":
            return "growth"
        return "ratio" if dimension == "multiple" else "share"
    if words().change_verb.search(before):
        return "change"
    return "count" if dimension in _COUNT_DIMENSIONS else "level"
