"""The store, on SQLite and on PostgreSQL (the ``db`` fixture): round trips, idempotent re-ingest, clean
replacement, transactions, migrations."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plantrace.errors import NotFound
from plantrace.pipeline import build_bundle, ingest_paths
from plantrace.store import core, open_store
from plantrace.store.migrate import available

TABLES = ("documents", "lines", "removed", "nodes")


def counts(db: str | Path) -> dict[str, int]:
    with open_store(db, write=False) as store:
        return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_document_round_trip(db: str, corpus: Path) -> None:
    path = corpus / "guangzhou_work_report_2021.txt"
    bundle = build_bundle(path)
    with open_store(db) as store:
        assert store.save(bundle) == "added"
        doc = store.document(bundle.parsed.document.id)
        nodes = store.nodes(doc["id"])
        lines = store.lines(doc["id"], 1, 10_000)
    assert doc["source"] == str(path)
    assert doc["lines"] == 243 == len(lines)
    assert [n["id"] for n in nodes] == [n.id for n in bundle.parsed.nodes]
    assert [(n["line_start"], n["line_end"]) for n in nodes] == [
        (n.line_start, n.line_end) for n in bundle.parsed.nodes
    ]
    assert lines[21]["raw"] == path.read_text(encoding="utf-8").split("\n")[21]


def test_reingest_unchanged_is_a_no_op(db: str, corpus: Path) -> None:
    files = [corpus / "liwan_fyp14_outline_scraped.txt", corpus / "conghua_fyp14_outline_2022.txt"]
    first = ingest_paths(files, db)
    before = counts(db)
    second = ingest_paths(files, db)
    assert first.count("added") == 2
    assert second.count("unchanged") == 2
    assert counts(db) == before


def test_changed_file_replaces_its_old_version(db: str, tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "report.txt"
    shutil.copy(corpus / "guangzhou_work_report_2021.txt", path)
    old_id = ingest_paths([path], db).results[0].doc_id
    with path.open("a", encoding="utf-8") as f:
        f.write("\n新增的一段文字。\n")
    result = ingest_paths([path], db).results[0]
    assert result.outcome == "replaced"
    assert result.doc_id != old_id
    with open_store(db) as store:
        assert [d["id"] for d in store.documents()] == [result.doc_id]
        orphans = store.conn.execute("SELECT count(*) FROM nodes WHERE doc_id = ?", (old_id,)).fetchone()[0]
    assert orphans == 0


def test_delete_cascades(db: str, corpus: Path) -> None:
    doc_id = ingest_paths([corpus / "liwan_fyp14_outline_scraped.txt"], db).results[0].doc_id
    with open_store(db) as store:
        store.delete(doc_id)
        with pytest.raises(NotFound):
            store.document(doc_id)
    assert counts(db) == dict.fromkeys(TABLES, 0)


def test_failure_inside_save_rolls_back_the_whole_document(
    db: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest_paths([corpus / "liwan_fyp14_outline_scraped.txt"], db)
    before = counts(db)

    def explode(conn: object, bundle: object) -> None:
        raise RuntimeError("disk on fire")

    failing = SimpleNamespace(save=explode, delete=lambda conn, doc_id: None, EXPORTS={})
    monkeypatch.setattr(core, "EXTENSIONS", (*core.EXTENSIONS, failing))
    with open_store(db) as store, pytest.raises(RuntimeError):
        store.save(build_bundle(corpus / "conghua_fyp14_outline_2022.txt"))
    assert counts(db) == before


def test_migrations_apply_once_in_order(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    open_store(db).close()
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert versions == [v for v, _, _ in available()]
    assert versions[0] == 1 and len(set(versions)) == len(versions)
    assert mode == "wal"


def test_document_lookup_by_id_prefix_and_file_name(sample_store: str) -> None:
    with open_store(sample_store, write=False) as store:
        doc = store.document("haizhu")
        assert store.document(doc["id"][:6])["id"] == doc["id"]
        with pytest.raises(NotFound, match="documents match"):
            store.document("fyp14")


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    from plantrace.errors import StoreError

    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a plantrace database"):
        open_store(bad)


paragraph = st.text(alphabet=st.sampled_from("第一二三章节、。,发展经济增长6%到年\n 专栏注:海珠區"), max_size=60)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(paragraph, min_size=1, max_size=12))
def test_store_round_trip_of_arbitrary_documents(tmp_path: Path, paragraphs: list[str]) -> None:
    text = "\n".join(paragraphs) + "文"
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    bundle = build_bundle(path)
    db = tmp_path / f"{bundle.parsed.document.id}.db"
    with open_store(db) as store:
        store.save(bundle)
        assert store.save(bundle) == "unchanged"
        nodes = store.nodes(bundle.parsed.document.id)
        lines = store.lines(bundle.parsed.document.id, 1, 10_000)
    assert [(n["id"], n["kind"], n["parent"], n["text"]) for n in nodes] == [
        (n.id, n.kind, n.parent, n.text) for n in bundle.parsed.nodes
    ]
    assert [ln["raw"] for ln in lines] == [ln.raw for ln in bundle.parsed.lines]


def test_the_store_keeps_no_reference_to_saved_documents(db: str, corpus: Path) -> None:
    """Memory must stay flat over a long ingest: nothing may hold on to a bundle once it is saved."""
    import sys

    bundle = build_bundle(corpus / "guangzhou_fyp14_outline_partial.txt")
    assert bundle.facts.guidance and bundle.facts.measures  # every extension writes rows
    parts = (bundle, bundle.facts, bundle.parsed)
    before = [sys.getrefcount(p) for p in parts]
    with open_store(db) as store:
        store.save(bundle)
    assert [sys.getrefcount(p) for p in parts] == before
