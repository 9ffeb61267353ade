"""The library: every operation the CLI, the API and the web app offer, as plain functions.

Adapters (``plantrace.cli``, ``plantrace.api``) call these and never reach into ``plantrace.store``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plantrace.errors import NotFound
from plantrace.store import Store
from plantrace.store import entities as entity_queries
from plantrace.store import measures as measure_queries
from plantrace.store import migrate as schema
from plantrace.store.core import connect, database_error, open_store, refuse_url
from plantrace.store.db import is_url, redact

__all__ = [
    "COMPARE_ASPECTS", "DatabaseStatus", "Store", "compare_places", "concepts", "database_status", "guidance",
    "industries", "known_places", "migrate_database", "node_measures", "open_store", "platforms", "projects",
    "reader", "targets",
]

Row = dict[str, Any]
COMPARE_ASPECTS = entity_queries.COMPARE_ASPECTS  # the rows of `plantrace compare`, in order


def reader(db: str | Path) -> Store:
    """The store opened for reading: never creates a database nor changes its schema."""
    return open_store(db, write=False)


def _doc_id(store: Store, doc: str | None) -> str | None:
    return str(store.document(doc)["id"]) if doc else None


def targets(db: str | Path, *, doc: str | None = None, metric: str | None = None, **filters: Any) -> list[Row]:
    """Stored quantities (``plantrace targets``): filters ``year``, ``stance``, ``kind``, ``scope``, ``limit``.

    ``metric`` is a canonical indicator (地区生产总值) or part of a metric phrase; ``doc`` an id, prefix or name.
    """
    from plantrace.extract.measures.metric import canonical

    with reader(db) as store:
        name = (canonical(metric) or metric) if metric else None
        return list(measure_queries.query(store.conn, doc=_doc_id(store, doc), metric=name, **filters))


def node_measures(store: Store, node_id: str) -> list[Row]:
    """The quantities stated in one node (``plantrace show DOC --node N``)."""
    return list(measure_queries.for_node(store.conn, node_id))


def projects(db: str | Path, *, doc: str | None = None, status: str | None = None,
             category: str | None = None) -> list[Row]:
    """Projects from boxes and project lists (``plantrace projects``)."""
    with reader(db) as store:
        return entity_queries.list_projects(store.conn, doc=_doc_id(store, doc), status=status, category=category)


def concepts(db: str | Path) -> list[Row]:
    """Named concepts grouped across documents (``plantrace concepts``)."""
    with reader(db) as store:
        return entity_queries.list_concepts(store.conn)


def platforms(db: str | Path, place: str | None = None) -> list[Row]:
    """Named zones, parks, labs and platforms (``plantrace platforms``)."""
    with reader(db) as store:
        return entity_queries.list_platforms(store.conn, place)


def industries(db: str | Path) -> list[Row]:
    """The place × industry matrix (``plantrace industries``)."""
    with reader(db) as store:
        return entity_queries.industry_matrix(store.conn)


def guidance(db: str | Path) -> list[Row]:
    """A city plan's per-district guidance rows (``plantrace guidance``)."""
    with reader(db) as store:
        return entity_queries.list_guidance(store.conn)


def compare_places(db: str | Path, places: Sequence[str], *, limit: int = 8) -> list[Row]:
    """Places side by side (``plantrace compare``); a place nothing is known about is a NotFound error."""
    with reader(db) as store:
        rows = entity_queries.compare(store.conn, places, limit=limit)
        missing = [p for p in places if not any(r["place"] == p for r in rows)]
        if missing:
            known = "、".join(entity_queries.known_places(store.conn)[:30])
            raise NotFound(f"Nothing is known about {'、'.join(missing)}.", hint=f"Known places: {known}")
    return rows


def known_places(db: str | Path) -> list[str]:
    with reader(db) as store:
        return entity_queries.known_places(store.conn)


def migrate_database(db: str | Path) -> list[str]:
    """Upgrade an existing database to this version's schema; the names of the migrations applied."""
    where = redact(str(db))
    refuse_url(where)
    if not is_url(db) and not Path(db).is_file():
        raise NotFound(f"No database at {where}.",
                       hint="Check the --db path (`plantrace ingest FILES --db PATH` creates one).")
    conn = connect(db)
    try:
        return schema.migrate(conn, where)
    except sqlite3.Error as exc:
        raise database_error(exc, where) from exc
    finally:
        conn.close()


@dataclass(frozen=True)
class DatabaseStatus:
    exists: bool
    documents: int = 0
    schema: int | None = None
    pending: tuple[str, ...] = ()
    newer: tuple[int, ...] = ()


def database_status(db: str | Path) -> DatabaseStatus:
    """What a database holds and which schema it has, without changing it (``plantrace doctor``)."""
    where = str(db)
    refuse_url(where)
    if not is_url(db) and not Path(db).is_file():
        return DatabaseStatus(exists=False)
    conn = connect(db, read_only=True)
    try:
        found = schema.status(conn)
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0] if found.applied else 0
    finally:
        conn.close()
    return DatabaseStatus(True, int(documents), found.version or None, found.pending, found.unknown)
