"""The work of quantity extraction grows linearly with a line's length (issue #9: a 320 KB line of
numbers took 88 s, a 10 MB line 378 s).

Work is counted, not timed: the Python lines the measures stage executes, traced with
``sys.settrace``. A line four times as long must cost at most about four times the steps (a
quadratic loop costs sixteen). Lines are built from real phrase shapes: a run of growth rates (as in
a flattened table), counts with measure words, ratios, ranks, fractions and lost numbers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from measures_support import measures_of

SHAPES: dict[str, Callable[[int], str]] = {
    "growth rates": lambda n: "地区生产总值增长12.5%、" * (n // 14),
    "no punctuation": lambda n: "新建学校12所新增床位300张" * (n // 15),
    "years and values": lambda n: "2020年增长5%，" * (n // 11),
    "other shapes": lambda n: "居全国第1位1:2:3四分之一约万千瓦《规划》" * (n // 23),
    "bare numbers": lambda n: "12345 " * (n // 6),
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


@pytest.mark.parametrize("text", ["增长5%" * 2000, "，".join(["增长5%"] * 2000), "。" * 3 + "x" * 5000])
def test_a_value_reads_a_bounded_window_of_its_line(text: str) -> None:
    """Regular expressions run over a value's sentence and clause: those stay within a fixed reach of
    the value however long the line, so the work per value does not grow with the line."""
    from plantrace.extract.measures import context as C

    for pos in range(0, len(text), 97):
        for start, end in (C.sentence_bounds(text, pos), C.clause_bounds(text, pos)):
            assert start <= pos <= end
            assert end - start <= 2 * C.REACH
