"""Ranks and lists named by what they measure (issue #8, facts helper, session 25), on real phrases of several
governments.

- A list of gaps said against places (增速分别高于全国、全省1.2个、0.5个百分点) is the growth of the sentence's
  indicator above each place, not values named by the places; a list of gaps against one benchmark after a list of
  as many values (城乡居民…分别增长7.4%、9.6%,增速分别高于GDP…) is each item's growth above it.
- A rank named only by what of an indicator it ranks (增量, 总量, 增速) takes the indicator said before it, also when
  the peers it is ranked among are no 全… field (副省级城市) or no verb stands before the field (增速全国第七); what the
  clause before said of the indicator (也有快速增长) is no part of the name; a rank verb alone (跃升至) names nothing;
  a ranking named 综合排名 in the sentence names the ranks of a place that is not named.

Sources (dev set lines): a city's economy in the first three quarters (traditional in the source, CQ3); 泉州's
foreign trade of the first three quarters of 2021 (QZ); 安庆's 2025 work report (AQ); 齐河's 13th-plan review
(QH, 2021); 武汉's (WH) and 成都's (CD) 2026 work reports as reported; a city's first half of 2015 (H15); 福建's
13th-plan mid-term review (FJ, 2018, traditional in the source); 房县's first three quarters (FX).
"""

from __future__ import annotations

import pytest
from measures_support import names_of

GAPS = [
    pytest.param(
        "前三季度全市地区生产总值(GDP)实现3216.1亿元,同比增长4.2%,增速分别高于全国、全省1.2个、0.5个百分点。",
        {"1.2个": "地区生产总值增速高于全国", "0.5个百分点": "地区生产总值增速高于全省"},
        id="places-after-respectively-CQ3",
    ),
    pytest.param(
        "进口433.0亿元,增长18.3%,进出口增速分别比全国、全省高19.7、8.7个百分点。",
        {"19.7": "进出口增速高于全国", "8.7个百分点": "进出口增速高于全省"},
        id="named-in-its-clause-QZ",
    ),
    pytest.param(
        "全年GDP增长6%,高于全国、全省1个、0.2个百分点,总量跨过3000亿元历史性节点;",
        {"1个": "GDP增速高于全国", "0.2个百分点": "GDP增速高于全省", "3000亿元": "GDP总量"},
        id="without-respectively-AQ",
    ),
    pytest.param(
        "城乡居民可支配收入年均分别增长7.4%、9.6%,增速分别高于GDP 0.42、0.62个百分点,"
        "增速高于全省平均水平0.4、0.5个百分点,",
        {"0.4": "城镇居民可支配收入增速高于全省平均水平", "0.5个百分点": "农村居民可支配收入增速高于全省平均水平"},
        id="one-benchmark-after-a-list-QH",
    ),
]


@pytest.mark.parametrize(("phrase", "expected"), GAPS)
def test_gaps_against_places_are_the_indicators_growth_above_them(phrase: str, expected: dict[str, str]) -> None:
    names = names_of(phrase)
    assert {surface: names.get(surface) for surface in expected} == expected


RANKS = [
    pytest.param("新登记经营主体超60万户,增量居副省级城市第2。", {"第2": "新登记经营主体增量副省级城市排名"},
                 id="increment-among-peer-cities-WH"),
    pytest.param("社会消费品零售总额增长5.5%、总量居副省级城市第1位。",
                 {"第1位": "社会消费品零售总额总量副省级城市排名"}, id="total-among-peer-cities-CD"),
    pytest.param("今年上半年财政收入也有快速增长,增幅居全省第3位;", {"第3位": "财政收入增幅全省排名"},
                 id="what-was-said-of-it-H15"),
    pytest.param("经济总量2016年首次进入全国第十位并继续保持,2017年增速全国第七。",
                 {"第十位": "经济总量全国排名", "第七": "经济增速全国排名"}, id="growth-without-a-verb-FJ"),
    pytest.param("在16个县市区(含其他县市区比拼对象)经济指标综合排名中,我县由二季度的第12位上升到第6位,是对标地区中上升幅度最大的县。",
                 {"第12位": "经济指标综合排名", "第6位": "经济指标综合排名"}, id="a-composite-ranking-FX"),
]


@pytest.mark.parametrize(("phrase", "expected"), RANKS)
def test_ranks_are_named_by_the_indicator_they_rank(phrase: str, expected: dict[str, str]) -> None:
    names = names_of(phrase)
    assert {surface: names.get(surface) for surface in expected} == expected


def test_a_rank_verb_alone_names_nothing() -> None:
    names = names_of("经济总量由全省第6位上升至第5位,佛坪县由2012年的73位跃升至51位。")
    assert names["第5位"] == "经济总量全省排名"
    assert "跃升至" not in names["51位"]
