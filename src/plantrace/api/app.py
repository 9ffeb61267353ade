"""``create_app``: the REST API, the web pages, static files, error shape and security headers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from plantrace import __version__
from plantrace.api import routes, writes
from plantrace.errors import PlantraceError
from plantrace.store.db import pooled
from plantrace.web import admin, pages, tracking
from plantrace.web.context import CSRF_COOKIE, AppConfig

API = "/api/v1"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cross-origin-opener-policy": "same-origin",
}


def create_app(config: AppConfig) -> FastAPI:
    """The whole app for one database: pages at ``/``, the API at ``/api/v1``, assets at ``/static``.

    On PostgreSQL, while the app runs, requests borrow connections from one pool (at most
    ``config.pg_pool_size``: the setting ``pg_pool_size``) instead of connecting for each request."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        with pooled(config.db, max_size=config.pg_pool_size):
            yield

    app = FastAPI(
        lifespan=lifespan,
        title="plantrace", version=__version__, openapi_url=f"{API}/openapi.json", docs_url=None, redoc_url=None,
        description="What Chinese government plans promised, where, and what happened next. "
        "Read routes return the CLI's `--json` rows; lists are `{items, total, limit, offset}`; every error is "
        '`{"ok": false, "error", "hint", "status"}`.',
    )
    app.state.config = config
    app.include_router(routes.router, prefix=API)
    app.include_router(writes.router, prefix=API)
    app.include_router(pages.router)
    app.include_router(admin.router)
    app.include_router(tracking.router)
    static = resources.files("plantrace.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _errors(app)
    app.middleware("http")(_headers)
    return app


async def _headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.url.path.startswith("/static/"):
        response.headers["cache-control"] = "public, max-age=3600"
    new_csrf = request.scope.get("plantrace.csrf")
    if new_csrf and not request.cookies.get(CSRF_COOKIE):
        secure = request.app.state.config.secure_cookies
        response.set_cookie(CSRF_COOKIE, new_csrf, httponly=True, samesite="strict", secure=secure, path="/")
    return response


def error_body(status: int, error: str, hint: str = "") -> dict[str, object]:
    return {"ok": False, "error": error, "hint": hint, "status": status}


def _errors(app: FastAPI) -> None:
    @app.exception_handler(PlantraceError)
    async def plantrace_error(request: Request, exc: PlantraceError) -> Response:
        return _answer(request, exc.status, exc.message, exc.hint)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        hint = "See /api/v1/openapi.json for the routes." if exc.status_code in (404, 405) else ""
        return _answer(request, exc.status_code, str(exc.detail), hint)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', '')}" for e in exc.errors()
        )
        return _answer(request, 422, f"Invalid request: {problems}", "See /api/v1/openapi.json for the parameters.")


def _answer(request: Request, status: int, error: str, hint: str) -> Response:
    if request.url.path.startswith(API):
        return JSONResponse(error_body(status, error, hint), status_code=status)
    return pages.error_page(request, status, error, hint)
