"""The library: every operation the CLI, the API and the web app offer, as plain functions.

Adapters (``plantrace.cli``, ``plantrace.api``) call these and never reach into ``plantrace.store``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from plantrace.errors import NotFound
from plantrace.store import migrate as schema
from plantrace.store.core import connect, database_error, open_store, refuse_url
from plantrace.store.db import is_url, redact

__all__ = ["DatabaseStatus", "database_status", "migrate_database", "open_store"]


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
