"""The rows of the document tables (``documents``, ``lines``, ``removed``, ``nodes``): what a parsed
document is written as (always by column name) and how stored rows read back (JSON columns decoded, a
node's text joined from its lines, ``simp`` rebuilt from its edits)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from plantrace.models import Bundle, Document, Node
from plantrace.store import derived, simp_edits
from plantrace.store.db import Connection

Row = dict[str, Any]
Statements = list[tuple[str, list[Sequence[object]]]]  # (INSERT by column name, its rows)


def document_statements(bundle: Bundle, location: str) -> Statements:
    """The rows of ``documents``, ``lines``, ``removed`` and ``nodes`` for one document."""
    parsed = bundle.parsed
    doc_id = parsed.document.id
    edits = (simp_edits.encode(ln.raw, ln.simp, ln.index) for ln in parsed.lines)
    return [
        (insert_sql("documents", (*DOCUMENT_COLUMNS, "location")), [(*_document_values(parsed.document), location)]),
        (insert_sql("lines", ("doc_id", "number", "raw", "simp_edits", "page", "page_line", "ocr_confidence")),
         [(doc_id, ln.number, ln.raw, edit, ln.page, ln.page_line, ln.ocr_confidence)
          for ln, edit in zip(parsed.lines, edits, strict=True) if derived.is_stored(ln, edit)]),
        (insert_sql("removed", ("doc_id", "line_start", "line_end", "reason", "rule")),
         [(doc_id, r.line_start, r.line_end, r.reason, r.rule) for r in parsed.removed]),
        (insert_sql("nodes", NODE_COLUMNS), list(map(_node_values, parsed.nodes, derived.stored_paths(parsed.nodes)))),
    ]


def insert_sql(table: str, columns: Sequence[str]) -> str:
    """``INSERT INTO t (a, b) VALUES (?, ?)``: rows always go in by column name."""
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


DOCUMENT_COLUMNS = (
    "id", "source", "sha256", "format", "encoding", "title", "jurisdiction", "level", "doc_type",
    "period_start", "period_end", "issued", "script", "lines", "warnings",
)
NODE_COLUMNS = (
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
NODE_SELECT = ", ".join(f"{derived.PATH} AS path" if c == "path" else f"n.{c}" for c in NODE_COLUMNS)
# a node with where it begins on its printed page (``page_line``, NULL without pages)
NODES = (f"SELECT {NODE_SELECT}, l.page_line FROM nodes n {derived.PARENT} "
          "LEFT JOIN lines l ON l.doc_id = n.doc_id AND l.number = n.line_start")
# a line that has no row: blank, without a page (migration 0075)
BLANK_LINE: Row = {"number": 0, "raw": "", "page": None, "page_line": None, "ocr_confidence": None, "simp": ""}

_JSON_COLUMNS = ("warnings", "path", "attrs")


def decode_json_columns(row: Row) -> Row:
    for key in _JSON_COLUMNS:
        if key in row and isinstance(row[key], str):
            row[key] = json.loads(row[key])
    return row


def document_row(row: Any) -> Row:
    out = decode_json_columns(dict(row))
    out["period"] = [out.pop("period_start"), out.pop("period_end")] if out["period_start"] else None
    out.pop("period_start", None)
    out.pop("period_end", None)
    return out


def line_row(row: Any) -> Row:
    """A stored line as it reads: ``simp`` rebuilt from ``raw`` and ``simp_edits`` (migration 0072)."""
    out = dict(row)
    out["simp"] = simp_edits.decode(out["raw"], out.pop("simp_edits"))
    return out


class Texts:
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


def node_row(row: Any, texts: Texts, order: str = "order") -> Row:
    """A node as it was stored before migration 0071: its text and simp (its own lines) before ``attrs``."""
    out = decode_json_columns(dict(row))
    text, simp = texts.joined(out["doc_id"], int(out["line_start"]), int(out["head_end"]))
    ordered: Row = {}
    for key, value in out.items():
        if key == "attrs":
            ordered["text"], ordered["simp"] = text, simp
        ordered[order if key == "ord" else key] = value
    return ordered
