"""The year of a text that does not say its date, read from its own words: whether it looks back or ahead,
a year its review estimates (预计2021年), a year named by its place in a plan period (今年是“十五五”开局之年),
a lead naming the year of its priorities, the last year it states results of, and its review or plan
headings (2025年工作回顾, 三、2024年主要工作安排). :mod:`dating` tries them, in its order, when the metadata
and the title give no year, and keeps the :class:`YearEvidence` of the rules it tells the user about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrace.extract.measures.releases import HEADING_MAX as _HEADING_MAX
from plantrace.extract.measures.words import words
from plantrace.extract.measures.years import YEAR as _YEAR
from plantrace.extract.measures.years import plan_end_year, review_word, year_of


@dataclass(frozen=True, slots=True)
class YearEvidence:
    """Why an undated text was given its year: the rule's short reason and the line (its number in the file)."""

    # review_heading (…和2025年工作回顾), plan_heading (三、2024年主要工作安排), plan_place (今年是“十五五”开局之年),
    # estimated_year (预计2021年), lead_priorities (2026年…的重点是), stated_results (2015年…达到, 2025年前三季度…),
    # opening_review (2021年，面对…: the year after the one its opening looks back on)
    reason: str
    line: int
    text: str
    year: int | None = None


def looks_back(lines: list[str]) -> bool:
    """Whether the whole text looks back: at least as many of its lines state results (回眸, 以来, 累计,
    比2015年, 同比, 完成了 …) as state goals (到2025年, 目标, 力争, 预期 …). A plan whose first chapter
    reviews the period before it (“十三五”成就) is still a plan: its goals outnumber its review."""
    back, ahead = tally(lines)
    return back > 0 and back >= ahead


def only_looks_back(lines: list[str]) -> bool:
    """Whether the text states results and no goal at all: an excerpt of a review that names a plan
    (国土空间总体规划获批) was typed a plan by that word, but nothing in it is planned."""
    back, ahead = tally(lines)
    return back > 0 and ahead == 0


def tally(lines: list[str]) -> tuple[int, int]:
    """How many lines state results, how many state goals."""
    back = sum(1 for line in lines if _LOOKING_BACK.search(line) or words().actual_cues.search(line))
    ahead = sum(1 for line in lines if _LOOKING_AHEAD.search(line) or words().target_cues.search(line))
    return back, ahead

_LOOKING_BACK = re.compile(
    r"回顾|回眸|回望|成就|成绩|以来|累计|[五5]年(?:来|里|间)|过去[五5]年|实施成效|(?:比|较)(?:19|20)\d{2}年|是(?:19|20)\d{2}年的")
_LOOKING_AHEAD = re.compile(r"到(?:19|20)\d{2}年|展望|今后|下一步|目标")
LEAD_LINES = 8  # a news page's title, byline and lead

# 预计2021年全市地区生产总值突破3000亿元: a work report's review estimates the year that is ending
# (not a deadline: 预计2025年底前建成)
_ESTIMATED_YEAR = re.compile(r"预计((?:19|20)\d{2})年(?![底末]?(?:前|以前))")


def estimated_year(lines: list[str]) -> tuple[int, YearEvidence] | None:
    """A work report without its date or a dated heading whose review estimates a year (预计2021年…)
    is the report of the year after."""
    for index, line in enumerate(lines):
        match = _ESTIMATED_YEAR.search(line)
        if match:
            return int(match.group(1)) + 1, YearEvidence("estimated_year", index, "")
    return None

# 今年是实施“十五五”规划的开局之年; 刚刚过去的一年，是“十四五”收官之年: the year named by its place in a plan
_PLAN_YEAR_PHRASE = re.compile(
    r"(今年|明年|去年|过去的?一年|刚刚过去的一年|(?:19|20)\d{2}年)[,，]?是[^。；;]{0,16}?“?(十[一二三四五]?)五”?[^。；;]{0,10}?"
    r"(开局|起步|第二|第三|第四|收官|决胜)之?年")
_PLACE_IN_PLAN = {"开局": 0, "起步": 0, "第二": 1, "第三": 2, "第四": 3, "收官": 4, "决胜": 4}


def plan_year_phrase(lines: list[str], said: tuple[str, ...] = (), places: tuple[str, ...] = ()) -> int | None:
    """The report year of a text without a date, from a year named by its place in a plan period (only
    by one of the words ``said`` and at one of the ``places``, when given)."""
    found = plan_place_year(lines, said, places)
    return found[0] if found else None


def plan_place_year(lines: list[str], said: tuple[str, ...] = (), places: tuple[str, ...] = ()
                    ) -> tuple[int, YearEvidence] | None:
    """:func:`plan_year_phrase` with the line that names the year by its place (``plan_place``)."""
    for index, match in ((i, found) for i, line in enumerate(lines) for found in _PLAN_YEAR_PHRASE.finditer(line)):
        end = plan_end_year(match.group(2))
        if match.group(1)[:1].isdigit():
            continue  # 2025年是“十四五”收官之年: said as much of the year a report reviews as of the one it plans
        if end and (not said or match.group(1) in said) and (not places or match.group(3) in places):
            named = end - 4 + _PLACE_IN_PLAN[match.group(3)]
            year = named + {"今年": 0, "明年": -1}.get(match.group(1), 1)  # 去年/过去一年 was the year before
            return year, YearEvidence("plan_place", index, "")
    return None


# 奋力实现“十五五”良好开局 (福州 2026, its work report's 总体要求; 中共中央政治局 2026-04-28: 强调实现“十五五”良好开局):
# this year opens the plan; not 为实现“十五五”良好开局打牢基础 (中央经济工作会议 2024, on 2025), the year before it
_OPENING_GOAL = re.compile(r"(?<!为)实现“?(十[一二三四五]?五)”?(?:规划)?(?:良好开局|开好局)"
                           r"(?![^。；;]{0,4}(?:打牢|打下|打好|奠定|夯实))")


def opening_goal_year(lines: list[str]) -> tuple[int, YearEvidence] | None:
    """An undated work report's news that sets the year's goal to open a plan well (奋力实现“十五五”良好开局):
    the year it plans is that plan's first. Not in a text that only looks back."""
    if only_looks_back(lines):
        return None
    for index, line in enumerate(lines):
        match = _OPENING_GOAL.search(line)
        end = plan_end_year(match.group(1)[:-1]) if match else None
        if end:
            return end - 4, YearEvidence("plan_place", index, "")
    return None


def planned_part_year(lines: list[str], period: tuple[int, int] | None) -> tuple[int, YearEvidence] | None:
    """The year of a text without its title that plans a year of the plan period it names in its lead:
    a work report's second part or news of its targets (二、2025年工作安排 / 今年是实施“十四五”规划的
    收官之年…主要预期目标; 2026年是实施“十五五”规划的开局之年…主要预期目标是) was typed a plan by that
    plan's name. Only a text that looks ahead: a review says the same of the year it looks back on
    (2025年是“十四五”收官之年，…一年来)."""
    if period is None or looks_back(lines):
        return None
    for index, line in enumerate(lines[:LEAD_LINES]):
        for match in _PLAN_YEAR_PHRASE.finditer(line):
            named = period[0] + _PLACE_IN_PLAN[match.group(3)]
            if plan_end_year(match.group(2)) == period[1] and match.group(1) in ("今年", f"{named}年"):
                return named, YearEvidence("plan_place", index, "")
    return None


# news of a report that opens on the year it plans for: 2026年宜宾经济社会发展的重点是什么?…今年宜宾将重点围绕以下
# 八个方面开展工作 (宜宾 2026); 根据政府工作报告，2025 年，深圳将重点抓好…十个方面工作 (深圳 2025)
_LEAD_PLANNED_YEAR = re.compile(r"((?:19|20)\d{2}) ?年[,，]?[^。；;?？\d]{0,16}?(?:的重点是|将重点)")


def lead_planned_year(lines: list[str]) -> tuple[int, YearEvidence] | None:
    """An undated work report's news whose lead names the year whose priorities it tells (2026年…的重点是什么,
    2025 年，深圳将重点抓好): its 今年 and its tasks are of that year."""
    for index, line in enumerate(lines[:LEAD_LINES]):
        match = _LEAD_PLANNED_YEAR.search(line)
        if match:
            return int(match.group(1)), YearEvidence("lead_priorities", index, "")
    return None


# 2015年社会消费品零售总额达到13978亿元 (湖北 2016, news of the report): a year the text states a result of
_RESULT_OF_YEAR = re.compile(r"(?<![到至比较与同\d])((?:19|20)\d{2}) ?年(?:全年|,|，)?[^。；;?？\d到至]{0,14}?"
                             r"(?:达到|实现|增长|突破|完成)")
_GOAL_WORDS = re.compile("目标|预期|力争|确保|计划")


def result_year(lines: list[str]) -> tuple[int, YearEvidence] | None:
    """The news of a work report that names neither its date nor the year it plans, but states results of a
    year (2015年社会消费品零售总额达到13978亿元) and looks back no less than ahead: the report of the year after
    the last one."""
    back, ahead = tally(lines)
    if back < ahead:
        return None
    years = [(int(m.group(1)), -index) for index, line in enumerate(lines) for m in _RESULT_OF_YEAR.finditer(line)
             if not _GOAL_WORDS.search(line, m.start(), m.end())]
    if not years:
        return None
    year, index = max(years)  # the last year stated, on the first line that states it
    return year + 1, YearEvidence("stated_results", -index, "")


def review_heading_year(lines: list[str]) -> tuple[int, YearEvidence] | None:
    """An excerpt without its date: a review heading anywhere (2021年工作回顾) dates the report a year later."""
    for index, line in enumerate(lines):
        year = reviewed_year(line)
        if year is not None:
            return year + 1, YearEvidence("review_heading", index, "")
    return None


# 三、2024年主要工作安排; 展望2024年工作目标: a heading that opens the plans of its year
_PLAN_HEADING = re.compile(
    r"^[^\w]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?\s*(?:展望)?((?:19|20)\d{2})年"
    r"[^。，,；;\d]{0,10}?(?:工作安排|重点工作|主要任务|重点任务|工作目标|目标任务|工作打算|工作部署)")


def plan_heading_year(lines: list[str]) -> tuple[int, YearEvidence] | None:
    """An excerpt without its date or review heading: a heading opening the plans of a year (三、2024年
    主要工作安排) is in a report of that year."""
    for index, line in enumerate(lines):
        match = _PLAN_HEADING.match(line.strip())
        if match and len(line.strip()) < _HEADING_MAX:
            return int(match.group(1)), YearEvidence("plan_heading", index, "")
    return None


def reviewed_year(line: str) -> int | None:
    """The year a short review heading names before its review word (2021年工作回顾 -> 2021; not the
    2025 of 执行情况与2025年计划草案, a plan for that year)."""
    if len(line) >= _HEADING_MAX:
        return None
    review = review_word(line)
    if review is None:
        return None
    last = last_review_start(line, review)  # “十四五”发展成就和2025年工作回顾: the year before its later review word
    years = [m for m in _YEAR.finditer(line, 0, last)]
    if years:
        return year_of(years[-1].group(1))
    after = _REVIEWED_AFTER.match(line, review.start())  # 8个维度回顾2025, 回顾2024年: the year after the word
    return int(after.group(1)) if after else None


def last_review_start(line: str, first: re.Match[str]) -> int:
    """Where the last review word of a heading starts when it reviews both a plan period and a year (一、“十四五”
    发展成就和2025年工作回顾; 一、“十四五”时期主要成就和2025年工作回顾), else where its first does."""
    start, searched = first.start(), first.end()
    while (later := review_word(line[searched:])) is not None:
        start, searched = searched + later.start(), searched + later.end()
    return start


_REVIEWED_AFTER = re.compile(r"回顾((?:19|20)\d{2})(?!\d)")
