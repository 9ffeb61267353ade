"""Tables of the web issue: accounts, API tokens, web sessions, secrets and the append-only audit log.

Plain SQL with ``?`` placeholders and column names; callers wrap changes in ``Store.transaction()``.
Secrets and passwords arrive here already hashed: this module never sees a clear-text secret.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from plantrace.store.db import Connection

Row = dict[str, Any]

EXPORTS: dict[str, str] = {"audit": "SELECT * FROM audit ORDER BY seq"}


def insert_account(conn: Connection, row: Row) -> None:
    conn.execute(
        "INSERT INTO accounts (name, password_hash, role, jurisdiction, created_at) VALUES (?, ?, ?, ?, ?)",
        (row["name"], row["password_hash"], row["role"], row["jurisdiction"], row["created_at"]),
    )


def account(conn: Connection, name: str) -> Row | None:
    found = conn.execute("SELECT * FROM accounts WHERE name = ?", (name,)).fetchone()
    return dict(found) if found else None


def accounts(conn: Connection) -> list[Row]:
    rows = conn.execute("SELECT name, role, jurisdiction, created_at, revoked_at FROM accounts ORDER BY name")
    return [dict(r) for r in rows]


def set_password(conn: Connection, name: str, password_hash: str) -> None:
    conn.execute("UPDATE accounts SET password_hash = ? WHERE name = ?", (password_hash, name))


def revoke_account(conn: Connection, name: str, at: str) -> None:
    conn.execute("UPDATE accounts SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", (at, name))
    conn.execute("UPDATE tokens SET revoked_at = ? WHERE account = ? AND revoked_at IS NULL", (at, name))
    conn.execute("DELETE FROM web_sessions WHERE account = ?", (name,))


def insert_token(conn: Connection, row: Row) -> None:
    conn.execute(
        "INSERT INTO tokens (id, secret_hash, account, label, role, jurisdiction, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (row["id"], row["secret_hash"], row["account"], row["label"], row["role"], row["jurisdiction"],
         row["created_at"]),
    )


def token_by_hash(conn: Connection, secret_hash: str) -> Row | None:
    found = conn.execute(
        "SELECT t.*, a.revoked_at AS account_revoked_at FROM tokens t JOIN accounts a ON a.name = t.account "
        "WHERE t.secret_hash = ?",
        (secret_hash,),
    ).fetchone()
    return dict(found) if found else None


def token(conn: Connection, token_id: str) -> Row | None:
    found = conn.execute(
        "SELECT id, account, label, role, jurisdiction, created_at, revoked_at FROM tokens WHERE id = ?", (token_id,)
    ).fetchone()
    return dict(found) if found else None


def tokens(conn: Connection, account_name: str | None = None) -> list[Row]:
    sql = "SELECT id, account, label, role, jurisdiction, created_at, revoked_at FROM tokens"
    params: tuple[object, ...] = ()
    if account_name:
        sql += " WHERE account = ?"
        params = (account_name,)
    return [dict(r) for r in conn.execute(sql + " ORDER BY created_at, id", params)]


def revoke_token(conn: Connection, token_id: str, at: str) -> None:
    conn.execute("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (at, token_id))


def insert_session(conn: Connection, session_id: str, account_name: str, created: str, expires: str) -> None:
    conn.execute(
        "INSERT INTO web_sessions (id, account, created_at, expires_at) VALUES (?, ?, ?, ?)",
        (session_id, account_name, created, expires),
    )


def session(conn: Connection, session_id: str) -> Row | None:
    found = conn.execute(
        "SELECT s.id, s.expires_at, a.name, a.role, a.jurisdiction, a.revoked_at FROM web_sessions s "
        "JOIN accounts a ON a.name = s.account WHERE s.id = ?",
        (session_id,),
    ).fetchone()
    return dict(found) if found else None


def delete_session(conn: Connection, session_id: str) -> None:
    conn.execute("DELETE FROM web_sessions WHERE id = ?", (session_id,))


def secret(conn: Connection, name: str, candidate: str) -> str:
    """The stored secret called ``name``; ``candidate`` is stored first when there is none."""
    conn.execute(
        "INSERT INTO web_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", (name, candidate)
    )
    return str(conn.execute("SELECT value FROM web_secrets WHERE name = ?", (name,)).fetchone()[0])


def append_audit(conn: Connection, entry: Row) -> Row:
    """Append one entry, chained to the previous one by its hash. Entries are never updated or deleted."""
    last = conn.execute("SELECT seq, id FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq = (last["seq"] + 1) if last else 1
    old = None if entry.get("old") is None else json.dumps(entry["old"], ensure_ascii=False, sort_keys=True)
    new = None if entry.get("new") is None else json.dumps(entry["new"], ensure_ascii=False, sort_keys=True)
    fields = [str(seq), last["id"] if last else "", entry["at"], entry["actor"], entry["action"], entry["target"],
              entry["jurisdiction"], old or "", new or ""]
    entry_id = hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()
    conn.execute(
        "INSERT INTO audit (seq, id, at, actor, action, target, jurisdiction, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, entry_id, entry["at"], entry["actor"], entry["action"], entry["target"], entry["jurisdiction"],
         old, new),
    )
    return {"seq": seq, "id": entry_id}


def audit(conn: Connection, limit: int | None = None, offset: int = 0) -> list[Row]:
    sql = "SELECT * FROM audit ORDER BY seq DESC"
    params: list[object] = []
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [limit, offset]
    return [_audit_row(r) for r in conn.execute(sql, params)]


def audit_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def audit_chain_ok(conn: Connection) -> bool:
    """Recompute the hash chain: False when any entry was changed or removed."""
    previous = ""
    for expected_seq, r in enumerate(conn.execute("SELECT * FROM audit ORDER BY seq"), start=1):
        fields = [str(r["seq"]), previous, r["at"], r["actor"], r["action"], r["target"], r["jurisdiction"],
                  r["old_value"] or "", r["new_value"] or ""]
        if r["seq"] != expected_seq or hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest() != r["id"]:
            return False
        previous = r["id"]
    return True


def _audit_row(r: Any) -> Row:
    row = dict(r)
    for key in ("old_value", "new_value"):
        row[key] = json.loads(row[key]) if row[key] else None
    return row
