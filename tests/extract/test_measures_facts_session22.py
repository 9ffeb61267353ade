"""Classes the facts helper took from the dev set's errors in session 22 (issue #8), on real phrases of several
governments.

Sources: 衡山's review of the 13th plan (HS, traditional script); 泰兴's 2010 work report digest (TX, traditional);
news of 仙桃's county economy (XT, 2024); 福建's (FJ, traditional script) and 江西's (JX) mid-term reviews of the 13th
plan (2018); the national government work report of 2008 (CN08: not a reserved one);
a city's 2025 half-year economy news (CQ) and 南平's 2021 one (NP, traditional); 大江新闻's round-up of 江西's cities'
2026 targets (JX26); 教育部's ten years of education in the news (ED, 2022); 海珠's 14th-plan outline (HZ).
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


def test_an_amount_passed_without_a_class_is_a_value() -> None:
    """TX (泰兴, traditional script): 項目平均投資規模超過億元。 is at least 1 亿元, not a number the source lost."""
    found = measures_of(["實施3000萬元以上工業項目75個,總投資101.8億元,項目平均投資規模超過億元。"], **WR)
    assert [(m.surface, m.value, m.unit, m.comparator, m.kind, m.missing_value) for m in found][-1] == (
        "億元", 1.0, "亿元", ">=", "level", False)


def test_the_count_of_a_class_keeps_its_name() -> None:
    """HS: the count after 過億元 is named by the class (投资过亿元项目), the class by what it measures."""
    found = measures_of(["累計引進投資過千萬元項目156個,其中投資過億元項目46個"], **WR)
    assert [m.metric for m in found] == ["投资门槛", "引进投资过千万元项目", "投资门槛", "投资过亿元项目"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # FJ: a rank in Chinese numerals after its field, without a verb that ranks
        ("經濟總量2016年首次進入全國第十位并繼續保持,2017年增速全國第七。", [
            ("第十位", 10.0, 2016), ("第七", 7.0, 2017)]),
        # CN08: the rank a value moved from is one too (its year is not asserted: the review's start is not said)
        ("国内生产总值从世界第六位上升到第四位", [("第六位", 6.0, None), ("第四位", 4.0, None)]),
        # JX: 居 + its field + N位, without 第
        ("2017年全省经济总量达到20006.3亿元,居全国16位,比2015年前移2位。", [
            ("20006.3亿元", 20006.3, 2017), ("16位", 16.0, 2017), ("2位", 2.0, 2017)]),
        # a priority is no rank
        ("始终把人民群众生命安全放在全省工作第一位", []),
    ],
)
def test_ranks_by_their_field(phrase: str, expected: list[Any]) -> None:
    found = measures_of([phrase], **WR)
    assert [(m.surface, m.value) for m in found] == [(surface, value) for surface, value, _ in expected]
    assert all(m.year == year for m, (_, _, year) in zip(found, expected, strict=True) if year is not None)
    assert all(m.kind in ("rank", "change", "level") for m in found)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # CQ: the industries a share is counted over, and those that grew, are no outputs; the share is
        ("从增长面看,38个大类行业中32个实现增长、增长面84.2%,较一季度提升7.9个百分点。", ["84.2%", "7.9个百分点"]),
        # NP (traditional script)
        ("全市35個行業大類中28個行業增加值實現增長,增長面80.0%", ["80.0%"]),
        # JX26: the cities a statement is about (the members it picks out are counted: 9个)
        ("11个设区市中,有9个目标增速设置在5.5%左右", ["9个", "5.5%左右"]),
        # 集中, 中心 are no 中 of a group
        ("建成10个集中供热站,新增3个中心城区停车场", ["10个", "3个"]),
    ],
)
def test_the_group_a_figure_is_taken_over_is_no_output(phrase: str, expected: list[str]) -> None:
    assert [m.surface for m in measures_of([phrase], **WR)] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # ED (教育部's ten years, 2022): a whole number of years gained after a span of years in the sentence
        (["2021年,劳动年龄人口平均受教育年限达到了10.9年,相当于高中二年级的水平,比2012年增加了1年。"],
         [("10.9年", 10.9, "=", "level", 2021), ("1年", 1.0, "=", "change", 2021)]),
        # HZ (海珠's 14th-plan outline, traditional): a span of years over which a thing is counted is a condition
        (["(3)維持年限超過10年的有效發明專利;(4)有許可他人實施收益的有效發明專利"],
         [("10年", 10.0, ">=", "other", None)]),
        # a year compared with, with no span of years before it, is no span
        (["2021年,全市新建学校12所,比2012年增加了3年制职业学校"], [("12所", 12.0, "=", "count", 2021)]),
    ],
)
def test_spans_of_years(lines: list[str], expected: list[Any]) -> None:
    found = measures_of(lines, doc_type="other", period=None, issued="2022-09-01")
    assert [(m.surface, m.value, m.comparator, m.kind, m.year) for m in found] == expected
