"""The classes the twenty-first fresh dev batch (the remaining lines of the 2026 work reports of 宁夏, 青海 and 内蒙古,
issue #8) showed at its first shot, on real phrases of several governments.

Sources: the 2026 work reports of 青海 (QH), 内蒙古 (NM), 宁夏 (NX) and 陕西 (SX); the 2025 reports of 贵州 (GZ25)
and 陕西 (SX25); 南阳's 十四五 review (NY), 商洛's 十二五 review (SL), 绍兴's 2019 results (SX19) and a
district's 2021 bulletin (DB) (all dev documents); 国家医保局's 集采 news (NHSA, a national purchase round).
"""

from __future__ import annotations

import pytest
from measures_support import measures_of

from plantrace.models import Measure

REVIEW = ("一、2025年工作回顾",)
TASKS = ("三、2026年重点工作任务",)


def _of(phrase: str, path: tuple[str, ...] = REVIEW, year: int = 2026) -> dict[str, Measure]:
    found = measures_of([phrase], doc_type="work_report", period=(year, year), issued=f"{year}-01-27", path=path)
    return {m.surface: m for m in found}


@pytest.mark.parametrize(
    ("phrase", "path", "names"),
    [
        # QH: a count before the size of its works, then their noun (not the place before it)
        ("加快格尔木、德令哈3座35万千瓦光热电站和光热产业科技创新中心建设。", TASKS, {"3座": "光热电站"}),
        ("全球单机规模最大、技术领先的2座35万千瓦塔式槽式光热发电项目分别在格尔木、德令哈开工。", REVIEW,
         {"2座": "塔式槽式光热发电项目"}),
        # QH, NX: a voltage class between a count and its works, as before
        ("推进卡阳、松如沟等14个750千伏电网工程、青疆联网通道建设。", TASKS, {"14个": "电网工程"}),
        ("新建22个750千伏和330千伏电网工程，首次实现年度内供和外送电量双双超过1000亿度。", REVIEW,
         {"22个": "新建电网工程"}),
    ],
)
def test_a_count_names_the_works_after_the_size_that_qualifies_them(
        phrase: str, path: tuple[str, ...], names: dict[str, str]) -> None:
    found = _of(phrase, path)
    assert {s: found[s].metric for s in names} == names


def test_a_count_before_a_threshold_and_its_noun_names_the_noun() -> None:
    """GZ25: 对全省957个50户以上农村木质房屋连片村寨… (a household threshold between the count and its noun)."""
    found = _of("对全省957个50户以上农村木质房屋连片村寨实施“水改”“电改”。", TASKS, 2025)
    assert found["957个"].metric.startswith("农村木质房屋连片村寨")


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        # QH: the later items of a task's list of works, each owner before its size, are named by their works
        ("推动国达化工60万吨钾肥复合造粒、蓝科锂业碳酸锂装置系统性优化改造、中国盐湖金属镁一体化技术改造、沃锦储热40万吨"
         "熔盐装置技术升级、青海时代动力电池极片等项目建设。",
         {"60万吨": "钾肥复合造粒", "40万吨": "熔盐装置技术升级"}),
        ("推动桥头铝电50万吨绿电铝产能置换转型升级技改、青海辉源20万吨绿色高性能铝板带箔、青海广泰10万吨再生铝等项目建设。",
         {"50万吨": "绿电铝产能置换转型升级技改", "20万吨": "绿色高性能铝板带箔", "10万吨": "再生铝"}),
    ],
)
def test_listed_works_after_their_owners_are_named_by_the_works(phrase: str, names: dict[str, str]) -> None:
    found = _of(phrase, TASKS)
    assert {s: found[s].metric for s in names} == names


def test_a_listed_item_with_its_own_verb_keeps_its_name() -> None:
    """SX: 推动商洛电厂二期、店头电厂二期等402万千瓦机组建成投运 (the examples before 等, as before)."""
    found = _of("推动商洛电厂二期、店头电厂二期等402万千瓦机组建成投运。", REVIEW)
    assert found["402万千瓦"].metric.startswith("机组")


@pytest.mark.parametrize(
    ("phrase", "year", "surface", "name"),
    [
        # NM, QH: a gap right after an item's growth in a list of indicators
        ("地区生产总值增长4.7%、低于全国0.3个百分点，规上工业增加值增长6.7%、高于全国0.8个百分点。", 2026,
         "0.3个百分点", "地区生产总值增速低于全国"),
        ("社会消费品零售总额增长4.3%、高于全国0.6个百分点，进出口总值增长6.4%、高于全国2.6个百分点。", 2026,
         "0.6个百分点", "社会消费品零售总额增速高于全国"),
        ("工业经济克服困难稳健提质，规上工业增加值增长7.6%、高于全国1.7个百分点，培育规上工业企业85家。", 2026,
         "1.7个百分点", "规上工业增加值增速高于全国"),
        # NY, SL: after a comma, the growth named by the amount before it
        ("2025年全市地区生产总值5167.86亿元,稳居全省第3位,较上年增长6.5%,高于全省0.9个百分点。", 2026,
         "0.9个百分点", "地区生产总值增速高于全省"),
        ("生产总值年均增长12.9%,高于全省1.8个百分点。", 2016, "1.8个百分点", "生产总值增速高于全省"),
        # SX19, DB: 增速/增幅 said again before the comparison
        ("2019年,全市生产总值(GDP)5781亿元,按可比价格计算,比上年增长7.2%,增速高于全省平均0.4个百分点。", 2020,
         "0.4个百分点", "生产总值增速高于全省平均"),
        ("规模工业中,战略性新兴产业工业产值增长77.2%,增幅高于全市平均水平55.4个百分点。", 2022,
         "55.4个百分点", "战略性新兴产业工业产值增幅高于全市平均水平"),
    ],
)
def test_a_gap_after_a_growth_is_that_indicators(phrase: str, year: int, surface: str, name: str) -> None:
    found = _of(phrase, REVIEW, year)
    assert (found[surface].kind, found[surface].metric) == ("change", name)


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("集中采购药品、耗材平均降价超50%，异地就医直接结算率位居全国前列。", "50%"),  # QH
        ("国家医保局开展第七批药品集中采购，涉及61个品种，平均降价48%。", "48%"),  # NHSA
    ],
)
def test_a_price_cut_by_a_share_is_a_fall(phrase: str, surface: str) -> None:
    found = _of(phrase)
    assert (found[surface].kind, found[surface].direction) == ("growth", "down")


def test_a_share_of_cut_price_goods_stays_a_share() -> None:
    found = _of("降价商品占比40%。")
    assert (found["40%"].kind, found["40%"].direction) == ("share", None)


@pytest.mark.parametrize(
    ("phrase", "surface", "unit"),
    [
        ("300万吨级CCUS碳捕集利用、100兆瓦级地下压缩空气储能、100吉瓦时锂电池储能等减碳项目加快建设。", "100吉瓦时",
         "吉瓦时"),  # NX
        ("芯业时代8英寸半导体、比亚迪新能源汽车动力电池、弗迪12吉瓦时动力电池扩产、华天科技芯片技改等项目投产。",
         "12吉瓦时", "吉瓦时"),  # SX
    ],
)
def test_a_storage_capacity_in_gigawatt_hours(phrase: str, surface: str, unit: str) -> None:
    found = _of(phrase)
    assert found[surface].unit == unit
    assert not found[surface].metric.startswith("时")


@pytest.mark.parametrize(
    ("phrase", "surface", "name"),
    [
        # NX: 生态文明建设示范区 is one name (建设 still ends a counted noun elsewhere: SX25)
        ("获评5个国家生态文明建设示范区、“两山”实践创新基地和美丽乡村先行区。", "5个", "国家生态文明建设示范区"),
        ("分类推进100个重点小城镇建设，培育一批工业大镇、商贸强镇。", "100个", "重点小城镇"),
        # QH: the year's programme (年度) is a noun after a count
        ("聚力解决群众急难愁盼问题，十大类45项年度民生实事工程落地见效。", "45项", "年度民生实事工程"),
    ],
)
def test_counted_nouns(phrase: str, surface: str, name: str) -> None:
    metric = _of(phrase)[surface].metric
    assert metric.startswith(name)
    assert "建设" not in metric.removeprefix(name)
