"""Turn the quantities of one line into Measures: comparator, kind, metric, year, stance, rule."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from plantrace.extract.measures import context as C
from plantrace.extract.measures import reach
from plantrace.extract.measures import timeline as T
from plantrace.extract.measures.clauses import clause_stance, stated_present, stated_promise
from plantrace.extract.measures.deeds import deed_objects, deeds_done, shared_predicates
from plantrace.extract.measures.drafts import Draft
from plantrace.extract.measures.hit import Hit
from plantrace.extract.measures.joining import (
    broken_name,
    comparator_broken_off,
    continues_number,
    joined_numbers,
    unit_broken_off,
)
from plantrace.extract.measures.metric import (
    canonical,
    list_tail,
    metric_phrase,
    share_of_things,
)
from plantrace.extract.measures.nouns import noun_after, scale_name, voltage_class
from plantrace.extract.measures.pairing import (
    LIST_JOINERS,
    counted_attributes,
    inherit_metrics,
    shares_kind,
)
from plantrace.extract.measures.ranks import name_ranks, rank_metric, ranking_cut
from plantrace.extract.measures.respectively import distribute, given_to_all
from plantrace.extract.measures.rules import kind_rule, rule
from plantrace.extract.measures.scan import scan
from plantrace.extract.measures.scope import ANNUAL, Coverage, coverage
from plantrace.extract.measures.thresholds import threshold_metric
from plantrace.extract.measures.topics import (
    attributes_of_after,
    given_things,
    respective_shares,
    shares_put_to_use,
    spent_on,
    topic_names,
)
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.extract.measures.year_marks import frames, own_time_frame, qualifies
from plantrace.models import Line, Measure

_SHAPE_RULES = {
    "range": "measure.range.v1", "fraction": "measure.fraction.v1", "missing": "measure.missing.v1",
    "missing_year": "measure.missing_year.v1", "ratio": "measure.ratio.v1", "rank": "measure.rank.v1",
    "doubling": "measure.doubling.v1", "top": "measure.rank.v1", "scale": "measure.scale.v1",
    "class": "measure.scale.v1", "rank_change": "measure.rank.v1", "place_class": "measure.scale.v1",
}
# 从1795亿元增加到, 由平均2900元, 由全省第4位跃升至第3位: a start value (a rank named by its table too)
# (从年初的400P增加到8400P: the year's start, the end of the year before)
_BASELINE = re.compile(
    r"(?:从|由)(?:全国|全省|全区|全市|全州|全县)?(?:目前|现在|现有|当前|原来|人均|平均|(?:每[\u4e00-\u9fff]){1,2}|上年|去年|年初)?"
    r"(?:的)?(?:约|近)?$")
_COUNT_DIMENSIONS = {"count", "people", "households", "person_times", "flight_times", "number"}
_MOVES = re.compile(r"到|至|提高|提升|增长|增加|下降|减少|降低|为|达")
_TARGET_YEAR = "目标年份"
_PLAN_GOAL_AFTER = re.compile("的(?:规划|期末)目标")
_GOAL_AFTER = re.compile("的(?:增长)?(?:预期|年度|全年)?目标")
_RESULT_AGAINST_GOAL = re.compile("[,，、]?(?:均|也)?(?:高于|低于|超过|超出|好于|快于|慢于|达到|完成)")
_SUMS = ("亿", "万亿", "亿元", "万亿元")  # 百亿级项目: a class of sums (of money), not of tonnes
_PAIR_JOINERS = ("、", "和", "及", "与")
_MARK_REACH = 1000      # a year stated this far before a value in its line still dates it
_QUALIFIER_REACH = 12   # 69.79亿元(2019年): a bracketed year right after the value


@dataclass(frozen=True, slots=True)
class LineJob:
    doc_id: str
    node_id: str
    line: Line
    profile: T.Profile
    headings: tuple[str, ...]
    region: str | None
    after_review: bool
    carried_year: int | None = None   # the last year stated in earlier lines of the same section
    frame: T.Frame = T.NO_FRAME       # what the paragraph's opening words say (初步统计, 五年来 …)
    next_head: str = ""               # the start of the next line: a unit the page broke off (1200 / 亿元)
    prev_tail: str = ""               # the end of the previous line


def last_year(line: Line, profile: T.Profile) -> int | None:
    """The last year a line states (not a comparison base), to carry into the next lines."""
    marks = [m for m in T.year_marks(line.simp, profile.report_year, profile.late)
             if m.role not in ("baseline", "qualifier")]
    return marks[-1].year if marks else None


def line_measures(job: LineJob) -> list[Measure]:
    line = joined_numbers(job.line)
    if line is not job.line:
        job = replace(job, line=line)
    text = job.line.simp
    carried = unit_broken_off(text, job.next_head) or comparator_broken_off(text, job.next_head)
    hits = [h for h in scan(text + carried) if h.start < len(text)]
    if carried:  # the unit comes from the next line (the surface stays on this one: see _measure)
        text += carried
    if continues_number(text, job.prev_tail):
        hits = [h for h in hits if h.start > 0]  # 万亿元 opening the line is that number's unit
    if not hits:
        return []
    marks = list(T.year_marks(text, job.profile.report_year, job.profile.late)) + [
        T.YearMark(h.start, h.end, T.LOST_YEAR, "to") for h in hits if h.shape == "missing_year"
    ]
    marks.sort(key=lambda m: m.start)
    mark_starts = [m.start for m in marks]
    hit_starts = [h.start for h in hits]
    drafts: list[Draft] = []
    for i, hit in enumerate(hits):
        # only the time expressions within reach of the value (keeps the work linear in the line)
        near = marks[bisect.bisect_left(mark_starts, hit.start - _MARK_REACH):
                     bisect.bisect_right(mark_starts, hit.start + _QUALIFIER_REACH)]
        earlier = _Earlier(hit_starts, i)
        drafts.append(ranking_cut(text, hit) or _draft(job, text, hit, near, drafts[-1] if i else None, earlier))
    distribute(text, drafts)
    # 2024年、2025年分别发行1万亿元、1.3万亿元: each value its year (a milestone passed, 2019年、2021年…分别迈过
    # 7000亿元、8000亿元大关, keeps none: kind other)
    for i, year in T.listed_years(text, [(h.start, h.end) for h in hits]).items():
        if drafts[i].kind == "other":
            continue
        drafts[i].year = year
        drafts[i].stance = T.stance_from_year(year, job.profile) or drafts[i].stance
    for i, draft in enumerate(drafts):
        if draft.rule != "measure.distributed.v1" and not given_to_all(text, drafts, i):
            # (6处煤矿、产能1400万吨/年: the first item is the value before's noun, no item of a shared list)
            first = draft.metric.split("、", 1)[0] + "、"
            owned = i > 0 and text[drafts[i - 1].hit.end:draft.hit.start].startswith(first)
            draft.metric = list_tail(draft.metric, shared=not owned)
    attributes_of_after(text, drafts)
    topic_names(text, drafts)
    inherit_metrics(text, drafts)
    counted_attributes(text, drafts)
    given_things(text, drafts)
    respective_shares(text, drafts)
    shares_put_to_use(text, drafts)
    spent_on(text, drafts)
    name_ranks(text, drafts)
    deeds_done(text, drafts)
    deed_objects(text, drafts)
    shared_predicates(text, drafts)
    return [_measure(job, d) for d in drafts]


@dataclass(frozen=True, slots=True)
class _Earlier:
    """The values before the ``i``-th of a line, by their starts (a binary search, not a scan)."""

    starts: list[int]
    i: int

    def any_between(self, lo: int, hi: int) -> bool:
        """Whether an earlier value starts in ``[lo, hi)``."""
        j = bisect.bisect_left(self.starts, lo, 0, self.i)
        return j < self.i and self.starts[j] < hi


def _draft(
    job: LineJob, text: str, hit: Hit, marks: list[T.YearMark], prev: Draft | None, earlier: _Earlier
) -> Draft:
    clause_start = _own_start(text, hit, prev)
    listed = prev is not None and bool(LIST_JOINERS.match(text[prev.hit.end:hit.start]))
    restated = prev is not None and text[prev.hit.end:hit.start] in ("(", "（")  # 增加351千公顷(526万亩)
    kind = prev.kind if prev is not None and (restated or shares_kind(
        prev.kind, _same_dimension(prev.hit, hit) or _growth_pair(prev, hit), text[prev.hit.end:hit.start])
    ) else C.kind(text, hit, clause_start)
    count_like = _dimension(hit.unit) in _COUNT_DIMENSIONS
    if hit.shape == "missing_year":  # 到年: the lost year a target is to be reached by
        metric = _TARGET_YEAR if text[max(0, hit.start - 1):hit.start] in ("到", "至") else ""
    else:
        metric = broken_name(job.prev_tail, text, clause_start,
                             metric_phrase(text, clause_start, hit.start, hit.end, count_like))
    if hit.shape in ("rank", "top", "rank_change"):
        metric = rank_metric(metric)
    elif hit.shape in ("scale", "class") and hit.milestone:  # 跨过4个千亿级台阶: a milestone, named by what passed it
        metric = threshold_metric(text, clause_start, hit, _dimension(hit.unit))
    elif hit.shape in ("scale", "class"):  # 千亿级产业链, 千万吨炼化一体化项目: the scale of what follows
        metric = _scale_metric(text, hit, metric)
    elif _dimension(hit.unit) == "voltage":  # 500千伏楚庭输变电工程: the class of what follows
        metric = voltage_class(text, hit.end, metric)
    elif kind == "share" and hit.unit in ("%", "％"):  # 有95%的煤电机组实现了超低排放: those things' share
        metric = share_of_things(text, hit.start, hit.end, metric) or metric
    year, stance = _named_goal(text, hit, prev, *_time(job, text, hit, marks, earlier, clause_start))
    direction = C.direction(text, hit, clause_start) or (prev.direction if listed and prev else None)
    sentence_start, _ = C.sentence_bounds(text, hit.start)
    whole_clause, _ = C.clause_bounds(text, hit.start)
    covers = _over_plan(job, text, hit, clause_start, coverage(
        text, (sentence_start, whole_clause, clause_start), hit, kind, stance, job.profile, job.headings, marks,
        year, job.frame))
    if covers.period is not None:
        year = covers.period[1]  # a period figure stands for the period's end year
        if covers.named:  # 十五五 goals in a 2026 report are promises, 十四五 figures results
            stance = T.stance_from_year(year, job.profile) or stance
    comparator = C.comparator_across(job.prev_tail, text, hit, clause_start)
    if hit.shape == "top":  # 前8位: at most the 8th
        kind, comparator = "rank", "<="
    elif hit.shape in ("scale", "class"):  # a threshold of no year: at least the scale (千亿级), or the class
        kind, year, covers = "other", None, ANNUAL  # itself (千万吨炼化一体化)
        comparator = ">=" if hit.shape == "scale" else comparator
    elif hit.threshold and not (hit.milestone and stance == "target"):  # 10亿元以上的项目, 3岁以下婴幼儿: a
        # condition on what is counted, of no year; a milestone passed too (迈上3万亿元台阶 as a goal is a level)
        metric = threshold_metric(text, clause_start, hit, _dimension(hit.unit))
        kind, year, stance, covers = "other", None, "actual", ANNUAL
        comparator = ">=" if hit.shape == "place_class" else comparator  # 千亿县: at least 千亿
        return Draft(hit, metric, comparator, kind, year, stance, rule(_SHAPE_RULES["scale"]), direction, covers)
    return Draft(hit, metric, comparator, kind, year, stance, _rule(hit, kind), direction, covers)


_CLASS_LISTED = "、和及与,，"


def _scale_metric(text: str, hit: Hit, metric: str) -> str:
    """千亿级产业链 -> 产业链规模, 百亿级项目 -> 项目投资规模; 过货量跃上千万吨位 (no noun after the class) -> what the
    clause measures + 规模."""
    noun = noun_after(text, hit.end)
    if hit.shape == "class" and len(noun) < 2:
        noun = metric
    return scale_name(noun, hit.unit in _SUMS)


def _qualifying_class(text: str, hit: Hit) -> bool:
    """其中百亿级项目25个: a scale class right before the noun a later value counts is part of that name (not one
    of a list of classes, 形成1个千亿级、3个…)."""
    return hit.shape == "scale" and text[hit.end:hit.end + 1] not in _CLASS_LISTED


def _own_start(text: str, hit: Hit, prev: Draft | None) -> int:
    """Where the words that may name the value at ``hit`` start: its clause, after the value before it in the
    clause (纳税千万元以上企业37家: a threshold before a value is part of its name), after that value's own noun
    (2100万千瓦火电机组、2812万吨钢铁产能: the noun before is the value before's)."""
    clause_start, _ = C.clause_bounds(text, hit.start)
    if prev is None or prev.hit.end <= clause_start or prev.hit.threshold or _qualifying_class(text, prev.hit):
        return clause_start
    if prev.metric and text.startswith(prev.metric, prev.hit.end) and (
            text[prev.hit.end + len(prev.metric):hit.start] in _PAIR_JOINERS):
        return hit.start
    return prev.hit.end


def _time(
    job: LineJob, text: str, hit: Hit, marks: list[T.YearMark], earlier: _Earlier, clause_start: int
) -> tuple[int | None, str]:
    """(year, stance) of the value at ``hit``: stated years first, then the section and document; a goal of
    the plan a review looks back on (规划期末目标为6.1%, 高于年均增长8.5%左右的规划目标) is of its end year."""
    plan = _plan_goal(job, text, hit, clause_start)
    if plan is not None:
        return plan[1], "target"
    year, explicit = _year(text, hit, marks, earlier)
    if year != T.LOST_YEAR and _BASELINE.search(text, clause_start, hit.start):
        start, reached = _span_start(text, hit, marks) if explicit else (None, False)
        if start is not None:
            year = start  # 2020年到2025年，…比重从17.9%提升到35.5%: the span's first year
        elif not explicit or reached:
            year = None  # 五年来，…从1795亿元增加到5260亿元; 到2020年，…从人均8.7万元提高到12万元: a start value
    lost = year == T.LOST_YEAR
    year = None if lost else year
    context_year = year if year is not None or lost else _year(text, hit, marks, earlier, framed=False)[0]
    context_year = None if context_year == T.LOST_YEAR else context_year
    relative = context_year is not None and any(
        m.role == "relative" and m.end <= hit.start and m.year == context_year and frames(text, m, hit)
        for m in marks)
    stance = _stance(job, text, hit, context_year, explicit or relative, earlier.starts)
    if year is not None and not explicit and T.stance_from_year(year, job.profile) not in (None, stance):
        year = None  # 提出到2020年…。新增装机4.45亿千瓦: a year of an earlier sentence that contradicts the stance
    if year is not None or lost or hit.shape == "missing_year":
        return year, stance
    if stance == "target":
        year = T.horizon_year(text[max(0, hit.start - 4):hit.start], job.profile)
    if year is None and _BASELINE.search(text, clause_start, hit.start):
        return _baseline_year(job, text, hit.start, stance), "actual"  # 从47.5%提高到51.5%
    if year is None:
        year = T.heading_year(job.headings) if job.region == stance else None
        year = year or T.default_year(stance, job.profile)
    return year, stance


def _named_goal(text: str, hit: Hit, prev: Draft | None, year: int | None, stance: str) -> tuple[int | None, str]:
    """实现6.5%左右的增长预期目标: a value followed by the goal it is is a promise, also where results are
    told; a goal a result is measured against (增长11.3%，低于13%左右的预期目标) is of the result's year."""
    if not _GOAL_AFTER.match(text, hit.end):
        return year, stance
    if prev is not None and prev.stance == "actual" and _RESULT_AGAINST_GOAL.fullmatch(text, prev.hit.end, hit.start):
        return prev.year, "target"
    return year, "target"


def _plan_goal(job: LineJob, text: str, hit: Hit, clause_start: int) -> tuple[int, int] | None:
    """The plan whose goal the value is, in a review of it: 规划期末目标为6.1%, 高于9%左右的规划目标."""
    plan = job.profile.plan
    if plan and ("规划期末" in text[clause_start:hit.start] or _PLAN_GOAL_AFTER.match(text, hit.end)):
        return plan
    return None


def _over_plan(job: LineJob, text: str, hit: Hit, clause_start: int, covers: Coverage) -> Coverage:
    """年均增长8.5%左右的规划目标: an average or a change a review quotes as its plan's goal is over the
    plan's years."""
    if covers.period is None and covers.scope != "annual" and (plan := _plan_goal(job, text, hit, clause_start)):
        return replace(covers, period=plan)
    return covers


def _span_start(text: str, hit: Hit, marks: list[T.YearMark]) -> tuple[int | None, bool]:
    """(year of a start value, whether the sentence's time is a year to reach) from the last time stated
    in the value's sentence before it: a span's first year (2020年到2025年 -> 2020), the year before a
    plan period (“十三五”期间 -> 2015); 到2020年 says when the end value is reached, not the start."""
    sentence_start, _ = C.sentence_bounds(text, hit.start)
    stated = [m for m in marks if sentence_start <= m.start and m.end <= hit.start
              and m.role in ("at", "to") and m.year != T.LOST_YEAR]
    if not stated:
        return None, False
    last = stated[-1]
    if last.role == "to":
        return None, True
    start = T.span_start(text, last)
    if start is None and ("五" in text[last.start:last.end] or words().five_year_frame.search(text, 0, last.start)):
        # a plan period, or the end year of a five-year review (过去五年，…预计2021年…，总量由全省第4位跃升至
        # 第3位): the start value is of the year before the five years
        start = last.year - 5
    return start, False


def _baseline_year(job: LineJob, text: str, pos: int, stance: str) -> int | None:
    """The year of a start value without its own year (从47.5%提高到51.5%).

    Before a promise it is the last known year (the plan's base year). In a review it is the start
    of the span reviewed: five years before its end in a five-year review (五年来, “十二五”时期,
    a plan's 发展基础), else one year before.
    """
    base = T.default_year("actual", job.profile)
    if stance == "target" or base is None:
        return base
    if job.frame.period is not None and not T.heading_year(job.headings):
        return job.frame.period[0] - 1  # 数说厦门“十四五”…●人均地区生产总值从12.5万元增至16万元以上: of 2020
    end = (T.heading_year(job.headings) if job.region == "actual" else None) or base
    # 一、2025年工作总结和“十四五”发展成就: a paragraph of the year's part (no five-year frame) goes one year back
    reviewed_year = job.region == "actual" and T.heading_year(job.headings) is not None and job.frame.period is None
    five_years = job.profile.doc_type in ("fyp_outline", "special_plan") or bool(
        words().five_year_frame.search(text, 0, pos) or (T.heading_plan_period(job.headings) and not reviewed_year)
        or any(words().five_year_frame.search(T.simplified(h)) for h in job.headings))
    return end - (5 if five_years else 1)


def _rule(hit: Hit, kind: str) -> str:
    if hit.shape in _SHAPE_RULES:
        return rule(_SHAPE_RULES[hit.shape])
    return kind_rule(kind)


@functools.lru_cache(maxsize=1024)
def _dimension(unit: str) -> str:
    """The dimension of a written unit (kept: an ingest asks ~16,000 times for ~100 units; the table is read once)."""
    return unit_table().base_value(1.0, unit)[2] or ""


def _same_dimension(a: Hit, b: Hit) -> bool:
    return a.shape == b.shape and _dimension(a.unit) == _dimension(b.unit)


_RELATIVE = frozenset({"percent", "multiple"})


def _growth_pair(prev: Draft, hit: Hit) -> bool:
    """出口分别增长3.8倍、80.2%: a growth in times and one in percent are growths of one list."""
    return prev.kind == "growth" and {_dimension(prev.hit.unit), _dimension(hit.unit)} <= _RELATIVE


def _year(
    text: str, hit: Hit, marks: list[T.YearMark], earlier: _Earlier, framed: bool = True
) -> tuple[int | None, bool]:
    """(year, whether it is stated in the same sentence) of the value at ``hit``.

    A 从/由 year belongs to the first value after it only (由2017年第37位提升到第21位).
    """
    sentence_start, _ = C.sentence_bounds(text, hit.start)
    for mark in marks:
        if mark.role == "qualifier" and qualifies(text, mark, hit):
            return mark.year, True
    usable = [m for m in marks if m.end <= hit.start and m.role not in ("baseline", "qualifier")]
    own_frame = framed and own_time_frame(text, sentence_start, hit.start, marks)
    for mark in reversed(usable):
        if mark.role == "from" and earlier.any_between(mark.end, hit.start) and _MOVES.search(
                text, mark.end, hit.start):
            continue  # 由2017年第37位提升到第21位 (but 从2021年的46503元和16935元: both of 2021)
        if mark.start < sentence_start and own_frame:
            break  # the sentence states its own period: no earlier year reaches it
        if mark.start < sentence_start and mark.year == T.LOST_YEAR:
            continue  # a lost year (到年) covers its own sentence only
        if mark.start < sentence_start and _MONTH_DATE.match(text, mark.end):
            continue  # 2023年6月习近平总书记亲临…考察。…44个国家部委制定…: the date of an event, its own sentence only
        if mark.start < sentence_start and reach.aimed_inside(text, mark):
            continue  # 力争到2027年将…建成高标准农田。…改造农村公路1500公里: a goal's horizon, its own sentence only
        if reach.built_on(text, mark, hit.start):
            continue  # 在2023年国家考评第三的好成绩基础上，…。…新建户厕2.11万座: a base built on dates its own words
        return mark.year, mark.start >= sentence_start
    return None, False


# 2023年6月, 2021年2月: a month of a year (not 2025年1—11月, the months a total adds up over; not a day's
# date, 2024年7月31日, the dateline of news of that year)
_MONTH_DATE = re.compile(r"\d{1,2}月(?![—\-~～至到]|\d{1,2}日)")


def _stance(job: LineJob, text: str, hit: Hit, year: int | None, explicit: bool, values: list[int]) -> str:
    if year is not None and explicit:
        by_year = T.stance_from_year(year, job.profile)
        if by_year:
            return by_year
    if "actual" in (job.frame.stance, job.region) and stated_promise(text, hit.start):
        return "target"  # …回顾了2025年…。2026年主要预期目标是：…；一般公共预算收入增长2%: a promise stated
    if job.profile.doc_type == "work_report" and "target" in (job.frame.stance, job.region) and stated_present(
            text, hit.start, job.profile.reference_year):
        return "actual"  # …的机遇。全区有280万农牧民在城镇转移就业: the situation a report's task starts from
    if job.frame.stance:  # the paragraph's opening words (初步统计, 主要预期目标是) before its section
        return job.frame.stance
    if job.region:
        return job.region
    if year is not None:  # a year stated earlier in the paragraph (今年…。…比去年增加58亿元)
        by_year = T.stance_from_year(year, job.profile)
        if by_year:
            return by_year
    by_words = clause_stance(text, hit.start, values)  # the value's clause first, then its sentence
    if by_words:
        return by_words
    for known in (job.carried_year,):
        by_year = T.stance_from_year(known, job.profile) if known is not None else None
        if by_year:
            return by_year
    return _document_default(job)


def _document_default(job: LineJob) -> str:
    doc_type = job.profile.doc_type
    if doc_type == "work_report":
        return "target" if job.after_review else "actual"
    return "target" if doc_type in ("fyp_outline", "special_plan") else "actual"


# “珠峰英才”计划, 四上”企业: quotation marks are typography, no part of an indicator's name (one rule for every name,
# whichever rule made it, and no mark left unpaired where a name was cut)
_QUOTES = re.compile("[“”‘’\"「」〝〞]")


_NEAR = 16  # characters either side of a value that can call for another reading of its unit (25度以上陡坡)


def _measure(job: LineJob, draft: Draft) -> Measure:
    hit, line = draft.hit, job.line
    metric = _QUOTES.sub("", draft.metric)
    start, end = line.raw_span(hit.start, min(hit.end, len(line.simp)))  # a unit broken off stays on its line
    base_value, base_unit, dimension = unit_table().base_value_in(  # (the words close by: a bounded window)
        hit.value, hit.unit, before=line.simp[max(0, hit.start - _NEAR):hit.start],
        after=line.simp[hit.end:hit.end + _NEAR], metric=metric)
    if hit.shape == "fraction" and hit.value is not None and not hit.unit:
        base_value, base_unit, dimension = hit.value * 100, "%", "percent"
    return Measure(
        doc=job.doc_id, node=job.node_id, line=line.number, start=start, end=end, surface=line.raw[start:end],
        metric=metric, value=hit.value, value_max=hit.value_max, unit=hit.unit,
        comparator=draft.comparator,  # type: ignore[arg-type]
        stance=draft.stance,  # type: ignore[arg-type]
        year=draft.year, kind=draft.kind,  # type: ignore[arg-type]
        missing_value=hit.value is None and hit.shape != "ratio", rule=draft.rule,
        metric_canonical=canonical(metric),
        dimension=dimension, base_value=base_value, base_unit=base_unit,
        direction=draft.direction,  # type: ignore[arg-type]
        scope=draft.coverage.scope,  # type: ignore[arg-type]
        period=draft.coverage.period,
    )
