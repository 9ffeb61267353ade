"""Time and stance: which year a value refers to, and whether it is a result or a promise.

Three sources of evidence, strongest first: an explicit year next to the value (compared with the
document's reference year), the region of the document (a review section or a plan section, read
from the heading path), and the words of the sentence (力争, 确保, 目标 / 累计, 已). The document
type decides when nothing else does. The document's profile (its type and 'now') is read in
:mod:`dating`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from plantrace.extract.measures.dating import Profile, profile
from plantrace.extract.measures.words import words
from plantrace.extract.measures.years import PERIOD as _PERIOD
from plantrace.extract.measures.years import PLAN as _PLAN
from plantrace.extract.measures.years import YEAR as _YEAR
from plantrace.extract.measures.years import plan_end_year, review_word, simplified, year_of
from plantrace.numerals import cn_int
from plantrace.prefilter import fast, may_match

__all__ = [  # the document profile is read in :mod:`dating`; callers find it here with the year rules
    "Frame", "Profile", "YearMark", "carried_frame", "default_year", "heading_plan_period", "heading_year",
    "horizon_year", "line_frame", "listed_years", "plan_end_year", "plan_period_ends", "profile",
    "region_stance", "sentence_stance", "simplified", "span_start", "stance_from_year", "year_marks", "year_of",
]

def region_stance(headings: Iterable[str], profile: Profile | None = None) -> str | None:
    """The stance of the deepest heading that says it.

    A heading's own time decides first, the deepest that states one (2025年工作回顾 -> actual,
    “十五五”时期主要目标任务 and 2026年主要工作 -> target in a 2026 report, 今年/去年 counted from the
    report year), also over a deeper heading's words (一、2022年财政工作情况 > (一)…重点工作开展情况 is a
    review); only when no heading states a time do their words say it (回顾, 成就 -> actual; 目标, 任务,
    安排 -> target).
    """
    ref = profile.reference_year if profile else None
    return _region_stance(tuple(headings), ref, profile.report_year if profile else None)


@functools.lru_cache(maxsize=4096)
def _region_stance(headings: tuple[str, ...], ref: int | None, report_year: int | None) -> str | None:
    simple = [simplified(h) for h in reversed(headings)]
    if ref is not None:  # the deepest heading with a time of its own, before any heading's words
        for heading in simple:
            stances = {"target" if y >= ref else "actual" for y in _heading_years(heading, report_year)}
            if len(stances) == 1:
                return stances.pop()
    for heading in simple:
        if review_word(heading):
            return "actual"
        if words().target_headings.search(heading):
            return "target"
    return None


@functools.lru_cache(maxsize=4096)  # speed only: a heading is read once, not once per path it is in
def _heading_years(heading: str, report_year: int | None) -> frozenset[int]:
    """The years a heading is about: stated years, plan periods (their end) and 今年/去年."""
    found = {year_of(m.group(2) or m.group(1)) for m in _YEAR.finditer(heading)
             if not _is_baseline(heading, heading[max(0, m.start() - 2):m.start()], m.end())}
    found.update(end for _, end in plan_period_ends(heading))
    if report_year is not None:
        for match in words().relative_years.finditer(heading):
            found.add(report_year + words().relative_shift(match.group(0)))
    return frozenset(found)


def heading_year(headings: Iterable[str]) -> int | None:
    """The year of the deepest heading that states one: 一、2010年工作回顾 -> 2010,
    二、“十二五”时期的主要目标和任务 -> 2015 (a plan period stands for its end year)."""
    return _heading_year(tuple(headings))


@functools.lru_cache(maxsize=1024)  # speed only: every value of a section asks for it
def _heading_year(headings: tuple[str, ...]) -> int | None:
    for heading in (simplified(h) for h in reversed(headings)):
        match = _YEAR.search(heading)
        if match:
            return year_of(match.group(2) or match.group(1))
        plan = _PLAN.search(heading)
        if plan:
            return plan_end_year(plan.group("q") or plan.group("b"))
        nth = _PERIOD.search(heading)  # 第十一个五年规划纲要 -> 2010
        if nth:
            return plan_end_year(nth.group(1))
    return None


def plan_period_ends(text: str) -> list[tuple[int, int]]:
    """(position, end year) of every five-year plan period named in ``text`` (“十四五”, 第十五个五年);
    not a comparison base (比“十二五”增长5.7%)."""
    found = []
    for match in fast(_PLAN).finditer(text) if may_match(_PLAN, text) else ():  # (speed only)
        end = plan_end_year(match.group("q") or match.group("b"))
        base = _is_baseline(text, text[max(0, match.start() - 2):match.start()], match.end())
        if end and not base and not _inside_title(text, match.start()):
            found.append((match.start(), end))
    for match in _PERIOD.finditer(text) if may_match(_PERIOD, text) else ():
        end = plan_end_year(match.group(1))
        if end:
            found.append((match.start(), end))
    return found


def heading_plan_period(headings: Iterable[str]) -> bool:
    """Whether a heading names a five-year plan period (一、“十一五”时期…的回顾)."""
    return any(_PLAN.search(simplified(h)) or _PERIOD.search(simplified(h)) for h in headings)


LOST_YEAR = 0  # a year slot whose number the source lost (到年)


@dataclass(frozen=True, slots=True)
class YearMark:
    start: int
    end: int
    year: int
    role: str   # at | to | from | baseline | qualifier | relative


_LATE_SHIFTED = ("今年", "明年", "去年", "上年")


@functools.lru_cache(maxsize=256)
def year_marks(text: str, report_year: int | None, late: bool = False) -> tuple[YearMark, ...]:
    """Every time expression of a line, with its role; ``late`` when the text is read late in the year
    before the one it plans (a policy address of fiscal year Y, read in November): 今年 and 过去一年 are
    then Y-1, 明年 is Y."""
    marks = [_mark(text, m.start(), m.end(), year_of(m.group(2) or m.group(1)))
             for m in (fast(_YEAR).finditer(text) if may_match(_YEAR, text) else ())]  # (speed only: most lines
    for match in fast(_PLAN).finditer(text) if may_match(_PLAN, text) else ():  # hold no year, no plan period)
        end_year = plan_end_year(match.group("q") or match.group("b"))
        first = _PLAN_FIRST_YEARS.match(text, match.end())
        if end_year and first and not _inside_title(text, match.start()):  # “十四五”前4年: its first four years
            marks.append(_mark(text, match.start(), first.end(), end_year - 5 + (cn_int(first.group(1)) or 0)))
            continue
        opening = _PLAN_OPENING.match(text, match.end())
        if end_year and opening and not _inside_title(text, match.start()):
            marks.append(_mark(text, match.start(), opening.end(), end_year - 4))  # “十五五”开局之年: its first year
            continue
        if _AIMED_AT.search(text, max(0, match.start() - 2), match.start()) and text[match.end():match.end() + 1] in (
                ",，、"):
            continue  # 锚定“十五五”, 生产总值预期目标增长5.5%以上: the plan aimed at, not the time of the clause after
        if match.group(0).endswith(("规划", "计划")) or _names_a_thing(text, match.end()):
            continue  # 实施“十五”计划, “十二五”节能减排方案: the plan or a document, not its years
        if end_year and not _inside_title(text, match.start()):
            mark = _current_period(text, match, end_year, report_year)
            if mark is not None:
                marks.append(mark)
    if report_year and may_match(words().relative_years, text):
        for match in fast(words().relative_years).finditer(text):
            shift = words().relative_shift(match.group(0))
            if late and match.group(0) in _LATE_SHIFTED:
                shift -= 1  # (过去一年 and 五年来 end with the year it is read in, as 今年 does)
            mark = _mark(text, match.start(), match.end(), report_year + shift, "relative")
            if mark.role == "from" and match.group(0) == "上年":
                mark = YearMark(mark.start, mark.end, mark.year - 1, "from")  # 由上年729万人增加到732万人
            marks.append(mark)
    ordered = sorted((m for m in marks if not _inside_title(text, m.start) and not _MADE_BY.match(text, m.end)),
                     key=lambda m: m.start)
    return tuple(_listed_bases(text, ordered))


# 改造2000年底前建成的老旧小区, 2005年底前注册营运的黄标车, 2005年前老旧小区改造全面完成: the year that sorts
# the things counted (when they were built, registered, issued), not the time of any value
_MADE_BY = re.compile(
    r"(?:底|末)?以?[前后](?:(?:建成|建设|建造|修建|兴建|竣工|交付|注册(?:营运)?|登记|发布|颁布|出台|出生|投运|投产|"
    r"购置|生产|出厂|安装|设立|成立)(?:投用|使用|需改造)?的|(?:城镇)?老旧)")


# “十五五”开局之年, 科学谋划“十五五”开局之年的蓝图, 事关“十五五”能否开好局: a plan period named with its start
# is the plan's first year (the year a 2026 text is written in), not its end
_PLAN_OPENING = re.compile(r"(?:的)?(?:能否|要|将)?(?:开局|开好局|起步|第一年|首年)")
# “十四五”前4年, “十三五”前两年: the first years of a plan period, dated by the last of them (not 前 = before)
_PLAN_FIRST_YEARS = re.compile(r"前([二三四两]|[2-4])个?年")
# 锚定“十五五”, 围绕“十五五”: a plan period a text aims at, ending its clause, dates nothing after it
_AIMED_AT = re.compile(r"(?:锚定|围绕|聚焦|对标|瞄准|着眼)$")


# 较去年同期、去年全年分别加快7.2和3.9个百分点; 比2019年和2020年分别增长: the next item of a list of bases
_BASE_LIST_JOIN = re.compile(r"(?:同期|全年|年末|末|底)?(?:、|和|及|与)$")


def _listed_bases(text: str, marks: list[YearMark]) -> list[YearMark]:
    """A year listed right after a comparison base is a base too (较去年同期、去年全年)."""
    out: list[YearMark] = []
    for mark in marks:
        prev = out[-1] if out else None
        if (prev is not None and prev.role == "baseline" and mark.role in ("at", "relative")
                and _BASE_LIST_JOIN.fullmatch(text[prev.end:mark.start])):
            mark = YearMark(mark.start, mark.end, mark.year, "baseline")
        out.append(mark)
    return out


def _current_period(text: str, match: re.Match[str], end_year: int, report_year: int | None) -> YearMark | None:
    """The mark of a plan period; the period a report is written in (“十四五” in a 2023 or 2025 report)
    dates a value only by its end (到“十四五”末 -> the end year) or as the years so far (“十四五”以来 ->
    the year before the report); “十四五”期间投资最大的项目 states no year of its own."""
    mark = _mark(text, match.start(), match.end(), end_year)
    if report_year is None or not end_year - 4 < report_year <= end_year or mark.role != "at":
        return mark
    said = match.group(0)
    if said.endswith("以来"):
        return YearMark(mark.start, mark.end, report_year - 1, "at")
    if said.endswith("末"):
        return mark
    return None


def _mark(text: str, start: int, end: int, year: int, plain: str = "at") -> YearMark:
    before = text[max(0, start - 2):start]
    if start and text[start - 1] == "(" and text[end:end + 1] == ")":
        role = "qualifier"
    elif _is_baseline(text, before, end):
        role = "baseline"
    elif before.endswith(("到", "至", "截至")) or text[end:end + 1] in ("前", "底"):
        role = "to"
    elif before.endswith(("从", "由")):
        role = "from"
    else:
        role = plain
    return YearMark(start, end, year, role)


_PERIOD_FOLLOWERS = "是的期时末以主目前中初开收头最第年分均增比较相发，,。;；、"


def _names_a_thing(text: str, end: int) -> bool:
    """“十二五”节能减排综合性工作方案: a quoted plan period used as a modifier of a name."""
    nxt = text[end:end + 1]
    return text[end - 1:end] == "”" and bool(nxt) and nxt not in _PERIOD_FOLLOWERS and "\u4e00" <= nxt <= "\u9fff"


def _is_baseline(text: str, before: str, end: int) -> bool:
    """比2015年, 与上年相比, 为1997年的2.9倍, 在2020年的基础上: a comparison base, not the value's year."""
    if before.endswith(("比", "较", "与", "同", "是")) or text[end:end + 2] in ("相比", "同期", "以来"):
        return True
    if _SINCE.match(text, end):
        return True  # 延续去年四季度以来的快速增长态势: a time since, not the time of a value
    if before.endswith(("按", "以", "(", "（")) and _PRICE_BASE.match(text, end):
        return True  # 按2005年可比价格计算, 以2020年为基期, (2010年不变价): the year prices are taken at
    if before.endswith("在") and _ON_BASE.match(text, end):
        return True  # 在2020年的基础上继续提高1岁左右: the base a change is counted from
    return before.endswith(("为", "于")) and text[end:end + 1] == "的"


_SINCE = re.compile(r"(?:第?[一二三四]季度|[上下]半年|年初|年底|年末|底|末|\d{1,2}月份?)以来")
_ON_BASE = re.compile(r"(?:末|底)?的?基础上")
_PRICE_BASE = re.compile(r"的?(?:可比价|不变价|价格|为基|平均汇率)")


def _inside_title(text: str, pos: int) -> bool:
    reach = max(0, pos - 200)  # a title opens at most this far before (keeps the work linear)
    return text.rfind("《", reach, pos) > text.rfind("》", reach, pos)


# 争取上级资金20.2亿元, 争取中央预算内投资: obtaining money or projects from above, a result in a review
# and a plan in a plan section, so no cue of a promise by itself (争取到2025年…达到 stays one); 争取到位
# (争取到位园区配套基础设施建设专债资金10亿元) is money already in hand
_OBTAINING = re.compile(
    r"争取到位|争取(?:到)?(?=(?:上级|中央|国家|省级?|市级?|各级|各类|政策性|专项|增发|超长期)?[^，,。；;\d]{0,10}?"
    r"(?:资金|补助|转移支付|国债|专项债|债券|投资|项目))")


# 为实现全年增长5%左右的预期目标奠定了基础, 为完成全年目标任务提供支撑: a goal named as the purpose a
# result serves, no cue of a promise
_PURPOSE = re.compile(r"为(?:实现|完成|确保|达到)[^，,。；;]{0,30}?(?:目标|任务)"
                      # 完成年度预期目标的147.5%, 超过预期目标: a result measured against a goal
                      r"|(?:完成|超过|超出|高于|好于|达到)[^，,。；;\d]{0,8}?(?:预期目标|预期|目标任务|目标)(?:任务)?的?")
# 人均预期寿命: an indicator whose name holds a word of promise
_CUE_IN_NAME = re.compile(r"预期(?=寿命)")


def sentence_stance(sentence: str) -> str | None:
    sentence = _CUE_IN_NAME.sub("", _PURPOSE.sub("", _OBTAINING.sub("", sentence)))
    if words().target_cues.search(sentence):
        return "target"
    if words().actual_cues.search(sentence):
        return "actual"
    return None


def stance_from_year(year: int, profile: Profile) -> str | None:
    ref = profile.reference_year
    if ref is None:
        return None
    return "target" if year >= ref else "actual"


_HORIZON = re.compile(r"([一二三四五六七八九十两]|\d{1,2})年(?:内)?$")


def horizon_year(before: str, profile: Profile) -> int | None:
    """三年4条、五年13条: a plan's phased target N years into its period (HZ 三年 -> 2023)."""
    match = _HORIZON.search(before)
    if not match or not profile.period or profile.doc_type not in ("fyp_outline", "special_plan"):
        return None
    years = cn_int(match.group(1)) or 0
    return profile.period[0] - 1 + years if 0 < years <= 15 else None


def default_year(stance: str, profile: Profile) -> int | None:
    if profile.doc_type == "work_report" and profile.report_year:
        return profile.report_year if stance == "target" else profile.report_year - 1
    if profile.doc_type == "statistical_bulletin" and profile.period:
        return profile.period[1] + (1 if stance == "target" else 0)
    if profile.doc_type == "other" and profile.report_year and stance == "actual":
        return profile.report_year - 1  # a dated text about a plan (news): its results are of last year
    if profile.period:
        return profile.period[1] if stance == "target" else profile.period[0] - 1
    if profile.report_year:  # a dated text of no known kind: promises for its year, results of the last
        return profile.report_year if stance == "target" else profile.report_year - 1
    return None


@dataclass(frozen=True, slots=True)
class Frame:
    """What the opening words of a paragraph say about every value in it.

    ``stance``: 初步统计/初步核算/预计完成/过去一年/一年来 open a paragraph of results, 主要预期目标是/今年
    (in a work report) one of promises. ``period``: 五年来/过去五年/这五年/“十四五”时期 opening one of its
    first sentences make it a review of that plan period (a lead line such as 这五年，我们… frames the
    paragraphs after it too, see :func:`carried_frame`).
    """

    stance: str | None
    period: tuple[int, int] | None
    opens_time: bool  # the paragraph opens with a time of its own (a year, 今年, 过去一年 …)
    one_year: bool = False  # it, or the lead line before it, opens with 过去一年/一年来/这一年: one year's work


NO_FRAME = Frame(None, None, False)

_LEAD = re.compile(r"^(?:[\s\u3000]|——|—|各位代表[!！,，：:])*")
_RESULT_OPENERS = re.compile(
    r"初步(?:统计|核算|测算|预计)|预计(?:全年)?(?:完成|实现|增长|达到)|过去一年|一年来|刚刚过去的|上一年度|回顾|^这一年")
_PROMISE_OPENERS = re.compile(r"(?:主要)?预期目标(?:是|为)|主要目标(?:是|为)|^今年(?!以来)|^明年")
# (这是综合经济实力显著提升的五年。: a lead line naming what the five years reviewed were; “十四五”发展成就 …:
# a paragraph of the plan period's achievements)
_PERIOD_OPENERS = re.compile(
    r"^(?:回望|回顾)?(?:过去(?:的)?(?:五|5)年|五年来|这五年|(?:五|5)年间|“?(十[一二三四五]?)五”?(?:时期|期间|以来|(?:发展)?成就)"
    r"|这是[^。，,]{0,30}的(?:五|5)年)")
# a list of goals after a colon opening the paragraph: every item up to the end of the paragraph
_PROMISE_LIST = re.compile(r"(?:预期目标|主要目标|目标任务|发展目标)(?:是|为)?$")
_TIME_OPENER = re.compile(r"^(?:(?:19|20)\d{2}年|今年|去年|明年|过去一年|一年来|刚刚过去)")
_OPENING_SENTENCES = 3
_CLAUSE_END = re.compile(r"[,，:：。；;]")
_COLON = re.compile(r"[:：]")


def line_frame(text: str, profile: Profile) -> Frame:
    """The frame the opening words of a paragraph set (see :class:`Frame`)."""
    sentences = _opening_sentences(_unattributed(_unled(text)))
    first = sentences[0] if sentences else ""
    first_clause = _CLAUSE_END.split(first, maxsplit=1)[0]
    lead = _COLON.split(first, maxsplit=1)[0] if _COLON.search(first) else ""
    stance = None
    if _RESULT_OPENERS.search(first_clause):
        stance = "actual"
    elif _PROMISE_OPENERS.search(first_clause) and profile.doc_type == "work_report":
        stance = "target"
    elif _PROMISE_LIST.search(lead):
        stance = "target"  # 王伟中指，今年经济社会发展的主要预期目标是：…；…；…
    period = None
    for sentence in sentences:
        match = _PERIOD_OPENERS.match(_unled(sentence))
        if match:
            period = _frame_period(match, profile)
            break
    titled = _PERIOD_TITLE.fullmatch(_unled(text).strip()) if period is None else None
    if titled is not None:
        period = _frame_period(titled, profile)  # 不平凡的“十二五”, 数说厦门“十四五”: a title line over the review
    one_year = period is None and bool(_ONE_YEAR_OPENER.match(first_clause))
    return Frame(stance, period, bool(_TIME_OPENER.match(first)) or period is not None, one_year)


# 一年来，我们重点做了以下工作。 过去一年，我们…: the year a report reviews, opening a paragraph (and the
# paragraphs after it, see :func:`carried_frame`); under 2025年和“十四五”时期工作回顾 its totals are of that year
_ONE_YEAR_OPENER = re.compile(r"(?:过去|刚刚过去)的?一年|一年来|这一年")


# a short line of its own that names a plan period and no year, with no sentence in it (不平凡的“十二五”,
# 回眸“十二五”, 数说厦门“十四五”, “十三五”成就巡礼): the title of the review below it, like a heading
_PERIOD_TITLE = re.compile(r"[^\d。，,；;:：!！?？年]{0,10}“(十[一二三四五]?)五”[^\d。，,；;:：!！?？年]{0,8}")


# 蓝天立指出，今年…主要预期目标是：; 王晓东表示，2021年…; 报告指出，今年是…; 贾珉亮在报告中说，2025年是…: news
# of a report puts who says it before the paragraph's opening words
_ATTRIBUTION = re.compile(r"^[^，,。；;：:“”\d]{1,12}?(?:在报告中)?(?:指出|表示|说|称|强调|提出)[,，]")


def _unattributed(text: str) -> str:
    """``text`` without the speaker a news text puts before the opening words it quotes."""
    match = _ATTRIBUTION.match(text)
    return text[match.end():] if match else text


def _unled(text: str) -> str:
    """``text`` without its lead (``_LEAD.sub("", text)``: the pattern matches at the start only, so it is
    matched there, not searched for along the whole line)."""
    return text[_LEAD.match(text).end():]  # type: ignore[union-attr]  # (it matches the empty string too)


_SENTENCE_STOP = re.compile(r"[。！!？?；;]")


def _opening_sentences(text: str) -> list[str]:
    """The first sentences of ``text`` that are not blank, each with its stop (the rest is not read)."""
    found: list[str] = []
    start = 0
    for stop in _SENTENCE_STOP.finditer(text):
        sentence, start = text[start:stop.end()], stop.end()
        if sentence.strip():
            found.append(sentence)
            if len(found) == _OPENING_SENTENCES:
                return found
    if text[start:].strip():
        found.append(text[start:])
    return found


def _frame_period(match: re.Match[str], profile: Profile) -> tuple[int, int] | None:
    """The years a review frame covers: a named plan period, else the five years before the report (up
    to the year a release covers)."""
    ref = profile.reference_year  # a plan's own start, a report's year
    if match.group(1):
        end = plan_end_year(match.group(1))
        if end is None:
            return None
        start = end - 4
        if ref is not None and start < ref <= end:
            end = ref - 1  # “十四五”以来 in a 2023 report: the years so far
        return (start, end) if start <= end else None
    if ref is not None and profile.doc_type in ("work_report", "statistical_bulletin"):
        return ref - 5, ref - 1  # (a release: the five years up to the one it covers)
    return None


def carried_frame(own: Frame, previous: Frame | None) -> Frame:
    """A paragraph without an opening time of its own keeps the period of the paragraph before it in
    the same section or a subsection of it (这五年，我们坚定不移… followed by the figures of those five
    years; 回望过去五年… followed by （一）…（十） reviewing them), or its one year (一年来，我们重点做了以下
    工作。 followed by 一是…、二是…)."""
    if previous is None or own.opens_time or own.period is not None:
        return own
    if previous.period is not None:
        return Frame(own.stance, previous.period, False)
    return Frame(own.stance, None, False, True) if previous.one_year else own


_SPAN_START = re.compile(r"((?:19|20)\d{2})年?\s*(?:—|-|~|～|至|到)")


def span_start(text: str, mark: YearMark) -> int | None:
    """The first year of a span mark (2020年到2025年 -> 2020), None for a single year."""
    match = _SPAN_START.match(text, mark.start, mark.end)
    return int(match.group(1)) if match else None


# 2024年、2025年分别发行1万亿元、1.3万亿元: years listed before 分别 go to the values after it, in order
# (2016年、2017年和2018年上半年全省地区生产总值分别增长9%、8.8%、9%: a part of a year, the subject between;
# 2016年、2017年、2018年上半年，全省…分别较2015年下降16.7%、21.2%、21.2%: a comma after the list)
_LISTED_PART = r"(?:上半年|下半年|前三季度|[一二三四]季度|1[—\-~至]\d{1,2}月)?"
_YEAR_LIST = re.compile(
    rf"((?:19|20)\d{{2}})年{_LISTED_PART}(?:[、和及与]((?:19|20)\d{{2}})年{_LISTED_PART})+[,，]?"
    r"(?:[^，,；;。:：\d()（）]|[(（][^)）]{0,10}[)）]){0,30}?分别")
_YEAR_IN_LIST = re.compile(r"((?:19|20)\d{2})年")


def listed_years(text: str, spans: list[tuple[int, int]]) -> dict[int, int]:
    """{index of a value: its year} for the values that follow a list of years with 分别 in one clause
    (joined by 、 or 和 only), when there are as many values as years."""
    out: dict[int, int] = {}
    for match in _YEAR_LIST.finditer(text):
        years = [int(y) for y in _YEAR_IN_LIST.findall(match.group(0))]
        listed: list[int] = []
        reached = match.end()
        for i, (start, end) in enumerate(spans):
            if start < reached:
                continue
            if any(ch in "，,；;。:：" for ch in text[reached:start]):
                break
            listed.append(i)
            reached = end
        if len(listed) == len(years):
            out.update(zip(listed, years, strict=True))
    return out
