"""The classes the nineteenth fresh dev batch (WHOLE 2025 provincial work reports and a city's 2026 plan report,
issue #8) showed at its first shot, on real phrases of several governments.

Sources: the 2025 work reports of 内蒙古 (NM), 贵州 (GZ) and 陕西 (SX) (dev documents); the national work report of
2016 (CN16) and 广州's 2021 work report (GZH) of the sample corpus.
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
        # NM, GZ, CN16, GZH: what has already been done to the things counted (已…的), and the next items of its list
        ("对已经谋划的近1400个重点工业项目，要一个一个盯前期、盯要素、盯落地。", 2025, TASKS_2025, ["1400个"]),
        ("持续推进已批建的3家省实验室和22家全省重点实验室建设。", 2025, TASKS_2025, ["22家"]),
        ("重大水利工程已开工的57个项目要加快建设。", 2016, TASKS_2016, ["57个"]),
        ("优化和聚集已划定的26个工业产业区块集约发展。", 2016, TASKS_2016, ["26个"]),
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
        ("届时，我国经济总量超过90万亿元，发展的质量和效益明显提高。", 2016, TASKS_2016, "90万亿元"),  # CN16: ahead
        ("今年我区有17万应届大学生毕业，促进群众就业增收压力进一步加大。", 2025, TASKS_2025, "17万"),  # NM: this year
        ("重大水利工程今年再开工20个项目。", 2016, TASKS_2016, "20个"),  # CN16: the task itself
        ("我省新建100所学校。", 2025, TASKS_2025, "100所"),  # a task said with the province as its subject
        ("全区有关部门要新增就业岗位5万个。", 2025, TASKS_2025, "5万个"),  # 有关 is no 有
    ],
)
def test_a_task_or_a_prospect_stays_a_target(phrase: str, year: int, path: tuple[str, ...], surface: str) -> None:
    found = _of(phrase, year, path)
    assert (found[surface].stance, found[surface].year) == ("target", year)
