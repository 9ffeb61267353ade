"""Metric names that are fragments (issue #8): a decorative lead, a verb or a streak taken as the name of a value, on
real phrases of several governments.

Sources: 安庆's 2025 work report (AQ); 郑州's 2026 work report (ZZ); 山西's 2021 work report in numbers (SX); 西藏's
2026 work report (XZ); 国务院's 2007 work report (CN07).
"""

from __future__ import annotations

import pytest
from measures_support import one

WORK_REPORT = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-20"}


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("让530万宜城儿女沐浴着历史性荣光,倍感振奋、倍受鼓舞、倍增干劲", "530万"),  # AQ 2025
        ("极大激发了1300多万绿城儿女奋进新征程、建功新时代的热情干劲", "1300多万"),  # ZZ 2026
    ],
)
def test_the_sons_and_daughters_of_a_place_are_its_population(phrase: str, surface: str) -> None:
    """530万宜城儿女: the people of a place called by its other name; what the clause says they did names nothing."""
    found = {m.surface: (m.kind, m.metric) for m in one(phrase, **WORK_REPORT)}
    assert found[surface] == ("count", "人口")


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("2017至2019年,经济增速连续12个季度保持在6%以上", "6%以上", "经济增长"),  # SX 2021
        ("带头过紧日子，自治区本级一般性支出连续5年压减比例超5%", "5%", "自治区本级一般性支出压减比例"),  # XZ 2026
        ("中央财政连续三年累计投入90亿元，用于农村寄宿制学校建设工程", "90亿元", "中央财政累计投入"),  # CN07
    ],
)
def test_a_streak_is_no_part_of_the_name(phrase: str, surface: str, metric: str) -> None:
    """经济增速连续12个季度保持在6%以上: how long a value has held says nothing of what it measures."""
    assert {m.surface: m.metric for m in one(phrase, **WORK_REPORT)}[surface] == metric
