"""Indicator names of the structural classes left on the dev set in session 24 (issue #8, "metric"), on real
phrases of several governments.

Sources (dev set lines): a 2016 commentary on the national 健康中国2030 plan comparing 北京, 天津, 上海 and other
countries; 四川's foreign trade of January-October 2019 by city (traditional in the source); the 2020 list of the
western 100 strongest counties by province; a city's economy in the first three quarters (traditional).
"""

from __future__ import annotations

import pytest
from measures_support import names_of

from plantrace.extract.measures.places import only_place, without_place

# a value named only by a place (a division, a country, a group of countries) measures, for that place, what the
# value before it in its sentence measures, that value's own place taken off
PLACES = [
    pytest.param(
        "2015年,北京人口平均预期寿命达到了81.95岁,天津达到了81.1岁,上海达到了82.8岁,在全国率先进入“80后”。",
        {"81.95岁": "北京人口平均预期寿命", "81.1岁": "天津人口平均预期寿命", "82.8岁": "上海人口平均预期寿命"},
        id="cities-national",
    ),
    pytest.param(
        "根据世界银行数据,2014年世界人均预期寿命为71.5岁,其中发展中国家人口平均预期寿命仅为69.8岁,上中等收入国家为73.8岁,"
        "美国为78.9岁,经合组织国家平均为81岁。",
        {"73.8岁": "上中等收入国家人口平均预期寿命", "78.9岁": "美国人口平均预期寿命",
         "81岁": "经合组织国家人口平均预期寿命"},
        id="countries-national",
    ),
    pytest.param(
        "川东部分市州增速大幅领先全省平均水平,其中南充进出口激增4倍、达州激增2.3倍、遂宁增长52.6%、巴中增长45%。",
        {"2.3倍": "达州进出口", "52.6%": "遂宁进出口", "45%": "巴中进出口"},
        id="cities-SC",
    ),
]


@pytest.mark.parametrize(("phrase", "names"), PLACES)
def test_a_place_takes_the_indicator_before_it(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase)
    assert {surface: found[surface] for surface in names} == names


def test_places_listed_with_counts_take_no_indicator() -> None:
    """分别为四川29个、内蒙古12个: a list of places and their counts, no indicator named before them."""
    found = names_of("2020中国西部百强县市分布在11个省(自治区、直辖市),"
                       "分别为四川29个、内蒙古12个、云南12个、新疆11个。")
    assert (found["12个"], found["11个"]) == ("云南", "新疆")


def test_a_place_in_a_list_of_compared_values_is_the_list_s() -> None:
    """增速分别高于全国、全省1.2个、0.5个百分点: 全省 is an item of a compared list, not a place's indicator."""
    found = names_of("前三季度全市地区生产总值(GDP)实现3216.1亿元,同比增长4.2%,"
                       "增速分别高于全国、全省1.2个、0.5个百分点。")
    assert "地区生产总值" not in found["0.5个百分点"]


@pytest.mark.parametrize("name", ["天津", "城区", "全省", "东部地区", "美国", "发展中国家", "农村"])
def test_only_a_place(name: str) -> None:
    assert only_place(name)


@pytest.mark.parametrize("name", ["地区生产总值", "景区", "开发区", "国家级开发区", "强国"])
def test_not_only_a_place(name: str) -> None:
    assert not only_place(name)


@pytest.mark.parametrize(
    ("name", "indicator"),
    [("北京人口平均预期寿命", "人口平均预期寿命"), ("城镇居民人均可支配收入", "居民人均可支配收入"),
     ("东部地区投资", "投资"), ("长安汽车产量", "长安汽车产量"), ("国家级开发区数量", "国家级开发区数量")],
)
def test_without_place(name: str, indicator: str) -> None:
    assert without_place(name) == indicator
