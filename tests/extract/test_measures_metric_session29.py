"""Indicator names that kept only a generic head and dropped the words that say which (session 29, issue #8,
"metric"), on real phrases of several governments.

Sources (dev set lines): the 2026 work reports of 贵州 (GZ), 宁夏 (NX), 云南 (YN) and 襄阳 (XY), the 2025 work
reports of 陕西 (SN25) and 宁夏 (NX25), the 2022 work report of 宜宾 (YB); outside it: news of 福建's 2016 plan report
(FJ16, news.h0591.com 2016-01-12) and a 2010 summary of 江苏's basic-drug system (JS10, quoted in a public repository);
the 2012 national water resources bulletin (WB12, dev set); a city's news of its economy in 2021 H1 (H1, dev set,
traditional script with pinyin debris) and 国家统计局's release of 2023 industrial profits (NBS23, quoted in a public
repository).
"""

from __future__ import annotations

import pytest
from measures_support import names_of

# what was done to the things a clause counts, opening the clause, is part of the name of each count of its list
# (新建普通高中 and 普通高中 are different indicators): a count before its noun, a noun before its count, the later
# items of the list, examples before the count (…等25个), the classes that pick out the works (750千伏和330千伏)
DEEDS = [
    pytest.param("组建一批企业牵头的共性技术研发平台、新型研发机构，新建20家中试基地和概念验证中心，靶向攻关100项关键核心技术，",
                 {"20家": "新建中试基地"}, id="count-first-SN25"),
    pytest.param("加大投资于人力度，新建改扩建及维修改造公办幼儿园200所以上、义务教育学校500所以上、普通高中40所以上，",
                 {"200所以上": "新建改扩建及维修改造公办幼儿园", "500所以上": "新建改扩建及维修改造义务教育学校",
                  "40所以上": "新建改扩建及维修改造普通高中"}, id="noun-first-list-GZ"),
    pytest.param("新增7名“两院”院士、9个全国重点实验室、1个国家级技术创新中心，高新技术企业数3年翻一番，",
                 {"7名": "新增两院院士", "9个": "新增全国重点实验室", "1个": "新增国家级技术创新中心"},
                 id="count-first-list-YN"),
    pytest.param("加快建设亚马逊、腾讯、中国电信、中国移动、航天云等25个数据中心和智算项目，积极争取一批重大项目和灾备中心落地，",
                 {"25个": "建设数据中心"}, id="examples-NX25"),
    # a voltage class is a value of its own (电压等级): the count after the works leaves it out of its name, as a count
    # before them does (宁夏 2026 work report; 武威 2021 work report, 十三五 review)
    pytest.param("新建750千伏和330千伏电网工程16个，提高电力外送通道利用率和绿电率。",
                 {"16个": "新建电网工程", "750千伏": "电网工程电压等级", "330千伏": "电网工程电压等级"},
                 id="classes-NX"),
    pytest.param("光伏电站装机规模达到81兆瓦，新建改建110千伏变电站3座、35千伏变电站6座，供电保障能力进一步增强。",
                 {"3座": "新建改建变电站", "6座": "新建改建变电站", "110千伏": "变电站电压等级"}, id="classes-WW21"),
]

# …but not a deed done to what the counts qualify (the counts inside a 的-clause), nor a count with its own verb
NOT_DEEDS = [
    pytest.param("组建32名市领导领衔、103家单位参与的10大招商团队,全面开展资源招商、环境招商、乡情招商,",
                 {"32名": "市领导领衔", "103家": "单位参与"}, id="modifier-XY"),
]


@pytest.mark.parametrize(("phrase", "names"), DEEDS + NOT_DEEDS)
def test_a_deed_opening_the_clause_names_its_counts(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase)
    assert {surface: found[surface] for surface in names} == names


# a noun after 的 that is one short word and the kinds of place in brackets (县(区), 县(市、区)) says too little: the
# words before 的 say which places
PLACES_QUALIFIED = [
    pytest.param("翠屏区全国百强区地位持续巩固,预计一般公共预算收入超10亿元的县(区)由2个增加到8个。",
                 {"2个": "一般公共预算收入超10亿元的县(区)", "8个": "一般公共预算收入超10亿元的县(区)"}, id="YB"),
    pytest.param("2010年底，实施基本药物制度的县（市、区）达到82个，", {"82个": "实施基本药物制度的县(市、区)"},
                 id="JS10"),
]

# a bare sum spent to build things it counts is named by those things, not by their count (nor by 将); the class's
# dev line of 宁夏 2025 (投资250亿元建设…等4个…园区) is left out here: its noun is a question of the dev search set
SPENT_ON_COUNTED = [
    pytest.param("报告说,今年我省将投入3700亿元建设1355个省重点项目,建成福州地铁1号线等150个新项目。",
                 {"3700亿元": "投入建设省重点项目"}, id="FJ16"),
]


@pytest.mark.parametrize(("phrase", "names"), PLACES_QUALIFIED + SPENT_ON_COUNTED)
def test_qualified_names(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase)
    assert {surface: found[surface] for surface in names} == names


# the words before a threshold that name what it limits start at a word, not inside one (一般…: not 般…, 农业…: not 业…)
THRESHOLD_WORDS = [
    pytest.param("翠屏区全国百强区地位持续巩固,预计一般公共预算收入超10亿元的县(区)由2个增加到8个。",
                 {"10亿元": "一般公共预算收入门槛"}, id="YB"),
    pytest.param("海南 5 个省(自治区、直辖市)。农业用水占总用水量 75%以上的有新",
                 {"75%以上": "农业用水占总用水量门槛"}, id="WB12"),
]


@pytest.mark.parametrize(("phrase", "names"), THRESHOLD_WORDS)
def test_a_threshold_is_named_from_a_word_start(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase, doc_type="statistical_bulletin", period=(2012, 2012), issued=None)
    assert {surface: found[surface] for surface in names} == names


# a generic head (利润, 利润总额) past a semicolon is owned by the subject of a head in the parts before it, not by a
# rank between them nor by an indicator of its own (发生营业成本); what follows 的 still owns an investment
OWNED_PAST_SEMICOLON = [
    pytest.param("規(guī)模以上工業(yè)企業(yè)營(yíng)業(yè)收入增長(zhǎng)31.0%,,居全省第8位;利潤(rùn)增長(zhǎng)180.3%,,"
                 "居全省第3位,。", {"180.3%": "规模以上工业企业利润"}, id="H1"),
    pytest.param("2023年，全国规模以上工业企业实现营业收入133.4万亿元，比上年增长1.1%；发生营业成本113.6万亿元，增长1.2%；"
                 "实现利润总额7.7万亿元，下降2.3%。", {"7.7万亿元": "规模以上工业企业利润总额"}, id="NBS23"),
]


@pytest.mark.parametrize(("phrase", "names"), OWNED_PAST_SEMICOLON)
def test_a_generic_head_is_owned_past_a_semicolon(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase, doc_type="statistical_bulletin", period=(2023, 2023), issued=None)
    assert {surface: found[surface] for surface in names} == names
