"""Which lines of a plan review the last period (results) rather than promise (targets, tasks).

A line is a review when its headings name one (回顾, 发展基础 …), when it opens with the last
period (“十三五”时期 …) and carries no forward cue, or when every quantity in it is a result
(``actual``) of a year before the plan starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from plantrace.link.words import lists
from plantrace.models.links import Passage


def retrospective_lines(
    passages: Iterable[Passage],
    stances: Mapping[int, Sequence[tuple[str, int | None]]],
    period: tuple[int, int] | None,
) -> frozenset[int]:
    """Lines that review the last period. ``stances`` maps a line to its quantities' (stance, year)."""
    words = lists()
    start = period[0] if period else None
    found = set()
    for passage in passages:
        heading = "".join(passage.path)
        opening = passage.text[:24]
        reviews = any(w in heading for w in words["retro_headings"])
        reviews = reviews or (any(w in opening for w in words["retro_openings"]) and not _forward(passage.text))
        reviews = reviews or (start is not None and _all_results(stances.get(passage.line, ()), start))
        if reviews:
            found.add(passage.line)
    return frozenset(found)


def _forward(text: str) -> bool:
    return any(cue in text for cue in lists()["forward_cues"])


def _all_results(stances: Sequence[tuple[str, int | None]], start: int) -> bool:
    dated = [(stance, year) for stance, year in stances if year is not None]
    return bool(dated) and all(stance == "actual" and year < start for stance, year in dated)
