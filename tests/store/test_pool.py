"""The PostgreSQL connection pool (psycopg_pool): `plantrace serve` and many threads share a few connections."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
from fastapi.testclient import TestClient

from plantrace import library
from plantrace.api import create_app
from plantrace.store import open_store
from plantrace.store.db import _POOLS, WRITE_LOCK, pooled
from plantrace.web.context import AppConfig


def _backends(url: str) -> int:
    """Connections to this database other than the one asking."""
    with psycopg.connect(url, autocommit=True) as conn:
        sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        row = conn.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def _settled(url: str, at_most: int, tries: int = 200) -> int:
    """The connections to this database once the backends of closed ones have exited: a backend stays in
    pg_stat_activity until its process is gone, after the client closed it (under load, a while: the suite
    failed once with 1 == 0 right after the pool closed). Polls until at most ``at_most`` are left."""
    count = _backends(url)
    for _ in range(tries):
        if count <= at_most:
            break
        time.sleep(0.05)
        count = _backends(url)
    return count


def test_many_threads_share_the_pools_connections(sample_pg: str) -> None:
    expected = library.documents(sample_pg)
    before = _backends(sample_pg)  # other tests' connections, if any
    with pooled(sample_pg, max_size=2) as pool:
        with ThreadPoolExecutor(8) as workers:
            answers = list(workers.map(lambda _: library.documents(sample_pg), range(40)))
        assert _backends(sample_pg) - before <= 2
        assert pool.get_stats()["requests_num"] >= 40
    assert all(a == expected for a in answers)
    assert sample_pg not in _POOLS  # closed with the block
    # nothing left behind; ``before`` may have counted a backend of an earlier connection that was
    # still exiting (pg_stat_activity lists a closed connection's backend until it has gone)
    assert _settled(sample_pg, before) <= before


def test_a_connection_given_back_inside_a_transaction_is_rolled_back(pg_url: str) -> None:
    with pooled(pg_url, max_size=1):
        store = open_store(pg_url)
        store.conn.execute("BEGIN IMMEDIATE")  # takes the writers' advisory lock too
        store.conn.execute("INSERT INTO audit (seq, id, at, actor, action, target, jurisdiction) "
                           "VALUES (1, 'x', '2026-01-01T00:00:00Z', 'test', 'test.left', '', '')")
        store.close()  # given back mid-transaction, as an exception would
        with psycopg.connect(pg_url, autocommit=True) as other:
            locked = other.execute("SELECT pg_try_advisory_lock(%s)", (WRITE_LOCK,)).fetchone()
            assert locked == (True,)  # the lock went with the rollback
            other.execute("SELECT pg_advisory_unlock(%s)", (WRITE_LOCK,))
        with open_store(pg_url) as again:  # the same connection, clean
            assert again.conn.execute("SELECT count(*) FROM audit WHERE action = 'test.left'").fetchone()[0] == 0


def test_serve_borrows_connections_from_one_pool(sample_pg: str) -> None:
    before = _backends(sample_pg)
    with TestClient(create_app(AppConfig(db=sample_pg, pg_pool_size=3))) as client:
        for _ in range(10):
            for url in ("/api/v1/documents", "/api/v1/search?q=碧道&limit=3", "/"):
                assert client.get(url).status_code == 200, url
        pool = _POOLS[sample_pg].pool
        assert pool.max_size == 3
        assert pool.get_stats()["requests_num"] >= 30
        assert _backends(sample_pg) - before <= 3
    assert sample_pg not in _POOLS
