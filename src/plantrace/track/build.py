"""Targets and observations from extracted measures (plain rows), with the scope each is meant in.

A measure row is the ``plantrace targets --json`` row plus the document's ``jurisdiction``,
``level``, ``doc_type``, ``issued_year``, ``doc_period`` and the ``heading`` path and ``line_text``
of its line. When the measures stage gives ``scope``/``period`` (the facts contract addition) they
are used as given; otherwise the scope is read from the words around the number (rule
``track.scope.v1``): 年均 is a period average; a count or a reduction in a five-year context
(十三五, 今后五年, 过去五年, 累计) is a period total; everything else is one year's value.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from plantrace.track.indicators import match, simplified
from plantrace.track.model import Evidence, Observation, Scope, Target, TrackComparator

Row = Mapping[str, Any]

TARGET_RULE = "track.target.v1"
OBSERVATION_RULE = "track.observation.v1"
RELATIONAL_RULE = "track.relational_target.v1"

_PLANS = {"十五": 2001, "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
# 十三五规划 / “十三五”时期 / “十三五”以来 name a period; “十三五”末 is a point in time (a baseline), not one
_PLAN = re.compile(r"(?<![一二三四五六七八九十百第])(十[一二三四五]?五)(?:[”\"](?!末)|规划|计划|时期|期间|以来)")
_NUMERALS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_SPAN = re.compile(r"(今后|未来|过去|近|前|这)?([二两三四五六七八九十])年(来|累计|间|内|中)?")
_AVERAGE = re.compile(r"年均|平均每年|每年平均|年平均")
_CUMULATIVE = re.compile(r"累计|合计|总计")
_ONE_YEAR = re.compile(r"去年|过去一年|上年|全年|今年|当年|明年")
_CLAUSE_END = re.compile(r"[，,；;。：:！!？?、]")
_SENTENCE_END = re.compile(r"[。；;！!？?]")
_RESTATED = re.compile(r"目标|年初确定|预期|计划")
_LIST_CUT = re.compile(r"[，,；;。：:！!？?]")
_STRICT = re.compile(r"约束性")
_EXPECTED = re.compile(r"预期性|预期目标")
_RELATION = re.compile(
    r"(城乡居民(?:人均)?收入|居民(?:人均可支配)?收入)(?:实际)?增长?(?:和|与|同)(?:经济增长|经济发展|经济增速)"
    r"(?:保持|基本|实现)?(同步|基本同步)"
    r"|(城乡居民(?:人均)?收入|居民(?:人均可支配)?收入)(?:增长|增速)?(高于|快于)(?:经济增长|经济增速)"
)


def content_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def clause_before(text: str, start: int) -> str:
    """The clause that ends where the number starts."""
    head = text[:start]
    cuts = [m.end() for m in _CLAUSE_END.finditer(head)]
    return head[cuts[-1]:] if cuts else head


def plan_period(text: str) -> tuple[int, int] | None:
    """(start, end) of the last five-year plan named in ``text`` (十三五 -> 2016-2020)."""
    found = _PLAN.findall(simplified(text))
    if not found:
        return None
    start = _PLANS.get(found[-1])
    return (start, start + 4) if start else None


def span_years(text: str) -> tuple[str, int] | None:
    """('future'|'past', N) for 今后五年 / 过去五年 / 近三年 / 五年来 … in ``text``."""
    found = list(_SPAN.finditer(text))
    if not found:
        return None
    m = found[-1]
    n = _NUMERALS[m.group(2)]
    if n < 2:
        return None
    when = "future" if m.group(1) in ("今后", "未来") else "past" if m.group(1) or m.group(3) else "future"
    return when, n


# which scopes given by the measures stage are taken as they are (the rest is read here)
SCOPE_FROM_MEASURES: tuple[str, ...] = ("period_average", "period_cumulative")


def read_scope(row: Row, stance: str) -> tuple[Scope, tuple[int, int] | None]:
    """How a number is meant: one year, a period average or a period total (track.scope.v1).

    The period comes from the number's own sentence (its framing first clause and its own clause:
    五年累计，… / 今后五年…年均), else from the framing clauses that open the line (这五年，…), unless
    the sentence names one year (去年, 全年); a target may also take it from its heading (十三五时期
    主要目标) or from its plan document's period.
    """
    given = row.get("measure_scope")
    if given in SCOPE_FROM_MEASURES and row.get("measure_period_start") and row.get("measure_period_end"):
        return given, (int(row["measure_period_start"]), int(row["measure_period_end"]))
    text = simplified(str(row.get("line_text") or ""))
    start = int(row.get("start") or 0)
    before = text[:start]
    sentence = _SENTENCE_END.split(before)[-1]
    clause = clause_before(text, start)
    frame = _first_clause(sentence) + "|" + clause
    context = plan_period(frame) or _span_period(frame, row, stance)
    if context is None and not _ONE_YEAR.search(sentence):
        opening = "|".join(_first_clause(s) for s in _SENTENCE_END.split(before)[:2])
        context = plan_period(opening) or _span_period(opening, row, stance)
        if context is None and stance == "target":
            context = plan_period(str(row.get("heading") or "")) or _doc_period(row)
    if _AVERAGE.search(clause):
        return "period_average", context or _span_period(clause, row, stance)
    if context and (_CUMULATIVE.search(sentence) or _period_total_kind(row)):
        return "period_cumulative", context
    return "annual", None


def _first_clause(sentence: str) -> str:
    return _CLAUSE_END.split(sentence, maxsplit=1)[0]


def _period_total_kind(row: Row) -> bool:
    kind = row.get("kind")
    return kind in ("count", "change") or (kind == "growth" and row.get("direction") == "down")


def _span_period(text: str, row: Row, stance: str) -> tuple[int, int] | None:
    span = span_years(text)
    if span is None:
        return None
    when, n = span
    issued = row.get("issued_year")
    year = row.get("year")
    if when == "future" and issued:
        return int(issued), int(issued) + n - 1
    if when == "past" and year:
        return int(year) - n + 1, int(year)
    return None


def _doc_period(row: Row) -> tuple[int, int] | None:
    period = row.get("doc_period")
    if period and period[0] and period[1] and int(period[1]) > int(period[0]):
        return int(period[0]), int(period[1])
    return None


def _evidence(row: Row) -> Evidence:
    line = int(row["line_start"] if row.get("line_start") is not None else row["line"])
    return Evidence(source=str(row["source"]), surface=str(row["surface"]), doc=str(row["doc"]),
                    line_start=line, line_end=int(row.get("line_end") or line),
                    start=row.get("start"), end=row.get("end"))


def _value(row: Row, factor: float, reduction: bool) -> tuple[float | None, float | None]:
    value, value_max = row.get("value"), row.get("value_max")
    sign = -1.0 if reduction and row.get("direction") == "up" else 1.0
    v = None if value is None else float(value) * factor * sign
    vmax = None if value_max is None else float(value_max) * factor * sign
    if v is not None and vmax is not None and vmax < v:
        v, vmax = vmax, v
    return v, vmax


_PAST = re.compile(r"(?:前|近|过去)[二两三四五六七八九十]年|[二两三四五六七八九十]年来|[二两三四五六七八九十]年累计")
_FROM = re.compile(r"[由从][^到为至]*$")


def stance_of(row: Row) -> str:
    """The measure's stance, except that a total of past years (前四年累计…) is a result (track.stance.v1)."""
    stance = str(row.get("stance"))
    if stance == "target":
        clause = clause_before(simplified(str(row.get("line_text") or "")), int(row.get("start") or 0))
        if _PAST.search(clause):
            return "actual"
    return stance


def is_from_value(row: Row) -> bool:
    """由A转为B / 从A降到B: A is the earlier value, not the one the year reports."""
    head = simplified(str(row.get("line_text") or ""))[: int(row.get("start") or 0)]
    cuts = [m.end() for m in _LIST_CUT.finditer(head)]
    clause = head[cuts[-1]:] if cuts else head
    return bool(_FROM.search(clause))


def is_restated_target(row: Row) -> bool:
    """没有实现年初确定的…4%左右: a target named again in a review is not a result."""
    clause = clause_before(simplified(str(row.get("line_text") or "")), int(row.get("start") or 0))
    return bool(_RESTATED.search(clause))


def inherit_metrics(rows: Iterable[Row]) -> list[dict[str, Any]]:
    """A number whose metric phrase is only a verb (转为下降1.2%) takes the metric of the number
    before it in the same sentence of the same line (track.metric_carry.v1)."""
    out: list[dict[str, Any]] = []
    for row in rows:
        current = dict(row)
        prev = out[-1] if out else None
        if (prev is not None and not current.get("metric_canonical") and len(str(current.get("metric") or "")) <= 2
                and prev.get("doc") == current.get("doc") and prev.get("line") == current.get("line")
                and prev.get("metric_canonical") and prev.get("unit") == current.get("unit")):
            between = str(current.get("line_text") or "")[int(prev.get("end") or 0):int(current.get("start") or 0)]
            if not _SENTENCE_END.search(between):
                current["metric"] = prev.get("metric")
                current["metric_canonical"] = prev.get("metric_canonical")
        out.append(current)
    return out


def target_from(row: Row) -> Target | None:
    """A target from one promise (stance target), or None when it names no tracked indicator."""
    if stance_of(row) != "target" or row.get("missing_value") or row.get("value") is None:
        return None
    found = match(str(row.get("metric") or ""), row.get("metric_canonical"), str(row.get("kind")),
                  str(row.get("unit")))
    if found is None:
        return None
    indicator, factor = found
    scope, period = read_scope(row, "target")
    year = period[1] if period and scope != "annual" else row.get("year") or row.get("issued_year")
    if year is None:
        return None
    value, value_max = _value(row, factor, indicator.reduction)
    comparator: TrackComparator = row.get("comparator") or "="
    evidence = _evidence(row)
    text = simplified(str(row.get("line_text") or ""))
    kind = "约束性" if _STRICT.search(text) else "预期性" if _EXPECTED.search(text) else None
    ident = content_id(row["jurisdiction"], indicator.name, scope, year, period, evidence.doc, evidence.line_start,
                       evidence.start)
    return Target(id=ident, jurisdiction=str(row["jurisdiction"]), indicator=indicator.name, unit=indicator.unit,
                  direction=indicator.direction, scope=scope, year=int(year), period=period, value=value,
                  value_max=value_max, comparator=comparator, evidence=evidence, rule=TARGET_RULE, type=kind,
                  issued=row.get("issued_year"))


def observation_from(row: Row) -> Observation | None:
    """An observation from one result (stance actual) whose year is known."""
    if stance_of(row) != "actual" or row.get("missing_value") or row.get("value") is None:
        return None
    if is_from_value(row) or is_restated_target(row):
        return None
    if row.get("year") is None:
        return None
    found = match(str(row.get("metric") or ""), row.get("metric_canonical"), str(row.get("kind")),
                  str(row.get("unit")))
    if found is None:
        return None
    indicator, factor = found
    scope, period = read_scope(row, "actual")
    value, _ = _value(row, factor, indicator.reduction)
    assert value is not None
    year = int(row["year"])
    if period and scope != "annual":
        period = _observed_period(row, period, year)
        year = period[1]
    evidence = _evidence(row)
    ident = content_id(row["jurisdiction"], indicator.name, year, scope, period, evidence.doc,
                       evidence.line_start, evidence.start)
    return Observation(id=ident, jurisdiction=str(row["jurisdiction"]), indicator=indicator.name,
                       unit=indicator.unit, year=year, value=value, scope=scope, period=period,
                       origin="extracted", evidence=evidence, rule=OBSERVATION_RULE, issued=row.get("issued_year"))


def _observed_period(row: Row, period: tuple[int, int], year: int) -> tuple[int, int]:
    """The years a period result covers: 十一五前四年 is 2006–2009; 五年累计 ends in the stated year."""
    clause_text = simplified(str(row.get("line_text") or ""))[: int(row.get("start") or 0)]
    span = span_years(clause_text)
    plan = plan_period(clause_text)
    if span and plan and span[1] < plan[1] - plan[0] + 1:
        return plan[0], plan[0] + span[1] - 1
    if plan:
        return plan[0], min(plan[1], year)
    return period[0], year


def relational_targets(lines: Iterable[Row]) -> list[Target]:
    """同步 / 高于 targets (居民收入增长和经济增长基本同步) on lines that state a year's targets.

    Each line row has ``doc``, ``source``, ``line``, ``text``, ``jurisdiction`` and ``year``.
    """
    out: list[Target] = []
    for line in lines:
        text = simplified(str(line["text"]))
        for m in _RELATION.finditer(text):
            comparator: TrackComparator = "gt" if m.group(4) else "sync"
            evidence = Evidence(source=str(line["source"]), surface=m.group(0), doc=str(line["doc"]),
                                line_start=int(line["line"]), line_end=int(line["line"]),
                                start=m.start(), end=m.end())
            ident = content_id(line["jurisdiction"], "relational", line["year"], line["doc"], line["line"], m.start())
            out.append(Target(id=ident, jurisdiction=str(line["jurisdiction"]), indicator="居民人均可支配收入实际增长",
                              unit="%", direction="up", scope="annual", year=int(line["year"]), period=None,
                              value=None, value_max=None, comparator=comparator, evidence=evidence,
                              rule=RELATIONAL_RULE, type=None, issued=line.get("issued_year")))
    return out


def dedupe_targets(targets: Iterable[Target]) -> list[Target]:
    """One target per jurisdiction, indicator, scope, year and period: the earliest statement wins."""
    ordered = sorted(targets, key=lambda t: (t.issued or 0, t.evidence.source, t.evidence.line_start or 0,
                                             t.evidence.start or 0))
    seen: dict[tuple[object, ...], Target] = {}
    for t in ordered:
        key = (t.jurisdiction, t.indicator, t.scope, t.year, t.period, t.comparator in ("sync", "gt"))
        seen.setdefault(key, t)
    return sorted(seen.values(), key=lambda t: (t.jurisdiction, t.year, t.indicator, t.scope))
