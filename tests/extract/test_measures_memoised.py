"""Readings kept per heading path, sentence or concept name (speed only) give what reading them again gives, on the
headings and sentences of the sample corpus and the dev documents: asked twice, or without the cache, the same."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from plantrace.extract.entities.concepts import segments
from plantrace.extract.measures import periods, scope
from plantrace.extract.measures import timeline as T
from plantrace.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = (*sorted((ROOT / "examples" / "corpus").rglob("*.txt"))[::3],
             *sorted((ROOT / "evaluation" / "dev" / "docs").glob("*.txt"))[::8])
_SENTENCE = re.compile(r"[^。；;！!？?]+[。；;！!？?]?")
_FORMULA = re.compile(r"[一二三四五六七八九十两]+[^\W\d个]{1,4}(?:[一二三四五六七八九十两]+[^\W\d个]{1,4})+")


@cache
def readings() -> list[tuple[Callable[..., Any], tuple[Any, ...]]]:
    """(function, arguments) for each heading path, sentence and numbered name of the documents."""
    calls: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []
    for path in DOCUMENTS:
        parsed = parse_file(path)
        profile = T.profile(parsed.document, parsed.lines)
        for node in parsed.nodes:
            headings = (*node.path, node.title) if node.title else tuple(node.path)
            calls += [(scope._heading_period, (headings, profile)), (T.heading_year, (headings,))]
        for line in parsed.lines:
            calls += [(periods.named_period, (m.group(0), profile)) for m in _SENTENCE.finditer(line.simp)]
            calls += [(segments, (m.group(0),)) for m in _FORMULA.finditer(line.simp)]
    return calls


def _uncached(function: Callable[..., Any]) -> Callable[..., Any]:
    return T._heading_year.__wrapped__ if function is T.heading_year else function.__wrapped__  # type: ignore[attr-defined]


@pytest.mark.parametrize("function", [scope._heading_period, T.heading_year, periods.named_period, segments])
def test_a_kept_reading_is_the_reading(function: Callable[..., Any]) -> None:
    calls = [args for f, args in readings() if f is function]
    slow = _uncached(function)
    first = [function(*args) for args in calls]
    again = [function(*args) for args in calls]
    direct = [slow(*(tuple(args[0]), *args[1:]) if function is T.heading_year else args) for args in calls]
    assert first == again == direct
    assert len(calls) > 100 and any(first)
