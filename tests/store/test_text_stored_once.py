"""The text is stored once: no copy in the FTS index or the nodes; replacing and deleting keep the index exact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrace.pipeline import ingest_paths, parse_file
from plantrace.search import search
from plantrace.store import open_store, simp_edits

QUERIES = ("夜间经济", "粤港澳大湾区", "地区生产总值", "生态", "2025")


def index_state(db: Path) -> tuple[object, ...]:
    """What BM25 ranks by: every term's rows and occurrences, per column, and the table's totals."""
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search_fts, col)")
        terms = conn.execute("SELECT term, col, doc, cnt FROM temp.v ORDER BY term, col").fetchall()
        rows = conn.execute("SELECT count(*) FROM search_rows").fetchone()[0]
        averages = conn.execute("SELECT block FROM search_fts_data WHERE id = 1").fetchone()[0]
    return terms, rows, averages


def scores(db: Path) -> list[list[tuple[str, int, float]]]:
    return [[(h.source, h.line_start, round(h.score, 9)) for h in search(db, q, limit=20)] for q in QUERIES]


def test_replacing_and_deleting_leave_the_index_as_a_fresh_ingest_would(tmp_path: Path, corpus: Path) -> None:
    first, second = tmp_path / "a" / "conghua.txt", tmp_path / "a" / "liwan.txt"
    first.parent.mkdir()
    shutil.copyfile(corpus / "conghua_fyp14_outline_2022.txt", first)
    shutil.copyfile(corpus / "liwan_fyp14_outline_scraped.txt", second)
    db = tmp_path / "churn.db"
    ingest_paths([first, second], db)
    text = second.read_text(encoding="utf-8")
    second.write_text(text.replace("发展", "發展") + "建设珠江口深水潜航试验场，发展夜间经济。\n", encoding="utf-8")
    assert ingest_paths([second], db).count("replaced") == 1
    with open_store(db) as store:
        store.delete(store.document(str(first))["id"])

    fresh = tmp_path / "fresh.db"
    ingest_paths([second], fresh)
    assert index_state(db) == index_state(fresh)
    assert scores(db) == scores(fresh)
    assert search(db, "深水潜航")


def test_text_is_not_stored_again_and_reads_back_as_parsed(tmp_path: Path, corpus: Path) -> None:
    source = corpus / "haizhu_fyp14_outline_hant.txt"  # traditional script: simp differs from raw
    db = tmp_path / "t.db"
    ingest_paths([source], db)
    simplified = tmp_path / "s.db"
    ingest_paths([corpus / "guangzhou_work_report_2021.txt"], simplified)  # full-width punctuation made half-width
    with sqlite3.connect(simplified) as conn:
        differ, lines, edits_size, raw_size = conn.execute(
            "SELECT count(simp_edits), count(*), sum(length(simp_edits)), sum(length(raw)) FROM lines").fetchone()
    assert differ > lines / 3 and edits_size < raw_size / 5  # many lines differ, in a few characters
    parsed = parse_file(source)
    with sqlite3.connect(db) as conn:
        node_columns = [d[0] for d in conn.execute("SELECT * FROM nodes WHERE 0").description]
        stored_simp = conn.execute("SELECT count(simp_edits) FROM lines").fetchone()[0]
        fts_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").fetchone()[0]
    assert "text" not in node_columns and "simp" not in node_columns
    assert 0 < stored_simp < len(parsed.lines)  # only where the simplified line differs
    assert "content = ''" in fts_sql
    with open_store(db, write=False) as store:
        doc = store.documents()[0]["id"]
        nodes = store.nodes(doc)
        assert [(n["text"], n["simp"]) for n in nodes] == [(n.text, n.simp) for n in parsed.nodes]
        assert store.node(nodes[5]["id"])["text"] == parsed.nodes[5].text
        assert [(r["raw"], r["simp"]) for r in store.lines(doc, 1, 40)] == [
            (ln.raw, ln.simp) for ln in parsed.lines[:40]]
        exported = list(store.export_rows("nodes"))
        assert [r["simp"] for r in exported] == [n.simp for n in parsed.nodes]
        keys = list(exported[0])
        assert keys[keys.index("ord"):keys.index("attrs") + 1] == ["ord", "text", "simp", "attrs"]  # as before


ALPHABET = "，,。.；;：:=~-0123456789 \u3000發发展區区ａa\x1f"


@given(st.text(ALPHABET, max_size=40), st.text(ALPHABET, max_size=40), st.lists(st.integers(-2, 45), max_size=40))
def test_edits_give_back_the_simplified_line_whatever_the_alignment(raw: str, simp: str, index: list[int]) -> None:
    edits = simp_edits.encode(raw, simp, index)
    assert simp_edits.decode(raw, edits) == simp
    assert (edits is None) == (raw == simp)


@pytest.mark.parametrize(("raw", "simp"), [
    ("发展，改革；", "发展,改革;"),                      # full-width punctuation made half-width
    ("\u3000\u3000推进发展", "推进发展"),                  # indentation left out
    ("第一章 总则", "第一章总则"),                        # a space left out
    ("廣州市海珠區", "广州市海珠区"),                      # traditional script
    ("ＧＤＰ增长 ６％", "GDP增长6%"),                       # full-width letters and digits, a space left out
])
def test_edits_are_short_for_what_normalising_does(raw: str, simp: str) -> None:
    from plantrace.ingest.normalise import make_lines  # the real alignment (Line.index)

    line = make_lines([raw])[0]
    assert line.simp == simp
    edits = simp_edits.encode(raw, simp, line.index)
    assert simp_edits.decode(raw, edits) == simp
    assert edits is not None and len(edits) <= 4 * max(1, sum(a != b for a, b in zip(raw, simp, strict=False)))
