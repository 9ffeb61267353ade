"""Store: the one place that speaks SQL. SQLite by default (WAL, versioned migrations)."""

from __future__ import annotations

from plantrace.store.core import SaveOutcome, Store, open_store

__all__ = ["SaveOutcome", "Store", "open_store"]
