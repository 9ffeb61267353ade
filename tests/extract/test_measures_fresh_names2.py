"""The name classes the twenty-eighth to thirty-first fresh dev batches left open (issue #8), on real phrases of
several governments.

Sources: 烟台's 2026 work report (YT26, a summary of it, a dev document), 灵川县's 2026 work report (LC26, a dev
document), 济南's 2026 work report (JN26, 大众网's news of it, a dev document).
"""

from __future__ import annotations

import pytest
from measures_support import names_of


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # YT26: the milestones passed between the indicator (after a topic label) and its values
        ("经济跨越:地区生产总值连跨4个千亿台阶,预计突破1.1万亿元,年均增长6.4%。",
         {"1.1万亿元": "地区生产总值", "6.4%": "地区生产总值"}),
        # LC26: the growth after a clause of milestones passed is the indicator's before it
        ("预计2025年,全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,年均增速达到8%;",
         {"87.4亿元": "地区生产总值", "8%": "地区生产总值"}),
    ],
)
def test_a_count_of_milestones_passed_is_no_part_of_the_name_of_the_values_after_it(
        phrase: str, expected: dict[str, str]) -> None:
    """地区生产总值连跨4个千亿台阶,预计突破1.1万亿元: 1.1万亿元 is 地区生产总值's (was unnamed: the clause before held
    a digit, the count of the milestones)."""
    found = names_of(phrase, doc_type="work_report", period=(2026, 2026), issued="2026-01-20")
    assert {surface: found[surface] for surface in expected} == expected


def test_a_count_of_milestones_with_no_value_after_it_is_still_no_quantity() -> None:
    """JN26: 预计地区生产总值5年跨过4个千亿级台阶,稳居全国城市20强 (the milestones counted make no count)."""
    found = names_of("预计地区生产总值5年跨过4个千亿级台阶,稳居全国城市20强,")
    assert not [surface for surface in found if surface.endswith("个")]


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # YT26: the investment of the projects the clause counts after 的
        ("扩大内需:地区生产总值增长目标5.5%。实施总投资1.6万亿元的452个省市级重点项目。",
         "1.6万亿元", "省市级重点项目总投资"),
        # a county's news of its projects (2020-03-23, 县融媒体 text kept on heb-chengxin.com)
        ("今年来,我县统筹抓好疫情防控和重点项目建设,目前全县总投资210亿元的75个“两重一实”项目扎实推进。",
         "210亿元", "两重一实项目总投资"),
    ],
)
def test_an_investment_said_before_the_projects_it_counts_is_theirs(phrase: str, surface: str, metric: str) -> None:
    """实施总投资1.6万亿元的452个省市级重点项目: 1.6万亿元 is the total investment of those projects (was
    实施总投资: the count between 的 and the projects stopped the projects from naming it)."""
    assert names_of(phrase)[surface] == metric
