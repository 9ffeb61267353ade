"""The classes the fourteenth fresh dev batch (2026 provincial and city work reports, issue #8) showed at its
first shot, on real phrases of several governments.

Sources: the 2026 government work reports of 青海 (QH), 陕西 (SN), 宁夏 (NX) and 西藏 (XZ) (as collected in
johncodes404/china-provincial-gov-reports-2026); 华商报's news of 咸阳's 2026 work report (XY); 大江新闻's round-up of
江西's cities' 2026 targets (JX); the national government work report of 2016 (CN16: not a reserved one);
国家统计局's monthly energy figures in 工人日报 (TJ, 2020).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

from plantrace.extract.measures import timeline as T

WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-02-04"}
UNDATED_NEWS: dict[str, Any] = {"doc_type": "other", "period": (2026, 2030), "issued": None}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("习近平总书记在“十四五”开局之年亲临西藏庆祝和平解放70周年", [2021]),  # XZ
        ("在系统总结“十四五”规划收官之年发展成效的基础上,科学谋划“十五五”开局之年的蓝图。", [2026]),  # JX
        ("这不仅关乎一域之发展,更事关“十五五”能否开好局、起好步。", [2026]),  # JX
        ("锚定“十五五”,生产总值预期目标增长5.5%以上", []),  # XY
    ],
)
def test_a_plan_period_named_with_its_start_is_its_first_year(text: str, years: list[int]) -> None:
    """“十五五”开局之年 is 2026 (the plan's first year), not 2030; a period aimed at (锚定“十五五”,) dates nothing."""
    assert [m.year for m in T.year_marks(text, 2026) if m.role == "at"] == years


def test_this_years_targets_under_a_plan_aimed_at() -> None:
    """XY: a heading 2026年—— then 锚定“十五五”,…预期目标…: this year's target, not a 十五五 goal."""
    found = measures_of(["2026年——", "锚定“十五五”,生产总值预期目标增长5.5%以上"], **WR2026)
    assert [(m.surface, m.stance, m.year) for m in found] == [("5.5%以上", "target", 2026)]


def test_undated_news_in_the_first_year_of_a_plan() -> None:
    """JX: an undated news page that says 今年是“十五五”规划开局起步之年 is news of 2026, not the plan: the cities'
    targets after it are 2026's (a line that says 事关“十五五”能否开好局 dates the line after it 2026 too)."""
    lines = ["江西城市“超车记”②:11设区市立下“军令状”,2026谁将一马当先?", "",
             "今年是“十五五”规划开局起步之年,站在新的历史起点,赣鄱大地春潮涌动,千帆竞发。", "",
             "全国两会召开在即,江西11个设区市今年如何落子布局,确保既定“KPI”高质量完成?这不仅关乎一域之发展,"
             "更事关“十五五”能否开好局、起好步。", "",
             "拼目标:9个设区市目标增速锚定5.5%左右"]
    found = [(m.surface, m.stance, m.year) for m in measures_of(lines, **UNDATED_NEWS) if m.unit == "%"]
    assert found == [("5.5%左右", "target", 2026)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # QH: a time limit and a paper load cut by a share are growths down, not shares
        ("“高效办成一件事”更加利企便民，15个重点事项审批时限压缩70%、审批材料精简80%，新增经营主体2.83万户。",
         [("70%", "growth", "down"), ("80%", "growth", "down"), ("2.83万户", "count", None)]),
        ("工商登记前置审批精简85%，全面实施三证合一、一照一码", [("85%", "growth", "down")]),  # CN16
        # QH: the second value of a list after 分别增长 grows too, in percent after times
        ("锂离子蓄电池、盐湖化工产品出口分别增长3.8倍、80.2%，有进出口实绩的企业达242家",
         [("3.8倍", "growth", "up"), ("80.2%", "growth", "up"), ("242家", "count", None)]),
    ],
)
def test_cuts_and_growth_lists(phrase: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(m.surface, m.kind, m.direction) for m in one(phrase, **WR2026)] == expected


@pytest.mark.parametrize(
    ("phrase", "surfaces"),
    [
        # QH, NX: the items a rate or a time limit is taken over are no quantity of their own
        ("15个重点事项审批时限压缩70%、审批材料精简80%", ["70%", "80%"]),
        ("实施清水河、苦水河、沙湖等综合治理工程150多个，22条重点入黄排水沟整治率达100%。", ["150多个", "100%"]),
    ],
)
def test_counts_a_rate_is_taken_over(phrase: str, surfaces: list[str]) -> None:
    assert [m.surface for m in one(phrase, **WR2026)] == surfaces


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a value after a bare verb is named by the noun after it (QH, SN)
        ("生产原油239万吨、天然气56.5亿立方米，勘探新增油气储量2亿吨，形成60万吨政府可调度煤炭储备能力。",
         {"239万吨": "原油产量", "60万吨": "政府可调度煤炭储备能力"}),
        ("设立10亿元绿色发展纵向补偿基金，完善生态环境补偿机制。", {"10亿元": "绿色发展纵向补偿基金"}),  # SN
        # the output of a product (QH, TJ): named as its 产量, not 生产总值
        ("全年生产钾肥757.5万吨、增长1.1%，生产碳酸锂16.9万吨、增长25.3%",
         {"757.5万吨": "钾肥产量", "16.9万吨": "碳酸锂产量"}),
        ("10月,生产原煤3.4亿吨,同比增长1.4%,9月下降0.9%", {"3.4亿吨": "原煤产量"}),  # TJ
        ("全省地区生产总值突破2万亿元、达到23562亿元", {"23562亿元": "地区生产总值"}),
        # NX: 荣获 ends the noun counted (not 单位荣)
        ("宁东基地等4个单位荣获首届“中国节水奖”。", {"4个": "单位荣获首届中国节水奖"}),
    ],
)
def test_names_after_a_verb(phrase: str, expected: dict[str, str]) -> None:
    names = {m.surface: m.metric for m in one(phrase, **WR2026)}
    assert {surface: names.get(surface) for surface in expected} == expected


@pytest.mark.parametrize(
    ("lines", "doc", "path", "expected"),
    [
        # NX: in the year's part of a review headed by the year and the plan period (no five-year frame), a start
        # value 由平均… is of the year before the year reviewed
        (["社会保障加大投入。出台进一步保障和改善民生政策，最低工资标准每月提高183元，城乡居民基本医保人均补助标准提高到"
          "700元。殡葬基本服务费由平均2900元下降到1000元左右。"], WR2026, ("一、2025年工作总结和“十四五”发展成就",),
         [("183元", 2025), ("700元", 2025), ("2900元", 2024), ("1000元左右", 2025)]),
        # 住建部 (news of 2019-03-18): 由平均200多个工作日 is a start value, of the year before the one reported
        (["试点地区实现了审批时间压减一半以上、由平均200多个工作日压减至120个工作日的目标"],
         {"doc_type": "work_report", "period": None, "issued": "2019-03-18"}, (),
         [("一半以上", 2018), ("200多个", 2017), ("120个", 2018)]),
    ],
)
def test_start_values_after_an_average(
    lines: list[str], doc: dict[str, Any], path: tuple[str, ...], expected: list[tuple[str, int]]
) -> None:
    assert [(m.surface, m.year) for m in measures_of(lines, path=path, **doc)] == expected
