"""Quantities extracted from the text: the ``measures`` contract of DESIGN.md."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Comparator = Literal[">=", "<=", "~", "=", "range"]
Stance = Literal["actual", "target"]
Direction = Literal["up", "down"]
Scope = Literal["annual", "period_average", "period_cumulative"]
MeasureKind = Literal["level", "growth", "share", "count", "change", "ratio", "rank", "other"]


@dataclass(frozen=True, slots=True)
class Measure:
    """One quantity mention. ``line``/``start``/``end`` point into the original line."""

    doc: str
    node: str
    line: int
    start: int
    end: int
    surface: str
    metric: str
    value: float | None
    value_max: float | None
    unit: str
    comparator: Comparator
    stance: Stance
    year: int | None
    kind: MeasureKind
    missing_value: bool
    rule: str
    metric_canonical: str | None = None
    dimension: str | None = None
    base_value: float | None = None
    base_unit: str | None = None
    direction: Direction | None = None   # up (增长, 提高) / down (下降, 减少, 压减); value stays as written
    # what the value covers: one year (annual), an average annual rate over a period (年均:
    # period_average) or a total or change over a period (累计, 翻一番: period_cumulative)
    scope: Scope = "annual"
    period: tuple[int, int] | None = None   # [start, end] years when scope is a period, else None
    # a doubt about the value itself: ocr_low_confidence when OCR read its digits with low confidence
    warning: str | None = None
