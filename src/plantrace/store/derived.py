"""Columns not stored where the reader can derive them (migrations 0074, 0075).

- ``nodes.path`` is NULL where it equals the parent's path and the parent's own path is stored (a
  paragraph's path is its heading's): read as ``coalesce(n.path, np.path)`` with the parent joined
  (:data:`PATH`, :data:`PARENT`). The rule looks two levels up only, so one join always suffices.
- A blank line with no page (``raw`` and its simplified form empty, a format without pages) has no
  row in ``lines``: readers give it back as ``raw = simp = ''`` between the document's first and last line
  (:func:`filled`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from plantrace.models import Line, Node
from plantrace.store.db import Connection

Row = dict[str, Any]

PATH = "coalesce(n.path, np.path)"  # a node's path, with ``PARENT`` joined
PARENT = "LEFT JOIN nodes np ON np.id = n.parent"


def stored_paths(nodes: Sequence[Node]) -> list[str | None]:
    """The ``nodes.path`` value of each node: its JSON path, or None where the reader derives it."""
    by_id = {n.id: n for n in nodes}
    out: list[str | None] = []
    for node in nodes:
        parent = by_id.get(node.parent) if node.parent else None
        derived = parent is not None and parent.path == node.path and not (
            parent.parent is not None and parent.parent in by_id and by_id[parent.parent].path == parent.path)
        out.append(None if derived else json.dumps(list(node.path), ensure_ascii=False))
    return out


def is_stored(line: Line, simp_edits: str | None) -> bool:
    """Whether a line needs its row: anything but a blank line without a page (nor an OCR confidence)."""
    return bool(line.raw) or simp_edits is not None or line.page is not None or line.page_line is not None or (
        line.ocr_confidence is not None)


def doc_lines(conn: Connection, doc_id: str) -> int:
    """How many lines the document has (0 if there is no such document)."""
    row = conn.execute("SELECT lines FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return int(row[0]) if row is not None and row[0] is not None else 0


def filled(conn: Connection, doc_id: str, start: int, end: int, rows: Iterable[Row], blank: Row) -> list[Row]:
    """``rows`` (lines ``start``..``end`` by ``number``) with the blank lines that have no row put back, within
    the document's lines: ``blank`` with its ``number``."""
    by_number = {int(r["number"]): r for r in rows}
    last = max(min(end, doc_lines(conn, doc_id)), max(by_number, default=0))
    return [by_number.get(n) or {**blank, "number": n} for n in range(max(start, 1), last + 1)]
