"""The index follows the store: ingest, re-ingest of a changed file, and delete."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from plantrace.pipeline import ingest_paths
from plantrace.search import search
from plantrace.store import open_store

NEW = "建设珠江口深水潜航试验场。\n"


def _rows(db: Path, doc: str) -> int:
    conn = sqlite3.connect(db)
    try:
        fts = conn.execute("SELECT count(*) FROM search_fts").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM search_rows WHERE doc_id = ?", (doc,)).fetchone()[0]
        assert fts == conn.execute("SELECT count(*) FROM search_rows").fetchone()[0]
        return int(rows)
    finally:
        conn.close()


def test_reingest_and_delete_keep_the_index_in_step(tmp_path: Path, corpus: Path) -> None:
    source = tmp_path / "conghua.txt"
    shutil.copyfile(corpus / "conghua_fyp14_outline_2022.txt", source)
    db = tmp_path / "t.db"
    ingest_paths([source], db)
    first = search(db, "夜间经济", limit=1)[0]
    assert _rows(db, first.doc) > 100
    assert search(db, "深水潜航") == []

    ingest_paths([source], db)  # unchanged: nothing happens
    assert search(db, "夜间经济", limit=1)[0] == first

    source.write_text(source.read_text(encoding="utf-8") + NEW, encoding="utf-8")
    ingest_paths([source], db)
    hits = search(db, "深水潜航")
    assert len(hits) == 1 and hits[0].doc != first.doc
    assert "【深水潜航】" in hits[0].snippet
    assert _rows(db, first.doc) == 0  # the old version's rows went with it
    assert {h.doc for h in search(db, "夜间经济", limit=10)} == {hits[0].doc}

    with open_store(db) as store:
        store.delete(hits[0].doc)
    assert search(db, "夜间经济") == []
    assert search(db, "深水潜航") == []
    assert _rows(db, hits[0].doc) == 0
