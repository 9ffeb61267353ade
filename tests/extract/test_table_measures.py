"""Quantities of indicator tables (rule measure.table.v1): year and stance from the column headers.

Rows as the Word and PDF readers write them (cells between `` | ``), from the main-indicator tables of
several governments' plans and annual plans.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.models import Measure
from plantrace.pipeline import process_file


def _measures(tmp_path: Path, lines: list[str]) -> list[Measure]:
    path = tmp_path / "plan.txt"
    head = ["某市国民经济和社会发展第十四个五年规划纲要", "第二章 发展目标"]
    path.write_text("\n".join([*head, *lines]), encoding="utf-8")
    return [m for m in process_file(path)[1].measures if m.rule == "measure.table.v1"]


def _row(found: list[Measure], metric: str) -> list[tuple[object, ...]]:
    return [(m.value, m.unit, m.stance, m.year, m.scope, m.period, m.comparator) for m in found if m.metric == metric]


def test_outline_table_base_year_target_year_average_growth(tmp_path: Path) -> None:
    found = _measures(tmp_path, [
        "表1 “十四五”时期经济社会发展主要指标",
        "指标 | 2020年 | 2025年 | 年均增长 | 属性",
        "地区生产总值(亿元) | 2540.1 | 3400 | 6%左右 | 预期性",
        "森林覆盖率(%) | 62.1 | 62.5 | [0.4] | 约束性",
        "单位地区生产总值能耗降低(%) | — | — | [14] | 约束性",
    ])
    assert _row(found, "地区生产总值") == [
        (2540.1, "亿元", "actual", 2020, "annual", None, "="),
        (3400.0, "亿元", "target", 2025, "annual", None, "="),
        (6.0, "%", "target", 2025, "period_average", (2021, 2025), "~"),
    ]
    assert _row(found, "森林覆盖率")[-1] == (0.4, "%", "target", 2025, "period_cumulative", (2021, 2025), "=")
    [energy] = [m for m in found if m.metric == "单位地区生产总值能耗降低"]
    assert energy.direction == "down" and energy.value == 14.0  # — cells give nothing


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        ("指标 | 单位 | 2020年基期 | 2025年目标 | 属性", "研发经费投入强度 | % | 2.3 | 3以上 | 预期性",
         [(2.3, "%", "actual", 2020), (3.0, "%", "target", 2025)]),
        ("指标名称 | 2023年完成 | 2024年预期目标", "规模以上工业增加值增长(%) | 6.1 | 6左右",
         [(6.1, "%", "actual", 2023), (6.0, "%", "target", 2024)]),
        ("主要指标 | 2015年 | 2020年 | 2025年", "常住人口城镇化率(%) | 55.2 | 60.5 | 65",
         [(55.2, "%", "actual", 2015), (60.5, "%", "target", 2020), (65.0, "%", "target", 2025)]),
    ],
    ids=["unit-column-and-header-words", "annual-plan-done-and-expected", "three-years"],
)
def test_headers_say_year_and_stance(
    tmp_path: Path, header: str, row: str, expected: list[tuple[object, ...]]
) -> None:
    found = _measures(tmp_path, [header, row, row])
    first_row = [(m.value, m.unit, m.stance, m.year) for m in found if m.line == 4]
    assert first_row == expected


def test_offsets_point_at_the_cell_in_the_original_line(tmp_path: Path) -> None:
    line = "粮食产量(万吨) | 1120 | 1150以上"
    found = _measures(tmp_path, ["指标 | 2020年 | 2025年", line, "森林覆盖率(%) | 45 | 46"])
    assert [line[m.start:m.end] for m in found if m.line == 4] == ["1120", "1150以上"]
    assert [m.comparator for m in found if m.line == 4] == ["=", ">="]
