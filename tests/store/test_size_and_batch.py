"""Storage that does not waste space, and a batch ingest over several processes with one writer."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from plantrace.pipeline import build_bundle, ingest_paths
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
    """The workers send the writer rows they made (store.prepare) instead of the parsed documents: the database
    is the one a single process makes, row for row, the search index's tokens included."""
    files = sorted(corpus.glob("*.txt"))
    serial = ingest_paths(files, tmp_path / "serial.db", workers=1)
    parallel = ingest_paths(files, tmp_path / "parallel.db", workers=2)
    assert [(r.path, r.outcome, r.doc_id, r.title, r.nodes, r.measures, r.warnings) for r in parallel.results] == [
        (r.path, r.outcome, r.doc_id, r.title, r.nodes, r.measures, r.warnings) for r in serial.results
    ]
    assert content(tmp_path / "parallel.db") == content(tmp_path / "serial.db")


def content(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (in a stable order), and every token of the FTS index with its place."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%' "
            "AND name NOT LIKE 'sqlite%' AND name <> 'schema_migrations'")]
        out = {t: sorted((tuple(r) for r in conn.execute(f"SELECT * FROM {t}")), key=repr) for t in tables}
        conn.execute("CREATE VIRTUAL TABLE temp.tokens USING fts5vocab(main, search_fts, instance)")
        out["search_fts"] = [tuple(r) for r in conn.execute("SELECT * FROM temp.tokens ORDER BY 1, 2, 3, 4")]
    assert out["documents"] and out["search_fts"]
    return out


# A worker process that dies (killed for memory) while it reads its file: the ingest's own process writes
_KILL_A_WORKER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from plantrace import pipeline

    writer, victim = os.getpid(), sys.argv[2]
    prepare = pipeline.prepare

    def dying(bundle):
        if os.getpid() != writer and bundle.parsed.document.source == victim:
            os.kill(os.getpid(), signal.SIGKILL)
        return prepare(bundle)

    pipeline.prepare = dying
    report = pipeline.ingest_paths([Path(p) for p in sys.argv[3:]], sys.argv[1], workers=2)
    for r in report.results:
        print(r.path, r.outcome, r.error or "", sep="\t")
    """
)


def test_a_worker_killed_mid_document_leaves_no_partial_rows(tmp_path: Path, corpus: Path) -> None:
    """SIGKILL of a worker while it turns its document into rows: that file is reported (the pool breaks;
    the files still in flight are done by the ingest's own process), nothing of it is half-stored, and every
    other document is stored whole."""
    files = [str(p) for p in sorted(corpus.glob("*.txt"))[:6]]
    db = tmp_path / "t.db"
    proc = subprocess.run([sys.executable, "-c", _KILL_A_WORKER, str(db), files[3], *files],
                          capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    results = [line.split("\t") for line in proc.stdout.splitlines()]
    assert [r[0] for r in results] == files
    died = [r[0] for r in results if r[1] == "None"]
    assert len(died) == 1 and all("worker reading this file died" in r[2] for r in results if r[0] in died)
    assert all(r[1] == "added" for r in results if r[0] not in died)
    with sqlite3.connect(db) as conn:
        stored = {s for (s,) in conn.execute("SELECT source FROM documents")}
        assert stored == set(files) - set(died)
        for table in ("lines", "nodes", "measures", "search_rows", "entity_industries"):
            orphans = conn.execute(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)")
            assert orphans.fetchone()[0] == 0, table
    single = tmp_path / "single.db"
    ingest_paths([Path(f) for f in files if f not in died], single)
    assert content(db) == content(single)


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


def test_a_batch_that_writes_most_of_a_database_leaves_its_pages_full(tmp_path: Path) -> None:
    """Issue #9 (a database at most 5x its corpus): the indexes keyed by document id are filled out of order
    (the ids are hashes), which left their pages about a fifth empty; a batch that wrote most of the database
    writes it again in order (VACUUM). No index on a column of a handful of values (measures' stance, scope)."""
    places = ["海珠区", "荔湾区", "从化区", "天河区", "黄埔区", "番禺区"]
    files = []
    for i in range(60):
        path = tmp_path / f"plan_{i:02d}.txt"
        body = "\n".join(f"{places[i % 6]}推进第{i}号重点项目第{k}期建设，地区生产总值增长{k % 9 + 1}%。"
                         for k in range(40))
        path.write_text(f"{places[i % 6]}国民经济和社会发展第十四个五年规划纲要（{i}）\n第一章 总则\n{body}\n",
                        encoding="utf-8")
        files.append(path)
    db = tmp_path / "t.db"
    ingest_paths(files, db)
    with sqlite3.connect(db) as conn:
        pages, unused = conn.execute(
            "SELECT sum(pgsize), sum(unused) FROM dbstat WHERE name IN "
            "('sqlite_autoindex_lines_1', 'nodes_doc', 'measures_doc', 'search_rows_doc')").fetchone()
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'measures'")}
    assert unused / pages < 0.13, (pages, unused)  # 0.18 before
    assert not indexes & {"measures_stance", "measures_scope"}


def test_a_batch_goes_in_without_a_temporary_folder_for_the_warm_up(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool's warm-up text is written to a temporary folder; where there is none, the batch goes in all the
    same (each worker loads what it needs itself)."""
    import tempfile

    files = sorted(corpus.glob("*.txt"))[:3]
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no such folder"))
    report = ingest_paths(files, tmp_path / "t.db", workers=2)
    assert not report.failures and report.count("added") == 3


def _merging(db: Path) -> dict[str, str]:
    """FTS5's merge settings that are set (absent: FTS5's defaults, automerge 4 and crisismerge 16)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT k, v FROM search_fts_config WHERE k IN ('automerge', 'crisismerge')")
        return {str(k): str(v) for k, v in rows}


DEFERRED = {"automerge": "0", "crisismerge": "64"}
RESUMED = {"automerge": "4", "crisismerge": "16"}


def test_a_batch_into_an_empty_index_merges_its_segments_once_at_the_end(tmp_path: Path, corpus: Path) -> None:
    """Issue #9 (ingest CPU): into an empty index, FTS5 does not merge each document's segment into the earlier
    ones (the batch is compacted into one segment when the store closes); merging is on again after the batch,
    and a batch into an index that holds rows leaves it on. The index holds the same tokens as ever."""
    first, second, third = (build_bundle(p) for p in sorted(corpus.glob("*.txt"))[:3])
    db = tmp_path / "t.db"
    with open_store(db) as store:
        store.save(first)
        store.save(second)
        assert _merging(db) == DEFERRED
    assert _merging(db) == RESUMED
    with open_store(db) as store:
        store.save(third)
        assert _merging(db) == RESUMED
    one_by_one = tmp_path / "one_by_one.db"
    for bundle in (first, second, third):
        with open_store(one_by_one) as store:
            store.save(bundle)
    assert content(db) == content(one_by_one)


def test_merging_left_off_by_an_interrupted_batch_is_turned_on_by_the_next(tmp_path: Path, corpus: Path) -> None:
    first, second = (build_bundle(p) for p in sorted(corpus.glob("*.txt"))[:2])
    db = tmp_path / "t.db"
    store = open_store(db)
    store.save(first)
    store.conn.close()  # killed before it closed: its document is stored, merging is off
    assert _merging(db) == DEFERRED
    with open_store(db) as store:
        store.save(second)
        assert _merging(db) == RESUMED
