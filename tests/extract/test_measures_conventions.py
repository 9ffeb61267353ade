"""The annotation conventions settled on 2026-12-07 (issue #8; `evaluation/dev/README.md`, "Conventions settled on
2026-12-07", numbered as there), on real phrases of several governments.

Sources: the report on 湖北's 2017 plan execution (HB18, 湖北日报's 2018 digest, a dev document), 云南's 2025 work
report (YN25, a dev document), 西藏's 2026 work report (XZ26, a dev document), the national work report of 2009
(CN09, 国务院, examples/corpus), 国家税务总局's half-year figures of 2019 (中新网, 2019-07-26) and 浙江's half-year tax
news of 2019.
"""

from __future__ import annotations

import pytest
from measures_support import measures_of

from plantrace.models import Measure

REVIEW = ("一、过去一年工作回顾",)


def _of(phrase: str, year: int, path: tuple[str, ...] = REVIEW) -> dict[str, Measure]:
    found = measures_of([phrase], doc_type="work_report", period=(year, year), issued=f"{year}-01-20", path=path)
    return {m.surface: m for m in found}


@pytest.mark.parametrize(
    ("phrase", "year", "surface"),
    [
        # HB18: new loans of the financial institutions in 2017
        ("◎金融机构新增贷款5040亿元,贷款余额增速高于全国2.5个百分点", 2018, "5040亿元"),
        # YN25: credit granted through the province's financing platform in 2024
        ("选派552名金融特派员，融信服平台新增授信超2100亿元、惠及经营主体。", 2025, "2100亿元"),
        # XZ26: first loans to small and micro firms in 2025
        ("招商引资到位资金619亿元，小微企业新增首贷85.3亿元。", 2026, "85.3亿元"),
        # CN09: the year's target for new loans
        ("保证货币信贷总量满足经济发展需求，广义货币增长17%左右，新增贷款5万亿元以上。", 2009, "5万亿元以上"),
        # 国家税务总局's figures of 2019-07-23 (中新网, 2019-07-26): tax and fees relieved in the half year
        ("2019年上半年，全国累计新增减税降费11709亿元，已完成全年减税降费2万亿元任务目标的58.5%。", 2019, "11709亿元"),
        # 浙江's half-year tax news of 2019 (its headline, 浙江新闻)
        ("税收半年报发布!浙江上半年累计新增减税降费近千亿元", 2019, "千亿元"),
    ],
)
def test_money_lent_or_granted_in_the_year_is_a_level(phrase: str, year: int, surface: str) -> None:
    """Convention 6: new loans, credit and tax relief are a flow of their own (the stock is 贷款余额), not a change."""
    assert _of(phrase, year)[surface].kind == "level"


def test_a_new_stock_in_its_own_unit_stays_a_change() -> None:
    """新增 of an indicator that has its own level (the measures README's 新增地铁运营里程265公里) is a change."""
    assert _of("新增地铁运营里程265公里。", 2021)["265公里"].kind == "change"


@pytest.mark.parametrize(
    ("phrase", "year"),
    [
        # 深圳's 2026 work report (第一财经's news of it, a dev document): two indicators first among cities
        ("规上工业总产值、工业增加值连续4年保持全国城市“双第一”，工业增加值占地区生产总值比重稳定在1/3左右。", 2026),
        # 宁夏's 2025 work report (a dev document): two varieties first at a national fair
        ("“宁夏大米”、“宁夏小麦”两个品种，在农业农村部举办的全国博览会上荣获“双第一”。", 2025),
    ],
)
def test_a_quoted_slogan_of_first_places_is_no_rank(phrase: str, year: int) -> None:
    """Convention 3: “双第一”, like “十个全国第一”, counts first places; no rank of a named field is written."""
    assert "第一" not in _of(phrase, year)
