"""Databases made by earlier releases upgrade; newer ones are refused; reading never migrates or creates."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import shutil
import sqlite3
from pathlib import Path

import pytest

import plantrace.store
from plantrace.errors import NotFound, StoreError
from plantrace.library import migrate_database
from plantrace.pipeline import ingest_paths
from plantrace.search import search
from plantrace.store import open_store
from plantrace.store.migrate import SchemaOutdated, SchemaTooNew, available

RELEASES = Path(__file__).parent / "fixtures" / "releases"
OLD_RELEASES = sorted(RELEASES.glob("*.db"))
TINY_TITLE = "广州市海珠区国民经济和社会发展第十四个五年规划纲要"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def columns(db: Path, table: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [d[0] for d in conn.execute(f"SELECT * FROM {table} WHERE 1 = 0").description]


def test_there_is_a_fixture_for_every_earlier_schema() -> None:
    assert len(OLD_RELEASES) >= 5


@pytest.mark.parametrize("release", OLD_RELEASES, ids=lambda p: p.stem)
def test_a_database_made_by_an_earlier_release_upgrades(release: Path, tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(release, db)
    with sqlite3.connect(db) as conn:
        indexed = conn.execute("SELECT count(*) FROM search_rows").fetchone()[0] > 0
        old_lines = [tuple(r) for r in conn.execute("SELECT number, raw, simp FROM lines ORDER BY number")]
        old_paths = [json.loads(r[0]) for r in conn.execute("SELECT path FROM nodes ORDER BY ord")]
    # reading refuses (and leaves the file alone) until the user upgrades it
    before = digest(db)
    with pytest.raises(SchemaOutdated, match="older plantrace"):
        open_store(db, write=False)
    assert digest(db) == before
    applied = migrate_database(db)
    assert "0005_columns_of_edited_migrations.sql" in applied
    assert migrate_database(db) == []
    assert "rule" in columns(db, "removed")
    assert "direction" in columns(db, "measures")
    assert {"group_name", "category_rule"} <= set(columns(db, "entity_projects"))
    # the old document is still there and readable, and new documents go in next to it
    report = ingest_paths([corpus / "guangzhou_fyp14_outline_partial.txt"], db)
    assert not report.failures, report.failures
    with open_store(db, write=False) as store:
        docs = store.documents()
        assert TINY_TITLE in {d["title"] for d in docs}
        assert len(docs) == 2
        old = next(d for d in docs if d["title"] == TINY_TITLE)
        assert store.nodes(old["id"])
        # the text moved out of nodes and search_fts (0070, 0071) reads back whole, and still finds the old document
        lines = store.lines(old["id"], 1, old["lines"])
        for node in store.nodes(old["id"]):
            own = [ln for ln in lines if node["line_start"] <= ln["number"] <= node["head_end"]]
            assert node["text"] == "\n".join(ln["raw"] for ln in own) and node["simp"] == "\n".join(
                ln["simp"] for ln in own)
        assert any(ln["raw"] for ln in lines)
        assert [(ln["number"], ln["raw"], ln["simp"]) for ln in lines] == old_lines  # lines.simp -> simp_edits
        assert [n["path"] for n in store.nodes(old["id"])] == old_paths  # paths derived where not stored (0074)
    if indexed:
        assert any(h.doc == old["id"] for h in search(db, "地区生产总值年均增长", limit=20))
    with open_store(db) as store:
        store.delete(old["id"])  # the FTS 'delete' of rows indexed before the upgrade
    assert all(h.doc != old["id"] for h in search(db, "地区生产总值年均增长", limit=20))
    with sqlite3.connect(db) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [v for v, _, _ in available()]


def test_migrations_on_main_are_never_edited() -> None:
    """Every shipped migration file, SQLite and PostgreSQL variants alike, keeps the bytes it was released with.

    A change to a shipped migration is a new migration; add the new file here when it lands on main.
    """
    shipped = {
        "0001_core.sql": "5aabdf1367bbd1ae",
        "0002_measures.sql": "e84965965a9785f2",
        "0003_search.sql": "c83f9dcea24722f7",
        "0004_entities.sql": "5ce607d0ee139b4c",
        "0005_columns_of_edited_migrations.sql": "894437403f35c3fa",
        "0006_document_location.sql": "680b3c3c6a3c2e04",
        "0007_lines_rowid.sql": "9a0f499952b38ea6",
        "0010_measure_scope.sql": "7e282e55e601ffa3",
        "0020_track.sql": "0989e7776725a436",
        "0030_links.sql": "173ddd452e6a018b",
        "0040_accounts.sql": "a2534b6bf8948767",
        "0050_portable_functions.sql": "bf0686ff0166e53b",
        "0051_search_ranking.sql": "c2f7de853f4b69c7",
        "0052_phrase_counts_per_query.sql": "3a00ade36dbfaaea",
        "0053_search_generation.sql": "2e7b07b29d280a08",
        "0060_pages.sql": "f6017fd64bbda27b",
        "0070_search_fts_contentless.sql": "bb0fa6f6fad11199",
        "0071_text_stored_once.sql": "21c8cec44a24de1b",
        "0072_simp_edits.sql": "3c379684f898a106",
        "0073_drop_lines_simp.sql": "5f93cda54a8e08c5",
        "0074_node_path_where_own.sql": "f7fd068b1eebfb42",
        "0075_no_blank_line_rows.sql": "c622e8e3e281487f",
        "0076_measures_without_low_cardinality_indexes.sql": "d2d368d8378137bb",
        "0090_measure_warning.sql": "c12ad617c0fdbbae",
        "0091_line_ocr_confidence.sql": "6e764ccc8feea7d4",
        "postgresql/0003_search.sql": "7da872bb6d45a92a",
        "postgresql/0007_lines_rowid.sql": "f309a493eaf17c0f",
        "postgresql/0050_portable_functions.sql": "1cb836a17ad58cc1",
        "postgresql/0051_search_ranking.sql": "b72a65a7097327e1",
        "postgresql/0052_phrase_counts_per_query.sql": "6be66555ff823f96",
        "postgresql/0053_search_generation.sql": "495eab05fa0cea6a",
        "postgresql/0070_search_fts_contentless.sql": "937f86ee3047eec1",
    }
    root = Path(plantrace.store.__file__).parent / "migrations"
    found = {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()[:16]
             for path in root.rglob("*.sql")}
    for name, expected in shipped.items():
        assert found.get(name) == expected, f"{name} was edited or removed: add a new migration instead"
    assert set(found) == set(shipped), f"list the new migration files here: {sorted(set(found) - set(shipped))}"


def test_a_database_from_a_newer_plantrace_is_refused_and_left_alone(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "new.db"
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_future.sql')")
    before = digest(db)
    for opening in (lambda: open_store(db), lambda: open_store(db, write=False), lambda: migrate_database(db)):
        with pytest.raises(SchemaTooNew, match="newer plantrace"):
            opening()
    with pytest.raises(SchemaTooNew):
        ingest_paths([corpus / "liwan_fyp14_outline_scraped.txt"], db)
    assert digest(db) == before


def test_reading_never_creates_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(NotFound, match="No database"):
        open_store(missing, write=False)
    assert not missing.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_plantrace_database_is_refused_for_reading(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a plantrace database"):
        open_store(other, write=False)


@pytest.mark.parametrize("url", ["postgresql://user@127.0.0.1:1/plans", "postgres://u:pw@127.0.0.1:1/db"])
def test_a_postgresql_url_is_never_a_path(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for write in (True, False):
        with pytest.raises(StoreError, match="Cannot connect to postgres"):
            open_store(url, write=write)
    assert list(tmp_path.iterdir()) == []


def _create(path: str, start: multiprocessing.synchronize.Event) -> None:  # pragma: no cover - child process
    start.wait()
    open_store(path).close()


def test_two_processes_creating_one_new_database_at_once(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    for attempt in range(3):
        db = str(tmp_path / f"race{attempt}.db")
        start = ctx.Event()
        procs = [ctx.Process(target=_create, args=(db, start)) for _ in range(3)]
        for proc in procs:
            proc.start()
        start.set()
        for proc in procs:
            proc.join(60)
        assert [p.exitcode for p in procs] == [0, 0, 0]
        with sqlite3.connect(db) as conn:
            versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == [v for v, _, _ in available()]
