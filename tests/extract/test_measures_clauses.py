"""Stance by clause: a cue of promise or result speaks for the value of its own clause, the clauses after
it in the same sentence, and a comparison tail (比上年增长…), not for the results before it.

Phrases are quoted from public texts: the 2025 work report of 汉滨区 (HB), the digest of 镇原县's 2024
work report (ZY), the 2016 work report of 平利县 (PL, traditional script), a city statistics bureau's
note on investment in 1-6月 (TJ), a city's half-year industry news (GY, traditional script) and the
2023 work report of 建宁县 (JN), 大众日报's news of 青岛's 2026 work report (QD) and 福州新闻网's of 福州's
(FZ), and 广州's 2021 work report (GZ, sample corpus). Where a case joins two clauses of the same report
into one sentence, as reports often write a year's result and the next year's goal, it says so.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from measures_support import measures_of

from plantrace.extract.measures.clauses import clause_stance

WR2025: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2025-03-21"}
WR2024: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2024-01-20"}
WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-01-21"}
WR2021: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2021-01-25"}


def stances(phrase: str, doc: dict[str, Any]) -> list[tuple[str, str, int | None]]:
    return [(m.surface, m.stance, m.year) for m in measures_of([phrase], **doc)]


@pytest.mark.parametrize(
    ("phrase", "doc", "expected"),
    [
        # the issue's own case: 去年 and 今年 each date their own clause
        ("去年完成投资120亿元，今年力争达到150亿元。", WR2025,
         [("120亿元", "actual", 2024), ("150亿元", "target", 2025)]),
        # ZY, two clauses of the report joined: a result, then a promise with a value of its own
        ("森林覆盖率提高1.5个百分点，确保GDP增长7%。", WR2024,
         [("1.5个百分点", "actual", 2023), ("7%", "target", 2024)]),
        # JN, two clauses of the report joined: 力争 after a result does not reach back to it
        ("预计全年完成地区生产总值164亿元，增长4.5%，力争今年增长6.5%左右。", WR2024,
         [("164亿元", "actual", 2023), ("4.5%", "actual", 2023), ("6.5%左右", "target", 2024)]),
        # ZY: the list goes on under 确保 (the clauses before a value decide when its own says nothing)
        ("经济高质量发展，确保GDP增长7%，财政收入增长6%，城乡居民人均可支配收入分别增长8%和9%。", WR2024,
         [("7%", "target", 2024), ("6%", "target", 2024), ("8%", "target", 2024), ("9%", "target", 2024)]),
        # HB: results without any cue stay results in a report's review
        ("2024年，我们紧扣高质量发展主题，实现地区生产总值440.5亿元、增长5.4%，固定资产投资增长6.5%。", WR2025,
         [("440.5亿元", "actual", 2024), ("5.4%", "actual", 2024), ("6.5%", "actual", 2024)]),
    ],
)
def test_stance_by_clause(phrase: str, doc: dict[str, Any], expected: list[tuple[str, str, int | None]]) -> None:
    assert stances(phrase, doc) == expected


@pytest.mark.parametrize(
    ("sentence", "value", "expected"),
    [
        # GY: 高于市政府下达目标4个百分点 names a target met, no promise
        ("规模以上工业增加值增长13%,高于市政府下达目标4个百分点,全省排名第3位。", "13%", None),
        # PL: 爭取到位…補助資金 in a review is money obtained, a result (no cue either way)
        ("全年争取到位基本建设类补助资金9.66亿元。", "9.66亿元", None),
        # TJ: 完成年度目标任务的50.1% is a result of the year so far (目标 names the plan, no promise)
        ("1-6月，全市完成固定资产投资1414.4亿元，同比增长18.2%，完成年度目标任务的50.1%。", "50.1%", "actual"),
        # a comparison tail right after the value is part of its statement
        ("一般公共预算收入完成38.2亿元，比上年增长5.1%，计划今年增长6%。", "38.2亿元", "actual"),
        # a later clause without a value of its own speaks for the whole sentence
        ("地区生产总值增长6%左右，城镇新增就业1.2万人以上，是今年的预期目标。", "6%左右", "target"),
        # a later clause with a value of its own keeps its cue
        ("地区生产总值增长5.4%，力争今年增长6%。", "5.4%", None),
    ],
)
def test_clause_stance(sentence: str, value: str, expected: str | None) -> None:
    starts = [m.start() for m in re.finditer(r"(?<![\d.])\d", sentence)]  # where each value begins
    assert clause_stance(sentence, sentence.index(value), starts) == expected


@pytest.mark.parametrize(
    ("phrase", "path", "doc", "expected"),
    [
        # QD: a paragraph that opens by reviewing (回顾了2025年…) still promises what its list of goals
        # states, and the list runs over its ； to the sentence's end
        ("政府工作报告全面回顾了2025年及“十四五”时期工作,明确了“十五五”时期经济社会发展目标任务。"
         "政府工作报告提出,2026年主要预期目标是:全市生产总值增长5%以上,在实际工作中努力争取更好结果;"
         "一般公共预算收入增长2%,居民收入增长与经济增长同步。", (), WR2026,
         [("5%以上", "target", 2026), ("2%", "target", 2026)]),
        # FZ: the same list without a year of its own, under 今年
        ("今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，在实际工作中努力争取更好结果；"
         "规上工业增加值增长6.5%；地方一般公共预算收入增长2.5%；", (), WR2026,
         [("5.5%左右", "target", 2026), ("6.5%", "target", 2026), ("2.5%", "target", 2026)]),
        # HB: 争取上级转移支付 in a review is money obtained, no promise; the clause after it neither
        ("坚持内外并举、上下联动,争取上级转移支付31.8亿元、专项资金25.8亿元,新增一般债券2.3亿元。",
         ("一、过去一年工作回顾",), WR2025,
         [("31.8亿元", "actual", 2024), ("25.8亿元", "actual", 2024), ("2.3亿元", "actual", 2024)]),
        # GZ: a result measured against the year's goal (完成年度预期目标的147.5%) promises nothing
        ("新增城镇就业29.5万人,完成年度预期目标的147.5%。", ("一、2020年工作回顾",), WR2021,
         [("29.5万人", "actual", 2020), ("147.5%", "actual", 2020)]),
    ],
)
def test_promises_stated_in_a_review(phrase: str, path: tuple[str, ...], doc: dict[str, Any],
                                     expected: list[tuple[str, str, int | None]]) -> None:
    assert [(m.surface, m.stance, m.year) for m in measures_of([phrase], path=path, **doc)] == expected
