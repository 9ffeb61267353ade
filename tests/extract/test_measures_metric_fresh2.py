"""What is and is not a quantity, units and indicator names of the classes the metric helper's second
fresh dev batch showed (issue #8), on real phrases.

Sources: 生态环境部's figures for the first quarter of 2024 as reported by 人民日报 (EQ24), for 2022 as
reported by 央视网 (EN22) and in traditional script (EN22T), its 2019 bulletin as reported in traditional
script (EN19T) and its 2021 bulletin as reported by 央视财经 (EN21); 国家卫生健康委's 2023 health statistics
bulletin as reported in traditional script (HB23); 教育部's 2021 education statistics bulletin (ED21); a
Guangdong city's fiscal figures for January-July (GDC); a county's budget execution for January-May in
traditional script (CB); 云南大姚县's for April 2024 (DY); 河南罗山县's for January-May (LS); a province's
2014 statistical bulletin with converter debris (SB14); 福建's 2021 statistical yearbook (FJ21); the
长江三角洲区域一体化发展规划纲要 as reported by 央视网 (YRD); the 十四五 national outline (FYP14); a spam
page's header (SPAM).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}
REVIEW = ("一、2022年工作回顾",)


def surfaces(phrase: str) -> list[str]:
    return [m.surface for m in one(phrase, path=REVIEW, **BULLETIN)]


def named(phrase: str) -> list[tuple[str, str]]:
    return [(m.surface, m.metric) for m in one(phrase, path=REVIEW, **BULLETIN)]


def units(phrase: str) -> list[tuple[str, float | None, str]]:
    return [(m.surface, m.value, m.unit) for m in one(phrase, path=REVIEW, **BULLETIN)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the places or monitoring points a statistic is taken over are a group, not a quantity
        ("一季度,全国339个地级及以上城市PM2.5平均浓度为43微克/立方米,同比下降6.5%", ["43微克/立方米", "6.5%"]),  # EQ24
        ("全國339個地級及以上城市PM2.5平均濃度為29微克/立方米", ["29微克/立方米"]),  # EN22T
        ("2019年,全國337個地級及以上城市平均優良天數比例為82.0%。", ["82.0%"]),  # EN19T
        ("3641个国家地表水考核断面中,水质优良(Ⅰ—Ⅲ类)断面比例为89.9%", ["89.9%"]),  # EQ24
        ("在监测的201个重点湖(库)中,水质优良湖(库)比例82.1%", ["82.1%"]),  # EQ24
        ("7个县(区)公共财政预算收入共完成851,064万元,同比增收177,619万元", ["851,064万元", "177,619万元"]),  # GDC
        ("在全省21个地级以上市中居第7位,珠三角9市中居第1位。", ["第7位", "第1位"]),  # GDC
        # …but what the group holds is counted (the 218 cities that met the standard, the 830 sources)
        ("339个地级及以上城市中,218个城市环境空气质量达标,占64.3%", ["218个", "64.3%"]),  # EN21
        ("902個在用集中式生活飲用水水源監測斷面(點位)中,830個全年均達標,占92.0%。", ["830個", "92.0%"]),  # EN19T
        ("全国832个贫困县全部摘帽", ["832个"]),  # FYP14
        # a unit in brackets after a row's name is the table's unit label, not a lost number
        ("  铁路营业长度(公里)  Length of Railways in Operation(km)", []),  # FJ21
        ("  客运量(万人)  Passenger Traffic(10000 persons)", []),  # FJ21
        # 成 starting a word (成人) is no tenth; the calendar in a pollutant's name is no span of years
        ("91成人午夜在线精品", []),  # SPAM
        ("PM2.5年平均濃度為36微克/立方米,同比持平。", ["36微克/立方米"]),  # EN19T
    ],
)
def test_what_is_a_quantity(phrase: str, expected: list[str]) -> None:
    assert surfaces(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a unit's denominator written before the number
        ("全国空气质量稳中向好。PM2.5浓度每立方米29微克。", [("29微克", 29.0, "微克/立方米")]),  # EN22
        # a rate per so many people
        ("孕產(chǎn)婦死亡率下降到15.1/10萬,嬰兒死亡率下降到4.5‰",  # HB23
         [("15.1/10萬", 15.1, "1/10万"), ("4.5‰", 4.5, "‰")]),
        # years of schooling are a span of years, not a calendar year
        ("勞動年齡人口平均受教育年限達到11.5年,人均期望壽命達到79歲。",  # YRD
         [("11.5年", 11.5, "年"), ("79歲", 79.0, "岁")]),
        ("劳动年龄人口平均受教育年限提高到11.3年", [("11.3年", 11.3, "年")]),  # FYP14
    ],
)
def test_units(phrase: str, expected: list[tuple[str, float, str]]) -> None:
    assert units(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the place and the verb that open a clause are not part of the indicator
        ("1-5月,全縣完成財政總收入4348萬元,占年初預算10065萬元的43.2%",  # CB
         [("4348萬元", "财政总收入"), ("10065萬元", "财政总收入年初预算"), ("43.2%", "财政总收入占年初预算")]),
        ("1-5月,我县地方一般公共预算收入累计完成34096万元", [("34096万元", "地方一般公共预算收入")]),  # LS
        # 增支/减支 say how an expenditure changed: the value is the expenditure's
        ("全市地方公共財政預(yù)算支出累計完成1,655,028萬元, 同比增支218,447萬元,增長15.21%。",  # GDC
         [("1,655,028萬元", "地方公共财政预算支出"), ("218,447萬元", "地方公共财政预算支出"),
          ("15.21%", "地方公共财政预算支出")]),
        ("一般公共预算支出累计完成107752万元,比上年减支9240万元,下降7.9%。",  # DY
         [("107752万元", "一般公共预算支出"), ("9240万元", "一般公共预算支出"), ("7.9%", "一般公共预算支出")]),
        # a rank named only by the group ranked in takes its sentence's indicator
        ("全市公共財政預算收入增幅比全省平均增幅高6個百分點,在全省21個地級以上市中居第7位",  # GDC
         [("6個百分點", "公共财政预算收入增幅比全省"), ("第7位", "公共财政预算收入增幅比全省排名")]),
        # a footnote marker inside a name
        ("義務教育階段[8]招生3488.02萬人,在校生1.58億人",  # ED21
         [("3488.02萬人", "义务教育阶段招生"), ("1.58億人", "在校生")]),
        # what a bulletin says of the establishments it has just counted is theirs
        ("2023年末,全國共有鄉(xiāng)鎮(zhèn)衛(wèi)生院33753個,床位150.5萬張,衛(wèi)生人員160.5萬人,"  # HB23
         "與上年比較,床位增加4.9萬張,人員增加7.5萬人。",
         [("33753個", "乡镇卫生院"), ("150.5萬張", "乡镇卫生院床位"), ("160.5萬人", "乡镇卫生院卫生人员"),
          ("4.9萬張", "乡镇卫生院床位"), ("7.5萬人", "乡镇卫生院人员")]),
        ("全國共有社區(qū)衛(wèi)生服務中心(站)37177個,衛(wèi)生人員77.8萬人",  # HB23
         [("37177個", "社区卫生服务中心(站)"), ("77.8萬人", "社区卫生服务中心(站)卫生人员")]),
    ],
)
def test_indicator_names(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert named(phrase) == expected


def test_a_character_the_converter_lost_keeps_the_name_whole() -> None:
    """全省公路通車?yán)锍? 17.9萬(wàn)公里 (SB14): the ? and the pinyin whose bracket it swallowed are debris."""
    found = named("全省公路通車?yán)锍? 17.9萬(wàn)公里(包括村路),比上年增長(zhǎng) 2.7%。")
    assert [surface for surface, _ in found] == ["17.9萬(wàn)公里", "2.7%"]
    assert all(metric.startswith("公路通车") for _, metric in found)


YEARBOOK_2021 = [  # FJ21, table 13-2 as the page gives it
    "13-2 交通运输业基本情况",
    "项目 Item 2000 2005 2010 2019 2020",
    "  公路通车里程(公里)  Length of Highway(km) 51073 58286 91015 109785 110118",
    "   高速公路   Expressway 351 1208 2350 5347 5635",
    "  旅客周转量(亿人公里)  Passenger-kilometers(100 million persons-km)",
    "333.97 477.82 648.76 1190.02 661.97",
    "    铁路   Railways 71.57 87.90 137.70 396.25 223.16",
]
YEARBOOK_2020 = [  # 福建's 2020 statistical yearbook, table 13-2
    "项目 Item 2000 2005 2010 2018 2019",
    "  客运量(万人)  Passenger Traffic(10000 persons) 44203 55615 77153 51435 49379",
    "    铁路   Railways 1428 1486 3640 12096 12741",
    "  全社会机动车拥有量(辆)  Number of Motor Vehicles(unit) 1954426 4198416 7249619 10427044 11189434",
]


def test_a_flattened_year_table_gives_each_number_its_row_and_column() -> None:
    found = [(m.line, m.surface, m.value, m.unit, m.metric, m.year, m.stance)
             for m in measures_of(YEARBOOK_2021, **BULLETIN)]
    assert found[:5] == [(3, str(v), float(v), "公里", "公路通车里程", y, "actual")
                         for v, y in zip((51073, 58286, 91015, 109785, 110118), (2000, 2005, 2010, 2019, 2020),
                                         strict=True)]
    assert [(m[4], m[3]) for m in found[5::5]] == [
        ("高速公路公路通车里程", "公里"), ("旅客周转量", "亿人公里"), ("铁路旅客周转量", "亿人公里")]
    assert [m[1] for m in found if m[1] == "100"] == []  # (100 million persons-km) is the unit's English


def test_a_flattened_year_table_of_another_year() -> None:
    found = [(m.surface, m.unit, m.metric, m.year) for m in measures_of(YEARBOOK_2020, **BULLETIN)]
    assert found[4] == ("49379", "万人", "客运量", 2019)
    assert found[5] == ("1428", "万人", "铁路客运量", 2000)
    assert found[-1] == ("11189434", "辆", "全社会机动车拥有量", 2019)
    assert "10000" not in [surface for surface, *_ in found]


def test_years_in_prose_are_no_table_header() -> None:
    lines = ["2024年、2025年分别发行1万亿元、1.3万亿元超长期特别国债", "地区生产总值 2000 2005"]  # a digest (2025)
    found = measures_of(lines, **BULLETIN)
    assert [m.surface for m in found] == ["1万亿元", "1.3万亿元"]
    assert "measure.table.v1" not in [m.rule for m in found]
