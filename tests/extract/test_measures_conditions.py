"""Conditions said with a value: an amount after 超/过 that names a class of undertakings or places, and a
value that picks out the members of a list. They are kind ``other`` and of no year, as 10亿元以上的项目 is.

Phrases are quoted from public texts: 邯郸's 2025 work report (HD), 衡山's 十三五 review, traditional (HS),
a 海南 county's 2024 work report (HN), 水利部's 2012 water bulletin (SL), 陕西's 2026 work report (SX).
"""

from __future__ import annotations

import pytest
from measures_support import one

REPORT = {"doc_type": "work_report", "period": None, "issued": "2025-01-20"}


@pytest.mark.parametrize(
    ("phrase", "condition"),
    [
        # HD: the first water project above ten billion yuan
        ("争取增发国债项目69个,获得国债资金97.4亿元,全省首个超百亿元水利工程娄里水库开工。", "百亿元"),
        # HS: projects of more than ten million yuan (the count after them is a value)
        ("累計引進投資過千萬元項目156個,其中投資過億元項目46個。", "千萬元"),
        # HN: villages whose collective income passes 500 thousand yuan
        ("新增年收入超50万元的经济强村5个。", "50万元"),
        # SL: the provinces below or above a bound are listed after 的有
        ("用水量少于 50 亿 m3 的有天津、青海、西藏、北京和海南 5 个省(自治区、直辖市)。", "50 亿 m3"),
        ("农业用水占总用水量 75%以上的有新疆、宁夏、黑龙江。", "75%以上"),
    ],
)
def test_a_condition_said_with_a_value_is_of_no_year(phrase: str, condition: str) -> None:
    found = {m.surface[-len(condition):]: m for m in one(phrase, **REPORT)}
    assert (found[condition].kind, found[condition].year) == ("other", None)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # SX: an amount reached or raised, not a class of anything
        ("财政金融政策联动发力，撬动金融资金超500亿元，绿色信贷占比稳居全国前列。", "500亿元"),
        ("新增工业产能项目989个、释放产值超1500亿元，规模以上工业增加值增长。", "1500亿元"),
    ],
)
def test_an_amount_passed_is_still_a_value(phrase: str, value: str) -> None:
    found = {m.surface[-len(value):]: m for m in one(phrase, **REPORT)}
    assert found[value].kind != "other"
    assert found[value].year == 2024
    assert [m.kind for m in one(phrase, **REPORT)].count("other") == 0
