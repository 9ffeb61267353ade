"""Indicator names and units of classes the fresh dev batch showed (issue #8, "metric"), on real phrases.

Sources: 国家统计局's 2024 grain announcement (GR24) and its 2019 one as reported by China.com (GR19);
山西's 2014 summer grain news (SX); 国家卫生健康委's 2021 health statistics bulletin as reported by
人民日报 in traditional script (HB); 黔东南州黄平县's budget report for 2022 (HP); 重庆市长寿区's budget
report for 2022 (CS); a city's 2019 results in 浙江 (SXZ); 中国能源大数据报告(2021) (EN); 国家统计局's
2020 income figures as reported by 中国经济网 (CE); 贵州's 2026 work report (GZ).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from measures_support import measures_of, one

from plantrace.extract.measures.units import unit_table

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}
REVIEW = ("一、2022年工作回顾",)
CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def found(phrase: str) -> list[tuple[str, str]]:
    return [(m.surface, m.metric) for m in one(phrase, path=REVIEW, **BULLETIN)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a value restated in brackets, or a change in brackets, measures what the value before it does
        ("一、 全国粮食播种面积119319千公顷(178979万亩),比2023年增加351千公顷(526万亩),增长0.3%。",  # GR24
         [("119319千公顷", "粮食播种面积"), ("178979万亩", "粮食播种面积"),
          ("351千公顷", "粮食播种面积"), ("526万亩", "粮食播种面积"), ("0.3%", "粮食播种面积")]),
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
          ("2,798万元", "地方一般公共预算收入"), ("第6位", "地方一般公共预算收入全州排名")]),
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


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a voltage is the class (电压等级) of what follows it (NX, QH), past a second class joined to it
        ("新建22个750千伏和330千伏电网工程",
         [("22个", "新建电网工程"), ("750千伏", "电网工程电压等级"), ("330千伏", "电网工程电压等级")]),
        ("建成20个500千伏输变电工程", [("20个", "建成输变电工程"), ("500千伏", "输变电工程电压等级")]),
    ],
)
def test_a_voltage_classes_what_follows(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert found(phrase) == expected


def test_a_lost_year_to_reach_is_the_target_year() -> None:
    # the sample outline whose PDF lost its years (到年，…): read by path, the text is not copied here
    path = CORPUS / "guangzhou_fyp14_outline_partial.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    slots = [m for m in measures_of(lines) if m.kind == "other" and m.unit == "年" and m.value is None]
    assert slots and all(m.metric == "目标年份" for m in slots if lines[m.line - 1][:m.start].endswith("到"))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a short noun after a count takes what its clause says of it (CS, NM)
        ("帮助65家企业获得信贷支持", [("65家", "企业获得信贷支持")]),
        ("2个平台入选首批国家级中试平台、3个平台入选国家重点培育名单",
         [("2个", "平台入选首批国家级中试平台"), ("3个", "平台入选国家重点培育名单")]),
        # …but not a longer noun, nor a noun the clause goes on to qualify (HB)
        ("培育85家规上工业企业", [("85家", "培育规上工业企业")]),
    ],
)
def test_a_short_counted_noun_takes_its_predicate(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert found(phrase) == expected


def test_an_intensity_list_shares_its_denominator() -> None:
    # the national 2016 work report's five-year goals, read by path (the text is not copied here):
    # 单位国内生产总值用水量、能耗、二氧化碳排放量分别下降…: the first item names the denominator for all
    lines = (CORPUS / "national" / "national_work_report_2016.txt").read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if "单位国内生产总值用水量、能耗" in line)
    got = [m for m in measures_of(lines[:number]) if m.line == number and m.unit == "%"][:3]
    assert [m.metric_canonical for m in got] == [
        "单位地区生产总值用水量", "单位地区生产总值能耗", "单位地区生产总值二氧化碳排放"]


def test_an_indicator_per_unit_of_another_is_not_that_other() -> None:
    # 人民日报 on the 2008 energy bulletin; 水利部 on 2024 water use as 央视网 reported it
    got = one("2008年我国单位GDP能耗下降4.59%。单位工业增加值能耗下降8.43%,单位GDP电耗下降3.30%", path=REVIEW,
              **BULLETIN)
    assert [m.metric_canonical for m in got] == ["单位地区生产总值能耗", None, None]
    water = one('2024年万元国内生产总值用水量、万元工业增加值用水量较"十三五"末分别下降17.7%和23.6%', path=REVIEW,
                **BULLETIN)
    assert [(m.metric, m.metric_canonical) for m in water] == [
        ("万元国内生产总值用水量", "单位地区生产总值用水量"), ("万元工业增加值用水量", None)]


def test_a_clause_that_compares_again_measures_the_value_before_it() -> None:
    # 国家统计局 on the first quarter of 2021, traditional script (ST): across a semicolon
    phrase = ("初步核算,一季度國內生產總值249310億元,按可比價格計算,同比增長18.3%,比2020年四季度環比增長0.6%;"
              "比2019年一季度增長10.3%,兩年平均增長5.0%。")
    assert {m.metric for m in one(phrase, path=REVIEW, **BULLETIN)} == {"国内生产总值"}


def test_a_time_inside_a_name_is_not_part_of_it() -> None:
    # 江苏's 2012 statistical bulletin (JS)
    got = found("智能电网和海洋工程等新兴产业全年销售收入达40059.9亿元,比上年增长19.6%")
    assert got == [("40059.9亿元", "智能电网和海洋工程等新兴产业销售收入"),
                   ("19.6%", "智能电网和海洋工程等新兴产业销售收入")]


def test_points_listed_before_points_and_a_share_in_a_respectively_list() -> None:
    # JS: 0.6个 is 0.6 percentage points, and the share it changes is the subject's share of GDP
    got = one("全年非公有制经济增加值36056.8亿元,占GDP的比重达66.7%,其中私营个体经济比重为41.7%,"
              "分别比上年提高0.6个和0.7个百分点。", path=REVIEW, **BULLETIN)
    assert [(m.surface, m.unit, m.metric) for m in got][-2:] == [
        ("0.6个", "个百分点", "非公有制经济增加值占GDP的比重"), ("0.7个百分点", "个百分点", "私营个体经济比重")]


def test_how_long_a_run_lasted_is_no_quantity() -> None:
    # 邯郸's 2025 work report (HD): 连续8个月 says how long the rank held
    assert found("累计拉动消费126亿元,消费增速连续8个月全省第一") == [("126亿元", "拉动消费"), ("第一", "消费全省排名")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a rank at most N (NM, and 温州鹿城区's 14th-FYP proposal LC)
        ("经济总量达到2.67万亿元，人均GDP进入全国前8位。", ("前8位", 8.0, "位", "<=", "rank", "人均GDP全国排名")),
        ("人均生产总值超过9.3万元,稳居“全国经济综合实力百强区”前50强",
         ("前50强", 50.0, "位", "<=", "rank", "经济综合实力百强区")),
        # the scale class of what follows is a threshold of no year (NM, GZ, SN)
        ("打造乳业、稀土、有色、现代煤化工、光伏等千亿级产业链", ("千亿级", 1000.0, "亿", ">=", "other", "产业链规模")),
        ("一批百亿级重大项目开工建设", ("百亿级", 100.0, "亿", ">=", "other", "重大项目投资规模")),
        ("文化旅游等万亿级产业集群规模不断壮大", ("万亿级", 1.0, "万亿", ">=", "other", "产业集群规模")),
    ],
)
def test_top_ranks_and_scale_classes(phrase: str, expected: tuple[str, float, str, str, str, str]) -> None:
    got = [m for m in one(phrase, path=REVIEW, **BULLETIN) if m.surface == expected[0]]
    assert [(m.surface, m.value, m.unit, m.comparator, m.kind, m.metric) for m in got] == [expected]
    assert got[0].year is None if got[0].kind == "other" else True


def test_ordinals_and_periods_are_no_top_ranks() -> None:
    # 世界500强 is a name (SN), 前三季度 a period (the national 2022 bulletin, NB)
    assert [m.value for m in one("超过200家世界500强企业在陕设立分支机构", path=REVIEW, **BULLETIN)] == [200.0]
    assert [m.kind for m in one("前三季度国内生产总值增长3.0%", path=REVIEW, **BULLETIN)] == ["growth"]


def test_doubling_written_as_fan_bei() -> None:
    # 人民日报 on the national renewable energy plan in traditional script (RE): 翻倍 is twice the base
    (m,) = one("風電和太陽能發電量實現翻倍", path=REVIEW, **BULLETIN)
    assert (m.value, m.unit, m.kind) == (2.0, "倍", "ratio")
