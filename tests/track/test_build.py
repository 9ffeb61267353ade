"""How a number is meant (one year, a period average, a period total), read from real sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace import pipeline, tracking
from plantrace.track.build import plan_period, read_scope

# (line text, the number as written, stance, year the measures stage gave, issued, expected scope, period)
SENTENCES = [
    ("》提出，今后五年国内生产总值年均增长7.5%，这是综合考虑", "7.5%", "target", 2010, 2006,
     "period_average", (2006, 2010)),
    ("》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右、主要污染物排放总量减少10%", "20%左右", "target", 2010,
     2006, "period_cumulative", (2006, 2010)),
    ("关停小火电机组7210万千瓦。五年累计，单位国内生产总值能耗下降 19.1%，化学需氧量", "19.1%", "actual", 2010, 2011,
     "period_cumulative", (2006, 2010)),
    ("　　近三年累计，单位国内生产总值能耗下降10.08%，化学需氧量", "10.08%", "actual", 2008, 2009,
     "period_cumulative", (2006, 2008)),
    ("“十四五”时期地區生產總值年均增長6%左右", "6%左右", "target", 2025, 2021, "period_average", (2021, 2025)),
    ("经济运行保持在合理区间。国内生产总值增长6.6%，总量突破90万亿元。", "6.6%", "actual", 2018, 2019, "annual", None),
    ("2006 年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%；", "1.2%", "actual", 2006, 2007,
     "annual", None),
    ("地区生产总值跨过3万亿元、年均增长5.2％，较“十三五”末净增1万亿元。一般公共预算收入年均增长7.8％。", "7.8％",
     "actual", 2025, 2026, "period_average", None),
]


@pytest.mark.parametrize(("text", "surface", "stance", "year", "issued", "scope", "period"), SENTENCES)
def test_scope_from_the_sentence(text: str, surface: str, stance: str, year: int, issued: int, scope: str,
                                 period: tuple[int, int] | None) -> None:
    row = {"line_text": text, "start": text.index(surface), "stance": stance, "year": year, "issued_year": issued,
           "kind": "growth", "direction": "down" if "下降" in text or "降低" in text else "up"}
    got_scope, got_period = read_scope(row, stance)
    assert got_scope == scope
    if period is not None:
        assert got_period == period


@pytest.mark.parametrize(("text", "period"), [
    ("“十三五”时期", (2016, 2020)), ("十四五规划", (2021, 2025)), ("“十五”期间", (2001, 2005)),
    ("较“十三五”末净增", None), ("第十五届人民代表大会", None), ("二十五个", None),
])
def test_plan_names(text: str, period: tuple[int, int] | None) -> None:
    assert plan_period(text) == period


def test_a_document_without_a_place_is_not_tracked(tmp_path: Path) -> None:
    doc = tmp_path / "no_place.txt"
    doc.write_text("今年发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业10万人以上。\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    pipeline.ingest_paths([doc], db)
    summary = tracking.build_tracking(db)
    assert (summary.targets, summary.observations, summary.jurisdictions) == (0, 0, ())
    assert [Path(s).name for s in summary.unplaced] == ["no_place.txt"]
