"""Versioned schema migrations: numbered SQL files applied in order, once each.

The small API every store (SQLite today, PostgreSQL next) and ``plantrace db migrate`` use:

- :func:`available` — the migrations shipped with this version;
- :func:`status` — the applied, pending and unknown (newer) versions of a database;
- :func:`check_current` — refuse a database whose schema is older (``pending``) or newer than this version;
- :func:`migrate` — apply what is pending (each migration in its own transaction).

Both engines run the same numbered migrations. They are written for SQLite
(``migrations/NNNN_name.sql``); on PostgreSQL each is translated by :func:`to_postgresql` (a few type
words, see there), unless a variant file ``migrations/postgresql/NNNN_name.sql`` exists for that
number: then it runs instead (for what has no translation, like the FTS5 table of 0003). A variant
must give the same tables and columns. Nothing here changes what a migration does on SQLite.

A shipped migration is never edited. Three were (0001, 0002, 0004, before this rule was kept): databases
made by those releases lack columns added later, so migration 0005 adds them where missing
(:data:`MISSING_COLUMNS`) before its SQL runs.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from plantrace.errors import StoreError
from plantrace.store import simp_edits
from plantrace.store.db import Connection, Dialect

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

# version -> columns to add before that migration's SQL, if the table exists and lacks them
MISSING_COLUMNS: dict[int, tuple[tuple[str, str, str], ...]] = {
    5: (
        ("removed", "rule", "TEXT NOT NULL DEFAULT ''"),
        ("measures", "direction", "TEXT"),
        ("entity_projects", "group_name", "TEXT NOT NULL DEFAULT ''"),
        ("entity_projects", "category_rule", "TEXT NOT NULL DEFAULT ''"),
    ),
}


def _simp_to_edits(conn: Connection) -> None:
    """0072: the simplified lines 0071 stored where they differ from raw, as edits of raw (no alignment is
    stored, so a line whose length changed is one replacement edit: correct, a little longer)."""
    docs = [r[0] for r in conn.execute("SELECT DISTINCT doc_id FROM lines WHERE simp IS NOT NULL")]
    for doc in docs:
        rows = conn.execute("SELECT number, raw, simp FROM lines WHERE doc_id = ? AND simp IS NOT NULL", (doc,))
        edits = [(simp_edits.encode(raw, simp, ()), doc, number) for number, raw, simp in rows.fetchall()]
        conn.executemany("UPDATE lines SET simp_edits = ? WHERE doc_id = ? AND number = ?", edits)


# version -> Python run right after that migration's SQL, in its transaction (data SQL cannot convert)
CONVERSIONS: dict[int, Callable[[Connection], None]] = {72: _simp_to_edits}


class SchemaTooNew(StoreError):
    default_hint = "Upgrade plantrace (pip install -U plantrace), or use the version that made this database."


class SchemaOutdated(StoreError):
    default_hint = ""


@dataclass(frozen=True)
class Status:
    applied: tuple[int, ...]
    pending: tuple[str, ...]
    unknown: tuple[int, ...]  # applied versions this plantrace does not know: a newer release made the database

    @property
    def version(self) -> int:
        return max(self.applied, default=0)


@functools.cache
def available(dialect: Dialect = "sqlite") -> tuple[tuple[int, str, str], ...]:
    """(version, name, sql) of every migration shipped with the package, in order, for ``dialect``.
    Read once per process: the package's files do not change under it, and every store opened asks."""
    root = resources.files("plantrace.store").joinpath("migrations")
    variants = {}
    if dialect == "postgresql":
        for entry in root.joinpath("postgresql").iterdir():
            if _NAME.match(entry.name):
                variants[entry.name] = entry.read_text(encoding="utf-8")
    found = []
    for entry in root.iterdir():
        match = _NAME.match(entry.name)
        if match:
            sql = entry.read_text(encoding="utf-8")
            if dialect == "postgresql":
                sql = variants.get(entry.name) or to_postgresql(sql)
            found.append((int(match.group(1)), entry.name, sql))
    return tuple(sorted(found))


def latest() -> int:
    return max(version for version, _, _ in available())


def status(conn: Connection) -> Status:
    """What a database has applied, what it lacks, and what it has that this version does not know."""
    if not _has_table(conn, "schema_migrations"):
        applied: set[int] = set()
    else:
        applied = {int(row[0]) for row in conn.execute("SELECT version FROM schema_migrations")}
    known = {version: name for version, name, _ in available()}
    return Status(
        applied=tuple(sorted(applied)),
        pending=tuple(name for version, name in sorted(known.items()) if version not in applied),
        unknown=tuple(sorted(v for v in applied if v not in known)),
    )


def check_current(conn: Connection, where: str) -> Status:
    """Refuse a database from a newer plantrace, or one that needs migrations (for read-only use)."""
    found = status(conn)
    refuse_newer(found, where)
    if found.pending:
        if not found.applied:
            raise StoreError(f"{where} is not a plantrace database (it has no plantrace tables).",
                             hint="Check the --db path; `plantrace ingest FILES --db PATH` creates a database.")
        raise SchemaOutdated(
            f"{where} was made by an older plantrace: {len(found.pending)} schema upgrade(s) pending "
            f"({', '.join(found.pending)}). Reading commands never change a database.",
            hint=f"Upgrade it once with `plantrace db migrate --db {where}` (keep a copy if it is your only one).",
        )
    return found


def refuse_newer(found: Status, where: str) -> None:
    if found.unknown:
        raise SchemaTooNew(
            f"{where} was made by a newer plantrace (schema {max(found.unknown):04d}; this version knows up to "
            f"{latest():04d}). It was not changed."
        )


def migrate(conn: Connection, where: str = "the database") -> list[str]:
    """Apply the migrations not yet applied, each in its own transaction. Returns their names.

    Safe when two processes create one new database at once: each migration re-checks, inside its
    writer transaction (``BEGIN IMMEDIATE``; the advisory lock on PostgreSQL), whether the other
    process applied it first.
    """
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    refuse_newer(status(conn), where)
    applied = []
    done = {int(row[0]) for row in conn.execute("SELECT version FROM schema_migrations")}
    for version, name, sql in available(conn.dialect):
        if version in done:
            continue
        with conn.transaction():
            if conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone() is None:
                _add_missing_columns(conn, version)
                _run_script(conn, sql)
                if version in CONVERSIONS:
                    CONVERSIONS[version](conn)
                conn.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", (version, name))
                applied.append(name)
    return applied


def _run_script(conn: Connection, sql: str) -> None:
    script = getattr(conn, "script", None)
    if script is not None:  # PostgreSQL: the whole file at once (it may hold functions with ``;`` inside)
        script(sql)
        return
    for statement in _statements(sql):
        conn.execute(statement)


def _add_missing_columns(conn: Connection, version: int) -> None:
    for table, column, declaration in MISSING_COLUMNS.get(version, ()):
        columns = _columns(conn, table)
        if columns is not None and column not in columns:
            if conn.dialect == "postgresql":
                declaration = to_postgresql(declaration)
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")


def _columns(conn: Connection, table: str) -> set[str] | None:
    """The column names of a table (None if there is no such table)."""
    return set(conn.columns(table)) or None


def _has_table(conn: Connection, table: str) -> bool:
    """Whether the table exists (a catalog lookup: no failing statement, which would end a PostgreSQL transaction)."""
    return bool(conn.columns(table))


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (``sqlite3.complete_statement`` handles triggers)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        if not current and line.strip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


# Outside string literals and comments: the SQLite type words whose PostgreSQL meaning differs.
_PG_WORDS = re.compile(r"'(?:[^']|'')*'|--[^\n]*|\bWITHOUT\s+ROWID\b|\bINTEGER\b|\bREAL\b|\bTEXT\b")
_PG_SWAP = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "TEXT": 'TEXT COLLATE "C"'}


def to_postgresql(sql: str) -> str:
    """A SQLite migration as PostgreSQL DDL.

    - ``INTEGER`` -> ``BIGINT`` (SQLite integers are 64-bit), ``REAL`` -> ``DOUBLE PRECISION`` (SQLite
      reals are 8-byte), so the same values come back;
    - ``TEXT`` -> ``TEXT COLLATE "C"``: text sorts and compares by code point, as SQLite's BINARY
      collation does, whatever the database's locale, so ``ORDER BY`` gives the same rows in the same order;
    - ``WITHOUT ROWID`` is dropped (a PostgreSQL table is always a heap with its primary-key index).
    """

    def swap(match: re.Match[str]) -> str:
        text = match.group(0)
        if text.startswith(("'", "--")):
            return text
        if text.upper().startswith("WITHOUT"):
            return ""
        return _PG_SWAP[text]

    return _PG_WORDS.sub(swap, sql)
