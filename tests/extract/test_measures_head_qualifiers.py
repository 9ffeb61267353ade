"""Names that were only a generic head (群众, 总投资, 货物): the words that qualify the head are part of the name
(issue #8), on real phrases of several governments.

Sources: 宁夏's 2025 work report (NX25, a dev document), 娄烦县 (山西)'s 2018 work report (LF18, the county's
full text as kept on gongwensou.com), 云南's 2025 work report (YN25, a dev document), 中国铁路总公司's news of the
national railway's first ten months of 2018 (CR18).
"""

from __future__ import annotations

import pytest
from measures_support import names_of


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # NX25: the clause before gives values, so it names no policy
        ("累计容缺化解居民住宅“办证难”23万户，化解率达94%，惠及70多万群众。", "70多万", "惠及群众"),
        # LF18
        ("注入风险金2425万元,撬动扶贫小额贷款1.2亿元,惠及2478户贫困户。", "2478户", "惠及贫困户"),
    ],
)
def test_the_people_reached_with_no_policy_named_are_still_those_reached(
        phrase: str, surface: str, metric: str) -> None:
    """惠及2478户贫困户 after a clause with a value: 惠及贫困户 (was 贫困户, the stock of such people; 惠及居民56.2万户,
    the noun before the count, was already 惠及居民)."""
    assert names_of(phrase)[surface] == metric


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # YN25
        ("中老铁路累计发送旅客超4500万人次、货物超5000万吨，客货运量连续三年增长。",
         {"4500万人次": "中老铁路累计发送旅客", "5000万吨": "中老铁路累计发送货物"}),
        # CR18
        ("1月至10月，国家铁路发送旅客28.25亿人次、货物26.39亿吨，客货运量均保持同比大幅增长。",
         {"28.25亿人次": "国家铁路发送旅客", "26.39亿吨": "国家铁路发送货物"}),
        # YN26 (云南's 2026 work report, a dev document's words): an item with a verb of its own keeps it
        ("中老铁路发展远超预期，累计发送旅客超6400万人次、运输货物超7400万吨。", {"7400万吨": "运输货物"}),
    ],
)
def test_a_later_item_named_by_its_noun_alone_shares_the_first_items_verb(
        phrase: str, expected: dict[str, str]) -> None:
    """发送旅客…、货物…: 货物 is the goods sent, by the first item's subject (was 货物 alone)."""
    found = names_of(phrase)
    assert {surface: found[surface] for surface in expected} == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 交城县 (山西)'s 2019 statistical bulletin (a dev document)
        ("金融业增加值39358万元,增长5.1%;交通运输、仓储和邮政业增加值26818万元,增长4.4%;",
         {"26818万元": "交通运输、仓储和邮政业增加值", "4.4%": "交通运输、仓储和邮政业增加值"}),
        # 青海's 2026 work report (a dev document)
        ("服务业平稳趋好，交通运输、仓储和邮政业增长8.5%，客货总周转量增长9.5%。",
         {"8.5%": "交通运输、仓储和邮政业"}),
        # a city's 2025 half-year economy news (a dev document): the classification's older name with 的
        ("规上制造业增长11.1%、较一季度提升0.4个百分点,电力、热力、燃气及水的生产和供应业下降0.2%、较一季度回落1.8个百分点。",
         {"0.2%": "电力、热力、燃气及水的生产和供应业", "1.8个百分点": "电力、热力、燃气及水的生产和供应业"}),
        # a list of items is still a list
        ("粮食、棉花、油料产量分别增长1%、2%、3%。", {"1%": "粮食产量", "3%": "油料产量"}),
    ],
)
def test_an_industry_name_joined_by_its_own_marks_is_one_name(phrase: str, expected: dict[str, str]) -> None:
    """交通运输、仓储和邮政业: the 、 of the national industry classification's names joins one name (was
    仓储和邮政业, the last item of a list that is none; 电力、热力、燃气及水的生产和供应业 was cut at its 的 to
    生产和供应业)."""
    found = names_of(phrase)
    assert {surface: found[surface] for surface in expected} == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 内蒙古's 2026 work report (a dev document)
        ("保障农牧民工工资及时足额发放，确保基本养老、医疗保险参保率稳定在95%以上，提高城乡居民养老保险基础养老金。",
         {"95%以上": "基本养老、医疗保险参保率"}),
        # 贵州's 2026 work report (a dev document)
        ("现代能源产业做大做强，电力装机规模突破1亿千瓦，水电、风电、光伏发电量占比达43.3%，调度原煤产量达1.83亿吨。",
         {"43.3%": "水电、风电、光伏发电量占比"}),
        # 陕西's 2026 work report (a dev document): the first item after a count is that count's noun, no shared list
        ("新增经济总量超200亿元县2个、达到29个，陈仓、洋县园区产值超过100亿元，富平园区产值超过200亿元。",
         {"100亿元": "陈仓、洋县园区产值"}),
        ("力争黄蒿界等6处煤矿、产能1400万吨/年建成试运转。", {"1400万吨/年": "煤矿产能"}),
    ],
)
def test_one_value_said_of_a_list_of_bare_nouns_is_named_by_the_whole_list(
        phrase: str, expected: dict[str, str]) -> None:
    """基本养老、医疗保险参保率稳定在95%以上: the rate of both insurances (was 医疗保险参保率, the last item only, as
    if 基本养老 had had a value of its own)."""
    found = names_of(phrase)
    assert {surface: found[surface] for surface in expected} == expected


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # 黄龙县 (陕西)'s 2026 work report (a dev document)
        ("全年生产总值完成30.69亿元、增长4.7%,超过全市增速0.4个百分点,其中一产增加值增长3.5%。",
         "0.4个百分点", "生产总值增速超过全市增速"),
        # a city's economy in the first three quarters, traditional script (a dev document)
        ("其中,工業增加值實現1207.7億元,同比增長5.3%,高于GDP增速1.1個百分點,是前三季度經濟增長的主要動力。",
         "1.1個百分點", "工业增加值增速高于GDP增速"),
    ],
)
def test_a_gap_against_another_growth_rate_is_the_growth_of_the_indicator_before(
        phrase: str, surface: str, metric: str) -> None:
    """增长5.3%,高于GDP增速1.1个百分点: 工业增加值增速高于GDP增速 (was 高于GDP: only a gap against a place, 高于全省,
    took the indicator before it)."""
    assert names_of(phrase)[surface] == metric
