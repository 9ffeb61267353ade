"""Shared fixtures: paths to the sample corpus and a database built from part of it."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

import pgcluster as postgres

# No wall-clock limits in tests (speed belongs in `make bench`): a loaded CI machine must not fail a
# property test because one example took 300 ms.
settings.register_profile("plantrace", deadline=None)
settings.load_profile("plantrace")

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


# -- PostgreSQL: one real server for the run, a fresh database per test ------------------------------

def sample_files() -> list[Path]:
    """The files of ``sample_db``: the five Guangzhou documents and two national reports."""
    return sorted(CORPUS.glob("*.txt")) + [CORPUS / "national" / f"national_work_report_{y}.txt" for y in (2011, 2016)]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.Server]:
    """A PostgreSQL server started for this test run (``initdb``/``pg_ctl`` in a temporary folder).

    Skipped when PostgreSQL cannot start, except in CI (``CI=true``), where that fails the run."""
    try:
        server = postgres.start()
    except postgres.Unavailable as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: postgres.Server) -> str:
    """A migrated, empty plantrace database that each test's database is copied from."""
    from plantrace.store import open_store

    url = postgres.create_database(pg_server, "plantrace_template")
    open_store(url).close()
    return "plantrace_template"


_databases = itertools.count()


@pytest.fixture
def pg_url(pg_server: postgres.Server, pg_template: str) -> str:
    """The URL of a fresh, migrated PostgreSQL database of this test's own."""
    return postgres.create_database(pg_server, f"test_{next(_databases)}", pg_template)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store on each engine: a SQLite file path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture(scope="session")
def sample_pg(pg_server: postgres.Server, pg_template: str) -> str:
    """``sample_db``'s documents, ingested into PostgreSQL once per session."""
    from plantrace.pipeline import ingest_paths

    url = postgres.create_database(pg_server, "sample", pg_template)
    report = ingest_paths(sample_files(), url)
    assert not report.failures, report.failures
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def sample_store(request: pytest.FixtureRequest) -> str:
    """The sample database on each engine (a path, then a URL); read-only."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sample_db"))
    url: str = request.getfixturevalue("sample_pg")
    return url


@pytest.fixture(scope="session")
def sample_paths() -> list[Path]:
    """The files ``sample_db`` and ``sample_pg`` hold."""
    return sample_files()
