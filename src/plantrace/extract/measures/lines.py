"""Turn the quantities of one line into Measures: comparator, kind, metric, year, stance, rule."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache

from plantrace.extract.measures import context as C
from plantrace.extract.measures import timeline as T
from plantrace.extract.measures.metric import (
    canonical,
    list_tail,
    metric_phrase,
    noun_after,
    object_after,
    previous_clause_metric,
    rank_metric,
    share_head,
)
from plantrace.extract.measures.rules import kind_rule, rule
from plantrace.extract.measures.scan import Hit, scan
from plantrace.extract.measures.scope import ANNUAL, Coverage, coverage
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.models import Line, Measure
from plantrace.numerals import CN_DIGITS

_SHAPE_RULES = {
    "range": "measure.range.v1", "fraction": "measure.fraction.v1", "missing": "measure.missing.v1",
    "missing_year": "measure.missing_year.v1", "ratio": "measure.ratio.v1", "rank": "measure.rank.v1",
    "doubling": "measure.doubling.v1", "top": "measure.rank.v1", "scale": "measure.scale.v1",
}
# 21家和241家, 分别下降0.7%和上升0.4%: values of one list
_LIST_JOINERS = re.compile(r"^[和、与及,]?(?:上升|下降|增长|提高|降低|减少|增加)?$")
_BASELINE = re.compile(
    r"(?:从|由)(?:目前|现在|现有|当前|原来|人均|(?:每[\u4e00-\u9fff]){1,2}|上年|去年)?(?:的)?(?:约|近)?$")
_COUNT_DIMENSIONS = {"count", "people", "households", "person_times", "number"}
_MOVES = re.compile(r"到|至|提高|提升|增长|增加|下降|减少|降低|为|达")
# Spaces that split one number (PDF and web text): thousands groups (5 221, 108 344), a space
# before the decimal point (30 .7%) or the percent sign (18.11 %), a digit split from a decimal
# (1 2.3%), a space before a Latin unit (172 km) or inside one (km /万km2). Only the measure
# scanner reads the joined text; offsets map back to the raw line through the line's index.
_SPLIT_NUMBER = tuple(re.compile(p) for p in (
    r"(?<![\d.])\d{1,3}(?: \d{3})+(?![\d])",
    r"\d \.\d",
    r"\d %",
    r"(?<![\d.\-—~])\d{1,2} \d{1,3}\.\d+(?=%)",
    r"\d (?:km|m|t|kg|kW|kWh|kV|MW|GW|GWh)(?![A-Za-z])",
    r"\d ?(?:km|m|t)\d? /(?=[\u4e00-\u9fffA-Za-z])",
))
# pinyin that a converter left after characters (实(shí)现(xiàn), 萬(wàn)): dropped whole
_PINYIN = re.compile("\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\\)")
_TARGET_YEAR = "目标年份"
_SCALE_WORD = "规模"
_PER_WORDS = ("单位", "万元", "每")
_INTENSITY = re.compile("(?:单位|万元)(?:地区|国内)?(?:生产总值|GDP|工业增加值|增加值)")
_LIST_ITEM = 20         # an indicator's name is at most this long (a list of them in a clause: n times)
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


@dataclass(slots=True)
class Draft:
    """A measure being built (mutable while the line is read)."""

    hit: Hit
    metric: str
    comparator: str
    kind: str
    year: int | None
    stance: str
    rule: str
    direction: str | None = None
    coverage: Coverage = ANNUAL


def last_year(line: Line, report_year: int | None) -> int | None:
    """The last year a line states (not a comparison base), to carry into the next lines."""
    marks = [m for m in T.year_marks(line.simp, report_year) if m.role not in ("baseline", "qualifier")]
    return marks[-1].year if marks else None


_NEIGHBOUR = 16
_ENDS_IN_NUMBER = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?$")


def line_neighbours(by_number: Mapping[int, Line], number: int) -> tuple[str, str]:
    """(start of the next line, end of the previous one) of line ``number``."""
    nxt, prev = by_number.get(number + 1), by_number.get(number - 1)
    return (nxt.simp[:_NEIGHBOUR] if nxt else "", prev.simp[-_NEIGHBOUR:] if prev else "")


@cache
def _unit_start() -> re.Pattern[str]:
    return re.compile(f"(?:%|{unit_table().pattern()})")


def _unit_broken_off(text: str, next_head: str) -> str:
    """全年地区生产总值达到1200 / 亿元，…: the unit a line break split from the number ending this line."""
    if not next_head or not _ENDS_IN_NUMBER.search(text):
        return ""
    match = _unit_start().match(next_head)
    return match.group(0) if match else ""


def _continues_number(text: str, prev_tail: str) -> bool:
    """亿元，增长6.5% after a line ending in 1200: the unit opening this line belongs to that number."""
    return bool(prev_tail) and bool(_ENDS_IN_NUMBER.search(prev_tail)) and bool(_unit_start().match(text))


def joined_numbers(line: Line) -> Line:
    """The line with the spaces inside its numbers removed (``5 221 km`` -> ``5221km``), same raw."""
    if " " not in line.simp and "(" not in line.simp:
        return line
    drop: set[int] = set()
    for match in _PINYIN.finditer(line.simp):
        drop.update(range(match.start(), match.end()))
    for pattern in _SPLIT_NUMBER:
        for match in pattern.finditer(line.simp):
            drop.update(i for i in range(match.start(), match.end()) if line.simp[i] == " ")
    if not drop:
        return line
    keep = [i for i in range(len(line.simp)) if i not in drop]
    return Line(number=line.number, raw=line.raw, text="".join(line.text[i] for i in keep),
                simp="".join(line.simp[i] for i in keep), index=tuple(line.index[i] for i in keep))


def line_measures(job: LineJob) -> list[Measure]:
    line = joined_numbers(job.line)
    if line is not job.line:
        job = replace(job, line=line)
    text = job.line.simp
    carried = _unit_broken_off(text, job.next_head)
    hits = [h for h in scan(text + carried) if not h.threshold and h.start < len(text)]
    if carried:  # the surface stays on this line; the unit comes from the next
        hits = [replace(h, end=min(h.end, len(text))) for h in hits]
        text += carried
    if _continues_number(text, job.prev_tail):
        hits = [h for h in hits if h.start > 0]  # 万亿元 opening the line is that number's unit
    if not hits:
        return []
    marks = list(T.year_marks(text, job.profile.report_year)) + [
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
        drafts.append(_draft(job, text, hit, near, drafts[-1] if i else None, earlier))
    _distribute(text, drafts)
    # 2024年、2025年分别发行1万亿元、1.3万亿元: each value its year
    for i, year in T.listed_years(text, [(h.start, h.end) for h in hits]).items():
        drafts[i].year = year
        drafts[i].stance = T.stance_from_year(year, job.profile) or drafts[i].stance
    for draft in drafts:
        if draft.rule != "measure.distributed.v1":
            draft.metric = list_tail(draft.metric)
    _inherit_metrics(text, drafts)
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
    clause_start, _ = C.clause_bounds(text, hit.start)
    if prev is not None and prev.hit.end > clause_start:
        clause_start = prev.hit.end
    listed = prev is not None and bool(_LIST_JOINERS.match(text[prev.hit.end:hit.start]))
    restated = prev is not None and text[prev.hit.end:hit.start] in ("(", "（")  # 增加351千公顷(526万亩)
    kind = prev.kind if prev is not None and (restated or (listed and _same_dimension(prev.hit, hit))) else C.kind(
        text, hit, clause_start)
    count_like = _dimension(hit.unit) in _COUNT_DIMENSIONS
    if hit.shape == "missing_year":  # 到年: the lost year a target is to be reached by
        metric = _TARGET_YEAR if text[max(0, hit.start - 1):hit.start] in ("到", "至") else ""
    else:
        metric = metric_phrase(text, clause_start, hit.start, hit.end, count_like)
    if hit.shape in ("rank", "top"):
        metric = rank_metric(metric)
    elif hit.shape == "scale":  # 千亿级产业链: the scale of what follows
        noun = noun_after(text, hit.end)
        cut = noun.find(_SCALE_WORD)
        metric = noun[:cut] + _SCALE_WORD if cut != -1 else noun + _SCALE_WORD
    elif _dimension(hit.unit) == "voltage":  # 500千伏楚庭输变电工程: the class of what follows
        metric = object_after(text, hit.end) or metric
    year, stance = _time(job, text, hit, marks, earlier, clause_start)
    direction = C.direction(text, hit, clause_start) or (prev.direction if listed and prev else None)
    sentence_start, _ = C.sentence_bounds(text, hit.start)
    whole_clause, _ = C.clause_bounds(text, hit.start)
    covers = coverage(text, (sentence_start, whole_clause, clause_start), hit, kind, stance, job.profile,
                      job.headings, marks, year, job.frame.period)
    if covers.period is not None:
        year = covers.period[1]  # a period figure stands for the period's end year
        if covers.named:  # 十五五 goals in a 2026 report are promises, 十四五 figures results
            stance = T.stance_from_year(year, job.profile) or stance
    comparator = C.comparator(text, hit, clause_start)
    if hit.shape == "top":  # 前8位: at most the 8th
        kind, comparator = "rank", "<="
    elif hit.shape == "scale":  # a threshold: of no year, at least the class
        kind, comparator, year, covers = "other", ">=", None, ANNUAL
    return Draft(hit, metric, comparator, kind, year, stance, _rule(hit, kind), direction, covers)


def _time(
    job: LineJob, text: str, hit: Hit, marks: list[T.YearMark], earlier: _Earlier, clause_start: int
) -> tuple[int | None, str]:
    """(year, stance) of the value at ``hit``: stated years first, then the section and document."""
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
        m.role == "relative" and m.end <= hit.start and m.year == context_year and _frames(text, m, hit)
        for m in marks)
    stance = _stance(job, text, hit, context_year, explicit or relative)
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
    if start is None and "五" in text[last.start:last.end]:
        start = last.year - 5  # a plan period: the start value is of the year before it
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
    end = (T.heading_year(job.headings) if job.region == "actual" else None) or base
    five_years = job.profile.doc_type in ("fyp_outline", "special_plan") or bool(
        words().five_year_frame.search(text, 0, pos) or T.heading_plan_period(job.headings)
        or any(words().five_year_frame.search(T.simplified(h)) for h in job.headings))
    return end - (5 if five_years else 1)


def _rule(hit: Hit, kind: str) -> str:
    if hit.shape in _SHAPE_RULES:
        return rule(_SHAPE_RULES[hit.shape])
    return kind_rule(kind)


def _dimension(unit: str) -> str:
    return unit_table().base_value(1.0, unit)[2] or ""


def _same_dimension(a: Hit, b: Hit) -> bool:
    return a.shape == b.shape and _dimension(a.unit) == _dimension(b.unit)


def _year(
    text: str, hit: Hit, marks: list[T.YearMark], earlier: _Earlier, framed: bool = True
) -> tuple[int | None, bool]:
    """(year, whether it is stated in the same sentence) of the value at ``hit``.

    A 从/由 year belongs to the first value after it only (由2017年第37位提升到第21位).
    """
    sentence_start, _ = C.sentence_bounds(text, hit.start)
    for mark in marks:
        if mark.role == "qualifier" and _qualifies(text, mark, hit):
            return mark.year, True
    usable = [m for m in marks if m.end <= hit.start and m.role not in ("baseline", "qualifier")]
    own_frame = framed and _own_time_frame(text, sentence_start, hit.start, marks)
    for mark in reversed(usable):
        if mark.role == "from" and earlier.any_between(mark.end, hit.start) and _MOVES.search(
                text, mark.end, hit.start):
            continue  # 由2017年第37位提升到第21位 (but 从2021年的46503元和16935元: both of 2021)
        if mark.start < sentence_start and own_frame:
            break  # the sentence states its own period: no earlier year reaches it
        if mark.start < sentence_start and mark.year == T.LOST_YEAR:
            continue  # a lost year (到年) covers its own sentence only
        return mark.year, mark.start >= sentence_start
    return None, False


def _qualifies(text: str, mark: T.YearMark, hit: Hit) -> bool:
    """69.79亿元(2019年) and 研发投入强度(2019年)3.1%: a bracketed year right after or before the value."""
    if 0 <= mark.start - hit.end <= 1:
        return True
    between = text[mark.end:hit.start]
    return 0 <= len(between) <= 3 and not any(ch in C.CLAUSE_END for ch in between)


def _own_time_frame(text: str, sentence_start: int, pos: int, marks: list[T.YearMark]) -> bool:
    """比“十二五”增长46.1%, 年均增长20.4%: the sentence states its own period, so a year stated in an
    earlier sentence does not reach it."""
    if any(m.role == "baseline" and sentence_start <= m.start < pos and "年" not in text[m.start:m.end]
           for m in marks):  # a plan period (比“十二五”), not one year (比去年)
        return True
    return bool(words().period_growth.search(text, sentence_start, pos))


def _frames(text: str, mark: T.YearMark, hit: Hit) -> bool:
    """过去一年，…。国内生产总值增长10.3%: a relative time in the value's sentence, or one that opens an
    earlier sentence of the paragraph as its own clause, frames the value (去年价格上涨的翘尾… does not)."""
    sentence_start, _ = C.sentence_bounds(text, hit.start)
    if mark.start >= sentence_start:
        return True
    own_start, _ = C.sentence_bounds(text, mark.start)
    return not text[own_start:mark.start].strip(" \u3000") and text[mark.end:mark.end + 1] in ",，"


def _stance(job: LineJob, text: str, hit: Hit, year: int | None, explicit: bool) -> str:
    if year is not None and explicit:
        by_year = T.stance_from_year(year, job.profile)
        if by_year:
            return by_year
    if job.frame.stance:  # the paragraph's opening words (初步统计, 主要预期目标是) before its section
        return job.frame.stance
    if job.region:
        return job.region
    if year is not None:  # a year stated earlier in the paragraph (今年…。…比去年增加58亿元)
        by_year = T.stance_from_year(year, job.profile)
        if by_year:
            return by_year
    start, end = C.sentence_bounds(text, hit.start)
    by_words = T.sentence_stance(text[start:end])
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


def _inherit_metrics(text: str, drafts: list[Draft]) -> None:
    """An empty metric (增长2.7%) takes the previous one of its sentence, or else the words of the
    clause before it (…覆盖率,由1997年的65%); 占… takes its subject."""
    for i, draft in enumerate(drafts):
        if draft.hit.shape == "missing_year":
            continue
        prev = _previous_metric(text, drafts, i) if i else ""
        if not prev and not draft.metric:
            prev = previous_clause_metric(text, draft.hit.start) or _compared_again(text, drafts, i)
        if not prev:
            continue
        if not draft.metric:
            draft.metric = prev
        elif draft.metric.startswith("占"):  # 占调整预算90.75%，占一般公共预算收入的38.96%: one subject
            subject = prev.split("占", 1)[0]
            draft.metric = (subject if len(subject) >= 2 else prev) + draft.metric


_COMPARED = re.compile(r"(?:比|较|同比|环比|两年平均|年均)")


def _compared_again(text: str, drafts: list[Draft], i: int) -> str:
    """同比增长18.3%；比2019年一季度增长10.3%，两年平均增长5.0%: a clause that only compares again
    measures the value before it, across a semicolon (not across a full stop)."""
    clause_start, _ = C.clause_bounds(text, drafts[i].hit.start)
    if not _COMPARED.match(text, clause_start) or not i:
        return ""
    stop = text.rfind("。", 0, drafts[i].hit.start)
    for j in range(i - 1, -1, -1):
        if drafts[j].hit.start < stop:
            return ""
        if drafts[j].metric and drafts[j].hit.shape != "missing_year":
            return drafts[j].metric
    return ""


def _previous_metric(text: str, drafts: list[Draft], i: int) -> str:
    sentence_start, _ = C.sentence_bounds(text, drafts[i].hit.start)
    if text.startswith("其中", sentence_start):
        sentence_start, _ = C.sentence_bounds(text, max(0, sentence_start - 1))
    for j in range(i - 1, -1, -1):
        prev = drafts[j]
        if prev.hit.start < sentence_start:
            return ""
        if prev.metric and prev.hit.shape != "missing_year":
            subject = prev.metric.split("占", 1)[0]  # 收入…占调整预算105.47%，同比增长10.85%: the subject
            same = prev.kind == drafts[i].kind  # 比重从17.9%提升到35.5%: the share again
            return subject if len(subject) >= 2 and not same else prev.metric
    return ""


def _distribute(text: str, drafts: list[Draft]) -> None:
    """分别: values after 分别 take, in order, the items of the list they refer to; a list of as many
    values later in the sentence that names nothing takes the same items (A和B分别达到2253元和6280元，
    平均每年实际增长4.7％和5.7％)."""
    i = 0
    last: tuple[int, list[str]] = (-1, [])  # (sentence start, items) of the last distributed list
    while i < len(drafts):
        clause_start, _ = C.clause_bounds(text, drafts[i].hit.start)
        sentence_start, _ = C.sentence_bounds(text, drafts[i].hit.start)
        group = _list_group(text, drafts, i)
        respectively = "分别" in text[clause_start:drafts[i].hit.start]
        items = _items(text, drafts, i, len(group), respectively)
        if not items and last[0] == sentence_start and len(last[1]) == len(group) > 1 and not any(
                d.metric for d in group):
            items = last[1]
        if items:
            for draft, item in zip(group, items, strict=True):
                draft.metric, draft.rule = item, rule("measure.distributed.v1")
            last = (sentence_start, items)
        i += len(group)


def _list_group(text: str, drafts: list[Draft], i: int) -> list[Draft]:
    group = [drafts[i]]
    for j in range(i + 1, len(drafts)):  # indices, not a copy of the rest (keeps the work linear)
        nxt = drafts[j]
        if not _LIST_JOINERS.match(text[group[-1].hit.end:nxt.hit.start]):
            break
        group.append(nxt)
    return group


def _items(text: str, drafts: list[Draft], i: int, n: int, respectively: bool) -> list[str]:
    """The list items the ``n`` values of a group refer to (国家、省重点实验室达21家和241家)."""
    if n < 2:
        return []
    parts = _named_items(drafts[i].metric, n)
    if parts and len(parts) == n:
        return parts
    if not respectively:
        return []
    if not parts:  # A和B，2000年分别达到…: the list is the clause before
        before = _named_items(previous_clause_metric(text, drafts[i].hit.start, 2 * _LIST_ITEM), n)
        if len(before) == n:
            return before
    if len(parts) == 1:
        enumerated = _enumerated_head(parts[0], n)
        if enumerated:
            return enumerated
    sentence_start, _ = C.sentence_bounds(text, drafts[i].hit.start)
    earlier = _earlier_names(drafts, i, sentence_start)
    share = drafts[i].metric if drafts[i].metric.startswith("占") else ""
    if (not parts or share) and len(earlier) >= n:
        return [e + share for e in earlier[-n:]]
    return []


def _earlier_names(drafts: list[Draft], i: int, sentence_start: int) -> list[str]:
    """The names of the values before the ``i``-th in its sentence; a share is its subject's
    (增加值…，占GDP的比重达66.7%: 增加值占GDP的比重)."""
    earlier: list[str] = []
    for j in range(i - 1, -1, -1):  # back to the sentence start only (keeps the work linear)
        if drafts[j].hit.start < sentence_start:
            break
        if drafts[j].metric:
            earlier.insert(0, drafts[j].metric)
    for k in range(1, len(earlier)):
        if earlier[k].startswith("占") and not earlier[k - 1].startswith("占"):
            earlier[k] = earlier[k - 1].split("占", 1)[0] + earlier[k]
    return earlier


def _named_items(metric: str, n: int) -> list[str]:
    """The ``n`` items of a list of names (国家、省重点实验室 -> 国家重点实验室, 省重点实验室); with 和/及
    inside the names, split at 、 only (医疗保健、…、生活用品及服务类); else the parts split at every joiner."""
    parts = [p for p in re.split(r"[、和与及]", metric) if p]
    per = _INTENSITY.match(parts[0]) if parts else None
    if per and len(parts) == n:  # 单位国内生产总值用水量、能耗、二氧化碳排放量: one denominator for all
        return [parts[0]] + [p if p.startswith(_PER_WORDS) else per.group(0) + p for p in parts[1:]]
    if len(parts) == n:
        return [share_head(p, parts[-1]) for p in parts]
    listed = [p for p in metric.split("、") if p]
    return listed if len(listed) == n else parts


def _enumerated_head(metric: str, n: int) -> list[str]:
    """牛羊出栏分别增长…、…: ``n`` one-character items that share the rest of the name (牛羊出栏 -> 牛出栏,
    羊出栏; 一二三产增加值 -> 一产增加值 …): a run of ordinals, or an enumeration the lexicon knows
    (风电装机规模 is one name, not 风 and 电)."""
    head = metric[:n]
    if len(metric) <= n or not (set(head) <= set(CN_DIGITS) or head in words().enumerated_heads):
        return []
    return [ch + metric[n:] for ch in head]


def _measure(job: LineJob, draft: Draft) -> Measure:
    hit, line = draft.hit, job.line
    start, end = line.raw_span(hit.start, hit.end)
    base_value, base_unit, dimension = unit_table().base_value(hit.value, hit.unit)
    if hit.shape == "fraction" and hit.value is not None and not hit.unit:
        base_value, base_unit, dimension = hit.value * 100, "%", "percent"
    return Measure(
        doc=job.doc_id, node=job.node_id, line=line.number, start=start, end=end, surface=line.raw[start:end],
        metric=draft.metric, value=hit.value, value_max=hit.value_max, unit=hit.unit,
        comparator=draft.comparator,  # type: ignore[arg-type]
        stance=draft.stance,  # type: ignore[arg-type]
        year=draft.year, kind=draft.kind,  # type: ignore[arg-type]
        missing_value=hit.value is None and hit.shape != "ratio", rule=draft.rule,
        metric_canonical=canonical(draft.metric),
        dimension=dimension, base_value=base_value, base_unit=base_unit,
        direction=draft.direction,  # type: ignore[arg-type]
        scope=draft.coverage.scope,  # type: ignore[arg-type]
        period=draft.coverage.period,
    )
