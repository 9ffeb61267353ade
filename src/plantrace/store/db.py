"""The one connection interface every store module uses, on SQLite and on PostgreSQL.

Store modules write SQL once, with ``?`` (or ``:name``) placeholders, and call
``conn.execute(sql, params)`` / ``conn.executemany(sql, rows)``. Rows support ``row[0]``,
``row["name"]`` and ``dict(row)`` on both engines. ``conn.dialect`` is ``"sqlite"`` or
``"postgresql"``; the few places where SQL must differ branch on it in one small function.

Transactions: ``with conn.transaction():`` (or the statements ``BEGIN IMMEDIATE`` / ``COMMIT`` /
``ROLLBACK``). On SQLite that is ``BEGIN IMMEDIATE``: one writer at a time, readers never blocked.
On PostgreSQL it is ``BEGIN`` plus a transaction-scoped advisory lock, so writers take turns exactly
as on SQLite (code written for one engine has the same isolation on the other) while readers read
committed snapshots without waiting (MVCC).

Errors: a PostgreSQL unique/foreign-key violation is raised as :class:`IntegrityError` and any other
driver error as :class:`DatabaseError`; both subclass the ``sqlite3`` ones, so one ``except`` works
for both engines.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

Dialect = Literal["sqlite", "postgresql"]
Params = Sequence[Any] | Mapping[str, Any]

URL_SCHEMES = ("postgresql://", "postgres://")

# The advisory lock key writers take on PostgreSQL (any constant; "plantrace" in ASCII, truncated).
WRITE_LOCK = 0x706C616E74


class IntegrityError(sqlite3.IntegrityError):
    """A constraint violation (duplicate key, missing parent row) on either engine."""


class DatabaseError(sqlite3.OperationalError):
    """Any other error the PostgreSQL driver raises, as an ``sqlite3.OperationalError``."""


class Cursor(Protocol):
    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What store modules may call: ``execute``, ``executemany``, ``transaction``, ``columns``."""

    dialect: Dialect

    def execute(self, sql: str, params: Params = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Params]) -> Cursor: ...

    def transaction(self) -> Any: ...

    def columns(self, table: str) -> list[str]: ...

    def close(self) -> None: ...


def is_url(target: str | Path) -> bool:
    """Whether ``--db`` names a PostgreSQL database rather than a SQLite file."""
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


class SqliteConnection:
    """A ``sqlite3`` connection in autocommit mode (explicit transactions); made by ``store.core.connect``."""

    dialect: Dialect = "sqlite"

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        return self.raw.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> Cursor:
        return self.raw.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[SqliteConnection]:
        self.raw.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.raw.in_transaction:  # SQLite has already rolled back after SQLITE_FULL, IOERR …
                self.raw.execute("ROLLBACK")
            raise
        self.raw.execute("COMMIT")

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self.raw.execute("SELECT name FROM pragma_table_info(?)", (table,))]

    def close(self) -> None:
        self.raw.close()


class PgRow(tuple[Any, ...]):
    """A PostgreSQL row that behaves like ``sqlite3.Row``: by index, by column name, ``dict(row)``."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> PgRow:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


class PostgresConnection:
    """psycopg 3 in autocommit mode; ``?`` and ``:name`` placeholders become ``%s`` / ``%(name)s``.

    While a pool is open for the URL (:func:`pooled`), ``open`` borrows a connection from it and
    ``close`` gives it back (any transaction left open rolled back); otherwise each ``open`` connects."""

    dialect: Dialect = "postgresql"

    def __init__(self, raw: Any, url: str, pool: Any = None) -> None:
        self.raw = raw
        self.url = url
        self.pool = pool
        self._depth = 0

    @classmethod
    def open(cls, url: str) -> PostgresConnection:
        from plantrace.errors import MissingExtra, StoreError

        try:
            import psycopg
        except ImportError as exc:
            raise MissingExtra(
                "PostgreSQL support is not installed.", hint="pip install 'plantrace[postgres]'"
            ) from exc
        pool = _POOLS.get(url)
        if pool is not None:
            return cls(_borrow(pool.pool, url), url, pool.pool)
        try:
            raw = psycopg.connect(url, autocommit=True, row_factory=_pg_row_factory)
        except psycopg.Error as exc:
            raise StoreError(f"Cannot connect to {redact(url)}: {exc}".strip(),
                             hint="Check the URL, that the server runs, and the user's password.") from exc
        _register_numeric(raw)
        return cls(raw, url)

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        special = _SPECIAL.get(" ".join(sql.split()).upper().rstrip(";"))
        if special is not None:
            special(self)
            return _EMPTY
        return self._run(lambda cur: cur.execute(translate(sql), _params(params)))

    def executemany(self, sql: str, rows: Iterable[Params]) -> Cursor:
        batch = [_params(r) for r in rows]
        if not batch:
            return _EMPTY
        return self._run(lambda cur: cur.executemany(translate(sql), batch))

    def script(self, sql: str) -> None:
        """Run several statements at once (a migration); no parameters, ``%`` taken literally."""
        self._run(lambda cur: cur.execute(sql.encode("utf-8")))

    def _run(self, call: Any) -> Cursor:
        import psycopg

        cur = self.raw.cursor()
        try:
            call(cur)
        except psycopg.IntegrityError as exc:
            raise IntegrityError(str(exc)) from exc
        except psycopg.Error as exc:
            raise DatabaseError(str(exc)) from exc
        return _PgCursor(cur)

    def planned(self, sql: str, params: Params, settings: Mapping[str, str]) -> Cursor:
        """Run one query with planner settings for it alone (``SET LOCAL`` in a transaction of its own),
        sent with its BEGIN and COMMIT in one round trip (a psycopg pipeline). Inside a transaction
        already open, the query runs as it is (its settings would outlive it)."""
        import psycopg

        if self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE or not psycopg.Pipeline.is_supported():
            return self.execute(sql, params)  # (pipelines need libpq 14; the binary package brings its own)
        cur = self.raw.cursor()
        try:
            with self.raw.pipeline():
                self.raw.execute("BEGIN")
                for name, value in settings.items():
                    self.raw.execute("SELECT set_config(%s, %s, true)", (name, value))
                cur.execute(translate(sql), _params(params))
                self.raw.execute("COMMIT")
            rows = cur.fetchall() if cur.description else []
        except psycopg.Error as exc:
            if self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                self.raw.execute("ROLLBACK")
            raise DatabaseError(str(exc)) from exc
        return _Rows(rows)

    def begin(self) -> None:
        self._run(lambda cur: cur.execute("BEGIN"))
        self._run(lambda cur: cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,)))

    def commit(self) -> None:
        self._run(lambda cur: cur.execute("COMMIT"))

    def rollback(self) -> None:
        self._run(lambda cur: cur.execute("ROLLBACK"))

    @contextmanager
    def transaction(self) -> Iterator[PostgresConnection]:
        self.begin()
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def columns(self, table: str) -> list[str]:
        # pg_catalog directly: the information_schema view took milliseconds, asked on every search
        sql = (
            "SELECT attname FROM pg_attribute "
            "WHERE attrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?)) "
            "AND attnum > 0 AND NOT attisdropped ORDER BY attnum"
        )
        return [r[0] for r in self.execute(sql, (table,))]

    def close(self) -> None:
        if self.pool is None:
            self.raw.close()
            return
        raw, self.raw = self.raw, None
        if raw is None:
            return  # closed already
        try:
            if raw.info.transaction_status != 0:  # not idle: roll back what the borrower left open
                raw.execute("ROLLBACK")
        except Exception:  # a broken connection: the pool checks it and replaces it
            pass
        self.pool.putconn(raw)


# -- the connection pool (psycopg_pool) ------------------------------------------------------------

DEFAULT_POOL_SIZE = 10  # the setting pg_pool_size's default


@dataclass
class _Pool:
    pool: Any
    users: int


_POOLS: dict[str, _Pool] = {}
_POOLS_LOCK = threading.Lock()


@contextmanager
def pooled(url: str, *, max_size: int | None = None, timeout: float = 30.0) -> Iterator[Any]:
    """Within the block, every store opened on ``url`` in this process borrows a connection from one
    ``psycopg_pool.ConnectionPool`` (``max_size`` connections at most, 10 if not given) instead of
    connecting anew; a borrower waits up to ``timeout`` seconds for a free one. Nested
    blocks share the pool; the last one to end closes it. Nothing happens for a SQLite path."""
    if not is_url(url):
        yield None
        return
    from plantrace.errors import MissingExtra

    try:
        from psycopg_pool import ConnectionPool
    except ImportError as exc:
        raise MissingExtra("Connection pooling needs psycopg_pool.", hint="pip install 'plantrace[postgres]'") from exc
    size = max_size or DEFAULT_POOL_SIZE
    with _POOLS_LOCK:
        entry = _POOLS.get(url)
        if entry is None:
            pool = ConnectionPool(
                url, min_size=1, max_size=size, timeout=timeout, open=False, name="plantrace",
                kwargs={"autocommit": True, "row_factory": _pg_row_factory},
                configure=_register_numeric, check=ConnectionPool.check_connection,
            )
            entry = _POOLS[url] = _Pool(pool, 0)
            try:
                pool.open(wait=True, timeout=timeout)
            except Exception as exc:
                del _POOLS[url]
                pool.close()
                raise _cannot_connect(url, exc) from exc
        entry.users += 1
    try:
        yield entry.pool
    finally:
        with _POOLS_LOCK:
            entry.users -= 1
            if entry.users == 0:
                del _POOLS[url]
                entry.pool.close()


def _borrow(pool: Any, url: str) -> Any:
    from psycopg_pool import PoolTimeout

    from plantrace.errors import StoreError

    try:
        return pool.getconn()
    except PoolTimeout as exc:
        raise StoreError(f"All {pool.max_size} connections to {redact(url)} are busy.",
                         hint="Try again, or allow more connections (the setting pg_pool_size).") from exc


def _cannot_connect(url: str, exc: Exception) -> Exception:
    from plantrace.errors import StoreError

    return StoreError(f"Cannot connect to {redact(url)}: {exc}".strip(),
                      hint="Check the URL, that the server runs, and the user's password.")


_SPECIAL = {
    "BEGIN IMMEDIATE": PostgresConnection.begin,
    "BEGIN": PostgresConnection.begin,
    "BEGIN TRANSACTION": PostgresConnection.begin,
    "COMMIT": PostgresConnection.commit,
    "END": PostgresConnection.commit,
    "ROLLBACK": PostgresConnection.rollback,
}


class _PgCursor:
    def __init__(self, cur: Any) -> None:
        self._cur = cur

    def fetchone(self) -> Any:
        return self._cur.fetchone() if self._cur.description else None

    def fetchall(self) -> list[Any]:
        return list(self._cur.fetchall()) if self._cur.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cur) if self._cur.description else iter(())

    @property
    def rowcount(self) -> int:
        return int(self._cur.rowcount)


class _Rows:
    """Rows fetched already (a pipeline's result)."""

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows
        self.rowcount = len(rows)

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[Any]:
        return list(self._rows)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)


class _Empty:
    rowcount = 0

    def fetchone(self) -> Any:
        return None

    def fetchall(self) -> list[Any]:
        return []

    def __iter__(self) -> Iterator[Any]:
        return iter(())


_EMPTY = _Empty()


def _pg_row_factory(cursor: Any) -> Any:
    index = {col.name: i for i, col in enumerate(cursor.description or ())}
    return lambda values: PgRow(values, index)


def _register_numeric(raw: Any) -> None:
    """``numeric`` results (``sum`` of integers, ``avg``) load as int or float, as on SQLite."""
    from psycopg.types.numeric import NumericLoader

    class _Loader(NumericLoader):
        def load(self, data: Any) -> Any:
            value = super().load(data)
            return int(value) if value == value.to_integral_value() and abs(value) < 2**63 else float(value)

    raw.adapters.register_loader("numeric", _Loader)


def _params(params: Params) -> Any:
    if isinstance(params, Mapping):
        return dict(params)
    return tuple(params)


# ?  :name  'string'  "identifier"  -- comment  ::cast  %
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|::|\?|:([A-Za-z_][A-Za-z0-9_]*)|%")


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """SQLite-style placeholders to psycopg's: ``?`` -> ``%s``, ``:name`` -> ``%(name)s``, ``%`` -> ``%%``
    (string literals, quoted names and comments are left alone, apart from doubling their ``%``)."""

    def swap(match: re.Match[str]) -> str:
        text = match.group(0)
        if text == "?":
            return "%s"
        if match.group(1):
            return f"%({match.group(1)})s"
        return text.replace("%", "%%")

    return _TOKEN.sub(swap, sql)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(//[^:/@]+):[^@/]*@", r"\1:***@", url)
