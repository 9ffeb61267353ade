"""Scope and period of a quantity: one year, an average over a period (年均), a total over a period (累计).

Phrases are quoted from the 2026 government work reports of 贵州 (GZ), 云南 (YN) and 宁夏 (NX)
(public texts as collected in johncodes404/china-provincial-gov-reports-2026), the sample Haizhu
outline (HZ) and the report to the party congress of 2012, each with the heading it stands under.
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-01-27"}
FYP: dict[str, Any] = {"doc_type": "fyp_outline", "period": (2021, 2025)}
REVIEW = ("一、2025年和“十四五”时期工作回顾",)
GOALS = ("二、“十五五”时期主要目标任务", "——高质量发展取得显著成效")
THIS_YEAR = ("三、2026年工作安排",)


def covered(phrase: str, doc: dict[str, Any], path: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
    return [(m.surface, m.stance, m.year, m.scope, m.period) for m in one(phrase, path=path, **doc)]


@pytest.mark.parametrize(
    ("phrase", "doc", "path", "expected"),
    [
        # GZ: review of the plan period: averages over 2021-2025, a level of 2025 (after the milestone it passed,
        # which has no year)
        ("全省地区生产总值突破2万亿元、达到23562亿元，一般公共预算收入、税收收入年均分别增长4.5%、3%。", WR2026, REVIEW,
         [("2万亿元", "actual", None, "annual", None), ("23562亿元", "actual", 2025, "annual", None),
          ("4.5%", "actual", 2025, "period_average", (2021, 2025)),
          ("3%", "actual", 2025, "period_average", (2021, 2025))]),
        # YN: 年均 reaches its own growth rate, not the level before it
        ("地区生产总值突破3万亿元、年均增长4.7%，人均地区生产总值超1万美元。", WR2026, REVIEW,
         [("3万亿元", "actual", 2025, "annual", None), ("4.7%", "actual", 2025, "period_average", (2021, 2025)),
          ("1万美元", "actual", 2025, "annual", None)]),
        # GZ: the next plan's goals inside a work report are promises for the period, not this year's
        ("经济增长潜力充分释放，全省地区生产总值年均增长5%左右、迈上3万亿元台阶。", WR2026, GOALS,
         [("5%左右", "target", 2030, "period_average", (2026, 2030)), ("3万亿元", "target", 2030, "annual", None)]),
        # GZ: 累计 covers every item of its list
        ("累计完成棚户区改造47.63万户（套）、老旧小区改造68.56万户、背街小巷改造5667条。", WR2026, REVIEW,
         [("47.63万户", "actual", 2025, "period_cumulative", (2021, 2025)),
          ("68.56万户", "actual", 2025, "period_cumulative", (2021, 2025)),
          ("5667条", "actual", 2025, "period_cumulative", (2021, 2025))]),
        # NX: 累计下降 over the plan period
        ("全区能耗强度累计下降17.3%，获得国家节能考核优秀等次。", WR2026, REVIEW,
         [("17.3%", "actual", 2025, "period_cumulative", (2021, 2025))]),
        # HZ (the sample Haizhu outline, review section): the years of a from-to sentence bound the average
        ("地区生产总值从2015年的1405.4亿元增长到2020年的2086.93亿元,年均增长6.3%。", FYP, ("第一节 发展环境",),
         [("1405.4亿元", "actual", 2015, "annual", None), ("2086.93亿元", "actual", 2020, "annual", None),
          ("6.3%", "actual", 2020, "period_average", (2016, 2020))]),
        # GZ: this year's targets stay annual
        ("纺织产业增加值增长15%左右。", WR2026, THIS_YEAR, [("15%左右", "target", 2026, "annual", None)]),
        # the 2012 party congress report: doubling by a year over a base year covers the years between
        ("实现国内生产总值和城乡居民人均收入比二〇一〇年翻一番。",
         {"doc_type": "other", "period": None, "issued": "2012-11-08"},
         ("确保到二〇二〇年实现全面建成小康社会宏伟目标",),
         [("翻一番", "target", 2020, "period_cumulative", (2011, 2020))]),
        # a plan's own averages cover its period; its review the five years before
        ("全区地区生产总值年均增长6%左右。", FYP, ("第二章 主要目标",),
         [("6%左右", "target", 2025, "period_average", (2021, 2025))]),
        ("地区生产总值年均增长6.3%。", FYP, ("第一章 发展基础", "第一节 “十三五”时期发展成就"),
         [("6.3%", "actual", 2020, "period_average", (2016, 2020))]),
    ],
)
def test_scope_and_period(phrase: str, doc: dict[str, Any], path: tuple[str, ...],
                          expected: list[tuple[Any, ...]]) -> None:
    assert covered(phrase, doc, path) == expected


@pytest.mark.parametrize(
    ("path", "stance"),
    [
        # a heading's own time decides before its words (headings in the style of the GZ, YN 2026 reports)
        (("二、“十五五”时期主要目标任务", "——生态文明建设取得新的重大进展"), "target"),
        (("三、2026年主要工作",), "target"),
        (("一、2025年主要任务完成情况",), "actual"),
        (("二、今年重点工作",), "target"),
        (("一、过去一年工作回顾",), "actual"),
    ],
)
def test_heading_time_decides_the_region(path: tuple[str, ...], stance: str) -> None:
    found = one("全省规模以上工业增加值增长6.5%。", path=path, **WR2026)
    assert [m.stance for m in found] == [stance]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a sentence framed by the plan period: increments cover it, levels stay the end year's (GZ)
        ("五年来，新增高新技术企业1200家，地区生产总值达到23562亿元。",
         [("1200家", "period_cumulative", (2021, 2025)), ("23562亿元", "annual", None)]),
        # its own year dates the value
        ("2025年，新增五星级饭店16家。", [("16家", "annual", None)]),
    ],
)
def test_a_period_frame_makes_increments_cumulative(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(m.surface, m.scope, m.period) for m in one(phrase, path=REVIEW, **WR2026)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the national 14th FYP outline's goals: changes promised over the plan period add up over it
        ("人均预期寿命提高1岁。", [("1岁", "period_cumulative", (2021, 2025))]),
        ("单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18%。",
         [("13.5%", "period_cumulative", (2021, 2025)), ("18%", "period_cumulative", (2021, 2025))]),
        ("地级及以上城市细颗粒物(PM2.5)浓度下降10%。", [("10%", "period_cumulative", (2021, 2025))]),
        # a level to reach stays the end year's; a sentence that dates its value keeps that year
        ("常住人口城镇化率提高到65%。", [("65%", "annual", None)]),
        ("到2025年，新增城市绿道1000公里。", [("1000公里", "annual", None)]),
    ],
)
def test_a_plans_promised_increments_cover_its_period(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    found = one(phrase, path=("第二章 主要目标",), **FYP)
    assert [(m.surface, m.scope, m.period) for m in found] == expected
    assert {(m.stance, m.year) for m in found} == {("target", 2025)}


@pytest.mark.parametrize(
    ("path", "stance"),
    [
        # a review word that opens a plan's name is no review (county reports of 海南, 福建, 江西 style)
        (("三、2024年主要工作安排",), "target"),
        (("二、重点工作安排",), "target"),
        (("(二)主要工作任务",), "target"),
        (("一、主要工作完成情况",), "actual"),
        (("一、2023年主要工作",), "actual"),
    ],
)
def test_a_review_word_inside_a_plans_name(path: tuple[str, ...], stance: str) -> None:
    found = one("全县地区生产总值增长6.5%。", path=path, doc_type="work_report", period=None, issued="2024-01-20")
    assert [m.stance for m in found] == [stance]


REVIEW2021: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2021-01-26"}
REVIEW2016: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2016-02-18"}


@pytest.mark.parametrize(
    ("phrase", "doc", "path", "expected"),
    [
        # 陕西 2021 (a digest's bullet heading): increments under a plan period's heading cover the period
        ("全省城鎮化率提高5.5個百分點", REVIEW2021, ("“十三五”成就",),
         [("5.5個百分點", "period_cumulative", (2016, 2020))]),
        # 商洛 2016: counts before the event that made them (创建为, 进入), under the 十二五 heading
        ("2个县创建为“国家卫生县城”,12个镇进入全国重点镇,建成新型城乡社区690个。", REVIEW2016, ("不平凡的“十二五”",),
         [("2个", "period_cumulative", (2011, 2015)), ("12个", "period_cumulative", (2011, 2015)),
          ("690个", "period_cumulative", (2011, 2015))]),
        # a heading that names a year as well dates its values (一、2025年和“十四五”时期工作回顾)
        ("新增五星级饭店16家。", WR2026, REVIEW, [("16家", "annual", None)]),
        # 齐河 2021: a change over N years (五年增长2.1倍) covers the last N years
        ("全县企业数量达到11245户,五年增长2.1倍。", REVIEW2021, (),
         [("11245户", "annual", None), ("2.1倍", "period_cumulative", (2016, 2020))]),
        # 商洛 2016: a gap between growth rates in a sentence of averages is an average too
        ("生产总值年均增长12.9%,高于全省1.8个百分点。", REVIEW2016, ("不平凡的“十二五”",),
         [("12.9%", "period_average", (2011, 2015)), ("1.8个百分点", "period_average", (2011, 2015))]),
    ],
)
def test_periods_from_headings_spans_and_gaps(phrase: str, doc: dict[str, Any], path: tuple[str, ...],
                                             expected: list[tuple[Any, ...]]) -> None:
    assert [(m.surface, m.scope, m.period) for m in one(phrase, path=path, **doc)] == expected


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("2020年成就:", "2020年成就"),
        ("“十四五”目標(biāo):", "“十四五”目標"),  # converter debris after a character is dropped
        ("2021年目标：", "2021年目标"),
        ("2025年经济社会发展的主要预期目标是：地区生产总值增长5%左右。", None),  # a sentence, not a heading
        ("城鎮(zhèn)新增就業(yè)40萬(wàn)人", None),
    ],
)
def test_short_bullet_headings_of_a_digest(text: str, heading: str | None) -> None:
    from plantrace.extract.measures.regions import heading_of

    found = heading_of(text)
    assert (found[1] if found else None) == heading


WR2024: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2024-01-20"}


@pytest.mark.parametrize(
    ("phrase", "doc", "expected"),
    [
        # 齐河 2021: N年来 and 过去N年 cover the N years before the report
        ("5年来,全县固定资产投资年均增长7.2%,规上工业增加值年均增长6.7%。", REVIEW2021,
         [("7.2%", "actual", 2020, (2016, 2020)), ("6.7%", "actual", 2020, (2016, 2020))]),
        ("过去三年,地区生产总值年均增长6.3%。", WR2024, [("6.3%", "actual", 2023, (2021, 2023))]),
        # the forms of 2024 reports: “十四五”以来 inside the period is the years so far; 前三年 its first three
        ("“十三五”时期全市地区生产总值年均增长8.2%,“十四五”以来年均增长6.1%。", WR2024,
         [("8.2%", "actual", 2020, (2016, 2020)), ("6.1%", "actual", 2023, (2021, 2023))]),
        ("“十四五”前三年,全市累计完成固定资产投资1.2万亿元。", WR2024, [("1.2万亿元", "actual", 2023, (2021, 2023))]),
        # two spans listed before 分别 go to the values after it in order
        ("2016—2020年和2021—2023年,全市地区生产总值年均分别增长7.5%和6%。", WR2024,
         [("7.5%", "actual", 2020, (2016, 2020)), ("6%", "actual", 2023, (2021, 2023))]),
        # a base year in a clause of its own opening the sentence
        ("与2020年相比,2023年全市森林覆盖率提高1.2个百分点。", WR2024, [("1.2个百分点", "actual", 2023, (2021, 2023))]),
    ],
)
def test_periods_named_in_the_sentence(phrase: str, doc: dict[str, Any], expected: list[tuple[Any, ...]]) -> None:
    assert [(m.surface, m.stance, m.year, m.period) for m in one(phrase, **doc)] == expected
