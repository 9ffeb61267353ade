"""Indicator names of the classes left on the dev set in session 22 (issue #8, "metric"), on real phrases of
several governments.

Sources: the 2026 work reports of 陕西 (SX), 青海 (QH), 内蒙古 (NM), 云南 (YN), 西藏 (XZ) and 宁夏 (NX); the State
Council's work reports of 2004 and 2009; a city's report on its first three quarters, traditional in the source
(CQ); 成都海关 on 四川's trade of January-October 2019, traditional in the source (SC); a county's 2024 work
report in 云南 (ZY); the national 十四五 review.
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

REPORT: dict[str, Any] = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-20"}


def metrics_of(phrase: str) -> dict[str, str]:
    return {m.surface: m.metric for m in one(phrase, **REPORT)}


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。",  # QH
         {"27.3亿元": "对口援青和东西部协作落实资金", "681个": "对口援青和东西部协作实施项目"}),
        ("其中,金融业活力凸显,前三季度增加值实现200.8亿元,同比增长5.2%。",  # CQ
         {"200.8亿元": "金融业增加值", "5.2%": "金融业增加值"}),
        ("对“一带一路”沿线国家和地区进出口继续保持增长势头,进出口额1569.5亿元,增长17%。",  # SC
         {"1569.5亿元": "对一带一路沿线国家和地区进出口额", "17%": "对一带一路沿线国家和地区进出口额"}),
        ("基础设施建设稳步推进,投资10亿元,实施了一批重点基础设施项目。",  # ZY
         {"10亿元": "基础设施建设投资"}),
    ],
)
def test_a_bare_name_measures_the_subject_of_the_clause_before(phrase: str, names: dict[str, str]) -> None:
    """<subject> + how it fares (持续深化, 活力凸显, 继续保持增长势头), then 落实资金/增加值/进出口额 + value:
    the value measures that subject's funds, value added, trade."""
    found = metrics_of(phrase)
    assert {surface: found[surface] for surface in names} == names


def test_what_jiang_moves_owns_the_bare_name_after_it() -> None:
    """将<X>从…扩大到…，保费由…提高至…: the premium is X's."""
    found = metrics_of(  # NM
        "3.将学生意外伤害责任保险从义务教育阶段扩大到高中阶段和普惠性幼儿园，保费由每生每年5元提高至10元；")
    assert (found["5元"], found["10元"]) == ("学生意外伤害责任保险保费", "学生意外伤害责任保险保费")


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("地方一般公共预算收入增长2.3%、支出首次超过7000亿元，城镇调查失业率均值5.2%。",  # YN
         "7000亿元", "地方一般公共预算支出"),
        ("全区地方财政收入、支出分别突破300亿元和3000亿元。", "3000亿元", "地方财政支出"),  # XZ
    ],
)
def test_expenditure_is_of_the_account_whose_revenue_was_named(phrase: str, surface: str, metric: str) -> None:
    assert metrics_of(phrase)[surface].endswith(metric)


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("优化重大项目省级领导包保机制，力争完成投资2440亿元以上。", "2440亿元以上", "投资"),  # XZ: no fares
        ("组织开展扩大有效投资专项行动，实施重点项目2800多个，完成投资2400多亿元。",  # NX: owned by the value before
         "2400多亿元", "实施重点项目投资"),
    ],
)
def test_a_clause_of_a_task_owns_nothing(phrase: str, surface: str, metric: str) -> None:
    """The clause before states a task (优化…机制, 组织开展…行动), not how a subject fares: the bare name stays
    (or is owned by the value before it in its sentence)."""
    assert metrics_of(phrase)[surface] == metric


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("西部矿业、能源发展集团等6家企业入选2025西部企业数字化建设成效卓越单位。",  # QH
         "6家", "企业入选西部企业数字化建设成效卓越单位"),
        ("30个县区通过国家义务教育优质均衡发展评估，47家县级医院共享三级医院服务，每千人床位数增加。",  # SX
         "47家", "县级医院共享三级医院服务"),
        ("6座博物馆晋级国家一级博物馆，10部文艺作品荣获文华奖、荷花奖。", "10部", "文艺作品荣获文华奖和荷花奖"),  # NM
        ("钢铁、有色、化工等重点行业46种产品能耗达到国家先进值，", "46种", "产品能耗达到国家先进值"),  # NM
        ("晋宁河泊所遗址入选“全国十大考古新发现”，9部精品力作获国家级文艺大奖，",  # YN
         "9部", "精品力作获国家级文艺大奖"),
        ("超过200家世界500强企业在陕设立分支机构，实际使用外资年均增长15.1％。", "200家", "世界500强企业"),  # SX
    ],
)
def test_what_the_things_counted_won_or_reached_names_them(phrase: str, surface: str, metric: str) -> None:
    """N家<noun>入选/荣获/获/达到/共享…: what a longer noun after a count won or reached is part of its name."""
    assert metrics_of(phrase)[surface] == metric


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("612个房地产项目纳入“白名单”，", "612个", "房地产项目"),  # SX
        ("374个沿边行政村全部建成边境幸福村，", "374个", "沿边行政村"),  # YN
    ],
)
def test_a_longer_noun_keeps_other_predicates_out(phrase: str, surface: str, metric: str) -> None:
    """What the things went into or became (纳入, 建成) is no part of a longer noun's name."""
    assert metrics_of(phrase)[surface] == metric


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("2024年、2025年分别发行1万亿元、1.3万亿元超长期特别国债 [7] - 实施大规模设备更新",  # national 十四五 review
         {"1万亿元": "超长期特别国债", "1.3万亿元": "超长期特别国债"}),
        ("中央财政安排384亿元救灾款和740亿元恢复重建资金，迅速出台一系列支持政策。",  # national report of 2009
         {"384亿元": "救灾款", "740亿元": "恢复重建资金"}),
        ("今年国家从粮食风险基金中拿出100亿元，直接补贴种粮农民。", {"100亿元": "国家从粮食风险基金中拿出"}),  # 2004
        ("同时国务院同意地方发行2000亿元债券，由财政部代理发行。", {"2000亿元": "地方债券"}),  # 2009
        ("实施更加积极的就业政策，中央财政拟投入420亿元资金。", {"420亿元": "中央财政资金"}),  # 2009
    ],
)
def test_a_sum_issued_or_given_is_named_after_it(phrase: str, names: dict[str, str]) -> None:
    """发行/安排/拿出 + value(s) + noun: the noun after the last value names every value of the list (资金 alone
    with who gives it); a sum with no noun after it keeps its name."""
    found = metrics_of(phrase)
    assert {surface: found[surface] for surface in names} == names


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("中石化特种纤维、宝丰第二套煤制烯烃等1700多个新项目开工；", "1700多个", "新项目开工"),  # NX
        ("“高效办成一件事”四批次43个重点事项全部上线运行，80个高频政务服务事项实现区内“通办”。",  # XZ
         "43个", "重点事项上线运行"),
    ],
)
def test_things_counted_as_started_or_launched(phrase: str, surface: str, metric: str) -> None:
    assert metrics_of(phrase)[surface] == metric
