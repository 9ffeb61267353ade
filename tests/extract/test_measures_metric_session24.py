"""Indicator names of the structural classes left on the dev set in session 24 (issue #8, "metric"), on real
phrases of several governments.

Sources (dev set lines): a 2016 commentary on the national 健康中国2030 plan comparing 北京, 天津, 上海 and other
countries; 四川's foreign trade of January-October 2019 by city (traditional in the source); the 2020 list of the
western 100 strongest counties by province; a city's economy in the first three quarters (traditional); the 2026
work reports of 陕西 (SN), 西藏 (XZ) and 贵州 (GZ); 洛阳's 2023 work report (LY); 余杭's 2022 plan-execution report
(YH); the 交通运输部's 十四五 review of 2025 (traditional); 天津's agriculture in the first half of a year (TJ); the
mid-term reviews of 湖北's 13th plan (HB, 2018) and 宁德's 12th plan (ND, 2013), both traditional in the source; the
State Council's work reports of 2007 and 2008 (sample corpus, lines not annotated there); the 交通运输部's 2013
statistical bulletin (traditional in the source); news of 合肥's 十四五 water plan (HF, traditional in the source).
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
    pytest.param(
        "合肥市中心城区防洪标准达到100~200年一遇,肥东、肥西、长丰、庐江、巢湖等县市达到50~100年一遇;",
        {"50~100年一遇": "巢湖等县市防洪标准"},
        id="listed-places-HF",
    ),
]



def test_places_listed_with_counts_take_no_indicator() -> None:
    """分别为四川29个、内蒙古12个: a list of places and their counts, no indicator named before them."""
    found = names_of("2020中国西部百强县市分布在11个省(自治区、直辖市),"
                       "分别为四川29个、内蒙古12个、云南12个、新疆11个。")
    assert (found["12个"], found["11个"]) == ("云南", "新疆")


def test_a_place_in_a_list_of_compared_values_is_the_list_s() -> None:
    """增速分别高于全国、全省1.2个、0.5个百分点: 全省 is an item of a compared list, not a place's indicator (the
    gap is the growth above 全省 since session 25, not 全省地区生产总值)."""
    found = names_of("前三季度全市地区生产总值(GDP)实现3216.1亿元,同比增长4.2%,"
                       "增速分别高于全国、全省1.2个、0.5个百分点。")
    assert not found["0.5个百分点"].startswith("全省")


@pytest.mark.parametrize("name", ["天津", "城区", "全省", "东部地区", "美国", "发展中国家", "农村", "巢湖等县市"])
def test_only_a_place(name: str) -> None:
    assert only_place(name)


@pytest.mark.parametrize("name", ["地区生产总值", "景区", "开发区", "国家级开发区", "强国"])
def test_not_only_a_place(name: str) -> None:
    assert not only_place(name)


@pytest.mark.parametrize(
    ("name", "indicator"),
    [("北京人口平均预期寿命", "人口平均预期寿命"), ("城镇居民人均可支配收入", "居民人均可支配收入"),
     ("东部地区投资", "投资"), ("合肥市中心城区防洪标准", "防洪标准"),
     ("长安汽车产量", "长安汽车产量"), ("国家级开发区数量", "国家级开发区数量")],
)
def test_without_place(name: str, indicator: str) -> None:
    assert without_place(name) == indicator


# what was done to the works an amount sizes (建成投运, 完成…改造) says which works it sizes
WORKS = [
    pytest.param("推动商洛电厂二期、店头电厂二期等402万千瓦机组建成投运，开工750千伏定靖西、330千伏沣渭等输变电工程，",
                 {"402万千瓦": "机组建成投运"}, id="commissioned-SN"),
    pytest.param("技术装备更加先进,超过4000公里公路完成智能化升级改造,电子航道图发布里程9950公里。",
                 {"4000公里": "公路完成智能化升级改造"}, id="upgraded-national"),
    # …not what the season brought (喜获丰收 says nothing of the 178万亩)
    pytest.param("今年上半年,本市178万亩夏粮喜获丰收,总产量73万吨,平均亩产410公斤,再创历史新高。",
                 {"178万亩": "夏粮"}, id="harvest-TJ"),
]



# counted things listed one after another (和, 、 or nothing between) share what the clause says after the last
SHARED = [
    pytest.param("173名个人和6个科技创新团队入选“珠峰英才”计划。",
                 {"173名": "个人入选珠峰英才计划", "6个": "科技创新团队入选珠峰英才计划"}, id="and-XZ"),
    pytest.param("之江实验室、湖畔实验室等13家单位19项成果获省科学技术奖。",
                 {"13家": "单位获省科学技术奖", "19项": "成果获省科学技术奖"}, id="adjacent-YH"),
    pytest.param("杨凌职院、陕工院晋升为职业本科，8所职业院校、12个专业群入选国家第二期“双高计划”，",
                 {"8所": "职业院校入选国家第二期双高计划"}, id="listed-SN"),
]


# scale classes listed before the noun they share (2个千亿级、11个百亿级…项目): the first class is that noun's too
CLASSES = [
    pytest.param("洛阳钼业成为全省首家千亿级民企,形成了2个千亿级、7个百亿级产业集群。",
                 {"2个": "千亿级产业集群", "7个": "百亿级产业集群"}, id="counted-LY"),
    pytest.param("天然气产量增长37.9％，2个千亿级、11个百亿级投资规模的现代煤化工项目落地建设，",
                 {"2个": "千亿级投资规模", "11个": "百亿级投资规模"}, id="counted-SN"),
    pytest.param("持续优化国有经济布局，加快打造一批千亿级、百亿级企业。", {"千亿级": "企业规模", "百亿级": "企业规模"},
                 id="classes-GZ"),
]


# the years a figure covers (前两年, 前三年, 2011~2012年) are no part of its name, nor is a base of the years before
YEARS = [
    pytest.param("2016年、2017年、2018年上半年居民人均可支配收入分别为21787元、23757元和12541元,前两年年均增长8.9%,"
                 "超出规划增速", {"8.9%": "居民人均可支配收入"}, id="first-two-years-HB"),
    pytest.param("2011~2012年我市经济平均年增速达13.9%,2013年上半年增长12.6%,", {"13.9%": "经济平均年"},
                 id="range-ND"),
    pytest.param("2006年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%；",
                 {"4.9％": "单位国内生产总值能耗", "0.2％": "单位国内生产总值能耗"}, id="three-years-2007"),
    pytest.param("全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍。", {"1.26倍": "财政用于教育支出"},
                 id="base-2008"),
]


# unnamed values listed each in a unit of its own (增加3495条、3.44万公里) measure, each, the value before them in their
# sentence stated in that unit (a count of lines, a length of lines)
PAIRS = [
    pytest.param("全国拥有公共汽电车运营线路41738条,运营线路总长度74.89万公里,比上年末增加3495条、3.44万公里,",
                 {"3495条": "公共汽电车运营线路", "3.44万公里": "运营线路总长度"}, id="bus-lines-national"),
    pytest.param("轨道交通运营线路81条,运营线路总长度2408公里,增加12条、350公里。",
                 {"12条": "轨道交通运营线路", "350公里": "运营线路总长度"}, id="rail-lines-national"),
    # …and a value of a list in one unit takes the one before it, as before (其中公交专用车道5890.6公里,增加634.8公里)
    pytest.param("其中公交专用车道5890.6公里,增加634.8公里;BRT线路长度2753公里;",
                 {"634.8公里": "公交专用车道"}, id="one-unit-national"),
]


@pytest.mark.parametrize(("phrase", "names"), PLACES + WORKS + SHARED + CLASSES + YEARS + PAIRS)
def test_names(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase)
    assert {surface: found[surface] for surface in names} == names

