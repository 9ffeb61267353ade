"""Canonical project categories: real project names of the corpus (and their headings) -> category."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrace.extract.entities.categories import (
    OTHER,
    RULE_DEFAULT,
    RULE_HEADING,
    RULE_NAME,
    category_table,
    project_category,
    strip_modifiers,
)


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("3号线东延段", "轨道交通"),                          # GZ 专栏15
        ("西安地铁15号线", "轨道交通"),                       # Shaanxi 2026
        ("8号线白云湖至广州北站段", "轨道交通"),              # 号线 decides, not 北站
        ("城市轨道第四期建设规划线路", "轨道交通"),           # not 路
        ("地鐵8號線東延段", "轨道交通"),                      # traditional, as written
        ("中兰高铁", "铁路/城际"),                            # Ningxia 2026
        ("佛莞城际广州南至望洪段", "铁路/城际"),
        ("广州东站改扩建", "铁路/城际"),
        ("广州至珠海(澳门)高铁知识城", "铁路/城际"),
        ("银昆高速宁夏段", "高速公路"),                       # Ningxia 2026
        ("京港澳高速民乐互通", "高速公路"),
        ("大广高速从化出入口改造", "高速公路"),
        ("白云大道(黄石东路—同泰路)改造", "市政道路"),       # brackets read past
        ("空港大道(白云五线—机场)", "市政道路"),             # 机场 only inside the brackets
        ("车陂路北延线", "市政道路"),                        # 路 once 北延线 is dropped
        ("花江峡谷大桥", "市政道路"),                         # Guizhou 2026
        ("永九快速路", "市政道路"),
        ("白云一线", "市政道路"),
        ("机场—广州北站快速通道", "市政道路"),               # the head word is at the end
        ("东晓南路—广州南站连接线南段", "市政道路"),
        ("220kV电信IDC输变电工程", "能源"),
        ("千伏楚庭第二通道工程", "能源"),                    # 千伏 decides wherever it stands
        ("从化明珠生物医药健康产业园天然气分布式能源站", "能源"),
        ("店头电厂二期", "能源"),                             # Shaanxi 2026
        ("广州市油气管道应急救援基地", "能源"),              # 应急救援 is not 急救
        ("牛路水库", "水利"),
        ("北部水厂二期工程", "水利"),
        ("后航道片區合流渠箱清污分流", "水利"),
        ("市第四资源热力电厂二期及配套设施", "垃圾处理"),    # not 电厂 -> 能源
        ("南沙区餐厨垃圾处理厂", "垃圾处理"),
        ("广州医科大学附属从化妇女儿童医院", "医疗卫生"),    # 医院 ends the name, not 大学
        ("广州呼吸医学中心", "医疗卫生"),
        ("市八医院三期", "医疗卫生"),
        ("执信中学天河校区", "教育"),
        ("广州康纳学校(广州儿童孤独症康复研究中心)", "教育"),
        ("香港科技大学(广州)一期", "教育"),
        ("新时代教育信息化和装备建设工程", "教育"),
        ("广州粤剧院", "文化设施"),
        ("中国近代史博物馆新馆(中国共产党广州历史陈列馆)", "文化设施"),
        ("秦岭博物馆", "文化设施"),                           # Shaanxi 2026
        ("恒大专业足球场", "体育设施"),
        ("温泉风景区环湖专业跑道", "体育设施"),
        ("粤港澳大湾区中医药创新研究院", "科研设施"),
        ("广州市药品检验所中成药质量评价重点实验室", "科研设施"),
        ("北斗科技产业园", "产业园区"),
        ("格塘南药小镇", "产业园区"),
        ("国际医药港", "产业园区"),                          # not a port
        ("广交会展馆四期", "会展"),
        ("广州国际会议中心", "会展"),
        ("广州市老人院扩建一期", "民生保障"),
        ("街镇综合养老服务中心(颐康中心)", "民生保障"),
        ("流溪河碧道示范段", "生态环境"),
        ("國際濕地館", "生态环境"),
        ("城市传统中轴线", "城市更新"),
    ],
)
def test_category_from_the_name(name: str, category: str) -> None:
    from opencc import OpenCC

    assert project_category(OpenCC("t2s").convert(name), ("项目",)) == (category, RULE_NAME)


@pytest.mark.parametrize(
    ("name", "headings", "category", "rule"),
    [
        ("广州呼吸中心", ("医院项目",), "医疗卫生", RULE_HEADING),
        ("X285神棋线改扩建工程", ("完善内畅外联的交通体系",), "综合交通", RULE_HEADING),
        ("联星村西华社", ("旧村改造项目",), "城市更新", RULE_HEADING),
        ("节约型机关创建行动", ("绿色生活创建行动",), "生态环境", RULE_HEADING),
        # the nearest heading says nothing: the next one up does
        ("G快速", ("骨架提升项目", "市政道路项目"), "市政道路", RULE_HEADING),
        ("千伏楚庭", ("输变电工程", "电网项目"), "能源", RULE_NAME),
        ("侨梦苑", ("实行更高水平改革开放",), OTHER, RULE_DEFAULT),
        ("10号", ("逐步完善基础设施建设",), OTHER, RULE_DEFAULT),
        ("用电用水用气", ("营商环境攻坚工程",), OTHER, RULE_DEFAULT),   # 环境 alone is not ecology
        # a name that says what it is wins over a general box
        ("市应急医院", ("改善人民生活品质",), "医疗卫生", RULE_NAME),
        ("广州市农村特殊教育学校", ("残疾人服务重点建设项目",), "教育", RULE_NAME),
    ],
)
def test_category_from_the_heading_when_the_name_says_nothing(
    name: str, headings: tuple[str, ...], category: str, rule: str
) -> None:
    assert project_category(name, headings) == (category, rule)


@pytest.mark.parametrize(
    ("name", "stem"),
    [("白云大道快速化改造二期", "白云大道"), ("车陂路北延线", "车陂路"), ("医院易址新建", "医院"), ("工程", "工程")],
)
def test_strip_modifiers(name: str, stem: str) -> None:
    assert strip_modifiers(category_table(), name) == stem


def test_the_taxonomy_has_each_category_once_and_keywords_in_both_scripts() -> None:
    names = category_table().names
    assert len(names) == len(set(names)) and names[-1] == OTHER
    words = {w for c in category_table().categories for w in c.keywords}
    assert {"号线", "號線", "医院", "醫院", "隧道", "博物馆", "博物館"} <= words


@given(st.text(alphabet="广州路桥医院号线大道隧道学校公园中心(一)二期改造", max_size=20))
def test_every_name_gets_a_known_category(name: str) -> None:
    category, rule = project_category(name, ("项目",))
    assert category in category_table().names
    assert rule in (RULE_NAME, RULE_HEADING, RULE_DEFAULT)
