"""Changes made through the app (upload, removal), each checked against the caller's grant and audited."""

from __future__ import annotations

import csv
import io
from typing import Any

from plantrace import accounts, library
from plantrace.accounts import Principal
from plantrace.models import Given
from plantrace.web.context import now
from plantrace.web.export import csv_cell

Row = dict[str, Any]


def store_upload(db: str, filename: str, data: bytes, max_bytes: int, who: Principal | None,
                 given: Given | None = None) -> Row:
    """Parse (with the metadata ``given`` for what the text lacks), check the caller may write for the document's
    jurisdiction, store, audit."""
    path, bundle = library.parse_upload(db, filename, data, max_bytes=max_bytes, given=given)
    doc = bundle.parsed.document
    caller = accounts.require(who, "editor", doc.jurisdiction)
    outcome = library.save_bundle(db, bundle)
    row = {"doc": doc.id, "title": doc.title, "jurisdiction": doc.jurisdiction, "file": path.name,
           "outcome": outcome, "nodes": len(bundle.parsed.nodes), "measures": len(bundle.facts.measures),
           "warnings": [w.code for w in doc.warnings]}
    if outcome != "unchanged":
        accounts.record(db, caller.name, now(), "document.upload", doc.id, doc.jurisdiction, None,
                        {k: row[k] for k in ("title", "file", "outcome")})
    return row


def remove_document(db: str, doc: str, who: Principal | None) -> Row:
    found = library.document(db, doc)
    caller = accounts.require(who, "editor", found["jurisdiction"])
    row = library.remove_document(db, found["id"])
    accounts.record(db, caller.name, now(), "document.remove", found["id"], found["jurisdiction"],
                    {k: row[k] for k in ("title", "file", "jurisdiction")}, None)
    return {"ok": True, "removed": row}


AUDIT_COLUMNS = ("seq", "at", "actor", "action", "target", "jurisdiction", "old_value", "new_value", "id")


def audit_as_csv(rows: list[Row]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(AUDIT_COLUMNS)
    for row in rows:
        writer.writerow([csv_cell(row[c]) for c in AUDIT_COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
