"""The classes the twentieth fresh dev batch (the not-yet-annotated lines of the dev 2026 provincial work reports of
贵州, 云南, 西藏 and 陕西, issue #8) showed at its first shot, on real phrases of several governments.

Sources: the 2026 work reports of 云南 (YN), 陕西 (SX), 贵州 (GZ) and 宁夏 (NX) and the 2025 report of 贵州 (GZ25), dev
documents; the news of 仙桃 (XT) and 房县 (FX) already in the dev set.
"""

from __future__ import annotations

import pytest
from measures_support import one

from plantrace.models import Measure

REVIEW = ("一、2025年工作回顾",)
TASKS = ("三、2026年工作安排",)
WORK_REPORT = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-27"}


def _found(phrase: str, path: tuple[str, ...] = REVIEW) -> dict[str, Measure]:
    return {m.surface: m for m in one(phrase, **{**WORK_REPORT, "path": path})}


@pytest.mark.parametrize(
    ("phrase", "surface", "name_has"),
    [
        # YN: the kinds of place counted in brackets stand between the places and what they achieved
        ("新增学前普惠学位16万个，11个县（市、区）通过国家义务教育优质均衡县评估认定，深化教师“省管校用”破解县中困境。",
         "11个", "通过国家义务教育优质均衡县评估认定"),
        # SX: places named (被命名为) for what they achieved
        ("安康、石泉分别入选全国第一批美丽城市、美丽乡村先行区。宜川、平利等5个县区被命名为国家生态文明建设示范区。",
         "5个", "国家生态文明建设示范区"),
        # SX: places where a task is completed (完成N个县区…) are an output
        ("深化土壤污染源头防控，完成15个县区农用地重金属污染溯源整治。", "15个", "县区"),
        # SX (already found before): a verb of what they achieved right after the place
        ("30个县区通过国家义务教育优质均衡发展评估，人均预期寿命达到78.9岁。", "30个",
         "通过国家义务教育优质均衡发展评估"),
    ],
)
def test_places_counted_for_what_they_achieved(phrase: str, surface: str, name_has: str) -> None:
    found = _found(phrase)
    assert surface in found
    assert found[surface].kind == "count" and name_has in found[surface].metric


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("在2024赛迪百强县榜单中,湖北8个县市上榜,仙桃由去年的第56位提升至第54位,连续4年位居全省首位。", "8个"),  # XT
        ("在16个县市区(含其他县市区比拼对象)经济指标综合排名中,我县由二季度的第12位上升到第6位。", "16个"),  # FX
    ],
)
def test_places_a_statistic_is_taken_over_stay_no_quantity(phrase: str, surface: str) -> None:
    assert surface not in _found(phrase)


def test_kinds_of_place_in_brackets_are_no_list_item() -> None:
    # GZ: 县(市、特区) is one kind of thing counted, not the items 县(市 and 特区
    found = _found("70个县（市、特区）与省外三甲医院建立帮扶协作关系。完成疾病预防控制机构改革。")
    assert found["70个"].metric.startswith("县")
    assert "(市" not in found["70个"].metric


@pytest.mark.parametrize(
    ("phrase", "surface", "unit", "comparator"),
    [
        ("全省算力规模突破160Eflops，成为全国智算资源最多、能力最强的地区之一。", "160Eflops", "Eflops", ">="),  # GZ
        ("全省在建及投运重点数据中心48个，算力规模超过55Eflops，成为全国智算资源最多的地区之一。", "55Eflops",  # GZ25
         "Eflops", ">="),
        ("芯业时代8英寸半导体、比亚迪新能源汽车动力电池、弗迪12吉瓦时动力电池扩产、华天科技芯片技改等项目投产。",  # SX
         "12吉瓦时", "吉瓦时", "="),
        ("300万吨级CCUS碳捕集利用、100兆瓦级地下压缩空气储能、100吉瓦时锂电池储能等减碳项目加快建设。",  # NX
         "100吉瓦时", "吉瓦时", "="),
        ("延长石油150亿方/年天然气产能倍增工程、恒神高性能碳纤维等项目建成。", "150亿方/年", "亿方/年", "="),  # SX
        ("在30个县建设运营现代农事综合服务中心，农机作业服务面积60万亩次以上。", "60万亩次以上", "万亩次", ">="),  # GZ
    ],
)
def test_units_of_computing_power_battery_capacity_yearly_gas_and_worked_area(
        phrase: str, surface: str, unit: str, comparator: str) -> None:
    found = _found(phrase, TASKS)
    assert surface in found
    assert (found[surface].unit, found[surface].comparator) == (unit, comparator)


def test_an_altitude_between_a_count_and_its_noun_is_skipped_for_the_name() -> None:
    # GZ: 100所海拔1500米以上农村中小学幼儿园: the schools, above an altitude (a threshold of its own)
    found = _found("（2）持续改善农村学校办学办园条件，为100所海拔1500米以上农村中小学幼儿园建设供暖设施。", TASKS)
    assert "中小学幼儿园" in found["100所"].metric
    assert found["1500米以上"].kind == "other" and found["1500米以上"].year is None


@pytest.mark.parametrize(
    ("phrase", "surface", "name_has"),
    [
        ("推动贵阳环高扩容工程等14条高速公路项目和黄百等4个在建铁路项目加快建设。", "4个", "在建铁路项目"),  # GZ
        ("加快42个在建普通国道项目建设；持续推进10个在建高速公路项目建设。", "42个", "在建普通国道项目"),  # GZ25
        ("西十、康渝等4条高铁加快建设，鄠周眉等9条在建高速公路有序推进。", "9条", "在建高速公路"),  # SX25
    ],
)
def test_works_under_construction_are_named_by_what_is_built(phrase: str, surface: str, name_has: str) -> None:
    # 在建 (under construction) opens the noun counted; 在 stops a noun only as a preposition (在全国)
    assert name_has in _found(phrase, TASKS)[surface].metric


@pytest.mark.parametrize(
    ("phrase", "surfaces"),
    [
        ("推进5个国家区域医疗中心和6个省级区域医疗中心高效运行。", ["5个", "6个"]),  # GZ
        ("落户4个国家区域医疗中心，布局39个自治区专科区域医疗中心。", ["4个", "39个"]),  # NM
    ],
)
def test_a_region_in_the_noun_names_no_district(phrase: str, surfaces: list[str]) -> None:
    # 区域医疗中心: 区域 (a region) does not make the count a group of districts a figure is taken over
    assert set(surfaces) <= set(_found(phrase, TASKS))
