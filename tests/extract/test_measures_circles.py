"""The time or distance that names a circle or zone is part of its name, not a quantity (issue #8; convention 13 of
`evaluation/dev/README.md`, "Conventions settled on 2026-12-07", and `docs/contracts.md`): 15分钟健身圈, 1小时通勤圈,
quoted or not, while a count of circles or of the things built in them stays a quantity.

Sources, each a different government: 贵州's 2023 work report (as 贵州's news quoted it, 2023-08); 铜陵市铜官区人民政府
(its release of 2022-05-16 on its sports works); 银川市金凤区 (its sports office, as 宁夏新闻网 quoted it, 2022-12-17);
淄博市周村区 (齐鲁晚报, 2012-03-22); 上海市徐汇区人民政府 (its release of 2023-08-29); 宁夏's 2025 work report (a dev
document); the news of the national 13th-FYP outline draft (工人日报, 2016, a dev document).
"""

from __future__ import annotations

import pytest
from measures_support import WORK_REPORT_2026, one


def _surfaces(phrase: str) -> dict[str, str]:
    return {m.surface: m.unit for m in one(phrase, **WORK_REPORT_2026)}


@pytest.mark.parametrize(
    ("phrase", "circle"),
    [
        # 贵州 2023 work report
        ("推动15分钟生活圈等城市现代商业体系建设", "15分钟"),
        # 铜官区 2022: the title of its release
        ("铜官区实施体育民生工程打造15分钟健身圈", "15分钟"),
        # 金凤区 2022
        ("接下来将继续完善城市10分钟健身圈建设,对之前小健身场健身器材进行维护保养", "10分钟"),
        # 周村区 2012 (traditional script as the page has it)
        ("周村已先後建立15分鐘衛生服務圈、健身圈,並將打造15分鐘文化服務圈。", "15分鐘"),
        # the national 13th-FYP outline draft (news of it)
        ("推进健康中国的理念,对应的是30分钟基层医疗服务圈和城市社区15分钟健身圈的打造", "30分钟"),
        ("推进健康中国的理念,对应的是30分钟基层医疗服务圈和城市社区15分钟健身圈的打造", "15分钟"),
    ],
)
def test_the_time_of_a_circle_is_its_name(phrase: str, circle: str) -> None:
    assert circle not in _surfaces(phrase)


def test_the_values_of_a_list_before_one_circle_are_its_names() -> None:
    """城市15分钟、农村30分钟卫生服务圈: both times name circles (the list form of 周村's 15分鐘衛生服務圈)."""
    assert _surfaces("城市15分钟、农村30分钟卫生服务圈基本建成。") == {}


@pytest.mark.parametrize(
    ("phrase", "surface", "unit"),
    [
        # 铜官区 2022: the sets of fitness equipment built for the circle are counted
        ("2022年铜官区在15分钟健身圈建设民生工程中将新建(更新)26套全民健身路径", "26套", "套"),
        # 宁夏 2025 work report (dev): the circles built are counted
        ("增加医院、小区等停车位8700多个,城市“一刻钟便民生活圈”达到48个,群众生活环境更加", "48个", "个"),
        # 徐汇区 2023: routes through the circles (the “13+1” is a slogan of the routes)
        ("推出“13+1”条“15分钟社区生活圈”精品线路", None, None),
    ],
)
def test_counts_around_a_circle_stay(phrase: str, surface: str | None, unit: str | None) -> None:
    found = _surfaces(phrase)
    assert not any("分钟" in s for s in found)
    if surface is not None:
        assert found[surface] == unit


def test_a_time_or_distance_that_names_no_circle_stays() -> None:
    """A time before a clause break, or a length in a list, is no circle's name even when a 圈 follows later."""
    assert "30分钟" in _surfaces("通勤时间缩短至30分钟，建成生活圈")
    assert "15公里" in _surfaces("新建绿道15公里、打造生活圈")
