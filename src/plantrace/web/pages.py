"""Server-rendered pages: library, reader, search, targets, places; sign-in and administration in ``admin``."""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from plantrace import library
from plantrace.accounts import Principal
from plantrace.models import DOC_TYPES
from plantrace.web import capabilities, reader
from plantrace.web.context import config, csrf_token, principal
from plantrace.web.context import reader as allowed_reader
from plantrace.web.export import to_csv, to_xlsx
from plantrace.web.i18n import LANGS, translator

router = APIRouter(include_in_schema=False)
_env = Environment(
    loader=FileSystemLoader(str(resources.files("plantrace.web").joinpath("templates"))),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True, lstrip_blocks=True,
)


def marked(snippet: str) -> Markup:
    """A snippet with 【matched words】 as <mark>: escaped first, so document text stays inert."""
    return Markup(str(escape(snippet)).replace("【", "<mark>").replace("】", "</mark>"))


_env.filters["marked"] = marked
templates = Jinja2Templates(env=_env)
Reader = Annotated[Principal | None, Depends(allowed_reader)]
PAGE_SIZE = 50
TARGET_COLUMNS = ("metric", "value", "unit", "comparator", "year", "stance", "kind", "jurisdiction", "surface",
                  "title", "line_start")
EXPORT_COLUMNS = ("doc", "source", "line_start", "line_end", "jurisdiction", "metric", "value", "value_max", "unit",
                  "comparator", "stance", "year", "kind", "surface", "rule")


def lang_of(request: Request) -> str:
    wanted = request.query_params.get("lang") or request.cookies.get("lang") or "zh"
    return wanted if wanted in LANGS else "zh"


def render(request: Request, template: str, title: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = lang_of(request)
    try:
        who = principal(request)
    except Exception:
        who = None
    context.update(
        request=request, t=translator(lang), lang=lang, who=who, csrf=csrf_token(request), page_title=title,
        caps={name: capabilities.has(name) for name in ("links", "tracking")},
        other_lang="en" if lang == "zh" else "zh", path=request.url.path,
    )
    response = templates.TemplateResponse(request, template, context, status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie("lang", lang, samesite="lax", httponly=True, path="/")
    return response


def error_page(request: Request, status: int, error: str, hint: str) -> HTMLResponse:
    return render(request, "error.html", f"{status}", status=status, status_code=status, error=error, hint=hint)


@router.get("/", response_class=HTMLResponse)
def library_page(request: Request, who: Reader) -> HTMLResponse:
    conf = config(request)
    docs = library.documents(conf.db)
    can_upload = who is not None and who.role in ("editor", "admin")
    return render(request, "library.html", translator(lang_of(request))("library"), documents=docs,
                  can_upload=can_upload, max_mb=conf.max_upload_bytes >> 20, doc_types=DOC_TYPES)


@router.get("/documents/{doc}", response_class=HTMLResponse)
def reader_page(request: Request, doc: str, who: Reader,
                script: Annotated[str, Query(pattern="^(raw|simp)$")] = "raw") -> HTMLResponse:
    data = library.reader_view(config(request).db, doc)
    document = data["document"]
    return render(
        request, "reader.html", document["title"] or document["source"], document=document,
        blocks=reader.blocks(data, simplified=script == "simp"), outline=reader.outline(data["nodes"]),
        general=reader.unplaced_warnings(document["warnings"]), script=script,
        can_edit=who is not None and who.may("editor", document["jurisdiction"]),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, _who: Reader, q: Annotated[str, Query(max_length=200)] = "",
    place: Annotated[str, Query(max_length=100)] = "", doc_type: Annotated[str, Query(max_length=40)] = "",
    year: Annotated[str, Query(max_length=4)] = "",
) -> HTMLResponse:
    from plantrace.models import DOC_TYPES
    from plantrace.search import search

    hits = []
    if q.strip():
        hits = search(config(request).db, q, limit=30, jurisdiction=place or None, doc_type=doc_type or None,
                      year=int(year) if year.isdigit() else None)
    title = f"{q} · {translator(lang_of(request))('search')}" if q else translator(lang_of(request))("search")
    return render(request, "search.html", title, q=q, place=place, doc_type=doc_type, year=year, hits=hits,
                  doc_types=DOC_TYPES, places=library.places(config(request).db))


def _targets(request: Request, filters: dict[str, str]) -> list[dict[str, Any]]:
    db = config(request).db
    rows = library.measures(
        db, metric=filters["metric"] or None, stance=filters["stance"] or None, kind=filters["kind"] or None,
        year=int(filters["year"]) if filters["year"].isdigit() else None, jurisdiction=filters["place"] or None,
    )
    docs = {d["doc"]: d for d in library.documents(db)}
    for row in rows:
        doc = docs.get(row["doc"], {})
        row["jurisdiction"], row["title"] = doc.get("jurisdiction", ""), doc.get("title", "")
    key = filters["sort"] if filters["sort"] in TARGET_COLUMNS else ""
    if key:
        rows.sort(key=lambda r: (r.get(key) is None, r.get(key) if r.get(key) is not None else 0),
                  reverse=filters["dir"] == "desc")
    return rows


def _target_filters(request: Request) -> dict[str, str]:
    names = ("metric", "year", "stance", "kind", "place", "sort", "dir")
    return {n: request.query_params.get(n, "")[:100] for n in names}


@router.get("/targets", response_class=HTMLResponse)
def targets_page(request: Request, _who: Reader, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    filters = _target_filters(request)
    rows = _targets(request, filters)
    shown = rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    query = {k: v for k, v in filters.items() if v}
    chart = _chart(rows, translator(lang_of(request))) if filters["metric"] else None
    return render(request, "targets.html", translator(lang_of(request))("targets"), rows=shown, total=len(rows),
                  page=page, pages=max(1, -(-len(rows) // PAGE_SIZE)), filters=filters, columns=TARGET_COLUMNS,
                  query=urlencode(query), sort_query=urlencode({k: v for k, v in query.items()
                                                                 if k not in ("sort", "dir")}), chart=chart)


def _chart(rows: list[dict[str, Any]], t: Any) -> dict[str, Any] | None:
    """Values by year of one metric for one place, kind, unit and annual scope: results and promises."""
    usable = [r for r in rows if r["year"] and r["value"] is not None and r.get("scope", "annual") == "annual"]
    if not usable:
        return None
    first = usable[0]
    same = [r for r in usable if all(r.get(k) == first.get(k) for k in ("jurisdiction", "kind", "unit"))]
    series: dict[str, dict[int, float]] = {"actual": {}, "target": {}}
    for r in same:
        series[r["stance"]].setdefault(int(r["year"]), float(r["value"]))
    years = sorted(set(series["actual"]) | set(series["target"]))
    caption = f"{first['metric_canonical'] or first['metric']} · {first['jurisdiction']} · {first['kind']}"
    return line_chart(years, first["unit"], caption, [
        (t("result"), "#1f7a35", False, [series["actual"].get(y) for y in years]),
        (t("promise"), "#a55b00", True, [series["target"].get(y) for y in years]),
    ])


def line_chart(labels: list[Any], unit: str, caption: str,
               series: list[tuple[str, str, bool, list[float | None]]]) -> dict[str, Any]:
    """The JSON a ``<canvas data-chart>`` is drawn from (static/charts.js)."""
    return {"type": "line", "labels": labels, "unit": unit, "caption": caption,
            "datasets": [{"label": label, "color": color, "dashed": dashed, "data": data}
                         for label, color, dashed, data in series]}


@router.get("/targets.csv")
def targets_csv(request: Request, _who: Reader) -> Response:
    rows = _targets(request, _target_filters(request))
    return Response(to_csv(rows, EXPORT_COLUMNS), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="plantrace-targets.csv"'})


@router.get("/targets.xlsx")
def targets_xlsx(request: Request, _who: Reader) -> Response:
    rows = _targets(request, _target_filters(request))
    return Response(to_xlsx(rows, EXPORT_COLUMNS, "targets"),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"content-disposition": 'attachment; filename="plantrace-targets.xlsx"'})


@router.get("/places", response_class=HTMLResponse)
def places_page(request: Request, _who: Reader,
                place: Annotated[list[str] | None, Query(max_length=8)] = None) -> HTMLResponse:
    db = config(request).db
    chosen = [p for p in (place or []) if p.strip()]
    grid: dict[str, dict[str, list[dict[str, Any]]]] = {}
    if chosen:
        grid = {a: {p: [] for p in chosen} for a in library.compare_aspects()}
        for row in library.compare(db, chosen, limit=10):
            grid[row["aspect"]][row["place"]].append(row)
    return render(request, "places.html", translator(lang_of(request))("places"), known=library.places(db),
                  chosen=chosen, grid=grid)


def safe_next(target: str | None) -> str:
    """Only a path on this site: ``/x`` but not ``//host`` or ``/\\host``."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def redirect(target: str) -> RedirectResponse:
    return RedirectResponse(safe_next(target), status_code=303)


@router.get("/links", response_class=HTMLResponse)
def links_page(
    request: Request, _who: Reader, lower: Annotated[str, Query(max_length=100)] = "",
    upper: Annotated[str, Query(max_length=100)] = "", relation: Annotated[str, Query(max_length=20)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    """A lower plan's coverage of its upper plan, and the linked passages side by side."""
    db = config(request).db
    rows = capabilities.links(db, lower=lower or None, upper=upper or None, relation=relation or None)
    shown = rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    spans = [(r[side]["doc"], r[side]["line_start"], r[side]["line_end"]) for r in shown for side in ("lower", "upper")]
    texts = library.passages(db, spans)
    covered = capabilities.coverage(db, lower, upper) if lower and upper else []
    query = urlencode({k: v for k, v in (("lower", lower), ("upper", upper), ("relation", relation)) if v})
    return render(request, "links.html", translator(lang_of(request))("links"), rows=shown, total=len(rows),
                  texts=texts, coverage=covered, lower=lower, upper=upper, relation=relation, page=page,
                  pages=max(1, -(-len(rows) // PAGE_SIZE)), query=query, places=library.places(db),
                  relations=("reuse", "commitment", "positioning", "target"))
