"""Sign in and out, document removal from the reader, and the administrators' page (users, tokens, audit)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from plantrace import accounts
from plantrace.accounts import Principal
from plantrace.web.changes import audit_as_csv
from plantrace.web.changes import remove_document as remove_document_as
from plantrace.web.context import SESSION_COOKIE, check_csrf, config, now, principal
from plantrace.web.pages import redirect, render, safe_next

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(max_length=100)]


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    return render(request, "login.html", "登录 · Sign in", next=safe_next(next), failed=False)


@router.post("/login")
def login(request: Request, user: Annotated[str, Form(max_length=100)],
          password: Annotated[str, Form(max_length=200)], csrf: Csrf,
          next: Annotated[str, Form(max_length=500)] = "/") -> Response:
    check_csrf(request, csrf)
    try:
        cookie, _who = accounts.sign_in(config(request).db, user, password, now=now())
    except accounts.Unauthenticated:
        return render(request, "login.html", "登录 · Sign in", status=401, next=safe_next(next), failed=True)
    response = redirect(next)
    response.set_cookie(SESSION_COOKIE, cookie, httponly=True, samesite="lax", path="/",
                        secure=config(request).secure_cookies, max_age=accounts.SESSION_HOURS * 3600)
    return response


@router.post("/logout")
def logout(request: Request, csrf: Csrf) -> Response:
    check_csrf(request, csrf)
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        accounts.sign_out(config(request).db, cookie)
    response = redirect("/")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/documents/{doc}/remove")
def remove_document(request: Request, doc: str, csrf: Csrf) -> Response:
    check_csrf(request, csrf)
    remove_document_as(config(request).db, doc, principal(request))
    return redirect("/")


def _admin(request: Request) -> Principal:
    """The caller if they administer some jurisdiction (what they see is limited to it)."""
    who = principal(request)
    return accounts.require(who, "admin", who.jurisdiction if who else "*")


@router.get("/admin", response_class=HTMLResponse)
def admin_page(request: Request, new_token: str = "") -> HTMLResponse:
    who = _admin(request)
    db = config(request).db
    users = [u for u in accounts.users(db) if accounts.covers(who.jurisdiction, u["jurisdiction"])]
    tokens = [t for t in accounts.tokens(db) if accounts.covers(who.jurisdiction, t["jurisdiction"])]
    entries, total = accounts.audit_log(db, limit=200)
    entries = [e for e in entries if accounts.covers(who.jurisdiction, e["jurisdiction"])]
    return render(request, "admin.html", "管理 · Admin", users=users, tokens=tokens, entries=entries, total=total,
                  roles=accounts.ROLES, new_token=request.scope.get("plantrace.new_token", ""))


@router.post("/admin/users")
def add_user(request: Request, name: Annotated[str, Form(max_length=100)],
             password: Annotated[str, Form(max_length=200)], role: Annotated[str, Form(max_length=20)],
             jurisdiction: Annotated[str, Form(max_length=100)], csrf: Csrf) -> Response:
    check_csrf(request, csrf)
    who = _admin(request)
    accounts.require(who, "admin", jurisdiction)
    accounts.add_user(config(request).db, name, password, role, jurisdiction, actor=who.name, now=now())
    return redirect("/admin")


@router.post("/admin/users/{name}/revoke")
def revoke_user(request: Request, name: str, csrf: Csrf) -> Response:
    check_csrf(request, csrf)
    who = _admin(request)
    _require_admin_of(who, accounts.users(config(request).db), "name", name)
    accounts.revoke_user(config(request).db, name, actor=who.name, now=now())
    return redirect("/admin")


@router.post("/admin/tokens", response_class=HTMLResponse)
def add_token(request: Request, owner: Annotated[str, Form(max_length=100)],
              label: Annotated[str, Form(max_length=100)], csrf: Csrf,
              role: Annotated[str, Form(max_length=20)] = "", jurisdiction: Annotated[str, Form(max_length=100)] = ""
              ) -> Response:
    check_csrf(request, csrf)
    who = _admin(request)
    db = config(request).db
    _require_admin_of(who, accounts.users(db), "name", owner)
    made = accounts.create_token(db, owner, label=label, role=role or None, jurisdiction=jurisdiction or None,
                                 actor=who.name, now=now())
    request.scope["plantrace.new_token"] = made["token"]
    return admin_page(request)


@router.post("/admin/tokens/{token_id}/revoke")
def revoke_token(request: Request, token_id: str, csrf: Csrf) -> Response:
    check_csrf(request, csrf)
    who = _admin(request)
    _require_admin_of(who, accounts.tokens(config(request).db), "id", token_id)
    accounts.revoke_token(config(request).db, token_id, actor=who.name, now=now())
    return redirect("/admin")


def _require_admin_of(who: Principal, rows: list[dict[str, Any]], key: str, value: str) -> None:
    """An administrator may act on a user or token only within the jurisdiction it belongs to."""
    found = next((r for r in rows if r[key] == value), None)
    accounts.require(who, "admin", found["jurisdiction"] if found else "*")


@router.get("/admin/audit.csv")
def audit_csv(request: Request) -> Response:
    who = _admin(request)
    rows, _total = accounts.audit_log(config(request).db)
    rows = [r for r in rows if accounts.covers(who.jurisdiction, r["jurisdiction"])]
    return Response(audit_as_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="plantrace-audit.csv"'})
