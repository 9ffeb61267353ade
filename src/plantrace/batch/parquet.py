"""Parquet output of a batch run: one folder per table (``documents/``, ``nodes/``, ``measures/`` …),
one file per run in each, with exactly the rows and columns ``plantrace export`` gives.

Each document is put through the store's own code (an in-memory SQLite store: the same inserts and the
same export queries), so a warehouse reading the Parquet files sees what the database would hold.
Nested values (heading paths, attributes, warnings) are JSON text, as in ``plantrace export``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from plantrace.errors import MissingExtra
from plantrace.models import Bundle
from plantrace.store import Store, open_store

Row = dict[str, Any]
BATCH_DOCS = 200  # documents buffered before a row group is written


def _arrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtra("Parquet output needs pyarrow.", hint="pip install 'plantrace[parquet]'") from exc
    return pa, pq


def done_in(out: Path) -> set[str]:
    """Ids of the documents already written under ``out`` by earlier runs."""
    folder = out / "documents"
    if not folder.is_dir():
        return set()
    _, pq = _arrow()
    done: set[str] = set()
    for part in sorted(folder.glob("*.parquet")):
        done.update(str(v) for v in pq.read_table(part, columns=["id"]).column("id").to_pylist())
    return done


class ParquetSink:
    """Writes documents as Parquet rows; ``save`` returns ``added`` like :meth:`Store.save`."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.run = time.strftime("%Y%m%dT%H%M%S") + f"-{time.time_ns() % 1_000_000:06d}"
        self.store: Store = open_store(":memory:")
        self.tables = self.store.export_names()
        self.types = _declared_types(self.store)
        self.buffer: dict[str, list[Row]] = {t: [] for t in self.tables}
        self.writers: dict[str, Any] = {}
        self.pending = 0

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def save(self, bundle: Bundle) -> str:
        self.store.save(bundle)
        for table in self.tables:
            self.buffer[table].extend(_flat(r) for r in self.store.export_rows(table))
        self.store.delete(bundle.parsed.document.id)
        self.pending += 1
        if self.pending >= BATCH_DOCS:
            self.flush()
        return "added"

    def flush(self) -> None:
        pa, pq = _arrow()
        for table, rows in list(self.buffer.items()):
            if not rows:
                continue
            writer = self.writers.get(table)
            if writer is None:
                folder = self.out / table
                folder.mkdir(parents=True, exist_ok=True)
                schema = pa.schema([(k, self._type(pa, k, rows)) for k in rows[0]])
                writer = pq.ParquetWriter(str(folder / f"run-{self.run}.parquet"), schema)
                self.writers[table] = writer
            schema = writer.schema
            text = {f.name for f in schema if pa.types.is_string(f.type)}
            rows = [{k: (str(v) if k in text and v is not None and not isinstance(v, str) else v)
                     for k, v in r.items()} for r in rows]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            self.buffer[table] = []
        self.pending = 0

    def _type(self, pa: Any, column: str, rows: list[Row]) -> Any:
        values = [r[column] for r in rows if r.get(column) is not None]
        if not values:  # null in this whole batch: the declared type of a column of that name
            declared = self.types.get(column)
            return pa.float64() if declared == "REAL" else pa.int64() if declared == "INTEGER" else pa.string()
        if all(isinstance(v, bool) for v in values):
            return pa.bool_()
        if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return pa.int64()
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            return pa.float64()
        return pa.string()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            for writer in self.writers.values():
                writer.close()
            self.store.close()


def _flat(row: Row) -> Row:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in row.items()}


def _declared_types(store: Store) -> dict[str, str]:
    """Column name -> declared SQL type word, over every table (for columns that are null in a batch)."""
    types: dict[str, str] = {}
    tables = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in store.conn.execute("SELECT name, type FROM pragma_table_info(?)", (table,)):
            word = str(row[1]).split()[0].upper() if row[1] else ""
            types.setdefault(str(row[0]), word)
    return types
