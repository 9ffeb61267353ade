"""What a document is and which year is 'now' for it (:class:`Profile`), read from its metadata or
else from its opening text: titles, dates, web timestamps, review and plan headings, the year a text
opens with, a year named by its place in a plan period. The year rules of :mod:`timeline` count from it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from plantrace.extract.measures.releases import ACCOUNTS as _ACCOUNTS
from plantrace.extract.measures.releases import BULLETIN_MIN as _BULLETIN_MIN
from plantrace.extract.measures.releases import BULLETIN_TITLE as _BULLETIN_TITLE
from plantrace.extract.measures.releases import OPENING_CHARS as _OPENING_CHARS
from plantrace.extract.measures.releases import OPENING_LINES as _OPENING_LINES
from plantrace.extract.measures.releases import PART_OF_YEAR as _PART_OF_YEAR
from plantrace.extract.measures.releases import PART_THIS_YEAR as _PART_THIS_YEAR
from plantrace.extract.measures.releases import PART_WORDS as _PART_WORDS
from plantrace.extract.measures.releases import SURVEY_RELEASE as _SURVEY_RELEASE
from plantrace.extract.measures.releases import TWO_YEAR_BASE as _TWO_YEAR_BASE
from plantrace.extract.measures.releases import YEAR_ON_YEAR as _YEAR_ON_YEAR
from plantrace.extract.measures.releases import bulletin_year as _bulletin_year
from plantrace.extract.measures.releases import opening_review as _opening_review
from plantrace.extract.measures.undated import LEAD_LINES as _LEAD_LINES
from plantrace.extract.measures.undated import YearEvidence
from plantrace.extract.measures.undated import estimated_year as _estimated_year
from plantrace.extract.measures.undated import lead_planned_year as _lead_planned_year
from plantrace.extract.measures.undated import looks_back as _looks_back
from plantrace.extract.measures.undated import only_looks_back as _only_looks_back
from plantrace.extract.measures.undated import opening_goal_year as _opening_goal_year
from plantrace.extract.measures.undated import plan_heading_year as _plan_heading_year
from plantrace.extract.measures.undated import plan_place_year as _plan_place_year
from plantrace.extract.measures.undated import plan_year_phrase as _plan_year_phrase
from plantrace.extract.measures.undated import planned_part_year as _planned_part_year
from plantrace.extract.measures.undated import result_year as _result_year
from plantrace.extract.measures.undated import review_heading_year as _review_heading_year
from plantrace.extract.measures.undated import reviewed_year as _reviewed_year
from plantrace.extract.measures.undated import tally as _tally
from plantrace.extract.measures.words import words
from plantrace.extract.measures.years import DATE as _DATE
from plantrace.extract.measures.years import PERIOD as _PERIOD
from plantrace.extract.measures.years import PINYIN as _PINYIN
from plantrace.extract.measures.years import YEAR as _YEAR
from plantrace.extract.measures.years import plan_end_year, year_of
from plantrace.models import Document, Line


@dataclass(frozen=True, slots=True)
class Profile:
    """What the document is and which year is 'now' for it."""

    doc_type: str
    report_year: int | None          # the year a work report plans for (今年)
    period: tuple[int, int] | None   # a plan's period
    plan: tuple[int, int] | None = None  # the plan a review looks back on (its goals are of its end year)
    late: bool = False  # read late in the year before the one it plans: 今年 is the year it reviews
    inferred: YearEvidence | None = None  # the words of an undated text that gave report_year, if they did

    @property
    def reference_year(self) -> int | None:
        """Values dated this year or later are promises."""
        if self.doc_type == "work_report":
            return self.report_year
        if self.doc_type == "statistical_bulletin":  # a bulletin reports the year it covers
            return self.period[1] + 1 if self.period else self.report_year
        return self.period[0] if self.period else self.report_year


def profile(document: Document, lines: Iterable[Line]) -> Profile:
    """The document type, period and report year, read from metadata or else from the opening text."""
    read = [ln for ln in lines if not ln.blank]
    every = [_PINYIN.sub("", ln.simp) for ln in read]
    head = "\n".join(every[:_HEAD_LINES])
    doc_type: str = document.doc_type
    if doc_type == "other" or (doc_type == "special_plan" and _ANNUAL_REPORT.search(document.title + head)):
        doc_type = _sniff_type(document.title + "\n" + head)  # an annual plan report reads like a work report
    dated = bool(document.issued) or bool(_DATE.search(head))
    if document.doc_type == "other" and _retyped_as_release(doc_type, head):
        doc_type = "other"  # a bulletin's body that names a plan period, a plan's execution over part of a year
    if doc_type == "other" and (len(_YEAR_ON_YEAR.findall(head)) >= _BULLETIN_MIN or _ACCOUNTS.search(head)
                                or _BULLETIN_TITLE.search(head, 0, _OPENING_CHARS)
                                or _PART_OF_YEAR.search(head, 0, _OPENING_CHARS) or _TWO_YEAR_BASE.search(head)
                                or _SURVEY_RELEASE.search(head, 0, _OPENING_CHARS)
                                or (dated and (_PART_THIS_YEAR.search(head, 0, _OPENING_CHARS)
                                               or any(_PART_WORDS.match(line) for line in every[:_OPENING_LINES])))):
        # a bulletin's body without its title (全年…比上年增长…, 年末…), a release on part of a year (a dated
        # page whose text opens with 前三季度，全市… or 1-5月，全区…: the year of its date)
        doc_type = "statistical_bulletin"
    review = _dated_review(document.issued, doc_type, every) if document.issued else _review_profile(
        doc_type, head, every)
    if review is not None or (doc_type == "work_report" and (review := _fiscal_address(document.title, head))):
        inferred = _evidence(review.inferred, read, review.report_year)
        return replace(review, plan=document.period or _sniff_period(head), inferred=inferred)
    if document.doc_type == "other" and (news := _plan_results_news(  # (a plan the metadata knows is a plan)
            doc_type, document.period or _sniff_period(head), head, read, every, document.issued)) is not None:
        return news
    if document.doc_type == "other" and doc_type in ("fyp_outline", "special_plan") and not document.issued:
        placed = _plan_place_year(every[:_LEAD_LINES], ("今年",), ("开局", "起步")) or _planned_part_year(
            every, _sniff_period(head))
        if placed is not None:  # 今年是“十五五”规划开局起步之年…: news of the year it names, not the plan
            return Profile(doc_type="work_report", report_year=placed[0], period=None,
                           inferred=_evidence(placed[1], read, placed[0]))
    if (document.doc_type == "other" and doc_type in ("fyp_outline", "special_plan") and not _sniff_period(head)
            and _only_looks_back(every)):
        # （五）…国土空间总体规划获批…新改建道路59条: a review naming a plan (not a plan period) is no plan
        doc_type = "other"
    parts = [(int(m.group(1)), i) for i, line in enumerate(every[:_HEAD_LINES]) for m in _PART_OF_YEAR.finditer(line)]
    if doc_type == "other" and parts and not document.issued and not _DATE.search(head):
        # an undated text that reports 2025年前三季度 was written after it: what it states are results
        year, index = max(parts, key=lambda part: part[0])
        return Profile(doc_type=doc_type, report_year=year + 1, period=None,
                       inferred=_evidence(YearEvidence("stated_results", index, ""), read, year + 1))
    if doc_type == "statistical_bulletin":
        covered, so_far = _bulletin_year(document.title + "\n" + head, every, document.issued)
        if covered is not None:  # a release on part of a year is written in it (今年 is that year)
            return Profile(doc_type=doc_type, report_year=covered + (0 if so_far else 1), period=(covered, covered))
    return _dated_by_words(document, doc_type, head, read, every)


def _dated_by_words(document: Document, doc_type: str, head: str, read: list[Line], every: list[str]) -> Profile:
    """A profile dated by metadata, else by the text's own words, the strongest first (the news of a work
    report, last, by its lead or its results); the words that gave the year, but for a year opening the text's
    first lines as planned for, are said in ``inferred``; ``every`` is ``read``'s simplified text without pinyin."""
    period = document.period or _sniff_period(head)
    inferred: YearEvidence | None = None
    report_year = _report_year(document, head, doc_type, period)
    if report_year is None:  # a review heading of the opening (…2021年工作回顾), else a plan's first year
        report_year, inferred = _review_heading_year(every[:_HEAD_LINES]) or (
            (period[0], None) if period and doc_type != "work_report" else (None, None))
    if report_year is None:  # the text's own words further on
        opening = _opening_review(every)
        report_year, inferred = (_review_heading_year(every) or _plan_heading_year(every)
                                 or (_opened_on(*opening) if opening is not None else None) or _plan_place_year(every)
                                 or (_estimated_year(every) if doc_type == "work_report" else None) or (None, None))
    if report_year is None and doc_type == "work_report":
        report_year, inferred = _lead_planned_year(every) or _opening_goal_year(every) or _result_year(every) or (
            None, None)
    inferred = _evidence(inferred, read, report_year)
    return Profile(doc_type=doc_type, report_year=report_year, period=period, inferred=inferred)


def _opened_on(year: int, index: int, looked_back: bool) -> tuple[int, YearEvidence | None]:
    """The year a text's opening line gave: a year it looks back on (2021年，面对…) gives the year after, said
    as ``opening_review``; a year it opens as planned for (2024年是…关键之年。主要预期目标…) is its own."""
    return year, YearEvidence("opening_review", index, "") if looked_back else None


def _evidence(found: YearEvidence | None, read: list[Line], year: int | None) -> YearEvidence | None:
    """The evidence with the number and words of the physical line it came from (``found.line`` counts the
    non-blank lines read, ``found.text`` is empty)."""
    if found is None:
        return None
    line = read[found.line]
    return YearEvidence(found.reason, line.number, line.text.strip(), year)


def _fiscal_address(title: str, head: str) -> Profile | None:
    """A policy address for a fiscal year (2024年财政年度施政报告, 二〇二五年財政年度施政報告, 2022年度施政报告),
    read in the November before it: 2023年以来, 过去一年 and 今年首三季度 are the year it is read in, 明年 and
    2024年 the year it plans. One read in the spring of its fiscal year (after a change of government) names
    one of the first months of 今年 (截至今年1月底), and is read as a report of that year."""
    fiscal = _FISCAL_YEAR.search(title + "\n" + head)
    if fiscal is None or _EARLY_IN_YEAR.search(head):
        return None
    return Profile(doc_type="work_report", report_year=year_of(fiscal.group(1)), period=None, late=True)


_FISCAL_YEAR = re.compile(r"((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}) ?(?:年 ?财政年度|年度)(?:的)?施政报告")
# 截至今年1月底: a text that names one of the first months of 今年 is read early in that year
_EARLY_IN_YEAR = re.compile(r"今年[1-3一二三]月")


def _retyped_as_release(sniffed: str, head: str) -> bool:
    """Whether a type sniffed from a word of the opening text yields to what the text does: a bulletin's
    body (初步核算, 比上年增长…) that names the plan period its year belongs to (2024年是实现“十四五”规划
    目标任务的关键一年) is no plan; a report on a plan's execution over part of a year (2017年上半年…计划
    执行情况), with no plan for a next year, is a release of that year's results."""
    if sniffed in ("fyp_outline", "special_plan"):
        return bool(_ACCOUNTS.search(head)) or len(_YEAR_ON_YEAR.findall(head)) >= _BULLETIN_MIN
    if sniffed == "work_report":
        return bool(_PART_OF_YEAR.search(head, 0, _OPENING_CHARS)) and not _PLAN_DRAFT.search(head) and not any(
            pattern.search(head) for pattern in _WORK_REPORT_TITLES)
    return False


_HEAD_LINES = 40  # the opening a profile reads for dates, types and periods
_WORK_REPORT_TITLES = (re.compile("政府工作报告|施政报告"),)


def _review_profile(doc_type: str, head: str, every: list[str]) -> Profile | None:
    """An undated text that looks back (its title names an evaluation, or the whole text looks back, see
    :func:`_looks_back`), read like a work report of the year after what it reviews:
    news of a plan's evaluation (“十二五”规划交出期中成绩单; 2013年上半年 -> 2014: every year it states
    is a result); a look back on a plan period (回眸“十二五”, 辉煌十三五: its date, else the year after
    the last year it states); a five-year review (五年来，…较2015年增加…, 是2011年的1.9倍: the five
    years after its base)."""
    plan = doc_type in ("fyp_outline", "special_plan")
    titled = _PLAN_REVIEW.search("\n".join(every[:_TITLE_LINES]))
    if plan and _PLAN_REVIEW.search(head) and (titled or _looks_back(every)):
        stated = [year_of(m.group(2) or m.group(1)) for m in _YEAR.finditer(head)]
        return Profile(doc_type="work_report", report_year=max(stated) + 1 if stated else None, period=None)
    if (plan or doc_type == "other") and _PERIOD_REVIEW.search(head) and _looks_back(every):
        date = _DATE.search(head)
        stated = [year_of(m.group(2) or m.group(1)) for m in _YEAR.finditer(head)
                  if head[max(0, m.start() - 1):m.start()] not in _BASE_WORDS]
        year = int(date.group(1) or date.group(2)) if date else (max(stated) + 1 if stated else None)
        if year is not None:
            return Profile(doc_type="work_report", report_year=year, period=None)
    if doc_type == "other" and _FIVE_YEARS.search(head) and _looks_back(every):
        bases = Counter(int(m.group(1) or m.group(2)) for m in _BASE_YEAR.finditer(head))
        if bases:
            return Profile(doc_type="work_report", report_year=bases.most_common(1)[0][0] + 6, period=None)
    if plan and (_FIVE_YEARS.search(head) or _PLAN_RESULTS.search(head)) and _looks_back(every):
        # 今年是“十四五”规划收官之年。这五年，…达19.1万公里: news looking back on a plan period in its last
        # year reports that year's results so far (as a release does); later, it is a review written after it.
        # So does news of a briefing on a plan's results (介绍“十三五”期间国家教育发展情况) whose goals are
        # still to be met by the end of this year (…指标，年底前亦将全部完成; 今年预计可以超额完成这一目标)
        period, date = _sniff_period(head), _DATE.search(head)
        now = int(date.group(1) or date.group(2)) if date else _plan_year_phrase(every)
        if now is None and period is not None and _PLAN_RESULTS.search(head) and _ENDS_THIS_YEAR.search(head):
            now = period[1]
        if period is not None and now == period[1]:
            return Profile(doc_type="statistical_bulletin", report_year=now, period=(now, now))
        if period is not None and now is not None and now > period[1]:
            return Profile(doc_type="work_report", report_year=period[1] + 1, period=None)
    if doc_type == "other" and _PAST_FIVE_SAID.search(head) and not _DATE.search(head) and _looks_back(every):
        # 過去5年，香港經濟…平均每年2.4%…至2016年: a review of the five years up to the last year it states
        stated = [year_of(m.group(2) or m.group(1)) for m in _YEAR.finditer(head)
                  if head[max(0, m.start() - 1):m.start()] not in _BASE_WORDS]
        if stated:
            return Profile(doc_type="work_report", report_year=max(stated) + 1, period=None)
    return _achievements_review(doc_type, head, every) or _review_part(doc_type, head, every)


def _review_part(doc_type: str, head: str, every: list[str]) -> Profile | None:
    """An undated text of no known kind (or typed a plan) that opens with a work report's review heading naming
    the year it reviews (一、“十四五”发展成就和2025年工作回顾, 一、“十四五”时期主要成就和2025年工作回顾): the
    report's first part, of the year after (its 五年来 are the plan period's, its stocks of the year reviewed),
    not a plan of the period it names."""
    if doc_type not in ("other", "fyp_outline", "special_plan") or _DATE.search(head) or not _looks_back(every):
        return None  # (typed a plan by the period its review names: 较好完成了“十四五”规划确定的主要目标任务)
    for index, line in enumerate(every[:_REVIEW_TITLE_LINES]):
        year = _reviewed_year(line.strip())
        if year is not None:
            return Profile(doc_type="work_report", report_year=year + 1, period=None,
                           inferred=YearEvidence("review_heading", index, ""))
    return None


def _plan_results_news(doc_type: str, period: tuple[int, int] | None, head: str, read: list[Line], every: list[str],
                       issued: str | None) -> Profile | None:
    """News of a plan period's results so far, a text of no known kind that names the period and looks back
    (截至2024年底，铁路营业里程达到16.2万公里，比“十三五”末增加…; “十四五”前4年交通固定资产投资达到…): written
    in the year of its date, else in the year after the last year it states a result of. While the period
    runs it is read as a release of that year (its 今年1-6月 is of that year, its 到2025年 a promise), after
    the period as a report of that year; not by the period's first year, as a plan would be. A text typed a
    plan by a plan's name only (“十四五”规划确定的17项主要指标中，6项指标已经于2024年提前完成) is such news when
    it states more results than goals and a result of a year inside the period (截至2024年底, 从2020年的…增长至
    2024年的…), or names the plan's year it is written in (今年是“十四五”规划收官之年，…“十四五”以来，全市新增
    高新技术企业651家) and looks back."""
    if period is None or doc_type not in ("other", "fyp_outline", "special_plan"):  # (not a bulletin or report)
        return None
    back, ahead = _tally(every)
    # 今年是“十四五”规划收官之年, 从2020年的4.37万亿元增长至2024年的5.78万亿元: no plan says so of its own years
    named, stated = _plan_year_phrase(every[:_LEAD_LINES], ("今年",)), _result_years(head)
    # (a text that says 今年是…收官之年 and looks ahead is news of that year's plans: _planned_part_year; a plan
    # states its base and its goals, of the years before and at the end of its period, not between)
    looks_back = (named is not None and _looks_back(every)) or (
        back > ahead and any(period[0] < year < period[1] for year in stated))
    if not looks_back:
        return None
    date = _DATE.search(head)
    found: YearEvidence | None = None
    if issued and issued[:4].isdigit():
        now: int | None = int(issued[:4])
    elif date:
        now = int(date.group(1) or date.group(2))
    elif named is not None:
        now, found = _plan_place_year(every[:_LEAD_LINES], ("今年",)) or (named, None)
    else:
        now = max(stated) + 1 if stated else None
        found = next((YearEvidence("stated_results", i, "") for i, line in enumerate(every[:_HEAD_LINES])
                      if now is not None and now - 1 in _result_years(line)), None)
    if now is None or now <= period[0]:
        return None
    inferred = _evidence(found, read, now)
    if now <= period[1]:
        return Profile(doc_type="statistical_bulletin", report_year=now, period=(now, now), plan=period,
                       inferred=inferred)
    return Profile(doc_type="work_report", report_year=now, period=None, plan=period, inferred=inferred)


def _result_years(head: str) -> list[int]:
    """The years a text states results of: not a span (2021~2030年), a comparison base (比2020年), a deadline
    (到2025年, 2030年前) or a title's year (《2030年前碳达峰行动方案》); 截至2024年底 is a result's date."""
    years = []
    for match in _YEAR.finditer(head):
        if match.group(2):
            continue
        before, after = head[max(0, match.start() - 2):match.start()], head[match.end():match.end() + 2]
        deadline = (before.endswith(("到", "至", "在")) and not before.endswith(("截至", "截止"))
                    and after[:1] != "的")  # but 由2020年的…增加至2024年的1328.5亿元: a value of that year
        if before[-1:] in _BASE_WORDS or deadline or after[:1] == "前" or after[:2] in ("以前", "底前", "末前"):
            continue
        if _inside_title(head, match.start()):
            continue
        years.append(year_of(match.group(1)))
    return years


def _inside_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


def _achievements_review(doc_type: str, head: str, every: list[str]) -> Profile | None:
    """A text of no known kind that reviews a plan period's achievements (2026年2月8日，…全文刊发《“十四五”时期
    南阳经济社会发展成就》; a news page of the 2026 sessions: “十四五”发展成就 …年均增长8%), dated after that period:
    a report of the year of its date (news of the achievements during the period's last year reports that
    year, see :func:`_review_profile`)."""
    achieved, date = _PERIOD_ACHIEVEMENTS.search(head), _DATE.search(head)
    end = plan_end_year(achieved.group(1)) if achieved else None
    if doc_type != "other" or end is None or date is None or not _looks_back(every):
        return None
    year = int(date.group(1) or date.group(2))
    return Profile(doc_type="work_report", report_year=year, period=None) if year > end else None


def _dated_review(issued: str, doc_type: str, every: list[str]) -> Profile | None:
    """A dated report on how a plan is carried out (关于《…第十三个五年规划纲要》实施中期评估报告, ——2018年11月27日
    在…会议上) reviews the years up to its delivery, its part of a year included (2018年上半年…增长9%): read like
    a report of the year after, whose plan-end goals (年均增长8.5%左右的规划目标) stay promises."""
    if doc_type not in ("fyp_outline", "special_plan") or not issued[:4].isdigit():
        return None
    if not _PLAN_REVIEW.search("\n".join(every[:_REVIEW_TITLE_LINES])):
        return None
    return Profile(doc_type="work_report", report_year=int(issued[:4]) + 1, period=None)


_TITLE_LINES = 3  # a title (and a lead line) that names the evaluation: 规划中期评估, 期中成绩单
_PAST_FIVE_SAID = re.compile(r"过去[五5]年|[五5]年来|[五5]年间")
_ANNUAL_REPORT = re.compile("计划执行情况|计划草案|施政报告")
_REVIEW_TITLE_LINES = 5  # web debris (a greeting, a breadcrumb) may stand before the title


# 辉煌十三五, 回眸“十二五”, “十三五”成就: a text that looks back on a plan period, not the plan itself
_PERIOD_REVIEW = re.compile(
    r"(?:回眸|回望|辉煌|盘点|数说)“?十[一二三四五]?五”?|“?十[一二三四五]?五”?(?:成就|成绩单)")
# 《“十四五”时期南阳经济社会发展成就》, “十四五”发展成就: the achievements of a plan period, named as such
_PERIOD_ACHIEVEMENTS = re.compile(r"“?(十[一二三四五]?)五”?(?:时期|期间|以来)?[^。\n，,“”]{0,12}?发展成就")
# 五年来, 这五年 opening a paragraph; 较2015年增加…: the base year a five-year review compares with
_FIVE_YEARS = re.compile(r"^[^\n]{0,4}?(?:五年来|这五年|过去五年)", re.M)
_BASE_YEAR = re.compile(r"(?:较|比)((?:19|20)\d{2})年|是((?:19|20)\d{2})年的")
_BASE_WORDS = ("比", "较", "与", "同")
# a briefing on a plan's results: 高质量完成“十四五”规划 (the name of a series of press conferences),
# 介绍“十三五”期间国家教育发展情况, 介绍“十四五”时期能源高质量发展成就
_PLAN_RESULTS = re.compile(
    r"完成[‘“「]?十[一二三四五]?五[’”」]?规划[’”」]?系列|介绍[^。\n]{0,6}?[“「]?十[一二三四五]?五[”」]?(?:时期|期间|以来)"
    r"[^。\n]{0,16}?(?:成就|情况|成效|进展|成绩)")
# the plan's goals are met by the end of this year: 年底前亦将全部完成, 今年预计可以超额完成这一目标
_ENDS_THIS_YEAR = re.compile(r"年底前[^。\n]{0,10}?完成|今年预计[^。\n]{0,10}?完成")
# the words of a text that reviews how a plan is carried out, not the plan itself
_PLAN_REVIEW = re.compile(r"中期评估|期中成绩单|实施情况评估|规划实施进展|规划[^。\n]{0,6}成绩单")


def _sniff_type(text: str) -> str:
    for name, pattern in words().doc_types:
        if pattern.search(text):
            return name
    return "other"


# “十四五”可再生能源发展规划, 节水型社会建设“十三五”规划, 十四五新型城镇化实施方案: a plan named by its period
_NAMED_PLAN = re.compile(r"“?(十[一二三四五]?)五”?[^，,。:：\n]{0,20}规划"
                         r"|(?:[“「](十[一二三四五]?)五[”」]|(十[一二三四])五)[^，,。:：\n]{0,16}?方案")
_TITLE_SPAN = re.compile(r"[(（]((?:19|20)\d{2})\s*[—–\-~～至]\s*((?:19|20)\d{2})年?[)）]")


def _sniff_period(text: str) -> tuple[int, int] | None:
    """A plan's period from its opening text: 第十四个五年规划, “十四五”…规划, (2021—2025年)."""
    match = _PERIOD.search(text) or _NAMED_PLAN.search(text)
    end = plan_end_year(next(g for g in match.groups() if g)) if match else None
    if end:
        return end - 4, end
    span = _TITLE_SPAN.search(text)
    return (int(span.group(1)), int(span.group(2))) if span and span.group(1) < span.group(2) else None


# 2024年计划执行情况与2025年计划草案, 2023年预算草案: the year a plan or budget report plans for
_PLAN_DRAFT = re.compile(r"((?:19|20)\d{2})年[^。\n\d]{0,16}?(?:计划|预算)草案")
# news of a report that tells what it reviews or plans: 报告回顾了 2023 年工作 (a report of 2024), 提出了
# 2024年经济社会发展主要预期目标 / 2024 年工作总体要求 (the year planned for)
# (成都: 回顾2021年，安排2022年工作; 济南: 报告提出了2023年济南市经济社会发展的总体要求; 昆明: 政府工作报告
# 指出，2025年全市经济社会发展主要预期目标建议为; 中山: 报告指出，2025年，中山全市经济社会发展主要预期目标是)
_TOLD_YEAR = re.compile(
    r"(?:回顾|总结)了?((?:19|20)\d{2}) ?年(?:的|全年)?(?:工作|经济社会发展|[,，、])"
    r"|(?:提出了?|安排|指出[,，]?)((?:19|20)\d{2}) ?年[,，]?[^,，。；;\d]{0,16}?(?:工作|总体要求|预期目标|目标任务)")
# 今年(2024年)的主要预期目标: the text names the year it calls 今年
_THIS_YEAR = re.compile(r"今年[(（]((?:19|20)\d{2})年?[)）]")


def _report_year(document: Document, head: str, doc_type: str, period: tuple[int, int] | None) -> int | None:
    if doc_type == "work_report" and period and period[0] == period[1]:
        return period[0]  # the year a report plans for, also when read in the December before it
    if document.issued and document.issued[:4].isdigit():
        return int(document.issued[:4])
    now = _THIS_YEAR.search(head)
    if now:
        return int(now.group(1))
    date = _DATE.search(head)
    draft = _PLAN_DRAFT.search(head)
    if date and (date.group(1) or not draft):  # a web timestamp (2022-03-27) yields to the text's own year
        return int(date.group(1) or date.group(2))
    if draft:
        return int(draft.group(1))  # 2025年计划草案: the year planned for
    told = _TOLD_YEAR.search(head)
    if told:  # news of a report: 报告回顾了2023年工作，提出了2024年…目标任务
        return int(told.group(1)) + 1 if told.group(1) else int(told.group(2))
    return None

