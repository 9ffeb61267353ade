"""Search: index rows for the store, and ranked, cited hits. (Stub until the search issue lands.)"""

from __future__ import annotations

from plantrace.models import IndexRow, ParsedDocument


def index_rows(parsed: ParsedDocument) -> tuple[IndexRow, ...]:
    return ()
