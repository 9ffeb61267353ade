"""Indicator names of the classes left on the dev set in session 22 (issue #8, "metric"), on real phrases of
several governments.

Sources: 青海's 2026 work report (QH); 内蒙古's 2026 work report (NM); 云南's 2026 work report (YN); 西藏's
2026 work report (XZ); a city's report on its first three quarters, traditional in the source (CQ); 成都海关
on 四川's trade of January-October 2019, traditional in the source (SC); a county's 2024 work report in 云南 (ZY);
宁夏's 2026 work report (NX).
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
