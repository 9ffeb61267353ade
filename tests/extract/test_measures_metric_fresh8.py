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

from plantrace.extract.measures.drafts import compares

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
        ("第3位", "rank", "生产总值增幅全省排名"),
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
    assert found[-1] == ("第一", "rank", "固定资产投资增速全省排名")


def test_a_comparison_names_no_later_value() -> None:
    """增速高于全市平均水平0.3个百分点,两年平均增长1.7%,全市排名第七: the average and the rank are the
    output's, not the comparison's; a list of gaps right after a list of values is each item's (session 25)."""
    found = named("2021年上半年,全縣生產總值27.54億元,同比增長12.3%,增速高於全市平均水平0.3個百分點,兩年平均增長1.7%,"
                  "全市排名第七。")  # CY
    assert [m for _, _, m in found] == [  # (the gap right after the growth is the output's growth's: fresh21)
        "生产总值", "生产总值", "生产总值增速高于全市平均水平", "生产总值", "生产总值全市排名"]
    listed = named("城乡居民可支配收入年均分别增长7.4%、9.6%,增速分别高于GDP 0.42、0.62个百分点,增速高于全省平均水平"
                   "0.4、0.5个百分点,实现了强县与富民相统一。")  # 齐河's 十三五 review
    assert [m for _, _, m in listed[-2:]] == [
        "城镇居民可支配收入增速高于全省平均水平", "农村居民可支配收入增速高于全省平均水平"]


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
         ["生产总值", "生产总值", "生产总值总量全市排名"]),
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


# --- the ninth fresh batch: people counted in 万 and 亿, rates of people, notes in brackets ---------------
# Sources: the 2026 work reports of 云南 (YN) and 青海 (QH); the national 十四五 review (CN25); 中新网 on the year-end
# population, traditional (RK); a province's 2014 transport bulletin, traditional (JT14); 洞头's plan execution
# (DT); 漳州's 2010 targets, traditional (ZZ); 浔阳区's 十一五 review (XY); 香港's 施政汇报 as reported, traditional
# (HK).


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("技能人才总量超696万,腾冲科学家论坛跻身", "696万"),  # YN
        ("发放以工代赈劳务报酬4.19亿元、带动3.78万农牧民就业增收。", "3.78万"),  # QH
        ("拥有14亿人口,4亿多中等收入群体", "4亿多"),  # CN25
    ],
)
def test_a_bare_magnitude_of_people_counts_them(phrase: str, surface: str) -> None:
    found = {m.surface: m.kind for m in one(phrase, **NEWS)}
    assert found[surface] == "count"


def test_passengers_carried_are_a_flow() -> None:
    found = one("營(yíng)業(yè)性旅客運(yùn)輸總量 6.1億人,下降1.5%", **NEWS)  # JT14
    assert [m.kind for m in found] == ["level", "growth"]


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("全年出生人口956萬人,人口出生率為6.77‰;死亡人口1041萬人,人口死亡率為7.37‰;人口自然增長率為-0.60‰。",  # RK
         "-0.60‰"),
        ("城镇登记失业率≤4%;人口自然增长率控制在6‰以内", "6‰以内"),  # DT
        ("城鎮登記失業率控制在4.3%以內;人口自然增長率控制在7.2%,。以內", "7.2%"),  # ZZ
    ],
)
def test_a_natural_growth_rate_is_a_rate_of_people(phrase: str, surface: str) -> None:
    """自然增长率 names a rate of people (a share), not a growth."""
    found = {m.surface: m.kind for m in one(phrase, **NEWS)}
    assert found[surface] == "share"


def test_a_note_in_brackets_before_a_value_is_no_name() -> None:
    """年末全国人口(包括31个省、…,不包括…)141175万人: the note says what is covered; the name stands before it, and
    the country's 31 provinces it lists are no quantity."""
    found = one("年末全國人口(包括31個省、自治區、直轄市和現役軍人的人口,不包括居住在31個省、自治區、直轄市的"  # RK
                "港澳臺居民和外籍人員)141175萬人,比上年末減少85萬人。", **NEWS)
    assert [(m.surface, m.metric) for m in found] == [("141175萬人", "人口"), ("85萬人", "人口")]
    short = one("地方一般公共预算收入(同口径)30161万元", **NEWS)  # a qualifier in brackets stays
    assert [m.metric for m in short] == ["地方一般公共预算收入(同口径)"]


def test_a_plan_period_in_ideographic_quotes_is_a_time() -> None:
    found = named("“十一五〞期末,全区完成生产总值249.1亿元,是“十五〞期末的1.9倍,年均增长15%;")  # XY
    assert found == [("249.1亿元", "level", "生产总值"), ("1.9倍", "ratio", "生产总值"), ("15%", "growth", "生产总值")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # growth named right after the value (…30%以上的快速增长势头, 同期1.7%的增长)
        ("15年以来,我市固定资产投资每月均保持30%以上的快速增长势头,1至6月", [("30%以上", "growth")]),  # CT
        ("過去5年,香港經濟溫和增長,平均每年2.4%,高於其他先進經濟體同期1.7%的增長。",  # HK
         [("2.4%", "growth"), ("1.7%", "growth")]),
        # a clause that only gives the values of a clause naming a growth (增幅最大,分别为…)
        ("矿产加工业和电子信息 增幅最大,分别为22.5%和21.6%。", [("22.5%", "growth"), ("21.6%", "growth")]),  # CT
        # …but a share stays a share (贡献率, 占比)
        ("第一、第二、第三產業(yè)增加值占GDP的比重分別為6.8%、40.1%、53.1%。",  # a city's first three quarters
         [("6.8%", "share"), ("40.1%", "share"), ("53.1%", "share")]),
    ],
)
def test_growth_rates_named_around_them(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.kind) for m in one(phrase, **NEWS)] == expected


def test_the_largest_growth_is_no_part_of_a_name() -> None:
    found = one("矿产加工业和电子信息 增幅最大,分别为22.5%和21.6%。", **NEWS)  # CT
    assert [m.metric for m in found] == ["矿产加工业", "电子信息"]


# --- ranks named only by their place: the ranking their sentence names -----------------------------------
# Sources: 湖北日报 on 仙桃 in the 2024 top-100 counties (XT); news of the 2020 western top-100 counties (PG).


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("在2024赛迪百强县榜单中,湖北8个县市上榜,仙桃由去年的第56位提升至第54位,连续4年位居全省首位。",  # XT
         ["仙桃赛迪百强县榜单", "仙桃赛迪百强县榜单"]),
        ("2017年,仙桃时隔13年重返全国县域经济百强,位居86位;", ["全国县域经济百强"]),  # XT
        ("2020中国西部百强县揭晓,平果市再上榜单,位列第59位,居广西首位!", ["平果市中国西部百强县"]),  # PG
    ],
)
def test_a_rank_named_by_its_place_is_in_its_ranking(phrase: str, expected: list[str]) -> None:
    assert [m.metric for m in one(phrase, **NEWS)] == expected

