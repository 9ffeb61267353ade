"""Plain data of the tracking stage: indicators, targets, observations and assessments."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Scope = Literal["annual", "period_average", "period_cumulative"]
Status = Literal["met", "not_met", "ahead", "on_track", "lagging", "no_data"]
Origin = Literal["extracted", "imported", "entered"]
Direction = Literal["up", "down", "target"]
# ">=", "<=", "~", "=", "range" as in the measures contract; "sync" (同步) and "gt" (高于) are relational
TrackComparator = Literal[">=", "<=", "~", "=", "range", "sync", "gt"]

SCOPES: tuple[Scope, ...] = ("annual", "period_average", "period_cumulative")
STATUSES: tuple[Status, ...] = ("met", "not_met", "ahead", "on_track", "lagging", "no_data")
ORIGINS: tuple[Origin, ...] = ("extracted", "imported", "entered")

LABELS: dict[Status, str] = {
    "met": "已完成", "not_met": "未完成", "ahead": "快于预期", "on_track": "基本符合预期",
    "lagging": "滞后", "no_data": "无数据",
}
EARLY_LABEL = "提前完成"   # a period target met before its end year
ENGLISH: dict[Status, str] = {
    "met": "met", "not_met": "not met", "ahead": "ahead of schedule", "on_track": "on track",
    "lagging": "lagging", "no_data": "no data",
}


@dataclass(frozen=True, slots=True)
class Indicator:
    """A tracked indicator: one canonical name across documents, years and scripts."""

    name: str                      # the national name (国内生产总值增长)
    english: str
    unit: str
    direction: Direction
    regional: str | None = None    # the name below the national level (地区生产总值增长)
    metrics: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    units: tuple[tuple[str, float], ...] = ()
    reduction: bool = False
    relation: str | None = None

    def display(self, level: str | None) -> str:
        """The name a jurisdiction of this level uses."""
        return self.regional if self.regional and level not in (None, "national") else self.name


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a number comes from: a document line span, or the source a person named."""

    source: str
    surface: str
    doc: str | None = None
    line_start: int | None = None
    line_end: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Target:
    id: str
    jurisdiction: str
    indicator: str
    unit: str
    direction: Direction
    scope: Scope
    year: int                       # the year the target is for (a period's end year)
    period: tuple[int, int] | None
    value: float | None
    value_max: float | None
    comparator: TrackComparator
    evidence: Evidence
    rule: str
    type: str | None = None         # 约束性 / 预期性 when the document says
    issued: int | None = None       # the year of the document that set it


@dataclass(frozen=True, slots=True)
class Observation:
    id: str
    jurisdiction: str
    indicator: str
    unit: str
    year: int                       # the year the value describes
    value: float
    scope: Scope
    period: tuple[int, int] | None
    origin: Origin
    evidence: Evidence
    rule: str
    issued: int | None = None       # the year of the document that states it
    recorded_by: str | None = None  # imported / entered rows: who and when
    recorded_at: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    target: Target
    observation: Observation | None
    status: Status
    label: str
    rule: str
    explanation: str
    as_of: int | None = None
    progress: float | None = None                 # trajectory ratio (seen / needed)
    used: tuple[Observation, ...] = field(default=())   # every observation the status rests on
