"""Entities in the SQLite store and the commands that read them (through the real entry point)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from plantrace.pipeline import ingest_paths
from plantrace.store import entities as queries
from plantrace.store import open_store

PLANTRACE = str(Path(sys.executable).parent / "plantrace")
SOURCE_KEYS = {"doc", "source", "line_start", "line_end"}


def run(*args: str) -> str:
    proc = subprocess.run([PLANTRACE, *args], capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_projects_filter_by_status_and_category(sample_db: Path) -> None:
    with open_store(sample_db) as store:
        building = queries.list_projects(store.conn, status="在建")
        rail = queries.list_projects(store.conn, category="轨道交通")
        researched = queries.list_projects(store.conn, status="研究", category="轨道")
    assert "3号线东延段" in {r["name"] for r in building}
    assert {r["status"] for r in building} == {"在建"}
    assert {"3号线东延段", "24号线", "22号线南延线"} <= {r["name"] for r in rail}
    assert {r["name"] for r in researched} == {"22号线南延线", "城市轨道第四期建设规划线路"}
    assert all(set(r) >= SOURCE_KEYS for r in building)


def test_category_filter_is_exact_on_the_canonical_category_else_a_group_substring(sample_db: Path) -> None:
    with open_store(sample_db) as store:
        hospitals = queries.list_projects(store.conn, category="医疗卫生")
        skeleton = queries.list_projects(store.conn, category="骨架")      # no such category: the group heading
        nothing = queries.list_projects(store.conn, category="医院项目x")
    assert {r["category"] for r in hospitals} == {"医疗卫生"}
    assert {"广州医科大学附属从化妇女儿童医院", "广州呼吸中心"} <= {r["name"] for r in hospitals}
    assert {r["group"] for r in skeleton} == {"骨架提升项目"}
    assert {"火炉山隧道", "如意大桥"} <= {r["name"] for r in skeleton}
    assert nothing == []


def test_cli_projects_show_the_group_and_take_a_traditional_category(sample_db: Path) -> None:
    rows = json.loads(run("projects", "--db", str(sample_db), "--category", "軌道交通", "--json"))
    assert {r["category"] for r in rows} == {"轨道交通"}
    assert {"城市轨道交通项目", "轨道交通项目"} <= {r["group"] for r in rows}
    table = run("projects", "--db", str(sample_db), "--category", "轨道交通")
    assert "group" in table and "城市轨道交通项目" in table


def test_concepts_are_grouped_across_documents_and_scripts(sample_db: Path) -> None:
    with open_store(sample_db) as store:
        concepts = {c["key"]: c for c in queries.list_concepts(store.conn)}
    layout = concepts["1区1谷1圈"]
    assert {"一区一谷一圈", "一區一谷一圈"} <= set(layout["names"])
    assert layout["documents"] >= 2
    assert {"part": "一区", "definition": "琶洲人工智能与数字经济试验区"} in layout["parts"]
    assert concepts["建党100周年"]["documents"] >= 2
    assert all(set(m) >= SOURCE_KEYS for m in layout["mentions"])


def test_industry_matrix_cells_cite_their_sentences(sample_db: Path) -> None:
    with open_store(sample_db) as store:
        cells = {(c["place"], c["industry"]): c for c in queries.industry_matrix(store.conn)}
    cell = cells[("海珠区", "人工智能")]
    assert cell["count"] == len(cell["evidence"]) >= 5
    assert any("人工智能" in e["sentence"] or "人工智能" in e["sentence"] for e in cell["evidence"])
    assert set(cell) >= SOURCE_KEYS


def test_guidance_rows_are_stored(sample_db: Path) -> None:
    with open_store(sample_db) as store:
        rows = queries.list_guidance(store.conn, "荔湾")
    assert [r["district"] for r in rows] == ["荔湾区"]
    assert rows[0]["platforms"].startswith("构建“一带两区”发展新格局")
    assert (rows[0]["line_start"], rows[0]["line_end"]) == (201, 204)


def test_exports_and_reingest_and_delete(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "one.db"
    path = corpus / "conghua_fyp14_outline_2022.txt"
    ingest_paths([path], db)
    with open_store(db) as store:
        first = list(store.export_rows("projects"))
        assert first and all(set(r) >= SOURCE_KEYS for r in first)
        assert {"projects", "concepts", "platforms", "industries", "guidance"} <= set(store.export_names())
    ingest_paths([path], db)  # unchanged: nothing doubles
    with open_store(db) as store:
        assert len(list(store.export_rows("projects"))) == len(first)
        store.delete(store.documents()[0]["id"])
        for table in ("entity_projects", "entity_concepts", "entity_platforms", "entity_industries"):
            assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


@pytest.mark.parametrize("place", ["海珠", "海珠区", "廣州市海珠區"])
def test_place_names_in_either_form(place: str) -> None:
    assert queries.place_pattern(place) == "海珠%"


def test_cli_projects_json_rows_have_their_source(sample_db: Path) -> None:
    rows = json.loads(run("projects", "--db", str(sample_db), "--status", "规划", "--category", "轨道", "--json"))
    assert {r["name"] for r in rows} >= {"24号线", "8号线万胜围至莲花段"}
    for row in rows:
        assert {"name", "category", "status", "place"} | SOURCE_KEYS <= set(row)


def test_cli_concepts_platforms_industries_guidance(sample_db: Path) -> None:
    concepts = json.loads(run("concepts", "--db", str(sample_db), "--json"))
    assert any(c["key"] == "1核2翼3带" for c in concepts)
    platforms = json.loads(run("platforms", "--db", str(sample_db), "--json"))
    assert any(p["name_simp"] == "琶洲人工智能与数字经济试验区" for p in platforms)
    assert not [p for p in platforms if "网投" in p["name"]]
    cells = json.loads(run("industries", "--db", str(sample_db), "--json"))
    assert all(set(c) >= SOURCE_KEYS for c in cells)
    guidance = json.loads(run("guidance", "--db", str(sample_db), "--json"))
    assert any("琶洲人工智能与数字经济试验区" in r["platforms"] for r in guidance)
    assert "District guidance (11)" in run("guidance", "--db", str(sample_db))


def test_cli_compare_formats(sample_db: Path) -> None:
    md = run("compare", "海珠区", "荔湾区", "从化区", "--db", str(sample_db))
    assert md.startswith("| aspect | 海珠区 | 荔湾区 | 从化区 |")
    assert "一區一谷一圈 [haizhu_fyp14_outline_hant.txt:L" in md
    assert "一区一谷一圈: also in own plan [haizhu_fyp14_outline_hant.txt:L" in md
    assert "haizhu_fyp14_outline_hant.txt:L" in md
    html = run("compare", "海珠区", "从化区", "--db", str(sample_db), "--format", "html")
    assert html.startswith('<table class="plantrace-compare">') and "<th>从化区</th>" in html
    rows = list(csv.DictReader(io.StringIO(run("compare", "荔湾", "--db", str(sample_db), "--format", "csv"))))
    assert {r["aspect"] for r in rows} >= {"positioning", "concepts", "industries", "platforms", "projects"}
    assert all(r["source"] and r["line_start"] for r in rows)
    as_json = json.loads(run("compare", "从化区", "--db", str(sample_db), "--json"))
    assert all(set(r) >= SOURCE_KEYS for r in as_json)


def test_cli_compare_unknown_place_says_which_places_are_known(sample_db: Path) -> None:
    proc = subprocess.run([PLANTRACE, "compare", "北京市", "--db", str(sample_db)], capture_output=True, text=True,
                          timeout=300, check=False)
    assert proc.returncode == 1
    assert "Nothing is known about 北京市" in proc.stderr and "海珠区" in proc.stderr


def test_compare_checks_the_city_guidance_against_the_district_plan(sample_db: Path) -> None:
    with open_store(sample_db) as store:
        rows = [r for r in queries.compare(store.conn, ["从化区", "海珠区"]) if r["aspect"] == "city_vs_own"]
    values = {r["value"]: r for r in rows}
    assert values["一核两翼三带: also in own plan"]["source"].endswith("conghua_fyp14_outline_2022.txt")
    assert values["琶洲人工智能与数字经济试验区: also in own plan"]["source"].endswith("haizhu_fyp14_outline_hant.txt")
    drift = values["从化温泉生态经济总部集聚区: own plan says 从化温泉总部集聚区"]  # naming drift, DATA-NOTES 21
    assert drift["said_by"] == "own plan" and drift["line_start"] == 9
