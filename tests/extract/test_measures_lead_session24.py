"""A doubling told as done (翻了一番), on phrases of two governments.

Sources: the 2018 national work report's five-year review (GW18, examples/corpus/national) and 宁夏's 2026 work
report (NX, evaluation/dev/docs).
"""

from __future__ import annotations

import pytest
from measures_support import one


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # GW18: a result of the five years under review
        ("国内有效发明专利拥有量增加两倍，技术交易额翻了一番。", "翻了一番", "技术交易额"),
        # NX: a doubling against the end of the last plan period
        ("电力总装机突破9000万千瓦，新能源装机占比达63%、规模比“十三五”末翻了一番。", "翻了一番", "规模"),
    ],
)
def test_a_doubling_told_as_done_is_twice_its_base(phrase: str, surface: str, metric: str) -> None:
    found = [m for m in one(phrase, doc_type="work_report", period=None, issued="2026-01-20") if m.surface == surface]
    assert [(m.value, m.unit, m.kind, m.rule) for m in found] == [(2.0, "倍", "ratio", "measure.doubling.v1")]
    assert metric in found[0].metric
    assert not [m for m in one(phrase, doc_type="work_report", period=None, issued="2026-01-20") if m.unit == "番"]
