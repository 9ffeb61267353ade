"""Target correspondence: the same indicator targeted by a lower and an upper document.

Targets match on their metric (the measures stage's canonical metric, else the metric as written)
and unit. Each target has a horizon: a plan's target without another year is for the plan's end
(``plan``), a work report's target or a plan's 到2022年 is for one year (``annual``). Targets of
different horizons are linked with ``period_mismatch`` and not compared. Otherwise the lower target
is ``stricter``, ``equal`` or ``looser`` than the upper one, in the indicator's direction (up unless
the measure says down or caps it: 控制在…以内).
"""

from __future__ import annotations

from collections import defaultdict

from plantrace.models.links import End, Link, PlanDoc, Target

RULE = "link.target.v1"
MIN_METRIC = 3


def horizon(doc: PlanDoc, target: Target) -> tuple[str, int | None]:
    period = doc.period
    if period and period[1] > period[0]:
        if target.year is None or target.year >= period[1]:
            return "plan", period[1]
        return "annual", target.year
    return "annual", target.year if target.year is not None else (period[1] if period else None)


def compare(lower: Target, upper: Target) -> str | None:
    if lower.value is None or upper.value is None or lower.unit != upper.unit:
        return None
    if abs(lower.value - upper.value) < 1e-9:
        return "equal"
    down = lower.direction == "down" or lower.comparator == "<=" or upper.comparator == "<="
    higher = lower.value > upper.value
    return "stricter" if higher != down else "looser"


def target_links(lower: PlanDoc, upper: PlanDoc) -> list[Link]:
    by_metric: dict[tuple[str, str], list[Target]] = defaultdict(list)
    for target in upper.targets:
        if len(target.metric) >= MIN_METRIC:
            by_metric[(target.metric, target.unit)].append(target)
    links = []
    for target in lower.targets:
        if target.line in lower.retro_lines:
            continue
        for other in by_metric.get((target.metric, target.unit), ()):
            links.append(_link(lower, upper, target, other))
    return links


def _link(lower: PlanDoc, upper: PlanDoc, mine: Target, theirs: Target) -> Link:
    mine_h, theirs_h = horizon(lower, mine), horizon(upper, theirs)
    mismatch = mine_h != theirs_h
    comparison = None if mismatch else compare(mine, theirs)
    details = {
        "lower_measure": mine.row, "upper_measure": theirs.row, "comparison": comparison,
        "period_mismatch": mismatch, "lower_horizon": list(mine_h), "upper_horizon": list(theirs_h),
        "metric": mine.metric,
    }
    verdict = "period mismatch, not compared" if mismatch else (comparison or "not comparable")
    evidence = f"{mine.metric}: {mine.surface} ({_h(mine_h)}) / {theirs.surface} ({_h(theirs_h)}): {verdict}"
    return Link(
        lower=_end(lower, mine), upper=_end(upper, theirs), relation="target",
        score=1.0 if comparison else 0.5, evidence=evidence, rule=RULE, details=details,
    )


def _h(h: tuple[str, int | None]) -> str:
    return f"{h[0]} {h[1]}" if h[1] else h[0]


def _end(doc: PlanDoc, target: Target) -> End:
    node = next((p.node for p in doc.passages if p.line == target.line), "")
    path = next((p.path for p in doc.passages if p.line == target.line), ())
    return End(doc.id, node, target.line, target.line, target.start, target.end, path)
