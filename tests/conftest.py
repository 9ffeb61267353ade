"""Shared fixtures: paths to the sample corpus and a database built from part of it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five Guangzhou documents and two national reports, ingested once per session."""
    from plantrace.pipeline import ingest_paths

    db = tmp_path_factory.mktemp("db") / "sample.db"
    files = sorted(CORPUS.glob("*.txt")) + [CORPUS / "national" / f"national_work_report_{y}.txt" for y in (2011, 2016)]
    report = ingest_paths(files, db)
    assert not report.failures, report.failures
    return db
