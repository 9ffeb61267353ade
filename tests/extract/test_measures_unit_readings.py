"""A unit word read by the words around it (issue #8): the dimension and base value a measure carries.

Sources (the page corpus of the search tools, each phrase as the page writes it, cut to the clause):
- TG: 国家发展改革委 and four ministries, 关于下达2018年退耕还林还草任务的通知, as 云南日报 reported it (2018,
  traditional copy): 25度以上坡耕地, 15-25度非基本农田坡耕地;
- TX: the same five ministries on the 2015 task, as 新华社 reported it (2015, traditional copy): 坡度25度以上;
- GZ: 贵州's 2025 work report (dev set): 将25度以上陡坡旱地…;
- SC: 国家市场监管总局 figures as 新华社 reported them (2018, traditional copy; 2023): 新设市场主体998.3万户,
  新设企业327.4万户, 登记在册个体工商户已达1.19亿户;
- GS: 国家工商行政管理总局 figures as 人民日报 reported them (2013): 实有个体工商户约4060万户;
- YN, QH: 云南's 2025 and 青海's 2026 work reports (dev set): 经营主体, 企业 and 规模以上工业企业 counted by 户;
- NM: 内蒙古's 2025 work report (dev set): electricity in 亿度 (the control: 度 of electricity stays kWh);
- GW: the national work reports of 2013 and 2003 (sample corpus): households and subscribers stay households;
- YC: 户次, households or firms served as many times as they are: 云南's 2025 work report (dev set,
  惠及经营主体14.6万户次), 国家烟草专卖局 at the State Council Information Office's press conference of
  2025-06-09 (as a public code repository quotes it), a city's 地方志 on food hygiene inspections of 1985～1990,
  and 辽宁's 2024 agricultural insurance figures (as a public code repository quotes the regulator's page).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

from plantrace.extract.measures.units import unit_table

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}


def dimensions(phrase: str) -> list[tuple[str, str | None, float | None, str | None]]:
    return [(m.surface, m.dimension, m.base_value, m.base_unit) for m in one(phrase, **BULLETIN)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a slope in degrees, not kilowatt hours (TG, TX, GZ)
        ("确定的25度以上坡耕地(不含基本农田),严重沙化耕地", [("25度以上", "angle", 25.0, "度")]),
        ("三峡库区、丹江口库区及上游地区15-25度非基本农田坡耕地", [("15-25度", "angle", 15.0, "度")]),
        ("今年退耕还林还草任务主要安排在坡度25度以上非基本农田和部分严重沙化耕地。", [
            ("25度以上", "angle", 25.0, "度")]),
        ("着力优化耕地林地布局，将25度以上陡坡旱地、河道湖泊内等不稳定利用耕地逐步调出", [
            ("25度以上", "angle", 25.0, "度")]),
        # 度 of electricity stays kilowatt hours (NM)
        ("发电超8000亿度，外送电量3150亿度", [
            ("8000亿度", "energy_electric", 8e11, "千瓦时"), ("3150亿度", "energy_electric", 3.15e11, "千瓦时")]),
    ],
)
def test_degree_is_a_slope_where_the_words_name_one(phrase: str, expected: list[Any]) -> None:
    assert dimensions(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "surface", "base_value"),
    [
        # firms counted by 户 are a count of firms, not of households (SC, GS, YN, QH)
        ("截至6月底,全国登记在册个体工商户已达1.19亿户,占经营主体总量67.4%。", "1.19亿户", 1.19e8),
        ("上半年新设市场主体998.3万户,同比增长12.5%", "998.3万户", 9.983e6),
        ("其中,新设企业327.4万户,同比增长12.5%", "327.4万户", 3.274e6),
        ("截至目前,我国实有个体工商户约4060万户,从业人数约8000万", "4060万户", 4.06e7),
        ("经营主体净增48万户、达680万户", "680万户", 6.8e6),
        ("全年新增规模以上工业企业80户，建成绿色工厂8家", "80户", 80.0),
        ("新增经营主体2.83万户。科技创新成果不断涌现", "2.83万户", 28300.0),
    ],
)
def test_households_of_firms_are_a_count(phrase: str, surface: str, base_value: float) -> None:
    found = [m for m in one(phrase, **BULLETIN) if m.surface == surface]
    assert [(m.dimension, m.base_unit) for m in found] == [("count", "户")]
    assert found[0].base_value == pytest.approx(base_value)


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        # households stay households (GW)
        ("改造农村危房1033万户，解决了3亿多农村人口的饮水安全和无电区445万人的用电问题", "1033万户"),
        ("固定电话和移动电话用户由8354万户增加到4.21亿户", "4.21亿户"),
    ],
)
def test_households_stay_households(phrase: str, surface: str) -> None:
    assert [m.dimension for m in one(phrase, **BULLETIN) if m.surface == surface] == ["households"]


@pytest.mark.parametrize("written", ["万卡", "年", "1/10万", "万块钱", "万户时"])
def test_a_unit_the_table_does_not_know_has_no_dimension(written: str) -> None:
    assert unit_table().base_value(3.0, written) == (None, None, None)
    read = unit_table().base_value_in(3.0, written, before="坡度", after="企业", metric="经营主体")
    assert read == (None, None, None)


def test_a_reading_keeps_the_magnitude() -> None:
    assert unit_table().base_value_in(2.5, "万户", metric="新登记经营主体") == (25000.0, "户", "count")
    assert unit_table().base_value_in(2.5, "万户", metric="农村危房改造") == (25000.0, "户", "households")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 户次 is its own unit, as 人次 is: not 户 with a stray 次 (YC)
        ("检查电子烟持证零售户19.1万户次、行政处罚1941户次、罚款477.7万元", [
            ("19.1万户次", "万户次", "household_times", 191000.0), ("1941户次", "户次", "household_times", 1941.0)]),
        ("对生产、经营食品单位和个体摊贩监督检查4.28万户次，累计销毁变质食品8.27万公斤", [
            ("4.28万户次", "万户次", "household_times", 42800.0)]),
        ("为249.66万户次农民提供风险保障1325.94亿元", [("249.66万户次", "万户次", "household_times", 2496600.0)]),
    ],
)
def test_household_times_are_their_own_unit(phrase: str, expected: list[Any]) -> None:
    found = [(m.surface, m.unit, m.dimension, m.base_value) for m in one(phrase, **BULLETIN) if "户次" in m.unit]
    assert found == expected


@pytest.mark.parametrize(
    ("phrase", "surface", "dimension", "base_value", "base_unit"),
    [
        # a bare magnitude word counting a population counts people, as 万人 does (national work reports of 2017 and
        # 2019 in the sample corpus; 包头's 2026 report on the 十四五, dev set)
        ("农村贫困人口减少1240万，易地扶贫搬迁人口超过240万", "1240万", "people", 1.24e7, "人"),
        ("农村贫困人口减少1240万，易地扶贫搬迁人口超过240万", "240万", "people", 2.4e6, "人"),
        ("我国60岁以上人口已达2.5亿", "2.5亿", "people", 2.5e8, "人"),
        ("城市品质塑造取得新突破 五年净增近8万人口,建成区绿化覆盖率达到44.7%", "8万", "people", 8e4, "人"),
        # …and counting 人次, visits, as 万人次 does (the national work report of 2018; the national health
        # bulletin of 2021 as a traditional copy of the news gives it, dev set)
        ("出境旅游人次由8300万增加到1亿3千多万", "8300万", "person_times", 8.3e7, "人次"),
        ("2021年,醫療衛生機構總診療人次84.7億,比上年增加7.3億人次(增長9.4%)", "84.7億", "person_times", 8.47e9, "人次"),
        # any other bare magnitude word stays a number
        ("全国2235万城市居民得到最低生活保障", "2235万", "number", 2.235e7, ""),
    ],
)
def test_a_bare_magnitude_counts_what_its_metric_names(
    phrase: str, surface: str, dimension: str, base_value: float, base_unit: str
) -> None:
    found = [m for m in one(phrase, **BULLETIN) if m.surface == surface]
    assert [(m.dimension, m.base_unit) for m in found] == [(dimension, base_unit)]
    assert found[0].base_value == pytest.approx(base_value)


# A flattened yearbook table (year_rows.py) reads its row's unit by the row's name, as a value in prose is read by
# its words: firms counted by 户 are a count, farm households stay households. The rows are constructed in the
# shape of 福建's 2021 statistical yearbook (FJ21 in test_measures_metric_fresh2.py); no real yearbook row of firms
# counted in 户 was found in the stored pages.
FIRMS_TABLE = [
    "项目 Item 2000 2005 2010 2019 2020",
    "  私营企业(户)  Private Enterprises 1254 3318 6542 9876 10321",
    "  农户(户)  Rural Households 4420 4510 4633 4702 4711",
]


def test_a_flattened_table_reads_households_of_firms_as_a_count() -> None:
    found = {(m.metric, m.kind, m.dimension, m.base_unit) for m in measures_of(FIRMS_TABLE, **BULLETIN)}
    assert found == {("私营企业", "count", "count", "户"), ("农户", "level", "households", "户")}
