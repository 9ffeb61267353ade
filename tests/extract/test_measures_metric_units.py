"""Indicator names, units and numbers split by spaces (issue #8, the "metric" part), on real phrases.

Sources: 2026 work reports of 陕西 (SN), 云南 (YN), 贵州 (GZ), 宁夏 (NX), 内蒙古 (NM) and
青海 (QH) as collected in johncodes404/china-provincial-gov-reports-2026 (provinces kept for
tuning); 广东省交通运输厅 monthly and yearly transport figures (GD, td.gd.gov.cn, 2010 and
2024); 新华社 on the 2023 transport bulletin (XH); a digest of the 2019 national transport
bulletin with PDF spacing (TB); a 2019 article citing that bulletin (TB2); 交通运输部 on the
2021 bulletin (MT); 中国能源大数据报告(2021) (EN); 国家统计局 on 2021 Q1 (ST).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-01-27"}
BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}
REVIEW = ("一、2025年工作回顾",)


def values(phrase: str, doc: dict[str, Any] = BULLETIN) -> list[tuple[str, float | None, str]]:
    return [(m.surface, m.value, m.unit) for m in one(phrase, path=REVIEW, **doc)]


def metrics(phrase: str, doc: dict[str, Any] = BULLETIN) -> list[tuple[str, str]]:
    return [(m.surface, m.metric) for m in one(phrase, path=REVIEW, **doc)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a space before the decimal point or the percent sign (XH, GD)
        ("同比增长30 .7%", [("30 .7%", 30.7, "%")]),
        ("同比增长8.73%和18.11 %", [("8.73%", 8.73, "%"), ("18.11 %", 18.11, "%")]),
        # thousands groups and a Latin unit after a space (TB)
        (
            "全国港口拥有生产用码头泊位22 893个,比上年减少1 026个",
            [("22 893个", 22893.0, "个"), ("1 026个", 1026.0, "个")],
        ),
        ("比上年增加9.5 km /万km2", [("9.5 km /万km2", 9.5, "km/万km2")]),
        # a figure caption's numbering is no thousands group (EN)
        ("图5-1 2011~2020年全国发电量及增速情况", []),
    ],
)
def test_numbers_split_by_spaces(phrase: str, expected: list[tuple[str, float, str]]) -> None:
    assert values(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("完成营业性货运量462.24亿t,增长4.8%", [("462.24亿t", 462.24, "亿t"), ("4.8%", 4.8, "%")]),  # TB
        ("完成货物周转量194 044.56亿t·km", [("194 044.56亿t·km", 194044.56, "亿t·km")]),  # TB
        (
            "公路密度52.21公里/百平方公里,增加1.73公里/百平方公里",  # TB2
            [("52.21公里/百平方公里", 52.21, "公里/百平方公里"), ("1.73公里/百平方公里", 1.73, "公里/百平方公里")],
        ),
        # a unit that starts with a magnitude character: 750千伏 is not 750千 + 伏 (SN)
        ("开工750千伏定靖西、330千伏沣渭等输变电工程", [("750千伏", 750.0, "千伏"), ("330千伏", 330.0, "千伏")]),
        # a bare number listed before a value shares its unit (EN)
        (
            "风电、太阳能发电量分别为4665、2611亿千瓦时",
            [("4665", 4665.0, "亿千瓦时"), ("2611亿千瓦时", 2611.0, "亿千瓦时")],
        ),
    ],
)
def test_units(phrase: str, expected: list[tuple[str, float, str]]) -> None:
    assert values(phrase) == expected


def test_base_values_of_new_units() -> None:
    (km,) = one("全国铁路营业里程达到13.9万km", **BULLETIN)  # TB
    assert (km.base_value, km.base_unit, km.dimension) == (139000000.0, "米", "length")
    (density,) = one("全国铁路路网密度145.5公里/万平方公里", **BULLETIN)  # TB2
    assert density.base_unit == "公里/百平方公里"
    assert density.base_value == pytest.approx(1.455)


@pytest.mark.parametrize(
    "phrase",
    [
        "制定稳经济30条，推动政策落地见效",  # a policy's name after a verb of issuing
        "出台支持民营经济发展30条、稳外贸20条等政策",
    ],
)
def test_policy_names_are_not_quantities(phrase: str) -> None:
    assert values(phrase, WR2026) == []


def test_counts_after_other_verbs_stay_quantities() -> None:
    assert values("背街小巷改造5667条，建设改造城镇燃气管道", WR2026) == [("5667条", 5667.0, "条")]  # GZ 2026


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # ranks take the indicator they rank, not the field they are ranked in (SN)
        ("省属企业营收和利润分别居全国第5、第6位", [("第5", "省属企业营收全国排名"), ("第6位", "利润全国排名")]),
        # a bare 第一 after its field is a rank; the years before it name nothing (YN)
        ("文明健康绿色环保生活方式评估我省连续两年全国第一。", [("第一", "文明健康绿色环保生活方式评估全国排名")]),
        # a list of indicators (等5项指标) is named by its first member
        ("地区生产总值等5项指标增速居全国第一。", [("第一", "地区生产总值全国排名")]),
        # 同月/同期 are times, not indicators; 分别…和上升 is still one list (GD 2024)
        (
            "公路货运量和货物周转量分别完成2.08亿吨和236.32亿吨公里,比去年同月分别下降0.7%和上升0.4%",
            [
                ("2.08亿吨", "公路货运量"),
                ("236.32亿吨公里", "货物周转量"),
                ("0.7%", "公路货运量"),
                ("0.4%", "货物周转量"),
            ],
        ),
        # a share keeps its whole (…的比重) (EN) and takes its subject (MT)
        (
            "可再生能源发电量达到2.2万亿千瓦时,占全社会用电量的比重达到29.5%",
            [("2.2万亿千瓦时", "可再生能源发电量"), ("29.5%", "可再生能源发电量占全社会用电量的比重")],
        ),
        (
            "高速公路里程16.9万公里,占公路总里程比重为3.2%",  # MT (simplified here)
            [("16.9万公里", "高速公路里程"), ("3.2%", "高速公路里程占公路总里程比重")],
        ),
        # the time (一季度, 同期) is no indicator; metrics are read on the simplified layer (ST)
        ("一季度,全國肉牛出欄1101萬頭,比上年同期增加54萬頭", [("1101萬頭", "肉牛出栏"), ("54萬頭", "肉牛出栏")]),
    ],
)
def test_metric_names(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert metrics(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # adverbs are no indicator: the value takes the subject of its sentence (NM)
        (
            "一般公共预算收入增加近1000亿元，稳步达到3000亿元以上",
            [("1000亿元", "一般公共预算收入"), ("3000亿元以上", "一般公共预算收入")],
        ),
        # the noun counted, past the classes that qualify it (NX)
        ("新建22个750千伏和330千伏电网工程",
         [("22个", "新建电网工程"), ("750千伏", "电网工程电压等级"), ("330千伏", "电网工程电压等级")]),
        # nouns that start like comparators (上市公司, 以旧换新) (NM, QH)
        ("新增12家上市公司，打破9年无企业上市局面", [("12家", "新增上市公司")]),
        (
            "消费活力不断释放，20.3亿元以旧换新补贴拉动消费215亿元",
            [("20.3亿元", "以旧换新补贴拉动消费"), ("215亿元", "以旧换新补贴拉动消费")],
        ),
    ],
)
def test_metric_names_in_reports(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert metrics(phrase, WR2026) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "获评全省唯一一个“中国食品名城”",  # 唯一一个 is a word (a city report of 2021)
        "一方有难八方支援，迅速恢复灾区生产生活",  # GZ: 八方 is rhetoric
        "5次调高城乡居民基础养老金标准",  # XZ: how often, not how many
        "省委、省政府16次调度推进重大产业项目",  # YN
        "强化经济运行分析研究，出台稳增长政策32项",  # YN: a count of policies issued
    ],
)
def test_words_frequencies_and_policies_are_not_quantities(phrase: str) -> None:
    assert values(phrase, WR2026) == []


def test_magnitude_words_ratios_fractions_and_new_count_units() -> None:
    # 千亿元 is 1000 亿元 (the sample's convention); a milestone passed is a lower bound of no year
    (m,) = one("经济总量跃上千亿元台阶", path=REVIEW, **WR2026)
    assert (m.value, m.unit, m.comparator, m.metric, m.kind, m.year) == (
        1000.0, "亿元", ">=", "经济总量台阶", "other", None)
    # a structure of three parts has no single value, and nothing was lost
    (r,) = one("三次产业结构调整为9.7:47.3:43", path=REVIEW, **WR2026)
    assert (r.value, r.missing_value, r.kind) == (None, False, "ratio")
    # a fraction written with a slash (MT)
    assert values("高铁营业里程占铁路营业里程比重超过1/4") == [("1/4", 0.25, "")]
    assert values("我区健儿在国际国内大赛喜摘奖牌111枚", WR2026) == [("111枚", 111.0, "枚")]  # XZ


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # one-character items sharing the rest of the name before 分别 (GZ, QH)
        ("其中一二三产增加值分别增长3.5%左右、6%左右、5%左右",
         [("3.5%左右", "一产增加值"), ("6%左右", "二产增加值"), ("5%左右", "三产增加值")]),
        ("农牧业增产增效，牛羊出栏分别增长5.2%、1.9%", [("5.2%", "牛出栏"), ("1.9%", "羊出栏")]),
        # pinyin left by a converter is no part of a name or number (a city report of 2025)
        ("全市實(shí)現(xiàn)地區(qū)生產(chǎn)總值7569.5億元、增長5.6%",
         [("7569.5億元", "地区生产总值"), ("5.6%", "地区生产总值")]),
        # 上年末 is a time (the national bulletin of 2022)
        ("年末全国人口141175万人,比上年末减少85万人", [("141175万人", "人口"), ("85万人", "人口")]),
    ],
)
def test_metric_names_of_lists_and_debris(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert metrics(phrase, WR2026) == expected


def test_a_unit_broken_off_by_the_page_belongs_to_the_number_before_it() -> None:
    # NM, as a PDF layout breaks it: the number ends one line, its unit opens the next
    found = measures_of(["经济总量达到2.67", "万亿元，人均GDP进入全国前列。"], **WR2026)
    assert [(m.line, m.surface, m.value, m.unit, m.missing_value) for m in found] == [
        (1, "2.67", 2.67, "万亿元", False)]
