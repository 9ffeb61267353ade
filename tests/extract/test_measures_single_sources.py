"""Classes the dev set showed once, fixed when a second government's phrase was found (issue #8).

Sources:
- CA: 中国民用航空局, 国家发改委 and 交通运输部's “十四五”民用航空发展规划 as 品橙旅游 reported it (2022, dev set);
- SZ: 深圳's 2024 work report (1月30日, 市长覃伟中), its review of 2023, as a news page quotes it;
- CB: 民航局's 2016 airport production bulletin (2017, 中国发展门户网).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

PLAN: dict[str, Any] = {"doc_type": "special_plan", "period": (2021, 2025), "issued": "2022-01-07"}
WORK_REPORT: dict[str, Any] = {"doc_type": "work_report", "period": (2024, 2024), "issued": "2024-01-30",
                               "path": ("一、2023年工作回顾",)}
BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}
SZ_DRONES = "新开通无人机物流航线77条，载货无人机飞行61万架次，居全国第一。"


@pytest.mark.parametrize(
    ("phrase", "kwargs", "surface", "base_value"),
    [
        # flights flown or handled are a flow, a level as 人次 is, not a count of things (CA, SZ, CB)
        ("目标,到“十四五”末,运输机场270个,空管年保障航班起降1700万架次", PLAN, "1700万架次", 1.7e7),
        (SZ_DRONES, WORK_REPORT, "61万架次", 6.1e5),
        ("完成飞机起降923.8万架次,比上年增长7.9%(其中运输架次为793.5万架次,比上年增长8.8%)。", BULLETIN,
         "923.8万架次", 9.238e6),
    ],
)
def test_flights_are_a_level(phrase: str, kwargs: dict[str, Any], surface: str, base_value: float) -> None:
    found = [m for m in one(phrase, **kwargs) if m.surface == surface]
    assert [(m.kind, m.dimension, m.base_unit) for m in found] == [("level", "flight_times", "架次")]
    assert found[0].base_value == pytest.approx(base_value)


def test_a_count_before_flights_stays_a_count() -> None:
    """SZ: the routes opened are counted; the flights flown on them are not."""
    kinds = {m.surface: m.kind for m in one(SZ_DRONES, **WORK_REPORT)}
    assert (kinds["77条"], kinds["61万架次"]) == ("count", "level")
