"""plantrace: a traceable record of what Chinese government plans promised, where, and what happened next.

The typed entry points: :func:`search_documents` here, :mod:`plantrace.pipeline` (ingest, parse, extract),
:mod:`plantrace.library` (every reading operation of the CLI). ``plantrace.search`` is the search package
(``from plantrace.search import search`` is the same function as :func:`search_documents`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plantrace.models.search import Hit
    from plantrace.store import Store

from plantrace import compiled_patterns as _compiled_patterns

_compiled_patterns.install()  # before any other module of plantrace compiles its patterns

__version__ = "0.1.0"
__all__ = ["__version__", "search_documents"]


def search_documents(
    db: str | Path | Store,
    query: str,
    *,
    limit: int = 10,
    doc: str | None = None,
    jurisdiction: str | None = None,
    level: str | None = None,
    doc_type: str | None = None,
    year: int | None = None,
    kind: str | None = None,
) -> list[Hit]:
    """Ranked, cited hits for ``query`` in the database ``db``: the same hits as ``plantrace search``."""
    from plantrace.search import search

    return search(db, query, limit=limit, doc=doc, jurisdiction=jurisdiction, level=level, doc_type=doc_type,
                  year=year, kind=kind)
