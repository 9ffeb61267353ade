"""What every request needs: the app's configuration, who is asking, the clock, and CSRF checks."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from starlette.requests import Request

from plantrace import accounts
from plantrace.accounts import Principal, Unauthenticated
from plantrace.errors import PlantraceError

SESSION_COOKIE = "plantrace_session"
CSRF_COOKIE = "plantrace_csrf"
CSRF_HEADER = "x-csrf-token"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class CsrfFailure(PlantraceError):
    status = 403
    default_hint = "Reload the page and send the form again."


@dataclass(frozen=True, slots=True)
class AppConfig:
    """How one app instance is set up. ``read_open``: reading needs no account."""

    db: str
    read_open: bool = True
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    secure_cookies: bool = False
    pg_pool_size: int = 10  # on PostgreSQL: the most connections the app's pool opens


def config(request: Request) -> AppConfig:
    found: AppConfig = request.app.state.config
    return found


def now() -> datetime:
    return datetime.now(UTC)


def principal(request: Request) -> Principal | None:
    """The caller: a bearer token wins over a session cookie; ``None`` for anonymous callers."""
    db = config(request).db
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        found = accounts.token_principal(db, auth[7:].strip())
        if found is None:
            raise Unauthenticated("The API token is unknown or revoked.")
        return found
    cookie = request.cookies.get(SESSION_COOKIE)
    return accounts.session_principal(db, cookie, now=now()) if cookie else None


def reader(request: Request) -> Principal | None:
    """The caller, when reading is allowed for them (always when reading is open)."""
    who = principal(request)
    if who is None and not config(request).read_open:
        raise Unauthenticated("Reading this database needs an account.")
    return who


def csrf_token(request: Request) -> str:
    """The caller's CSRF token (double-submit cookie), made on first sight."""
    token = request.cookies.get(CSRF_COOKIE) or request.scope.get("plantrace.csrf")
    if not token:
        token = secrets.token_urlsafe(24)
        request.scope["plantrace.csrf"] = token
    return str(token)


def check_csrf(request: Request, sent: str | None) -> None:
    """A form or script write from a browser must echo the CSRF cookie (token callers need not)."""
    if request.headers.get("authorization", "").lower().startswith("bearer "):
        return
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not cookie or not sent or not hmac.compare_digest(cookie, sent):
        raise CsrfFailure("The form's security token is missing or stale.")
