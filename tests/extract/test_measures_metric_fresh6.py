"""Kinds of increments, flows of people and heads, and lists that share a verb: the classes the metric
helper's sixth fresh dev batch showed (issue #8), on real phrases of several governments.

Sources: 国家统计局四川调查总队 on 四川's 2021 farm output, traditional with converter debris (SC); the 2021
national bulletin's livestock part, traditional (CN21); 交通运输部's 2013 transport bulletin, traditional
(JT13); 今晚报 on 天津's first-half harvest (TJ); 交通运输部's October figures (JT); the 2026 work reports of
云南 (YN) and 陕西 (SX); a county's 2024 budget news (HB); 湖南长沙县's top-100 news, traditional (CS).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}


def kinds(phrase: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in one(phrase, **BULLETIN)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # head counts of livestock slaughtered or kept are amounts, like tonnes of meat
        ("全年出欄生豬6314.8萬(wàn)頭,較上年增加700.4萬(wàn)頭,增長(zhǎng)12.5%",  # SC
         [("6314.8萬(wàn)頭", "level"), ("700.4萬(wàn)頭", "change"), ("12.5%", "growth")]),
        ("上半年,生猪出栏97.9万头,羊出栏20.5万只", [("97.9万头", "level"), ("20.5万只", "level")]),  # TJ
        # passengers carried are a flow (客运量, 发送量, 运送旅客), not a count of people
        ("全社會完成客運量212.26億人、旅客周轉量27573.40億人公里",  # JT13
         [("212.26億人", "level"), ("27573.40億人公里", "level")]),
        ("全年城市客運係統運送旅客1283.35億人,比上年增長4.5%", [("1283.35億人", "level"), ("4.5%", "growth")]),  # JT13
        # …while people employed or lifted out of poverty stay counts
        ("城镇新增就业6.8万人", [("6.8万人", "count")]),
        # a bare 增 before a percentage is growth
        ("年末全省生豬存欄4255.1 萬(wàn)頭,比上年末增加379.7萬(wàn)頭,增9.8%",  # SC
         [("4255.1 萬(wàn)頭", "level"), ("379.7萬(wàn)頭", "change"), ("9.8%", "growth")]),
        ("全年生豬出欄量67128萬(wàn)頭,同比增27.4%", [("67128萬(wàn)頭", "level"), ("27.4%", "growth")]),  # CN21
        # the amount of an increment (新增/减少 + indicator) is a change; a level reached is not
        ("新增铁路里程989公里", [("989公里", "change")]),  # YN
        ("技术合同成交额从1795亿元增加到5260亿元", [("1795亿元", "level"), ("5260亿元", "level")]),  # SX
        ("全年新增一般债券2.3亿元", [("2.3亿元", "level")]),  # HB
        # a verb before a list reaches its items in other units; a verb of its own decides its kind
        ("運營線路總長度74.89萬公里,比上年末增加3495條、3.44萬公里,其中公交專用車道5890.6公里,增加634.8公里",  # JT13
         [("74.89萬公里", "level"), ("3495條", "change"), ("3.44萬公里", "change"), ("5890.6公里", "level"),
          ("634.8公里", "change")]),
    ],
)
def test_kinds(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(phrase) == expected


def test_growth_word_is_no_name() -> None:
    """增 after the value's subject is the verb, not the indicator (同比增27.4% is 生猪出栏量's growth)."""
    found = one("全年生豬出欄量67128萬(wàn)頭,同比增27.4%", **BULLETIN)  # CN21
    assert [m.metric for m in found] == ["生猪出栏量", "生猪出栏量"]


def ranks(phrase: str) -> list[tuple[str, float | None, str, str]]:
    return [(m.surface, m.value, m.unit, m.kind) for m in one(phrase, **BULLETIN)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a rank without 第 after the year it held or the verb that moved it; the places it gained are a change
        ("佛坪縣進步最快,由2012年的73位躍升至51位,進位22位",  # 陕西 county ranking news, traditional
         [("73位", 73.0, "位", "rank"), ("51位", 51.0, "位", "rank"), ("22位", 22.0, "位", "change")]),
        ("2012年入圍十強縣的安塞,今年跌至17位", [("17位", 17.0, "位", "rank")]),
        ("長沙縣2004年位居65位、2008年排37位", [("65位", 65.0, "位", "rank"), ("37位", 37.0, "位", "rank")]),  # CS
        ("由去年的第56位提升至第54位,上升32个名次",  # 湖北日报 on 仙桃
         [("第56位", 56.0, "位", "rank"), ("第54位", 54.0, "位", "rank"), ("32个名次", 32.0, "位", "change")]),
        # ranks shared out by 分列 and 并列; a rank's unit is 位 whatever its measure word
        ("江蘇江陰市、昆山市并列第一,江蘇張家港市和常熟市分列第二、第三名",  # CS
         [("第一", 1.0, "位", "rank"), ("第二", 2.0, "位", "rank"), ("第三名", 3.0, "位", "rank")]),
        # 位 after a count of people is no rank
        ("由3位院士领衔", []),
    ],
)
def test_ranks(phrase: str, expected: list[tuple[str, float | None, str, str]]) -> None:
    assert ranks(phrase) == expected


def test_rank_verbs_are_no_names() -> None:
    """位列, 并列, 跌至 before a rank say how it was placed, not what was ranked (the rank is both cities', tied:
    the dev gold's 江阴市、昆山市全国百强县排名)."""
    found = one("江蘇江陰市、昆山市并列第一", **BULLETIN)
    assert [m.metric for m in found] == ["江苏江阴市、昆山市排名"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # how a rate moved names nothing: the points take the indicator of the sentence
        ("上半年GDP同比增长5.0%,比上年全年增长5.2%回落了0.2个百分点,比上年同期增长5.5%回落了0.5个百分点",  # 爱思想
         ["GDP", "GDP", "GDP", "GDP", "GDP"]),
        ("1-6月份PPI同比下降2.1%,比上年全年下降3.0%缩小了0.9个百分点",  # 爱思想
         ["PPI", "PPI", "PPI"]),
        # the three sectors of a list are 第一产业 … (a county's 2007 plan execution)
        ("其中一、二、三产业增加值分别达到9.98亿元、4.2亿元、10.72亿元",
         ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
        # 暴增 is the verb, the indicator is in the clause before (a digest of 十四五 results)
        ("寒武纪2025年前三季度实现营业收入46.1亿元,同比暴增23.9倍", ["寒武纪营业收入", "寒武纪营业收入"]),
    ],
)
def test_names(phrase: str, expected: list[str]) -> None:
    assert [m.metric for m in one(phrase, **BULLETIN)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # an investment said before the project it finances is the project's
        ("引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目", ["宁德时代新型锂盐研发生产项目总投资"]),  # 上杭县
        ("投资173亿元的全省首个“风光火储”一体化基地建成投产", ["风光火储一体化基地投资"]),  # 湖北日报 on 仙桃
        # …not an indicator that is an investment of its own
        ("全年完成固定资产投资120亿元的目标", ["固定资产投资"]),
        # 有望 is no name (a digest of 十四五 results)
        ("2024年社会消费品零售总额达到48.3万亿元,2025年全年有望超过50万亿元",
         ["社会消费品零售总额", "社会消费品零售总额"]),
    ],
)
def test_project_and_hope(phrase: str, expected: list[str]) -> None:
    assert [m.metric for m in one(phrase, **BULLETIN)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 城乡居民 values listed with 分别 are the urban and the rural residents' (历城区, 西藏)
        ("城乡居民人均可支配收入分别增长5.5%、6%以上", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        ("城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元",
         ["城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        # a place that achieves is no part of the indicator; GDP right before its value (肇庆)
        ("据悉,2024年,肇庆完成GDP2917.85亿元、同比增长2.2%", ["GDP", "GDP"]),
        ("2025年,肇庆市要实现GDP(地区生产总值)增长5%左右", ["GDP(地区生产总值)"]),
        # …while a subject that is no place stays (规模以上企业产值)
        ("27家规模以上企业实现产值49.45亿元", ["规模以上企业", "规模以上企业产值"]),
    ],
)
def test_work_report_names(phrase: str, expected: list[str]) -> None:
    assert [m.metric for m in one(phrase, **BULLETIN)] == expected


def test_cuts_are_changes() -> None:
    """二氧化硫排放量和化学需氧量分别削减3013吨和1498吨 (泰兴): amounts cut are changes."""
    found = one("二氧化硫排放量和化学需氧量分别削减3013噸和1498噸", **BULLETIN)
    assert [(m.metric, m.kind) for m in found] == [("二氧化硫排放量", "change"), ("化学需氧量", "change")]


def test_pm25_stays_a_name() -> None:
    assert [m.surface for m in one("PM2.5平均浓度35微克/立方米", **BULLETIN)] == ["35微克/立方米"]


def test_plan_word_is_no_name() -> None:
    """计划 before a growth rate names nothing: the clause before does (福建's 2025 report)."""
    found = one("2024年福建省地区生产总值预计可实现全年预期目标,2025年计划增长5.0%—5.5%", **BULLETIN)
    assert len(found) == 1 and "地区生产总值" in found[0].metric


def test_index_values_without_a_unit() -> None:
    """An index's values and their changes are bare decimals, a list of them after 分别 (靖西网 on the 2020
    western top-100 counties report)."""
    found = one("2020中国西部百强县市竞争力指数平均值达到75.50,比去年提高1.92。在分项指数中,经济规模指数、"
                "人民生活指数平均值分别为75.31、77.33,分别比去年提高2.68、-2.92。", **BULLETIN)
    assert [(m.surface, m.kind) for m in found] == [
        ("75.50", "level"), ("1.92", "change"), ("75.31", "level"), ("77.33", "level"), ("2.68", "change"),
        ("-2.92", "change")]
    # (the list shares the tail of its last item: 经济规模指数平均值, as the dev gold names it)
    assert [m.metric for m in found][2:4] == ["经济规模指数平均值", "人民生活指数平均值"]


def test_bare_decimals_need_an_index() -> None:
    assert one("比去年提高1.92", **BULLETIN) == []


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("三次产业比调整为11.8︰48.3︰39.9。", "11.8︰48.3︰39.9"),  # 上杭县 (the colon of a vertical form)
        ("全年粮食播种面积119319. 1千公顷", "119319. 1千公顷"),  # a PDF table's space after the decimal point
    ],
)
def test_written_forms(phrase: str, surface: str) -> None:
    assert [m.surface for m in one(phrase, **BULLETIN)] == [surface]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 预计 opening a name, 不高于 closing it, 完成 inside it and a baseline after it name nothing
        ("今年上半年預計完成財政總收入107.3億元", ["财政总收入"]),  # 长沙县 news
        ("细颗粒物(PM2.5)年平均浓度不高于23微克/立方米", ["细颗粒物(PM2.5)年平均浓度"]),  # 贵州
        ("全社會完成客運量212.26億人", ["全社会客运量"]),  # 2013 transport bulletin
        ("猪牛羊肉总产量从1952年全国猪牛羊肉总产量仅有339万吨,2018年增加到6523万吨",  # 70 years of farming
         ["猪牛羊肉总产量", "猪牛羊肉总产量"]),
        # …while the share of a plan keeps its 完成 (a county's 2007 plan execution)
        ("地区生产总值完成年度计划的105.7%", ["地区生产总值完成年度计划"]),
        # list items that are generic heads belong to the subject counted before them (商洛)
        ("规模以上工业企业达到230户,较2010年增加89户,总产值、增加值年均分别增长35.7%和25.4%",
         ["规模以上工业企业", "规模以上工业企业", "规模以上工业企业总产值", "规模以上工业企业增加值"]),
        # 14亿人口: the population, not 亿人 of 口 (a 十四五 digest)
        ("拥有14亿人口", ["人口"]),
    ],
)
def test_cleaner_names(phrase: str, expected: list[str]) -> None:
    assert [m.metric for m in one(phrase, **BULLETIN)] == expected


def test_top_ranks_before_counts() -> None:
    """前3名 is a rank at most 3 (陕西 county ranking news), not a count of three people."""
    found = one("再次包攬我省2013年度縣域經濟十強縣前3名。", **BULLETIN)
    assert [(m.surface, m.unit, m.comparator, m.kind) for m in found] == [("前3名", "位", "<=", "rank")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a rank whose clause names nothing takes the ranking of the clause before (泰兴)
        ("連續九屆躋身全國縣域經濟基本競爭力百強縣(市)行列,排名升至第47位。",
         [("第47位", "县域经济基本竞争力百强县(市)行列")]),
        # 台阶 is no 台 of machines: the totals passed are milestones, the next value the total's (a 十四五 digest)
        ("经济总量连续跨越110万亿、120万亿、130万亿台阶,2025年预计达140万亿元左右",
         [("110万亿", "经济总量台阶"), ("120万亿", "经济总量台阶"), ("130万亿", "经济总量台阶"),
          ("140万亿元左右", "经济总量")]),
        # chips are counted in 块; 一直 is no part of a name (a 十四五 digest)
        ("2024年集成电路年产量比“十三五”末增长72.6%,增加约1900亿块",
         [("72.6%", "集成电路年产量"), ("1900亿块", "集成电路年产量")]),
        ("中国经济对世界经济增长的贡献率一直保持在30%左右", [("30%左右", "中国经济对世界经济增长的贡献率")]),
        # 三块地 is a name (农村土地制度改革), not three pieces
        ("深化农村“三块地”改革", []),
    ],
)
def test_more_names(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.metric) for m in one(phrase, **BULLETIN)] == expected


def test_an_approximate_increment_is_a_change() -> None:
    found = one("2024年集成电路年产量比“十三五”末增长72.6%,增加约1900亿块", **BULLETIN)
    assert [m.kind for m in found] == ["growth", "change"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a comparison said before the value's own predicate and 成为 name nothing (青海)
        ("全体居民人均可支配收入增速高于经济增速、突破3万元", ["全体居民人均可支配收入"]),
        ("成为全国地表水国考断面水质优良率连续五年保持100%的唯一省份", ["地表水国考断面水质优良率"]),
        # …while a gap is named by its comparison (绍兴)
        ("生产总值增速高于全省平均0.4个百分点", ["生产总值增速高于全省"]),
    ],
)
def test_work_report_predicates(phrase: str, expected: list[str]) -> None:
    assert [m.metric for m in one(phrase, **BULLETIN)] == expected
