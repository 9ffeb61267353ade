"""A rank or a level held N years running is each year's value: ``period_average`` over the last N years up to
the value's year (dev README convention 15, issue #8).

Phrases are quoted from the dev documents: 吉林's 2025 government work report (JL) and 云南's (YN), as collected in
alexzhu0/Jina_Embeddings_v4_RAG; 宁夏's 2026 report (NX) and 青海's (QH), as collected in
johncodes404/china-provincial-gov-reports-2026; 羊城晚报 on 广东's 2021 report (GD).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of

WR2025: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2025-01-20"}
WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-01-27"}
WR2021: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2021-01-24"}
REVIEW_2024 = ("一、2024年工作回顾",)
REVIEW_FIVE = ("一、2025年和“十四五”时期工作回顾",)


def covered(phrase: str, doc: dict[str, Any], path: tuple[str, ...]) -> dict[str, tuple[Any, ...]]:
    return {m.surface: (m.kind, m.year, m.scope, m.period) for m in measures_of([phrase], path=path, **doc)}


@pytest.mark.parametrize(
    ("phrase", "doc", "path", "surface", "expected"),
    [
        # JL 2025: a rank held three years, in a one-year review
        ("播种面积达到8780.7万亩，单产连续3年居粮食主产省第1位，总产量达到853.2亿斤。", WR2025, REVIEW_2024,
         "第1位", ("rank", 2024, "period_average", (2022, 2024))),
        # YN 2025: 连续两年
        ("在倡导文明健康绿色环保生活方式活动中连续两年综合评估居全国第1位。", WR2025, REVIEW_2024,
         "第1位", ("rank", 2024, "period_average", (2023, 2024))),
        # NX 2026: 保持 before a rank, after another value of the clause
        ("新能源投资增长70%、装机规模增长38%，利用率达94.5%、连续5年保持西北第一，建成8个绿电园区。", WR2026,
         REVIEW_FIVE, "第一", ("rank", 2025, "period_average", (2021, 2025))),
        # QH 2026: 蝉联
        ("“青薯9号”连续四年蝉联全国推广面积第一。", WR2026, REVIEW_FIVE,
         "第一", ("rank", 2025, "period_average", (2022, 2025))),
        # YN 2025: a level held five years, in a one-year review
        ("深入开展普法强基补短板和命案防控专项行动。法治建设群众满意率连续5年保持97%以上。", WR2025, REVIEW_2024,
         "97%以上", ("share", 2024, "period_average", (2020, 2024))),
    ],
)
def test_streak_is_every_year_of_it(phrase: str, doc: dict[str, Any], path: tuple[str, ...], surface: str,
                                    expected: tuple[Any, ...]) -> None:
    assert covered(phrase, doc, path)[surface] == expected


def test_streak_of_a_rank_in_news() -> None:
    # GD 2021: 总量连续32年位居全国第一, the last 32 years up to 2020
    found = covered("2015年为7.5万亿元,2020年超过11万亿元,年均增长6%,总量连续32年位居全国第一。", WR2021, ())
    assert found["第一"] == ("rank", 2020, "period_average", (1989, 2020))


@pytest.mark.parametrize(
    ("phrase", "doc", "path", "surface"),
    [
        # YN 2025: the streak is the clause before's; the rank after it is the year's
        ("高原特色农业规模连续3年保持全国前列，茶叶、鲜切花、核桃、咖啡、橡胶等种植面积和产量稳居全国第1位。", WR2025,
         REVIEW_2024, "第1位"),
        # JL 2025: a level after the streak's clause
        ("单产连续3年居粮食主产省第1位，总产量达到853.2亿斤。", WR2025, REVIEW_2024, "853.2亿斤"),
    ],
)
def test_streak_stays_in_its_clause(phrase: str, doc: dict[str, Any], path: tuple[str, ...], surface: str) -> None:
    _, year, scope, period = covered(phrase, doc, path)[surface]
    assert (year, scope, period) == (2024, "annual", None)
