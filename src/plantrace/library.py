"""The library: every operation the CLI, the API and the web app offer, as plain functions.

Adapters (``plantrace.cli``, ``plantrace.api``) call these and never reach into ``plantrace.store``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plantrace import pipeline
from plantrace.errors import DocumentTooLarge, InputError, NotFound, UnsupportedFormat
from plantrace.models import Given
from plantrace.store import Store
from plantrace.store import entities as entity_queries
from plantrace.store import measures as measure_queries
from plantrace.store import migrate as schema
from plantrace.store.core import connect, database_error, open_store, refuse_url
from plantrace.store.db import is_url, redact

__all__ = [
    "COMPARE_ASPECTS",
    "DatabaseStatus",
    "Store",
    # the web app's
    "compare",
    "compare_aspects",
    "compare_places",
    "concepts",
    "database_status",
    "document",
    "documents",
    "guidance",
    "industries",
    "known_places",
    "measures",
    "migrate_database",
    "node_measures",
    "nodes",
    "open_store",
    "parse_upload",
    "passages",
    "places",
    "platforms",
    "prepare_database",
    "projects",
    "reader",
    "reader_view",
    "remove_document",
    "save_bundle",
    "targets",
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


# -- the web app's questions (same rows as the CLI) ----------------------------------------------

DB = str | Path


def documents(db: DB) -> list[Row]:
    """Every document: the rows of ``plantrace ls --json``."""
    with open_store(db, write=False) as store:
        return [document_row(d) for d in store.documents()]


def document_row(doc: Row) -> Row:
    period = doc["period"]
    return {
        "doc": doc["id"], "source": doc["source"], "file": Path(doc["source"]).name, "title": doc["title"],
        "jurisdiction": doc["jurisdiction"],
        "level": doc["level"], "doc_type": doc["doc_type"], "period": f"{period[0]}-{period[1]}" if period else "",
        "issued": doc["issued"], "script": doc["script"], "lines": doc["lines"],
        "warnings": ", ".join(sorted({w["code"] for w in doc["warnings"]})),
        "line_start": 1, "line_end": doc["lines"],
    }


def document(db: DB, ref: str) -> Row:
    """One document with its warnings and removed runs: ``plantrace show DOC --json``."""
    with open_store(db, write=False) as store:
        doc = store.document(ref)
        return {**doc, "doc": doc["id"], "line_start": 1, "line_end": doc["lines"], "removed": store.removed(doc["id"])}


def nodes(db: DB, ref: str, *, outline: bool = False) -> list[Row]:
    """The structure nodes of a document in order (``outline``: headings, boxes and notes only)."""
    with open_store(db, write=False) as store:
        doc = store.document(ref)
        rows = store.nodes(doc["id"])
    return [node_row(n, doc) for n in rows if not (outline and n["kind"] == "paragraph")]


def node_row(n: Row, doc: Row) -> Row:
    return {
        "doc": doc["id"], "source": doc["source"], "node": n["id"], "kind": n["kind"], "label": n["label"],
        "number": n["number"], "title": n["title"], "path": n["path"], "parent": n["parent"],
        "line_start": n["line_start"], "line_end": n["line_end"],
        "page": n.get("page_start"), "page_end": n.get("page_end"), "page_line": n.get("page_line"),
    }


def reader_view(db: DB, ref: str) -> Row:
    """Everything the reader page shows: the document, its nodes, its lines and its measures."""
    with open_store(db, write=False) as store:
        doc = store.document(ref)
        node_rows = store.nodes(doc["id"])
        lines = store.lines(doc["id"], 1, doc["lines"])
        removed = store.removed(doc["id"])
        found = measure_queries.query(store.conn, doc=doc["id"])
    return {"document": doc, "nodes": node_rows, "lines": lines, "removed": removed, "measures": found}


def passages(db: DB, spans: Sequence[tuple[str, int, int]]) -> dict[tuple[str, int, int], str]:
    """The original text of each (doc, line_start, line_end) span, lines joined by newlines."""
    out: dict[tuple[str, int, int], str] = {}
    with open_store(db, write=False) as store:
        for doc, start, end in spans:
            if (doc, start, end) not in out:
                out[(doc, start, end)] = "\n".join(ln["raw"] for ln in store.lines(doc, start, end))
    return out


def measures(db: DB, *, jurisdiction: str | None = None, **filters: Any) -> list[Row]:
    """``targets`` rows, optionally of the documents of one jurisdiction (the web app's targets table)."""
    return targets(db, jurisdiction=jurisdiction, **filters)


def places(db: DB) -> list[str]:
    return known_places(db)


def compare(db: DB, places_: Sequence[str], *, limit: int = 8) -> list[Row]:
    return compare_places(db, places_, limit=limit)


def compare_aspects() -> tuple[str, ...]:
    return tuple(COMPARE_ASPECTS)


# -- changes ---------------------------------------------------------------------------------------

_SAFE_NAME = re.compile(r"[^\w.\-\u3400-\u9fff]+")


def upload_path(db: DB, filename: str, data: bytes) -> Path:
    """Where an uploaded file is kept: ``uploads/<content hash>/<name>`` beside the database."""
    name = _SAFE_NAME.sub("_", os.path.basename(filename.replace("\\", "/"))).strip("._") or "upload.txt"
    suffix = Path(name).suffix.lower()
    if suffix not in pipeline.SUPPORTED_SUFFIXES:
        raise UnsupportedFormat(f"{filename!r} is not a supported document type.")
    digest = hashlib.sha256(data).hexdigest()[:16]
    beside = Path("uploads") if is_url(str(db)) else Path(db).resolve().parent / "uploads"
    return beside / digest / name


def parse_upload(db: DB, filename: str, data: bytes, *, max_bytes: int, given: Given | None = None
                 ) -> tuple[Path, Any]:
    """Keep an uploaded file beside the database and parse it (not stored yet): (path, bundle). ``given`` states
    metadata the text lacks (checked first: a date or place plantrace cannot read is an :class:`InputError`)."""
    given = pipeline.checked_given(given) if given else None
    if len(data) > max_bytes:
        raise DocumentTooLarge(f"{filename} is {len(data) >> 10} KB; the limit is {max_bytes >> 10} KB.")
    if not data.strip():
        raise InputError(f"{filename} is empty.", hint="Choose a file that has text in it.")
    path = upload_path(db, filename, data)
    _keep_upload(path, data)
    return path, pipeline.build_bundle(path, max_bytes=max_bytes, given=given)


def _keep_upload(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: another process uploading the same file at the same moment
    reads either nothing or every byte, never a half-written or empty file (written beside it, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        if path.read_bytes() == data:
            return
    partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def save_bundle(db: DB, bundle: Any) -> str:
    """Store a parsed upload; returns ``added``, ``unchanged`` or ``replaced``."""
    with open_store(db) as store:
        return str(store.save(bundle))


def remove_document(db: DB, ref: str) -> Row:
    """Remove one document and everything extracted from it; returns its ``ls`` row as it was."""
    with open_store(db) as store:
        doc = store.document(ref)
        store.delete(doc["id"])
    return document_row(doc)


def prepare_database(db: DB) -> None:
    """Create the database if needed and bring its schema up to date (for commands that write, like serve)."""
    open_store(db).close()
