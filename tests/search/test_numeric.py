"""Numeric questions are answered from the extracted measures first, each with its line."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from plantrace.search import search
from plantrace.store import measures as measures_store

WR = "guangzhou_work_report_2021.txt"
QUESTION = "2021年广州地区生产总值增长目标"
CONTRACT = ("doc", "node", "line", "start", "end", "surface", "metric", "value", "value_max", "unit",
            "comparator", "stance", "year", "kind", "missing_value", "rule")


def _copy(sample_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.db"
    src, dst = sqlite3.connect(sample_db), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


def _wr_measure(conn: sqlite3.Connection) -> dict[str, Any]:
    """The 2021 GDP growth target of WR L128 (`地区生产总值增长6%以上`), as the measures contract has it."""
    doc = conn.execute("SELECT id FROM documents WHERE source LIKE ?", ("%" + WR,)).fetchone()[0]
    raw = conn.execute("SELECT raw FROM lines WHERE doc_id = ? AND number = 128", (doc,)).fetchone()[0]
    node = conn.execute("SELECT node_id FROM search_rows WHERE doc_id = ? AND line_start <= 128 "
                        "AND line_end >= 128", (doc,)).fetchone()[0]
    start = raw.index("6%以上")
    return {"doc": doc, "node": node, "line": 128, "start": start, "end": start + len("6%以上"), "surface": "6%以上",
            "metric": "地区生产总值", "value": 6.0, "value_max": None, "unit": "%", "comparator": ">=",
            "stance": "target", "year": 2021, "kind": "growth", "missing_value": False,
            "rule": "measure.growth.v1"}


def _check_first_hit(db: Path) -> None:
    hits = search(db, QUESTION, limit=5)
    first = hits[0]
    assert first.kind == "measure" and Path(first.source).name == WR
    assert (first.line_start, first.line_end) == (128, 128)
    assert "【6%以上】" in first.snippet
    assert first.measure is not None and first.measure["stance"] == "target"
    assert any(h.kind == "passage" for h in hits)  # passages follow


def test_answer_from_the_extracted_measures(sample_db: Path) -> None:
    """End to end: the measures stage extracted WR L128, and search puts it first."""
    _check_first_hit(sample_db)
    assert all(h.kind == "passage" for h in search(sample_db, "夜间经济", limit=5))  # not a numeric question


@pytest.mark.parametrize(
    ("query", "name", "line", "surface"),
    [
        ("2021年城镇登记失业率目标", WR, 128, "3.5%以内"),
        ("2016年国内生产总值增长目标", "national_work_report_2016.txt", 85, "6.5%－7%"),
    ],
)
def test_numeric_questions(sample_db: Path, query: str, name: str, line: int, surface: str) -> None:
    first = search(sample_db, query, limit=5)[0]
    assert first.kind == "measure" and Path(first.source).name == name and first.line_start == line
    assert f"【{surface}】" in first.snippet


def test_no_measures_means_passages_only(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(measures_store, "query")
    hits = search(sample_db, QUESTION, limit=5)
    assert hits and all(h.kind == "passage" for h in hits)
    assert hits[0].line_start == 128


def test_answer_from_the_measures_query_function(
    sample_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _copy(sample_db, tmp_path)
    conn = sqlite3.connect(db)
    row = _wr_measure(conn)
    conn.close()
    asked: dict[str, Any] = {}

    def query(
        _conn: sqlite3.Connection, *, metric: str, year: int | None = None, limit: int = 20
    ) -> list[dict[str, Any]]:
        asked.update(metric=metric, year=year)
        return [row] if metric == "地区生产总值" else []

    def metrics(_conn: sqlite3.Connection) -> list[str]:
        return ["地区生产总值", "一般公共预算收入"]

    monkeypatch.setattr(measures_store, "query", query, raising=False)
    monkeypatch.setattr("plantrace.store.search_index.measure_metrics", metrics)
    _check_first_hit(db)
    assert asked == {"metric": "地区生产总值", "year": 2021}


@pytest.mark.parametrize(
    ("query", "filters", "name", "line"),
    [
        ("海珠区2025年地区生产总值增长目标", {}, "haizhu_fyp14_outline_hant.txt", 120),
        ("从化区GDP目标", {}, "conghua_fyp14_outline_2022.txt", 43),  # GDP is a synonym of 地区生产总值
        ("地区生产总值增长目标", {"jurisdiction": "从化区"}, "conghua_fyp14_outline_2022.txt", 43),
    ],
)
def test_place_and_synonym_select_the_measure(
    sample_db: Path, query: str, filters: dict[str, str], name: str, line: int
) -> None:
    first = search(sample_db, query, limit=5, **filters)[0]  # type: ignore[arg-type]
    assert (first.kind, Path(first.source).name, first.line_start) == ("measure", name, line)


def test_kind_measure_gives_measures_only(sample_db: Path) -> None:
    hits = search(sample_db, QUESTION, limit=5, kind="measure")
    assert hits and all(h.kind == "measure" for h in hits)
    assert search(sample_db, "夜间经济", kind="measure") == []
