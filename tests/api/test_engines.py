"""Accounts, tokens, the audit log and the read routes on both stores (SQLite file, PostgreSQL URL)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from plantrace import accounts
from plantrace.api import create_app
from plantrace.web.context import AppConfig

from .conftest import NOW, PASSWORD


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        return str(tmp_path_factory.mktemp("engine") / "accounts.db")
    url: str = request.getfixturevalue("pg_url")
    return url


def test_accounts_tokens_and_audit_on_each_store(store_url: str) -> None:
    from plantrace.library import prepare_database

    prepare_database(store_url)
    accounts.add_user(store_url, "hz", PASSWORD, "editor", "广州市海珠区", actor="test", now=NOW)
    cookie, who = accounts.sign_in(store_url, "hz", PASSWORD, now=NOW)
    assert accounts.session_principal(store_url, cookie, now=NOW) == who
    made = accounts.create_token(store_url, "hz", label="notebook", role="viewer", jurisdiction=None, actor="hz",
                                 now=NOW)
    found = accounts.token_principal(store_url, made["token"])
    assert found is not None and (found.role, found.jurisdiction) == ("viewer", "广州市海珠区")
    accounts.revoke_token(store_url, made["id"], actor="hz", now=NOW)
    assert accounts.token_principal(store_url, made["token"]) is None
    entries, total = accounts.audit_log(store_url)
    assert total == 3 and [e["action"] for e in entries] == ["token.revoke", "token.create", "user.create"]
    assert accounts.audit_intact(store_url)


def test_read_routes_give_the_same_rows_on_both_stores(sample_db: object, sample_pg: str) -> None:
    answers = []
    for where in (str(sample_db), sample_pg):
        with TestClient(create_app(AppConfig(db=where))) as client:
            answers.append([client.get(url).json()["items"] for url in (
                "/api/v1/documents", "/api/v1/measures?metric=地区生产总值&limit=50", "/api/v1/search?q=碧道&limit=3")])
    assert answers[0] == answers[1]
