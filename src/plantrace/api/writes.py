"""Write routes: each needs a token (or a signed-in session with its CSRF token) of a role that covers
the jurisdiction it changes; 401 without credentials, 403 with the wrong ones. Every change is audited."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Header, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field

from plantrace import accounts
from plantrace.accounts import Principal
from plantrace.api.routes import Limit, Offset, page
from plantrace.api.schemas import Page, errors
from plantrace.models import DOC_TYPES, Given
from plantrace.web import capabilities
from plantrace.web.changes import audit_as_csv, remove_document, store_upload
from plantrace.web.context import CSRF_HEADER, check_csrf, config, now, principal

router = APIRouter(tags=["write"], responses=errors(401, 403, 422))
Caller = Annotated[Principal | None, Depends(principal)]
CsrfHeader = Annotated[str | None, Header(alias=CSRF_HEADER, include_in_schema=False)]


@router.post("/documents", status_code=201, response_model=dict[str, Any], responses=errors(413),
             summary="Upload a document (editor of its jurisdiction)")
async def upload(
    request: Request, who: Caller, file: Annotated[UploadFile, File()],
    issued: Annotated[str | None, Form(description="The issue date the text does not give: YYYY-MM-DD, YYYY-MM "
                                                   "or YYYY (今年 and 去年 count from it)")] = None,
    jurisdiction: Annotated[str | None, Form(description="The place of the document when the text does not "
                                                         "say (贵州省, 遵义市, 新疆 …)")] = None,
    doc_type: Annotated[str | None, Form(description="The document type, when the text does not make it clear: "
                                                   + ", ".join(DOC_TYPES))] = None,
    csrf: CsrfHeader = None,
) -> dict[str, Any]:
    accounts.require(who, "editor", "*" if who is None else who.jurisdiction)
    check_csrf(request, csrf)
    conf = config(request)
    given = Given(issued=issued or None, jurisdiction=jurisdiction or None,
                  doc_type=doc_type or None)  # type: ignore[arg-type]  # checked with the rest (422 and a hint)
    data = await file.read(conf.max_upload_bytes + 1)
    return await run_in_threadpool(store_upload, conf.db, file.filename or "upload.txt", data,
                                   conf.max_upload_bytes, who, given)


@router.delete("/documents/{doc}", response_model=dict[str, Any], responses=errors(404),
               summary="Remove a document and its facts (editor of its jurisdiction)")
def remove(request: Request, doc: str, who: Caller, csrf: CsrfHeader = None) -> dict[str, Any]:
    db = config(request).db
    accounts.require(who, "editor", "*" if who is None else who.jurisdiction)
    check_csrf(request, csrf)
    return remove_document(db, doc, who)


class Observation(BaseModel):
    """A value a person enters for an indicator and year, with the source they name."""

    jurisdiction: str = Field(min_length=1, max_length=100)
    indicator: str = Field(min_length=1, max_length=100)
    year: int = Field(ge=1949, le=2200)
    value: float = Field(allow_inf_nan=False)
    unit: str = Field(default="", max_length=20)
    source: str = Field(min_length=1, max_length=300)
    note: str = Field(default="", max_length=500)


@router.post("/observations", status_code=201, response_model=dict[str, Any], responses=errors(501),
             summary="Add or correct an observation (editor of its jurisdiction)")
def add_observation(request: Request, body: Observation, who: Caller, csrf: CsrfHeader = None) -> dict[str, Any]:
    caller = accounts.require(who, "editor", body.jurisdiction)
    check_csrf(request, csrf)
    return capabilities.add_observation(config(request).db, body.model_dump(), actor=caller.name, now=now())



@router.get("/audit", response_model=Page, summary="The audit log, newest first (administrators)")
def audit(request: Request, who: Caller, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    accounts.require(who, "admin", "*")
    rows, total = accounts.audit_log(config(request).db, limit=limit, offset=offset)
    return {**page(rows, limit, 0), "total": total, "offset": offset}


@router.get("/audit.csv", response_class=Response, summary="The whole audit log as CSV (administrators)",
            responses={200: {"content": {"text/csv": {}}}})
def audit_csv(request: Request, who: Caller) -> Response:
    accounts.require(who, "admin", "*")
    rows, _total = accounts.audit_log(config(request).db)
    return Response(audit_as_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="plantrace-audit.csv"'})


@router.get("/me", response_model=dict[str, Any], summary="Who the credentials belong to")
def me(who: Caller, _q: Annotated[str | None, Query(include_in_schema=False)] = None) -> dict[str, Any]:
    if who is None:
        raise accounts.Unauthenticated("No credentials were sent.")
    return {"name": who.name, "role": who.role, "jurisdiction": who.jurisdiction, "via": who.via}
