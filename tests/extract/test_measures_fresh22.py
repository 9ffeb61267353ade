"""The classes the twenty-second fresh dev batch (the whole 2025 work reports of 宁夏 and 青海, issue #8) showed at
its first shot, on real phrases of several governments.

Sources: the 2025 work reports of 宁夏 (NX25) and 青海 (QH25) (dev documents) and the 2021 report of 广州 (GZ21,
sample corpus). The 个 of 个体工商户 is tested in test_measures_rules.py; the base a sentence builds on
(在2023年…基础上, QH25) and a goal year said in passing (力争到2027年, NX25) in test_measures_year_session27.py,
云南's 连续12个季度 in test_measures_fresh23.py (the year and fresh2 helpers fixed them at the same time).
"""

from __future__ import annotations

import pytest
from measures_support import one

from plantrace.models import Measure

REVIEW = ("一、2024年工作回顾",)
TASKS = ("二、2025年目标任务",)
WORK_REPORT_2025 = {"doc_type": "work_report", "period": (2025, 2025), "issued": "2025-01-19"}


def _found(phrase: str, path: tuple[str, ...] = REVIEW) -> dict[str, Measure]:
    return {m.surface: m for m in one(phrase, **{**WORK_REPORT_2025, "path": path})}


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("全年实现地区生产总值5503亿元、增长5.4%，连续10个季度超过全国平均水平。", "10个"),  # NX25
        ("强力落实为基层减负“十减”任务，连续3个季度实行政府系统“无大会季”，政府议事协调机构压减71%。", "3个"),  # NX25
    ],
)
def test_a_streak_in_quarters_is_no_count(phrase: str, surface: str) -> None:
    found = _found(phrase)
    assert surface not in found
    assert len(found) >= 1  # the figures of the same sentence are still read


@pytest.mark.parametrize(
    "phrase",
    [
        "北京百度智能云数据产业基地、福建算力服务器生产线、中交云数据中心等集中落地。",  # NX25
        "与阿里、百度、京东、金山、360、科大讯飞等头部企业签订战略合作协议。",  # QH25
    ],
)
def test_a_firm_named_with_a_numeral_is_no_quantity(phrase: str) -> None:
    assert "百度" not in _found(phrase)


def test_a_hundred_as_a_count_is_still_read() -> None:
    # GZ21 (sample corpus): 百家, 百人 are counts of what a task builds
    found = _found("建立百家科技金融工作站、组建百人科技金融特派员队伍。", TASKS)
    assert found["百家"].value == 100 and found["百人"].value == 100


def test_ranks_joined_by_he_are_both_read() -> None:
    # NX25: 居全国第五和第六 ranks the two incomes of a 分别 list
    found = _found("城镇、农村居民人均可支配收入分别增长4.8%、7%，居全国第五和第六，增速连续3年高于全国平均水平。")
    assert found["第五"].kind == "rank" and found["第五"].value == 5
    assert found["第六"].kind == "rank" and found["第六"].value == 6
    # NX25 (the list joined by 、, read before): 分别居全国第五、第三
    found = _found("基础教育、职业教育信息化发展综合指数分别居全国第五、第三，成为中西部智慧教育推广样板。")
    assert found["第五"].value == 5 and found["第三"].value == 3


@pytest.mark.parametrize(
    ("phrase", "surface", "name_has"),
    [
        ("西夏陵博物馆晋升国家一级博物馆。新建8个体育公园，“十四五”建设目标完成率全国第二，人均体育场地设施面积全国第四。",
         "8个", "体育公园"),  # NX25
    ],
)
def test_a_count_before_a_noun_that_starts_with_ti_is_read(phrase: str, surface: str, name_has: str) -> None:
    found = _found(phrase)
    assert found[surface].value == 8 and name_has in found[surface].metric


def test_a_task_s_size_in_ten_thousands_is_read() -> None:
    # NX25: 城中村1.2万套改造任务 is the size of the task (a count of homes), not a count of tasks
    found = _found("开展城中村改造专项行动，年内完成6000套改造计划，力争3年内全部启动五市市辖区城中村1.2万套改造任务。",
                   TASKS)
    assert found["1.2万套"].value == 1.2 and found["1.2万套"].unit == "万套"
    # NX25: counts of tasks stay parts of a programme
    assert "21项" not in _found("“高效办成一件事”21项重点任务全面落地，退休“一件事”等3项经验入选国务院优秀案例。")
