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
