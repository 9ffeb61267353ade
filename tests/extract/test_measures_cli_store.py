"""`plantrace measures FILE --json` (the contract) and `plantrace targets` over a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from plantrace.cli.main import cli
from plantrace.pipeline import ingest_paths, process_file
from plantrace.store import measures as measure_store
from plantrace.store import open_store

CONTRACT_KEYS = {"doc", "node", "line", "start", "end", "surface", "metric", "value", "value_max", "unit",
                 "comparator", "stance", "year", "kind", "missing_value", "rule", "direction", "scope", "period"}
TARGET_KEYS = {"doc", "source", "line_start", "line_end", "metric", "value", "unit", "comparator", "stance",
               "year", "surface", "rule", "kind", "direction", "scope", "period"}


def invoke(*args: str) -> Any:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(scope="module")
def work_report_db(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    db = tmp_path_factory.mktemp("measures") / "m.db"
    files = [corpus / "guangzhou_work_report_2021.txt", corpus / "haizhu_fyp14_outline_hant.txt"]
    report = ingest_paths(files, db)
    assert not report.failures
    return db


def test_measures_json_follows_the_contract(corpus: Path) -> None:
    path = corpus / "guangzhou_work_report_2021.txt"
    rows = invoke("measures", str(path), "--json")
    assert len(rows) > 200
    assert all(set(r) >= CONTRACT_KEYS for r in rows)
    raw = path.read_text(encoding="utf-8").splitlines()
    for row in rows:
        assert raw[row["line"] - 1][row["start"]:row["end"]] == row["surface"]
        assert row["comparator"] in {">=", "<=", "~", "=", "range"}
        assert row["stance"] in {"actual", "target"}
        assert row["kind"] in {"level", "growth", "share", "count", "change", "ratio", "rank", "other"}
        assert row["missing_value"] == (row["value"] is None)
        assert row["direction"] in {"up", "down", None}
        assert row["scope"] in {"annual", "period_average", "period_cumulative"}
        assert (row["period"] is None) or (row["scope"] != "annual" and row["period"][1] == row["year"])
    gdp = [(r["surface"], r["stance"], r["year"]) for r in rows if r["metric"] == "地区生产总值" and r["line"] == 128]
    assert gdp == [("6%以上", "target", 2021)]


def test_no_measures_from_removed_chrome_or_the_toc(corpus: Path) -> None:
    parsed, facts = process_file(corpus / "guangzhou_work_report_2021.txt")
    removed = {n for r in parsed.removed for n in range(r.line_start, r.line_end + 1)}
    toc = {n for node in parsed.nodes if node.kind == "toc" for n in range(node.line_start, node.line_end + 1)}
    assert not [m for m in facts.measures if m.line in removed | toc]
    assert not [m for m in facts.measures if m.surface in ("16042710", "44010402000227", "12345")]


def test_targets_shows_the_gdp_target_beside_the_gdp_result(work_report_db: Path) -> None:
    rows = invoke("targets", "--db", str(work_report_db), "--doc", "guangzhou_work_report_2021.txt",
                  "--metric", "地区生产总值", "--json")
    assert all(set(r) >= TARGET_KEYS for r in rows)
    seen = {(r["line_start"], r["surface"], r["comparator"], r["stance"], r["year"]) for r in rows}
    assert (128, "6%以上", ">=", "target", 2021) in seen
    assert (22, "2.5万亿元", ">=", "actual", 2020) in seen
    assert {r["direction"] for r in rows if r["line_start"] == 128 and r["surface"] == "6%以上"} == {"up"}


@pytest.mark.parametrize(
    ("args", "check"),
    [
        (("--stance", "target", "--year", "2021"), lambda r: r["stance"] == "target" and r["year"] == 2021),
        (("--kind", "growth",), lambda r: r["kind"] == "growth"),
        (("--metric", "GDP", "--stance", "actual"), lambda r: r["metric_canonical"] == "地区生产总值"),
        (("--metric", "城镇登记失业率",), lambda r: r["metric_canonical"] == "城镇登记失业率"),
        (("--scope", "period_average"), lambda r: r["scope"] == "period_average" and r["period"] is not None),
        (("--scope", "annual"), lambda r: r["scope"] == "annual" and r["period"] is None),
    ],
)
def test_targets_filters(work_report_db: Path, args: tuple[str, ...], check: Any) -> None:
    rows = invoke("targets", "--db", str(work_report_db), *args, "--json")
    assert rows and all(check(r) for r in rows)


def test_store_round_trip_and_node_listing(work_report_db: Path, corpus: Path) -> None:
    _parsed, facts = process_file(corpus / "haizhu_fyp14_outline_hant.txt")
    with open_store(work_report_db) as store:
        doc = store.document("haizhu_fyp14_outline_hant.txt")["id"]
        rows = measure_store.query(store.conn, doc=doc)
        assert [(r["line"], r["start"], r["end"], r["value"], r["unit"], r["stance"], r["rule"], r["direction"],
                 r["scope"], r["period"]) for r in rows] == [
            (m.line, m.start, m.end, m.value, m.unit, m.stance, m.rule, m.direction, m.scope,
             list(m.period) if m.period else None) for m in facts.measures
        ]
        assert {r["scope"] for r in rows} >= {"annual", "period_average"}
        assert {r["direction"] for r in rows} >= {"up", "down", None}
        node = facts.measures[0].node
        listed = measure_store.for_node(store.conn, node)
        assert listed and {r["node"] for r in listed} == {node}
        assert measure_store.query(store.conn, doc=doc, limit=3) == rows[:3]
        assert "measures" in store.export_names()
        store.delete(doc)
        assert measure_store.query(store.conn, doc=doc) == []


@pytest.mark.parametrize(
    ("name", "first", "last", "stance"),
    [
        # review and plan regions of the sample corpus (DATA-NOTES item 19)
        ("haizhu_fyp14_outline_hant.txt", 85, 105, "actual"),
        ("haizhu_fyp14_outline_hant.txt", 106, 359, "target"),
        ("conghua_fyp14_outline_2022.txt", 6, 18, "actual"),
        ("conghua_fyp14_outline_2022.txt", 19, 410, "target"),
        ("liwan_fyp14_outline_scraped.txt", 15, 35, "actual"),
        ("liwan_fyp14_outline_scraped.txt", 36, 205, "target"),
        ("guangzhou_work_report_2021.txt", 16, 104, "actual"),
        ("guangzhou_work_report_2021.txt", 126, 232, "target"),
        ("guangzhou_fyp14_outline_partial.txt", 99, 564, "target"),
    ],
)
def test_stance_follows_the_review_and_plan_regions(corpus: Path, name: str, first: int, last: int,
                                                     stance: str) -> None:
    _parsed, facts = process_file(corpus / name)
    # a threshold (measure.scale.v1: 百亿元以上项目, 3岁以下婴幼儿) is a condition of no year whose stance the
    # measures README fixes as actual wherever it stands
    inside = [m for m in facts.measures if first <= m.line <= last and m.rule != "measure.scale.v1"]
    assert inside
    assert [(m.line, m.surface) for m in inside if m.stance != stance] == []


def test_a_database_made_before_scope_upgrades_and_keeps_its_measures(tmp_path: Path) -> None:
    """A store made with the migrations up to 0004 gains scope/period; its old rows read as annual."""
    import sqlite3

    from plantrace.store.migrate import available

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    for version, name, sql in available():
        if version > 4:
            break
        conn.executescript(sql)
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, name))
    conn.execute(
        "INSERT INTO documents (id, source, sha256, format, encoding, title, jurisdiction, level, doc_type, "
        "script, lines, warnings) VALUES ('d1', 'old.txt', 'x', 'txt', 'utf-8', '', '', 'unknown', 'other', "
        "'hans', 1, '[]')")
    conn.execute(
        "INSERT INTO measures (doc_id, node_id, line, char_start, char_end, surface, metric, unit, comparator, "
        "stance, kind, missing_value, rule) VALUES ('d1', 'n', 1, 0, 2, '6%', 'GDP', '%', '=', 'target', "
        "'growth', 0, 'measure.growth.v1')")
    conn.commit()
    conn.close()
    with open_store(db) as store:
        rows = measure_store.query(store.conn, doc="d1")
    assert [(r["surface"], r["scope"], r["period"]) for r in rows] == [("6%", "annual", None)]
