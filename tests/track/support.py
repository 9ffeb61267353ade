"""Small builders of targets and observations for status tests (numbers from the national reports)."""

from __future__ import annotations

from plantrace.track.indicators import by_name
from plantrace.track.model import Evidence, Observation, Scope, Target, TrackComparator

REPORT = "examples/corpus/national/national_work_report_{}.txt"


def target(indicator: str, year: int, value: float | None, comparator: TrackComparator, *, report: int,
           line: int, surface: str, value_max: float | None = None, scope: Scope = "annual",
           period: tuple[int, int] | None = None) -> Target:
    ind = by_name(indicator)
    return Target(id=f"t-{indicator}-{year}-{scope}", jurisdiction="中华人民共和国", indicator=indicator,
                  unit=ind.unit, direction=ind.direction, scope=scope, year=year, period=period, value=value,
                  value_max=value_max, comparator=comparator,
                  evidence=Evidence(source=REPORT.format(report), surface=surface, doc=f"doc{report}",
                                    line_start=line, line_end=line),
                  rule="track.target.v1", issued=report)


def obs(indicator: str, year: int, value: float, *, report: int, line: int, surface: str,
        scope: Scope = "annual", period: tuple[int, int] | None = None) -> Observation:
    ind = by_name(indicator)
    return Observation(id=f"o-{indicator}-{year}-{scope}-{line}", jurisdiction="中华人民共和国", indicator=indicator,
                       unit=ind.unit, year=year, value=value, scope=scope, period=period, origin="extracted",
                       evidence=Evidence(source=REPORT.format(report), surface=surface, doc=f"doc{report}",
                                         line_start=line, line_end=line),
                       rule="track.observation.v1", issued=report)
