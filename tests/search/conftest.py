"""Shared by the search tests: a small database made of a few documents given as lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from plantrace.pipeline import ingest_paths


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
