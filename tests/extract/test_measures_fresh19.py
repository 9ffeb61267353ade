"""The classes the nineteenth fresh dev batch (WHOLE 2025 provincial work reports and a city's 2026 plan report,
issue #8) showed at its first shot, on real phrases of several governments.

Sources: the 2025 work reports of 内蒙古 (NM), 贵州 (GZ) and 陕西 (SX) and the 2026 reports of 贵州 and 陕西 (dev
documents); 贵港's 十四五 transport plan (dev, traditional script); the national work report of 2016 (CN16).
"""

from __future__ import annotations

import pytest
from measures_support import measures_of

from plantrace.models import Measure

TASKS_2025 = ("二、2025年工作安排",)
TASKS_2016 = ("二、2016年重点工作",)


def _of(phrase: str, year: int, path: tuple[str, ...]) -> dict[str, Measure]:
    found = measures_of([phrase], doc_type="work_report", period=(year, year), issued=f"{year}-01-20", path=path)
    return {m.surface: m for m in found}


@pytest.mark.parametrize(
    ("phrase", "year", "path", "surfaces"),
    [
        # NM: what there is, said before the task (全区有…, 还有…、…)
        ("全区有280万农牧民在城镇转移就业，要实施好新一轮农牧业转移人口市民化行动。", 2025, TASKS_2025, ["280万"]),
        ("我区60岁以上老年人平均每年新增30万，还有63万失能老人、158万残疾人，养老、育幼、照护、家政等服务是有需求的。",
         2025, TASKS_2025, ["30万", "63万", "158万"]),
        # NM: a clause that opens with the government's own place
        ("我区1100多种“蒙”字标好产品，在全国有市场、有需求。", 2025, TASKS_2025, ["1100多种"]),
        ("我区每年接待游客近3亿人次，这些送上门来的消费还有很大潜力可挖。", 2025, TASKS_2025, ["3亿人次"]),
        # NM, GZ, CN16: what has already been done to the things counted (已…的), and the next items of its list
        ("对已经谋划的近1400个重点工业项目，要一个一个盯前期、盯要素、盯落地。", 2025, TASKS_2025, ["1400个"]),
        ("持续推进已批建的3家省实验室和22家全省重点实验室建设。", 2025, TASKS_2025, ["22家"]),
        ("重大水利工程已开工的57个项目要加快建设。", 2016, TASKS_2016, ["57个"]),
        # CN16: 现有…
        ("现有1260万农村户籍孩子在城市接受义务教育，要落实好随迁子女入学政策。", 2016, TASKS_2016, ["1260万"]),
    ],
)
def test_the_situation_a_task_starts_from_is_last_years_result(
        phrase: str, year: int, path: tuple[str, ...], surfaces: list[str]) -> None:
    found = _of(phrase, year, path)
    assert {s: (found[s].stance, found[s].year) for s in surfaces} == {s: ("actual", year - 1) for s in surfaces}


@pytest.mark.parametrize(
    ("phrase", "year", "path", "surface"),
    [
        ("今年我区有17万应届大学生毕业，促进群众就业增收压力进一步加大。", 2025, TASKS_2025, "17万"),  # NM: this year
        ("固定资产投资今年要增长10%左右，这个目标是等不来的。", 2025, TASKS_2025, "10%左右"),  # NM: the task itself
        ("今年再推出30个“高效办成一件事”、150项“全区通办”事项。", 2025, TASKS_2025, "150项"),  # NM: 全区 names no stock
    ],
)
def test_a_task_or_a_prospect_stays_a_target(phrase: str, year: int, path: tuple[str, ...], surface: str) -> None:
    found = _of(phrase, year, path)
    assert (found[surface].stance, found[surface].year) == ("target", year)


# The other classes: thresholds that pick out villages or firms, 改善, a unit written out with 每, a game's format,
# place words that only qualify what is counted, people counted in 万, a grade between a count and its noun.
WORK_REPORT_2025 = {"doc_type": "work_report", "period": (2025, 2025), "issued": "2025-01-20"}


def _one(phrase: str) -> dict[str, Measure]:
    return {m.surface: m for m in measures_of([phrase], **WORK_REPORT_2025)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("农村生活污水治理（管控）率达58%，30户以上自然村寨生活垃圾收运设施覆盖率达90%。", "30户以上"),  # GZ
        ("对全省957个50户以上农村木质房屋连片村寨实施“水改”“电改”。", "50户以上"),  # GZ
        ("有序推進農村公路項目向進村入戶傾斜,完成20戶以上自然村屯道路硬化建設3000公里;", "20戶以上"),  # 贵港 (hant)
        ("开展能耗超5000吨标准煤重点企业在线监测，参与全国碳市场交易10.8亿元。", "5000吨标准煤"),  # SX
    ],
)
def test_a_size_that_picks_out_villages_or_firms_is_a_condition(phrase: str, surface: str) -> None:
    found = _one(phrase)[surface]
    assert (found.kind, found.year, found.comparator) == ("other", None, ">=")


@pytest.mark.parametrize(
    ("phrase", "surface", "kind"),
    [
        ("新增规模以上工业企业400户以上，培育“专精特新”企业100户以上。", "400户以上", "count"),  # GZ 2026: firms
        ("稳定在1121万吨以上，能源综合生产能力达2.3亿吨标准煤左右。", "2.3亿吨标准煤左右", "level"),  # GZ 2026
    ],
)
def test_a_count_or_an_amount_of_the_same_units_stays_a_value(phrase: str, surface: str, kind: str) -> None:
    assert _one(phrase)[surface].kind == kind


def test_a_concentration_bettered_by_a_share_is_a_growth_rate() -> None:
    found = _one("专班推进关中地区大气污染治理，全省PM2.5浓度同比改善7.9%，重污染天数同比减少6.4天。")  # SX 2025
    assert found["7.9%"].kind == "growth"
    assert _one("关中10市PM2.5浓度改善10.8％。")["10.8％"].kind == "growth"  # SX 2026


def test_a_unit_written_out_with_mei_is_a_unit() -> None:
    found = _one("加快焦化等重点行业超低排放改造，全省PM2.5平均浓度不超过35微克每立方米。")  # SX
    assert [(m.value, m.comparator, m.kind) for m in found.values()] == [(35.0, "<=", "level")]


def test_the_format_of_a_game_is_no_count_and_the_count_before_it_stays() -> None:
    found = _one("丰富群众文化体育生活，建成250个社区健身路径或3人制篮球场，“农体工程”器材补充维护更新400个。")  # GZ
    assert sorted(found) == ["250个", "400个"]


def test_a_place_word_that_qualifies_the_noun_counted_names_no_group() -> None:
    found = _one("持续推进已批建的3家省实验室和22家全省重点实验室建设。")  # GZ
    assert sorted(found) == ["22家", "3家"]
    assert "10家" not in _one("天目山实验室顺利揭牌,10家省实验室余杭占4席,杭州未来科技城获批创建。")  # 余杭: the group


def test_people_counted_in_wan_are_a_count() -> None:
    found = _one("我区60岁以上老年人平均每年新增30万，还有63万失能老人、158万残疾人，养老服务是有需求的。")  # NM
    assert (found["63万"].kind, found["158万"].kind) == ("count", "count")


def test_a_grade_between_a_count_and_its_noun_is_skipped_for_the_name() -> None:
    found = _one("持续推进平安贵州建设，在161个国家4A级以上旅游景区实施“平安黔哨”工程。")  # GZ
    assert found["161个"].metric.startswith("旅游景区")
