"""The work of quantity extraction grows linearly with a line's length (issue #9: a 320 KB line of
numbers took 88 s, a 10 MB line 378 s).

Work is counted, not timed: the Python lines the measures stage executes, traced with
``sys.settrace``, and the characters its searches and slices of the line cover (work in C that the
trace does not see). A line four times as long must cost at most about four times either (a
quadratic loop costs sixteen). Lines are built from real phrase shapes: a run of growth rates (as in
a flattened table), counts with measure words, ratios, ranks, fractions and lost numbers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from types import FrameType
from typing import Any, SupportsIndex

import pytest
from hypothesis import given
from hypothesis import strategies as st
from measures_support import document, measures_of, paragraph

from plantrace.extract.measures import context as C
from plantrace.extract.measures import extract_measures
from plantrace.ingest.normalise import make_lines

SHAPES: dict[str, Callable[[int], str]] = {
    "growth rates": lambda n: "地区生产总值增长12.5%、" * (n // 14),
    "no punctuation": lambda n: "新建学校12所新增床位300张" * (n // 15),
    "years and values": lambda n: "2020年增长5%，" * (n // 11),
    "other shapes": lambda n: "居全国第1位1:2:3四分之一约万千瓦《规划》" * (n // 23),
    "bare numbers": lambda n: "12345 " * (n // 6),
}
# lines without a full stop, where a search back to the sentence's or the line's start grows with the line
UNSTOPPED = {
    "bench's line": "2025年地区生产总值增长6.5%，达到3000亿元，",
    "increments": "新增床位300张，",
    "brackets": "比上年增长5.1%（其中城镇3.2万元",
    "a list after a colon": "主要预期目标是：地区生产总值增长5%以上；(一般公共预算收入增长2%；力争完成120亿元，",
}


def steps(text: str) -> tuple[int, int]:
    """(lines of plantrace.extract.measures executed, measures found) for one line of text."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        nonlocal count
        if "plantrace/extract/measures" not in frame.f_code.co_filename.replace("\\", "/"):
            return None
        if event == "line":
            count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        found = measures_of([text])
    finally:
        sys.settrace(previous)
    return count, len(found)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_work_grows_linearly_with_line_length(shape: str) -> None:
    small, large = SHAPES[shape](1500), SHAPES[shape](6000)
    small_steps, small_found = steps(small)
    large_steps, large_found = steps(large)
    if shape != "bare numbers":
        assert large_found >= 3 * small_found > 0  # the line is read, not skipped
    ratio = large_steps / small_steps
    assert ratio < 4 * 1.25, f"{shape}: 4x the line took {ratio:.1f}x the steps"


class _Scanned(str):
    """A line that counts the characters its searches and slices cover."""

    covered = 0

    def _cover(self, start: SupportsIndex | None, end: SupportsIndex | None) -> None:
        lo, hi, _ = slice(start, end).indices(len(self))
        _Scanned.covered += max(0, hi - lo)

    def find(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        self._cover(start, end)
        return str.find(self, sub, start, end)

    def rfind(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        self._cover(start, end)
        return str.rfind(self, sub, start, end)

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        if isinstance(key, slice):
            self._cover(key.start, key.stop)
        return str.__getitem__(self, key)


def covered(text: str) -> tuple[int, int]:
    """(characters of the line searched or sliced, measures found) for one line of text."""
    lines = tuple(replace(line, simp=_Scanned(line.simp)) for line in make_lines([text]))
    _Scanned.covered = 0
    found = extract_measures(document(), lines, tuple(paragraph(line.number, line.raw) for line in lines))
    return _Scanned.covered, len(found)


@pytest.mark.parametrize("shape", [*SHAPES, *UNSTOPPED])
def test_the_line_read_around_each_value_stays_bounded(shape: str) -> None:
    make = SHAPES.get(shape) or (lambda n: UNSTOPPED[shape] * (n // len(UNSTOPPED[shape])))
    (small, small_found), (large, large_found) = covered(make(2500)), covered(make(10_000))
    if shape != "bare numbers":
        assert large_found >= 3 * small_found > 0
    assert large < 4 * 1.25 * max(small, 1), f"{shape}: 4x the line read {large / max(small, 1):.1f}x the characters"


@given(st.text(alphabet="ab。，:(", max_size=1200), st.integers(0, 1300), st.integers(0, 1300),
       st.sampled_from(["。", ":：", "。，;；", "(（"]))
def test_last_of_is_the_last_of_several_characters(text: str, lo: int, hi: int, chars: str) -> None:
    assert C.last_of(text, chars, lo, hi) == max(text.rfind(ch, lo, hi) for ch in chars)


@given(st.text(alphabet="ab。，", max_size=900), st.integers(0, 1000), st.integers(0, 600))
def test_the_window_before_a_value_is_its_line_or_whole_clauses_of_it(text: str, pos: int, reach: int) -> None:
    pos = min(pos, len(text))
    window = C.window_before(text, pos, reach)
    assert text[:pos].endswith(window)
    if pos <= reach:
        assert window == text[:pos]
    else:  # whole clauses: from just after a clause's end, within the reach
        assert len(window) < max(reach, 1)
        assert not window or text[pos - len(window) - 1] in C.CLAUSE_END


@pytest.mark.parametrize("text", ["增长5%" * 2000, "，".join(["增长5%"] * 2000), "。" * 3 + "x" * 5000])
def test_a_value_reads_a_bounded_window_of_its_line(text: str) -> None:
    """Regular expressions run over a value's sentence and clause: those stay within a fixed reach of
    the value however long the line, so the work per value does not grow with the line."""
    from plantrace.extract.measures import context as C

    for pos in range(0, len(text), 97):
        for start, end in (C.sentence_bounds(text, pos), C.clause_bounds(text, pos)):
            assert start <= pos <= end
            assert end - start <= 2 * C.REACH
