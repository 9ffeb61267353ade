"""Metric names that are fragments (issue #8): a decorative lead, a verb or a streak taken as the name of a value, on
real phrases of several governments.

Sources: 安庆's 2025 work report (AQ); 郑州's 2026 work report (ZZ).
"""

from __future__ import annotations

import pytest
from measures_support import one

WORK_REPORT = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-20"}


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("让530万宜城儿女沐浴着历史性荣光,倍感振奋、倍受鼓舞、倍增干劲", "530万"),  # AQ 2025
        ("极大激发了1300多万绿城儿女奋进新征程、建功新时代的热情干劲", "1300多万"),  # ZZ 2026
    ],
)
def test_the_sons_and_daughters_of_a_place_are_its_population(phrase: str, surface: str) -> None:
    """530万宜城儿女: the people of a place called by its other name; what the clause says they did names nothing."""
    found = {m.surface: (m.kind, m.metric) for m in one(phrase, **WORK_REPORT)}
    assert found[surface] == ("count", "人口")
