"""How much of the year's plan a result is (完成年计划…的N%, 占年计划的N%) is a share of it, as the dev gold has it;
how much of a budget, target or task (完成年初预算的40.4%, 完成全年目标的117.7%) stays a ratio (issue #8).

Sources: 莆田市荔城区's 2023 report on the execution of the 2022 plan (LC); a county's 2008 report on the execution
of the 2007 plan (the county is not named, CO); 崇信县's first-half 2017 plan execution (CX); 云南大姚县's
budget execution (DY, for the ratio kept); 江西省's 2018 mid-term review of its 13th five-year plan (JX).
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


REPORT_2023: dict[str, Any] = {"doc_type": "work_report", "period": (2023, 2023), "issued": "2023-01-10"}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a goal not met, said in a review (未达预期目标, 未达预期), is no promise: the plan figure stays the reviewed
        # year's target and the completion rate and the growth after it that year's results
        ("初步预计,荔城地区生产总值635亿元,完成年计划710亿元的89.4%(主要是二产、三产未达预期目标),增长2.0%。",  # LC
         [("635亿元", "actual", 2022), ("710亿元", "target", 2022), ("89.4%", "actual", 2022),
          ("2.0%", "actual", 2022)]),
        ("第三产业增加值294亿元,完成年计划330亿元的89.1%(主要是限上批发零售业销售额、商品房销售面积未达预期),"  # LC
         "增长6.3%。",
         [("294亿元", "actual", 2022), ("330亿元", "target", 2022), ("89.1%", "actual", 2022),
          ("6.3%", "actual", 2022)]),
        # 江西省 2018 mid-term review of its 13th five-year plan (JX)
        ("财政总收入指标未达预期主要受营改增减税因素影响,剔除该因素年均增长9.6%,高于9%左右的规划目标。",
         [("9.6%", "actual", 2022)]),
    ],
)
def test_a_goal_not_met_is_no_promise(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    found = [(m.surface, m.stance, m.year) for m in one(phrase, **REPORT_2023)]
    assert found[:len(expected)] == expected  # (JX: the plan goal after it is not this test's class)
