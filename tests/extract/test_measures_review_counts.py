"""Scope and period in the genre of provincial work reports: what a review's counts and a plan's
concentrations cover (issue #8, the genre batch of the dev 2026 reports).

Phrases are quoted from the 2026 government work reports of 贵州 (GZ), 青海 (QH), 云南 (YN), 内蒙古 (NM) and
宁夏 (NX) (public texts as collected in johncodes404/china-provincial-gov-reports-2026), 国务院's 2013
《大气污染防治行动计划》 (GWY) and 国家统计局's 2021 grain announcement as reported in traditional script (TJ).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-01-27"}
REVIEW = ("一、2025年和“十四五”时期工作回顾",)
GOALS = ("二、“十五五”时期主要目标任务",)
THIS_YEAR = ("三、2026年重点工作",)


def covered(lines: list[str], doc: dict[str, Any], path: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
    return [(m.surface, m.stance, m.year, m.scope, m.period) for m in measures_of(lines, path=path, **doc)]


@pytest.mark.parametrize(
    ("phrase", "doc", "path", "expected"),
    [
        # GZ: an annual mean concentration is one year's level, not an average over the plan's years
        ("地级及以上城市细颗粒物（PM_2.5）年平均浓度不高于23微克/立方米。", WR2026, GOALS,
         [("23微克/立方米", "target", 2030, "annual", None)]),
        # GWY: 年均浓度 likewise
        ("到2017年，北京市细颗粒物年均浓度控制在60微克/立方米左右。",
         {"doc_type": "special_plan", "period": (2013, 2017), "issued": "2013-09-10"}, (),
         [("60微克/立方米左右", "target", 2017, "annual", None)]),
        # GZ: 年均 before a growth rate is still an average
        ("全省地区生产总值年均增长5%左右。", WR2026, GOALS,
         [("5%左右", "target", 2030, "period_average", (2026, 2030))]),
    ],
)
def test_concentration_is_annual(phrase: str, doc: dict[str, Any], path: tuple[str, ...],
                                 expected: list[tuple[Any, ...]]) -> None:
    assert covered([phrase], doc, path) == expected


@pytest.mark.parametrize(
    ("phrase", "doc", "expected"),
    [
        # QH: held every year of the last 18 years up to the reviewed year
        ("粮食总产量连续18年保持在100万吨以上，能源安全综合保障体系更加健全。", WR2026,
         ("100万吨以上", 18)),
        # TJ (traditional): 連續7年
        ("全年糧食產量再創新高，連續7年保持在1.3萬億斤以上。", {"doc_type": "other", "period": None,
                                                      "issued": "2021-12-06"}, ("1.3萬億斤以上", 7)),
    ],
)
def test_streak_covers_its_years(phrase: str, doc: dict[str, Any], expected: tuple[str, int]) -> None:
    surface, years = expected
    (found,) = measures_of([phrase], path=REVIEW, **doc)
    assert found.surface == surface and found.scope == "period_average"
    assert found.year is not None and found.period == (found.year - years + 1, found.year)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # NM: counts before 当选 and 晋级 in a five-year review are the period's totals
        (["——这五年高质量发展稳步推进。累计培育创新型企业1714家，2人当选中国工程院院士。",
          "辽上京、土城子、萨拉乌苏遗址入选国家考古遗址公园，6座博物馆晋级国家一级博物馆。"],
         [("1714家", "period_cumulative"), ("2人", "period_cumulative"), ("6座", "period_cumulative")]),
        # NX: …and before 荣获
        (["这五年，我区环境优美的底色更加鲜明。宁东基地等4个单位荣获首届“中国节水奖”。"],
         [("4个", "period_cumulative")]),
        # YN: counts after 打造 and land after 补充 likewise
        (["这五年，我们深入推进各民族交往交流交融“三项计划”，打造1000个民族村寨旅游提升示范村、30个边境旅游示范村。",
          "坚守耕地和永久基本农田保护红线，补充耕地39.08万亩。"],
         [("1000个", "period_cumulative"), ("30个", "period_cumulative"), ("39.08万亩", "period_cumulative")]),
        # QH: a lead line naming what the five years were frames the paragraph after it
        (["这是生态文明建设取得显著成效的五年。", "高标准打造幸福河湖100条（个），“中华水塔”愈加坚固丰沛。"],
         [("100条", "period_cumulative")]),
    ],
)
def test_review_counts_add_up(lines: list[str], expected: list[tuple[str, str]]) -> None:
    found = measures_of(lines, path=REVIEW, **WR2026)
    assert [(m.surface, m.scope) for m in found] == expected
    assert all(m.stance == "actual" and m.period == (2021, 2025) for m in found)


def test_without_a_frame_a_count_stays_annual() -> None:
    # QH: the same count without the lead line (a 2025 result under the review heading)
    found = measures_of(["高标准打造幸福河湖100条（个），“中华水塔”愈加坚固丰沛。"], path=REVIEW, **WR2026)
    assert [(m.surface, m.scope, m.period) for m in found] == [("100条", "annual", None)]


def test_cases_are_counted() -> None:
    # NM: surgeries counted in 例
    found = one("为全区低收入困难家庭的白内障患者实施免费手术2000例。", path=THIS_YEAR, **WR2026)
    assert [(m.surface, m.value, m.unit, m.kind) for m in found] == [("2000例", 2000.0, "例", "count")]
