"""The store: a SQLite file (WAL mode) or a PostgreSQL database, one transaction per document.

All SQL goes through :mod:`plantrace.store.db`, so the same code runs on both engines."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, Literal

from plantrace.errors import NotFound, StoreError
from plantrace.models import Bundle
from plantrace.store import derived, entities, measures, search_index
from plantrace.store.db import Connection, PostgresConnection, SqliteConnection, is_url, redact
from plantrace.store.migrate import check_current, migrate
from plantrace.store.rows import (
    BLANK_LINE,
    NODE_SELECT,
    NODES,
    Row,
    Statements,
    Texts,
    decode_json_columns,
    document_row,
    document_statements,
    line_row,
    node_row,
)

SaveOutcome = Literal["added", "unchanged", "replaced"]

# Tables owned by later stages: each module has save(conn, bundle), delete(conn, doc_id), EXPORTS, and
# save's two halves: prepare(bundle) (plain rows, no database) and write(conn, rows).
EXTENSIONS: tuple[ModuleType, ...] = (measures, search_index, entities)



@dataclass(frozen=True)
class PreparedDocument:
    """One document's rows, ready to insert: made by :func:`prepare` from its bundle in any process (no
    database), written by :meth:`Store.save_prepared` in one transaction. Plain tuples of strings and numbers:
    a worker process sends these to the one writer, smaller and quicker to pass than the parsed document (no
    per-character offsets), and the work of turning a document into rows is done by the workers."""

    doc_id: str
    source: str
    location: str
    statements: Statements  # documents, lines, removed, nodes
    parts: tuple[object, ...]  # each extension's prepare(bundle), in EXTENSIONS order
    index_rows: int  # search rows (see Store.close)


def prepare(bundle: Bundle) -> PreparedDocument:
    """The rows :meth:`Store.save` would insert for ``bundle``, without a database."""
    doc = bundle.parsed.document
    location = resolved(doc.source)
    return PreparedDocument(doc.id, doc.source, location, document_statements(bundle, location),
                            tuple(ext.prepare(bundle) for ext in EXTENSIONS), len(bundle.index))


def connect(path: str | Path, *, read_only: bool = False) -> Connection:
    """A connection with the store's settings: a SQLite file, or a ``postgresql://`` URL.
    ``read_only`` never creates the file nor writes to it."""
    if is_url(path):
        return PostgresConnection.open(str(path))
    where = str(path)
    try:
        if read_only:
            uri = Path(path).absolute().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(where, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open database {where}: {exc}", hint=_open_hint(path)) from exc
    conn.row_factory = sqlite3.Row
    pragmas = ["busy_timeout=10000", "foreign_keys=ON"]
    if not read_only:
        # auto_vacuum takes effect only on a new, empty file (before journal_mode writes its header): see
        # release_free_pages. On an existing database it changes nothing.
        pragmas += ["auto_vacuum=INCREMENTAL", "journal_mode=WAL", "synchronous=NORMAL"]
    try:
        for pragma in pragmas:
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise database_error(exc, where) from exc
    return SqliteConnection(conn)


def release_free_pages(conn: SqliteConnection) -> None:
    """Give the pages freed while writing (FTS5 merges its index segments, documents are replaced) back to the
    disk. Databases made before this (auto_vacuum NONE) keep them for reuse; ``VACUUM`` shrinks those."""
    with contextlib.suppress(sqlite3.Error):  # busy or read-only: the pages stay free for reuse, nothing is lost
        conn.raw.executescript("PRAGMA incremental_vacuum;")  # executescript: every step, not the first only


def repack(conn: SqliteConnection) -> None:
    """Build the indexes again with full pages (``REINDEX``), after a batch that wrote at least half of them.

    A document's rows go into the indexes keyed by its id (a hash of its content) at a random place among
    the other documents' rows; a B-tree filled out of order keeps its pages about a fifth empty (7 % of the
    synthetic corpus' database). Built again in order, they are full, and the pages they leave are given back
    (:func:`release_free_pages`). The cost is in proportion (the batch wrote at least half of what is sorted
    again) and small: the tables are not copied, as ``VACUUM`` would (twice the CPU for the same size). One
    statement, one transaction: killed, or refused (another writer, a full disk), it leaves the database as
    it was, correct."""
    with contextlib.suppress(sqlite3.Error):
        conn.raw.execute("REINDEX")


def database_error(exc: sqlite3.Error, where: str) -> StoreError:

    """The user's or the machine's cause of a SQLite error, said plainly."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return StoreError(f"{where} is read-only: plantrace cannot write to it.",
                          hint="Give a database in a folder you can write to, or fix its permissions.")
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError(f"The disk holding {where} is full; nothing was written.",
                          hint="Free some space (or give a --db on another disk) and run the command again.")
    if "locked" in text or "busy" in text:
        return StoreError(f"{where} is busy: another plantrace process is writing to it.",
                          hint="Wait for the other process to finish and run the command again.")
    if "unable to open" in text:
        return StoreError(f"Cannot open database {where}: {exc}", hint=_open_hint(where))
    return StoreError(f"{where} is not a plantrace database: {exc}",
                      hint="Check the --db path: it should be a file made by `plantrace ingest`.")


def _open_hint(path: str | Path) -> str:
    return f"Check that the folder of {path} exists and that you may write to it."


class Store:
    """Documents, nodes and facts in one SQLite file or PostgreSQL database. Use :func:`open_store`."""

    def __init__(self, conn: Connection, path: str, *, writable: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.writable = writable
        self.indexed = 0  # search rows this store added (see close)
        self.merging: bool | None = None  # FTS5's merging as each document is written (None: not yet asked)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self.writable and isinstance(self.conn, SqliteConnection):
            if self.merging is False:
                search_index.resume_merging(self.conn)
            if self.indexed:
                search_index.compact(self.conn, self.indexed)
                if 2 * self.indexed >= search_index.row_count(self.conn):
                    repack(self.conn)
            release_free_pages(self.conn)
        self.conn.close()

    def save(self, bundle: Bundle) -> SaveOutcome:
        """Store one document in one transaction. Unchanged files are a no-op; changed ones replace.

        Identity is the resolved path: the document that was at this location before is replaced
        (checked inside the transaction, so two runs cannot both add one). The same content at
        another location is another document, listed under ``duplicates``.
        """
        doc = bundle.parsed.document
        location = resolved(doc.source)

        def insert() -> None:
            _insert_document(self.conn, document_statements(bundle, location))
            for ext in EXTENSIONS:
                ext.save(self.conn, bundle)

        return self._save(doc.id, doc.source, location, insert, len(bundle.index))

    def save_prepared(self, prepared: PreparedDocument) -> SaveOutcome:
        """:meth:`save` for the rows :func:`prepare` made (in a worker process): the same rows, the same
        transaction."""
        def insert() -> None:
            _insert_document(self.conn, prepared.statements)
            for ext, part in zip(EXTENSIONS, prepared.parts, strict=True):
                ext.write(self.conn, part)

        return self._save(prepared.doc_id, prepared.source, prepared.location, insert, prepared.index_rows)

    def _save(self, doc_id: str, source: str, location: str, insert: Callable[[], None], index_rows: int
              ) -> SaveOutcome:
        try:
            with self.transaction():
                if self._exists(doc_id):
                    return "unchanged"
                old = [r["id"] for r in self.conn.execute(
                    "SELECT id FROM documents WHERE location = ? OR (location IS NULL AND source IN (?, ?))",
                    (location, source, location),
                )]
                for old_id in old:
                    self._delete(old_id)
                if self.merging is None and isinstance(self.conn, SqliteConnection):
                    self.merging = search_index.merging_for_batch(self.conn)
                insert()
        except sqlite3.Error as exc:
            raise database_error(exc, self.path) from exc
        self.indexed += index_rows
        return "replaced" if old else "added"

    def duplicates(self, doc_id: str) -> list[str]:
        """Ids of the other documents with the same content (at other paths)."""
        rows = self.conn.execute(
            "SELECT d.id FROM documents d JOIN documents o ON o.sha256 = d.sha256 WHERE o.id = ? AND d.id <> ? "
            "ORDER BY d.source", (doc_id, doc_id))
        return [r["id"] for r in rows]

    def delete(self, doc_id: str) -> None:
        with self.transaction():
            self._delete(self.document(doc_id)["id"])

    def transaction(self) -> Any:
        """``with store.transaction():`` one writer at a time; rolled back on any exception."""
        return self.conn.transaction()

    def _exists(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def _delete(self, doc_id: str) -> None:
        for ext in EXTENSIONS:
            ext.delete(self.conn, doc_id)
        self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    # -- reading ---------------------------------------------------------------------------------

    def documents(self) -> list[Row]:
        rows = [document_row(r) for r in self.conn.execute("SELECT * FROM documents ORDER BY source")]
        by_content: dict[str, list[str]] = {}
        for row in rows:
            by_content.setdefault(row["sha256"], []).append(row["id"])
        for row in rows:
            row["duplicates"] = [i for i in by_content[row["sha256"]] if i != row["id"]]
        return rows

    def document(self, ref: str) -> Row:
        """A document by id, id prefix, source path, or a unique part of its file name."""
        like = ref.replace("%", "").replace("_", r"\_")
        for sql, args in (
            ("id = ? OR source = ? OR location = ?", (ref, ref, resolved(ref))),
            ("id LIKE ? ESCAPE '\\'", (like + "%",)),
            ("source LIKE ? ESCAPE '\\'", ("%" + like + "%",)),
        ):
            rows = self.conn.execute(f"SELECT * FROM documents WHERE {sql}", args).fetchall()
            if len(rows) == 1:
                return document_row(rows[0])
            if rows:
                names = ", ".join(Path(r["source"]).name for r in rows[:8])
                hint = "Give more of the name, or the id."
                raise NotFound(f"{len(rows)} documents match {ref!r}: {names}.", hint=hint)
        raise NotFound(f"No document matches {ref!r}.", hint="`plantrace ls` lists the documents and their ids.")

    def nodes(self, doc_id: str) -> list[Row]:
        rows = self.conn.execute(NODES + " WHERE n.doc_id = ? ORDER BY n.ord", (doc_id,)).fetchall()
        texts = Texts(self.conn)
        return [node_row(r, texts) for r in rows]

    def node(self, node_id: str) -> Row:
        row = self.conn.execute(NODES + " WHERE n.id = ?", (node_id,)).fetchone()
        if row is None:
            raise NotFound(f"No node {node_id!r}.", hint="Node ids are listed by `plantrace show DOC --outline`.")
        return node_row(row, Texts(self.conn, span=(int(row["line_start"]), int(row["head_end"]))))

    def lines(self, doc_id: str, start: int, end: int) -> list[Row]:
        rows = self.conn.execute(
            "SELECT number, raw, simp_edits, page, page_line, ocr_confidence FROM lines "
            "WHERE doc_id = ? AND number BETWEEN ? AND ? "
            "ORDER BY number",
            (doc_id, start, end),
        )
        return derived.filled(self.conn, doc_id, start, end, map(line_row, rows), BLANK_LINE)

    def page_of(self, doc_id: str, number: int) -> int | None:
        """The printed page of one line (None for a format without pages)."""
        row = self.conn.execute("SELECT page FROM lines WHERE doc_id = ? AND number = ?", (doc_id, number)).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def removed(self, doc_id: str) -> list[Row]:
        rows = self.conn.execute(
            "SELECT line_start, line_end, reason, rule FROM removed WHERE doc_id = ? ORDER BY line_start", (doc_id,)
        )
        return [dict(r) for r in rows]

    def export_names(self) -> list[str]:
        names = ["documents", "nodes", "removed"]
        for ext in EXTENSIONS:
            names.extend(ext.EXPORTS)
        return names

    def export_rows(self, what: str) -> Iterator[Row]:
        """Stream the rows of one exportable table (``documents``, ``nodes``, ``measures`` …)."""
        queries = {
            "documents": "SELECT * FROM documents ORDER BY source",
            "nodes": f"SELECT {NODE_SELECT}, d.source FROM nodes n {derived.PARENT} "
            "JOIN documents d ON d.id = n.doc_id ORDER BY d.source, n.ord",
            "removed": "SELECT r.*, d.source FROM removed r JOIN documents d ON d.id = r.doc_id "
            "ORDER BY d.source, r.line_start",
        }
        for ext in EXTENSIONS:
            queries.update(ext.EXPORTS)
        if what not in queries:
            raise NotFound(f"Nothing to export called {what!r}.", hint=f"Choose one of: {', '.join(queries)}")
        texts = Texts(self.conn)
        for row in self.conn.execute(queries[what]):
            yield node_row(row, texts, order="ord") if what == "nodes" else decode_json_columns(dict(row))


def open_store(path: str | Path, *, write: bool = True) -> Store:
    """Open the SQLite database at ``path``, or the PostgreSQL database at a ``postgresql://`` URL.

    ``write=True`` (ingest and other writing commands) creates the database if needed and applies
    pending migrations. ``write=False`` (every reading command) never creates a file nor changes a
    schema: a missing database, one made by an older plantrace (see ``plantrace db migrate``) or by a
    newer one is an error that says so.
    """
    if is_url(path):
        return _open_postgresql(str(path), write=write)
    where = str(path)
    refuse_url(where)
    if not write:
        if not Path(path).is_file():
            raise NotFound(f"No database at {where}.",
                           hint="Check the --db path (`plantrace ingest FILES --db PATH` creates one).")
        conn = connect(path, read_only=True)
        try:
            check_current(conn, where)
        except BaseException:
            conn.close()
            raise
        return Store(conn, where)
    if Path(path).is_dir():
        raise StoreError(f"{where} is a folder, not a database file.", hint="Give a file path such as plantrace.db.")
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the folder of {where}: {exc.strerror or exc}", hint=_open_hint(path)) from exc
    conn = connect(path)
    try:
        migrate(conn, where)
    except sqlite3.Error as exc:
        conn.close()
        raise database_error(exc, where) from exc
    except BaseException:
        conn.close()
        raise
    return Store(conn, where, writable=True)


def _open_postgresql(url: str, *, write: bool) -> Store:
    """Like the SQLite case: writing opens migrate a new or older database, reading ones only check."""
    where = redact(url)
    conn = connect(url)
    try:
        if write:
            migrate(conn, where)
        else:
            check_current(conn, where)
    except sqlite3.Error as exc:
        conn.close()
        hint = "Check that the database exists and that the user may use it."
        raise StoreError(f"{where}: {exc}", hint=hint) from exc
    except BaseException:
        conn.close()
        raise
    return Store(conn, where)


def refuse_url(where: str) -> None:
    """A database URL is never a path: ``postgresql://…`` goes to PostgreSQL, other URLs are refused."""
    if "://" in where and not is_url(where):
        scheme = where.split("://", 1)[0].lower()
        raise StoreError(f"{scheme}:// databases are not supported.",
                         hint="Use a SQLite file path or a postgresql:// URL for --db.")


def resolved(source: str) -> str:
    """The document's location: its path with symlinks, ``.`` and ``..`` resolved (as the ingest id does)."""
    return os.path.realpath(source)


def _insert_document(conn: Connection, statements: Statements) -> None:
    """Insert the rows of ``documents``, ``lines``, ``removed`` and ``nodes`` (inside the transaction)."""
    for sql, rows in statements:
        conn.executemany(sql, rows)
