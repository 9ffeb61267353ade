"""Time and stance: which year a value refers to, and whether it is a result or a promise.

Three sources of evidence, strongest first: an explicit year next to the value (compared with the
document's reference year), the region of the document (a review section or a plan section, read
from the heading path), and the words of the sentence (力争, 确保, 目标 / 累计, 已). The document
type decides when nothing else does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from plantrace.extract.measures.words import words
from plantrace.models import Document, Line

_CN_DIGIT = {"〇": "0", "零": "0", "○": "0", "O": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
             "六": "6", "七": "7", "八": "8", "九": "9"}
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2}|[一二三四五六七八九〇零○O]{4})(?:年|(?:—|-|至|到)((?:19|20)\d{2})年)")
_PLAN = re.compile(r"“?(十[一二三四五]?|[一二三四五六七八九])五”?(?:规划)?(?:时期|期间|以来|末|期末|时)?")
_RELATIVE = re.compile(r"今年|去年|上年|明年|过去一年")
_PERIOD = re.compile(r"第(十[一二三四五]?)个五年")
_DATE = re.compile(r"(\d{4})年\d{1,2}月\d{1,2}日")


@dataclass(frozen=True, slots=True)
class Profile:
    """What the document is and which year is 'now' for it."""

    doc_type: str
    report_year: int | None          # the year a work report plans for (今年)
    period: tuple[int, int] | None   # a plan's period

    @property
    def reference_year(self) -> int | None:
        """Values dated this year or later are promises."""
        if self.doc_type == "work_report":
            return self.report_year
        if self.doc_type == "statistical_bulletin":  # a bulletin reports the year it covers
            return self.period[1] + 1 if self.period else self.report_year
        return self.period[0] if self.period else self.report_year


def year_of(text: str) -> int:
    digits = "".join(_CN_DIGIT.get(ch, ch) for ch in text)
    return int(digits)


def plan_end_year(numeral: str) -> int | None:
    """十三五 -> 2020 (the n-th five-year plan ends in 1955 + 5n)."""
    values = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    n = 10 + values.get(numeral[1:], 0) if numeral.startswith("十") else values.get(numeral, 0)
    return 1955 + 5 * n if n else None


def profile(document: Document, lines: Iterable[Line]) -> Profile:
    """The document type, period and report year, read from metadata or else from the opening text."""
    head = "\n".join(ln.simp for ln in list(lines)[:40] if not ln.blank)
    doc_type = document.doc_type if document.doc_type != "other" else _sniff_type(document.title + "\n" + head)
    period = document.period or _sniff_period(head)
    report_year = _report_year(document, head, doc_type, period)
    return Profile(doc_type=doc_type, report_year=report_year, period=period)


def _sniff_type(text: str) -> str:
    for name, pattern in words().doc_types:
        if pattern.search(text):
            return name
    return "other"


def _sniff_period(text: str) -> tuple[int, int] | None:
    match = _PERIOD.search(text)
    end = plan_end_year(match.group(1)) if match else None
    return (end - 4, end) if end else None


def _report_year(document: Document, head: str, doc_type: str, period: tuple[int, int] | None) -> int | None:
    if document.issued and document.issued[:4].isdigit():
        return int(document.issued[:4])
    if doc_type == "work_report" and period and period[0] == period[1]:
        return period[0]
    date = _DATE.search(head)
    if date:
        return int(date.group(1))
    for line in head.splitlines():
        if words().actual_headings.search(line) and len(line) < 40:
            year = _YEAR.search(line)
            if year:
                return year_of(year.group(1)) + 1
    return period[0] if period and doc_type != "work_report" else None


@functools.lru_cache(maxsize=1)
def _converter() -> object:
    import opencc  # native, offline dictionaries

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """A heading in simplified characters (heading paths keep the original script)."""
    if text.isascii():
        return text
    converted: str = _converter().convert(text)  # type: ignore[attr-defined]
    return converted


def region_stance(headings: Iterable[str]) -> str | None:
    """The stance of the deepest heading that says it (review -> actual, plan -> target)."""
    return _region_stance(tuple(headings))


@functools.lru_cache(maxsize=4096)
def _region_stance(headings: tuple[str, ...]) -> str | None:
    for heading in (simplified(h) for h in reversed(headings)):
        if words().actual_headings.search(heading):
            return "actual"
        if words().target_headings.search(heading):
            return "target"
    return None


def heading_year(headings: Iterable[str]) -> int | None:
    for heading in (simplified(h) for h in reversed(list(headings))):
        match = _YEAR.search(heading)
        if match:
            return year_of(match.group(2) or match.group(1))
    return None


LOST_YEAR = 0  # a year slot whose number the source lost (到年)


@dataclass(frozen=True, slots=True)
class YearMark:
    start: int
    end: int
    year: int
    role: str   # at | to | from | baseline | qualifier | relative


@functools.lru_cache(maxsize=256)
def year_marks(text: str, report_year: int | None) -> tuple[YearMark, ...]:
    """Every time expression of a line, with its role."""
    marks = [_mark(text, m.start(), m.end(), year_of(m.group(2) or m.group(1))) for m in _YEAR.finditer(text)]
    for match in _PLAN.finditer(text):
        end_year = plan_end_year(match.group(1))
        if end_year and not _inside_title(text, match.start()):
            marks.append(_mark(text, match.start(), match.end(), end_year))
    if report_year:
        for match in _RELATIVE.finditer(text):
            year = _relative_year(match.group(0), report_year)
            if year:
                marks.append(_mark(text, match.start(), match.end(), year, "relative"))
    return tuple(sorted((m for m in marks if not _inside_title(text, m.start)), key=lambda m: m.start))


def _relative_year(word: str, report_year: int) -> int | None:
    if word == "今年":
        return report_year
    if word in ("去年", "上年", "过去一年"):
        return report_year - 1
    if word == "明年":
        return report_year + 1
    return None


def _mark(text: str, start: int, end: int, year: int, plain: str = "at") -> YearMark:
    before = text[max(0, start - 2):start]
    if start and text[start - 1] == "(" and text[end:end + 1] == ")":
        role = "qualifier"
    elif before.endswith(("比", "较", "与", "同", "是")) or text[end:end + 2] in ("相比", "同期", "以来"):
        role = "baseline"
    elif before.endswith(("到", "至", "截至")) or text[end:end + 1] in ("前", "底"):
        role = "to"
    elif before.endswith(("从", "由")):
        role = "from"
    else:
        role = plain
    return YearMark(start, end, year, role)


def _inside_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


def sentence_stance(sentence: str) -> str | None:
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
    text = match.group(1).replace("两", "二")
    years = int(text) if text.isdigit() else "一二三四五六七八九十".find(text) + 1
    return profile.period[0] - 1 + years if 0 < years <= 15 else None


def default_year(stance: str, profile: Profile) -> int | None:
    if profile.doc_type == "work_report" and profile.report_year:
        return profile.report_year if stance == "target" else profile.report_year - 1
    if profile.doc_type == "statistical_bulletin" and profile.period:
        return profile.period[1] + (1 if stance == "target" else 0)
    if profile.period:
        return profile.period[1] if stance == "target" else profile.period[0] - 1
    return None
