"""Storage that does not waste space, and a batch ingest over several processes with one writer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from plantrace.pipeline import ingest_paths
from plantrace.store import open_store

LONG_LINE = "推进粤港澳大湾区建设，" * 150  # a 1,650-character paragraph: longer than a WITHOUT ROWID cell keeps


def test_long_lines_do_not_leave_overflow_pages_mostly_empty(tmp_path: Path) -> None:
    doc = tmp_path / "long.txt"
    doc.write_text("广州市国民经济和社会发展第十四个五年规划纲要\n第一章 总则\n" + (LONG_LINE + "\n") * 300,
                   encoding="utf-8")
    db = tmp_path / "t.db"
    ingest_paths([doc], db)
    with sqlite3.connect(db) as conn:
        ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'lines'").fetchone()[0]
        pages, unused = conn.execute("SELECT sum(pgsize), sum(unused) FROM dbstat WHERE name = 'lines'").fetchone()
    assert "WITHOUT ROWID" not in ddl.upper()
    assert unused / pages < 0.35, (pages, unused)
    with open_store(db, write=False) as store:
        doc_id = store.documents()[0]["id"]
        assert store.lines(doc_id, 3, 3)[0]["raw"] == LONG_LINE


def test_a_batch_over_several_processes_stores_what_one_process_stores(tmp_path: Path, corpus: Path) -> None:
    files = sorted(corpus.glob("*.txt"))
    serial = ingest_paths(files, tmp_path / "serial.db", workers=1)
    parallel = ingest_paths(files, tmp_path / "parallel.db", workers=2)
    assert [(r.path, r.outcome, r.doc_id, r.nodes, r.measures) for r in parallel.results] == [
        (r.path, r.outcome, r.doc_id, r.nodes, r.measures) for r in serial.results
    ]

    def content(db: Path) -> list[tuple[object, ...]]:
        with sqlite3.connect(db) as conn:
            return [tuple(r) for r in conn.execute(
                "SELECT d.id, (SELECT count(*) FROM lines WHERE doc_id = d.id), "
                "(SELECT count(*) FROM nodes WHERE doc_id = d.id), "
                "(SELECT count(*) FROM measures WHERE doc_id = d.id), "
                "(SELECT count(*) FROM search_rows WHERE doc_id = d.id) FROM documents d ORDER BY d.id")]

    assert content(tmp_path / "parallel.db") == content(tmp_path / "serial.db")


def test_a_failing_file_in_a_parallel_batch_is_reported_and_the_rest_go_in(tmp_path: Path, corpus: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    files = [*sorted(corpus.glob("*.txt"))[:2], bad, *sorted(corpus.glob("*.txt"))[2:]]
    report = ingest_paths(files, tmp_path / "t.db", workers=2)
    assert [r.path for r in report.results] == [str(f) for f in files]
    assert [r.path for r in report.failures] == [str(bad)]
    assert report.count("added") == len(files) - 1


def test_blank_lines_and_repeated_paths_are_not_stored_and_read_back_as_parsed(tmp_path: Path, corpus: Path) -> None:
    """Issue #9 (database at most 5x the corpus): a blank line without a page has no row, a node's path is
    stored only where it is not its parent's; every reader gives back what the parser made."""
    from plantrace.pipeline import parse_file
    from plantrace.store import links as queries

    source = corpus / "guangzhou_work_report_2021.txt"  # every other line blank
    parsed = parse_file(source)
    db = tmp_path / "t.db"
    ingest_paths([source], db)
    with sqlite3.connect(db) as conn:
        line_rows = conn.execute("SELECT count(*) FROM lines").fetchone()[0]
        paths_stored = conn.execute("SELECT count(path) FROM nodes").fetchone()[0]
    blank = sum(1 for ln in parsed.lines if not ln.raw)
    assert blank > 100 and line_rows == len(parsed.lines) - blank
    assert paths_stored < len(parsed.nodes) / 2
    with open_store(db, write=False) as store:
        doc = store.documents()[0]
        assert doc["lines"] == len(parsed.lines)
        lines = store.lines(doc["id"], 1, doc["lines"])
        assert [(ln["number"], ln["raw"], ln["simp"], ln["page"]) for ln in lines] == [
            (ln.number, ln.raw, ln.simp, ln.page) for ln in parsed.lines]
        assert [ln["number"] for ln in store.lines(doc["id"], 2, 9)] == list(range(2, 10))
        nodes = store.nodes(doc["id"])
        assert [(n["path"], n["text"], n["simp"]) for n in nodes] == [
            (list(n.path), n.text, n.simp) for n in parsed.nodes]
        assert [n["path"] for n in store.export_rows("nodes")] == [list(n.path) for n in parsed.nodes]
        assert [(r["number"], r["raw"]) for r in queries.lines(store.conn, doc["id"])] == [
            (ln.number, ln.raw) for ln in parsed.lines]
        assert [r["path"] for r in queries.nodes(store.conn, doc["id"])] == [list(n.path) for n in parsed.nodes]
