"""The link job through the store and the real CLI entry point: the ``links`` contract and the reports."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from plantrace import linking, linking_coverage

CONTRACT_SIDE = {"doc", "source", "node", "path", "line_start", "line_end"}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "plantrace.cli.main", *args], capture_output=True, text=True,
                          check=False)


@pytest.fixture(scope="module")
def linked_db(sample_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("links") / "linked.db"
    shutil.copy(sample_db, db)
    report = linking.compute_links(str(db), workers=2)
    assert report.counts.get("reuse", 0) > 0
    return db


def test_links_json_follows_the_contract(linked_db: Path) -> None:
    run = _cli("links", "--db", str(linked_db), "--lower", "海珠区", "--upper", "广州市", "--json")
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert {r["relation"] for r in rows} >= {"reuse", "commitment", "positioning"}
    for row in rows:
        assert set(row["lower"]) >= CONTRACT_SIDE and set(row["upper"]) >= CONTRACT_SIDE
        assert row["lower"]["source"].endswith("haizhu_fyp14_outline_hant.txt")
        assert {"relation", "score", "evidence", "rule", "doc", "source", "line_start", "line_end"} <= set(row)
        assert row["rule"].startswith("link.") and row["rule"].endswith(".v1")
    targets = _cli("links", "--db", str(linked_db), "--relation", "target", "--json")
    for row in json.loads(targets.stdout):
        assert {"lower_measure", "upper_measure", "comparison"} <= set(row)


def test_reuse_spans_point_into_the_original_traditional_line(linked_db: Path) -> None:
    rows = linking.reuse_rows(str(linked_db), min_chars=40, lower="海珠区")
    assert rows
    hz = (Path(__file__).resolve().parents[2] / "examples/corpus/haizhu_fyp14_outline_hant.txt").read_text("utf-8")
    lines = hz.split("\n")
    for row in rows:
        side = row["lower"]
        original = lines[side["line_start"] - 1][side["start"]:side["end"]]
        assert len(original) >= 40 and original != row["evidence"]   # traditional in the file, simplified evidence


def test_coverage_in_three_formats(linked_db: Path) -> None:
    run = _cli("coverage", "从化区", "--upper", "广州市", "--db", str(linked_db), "--format", "json")
    rows = json.loads(run.stdout)
    assert {r["status"] for r in rows} <= {"carried_out", "partly", "left_out"}
    assert any(r["evidence"] for r in rows)
    md = _cli("coverage", "从化区", "--upper", "广州市", "--db", str(linked_db)).stdout
    assert md.startswith("# Coverage of 广州市 by 从化区")
    page = _cli("coverage", "从化区", "--upper", "广州市", "--db", str(linked_db), "--format", "html").stdout
    assert page.startswith("<!doctype html>") and "http" not in page


def test_places_lists_the_tree_and_takes_a_user_place(linked_db: Path, tmp_path: Path) -> None:
    rows = json.loads(_cli("places", "--db", str(linked_db), "--json").stdout)
    hz = next(r for r in rows if r["source"].endswith("haizhu_fyp14_outline_hant.txt"))
    assert hz["chain"] == ["中华人民共和国", "广东省", "广州市", "海珠区"]
    db = tmp_path / "copy.db"
    shutil.copy(linked_db, db)
    assert _cli("places", "--db", str(db), "--add", "中新广州知识城", "--parent", "广州市").returncode == 0
    missing = _cli("places", "--db", str(db), "--add", "某开发区", "--parent", "不存在市")
    assert missing.returncode == 1 and missing.stderr.startswith("Error:")


def test_coverage_of_the_upper_plan_by_every_lower_plan(linked_db: Path) -> None:
    rows = linking_coverage.coverage(str(linked_db), "all", "广州市")
    picked = {Path(s).name for r in rows for s in r["lower_docs"]}
    assert {"haizhu_fyp14_outline_hant.txt", "conghua_fyp14_outline_2022.txt"} <= picked
    assert all(r["source"].endswith(("guangzhou_fyp14_outline_partial.txt", "guangzhou_work_report_2021.txt"))
               for r in rows)
