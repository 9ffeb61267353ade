"""How much of the year's plan a result is (完成年计划…的N%, 占年计划的N%) is a share of it, as the dev gold has it;
how much of a budget, target or task (完成年初预算的40.4%, 完成全年目标的117.7%) stays a ratio (issue #8).

Sources: 莆田市荔城区's 2023 report on the execution of the 2022 plan (LC); a county's 2008 report on the execution
of the 2007 plan (the county is not named, CO); 崇信县's first-half 2017 plan execution (CX); 云南大姚县's
budget execution (DY, for the ratio kept).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}


def kinds(phrase: str) -> dict[str, tuple[str, str]]:
    return {m.surface: (m.metric, m.kind) for m in one(phrase, **BULLETIN)}


@pytest.mark.parametrize(
    ("phrase", "surface", "expected"),
    [
        ("第一产业增加值18亿元,完成年计划18亿元的100%,增长3.5%;", "100%",  # LC
         ("第一产业增加值完成年计划", "share")),
        ("农林牧渔业总产值33亿元,完成年计划33.5亿元的98.5%,增长3.1%。", "98.5%",  # LC
         ("农林牧渔业总产值完成年计划", "share")),
        ("实现社会消费品零售总额8.46亿元,完成年度计划的108.5%。", "108.5%",  # CO
         ("社会消费品零售总额完成年度计划", "share")),
        ("全社会固定资产投资10.12亿元,完成年度计划的119.1%。", "119.1%",  # CO
         ("全社会固定资产投资完成年度计划", "share")),
        ("会议认为,上半年全县地区生产总值完成11.3亿元,占年计划的41.8%,同比增长9.3%。", "41.8%",  # CX
         ("地区生产总值占年计划", "share")),
        ("一般公共预算支出累计完成107752万元,完成预算数257288万元的41.9%,比上年减支9240万元,下降7.9%。",  # DY
         "41.9%", ("一般公共预算支出完成预算", "ratio")),
    ],
)
def test_a_result_against_the_years_plan_is_a_share(phrase: str, surface: str, expected: tuple[str, str]) -> None:
    assert kinds(phrase)[surface] == expected
