"""Indicator names and units of classes the fresh dev batch showed (issue #8, "metric"), on real phrases.

Sources: 国家统计局's 2024 grain announcement (GR24) and its 2019 one as reported by China.com (GR19);
山西's 2014 summer grain news (SX); 国家卫生健康委's 2021 health statistics bulletin as reported by
人民日报 in traditional script (HB); 黔东南州黄平县's budget report for 2022 (HP); 重庆市长寿区's budget
report for 2022 (CS); a city's 2019 results in 浙江 (SXZ); 中国能源大数据报告(2021) (EN); 国家统计局's
2020 income figures as reported by 中国经济网 (CE); 贵州's 2026 work report (GZ).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

from plantrace.extract.measures.units import unit_table

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}
REVIEW = ("一、2022年工作回顾",)


def found(phrase: str) -> list[tuple[str, str]]:
    return [(m.surface, m.metric) for m in one(phrase, path=REVIEW, **BULLETIN)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a value restated in brackets, or a change in brackets, measures what the value before it does
        ("一、 全国粮食播种面积119319千公顷(178979万亩),比2023年增加351千公顷(526万亩),增长0.3%。",  # GR24
         [("119319千公顷", "全国粮食播种面积"), ("178979万亩", "全国粮食播种面积"),
          ("351千公顷", "全国粮食播种面积"), ("526万亩", "全国粮食播种面积"), ("0.3%", "全国粮食播种面积")]),
        ("衛生人員總數1398.3萬人,比上年增加50.8萬人(增長3.8%)。",  # HB
         [("1398.3萬人", "卫生人员"), ("50.8萬人", "卫生人员"), ("3.8%", "卫生人员")]),
        # a closing bracket whose opening one is in the name stays (HP)
        ("地方一般公共预算收入(同口径)完成30,161万元,同比增长14.6%",
         [("30,161万元", "地方一般公共预算收入(同口径)"), ("14.6%", "地方一般公共预算收入(同口径)")]),
    ],
)
def test_brackets_name_nothing(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert found(phrase) == expected


def test_a_restated_change_is_a_change() -> None:
    kinds = [m.kind for m in one("比2023年增加1109万吨(222亿斤),增长1.6%。", path=REVIEW, **BULLETIN)]  # GR24
    assert kinds == ["change", "change", "growth"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("全国粮食单位面积产量5921公斤/公顷(395公斤/亩)",  # GR24
         [("5921公斤/公顷", 5921.0, "公斤/公顷"), ("395公斤/亩", 395.0, "公斤/亩")]),
        ("比2018年增长98.4公斤/公顷(6.6公斤/亩),增幅1.8%",  # GR19
         [("98.4公斤/公顷", 98.4, "公斤/公顷"), ("6.6公斤/亩", 6.6, "公斤/亩"), ("1.8%", 1.8, "%")]),
    ],
)
def test_a_rate_of_two_units_is_one_unit(phrase: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(m.surface, m.value, m.unit) for m in one(phrase, path=REVIEW, **BULLETIN)] == expected


def test_a_rate_converts_through_both_units() -> None:
    table = unit_table()
    per_hectare, per_mu = table.base_value(5921.0, "公斤/公顷"), table.base_value(395.0, "公斤/亩")
    assert per_hectare[1:] == per_mu[1:] == ("吨/平方米", "mass_per_area")
    assert per_hectare[0] == pytest.approx(per_mu[0], rel=0.002)  # the same yield in two units
    assert table.base_value(1.0, "公斤/年亩") == (None, None, None)  # an unknown denominator


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a list of names with 和/及 inside them, and values in the same order, without 分别 (SXZ)
        ("其中,医疗保健、食品烟酒、教育文化和娱乐、其他用品和服务、生活用品及服务类上涨 7.2%、6.3%、3.5%、2.0%、0.8%",
         [("7.2%", "医疗保健"), ("6.3%", "食品烟酒"), ("3.5%", "教育文化和娱乐"), ("2.0%", "其他用品和服务"),
          ("0.8%", "生活用品及服务类")]),
        ("交通和通信、居住类下降0.8%、0.1%。", [("0.8%", "交通和通信"), ("0.1%", "居住类")]),
        # a short item takes the rest of the last item's name after its first word (EN), and a second
        # list of as many values takes the same items
        ("风电、太阳能发电量分别为4665、2611亿千瓦时,分别同比增长15.1%和16.6%。",
         [("4665", "风电发电量"), ("2611亿千瓦时", "太阳能发电量"), ("15.1%", "风电发电量"),
          ("16.6%", "太阳能发电量")]),
    ],
)
def test_lists_of_names_and_values(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert found(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 增收, 较年初 and a rank's field name no indicator: the value takes its sentence's subject (HP, CS)
        ("地方一般公共预算收入完成28,583万元(自然口径),同比增长10.85%,增收2,798万元,完成排名全州第6位",
         [("28,583万元", "地方一般公共预算收入"), ("10.85%", "地方一般公共预算收入"),
          ("2,798万元", "地方一般公共预算收入"), ("第6位", "地方一般公共预算收入")]),
        ("实现融资在保余额8.8亿元,较年初增长42%。", [("8.8亿元", "融资在保余额"), ("42%", "融资在保余额")]),
        ("全省夏粮总产量为26.03亿公斤,比上年增加2.86亿公斤,增产12.3%",  # SX
         [("26.03亿公斤", "夏粮总产量"), ("2.86亿公斤", "夏粮总产量"), ("12.3%", "夏粮总产量")]),
        # a growth after a share is the subject's, two shares of one subject keep the subject (HP)
        ("地方一般公共预算收入完成28,583万元,占调整预算105.47%,同比增长10.85%",
         [("28,583万元", "地方一般公共预算收入"), ("105.47%", "地方一般公共预算收入占调整预算"),
          ("10.85%", "地方一般公共预算收入")]),
        ("税收收入完成11,136万元,占调整预算90.75%,占一般公共预算收入的38.96%",
         [("11,136万元", "税收收入"), ("90.75%", "税收收入占调整预算"), ("38.96%", "税收收入占一般公共预算收入")]),
    ],
)
def test_words_that_name_no_indicator(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert found(phrase) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "  • 2022-07-13 08:32:29",  # HB
        "來源:中國經濟網2021-03-05 10:05:33",  # CE
    ],
)
def test_a_time_of_day_after_a_date_is_no_ratio(phrase: str) -> None:
    assert found(phrase) == []


def test_a_structure_of_three_parts_stays_a_ratio() -> None:
    (m,) = one("三次产业结构为3.6:47.9:48.5, 全年三产比重首次超过二产。", path=REVIEW, **BULLETIN)  # SXZ
    assert (m.kind, m.value, m.metric) == ("ratio", None, "三次产业结构")


def test_short_names_of_the_three_sectors_are_known() -> None:
    wr = {"doc_type": "work_report", "period": None, "issued": "2026-01-27"}
    found_ = one("其中一二三产增加值分别增长3.5%左右、6%左右、5%左右", path=REVIEW, **wr)  # GZ
    assert [m.metric_canonical for m in found_] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
