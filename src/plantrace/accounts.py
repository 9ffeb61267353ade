"""Accounts, roles per jurisdiction, API tokens, web sessions and the audit log.

Roles rank ``viewer < editor < admin``. A grant is a role on a jurisdiction: ``广州市`` covers the
city and the places below it (``广州市海珠区``), ``海珠区`` covers only 海珠区, ``*`` covers every place.
An editor of 海珠区 cannot change 广州市's data. Passwords are hashed with argon2; an API token is a
random secret shown once, stored as its sha256, scoped to a role and jurisdiction no wider than its
owner's, and revocable. Every change appends to the audit log (who, when, what, old and new value).
Time is passed in (``now``): nothing here reads the clock.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from plantrace.errors import ConfigError, NotFound, PlantraceError
from plantrace.store import accounts as account_store
from plantrace.store import open_store

Row = dict[str, Any]
Role = Literal["viewer", "editor", "admin"]
ROLES: tuple[Role, ...] = ("viewer", "editor", "admin")
EVERYWHERE = "*"
SESSION_HOURS = 12
TOKEN_PREFIX = "pt_"


class Unauthenticated(PlantraceError):
    status = 401
    default_hint = "Sign in, or send an API token as `Authorization: Bearer …` (`plantrace users token`)."


class Forbidden(PlantraceError):
    status = 403
    default_hint = "Ask an administrator for a role that covers this jurisdiction."


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking: an account (through a session or a token) and the grant in force."""

    name: str
    role: Role
    jurisdiction: str
    via: Literal["session", "token"]

    def may(self, role: Role, jurisdiction: str) -> bool:
        return rank(self.role) >= rank(role) and covers(self.jurisdiction, jurisdiction)


def rank(role: str) -> int:
    if role not in ROLES:
        raise ConfigError(f"Unknown role {role!r}.", hint=f"Roles: {', '.join(ROLES)}.")
    return ROLES.index(role)


def covers(grant: str, jurisdiction: str) -> bool:
    """广州市 covers 广州市 and 广州市海珠区; 海珠区 covers 广州市海珠区 but not 广州市; * covers all.

    A place named short (海珠区) and in full (广州市海珠区) is one place, whichever side names it.
    """
    if grant == EVERYWHERE:
        return True
    if len(grant) < 2 or len(jurisdiction) < 2:
        return False
    return jurisdiction.startswith(grant) or jurisdiction.endswith(grant) or grant.endswith(jurisdiction)


def require(principal: Principal | None, role: Role, jurisdiction: str) -> Principal:
    """The principal if it may act as ``role`` on ``jurisdiction``; else 401 (nobody) or 403 (too little)."""
    if principal is None:
        raise Unauthenticated("This needs a signed-in account or an API token.")
    if not principal.may(role, jurisdiction):
        where = jurisdiction or "this document"
        raise Forbidden(f"{principal.name} ({principal.role} of {principal.jurisdiction}) may not act as "
                        f"{role} on {where}.")
    return principal


def stamp(now: datetime) -> str:
    return now.replace(microsecond=0).isoformat()


# -- accounts --------------------------------------------------------------------------------------

def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def add_user(db: str | Path, name: str, password: str, role: str, jurisdiction: str, *, actor: str,
             now: datetime) -> Row:
    rank(role)
    if not name.strip() or len(password) < 8:
        raise ConfigError("A user needs a name and a password of at least 8 characters.")
    row = {"name": name.strip(), "password_hash": _hasher().hash(password), "role": role,
           "jurisdiction": jurisdiction.strip() or EVERYWHERE, "created_at": stamp(now)}
    with open_store(db) as store, store.transaction():
        if account_store.account(store.conn, row["name"]):
            raise ConfigError(f"User {row['name']!r} exists.", hint="Choose another name, or revoke it first.")
        account_store.insert_account(store.conn, row)
        public = {k: row[k] for k in ("name", "role", "jurisdiction")}
        _audit(store.conn, actor, now, "user.create", row["name"], row["jurisdiction"], None, public)
    return {k: row[k] for k in ("name", "role", "jurisdiction", "created_at")}


def users(db: str | Path) -> list[Row]:
    with open_store(db, write=False) as store:
        return account_store.accounts(store.conn)


def revoke_user(db: str | Path, name: str, *, actor: str, now: datetime) -> Row:
    with open_store(db) as store, store.transaction():
        found = account_store.account(store.conn, name)
        if found is None:
            raise NotFound(f"No user {name!r}.", hint="`plantrace users list` shows the users.")
        account_store.revoke_account(store.conn, name, stamp(now))
        _audit(store.conn, actor, now, "user.revoke", name, found["jurisdiction"],
               {"role": found["role"], "revoked_at": found["revoked_at"]}, {"revoked_at": stamp(now)})
    return {"name": name, "revoked_at": stamp(now)}


def sign_in(db: str | Path, name: str, password: str, *, now: datetime) -> tuple[str, Principal]:
    """Check a password; returns a new session cookie value and the principal."""
    with open_store(db) as store:
        found = account_store.account(store.conn, name)
        hasher = _hasher()
        if found is None or found["revoked_at"] or not _verify(hasher, found["password_hash"], password):
            raise Unauthenticated("Wrong user name or password.", hint="Check both, or ask an administrator.")
        cookie = secrets.token_urlsafe(32)
        expires = stamp(now + timedelta(hours=SESSION_HOURS))
        with store.transaction():
            account_store.insert_session(store.conn, _sha(cookie), name, stamp(now), expires)
    return cookie, Principal(name, found["role"], found["jurisdiction"], "session")


def _verify(hasher: Any, password_hash: str, password: str) -> bool:
    from argon2.exceptions import VerificationError

    try:
        return bool(hasher.verify(password_hash, password))
    except VerificationError:
        return False


def session_principal(db: str | Path, cookie: str, *, now: datetime) -> Principal | None:
    with open_store(db, write=False) as store:
        found = account_store.session(store.conn, _sha(cookie))
    if found is None or found["revoked_at"] or found["expires_at"] <= stamp(now):
        return None
    return Principal(found["name"], found["role"], found["jurisdiction"], "session")


def sign_out(db: str | Path, cookie: str) -> None:
    with open_store(db) as store, store.transaction():
        account_store.delete_session(store.conn, _sha(cookie))


# -- tokens ----------------------------------------------------------------------------------------

def create_token(db: str | Path, owner: str, *, label: str, role: str | None, jurisdiction: str | None,
                 actor: str, now: datetime) -> Row:
    """A new API token for ``owner``, no wider than the owner's grant. The secret is in the answer only."""
    with open_store(db) as store, store.transaction():
        account = account_store.account(store.conn, owner)
        if account is None or account["revoked_at"]:
            raise NotFound(f"No active user {owner!r}.", hint="`plantrace users list` shows the users.")
        role = role or account["role"]
        jurisdiction = jurisdiction or account["jurisdiction"]
        if rank(role) > rank(account["role"]) or not covers(account["jurisdiction"], jurisdiction):
            raise Forbidden(f"A token of {owner} cannot be wider than {account['role']} of {account['jurisdiction']}.")
        secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
        digest = _sha(secret)
        row = {"id": digest[:16], "secret_hash": digest, "account": owner, "label": label, "role": role,
               "jurisdiction": jurisdiction, "created_at": stamp(now)}
        account_store.insert_token(store.conn, row)
        public = {k: row[k] for k in ("id", "account", "label", "role", "jurisdiction")}
        _audit(store.conn, actor, now, "token.create", row["id"], jurisdiction, None, public)
    return {**public, "created_at": row["created_at"], "token": secret}


def tokens(db: str | Path, owner: str | None = None) -> list[Row]:
    with open_store(db, write=False) as store:
        return account_store.tokens(store.conn, owner)


def revoke_token(db: str | Path, token_id: str, *, actor: str, now: datetime) -> Row:
    with open_store(db) as store, store.transaction():
        found = account_store.token(store.conn, token_id)
        if found is None:
            raise NotFound(f"No token {token_id!r}.", hint="`plantrace users list --tokens` shows the token ids.")
        account_store.revoke_token(store.conn, token_id, stamp(now))
        _audit(store.conn, actor, now, "token.revoke", token_id, found["jurisdiction"],
               {"revoked_at": found["revoked_at"]}, {"revoked_at": stamp(now)})
    return {"id": token_id, "revoked_at": stamp(now)}


def token_principal(db: str | Path, secret: str) -> Principal | None:
    with open_store(db, write=False) as store:
        found = account_store.token_by_hash(store.conn, _sha(secret))
    if found is None or found["revoked_at"] or found["account_revoked_at"]:
        return None
    return Principal(found["account"], found["role"], found["jurisdiction"], "token")


def _sha(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


# -- audit -----------------------------------------------------------------------------------------

def record(db: str | Path, actor: str, now: datetime, action: str, target: str, jurisdiction: str,
           old: Any = None, new: Any = None) -> None:
    """Append one change to the audit log."""
    with open_store(db) as store, store.transaction():
        _audit(store.conn, actor, now, action, target, jurisdiction, old, new)


def _audit(conn: Any, actor: str, now: datetime, action: str, target: str, jurisdiction: str,
           old: Any, new: Any) -> None:
    account_store.append_audit(conn, {"at": stamp(now), "actor": actor, "action": action, "target": target,
                                      "jurisdiction": jurisdiction, "old": old, "new": new})


def audit_log(db: str | Path, *, limit: int | None = None, offset: int = 0) -> tuple[list[Row], int]:
    """Audit entries, newest first, and how many there are."""
    with open_store(db, write=False) as store:
        return account_store.audit(store.conn, limit, offset), account_store.audit_count(store.conn)


def audit_intact(db: str | Path) -> bool:
    with open_store(db, write=False) as store:
        return account_store.audit_chain_ok(store.conn)


def app_secret(db: str | Path) -> str:
    """A per-database secret (made once), for signing what the web app hands out."""
    with open_store(db) as store, store.transaction():
        return account_store.secret(store.conn, "web", secrets.token_urlsafe(32))
