"""The store: a SQLite file (WAL mode) or a PostgreSQL database, one transaction per document.

All SQL goes through :mod:`plantrace.store.db`, so the same code runs on both engines."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, Literal

from plantrace.errors import NotFound, StoreError
from plantrace.models import Bundle, Document, Node
from plantrace.store import derived, entities, measures, search_index, simp_edits
from plantrace.store.db import Connection, PostgresConnection, SqliteConnection, is_url, redact
from plantrace.store.migrate import check_current, migrate

SaveOutcome = Literal["added", "unchanged", "replaced"]
Row = dict[str, Any]

# Tables owned by later stages: each module has save(conn, bundle), delete(conn, doc_id), EXPORTS, and
# save's two halves: prepare(bundle) (plain rows, no database) and write(conn, rows).
EXTENSIONS: tuple[ModuleType, ...] = (measures, search_index, entities)

Statements = list[tuple[str, list[Sequence[object]]]]  # (INSERT by column name, its rows)


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
    return PreparedDocument(doc.id, doc.source, location, _document_statements(bundle, location),
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
            _insert_document(self.conn, _document_statements(bundle, location))
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
        rows = [_document_row(r) for r in self.conn.execute("SELECT * FROM documents ORDER BY source")]
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
                return _document_row(rows[0])
            if rows:
                names = ", ".join(Path(r["source"]).name for r in rows[:8])
                hint = "Give more of the name, or the id."
                raise NotFound(f"{len(rows)} documents match {ref!r}: {names}.", hint=hint)
        raise NotFound(f"No document matches {ref!r}.", hint="`plantrace ls` lists the documents and their ids.")

    def nodes(self, doc_id: str) -> list[Row]:
        rows = self.conn.execute(_NODES + " WHERE n.doc_id = ? ORDER BY n.ord", (doc_id,)).fetchall()
        texts = _Texts(self.conn)
        return [_node_row(r, texts) for r in rows]

    def node(self, node_id: str) -> Row:
        row = self.conn.execute(_NODES + " WHERE n.id = ?", (node_id,)).fetchone()
        if row is None:
            raise NotFound(f"No node {node_id!r}.", hint="Node ids are listed by `plantrace show DOC --outline`.")
        return _node_row(row, _Texts(self.conn, span=(int(row["line_start"]), int(row["head_end"]))))

    def lines(self, doc_id: str, start: int, end: int) -> list[Row]:
        rows = self.conn.execute(
            "SELECT number, raw, simp_edits, page, page_line, ocr_confidence FROM lines "
            "WHERE doc_id = ? AND number BETWEEN ? AND ? "
            "ORDER BY number",
            (doc_id, start, end),
        )
        return derived.filled(self.conn, doc_id, start, end, map(line_row, rows), _BLANK_LINE)

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
            "nodes": f"SELECT {_NODE_SELECT}, d.source FROM nodes n {derived.PARENT} "
            "JOIN documents d ON d.id = n.doc_id ORDER BY d.source, n.ord",
            "removed": "SELECT r.*, d.source FROM removed r JOIN documents d ON d.id = r.doc_id "
            "ORDER BY d.source, r.line_start",
        }
        for ext in EXTENSIONS:
            queries.update(ext.EXPORTS)
        if what not in queries:
            raise NotFound(f"Nothing to export called {what!r}.", hint=f"Choose one of: {', '.join(queries)}")
        texts = _Texts(self.conn)
        for row in self.conn.execute(queries[what]):
            yield _node_row(row, texts, order="ord") if what == "nodes" else _decode_json_columns(dict(row))


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


def _document_statements(bundle: Bundle, location: str) -> Statements:
    """The rows of ``documents``, ``lines``, ``removed`` and ``nodes`` for one document."""
    parsed = bundle.parsed
    doc_id = parsed.document.id
    edits = (simp_edits.encode(ln.raw, ln.simp, ln.index) for ln in parsed.lines)
    return [
        (_insert("documents", (*_DOCUMENT_COLUMNS, "location")), [(*_document_values(parsed.document), location)]),
        (_insert("lines", ("doc_id", "number", "raw", "simp_edits", "page", "page_line", "ocr_confidence")),
         [(doc_id, ln.number, ln.raw, edit, ln.page, ln.page_line, ln.ocr_confidence)
          for ln, edit in zip(parsed.lines, edits, strict=True) if derived.is_stored(ln, edit)]),
        (_insert("removed", ("doc_id", "line_start", "line_end", "reason", "rule")),
         [(doc_id, r.line_start, r.line_end, r.reason, r.rule) for r in parsed.removed]),
        (_insert("nodes", _NODE_COLUMNS), list(map(_node_values, parsed.nodes, derived.stored_paths(parsed.nodes)))),
    ]


def _insert_document(conn: Connection, statements: Statements) -> None:
    """Insert the rows of ``documents``, ``lines``, ``removed`` and ``nodes`` (inside the transaction)."""
    for sql, rows in statements:
        conn.executemany(sql, rows)


def _insert(table: str, columns: Sequence[str]) -> str:
    """``INSERT INTO t (a, b) VALUES (?, ?)``: rows always go in by column name."""
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


_DOCUMENT_COLUMNS = (
    "id", "source", "sha256", "format", "encoding", "title", "jurisdiction", "level", "doc_type",
    "period_start", "period_end", "issued", "script", "lines", "warnings",
)
_NODE_COLUMNS = (
    "id", "doc_id", "parent", "kind", "number", "label", "title", "path", "line_start", "line_end", "head_end",
    "ord", "attrs", "page_start", "page_end",
)


def _document_values(doc: Document) -> Sequence[object]:
    start, end = doc.period if doc.period else (None, None)
    warnings = json.dumps([asdict(w) for w in doc.warnings], ensure_ascii=False)
    return (
        doc.id, doc.source, doc.sha256, doc.format, doc.encoding, doc.title, doc.jurisdiction, doc.level,
        doc.doc_type, start, end, doc.issued, doc.script, doc.lines, warnings,
    )


def _node_values(node: Node, path: str | None) -> Sequence[object]:
    return (
        node.id, node.doc_id, node.parent, node.kind, node.number, node.label, node.title,
        path, node.line_start, node.line_end, node.head_end,
        node.order, json.dumps(dict(node.attrs), ensure_ascii=False), node.page_start, node.page_end,
    )


# a node's columns in their order, its path derived where it is not stored (store/derived.py)
_NODE_SELECT = ", ".join(f"{derived.PATH} AS path" if c == "path" else f"n.{c}" for c in _NODE_COLUMNS)
# a node with where it begins on its printed page (``page_line``, NULL without pages)
_NODES = (f"SELECT {_NODE_SELECT}, l.page_line FROM nodes n {derived.PARENT} "
          "LEFT JOIN lines l ON l.doc_id = n.doc_id AND l.number = n.line_start")
# a line that has no row: blank, without a page (migration 0075)
_BLANK_LINE: Row = {"number": 0, "raw": "", "page": None, "page_line": None, "ocr_confidence": None, "simp": ""}

_JSON_COLUMNS = ("warnings", "path", "attrs")


def _decode_json_columns(row: Row) -> Row:
    for key in _JSON_COLUMNS:
        if key in row and isinstance(row[key], str):
            row[key] = json.loads(row[key])
    return row


def _document_row(row: Any) -> Row:
    out = _decode_json_columns(dict(row))
    out["period"] = [out.pop("period_start"), out.pop("period_end")] if out["period_start"] else None
    out.pop("period_start", None)
    out.pop("period_end", None)
    return out


def line_row(row: Any) -> Row:
    """A stored line as it reads: ``simp`` rebuilt from ``raw`` and ``simp_edits`` (migration 0072)."""
    out = dict(row)
    out["simp"] = simp_edits.decode(out["raw"], out.pop("simp_edits"))
    return out


class _Texts:
    """The lines of one document at a time, to join a node's text and simp from (nodes do not store them).

    ``span``: read only these lines (one node); otherwise all lines of the document asked for."""

    def __init__(self, conn: Connection, span: tuple[int, int] | None = None) -> None:
        self.conn = conn
        self.span = span
        self.doc_id: str | None = None
        self.lines: dict[int, tuple[str, str]] = {}

    def joined(self, doc_id: str, start: int, end: int) -> tuple[str, str]:
        if doc_id != self.doc_id:
            self.doc_id = doc_id
            low, high = self.span or (0, 2**62)
            rows = self.conn.execute(
                "SELECT number, raw, simp_edits FROM lines WHERE doc_id = ? AND number BETWEEN ? AND ?",
                (doc_id, low, high),
            )
            self.lines = {int(r[0]): (str(r[1]), simp_edits.decode(str(r[1]), r[2])) for r in rows}
        own = [self.lines.get(n, ("", "")) for n in range(start, end + 1)]  # a blank line has no row (0075)
        return "\n".join(raw for raw, _ in own), "\n".join(simp for _, simp in own)


def _node_row(row: Any, texts: _Texts, order: str = "order") -> Row:
    """A node as it was stored before migration 0071: its text and simp (its own lines) before ``attrs``."""
    out = _decode_json_columns(dict(row))
    text, simp = texts.joined(out["doc_id"], int(out["line_start"]), int(out["head_end"]))
    ordered: Row = {}
    for key, value in out.items():
        if key == "attrs":
            ordered["text"], ordered["simp"] = text, simp
        ordered[order if key == "ord" else key] = value
    return ordered
