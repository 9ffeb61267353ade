"""Whether a year stated on a line reaches a value: a bracketed year right by the value, a sentence that
states its own period, a relative time that frames an earlier sentence's values. Split from lines.py,
whose ``_year`` and ``_time`` read these."""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures import timeline as T
from plantrace.extract.measures.hit import Hit
from plantrace.extract.measures.words import words


def qualifies(text: str, mark: T.YearMark, hit: Hit) -> bool:
    """69.79亿元(2019年) and 研发投入强度(2019年)3.1%: a bracketed year right after or before the value."""
    if 0 <= mark.start - hit.end <= 1:
        return True
    between = text[mark.end:hit.start]
    return 0 <= len(between) <= 3 and not any(ch in C.CLAUSE_END for ch in between)


def own_time_frame(text: str, sentence_start: int, pos: int, marks: list[T.YearMark]) -> bool:
    """比“十二五”增长46.1%, 年均增长20.4%: the sentence states its own period, so a year stated in an
    earlier sentence does not reach it. A base of one year (比“十三五”末增加48.5%, 是“十五”期末的2.5倍，年均增长20%)
    starts the period, which ends in the year stated before."""
    bases = [text[m.start:m.end] for m in marks if m.role == "baseline" and sentence_start <= m.start < pos]
    if any("年" not in base and not base.endswith("末") for base in bases):  # a plan period (比“十二五”)
        return True
    if any(_A_YEAR.search(base) for base in bases):
        return False
    return bool(words().period_growth.search(text, sentence_start, pos))


_A_YEAR = re.compile(r"\d{4}|五”?(?:期)?末")  # 比2015年, 较“十三五”末 (not 比上年, a base of every one-year value)


def frames(text: str, mark: T.YearMark, hit: Hit) -> bool:
    """过去一年，…。国内生产总值增长10.3%: a relative time in the value's sentence, or one that opens an
    earlier sentence of the paragraph as its own clause, frames the value (去年价格上涨的翘尾… does not)."""
    sentence_start, _ = C.sentence_bounds(text, hit.start)
    if mark.start >= sentence_start:
        return True
    own_start, _ = C.sentence_bounds(text, mark.start)
    return not text[own_start:mark.start].strip(" \u3000") and text[mark.end:mark.end + 1] in ",，"
