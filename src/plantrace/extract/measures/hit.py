"""One number found in a line of simplified text (the scanner's output)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    """One number found in a line (offsets into the simplified text)."""

    start: int
    end: int
    value: float | None
    value_max: float | None
    unit: str
    suffix: str = ""
    approx: str = ""
    # number | range | ratio | rank | rank_change | top | scale | class | place_class | fraction | doubling | missing |
    # missing_year
    shape: str = "number"
    threshold: bool = False
    milestone: str = ""  # a threshold passed: the word it is called by (大关, 台阶, 关口)
