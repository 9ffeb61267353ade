"""An app over a private copy of the sample database, with one account of each kind."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plantrace import accounts
from plantrace.api import create_app
from plantrace.web.context import AppConfig

NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"
FIXTURES = Path(__file__).resolve().parent.parent / "web" / "fixtures"
# name -> (role, jurisdiction)
PEOPLE = {
    "root": ("admin", "*"),
    "gz_editor": ("editor", "广州市"),
    "hz_editor": ("editor", "海珠区"),
    "gz_viewer": ("viewer", "广州市"),
    "hz_admin": ("admin", "广州市海珠区"),
    "cn_editor": ("editor", "中华人民共和国"),
    "cn_viewer": ("viewer", "中华人民共和国"),
}


@pytest.fixture(scope="session")
def people_db(sample_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample database plus the accounts in PEOPLE (made once; copied for each test that writes)."""
    db = tmp_path_factory.mktemp("people") / "people.db"
    shutil.copy(sample_db, db)
    for name, (role, where) in PEOPLE.items():
        accounts.add_user(db, name, PASSWORD, role, where, actor="test", now=NOW)
    return db


@pytest.fixture()
def db(people_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "app.db"
    shutil.copy(people_db, copy)
    return copy


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(AppConfig(db=str(db), max_upload_bytes=64 << 10))) as c:
        yield c


@pytest.fixture(scope="session")
def read_client(people_db: Path) -> Iterator[TestClient]:
    """For tests that only read: one app over the shared database."""
    with TestClient(create_app(AppConfig(db=str(people_db)))) as c:
        yield c


def token(db: Path, name: str, **scope: str) -> dict[str, str]:
    made = accounts.create_token(db, name, label="test", role=scope.get("role"),
                                 jurisdiction=scope.get("jurisdiction"), actor="test", now=NOW)
    return {"Authorization": f"Bearer {made['token']}"}
