"""Rates of other places, comparisons that name nothing, and lists that share a verb: the classes the metric
helper's eighth fresh dev batch showed (issue #8), on real phrases of several governments.

Sources: a city's first-half 2015 news (CT); a county's first half of 2021, traditional (CY); 央广网 on 四川's
trade (SC); CCTV on the provinces' 2023 budgets (CN23); the national 十四五 review (CN25); 交通运输部 on 十四五
results, traditional (JT); 中新网 on the 十四五 国民健康规划, traditional (WJ); 绍兴's 2019 results (SX); a district's
2021 bulletin (QD).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

from plantrace.extract.measures.pairing import compares

NEWS: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}


def named(phrase: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.kind, m.metric) for m in one(phrase, **NEWS)]


def test_rates_of_other_places_in_brackets() -> None:
    """比全省(7.7%)和全国平均水平(7.0%)分别高…: the bracketed rates are those places' growth of the same
    indicator, the gaps after 分别高 the subject's lead over each, and a rank after them ranks the subject."""
    found = named("全市生产总值(GDP)440.26亿元,增长8.4%,增速同比提高0.8个百分点,比全省(7.7%)和全国平均水平"
                  "(7.0%)分别高0.7、1.4个百分点,增幅居全省第3位。")  # CT
    assert found == [
        ("440.26亿元", "level", "生产总值"), ("8.4%", "growth", "生产总值"), ("0.8个百分点", "change", "生产总值"),
        ("7.7%", "growth", "全省生产总值增速"), ("7.0%", "growth", "全国生产总值增速"),
        ("0.7", "change", "生产总值增速高于全省"), ("1.4个百分点", "change", "生产总值增速高于全国"),
        ("第3位", "rank", "生产总值增幅"),
    ]


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # a place's rate named after it (同期全国2.4%的整体进出口增幅, 同期世界3.9%的年均增速)
        ("今年1—10月四川省货物贸易进出口总值5489.3亿元,较去年同期(下同)增长14.8%,远高于同期全国2.4%的整体进出口增幅。",
         "2.4%", "全国整体进出口增幅"),  # SC
        ("“十四五”期间GDP年均实际增长5.5%,远高于同期世界3.9%的年均增速", "3.9%", "世界年均增速"),  # CN25
        # a province's rate in brackets after its name, growth said just before
        ("31个省份地方财政收入同比都实现了正增长。哪些省份变化比较明显?西藏(31.7%)、吉林(26.3%)可圈可点。",
         "31.7%", "西藏"),  # CN23
    ],
)
def test_rates_named_by_their_place(phrase: str, surface: str, metric: str) -> None:
    found = {m.surface: m for m in one(phrase, **NEWS)}
    assert (found[surface].kind, found[surface].metric) == ("growth", metric)


def test_a_share_of_another_place_stays_a_share() -> None:
    """A bracketed rate compared with a share is that place's share, not a growth rate."""
    found = named("固定资产投资完成232.88亿元,同比增长34.5%,增速 比全省平均水平(17.3%)和全国(11.4%)分别高17.2、"
                  "23.1个百分点,增速居全省第一。")  # CT
    assert found[2:4] == [("17.3%", "growth", "全省固定资产投资增速"), ("11.4%", "growth", "全国固定资产投资增速")]
    assert found[-1] == ("第一", "rank", "固定资产投资增速")


def test_a_comparison_names_no_later_value() -> None:
    """增速高于全市平均水平0.3个百分点,两年平均增长1.7%,全市排名第七: the average and the rank are the
    output's, not the comparison's; a gap listed right after the comparison keeps its name."""
    found = named("2021年上半年,全縣生產總值27.54億元,同比增長12.3%,增速高於全市平均水平0.3個百分點,兩年平均增長1.7%,"
                  "全市排名第七。")  # CY
    assert [m for _, _, m in found] == ["生产总值", "生产总值", "增速高于全市平均水平", "生产总值", "生产总值"]
    listed = named("城乡居民可支配收入年均分别增长7.4%、9.6%,增速分别高于GDP 0.42、0.62个百分点,增速高于全省平均水平"
                   "0.4、0.5个百分点,实现了强县与富民相统一。")  # 齐河's 十三五 review
    assert listed[-1][2] == listed[-2][2] == "增速高于全省平均水平"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("增速高于全市平均水平", True), ("增速比全省平均水平", True), ("高于GDP增速", True), ("平均水平", True),
     ("生产总值增速", False), ("城镇居民人均可支配收入", False)],
)
def test_comparison_names(name: str, expected: bool) -> None:
    assert compares(name) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a plan period in corner brackets is the base compared with, no name (比「十三五」末增加)
        ("截至去年年底,鐵路營業里程達到16.2萬公里,比「十三五」末增加約1.6萬公里",  # JT
         ["铁路营业里程", "铁路营业里程"]),
        ("城市軌道交通運營里程約1.1萬公里、居世界首位,比「十三五」末增加48.5%", ["城市轨道交通运营里程"] * 2),  # JT
        ("「十四五」前4年交通固定資產投資達到15.2萬億元,同比增長23.3%。", ["交通固定资产投资"] * 2),  # JT
        # the base a change is counted from (在2020年基础上) is no part of the name
        ("到2025年,人均預期壽命在2020年基礎上繼續提高1歲左右", ["人均预期寿命"]),  # WJ
        # an abbreviation in brackets restates the name
        ("初步核算,2021年全区生产总值 (GDP)[2]91.3亿元,比上年增长7.5%,总量居全市第6位",  # QD
         ["生产总值", "生产总值", "生产总值总量"]),
        ("我市居民消费价格指数(CPI)上涨1.0%,涨幅同比回落1.8个百分点。", ["居民消费价格指数"] * 2),  # CT
    ],
)
def test_names_without_bases(phrase: str, expected: list[str]) -> None:
    assert [m.metric for m in one(phrase, **NEWS)] == expected


def test_a_verb_after_respectively_joins_every_item() -> None:
    """生猪、牛、羊、家禽分别出栏…: each head count is that animal's 出栏, and so are the growth rates after it."""
    found = named("生豬、牛、羊、家禽分別出欄6.4萬頭、1342頭、1.2萬只、5.5萬只,"  # CY
                  "分別增長81.8%、3.3%、5.2%、27.9%。")
    assert [m for _, _, m in found] == [animal + "出栏" for animal in ("生猪", "牛", "羊", "家禽")] * 2


def test_about_with_have_is_approximate() -> None:
    found = one("過去一年,平均每天約有1.8億人次跨區域出行", **NEWS)  # JT
    assert [(m.value, m.comparator) for m in found] == [(1.8, "~")]
