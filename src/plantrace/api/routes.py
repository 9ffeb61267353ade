"""Read routes: the CLI's ``--json`` rows through the same library functions, paginated."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from plantrace import library
from plantrace.accounts import Principal
from plantrace.api.schemas import Page, errors
from plantrace.web import capabilities
from plantrace.web.context import config, reader

router = APIRouter(tags=["read"], responses=errors(401, 422))
Reader = Annotated[Principal | None, Depends(reader)]
Limit = Annotated[int, Query(ge=1, le=1000, description="Most rows in this page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Year = Annotated[int | None, Query(ge=1900, le=2200)]
Text = Annotated[str | None, Query(max_length=200)]


def page(rows: Sequence[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {"items": list(rows[offset:offset + limit]), "total": len(rows), "limit": limit, "offset": offset}


@router.get("/documents", response_model=Page, summary="Documents (plantrace ls --json)")
def documents(request: Request, _who: Reader, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(library.documents(config(request).db), limit, offset)


@router.get("/documents/{doc}", response_model=dict[str, Any], responses=errors(404),
            summary="One document with warnings and removed runs (plantrace show DOC --json)")
def document(request: Request, doc: str, _who: Reader) -> dict[str, Any]:
    return library.document(config(request).db, doc)


@router.get("/documents/{doc}/nodes", response_model=Page, responses=errors(404),
            summary="Structure nodes in order (outline=true: plantrace show DOC --outline --json)")
def nodes(request: Request, doc: str, _who: Reader, outline: bool = False, limit: Limit = 1000,
          offset: Offset = 0) -> dict[str, Any]:
    return page(library.nodes(config(request).db, doc, outline=outline), limit, offset)


@router.get("/search", response_model=Page, responses=errors(400, 404),
            summary="Ranked, cited passages (plantrace search QUERY --json)")
def search(
    request: Request, _who: Reader, q: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 10,
    doc: Text = None, jurisdiction: Text = None, level: Text = None, doc_type: Text = None, year: Year = None,
    kind: Text = None,
) -> dict[str, Any]:
    from plantrace.search import search as run

    hits = run(config(request).db, q, limit=limit, doc=doc, jurisdiction=jurisdiction, level=level,
               doc_type=doc_type, year=year, kind=kind)
    return page([h.as_dict() for h in hits], limit, 0)


@router.get("/measures", response_model=Page, responses=errors(404),
            summary="Quantities: targets and results (plantrace targets --json)")
def measures(
    request: Request, _who: Reader, doc: Text = None, metric: Text = None, year: Year = None,
    stance: Annotated[str | None, Query(pattern="^(target|actual)$")] = None, kind: Text = None,
    jurisdiction: Text = None, limit: Limit = 100, offset: Offset = 0,
) -> dict[str, Any]:
    rows = library.measures(config(request).db, doc=doc, metric=metric, year=year, stance=stance, kind=kind,
                            jurisdiction=jurisdiction)
    return page(rows, limit, offset)


@router.get("/projects", response_model=Page, responses=errors(404), summary="Projects (plantrace projects --json)")
def projects(request: Request, _who: Reader, doc: Text = None, status: Text = None, category: Text = None,
             limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    rows = library.projects(config(request).db, doc=doc, status=status, category=category)
    return page(rows, limit, offset)


@router.get("/concepts", response_model=Page, summary="Named concepts (plantrace concepts --json)")
def concepts(request: Request, _who: Reader, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(library.concepts(config(request).db), limit, offset)


@router.get("/platforms", response_model=Page, summary="Platforms (plantrace platforms --json)")
def platforms(request: Request, _who: Reader, place: Text = None, limit: Limit = 100,
              offset: Offset = 0) -> dict[str, Any]:
    return page(library.platforms(config(request).db, place), limit, offset)


@router.get("/industries", response_model=Page, summary="Place x industry cells (plantrace industries --json)")
def industries(request: Request, _who: Reader, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(library.industries(config(request).db), limit, offset)


@router.get("/compare", response_model=Page, responses=errors(404),
            summary="Places side by side (plantrace compare PLACES --json)")
def compare(request: Request, _who: Reader, place: Annotated[list[str], Query(min_length=1, max_length=8)],
            limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(library.compare(config(request).db, place), limit, offset)


@router.get("/links", response_model=Page, responses=errors(404, 501),
            summary="Links between documents (plantrace links --json), once linking is built")
def links(request: Request, _who: Reader, lower: Text = None, upper: Text = None, relation: Text = None,
          limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    rows = capabilities.links(config(request).db, lower=lower, upper=upper, relation=relation)
    return page(rows, limit, offset)


@router.get("/indicators", response_model=Page, responses=errors(404, 501),
            summary="Tracked targets with status (plantrace track status --json), once tracking is built")
def indicators(request: Request, _who: Reader, jurisdiction: Text = None, year: Year = None,
               limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    rows = capabilities.track_status(config(request).db, jurisdiction=jurisdiction, year=year)
    return page(rows, limit, offset)
