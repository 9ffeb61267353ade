"""Indicator names of the structural classes left on the dev set in session 23 (issue #8, "metric"), on real
phrases of several governments.

Sources: the 2026 work reports of 云南 (YN), 内蒙古 (NM), 西藏 (XZ) and 青海 (QH).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

REPORT: dict[str, Any] = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-20"}


def metrics_of(phrase: str) -> dict[str, str]:
    return {m.surface: m.metric for m in one(phrase, **REPORT)}


# a bare name (开工项目, 完成投资, 交易额, 开户) measures the subject its sentence named before it: the thing a task
# of the clause before works on (a project, a centre, a programme), or a subject said to fare well before a 、
SUBJECTS = [
    pytest.param("省委、省政府16次调度推进重大产业项目，开工项目超1万个、完成投资近1万亿元，",
                 {"1万个": "开工重大产业项目", "1万亿元": "重大产业项目投资"}, id="task-object-YN"),
    pytest.param("部区共建内蒙古牛羊肉交易中心，力争交易额达到100亿元。", {"100亿元": "内蒙古牛羊肉交易中心交易额"},
                 id="task-object-NM"),
    pytest.param("个人养老金制度全面实施、开户602万人。", {"602万人": "个人养老金制度开户"}, id="fares-listed-YN"),
    pytest.param("对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。",
                 {"27.3亿元": "对口援青和东西部协作落实资金", "681个": "对口援青和东西部协作实施项目"}, id="fares-QH"),
    # …but not a task's mechanism (机制), not a value followed by the noun it counts (43所高校)
    pytest.param("优化重大项目省级领导包保机制，力争完成投资2440亿元以上。", {"2440亿元以上": "投资"},
                 id="mechanism-XZ"),
    pytest.param("京蒙协作“六个倍增计划”成效显著，43所高校、职业院校和538所中小学与北京市学校结对办学，",
                 {"43所": "高校"}, id="counted-NM"),
]


@pytest.mark.parametrize(("phrase", "names"), SUBJECTS)
def test_a_bare_name_takes_its_subject(phrase: str, names: dict[str, str]) -> None:
    found = metrics_of(phrase)
    assert {surface: found[surface] for surface in names} == names


def test_a_value_followed_by_its_object_takes_no_subject() -> None:
    """打造150个和美乡村: the things made are named after the value, not by the task before it (QH)."""
    assert "文明乡风建设工程" not in metrics_of("深入实施文明乡风建设工程，打造150个和美乡村，")["150个"]
