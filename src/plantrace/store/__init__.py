"""Store: the one place that speaks SQL. SQLite by default (WAL, versioned migrations)."""

from __future__ import annotations

from plantrace.store.core import PreparedDocument, SaveOutcome, Store, open_store, prepare

__all__ = ["PreparedDocument", "SaveOutcome", "Store", "open_store", "prepare"]
