"""Units, names and what is not a quantity in the classes the metric helper's third fresh dev batch
showed (issue #8), on real phrases.

Sources: 水利部's water resources bulletins — 2022 as reported in traditional script with lost
superscripts (WB22), 2021 as reported by 中新网 (WB21), 2018 as reported by 中国政府网 (WB18), and page 5
of the 2012 bulletin's PDF (WB12); 福建省建宁县's 2023 work report (JN); 新华网 on the 2016 Spring Festival
holiday in traditional script (SF16); National Day 2016 tourism figures of 四川 (SC16); a news page on
2017 tourism figures (TR17); 青海's 2026 work report (QH).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}


def found(phrase: str) -> list[tuple[str, float | None, str, str]]:
    return [(m.surface, m.value, m.unit, m.metric) for m in one(phrase, **BULLETIN)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a superscript the page lost after a metre: a volume where the text speaks of water
        ("全國(guó)水資源總量為27088.1億m?,比多年平均值偏少1.9%。",  # WB22
         [("27088.1億m?", 27088.1, "亿m3", "水资源总量"), ("1.9%", 1.9, "%", "水资源总量")]),
        ("2022年,全國(guó)人均綜合用水量為425m?", [("425m?", 425.0, "m3", "人均综合用水量")]),  # WB22
        # millimetres of rain, litres a day
        ("全國(guó)平均年降水量為631.5mm,比多年平均值偏少2.0%。",  # WB22
         [("631.5mm", 631.5, "mm", "平均年降水量"), ("2.0%", 2.0, "%", "平均年降水量")]),
        ("人均生活用水量為176L/d", [("176L/d", 176.0, "L/d", "人均生活用水量")]),  # WB22
        ("城镇人均生活用水量(含公共用水)225升/天,农村居民人均生活用水量89升/天",  # WB18
         [("225升/天", 225.0, "升/天", "城镇人均生活用水量(含公共用水)"),
          ("89升/天", 89.0, "升/天", "农村居民人均生活用水量")]),
        # 总量 is part of a name (用水总量, 水资源总量)
        ("2018年,全国水资源总量27462.5亿立方米", [("27462.5亿立方米", 27462.5, "亿立方米", "水资源总量")]),  # WB18
        ("全国用水总量6015.5亿立方米", [("6015.5亿立方米", 6015.5, "亿立方米", "用水总量")]),  # WB18
        ("全国水资源总量为29638.2亿立方米,比多年平均值偏多7.3%。",  # WB21
         [("29638.2亿立方米", 29638.2, "亿立方米", "水资源总量"), ("7.3%", 7.3, "%", "水资源总量")]),
        # 同口径, 按可比口径 and 自然增幅 qualify the indicator before them
        ("地方一般公共预算收入3.5亿元,自然增幅2%,同口径完成3.67亿元,增幅6.1%",  # JN
         [("3.5亿元", 3.5, "亿元", "地方一般公共预算收入"), ("2%", 2.0, "%", "地方一般公共预算收入"),
          ("3.67亿元", 3.67, "亿元", "地方一般公共预算收入"), ("6.1%", 6.1, "%", "地方一般公共预算收入")]),
        ("實現旅游收入3651億元,按可比口徑增長16.3%",  # SF16
         [("3651億元", 3651.0, "亿元", "旅游收入"), ("16.3%", 16.3, "%", "旅游收入")]),
        # a share after a bracketed aside is of the subject before the bracket
        ("工業用水為968.4億m?(其中直流火核電冷卻水482.7億m?),占用水總量的16.2%",  # WB22
         [("968.4億m?", 968.4, "亿m3", "工业用水"), ("482.7億m?", 482.7, "亿m3", "直流火核电冷却水"),
          ("16.2%", 16.2, "%", "工业用水占用水总量")]),
    ],
)
def test_units_and_names(phrase: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert found(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "surface", "value"),
    [
        ("农田灌溉水有效利用系数0.554", "0.554", 0.554),  # WB18
        ("農田灌溉水有效利用系數為0.572,万元工业增加值用水量为24.1m?", "0.572", 0.572),  # WB22
        ("农田灌溉水有效利用系数 0.516,万元工业增加值(当年价)用水量 69 m3 城", "0.516", 0.516),  # WB12
    ],
)
def test_a_coefficient_is_a_number_without_a_unit(phrase: str, surface: str, value: float) -> None:
    first = one(phrase, **BULLETIN)[0]
    assert (first.surface, first.value, first.unit) == (surface, value, "")
    assert first.metric.endswith("有效利用系数")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("黄龙景区前4天累计接待6.55万人,同比增长56.8%", ["6.55万人", "56.8%"]),  # SC16: 前4天 is which days
        ("全省纳入统计的75个4A级(含)以上旅游景区共接待游客633.77万人次", ["633.77万人次"]),  # SC16
        ("去年500家国家全域旅游示范区创建单位共接待中外游客18亿人次", ["18亿人次"]),  # TR17
        ("全國31個省、自治區、直轄市分別對轄區內春節假日的接待規模和效益進行了統計調查。", []),  # SF16
        ("覆盖全国31个省区市及新疆生产建设兵团。", []),  # TR17
        ("銀川等39個重點旅游城市,共接待游客近1.12億人次", ["1.12億人次"]),  # SF16
        # …but provinces reached are counted
        ("绿电外送拓展至22个省区市，输出345亿度、增长32%", ["22个", "345亿度", "32%"]),  # QH
    ],
)
def test_groups_and_days_are_no_quantities(phrase: str, expected: list[str]) -> None:
    assert [m.surface for m in one(phrase, **BULLETIN)] == expected


def test_a_name_a_pdf_line_break_split_is_completed_from_the_line_before() -> None:
    lines = ["耗总量占用水总量的百分比)53%。各类用户耗水率差别较大,农田灌",  # WB12
             "溉为 63%;林牧渔业及牲畜为 75%;工业为 24%;城镇生活为 30%;"]
    assert [(m.surface, m.metric) for m in measures_of(lines, **BULLETIN)][1:3] == [
        ("63%", "农田灌溉"), ("75%", "林牧渔业及牲畜")]


def test_a_short_line_before_is_no_broken_name() -> None:
    lines = ["2022年工作回顾", "地区生产总值增长4.5%"]
    assert [m.metric for m in measures_of(lines, **BULLETIN)] == ["地区生产总值"]


def test_a_page_number_takes_no_unit_from_the_next_line() -> None:
    lines = ["P. 5", "个省(自治区),用水量少于 50 亿 m3 的有天津、青海、西藏、北京和"]  # WB12
    assert [m.surface for m in measures_of(lines, **BULLETIN)] == ["50 亿 m3"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a condition on what is counted is a quantity of no year (kind other), named by what it limits
        ("签约亿元以上项目507个",  # 邯郸 2025
         [("亿元以上", 1.0, "亿元", ">=", "other", None), ("507个", 507.0, "个", "=", "count", 2024)]),
        ("海拔5000米以上乡镇、农牧区供暖实现全覆盖", [("5000米以上", 5000.0, "米", ">=", "other", None)]),  # 西藏 2026
        ("每千人口拥有3岁以下婴幼儿托位数达4.59个",  # 贵州 2026
         [("3岁以下", 3.0, "岁", "<=", "other", None), ("4.59个", 4.59, "个", "=", "level", 2024)]),
    ],
)
def test_a_threshold_is_a_quantity_of_no_year(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    review = {"doc_type": "work_report", "period": None, "issued": "2025-01-20"}
    found = [(m.surface, m.value, m.unit, m.comparator, m.kind, m.year) for m in one(phrase, **review)]
    assert found == expected


def test_a_threshold_is_named_by_what_it_limits() -> None:
    named = {m.surface: m.metric for m in one("签约亿元以上项目507个,海拔5000米以上乡镇", **BULLETIN)}
    assert named == {"亿元以上": "签约项目投资额门槛", "507个": "签约亿元以上项目", "5000米以上": "海拔门槛"}
