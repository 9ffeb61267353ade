"""Which years a period figure covers: the span its sentence names (2021—2025年, “十四五”时期,
过去五年, 今后三年, 从2015年…到2020年, 比2010年翻一番), else the paragraph's frame, else a heading, else
the document's own period (a plan's years for its promises, the five years a work report reviews).

Split from scope.py, which decides whether a value is annual, an average or a total over a period and
asks this module for the years.
"""

from __future__ import annotations

import functools
import re

from plantrace.extract.measures import timeline as T
from plantrace.numerals import cn_int

Period = tuple[int, int]

# 2021—2025年, 2021-2025年, 2021年至2025年 (a span of years named in the sentence)
SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})年?(?:—|–|-|~|～|至|到)((?:19|20)\d{2})年")
PAST_FIVE = re.compile(r"过去(?:五|5)年|五年来|这五年|前(?:五|5)年|(?:五|5)年间")
_NEXT_FIVE = re.compile(r"(?:今后|未来)(?:五|5)年|规划期(?:内|末|间)?")


def period_of(
    sentence: str, stance: str, profile: T.Profile, headings: tuple[str, ...], frame: Period | None = None
) -> tuple[Period | None, bool]:
    """The years a period figure covers, and whether the text names them: named in the sentence
    (or spanned by its 从2015年…到2020年), else by the paragraph's frame, else in a heading, else the
    document's."""
    named = _listed_span(sentence) or named_period(sentence, profile) or from_to(sentence) or frame
    if named:
        return named, True
    for heading in reversed(headings):
        named = named_period(T.simplified(heading), profile)
        if named:
            return named, True
    return _document_period(stance, profile), False


def _to_since_base(text: str) -> list[tuple[int, Period]]:
    """到2010年国内生产总值比2000年翻一番: the years after the base up to the year reached."""
    marks = T.year_marks(text, None)
    out = []
    for base in (m for m in marks if m.role == "baseline" and m.year != T.LOST_YEAR):
        reached = [m for m in marks if m.role in ("to", "at") and m.end <= base.start and m.year > base.year]
        if reached:
            out.append((base.start, (base.year + 1, reached[-1].year)))
    return out


def from_to(sentence: str) -> Period | None:
    """从2015年的1405.4亿元增长到2020年的2086.93亿元, 年均增长6.3%: the years after the start year."""
    marks = T.year_marks(sentence, None)
    first = [m for m in marks if m.role == "from"]
    if not first:
        return None
    # 从1952年的339万吨，2018年增加到6523万吨: a year stated after the start, before the value reached
    last = [m.year for m in marks if m.role == "to" or (m.role == "at" and m.start > first[-1].start)]
    if last and first[-1].year < last[-1]:
        return first[-1].year + 1, last[-1]
    return None


@functools.lru_cache(maxsize=4096)  # speed only: each value of a sentence asks for it
def named_period(text: str, profile: T.Profile) -> Period | None:
    found: list[tuple[int, Period]] = []
    for match in SPAN.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if first < last:
            found.append((match.start(), (first, last)))
    for pos, end in T.plan_period_ends(text):
        found.append((pos, _part_of_plan(text, pos, (end - 4, end), profile)))
    found.extend(_to_since_base(text))
    found.extend(_relative_spans(text, profile))
    return max(found)[1] if found else None


def _relative_spans(text: str, profile: T.Profile) -> list[tuple[int, Period]]:
    """Spans counted from the document's year: 过去五年, 过去三年, 今后五年 and 今后三年 in a report; 这五年
    in a release on the last year of a plan; 今后五年 in a plan (its own period)."""
    found: list[tuple[int, Period]] = []
    ref = profile.report_year
    if ref is not None and profile.doc_type == "work_report":
        for match in PAST_FIVE.finditer(text):
            found.append((match.start(), (ref - 5, ref - 1)))
        for match in _PAST_YEARS.finditer(text):
            years = cn_int(match.group(1) or match.group(2)) or 0
            found.append((match.start(), (ref - years, ref - 1)))
        for match in _NEXT_FIVE.finditer(text):
            found.append((match.start(), (ref, ref + 4)))
        for match in _NEXT_YEARS.finditer(text):  # 今后三年GDP年均增长6.3%以上: this year and the next two
            years = cn_int(match.group(1)) or 0
            found.append((match.start(), (ref, ref + years - 1)))
    elif profile.doc_type == "statistical_bulletin" and profile.period is not None:
        for match in PAST_FIVE.finditer(text):  # 这五年 in a release on the last year of a plan: up to it
            found.append((match.start(), (profile.period[1] - 4, profile.period[1])))
    elif profile.period is not None:
        for match in _NEXT_FIVE.finditer(text):
            found.append((match.start(), profile.period))
    return found


def _part_of_plan(text: str, pos: int, period: Period, profile: T.Profile) -> Period:
    """The years of a plan period named at ``pos`` that the text means: “十四五”前三年 -> its first three;
    “十四五”以来 in a report written inside the period -> the years up to the one before it."""
    match = _PLAN_PART.match(text, pos)
    if match is None:
        return period
    if match.group(2):
        years = cn_int(match.group(2)) or 0
        return (period[0], period[0] + years - 1) if 0 < years < period[1] - period[0] + 1 else period
    ref = profile.reference_year
    return (period[0], ref - 1) if ref is not None and period[0] < ref <= period[1] else period


# “十四五”以来, “十三五”时期以来, “十四五”前三年
_PLAN_PART = re.compile(r"“?十[一二三四五]?五”?(?:规划)?(?:时期|期间)?(?:(以来)|前([二三四两]|[2-4])年)")
# 今后三年, 未来两年 (今后五年, 未来五年: _NEXT_FIVE)
_NEXT_YEARS = re.compile(r"(?:今后|未来)([二三四两]|[2-4])年")
# 过去三年, 近三年, 这三年, 三年来, 5年来 (过去五年, 五年来: PAST_FIVE)
_PAST_YEARS = re.compile(r"(?:过去|近|这)([二三四两]|[2-4])年(?!前|后)|(?<![\d年])([二三四两]|[2-5])年来")


def _listed_span(sentence: str) -> Period | None:
    """2016—2020年和2021—2023年，…年均分别增长7.5%和6%: the spans listed before 分别 go to the values
    after it, in order (``sentence`` ends where the value starts)."""
    listing = _SPAN_LIST.search(sentence)
    if listing is None:
        return None
    spans = [(int(m.group(1)), int(m.group(2))) for m in SPAN.finditer(listing.group(0))]
    respectively = sentence.find("分别", listing.end())
    if respectively < 0:
        return None
    index = len(_NUMBER.findall(sentence, respectively))
    return spans[index] if index < len(spans) and spans[index][0] < spans[index][1] else None


_SPAN_TEXT = r"(?:19|20)\d{2}年?(?:—|–|-|~|～|至|到)(?:19|20)\d{2}年"
_SPAN_LIST = re.compile(f"{_SPAN_TEXT}(?:[和、及与]{_SPAN_TEXT})+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _document_period(stance: str, profile: T.Profile) -> Period | None:
    """A plan's own period for its promises, the five years before it for its review; the five
    years a work report reviews."""
    if profile.doc_type in ("fyp_outline", "special_plan") and profile.period:
        first, last = profile.period
        if first >= last:
            return None
        return (first, last) if stance == "target" else (first - 5, first - 1)
    ref = profile.report_year
    if profile.doc_type == "work_report" and ref is not None:
        return (ref - 5, ref - 1) if stance == "actual" else None
    return None


def five_year_section(headings: tuple[str, ...]) -> bool:
    """A heading names a plan period or five years (一、“十四五”时期和2025年工作回顾, 过去五年工作回顾)."""
    return T.heading_plan_period(headings) or any(PAST_FIVE.search(T.simplified(h)) for h in headings)
