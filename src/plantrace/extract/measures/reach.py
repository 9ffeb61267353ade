"""How far a year stated in a line reaches: the years that date only their own words.

A year opening a sentence (2024年，…) or a paragraph dates the values after it, also in later sentences. Some
years stated inside a sentence date only their own words: the base the sentence builds on (在2023年…的好成绩基础上)
and the year a goal is to be reached by (力争到2027年将…), not the year's results or tasks told after them.
"""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures import timeline as T

# 在2023年国家考评第三的好成绩基础上, 在2024年增长5.8%的基础上: the base a sentence builds on (在2020年基础上, the year
# right before 基础上, is a comparison base of the year's own: timeline._is_baseline)
_BUILT_ON = re.compile(r"[^，,。；;：:!！?？]{0,24}?基础上")


def aimed_inside(text: str, mark: T.YearMark) -> bool:
    """力争到2027年将…: a year to reach named inside a clause (not 到2025年， or 《规划》提出，到2025年，: a clause
    of its own that frames what follows; not 截至2024年底, the date a count is taken at; not the end of a change
    from a start, 从2020年的53.2%提升到2025年的57.7%)."""
    if mark.role != "to" or text[mark.start - 1:mark.start] not in ("到", "至") or text[mark.start - 2:mark.start] in (
            "截至", "截止"):
        return False
    if _OWN_CLAUSE.match(text, mark.end):
        return False
    own_start, _ = C.sentence_bounds(text, mark.start)
    before = text[C.last_of(text, C.CLAUSE_END, own_start, mark.start) + 1:mark.start - 1]
    return bool(before.strip(" \u3000")) and not _SPAN_OPENED.search(text, own_start, mark.start)


_OWN_CLAUSE = re.compile("(?:底|末|前)?[,，:：]")
_SPAN_OPENED = re.compile("[从由]")


def built_on(text: str, mark: T.YearMark, pos: int) -> bool:
    """Whether ``mark`` opens the base a sentence builds on (在2023年…的好成绩基础上) that ends before ``pos``."""
    if mark.role not in ("at", "relative") or text[mark.start - 1:mark.start] != "在":
        return False
    base = _BUILT_ON.match(text, mark.end)
    return base is not None and base.end() <= pos
