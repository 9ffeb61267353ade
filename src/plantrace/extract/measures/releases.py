"""The year a release or statistical bulletin covers, and the year an undated text opens with
(:func:`bulletin_year`, :func:`opening_review`), with the patterns that tell such a text from a plan or
a report. :mod:`dating` reads a document's :class:`~plantrace.extract.measures.dating.Profile` with them.
"""

from __future__ import annotations

import re

from plantrace.extract.measures.years import DATE as _DATE

HEADING_MAX = 40  # a heading or headline is a short line

# 比上年增长3.3%, 比上年末增加0.1万人, 同比下降2.4%: results compared with the year before
YEAR_ON_YEAR = re.compile(r"(?:比上年(?:末|同期)?|同比|较上年末?)(?:增长|下降|增加|减少|提高|回落|上涨|上升)")
BULLETIN_MIN = 3
# 初步核算，2021年全区生产总值…; 根据地区生产总值统一核算结果: a paragraph of a statistical bulletin
ACCOUNTS = re.compile(r"^(?:经)?初步核算|^根据[^，,。\n]{0,12}统一核算结果", re.M)
# 初步核算,2020年全区完成生产总值…; 经初步核算，2019年全市实现地区生产总值…: the year a bulletin's body reports
_ACCOUNTS_YEAR = re.compile(r"^(?:经)?初步核算[,，:：]?\s*((?:19|20)\d{2})年", re.M)
OPENING_CHARS = 300  # a release names the part of the year it covers in its first lines
# the year right before the title's words: no other number between them (2020年5月12日，…发布了《2019年
# 交通运输行业发展统计公报》 covers 2019)
# (2012年中国水资源公报, 2022年中国生态环境状况公报: a sector's bulletin; not a plenum's 全会公报)
BULLETIN_TITLE = re.compile(r"((?:19|20)\d{2})年(?:(?!全会|会议)[^。\n\d]){0,30}?(?:统计公告|数据的公告|公报)")
# 2021年一季度国民经济运行情况, 2023年1—11月: a release on part of a year reports that year
PART_OF_YEAR = re.compile(
    r"((?:19|20)\d{2})年(?:第?[一二三四1-4]季度|上半年|前三季度|1[—\-~至]\d{1,2}月|前\d{1,2}个月)")
# 2022年，面对…；2015年,全县…: the year a text without a title or date opens with is the year it reviews
# (生态环境部1月17日举行例行发布会介绍，2022年，…: the same after the clause that reports it)
_OPENING_YEAR = re.compile(
    r"^(?:[^。\n年]{0,40}?(?:介绍|表示|显示|指出|获悉|透露)[,，:：])?((?:19|20)\d{2})年(?:[,，]|是|极不|极为|很不|在)")
# (2025年是…收官之年，做好各项工作责任重大; 2025年，中山全市经济社会发展主要预期目标是: a plan's year too)
_PLAN_YEAR = re.compile(
    r"((?:19|20)\d{2})年(?:是[^。]{0,40}(?:之年|一年)(?:[^。]{0,10}。[^。]{0,80}(?:主要预期目标|目标任务)"
    r"|[^。]{0,30}?(?:意义重大|责任重大|至关重要|重大意义))|[,，][^。]{0,30}?(?:主要预期目标|预期目标是|目标任务是))")


def bulletin_year(head: str, lines: list[str], issued: str | None = None) -> tuple[int | None, bool]:
    """(the year a statistical bulletin covers, whether it covers only part of it): the year of its title
    (2022年国民经济和社会发展统计公报), of the part of a year it opens with (2021年一季度…), the year its
    text opens with (2022年，面对…), or the date of a release on part of a year that does not name it
    (前三季度国民经济运行… 2024-10-18)."""
    title = BULLETIN_TITLE.search(head)
    if title:
        return int(title.group(1)), False
    part = PART_OF_YEAR.search(head, 0, OPENING_CHARS)
    if part:
        return int(part.group(1)), True
    accounts = _ACCOUNTS_YEAR.search(head)
    if accounts:  # 初步核算,2020年全区完成生产总值…: the year the accounts are of
        return int(accounts.group(1)), False
    survey = SURVEY_RELEASE.search(head)
    if survey:  # 根据…抽样调查…，2016年全国粮食播种面积…如下: the year it announces
        return int(survey.group(1)), False
    base = TWO_YEAR_BASE.search(head)
    if base:  # 比2019年同期增长13.5%，两年平均增长6.5%: two years after the base it skips
        return int(base.group(1)) + 2, bool(PART_WORDS.search(head))
    opening = opening_review(lines)
    if opening:
        return opening[0] - 1, False
    captions = {int(m.group(1) or m.group(2)) for line in lines if (m := _CAPTION_YEAR.match(line.strip()))}
    if len(captions) == 1:  # a page of a bulletin whose tables name the year: 表6 2014年货物和旅客运输量
        return captions.pop(), False
    date = _DATE.search(head)
    year = int(date.group(1) or date.group(2)) if date else None
    if issued and issued[:4].isdigit():
        year = int(issued[:4])
    if year is not None and PART_WORDS.search(head, 0, OPENING_CHARS):
        return year, True
    return None, False


# 表 6 2014年货物和旅客运输量及增速, 表1 2019年玉环市生产总值: a bulletin's table caption names its year
# (2022年全区生产总值及其增长速度, 2022年末全市户籍人口及构成: a caption without its number)
_CAPTION_YEAR = re.compile(
    r"表\s*\d{1,2}\s*((?:19|20)\d{2})\s?年[^。，,；;]{0,30}$"
    r"|((?:19|20)\d{2})\s?年末?[^。，,；;\d]{2,24}(?:及其?增长速度|及增速|及其?构成)$")
# 根据国家统计局对全国31个省(区、市)…的抽样调查和…全面统计，2016年全国粮食播种面积…如下: an announcement of
# survey results (its title, 国家统计局关于2016年粮食产量的公告, may be lost) covers the year it names
# (据对全国31个省(区、市)的抽样调查…, 根据对全国25个夏粮生产省(区、市)的调查…; a converter may leave a 。 in
# the name of its sources)
SURVEY_RELEASE = re.compile(
    r"(?:根据|据)[^\n]{0,80}?(?:调查|统计)[^。\n]{0,20}?[,，]\s*((?:19|20)\d{2})年[^。\n]{0,60}?如下")
# 比2019年同期增长13.5%，两年平均增长6.5%: a release of 2021 measured against the year before the
# disturbed one as well; the base is two years back (the same of 2022 against 2020)
TWO_YEAR_BASE = re.compile(r"(?:比|较)((?:19|20)\d{2})年同期[^。]{0,40}?两年平均")
# 今年1—11月, 今年前三季度: results of this year so far (a release, not a plan)
# 今年春节假日期间, 今年国庆黄金周: a holiday is a part of the year too
_HOLIDAY = r"(?:春节|国庆|五一|劳动节|清明|端午|中秋|元旦)节?(?:假日|假期|长假|黄金周|小长假)"
PART_THIS_YEAR = re.compile(rf"今年(?:前三季度|上半年|第?一季度|1[—\-~至]\d{{1,2}}月|前\d{{1,2}}个?月|{_HOLIDAY})")
# a release on part of a year that does not name the year (前三季度, 上半年, 1—11月)
PART_WORDS = re.compile(rf"前三季度|上半年|第?一季度|1[—\-~至]\d{{1,2}}月|前\d{{1,2}}个月|今年{_HOLIDAY}")


def opening_review(lines: list[str]) -> tuple[int, int, bool] | None:
    """(the year, the index of the line that gave it, whether it was read as the year after one the text looks
    back on): a text without its date whose first lines open with a year (2021年，面对…; 2025年极不平凡)
    reviews that year: it was written the year after. A year opening a plan (2024年是…关键之年。
    主要预期目标…; 2023年，…主要预期目标是：) is the year planned for, also when a line before it
    names the year by its place (…报告指出，2023年是…开局之年)."""
    for index, line in enumerate(lines[:OPENING_LINES]):
        match = _OPENING_YEAR.match(line.strip())
        if match and _PLAN_YEAR.match(line.strip(), match.start(1)):
            return int(match.group(1)), index, False
    for index, line in enumerate(lines[:OPENING_LINES]):
        match = _OPENING_YEAR.match(line.strip())
        if match:
            return int(match.group(1)) + 1, index, True  # (the year planned for was taken in the loop above)
        headline = _RESULT_HEADLINE.match(line.strip())
        if headline and len(line.strip()) < HEADING_MAX:
            return int(headline.group(1)) + 1, index, True  # 2021年畜牧业生产稳定增长: a headline on a year's results
    return None


# 2021年畜牧业生产稳定增长, 2022年生态环境稳步提升。: a headline that states how a year went
_RESULT_HEADLINE = re.compile(
    r"((?:19|20)\d{2})年[^。，,；;:：\d]{2,20}?(?:稳定增长|稳步增长|持续增长|较快增长|平稳增长|稳步提升|持续提升|"
    r"稳中有进|稳中向好|持续向好|回升向好|再创新高|创历史新高|获得丰收|喜获丰收)。?$")


OPENING_LINES = 12  # debris (download bars, breadcrumbs) may stand before the text
