"""The status engine: named, versioned rules that judge a target against its observations.

Every rule is documented in :data:`RULES`. A missing value is never guessed: a target without a
comparable observation is ``no_data`` (status.no_data.v1).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.track import explain
from plantrace.track.model import EARLY_LABEL, LABELS, Assessment, Observation, Status, Target

APPROX_TOLERANCE = 0.05      # 左右 and bare values: within 5 % of the target value
SYNC_TOLERANCE = 0.5         # 基本同步: at most 0.5 percentage point below the other indicator
AHEAD_RATIO = 1.10           # trajectory: progress seen / progress needed
ON_TRACK_RATIO = 0.95

RULES: dict[str, str] = {
    "status.threshold.v1": "以上/不低于 (>=) or 以内/低于/控制在 (<=): met when the value is on the right side.",
    "status.approx.v1": "左右 or a bare value: met when within 5 % of the target value or beyond it on the "
                        "good side (both sides for a central target such as M2).",
    "status.range.v1": "a range 6.5%－7%: met at or above the lower bound (at or below the upper bound "
                       "for a ceiling; inside it for a central target).",
    "status.period_average.v1": "年均 over a plan period: the reported period average, or the geometric mean "
                                "of every annual value of the period, judged with the target's comparator.",
    "status.cumulative.v1": "累计 over a plan period: the reported period total, or the annual values "
                            "accumulated (counts added, reductions compounded); met early is 提前完成.",
    "status.trajectory.v1": "mid-period, as the UN SDG progress measure: progress seen from the baseline "
                            "against the progress needed by now on the path to the target; ratio >= 1.10 "
                            "ahead, >= 0.95 on track, else lagging.",
    "status.relational.v1": "同步 / 高于 another indicator (居民收入 against 经济增长): met when the value is "
                            "at least the other's value of the same year (less 0.5 point for 基本同步/同步).",
    "status.no_data.v1": "no comparable value for that indicator and year in a later document or in "
                         "imported or entered data: 无数据, never a guess.",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    status: Status
    rule: str
    words: str
    observation: Observation | None = None
    used: tuple[Observation, ...] = ()
    progress: float | None = None
    early: bool = False


def assess(
    target: Target, observations: Sequence[Observation], *, related: Sequence[Observation] = (),
    as_of: int | None = None,
) -> Assessment:
    """Judge one target against the chosen observations of its indicator (and of the related one)."""
    seen = [o for o in observations if as_of is None or o.year <= as_of]
    if target.comparator in ("sync", "gt"):
        verdict = _relational(target, seen, [o for o in related if as_of is None or o.year <= as_of])
    elif target.scope == "period_average":
        verdict = _period_average(target, seen)
    elif target.scope == "period_cumulative":
        verdict = _cumulative(target, seen)
    else:
        verdict = _annual(target, seen)
    label = EARLY_LABEL if verdict.early else LABELS[verdict.status]
    extra = _extra(verdict)
    text = explain.sentence(target, verdict.observation, f"{verdict.words}，判为{label}", verdict.rule, extra)
    return Assessment(target=target, observation=verdict.observation, status=verdict.status, label=label,
                      rule=verdict.rule, explanation=text, as_of=as_of, progress=verdict.progress,
                      used=verdict.used or ((verdict.observation,) if verdict.observation else ()))


def _extra(verdict: Verdict) -> str:
    if len(verdict.used) <= 1:
        return ""
    parts = "、".join(f"{o.year}年{explain.number(o.value)}（{explain.cite(o.evidence)}）" for o in verdict.used)
    return f"；所据各年数值：{parts}"


# -- comparing one value ------------------------------------------------------------------------

def meets(target: Target, value: float) -> bool:
    """Whether ``value`` satisfies the target's comparator, given the indicator's direction."""
    t, hi, direction = target.value, target.value_max, target.direction
    if t is None:
        return False
    if target.comparator == ">=":
        return value >= t
    if target.comparator == "<=":
        return value <= t
    if target.comparator == "range" and hi is not None:
        if direction == "up":
            return value >= t
        if direction == "down":
            return value <= hi
        return t <= value <= hi
    tolerance = APPROX_TOLERANCE * abs(t)
    if direction == "up":
        return value >= t - tolerance - 1e-9
    if direction == "down":
        return value <= t + tolerance + 1e-9
    return abs(value - t) <= tolerance + 1e-9


def comparison_rule(target: Target) -> str:
    if target.comparator in (">=", "<="):
        return "status.threshold.v1"
    if target.comparator == "range":
        return "status.range.v1"
    return "status.approx.v1"


def _judge(target: Target, observation: Observation, rule: str, used: tuple[Observation, ...] = ()) -> Verdict:
    ok = meets(target, observation.value)
    words = "达到目标" if ok else "未达到目标"
    return Verdict("met" if ok else "not_met", rule, words, observation, used)


NO_DATA = Verdict("no_data", "status.no_data.v1", "没有可比数值")


def _pick(observations: Sequence[Observation], scope: str, year: int,
          period: tuple[int, int] | None = None) -> Observation | None:
    for o in observations:
        if o.scope == scope and o.year == year and (period is None or o.period == period):
            return o
    return None


def _annual(target: Target, seen: Sequence[Observation]) -> Verdict:
    found = _pick(seen, "annual", target.year)
    if found is not None:
        return _judge(target, found, comparison_rule(target))
    if target.period and target.period[1] == target.year:
        return _level_trajectory(target, seen)
    return NO_DATA


# -- plan periods -------------------------------------------------------------------------------

def _annual_run(target: Target, seen: Sequence[Observation]) -> list[Observation]:
    """Annual values from the period's first year up to the latest one reported, without a gap.

    A gap is neither filled nor skipped: with a later year reported but one before it missing,
    there is no run at all (the trajectory is then 无数据 unless a period figure covers it).
    """
    assert target.period is not None
    run: list[Observation] = []
    for year in range(target.period[0], target.period[1] + 1):
        found = _pick(seen, "annual", year)
        if found is None:
            break
        run.append(found)
    latest = max((o.year for o in seen if o.scope == "annual" and target.period[0] <= o.year <= target.period[1]),
                 default=None)
    if run and latest is not None and run[-1].year < latest:
        return []
    return run


def _period_average(target: Target, seen: Sequence[Observation]) -> Verdict:
    if target.period is None or target.value is None:
        return NO_DATA
    final = _pick(seen, "period_average", target.period[1], target.period)
    if final is not None:
        return _judge(target, final, "status.period_average.v1")
    run = _annual_run(target, seen)
    if not run:
        partial = _latest_partial(seen, "period_average", target.period)
        if partial is None:
            return NO_DATA
        return _ratio_verdict(target, partial, partial.value / target.value if target.value else None, (partial,))
    mean = (math.prod(1 + o.value / 100 for o in run) ** (1 / len(run)) - 1) * 100
    if len(run) == target.period[1] - target.period[0] + 1:
        ok = meets(target, mean)
        words = f"各年几何平均{explain.number(round(mean, 2))}%，{'达到' if ok else '未达到'}目标"
        return Verdict("met" if ok else "not_met", "status.period_average.v1", words, run[-1], tuple(run))
    ratio = mean / target.value if target.direction != "down" else target.value / mean if mean else None
    return _ratio_verdict(target, run[-1], ratio, tuple(run), f"已有各年几何平均{explain.number(round(mean, 2))}%")


def _latest_partial(seen: Sequence[Observation], scope: str, period: tuple[int, int]) -> Observation | None:
    partial = [o for o in seen if o.scope == scope and o.period and o.period[0] == period[0]
               and o.period[1] < period[1]]
    return max(partial, key=lambda o: o.year) if partial else None


def _cumulative(target: Target, seen: Sequence[Observation]) -> Verdict:
    if target.period is None or target.value is None:
        return NO_DATA
    final = _pick(seen, "period_cumulative", target.period[1], target.period)
    if final is not None:
        return _judge(target, final, "status.cumulative.v1")
    partial = _latest_partial(seen, "period_cumulative", target.period)
    run = _annual_run(target, seen)
    total = _accumulate(target, run) if run else None
    if partial is not None and (not run or partial.year >= run[-1].year):
        return _cumulative_so_far(target, partial, partial.value, (partial,))
    if run and total is not None:
        if len(run) == target.period[1] - target.period[0] + 1:
            ok = meets(target, total)
            return Verdict("met" if ok else "not_met", "status.cumulative.v1",
                           f"各年累计{explain.number(round(total, 2))}{target.unit}，{'达到' if ok else '未达到'}目标",
                           run[-1], tuple(run))
        return _cumulative_so_far(target, run[-1], total, tuple(run))
    return NO_DATA


def _accumulate(target: Target, run: Sequence[Observation]) -> float:
    if target.unit == "%":   # a rate of change: compound
        return (1 - math.prod(1 - o.value / 100 for o in run)) * 100
    return sum(o.value for o in run)


def _cumulative_so_far(target: Target, latest: Observation, total: float,
                       used: tuple[Observation, ...]) -> Verdict:
    assert target.period is not None and target.value is not None
    if target.direction != "down" and meets(target, total):
        return Verdict("met", "status.cumulative.v1",
                       f"到{latest.year}年累计{explain.number(round(total, 2))}{target.unit}，已提前达到目标",
                       latest, used, early=True)
    span = target.period[1] - target.period[0] + 1
    elapsed = latest.year - target.period[0] + 1
    if target.unit == "%":
        needed = (1 - (1 - target.value / 100) ** (elapsed / span)) * 100
    else:
        needed = target.value * elapsed / span
    ratio = total / needed if needed else None
    return _ratio_verdict(target, latest, ratio, used,
                          f"到{latest.year}年累计{explain.number(round(total, 2))}{target.unit}，"
                          f"按进度应约{explain.number(round(needed, 2))}{target.unit}")


def _level_trajectory(target: Target, seen: Sequence[Observation]) -> Verdict:
    """A level to reach by the end year, judged mid-period from the baseline year's value."""
    assert target.period is not None
    if target.value is None:
        return NO_DATA
    base = _pick(seen, "annual", target.period[0] - 1)
    later = [o for o in seen if o.scope == "annual" and target.period[0] <= o.year < target.period[1]]
    if base is None or not later:
        return NO_DATA
    latest = max(later, key=lambda o: o.year)
    if meets(target, latest.value) and target.direction != "target":
        return Verdict("met", "status.trajectory.v1", "已提前达到目标", latest, (base, latest), early=True)
    span = target.period[1] - base.year
    needed = base.value + (target.value - base.value) * (latest.year - base.year) / span
    ratio = (latest.value - base.value) / (needed - base.value) if needed != base.value else None
    return _ratio_verdict(target, latest, ratio, (base, latest),
                          f"基期{base.year}年{explain.number(base.value)}，按进度{latest.year}年应约"
                          f"{explain.number(round(needed, 2))}")


def _ratio_verdict(target: Target, latest: Observation, ratio: float | None, used: tuple[Observation, ...],
                   words: str = "") -> Verdict:
    if ratio is None:
        return NO_DATA
    status: Status = "ahead" if ratio >= AHEAD_RATIO else "on_track" if ratio >= ON_TRACK_RATIO else "lagging"
    lead = f"{words}，" if words else ""
    return Verdict(status, "status.trajectory.v1", f"{lead}进度比{ratio:.2f}", latest, used, progress=round(ratio, 3))


# -- relational ---------------------------------------------------------------------------------

def _relational(target: Target, seen: Sequence[Observation], related: Sequence[Observation]) -> Verdict:
    own = _pick(seen, "annual", target.year)
    other = _pick(related, "annual", target.year)
    if own is None or other is None:
        return NO_DATA
    slack = SYNC_TOLERANCE if target.comparator == "sync" else 0.0
    ok = own.value >= other.value - slack if target.comparator == "sync" else own.value > other.value
    words = f"对照{other.indicator}{explain.number(other.value)}{other.unit}（{explain.cite(other.evidence)}）"
    return Verdict("met" if ok else "not_met", "status.relational.v1",
                   f"{words}，{'达到' if ok else '未达到'}{'同步' if target.comparator == 'sync' else '高于'}要求",
                   own, (own, other))
