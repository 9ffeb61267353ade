"""Years of texts whose dateline names none, and what a value covers when the text says it only once.

Phrases are quoted from public texts: news of 江苏's 2024 work report (JS, myzaker), of 成都's 2022 report
(CD, 四川在线) and of 济南's 2023 report (JN, traditional script with a converter's readings); a transport
page of a provincial statistical bulletin for 2014 (TB, traditional); the 中国水资源公报 2022 as reported
(SL); 国家统计局's report on 70 years of farm output (NB, 人民网 2019); a 2025 commentary on 十四五
results (XL); city and county finance and tourism news (JZ 七月财政快报, DY 大姚县 April, SC 四川国庆).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import document, measures_of

from plantrace.extract.measures.dating import profile
from plantrace.ingest.normalise import make_lines

UNDATED: dict[str, Any] = {"doc_type": "other", "period": None, "issued": None}


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        # JS: a space between the digits and 年; the years the report reviews and plans for
        (["1 月 23 日上午,江苏省第十四届人民代表大会第二次会议开幕,省长许昆林代表江苏省人民政府向大会报告工作。"
          "报告回顾了 2023 年工作,同时提出了 2024 年工作总体要求和目标任务。"], 2024),
        # CD: 回顾2021年，安排2022年工作
        (["1月23日,成都市第十七屆人民代表大會第六次會議開幕,會議聽取了成都市長王鳳朝作的政府工作報告,"
          "回顧2021年,安排2022年工作。"], 2022),
        # JN: 提出了2023年济南市经济社会发展的总体要求 (a place between the year and what is planned)
        (["12月26日,濟南市第十八屆人民代表大會第二次會議開幕。濟南市市長于海田代表濟南市人民政府作工作報告。",
          "報告提出了2023年濟南市經(jīng)濟社會發(fā)展的總體要求",
          "以及經(jīng)濟社會發(fā)展主要預(yù)期目標(biāo)。"], 2023),
    ],
)
def test_news_of_a_report_names_the_years_it_reviews_and_plans(lines: list[str], year: int) -> None:
    lines_ = make_lines(lines)
    assert profile(document("work_report", None, None, len(lines_)), lines_).report_year == year


# TB: a bulletin page without its title; the caption of the table after its text names the year
TRANSPORT_PAGE = [
    "七、交通、郵電和旅游",
    "交通運(yùn)輸、倉(cāng)儲(chǔ)和郵政業(yè)實(shí)現(xiàn)增加值 2490.1億元,比上年增長(zhǎng) 11.7%。",
    "全年貨物運(yùn)輸總量 21.1億噸,比上年增長(zhǎng) 6.0%;營(yíng)業(yè)性旅客運(yùn)輸總量 6.1億人,下降1.5%。",
    "年末民用汽車保有量 997.0萬(wàn)輛(包括三輪汽車和低速貨車),比上年末增長(zhǎng) 3.7%。",
    "表 6 2014年貨物和旅客運(yùn)輸量及增速",
]


def test_a_bulletin_page_is_dated_by_its_table_caption() -> None:
    years = {m.year for m in measures_of(TRANSPORT_PAGE, **UNDATED)}
    assert years == {2014}
    # two captions of different years name no single year the page covers
    two = [*TRANSPORT_PAGE, "表 7 2013年貨物和旅客運(yùn)輸量及增速"]
    assert {m.year for m in measures_of(two, **UNDATED)} == {None}


def covered(lines: list[str], doc: dict[str, Any] = UNDATED) -> list[tuple[str, int | None, str, Any]]:
    return [(m.surface, m.year, m.scope, m.period) for m in measures_of(lines, **doc)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # JZ: a total since the start of the year adds up within one year
        (["據(jù)快報統(tǒng)計,7月份全市地方公共財政預(yù)算收入完成170,024萬元。1-7月,全市地方公共財政預(yù)算收入累計完成"
          "1,392,476萬元。"],
         [("170,024萬元", None, "annual", None), ("1,392,476萬元", None, "annual", None)]),
        # DY: 4月…累计完成
        (["4月,一般公共预算收入累计完成24627万元,比上年减收1070万元。"],
         [("24627万元", None, "annual", None), ("1070万元", None, "annual", None)]),
        # SC: 前4天累计接待
        (["四川:10月1日-4日,九寨沟景区连续3天接待游客达到最大接待能力,前4天累计接待13.91万人。"],
         [("13.91万人", None, "annual", None)]),
        # SL: one year's value against the long-run mean, a mean over the country: no average over years
        (["《公報》顯示,2022年,全國平均年降水量為631.5mm,比多年平均值偏少2.0%。"],
         [("631.5mm", 2022, "annual", None), ("2.0%", 2022, "annual", None)]),
    ],
)
def test_totals_within_a_year_and_means_that_are_no_averages(lines: list[str], expected: list[Any]) -> None:
    assert covered(lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # NB: the base year of the run's first item (比1952年) is left out of the next item's
        (["据国家林业和草原局统计,2018年全国木材产量8811万立方米,比1952年增长6.1倍,年均增长3.0%;"
          "油茶籽产量263万吨,增长9.6倍,年均增长3.6%。"],
         [("8811万立方米", 2018, "annual", None), ("6.1倍", 2018, "period_cumulative", (1953, 2018)),
          ("3.0%", 2018, "period_average", (1953, 2018)), ("263万吨", 2018, "annual", None),
          ("9.6倍", 2018, "period_cumulative", (1953, 2018)), ("3.6%", 2018, "period_average", (1953, 2018))]),
        # XL: 比“十三五”末 said once for three changes of a sentence
        (["2024年我国高技术制造业增加值比“十三五”末增长42%,数字经济核心产业增加值增长73.8%,占GDP比重达到10.4%,"
          "提高2.6个百分点。"],
         [("42%", 2024, "period_cumulative", (2021, 2024)), ("73.8%", 2024, "period_cumulative", (2021, 2024)),
          ("10.4%", 2024, "annual", None), ("2.6个百分点", 2024, "period_cumulative", (2021, 2024))]),
        # NB: from a start year to a year stated before the value reached (从1952年…，2018年增加到)
        (["猪牛羊肉总产量从1952年全国猪牛羊肉总产量仅有339万吨,2018年增加到6523万吨,增长18.3倍,年均增长4.6%。"],
         [("339万吨", 1952, "annual", None), ("6523万吨", 2018, "annual", None),
          ("18.3倍", 2018, "period_cumulative", (1953, 2018)), ("4.6%", 2018, "period_average", (1953, 2018))]),
    ],
)
def test_a_base_or_start_year_said_once(lines: list[str], expected: list[Any]) -> None:
    assert covered(lines, {"doc_type": "other", "period": None, "issued": "2019-08-05"}) == expected


def test_a_base_said_once_does_not_reach_a_comparison_with_last_year() -> None:
    """2018年…比2010年翻一番…；第一产业增加值增长3.5%: a bulletin's own rates (比上年) stay the year's."""
    lines = ["2018年全国国内生产总值比2010年增长75%,比上年增长6.6%。其中,第一产业增加值64734亿元,增长3.5%。"]
    assert [(s, scope) for s, _, scope, _ in covered(lines)] == [
        ("75%", "period_cumulative"), ("6.6%", "annual"), ("64734亿元", "annual"), ("3.5%", "annual")]


# 交通运输部 on 2017's first quarter (JT, traditional with a converter's readings), dated by its page
Q1_RELEASE: dict[str, Any] = {"doc_type": "other", "period": None, "issued": "2017-04-20"}


def test_a_base_listed_after_a_base_and_a_time_since_date_no_value() -> None:
    """较去年同期、去年全年分别加快: both are bases; 延续去年四季度以来的…态势: a time since, not the next
    value's time."""
    lines = ["今年一季度交通運輸經濟運行穩中有進。一季度,全社會完成貨運量96.1億噸,同比增長9.3%,"
             "增速較去年同期、去年全年分別加快7.2和3.9個百分點。其中,鐵路貨運量增速超過15%,"
             "延續去年四季度以來的快速增長態勢;公路貨運量同比增長8.9%,較去年同期加快5.8個百分點。"]
    assert {m.surface: m.year for m in measures_of(lines, **Q1_RELEASE)} == {
        "96.1億噸": 2017, "9.3%": 2017, "7.2": 2017, "3.9個百分點": 2017, "15%": 2017, "8.9%": 2017,
        "5.8個百分點": 2017}


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        # 国家统计局's 2021 farm figures as copied by a news site: a headline on how the year went
        (["2021年畜牧業(yè)生產(chǎn)穩(wěn)定增長(zhǎng)",
          "全年豬牛羊禽肉產(chǎn)量8887萬(wàn)噸,比上年增長(zhǎng)16.3%;其中,"
          "豬肉產(chǎn)量5296萬(wàn)噸,增長(zhǎng)28.8%。"], 2021),
        # 盘州's 2022 bulletin: a paragraph opening with how the year went
        (["2022年生态环境稳步提升。",
          "可吸入颗粒物PM2.5平均浓度达47微克/立方米,同比下降2.1%;全年城区空气质量优良以上天数达272天,比上年增加29天。"],
         2022),
        # a city's 2022 bulletin without its title: the caption of its table, without a number
        (["初步核算,全市实现地区生产总值609.91亿元,比上年增长5.2%。其中,第一产业增加值63.44亿元,增长4.5%。",
          "2022年全市地区生产总值及增速"], 2022),
    ],
)
def test_headlines_and_captions_date_an_untitled_text(lines: list[str], year: int) -> None:
    assert {m.year for m in measures_of(lines, **UNDATED)} == {year}


@pytest.mark.parametrize(
    ("phrase", "doc", "expected"),
    [
        # 工人日报 on the 13th-FYP outline draft: a doubling against a base year covers the years after it
        ("今天公布的“十三五”规划纲要草案,明确提出国内生产总值和城乡居民人均收入比2010年翻一番,经济年均增长保持在6.5%以上。",
         {"doc_type": "fyp_outline", "period": (2016, 2020), "issued": None},
         [("翻一番", 2020, "period_cumulative", (2011, 2020)), ("6.5%以上", 2020, "period_average", (2016, 2020))]),
        # 中新社 on the 15th-FYP outline draft: the year reached and its base
        ("為到2035年人均國內生產總值比2020年翻一番,達到中等發達國家水平打好基礎。",
         {"doc_type": "fyp_outline", "period": (2026, 2030), "issued": None},
         [("翻一番", 2035, "period_cumulative", (2021, 2035))]),
    ],
)
def test_a_doubling_counts_from_its_base(phrase: str, doc: dict[str, Any], expected: list[Any]) -> None:
    assert covered([phrase], doc) == expected


def test_a_year_stated_before_a_semicolon_dates_the_run_after_it() -> None:
    """陵川县 (a 2026 report): 预计2025年，…；规模以上工业增加值增长16%；… — results of 2025 under a
    决胜“十四五” lead, not five-year totals."""
    line = ("——决胜“十四五”,我们群策群力抓发展,全县经济向稳向好的韧性愈发巩固。预计2025年,全县地区生产总值完成"
            "87.4亿元,年均增速达到8%;规模以上工业增加值增长16%;固定资产投资完成51.5亿元,同比增长10%。")
    doc = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2025-12-22"}
    assert covered([line], doc) == [
        ("87.4亿元", 2025, "annual", None), ("8%", 2025, "period_average", (2021, 2025)),
        ("16%", 2025, "annual", None), ("51.5亿元", 2025, "annual", None), ("10%", 2025, "annual", None)]


def test_an_undated_five_year_review_ends_with_the_last_year_it_states() -> None:
    """香港's 施政彙報 as reported by 中新社 (June 2017, no year in its dateline): 過去5年 ends with 2016, the
    last year the text states."""
    lines = ["香港特區行政長官梁振英27日發表《第四屆政府施政彙報2012-2017》,總結5年任期的施政。",
             "《施政彙報》介紹,過去5年,香港經濟溫和增長,平均每年2.4%。同時,維持全民就業,總就業人數5年間增加21萬,"
             "至2016年創379萬人的新高。"]
    assert covered(lines) == [
        ("2.4%", 2016, "period_average", (2012, 2016)), ("21萬", 2016, "period_cumulative", (2012, 2016)),
        ("379萬人", 2016, "annual", None)]


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        # 中山市 (南都): news opening with the year's targets — a report of that year
        (["3月27日上午,中山市第十六届人民代表大会第五次会议在中山市文化艺术中心开幕,会议听取和审议了中山市人民政府工作报告。",
          "报告指出,2025年,中山全市经济社会发展主要预期目标是:地区生产总值增长5.5%;社会消费品零售总额增长5%。"], 2025),
        # 历城区 (大众日报): the year named by its place in the plan, with the weight of the work ahead
        (["1月9日,济南市历城区第十九届人民代表大会第四次会议召开。",
          "2025年是全面学习贯彻党的二十大和二十届二中、三中全会精神的重要之年,是实施“十四五”规划的收官之年,"
          "做好各项工作责任重大。"], 2025),
        # 青海 (2026 report): the same opening words for a year that went well or badly are a review
        (["2025年是“十四五”收官之年，是青海发展历程中很不平凡的一年。面对严峻复杂形势和多重困难挑战。"], 2026),
    ],
)
def test_an_opening_year_that_is_planned_for(lines: list[str], year: int) -> None:
    lines_ = make_lines(lines)
    assert profile(document("work_report", None, None, len(lines_)), lines_).report_year == year
