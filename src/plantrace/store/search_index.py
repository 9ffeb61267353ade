"""Tables of the search index stage. Owned by that stage's issue; empty until it lands."""

from __future__ import annotations

import sqlite3

from plantrace.models import Bundle

# export name -> SELECT returning one row per fact, with its source columns
EXPORTS: dict[str, str] = {}


def save(conn: sqlite3.Connection, bundle: Bundle) -> None:
    """Insert this stage's rows for one document (inside the store's transaction)."""


def delete(conn: sqlite3.Connection, doc_id: str) -> None:
    """Remove this stage's rows of one document (tables with ON DELETE CASCADE need nothing here)."""
