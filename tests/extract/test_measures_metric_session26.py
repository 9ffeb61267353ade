"""Indicator names of the structural classes left on the dev set in session 26 (issue #8, "metric"), on real
phrases of several governments.

Sources (dev set lines): the 2026 work report of 西藏 (XZ), the 2025 work report of 陕西 (SN25), a 2024 news
review of 仙桃's economy (XT); and the 2022 work-report digest of 包头 (BT, Baotou Daily).
"""

from __future__ import annotations

import pytest
from measures_support import names_of

# a bare investment with no value before it in its sentence is the investment of the projects the sentence named
# before it (the words that say which projects run back to a verb); an investment said of what follows it
# (投资300亿元的…) and one after a value of its sentence keep their own ways
INVESTED = [
    pytest.param("积极扩大有效投资。优化重大项目省级领导包保机制，力争完成投资2440亿元以上。全力保障雅下水电和川藏铁路等",
                 {"2440亿元以上": "重大项目投资"}, id="task-before-XZ"),
    pytest.param("优化审批流程和要素保障，省级重点项目建立分层级分领域包联机制、完成投资5000亿元以上。",
                 {"5000亿元以上": "省级重点项目投资"}, id="listed-SN25"),
    pytest.param("服装中小企业产业园、织尚科创非织造布国际展贸城等一批重大项目相继开工;投资300亿元的容百科技一期当年开工",
                 {"300亿元": "投资"}, id="of-what-follows-XT"),
    pytest.param("累计实施重大项目2659个,完成投资4559亿元,竣工1091个。",
                 {"4559亿元": "实施重大项目投资"}, id="value-before-BT"),
]


@pytest.mark.parametrize(("phrase", "names"), INVESTED)
def test_names(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase)
    assert {surface: found[surface] for surface in names} == names
