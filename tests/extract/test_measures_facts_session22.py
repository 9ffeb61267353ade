"""Classes the facts helper took from the dev set's errors in session 22 (issue #8), on real phrases of several
governments.

Sources: 衡山's review of the 13th plan (HS, traditional script); news of 仙桃's county economy (XT, 2024); 泉州's
work report of 2021 in the news (QZ); the national government work report of 2016 (CN16: not a reserved one).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of

WR: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-02-04"}


def _found(phrase: str, **kwargs: Any) -> list[tuple[str, float | None, str, str, str, int | None]]:
    return [(m.surface, m.value, m.unit, m.comparator, m.kind, m.year) for m in measures_of([phrase], **kwargs)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # HS (traditional script): 過千萬元, 過億元 are classes of at least that amount, of no year
        ("累計引進投資過千萬元項目156個,其中投資過億元項目46個", [
            ("千萬元", 1000.0, "万元", ">=", "other", None), ("156個", 156.0, "个", "=", "count", 2025),
            ("億元", 1.0, "亿元", ">=", "other", None), ("46個", 46.0, "个", "=", "count", 2025)]),
        # a class without a count (the test of lost numbers once listed 超亿元企业 as no quantity)
        ("推进海绵城市建设,超亿元企业,条件成熟。", [("亿元", 1.0, "亿元", ">=", "other", None)]),
        # XT: the same class said with 以上 (unchanged)
        ("新签约亿元以上项目153个", [
            ("亿元以上", 1.0, "亿元", ">=", "other", None), ("153个", 153.0, "个", "=", "count", 2025)]),
        # 经过, 通过, 不过 are no 过
        ("经过亿元投资改造", []),
        ("通过亿元补助资金支持", []),
    ],
)
def test_an_amount_passed_names_a_class(phrase: str, expected: list[Any]) -> None:
    assert _found(phrase, **WR) == expected


def test_the_count_of_a_class_keeps_its_name() -> None:
    """HS: the count after 過億元 is named by the class (投资过亿元项目), the class by what it measures."""
    found = measures_of(["累計引進投資過千萬元項目156個,其中投資過億元項目46個"], **WR)
    assert [m.metric for m in found] == ["投资门槛", "投资过千万元项目", "投资门槛", "投资过亿元项目"]
