"""Failure classes seen on documents outside the sample (issue #8), each on real phrases.

Sources (2026 government work reports as collected in johncodes404/china-provincial-gov-reports-2026,
public texts): 陕西 (SN), 贵州 (GZ), 宁夏 (NX), 内蒙古 (NM), 云南 (YN); and the report to the party
congress of 2012. Headings are the reports' own.
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-01-27"}
REVIEW = ("一、2025年和“十四五”时期工作回顾",)
THIS_YEAR = ("三、2026年重点工作",)


def found(phrase: str, path: tuple[str, ...] = (), doc: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    return [(m.surface, m.value, m.unit) for m in one(phrase, path=path, **(doc or WR2026))]


@pytest.mark.parametrize(
    "phrase",
    [
        "今年要重点做好9个方面工作：",  # SN: parts of the report
        "实施促进民营经济发展壮大36条政策措施",  # GZ: a policy's name
        "落实鼓励数据产业发展十条政策",  # GZ
        "按照自治区党委十一届十一次全会暨全区经济工作会议部署",  # NX: a plenum's ordinal
        "根据党的二十届四中全会精神和省委十三届八次全会部署",  # meeting ordinals
        "磨憨镇固定资产投资、一般公共预算收入、引进省外到位资金、常住人口实现“四个翻番”",  # YN: a slogan
    ],
)
def test_not_quantities(phrase: str) -> None:
    assert found(phrase) == []


@pytest.mark.parametrize(
    ("phrase", "path", "expected"),
    [
        # units outside the sample: grain in 斤, livestock in 头/只, gas in 方, power and energy
        ("确保粮食总产量稳定保持在76亿斤以上", THIS_YEAR, [("76亿斤以上", 76.0, "亿斤")]),  # NX
        ("粮食产量超过840亿斤", REVIEW, [("840亿斤", 840.0, "亿斤")]),  # NM
        ("生猪出栏285.3万头，家禽出栏1.2亿只", REVIEW, [("285.3万头", 285.3, "万头"), ("1.2亿只", 1.2, "亿只")]),
        ("加快建设150亿方/年天然气产能倍增工程", THIS_YEAR, [("150亿方/年", 150.0, "亿方/年")]),  # SN
        ("电力装机规模达1.1亿千瓦，发电量达2900亿千瓦时", THIS_YEAR,
         [("1.1亿千瓦", 1.1, "亿千瓦"), ("2900亿千瓦时", 2900.0, "亿千瓦时")]),  # GZ
        # full-width ％ (SN)
        ("生产总值增长5％左右", THIS_YEAR, [("5％左右", 5.0, "%")]),
        # doubling: a ratio of 2 (or 4) to the base
        ("自治区本级科技专项资金翻一番", REVIEW, [("翻一番", 2.0, "倍")]),  # NX
        ("进出口总值翻番达到2206亿元", REVIEW, [("翻番", 2.0, "倍"), ("2206亿元", 2206.0, "亿元")]),  # YN
    ],
)
def test_units_and_shapes(phrase: str, path: tuple[str, ...], expected: list[tuple[Any, ...]]) -> None:
    assert found(phrase, path) == expected


def test_doubling_is_a_cumulative_ratio_over_the_years_since_its_base() -> None:
    (m,) = one("到二〇二〇年实现国内生产总值和城乡居民人均收入比二〇一〇年翻一番", doc_type="other", period=None,
               issued="2012-11-08")  # the 2012 party congress report
    assert (m.kind, m.value, m.unit, m.scope, m.period, m.year, m.rule) == (
        "ratio", 2.0, "倍", "period_cumulative", (2011, 2020), 2020, "measure.doubling.v1")


@pytest.mark.parametrize(
    ("phrase", "path", "expected"),
    [
        # SN: a change from the end of the last plan is cumulative over this one, and names its subject
        ("地区生产总值跨过3万亿元、年均增长5.2％，较“十三五”末净增1万亿元", ("一、2025年工作回顾",),
         [("3万亿元", "地区生产总值", "annual", None), ("5.2％", "地区生产总值", "period_average", (2021, 2025)),
          ("1万亿元", "地区生产总值", "period_cumulative", (2021, 2025))]),
        # GZ: 2020年到2025年 … 从17.9%提升到35.5%: levels of single years
        ("2020年到2025年，工业投资占固定资产投资比重从17.9%提升到35.5%", REVIEW,
         [("17.9%", "工业投资占固定资产投资比重", "annual", None),
          ("35.5%", "工业投资占固定资产投资比重", "annual", None)]),
    ],
)
def test_metric_and_scope(phrase: str, path: tuple[str, ...], expected: list[tuple[Any, ...]]) -> None:
    assert [(m.surface, m.metric, m.scope, m.period) for m in one(phrase, path=path, **WR2026)] == expected


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("经济增长5%左右", "地区生产总值"),  # the growth target of every work report
        ("海洋生产总值增长6%", "海洋生产总值"),  # a sector, not the economy
        ("万元生产总值用水量下降8%", "单位地区生产总值用水量"),
        ("工业对经济增长贡献率从17.1%提升到35.1%", "经济增长贡献率"),  # GZ
    ],
)
def test_canonical_metrics(phrase: str, canonical: str) -> None:
    assert {m.metric_canonical for m in one(phrase, path=THIS_YEAR, **WR2026)} == {canonical}


def test_an_annual_plan_report_reads_like_a_work_report() -> None:
    """计划执行情况与计划草案: results of the year reviewed, targets of the next (the metadata says
    only that it is some plan)."""
    lines = ["关于2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "一、2022年计划执行情况",
             "全市地区生产总值完成2150亿元，增长4.2%。", "二、2023年经济社会发展主要预期目标",
             "地区生产总值增长6%左右。"]
    from measures_support import measures_of

    found_rows = measures_of(lines, doc_type="other", period=None, issued="2023-02-10")
    assert [(m.surface, m.stance, m.year) for m in found_rows] == [
        ("2150亿元", "actual", 2022), ("4.2%", "actual", 2022), ("6%左右", "target", 2023)]
