"""Shared by the search tests: a small database made of a few documents given as lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from plantrace.pipeline import ingest_paths
from plantrace.search import search


@pytest.fixture(scope="session")
def ingest_docs() -> Callable[[Path, dict[str, list[str]]], Path]:
    """``ingest_docs(folder, {name: lines})`` writes each document into ``folder``, ingests them, returns the db."""
    def make(folder: Path, docs: dict[str, list[str]]) -> Path:
        for name, lines in docs.items():
            (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = folder / "t.db"
        ingest_paths(sorted(folder.glob("*.txt")), out)
        return out
    return make


@pytest.fixture(scope="session")
def same_hits_on_both_stores(sample_db: Path, sample_pg: str) -> Callable[[str], None]:
    """``same_hits_on_both_stores(query)`` checks that SQLite and PostgreSQL give the query the same
    passages, in the same order, with the same scores (and at least one)."""
    def check(query: str) -> None:
        lite = search(sample_db, query, limit=10)
        pg = search(sample_pg, query, limit=10)
        assert lite, query
        assert [(h.doc, h.node, h.line_start) for h in lite] == [(h.doc, h.node, h.line_start) for h in pg]
        assert [h.score for h in lite] == pytest.approx([h.score for h in pg], rel=1e-9)
    return check
