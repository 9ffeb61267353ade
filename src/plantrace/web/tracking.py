"""Tracking pages (shown once the tracking library exists): indicators by status, one indicator's series
and history with a form for editors, and the evaluation report."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response

from plantrace import accounts
from plantrace.web import capabilities
from plantrace.web.context import check_csrf, config, now, principal
from plantrace.web.context import reader as allowed_reader
from plantrace.web.i18n import translator
from plantrace.web.pages import lang_of, line_chart, redirect, render

router = APIRouter(include_in_schema=False)
STATUS_ORDER = ("met", "ahead", "on_track", "lagging", "not_met", "no_data")
STATUS_COLOURS = {"met": "#1f7a35", "ahead": "#2e9e4f", "on_track": "#7fb800", "lagging": "#e6a700",
                  "not_met": "#b3261e", "no_data": "#9aa3b2"}
Text = Annotated[str, Query(max_length=100)]


@router.get("/tracking", response_class=HTMLResponse)
def tracking_page(request: Request, jurisdiction: Text = "", year: Text = "", status: Text = "") -> HTMLResponse:
    allowed_reader(request)
    db = config(request).db
    rows = capabilities.track_status(db, jurisdiction=jurisdiction or None,
                                     year=int(year) if year.isdigit() else None)
    counts = Counter(r["status"] for r in rows)
    shown = [r for r in rows if not status or r["status"] == status]
    labels = {r["status"]: r["label"] for r in rows}
    order = [s for s in STATUS_ORDER if counts.get(s)]
    chart = {"type": "bar", "labels": [labels.get(s, s) for s in order], "unit": "", "caption": "",
             "datasets": [{"label": "", "color": [STATUS_COLOURS[s] for s in order],
                           "data": [counts[s] for s in order]}]}
    return render(request, "tracking.html", translator(lang_of(request))("tracking"), rows=shown, total=len(rows),
                  counts=[(s, labels.get(s, s), counts[s]) for s in order], chart=chart if rows else None,
                  jurisdiction=jurisdiction, year=year, status_filter=status,
                  jurisdictions=sorted({r["jurisdiction"] for r in rows}))


@router.get("/tracking/indicator", response_class=HTMLResponse)
def indicator_page(request: Request, name: Text, jurisdiction: Text) -> HTMLResponse:
    who = allowed_reader(request)
    view = capabilities.indicator(config(request).db, name, jurisdiction)
    return render(request, "indicator.html", f"{view['indicator']} · {jurisdiction}", view=view,
                  chart=_series_chart(view, translator(lang_of(request))),
                  can_edit=who is not None and who.may("editor", jurisdiction))


def _series_chart(view: dict[str, Any], t: Any) -> dict[str, Any] | None:
    counted = {o["year"]: o["value"] for o in view["observations"] if o["counts"] and o["year"]}
    targets: dict[int, float] = {}
    for s in view["statuses"]:
        if s["scope"] == "annual" and s["target"]["value"] is not None:
            targets.setdefault(s["year"], s["target"]["value"])
    years = sorted(set(counted) | set(targets))
    if not years:
        return None
    return line_chart(years, view["unit"], f"{view['indicator']} · {view['jurisdiction']}", [
        (t("result"), "#1f7a35", False, [counted.get(y) for y in years]),
        (t("promise"), "#a55b00", True, [targets.get(y) for y in years]),
    ])


@router.post("/tracking/observations")
def add_observation(
    request: Request, csrf: Annotated[str, Form(max_length=100)],
    jurisdiction: Annotated[str, Form(min_length=1, max_length=100)],
    indicator: Annotated[str, Form(min_length=1, max_length=100)], year: Annotated[int, Form(ge=1949, le=2200)],
    value: Annotated[float, Form(allow_inf_nan=False)], source: Annotated[str, Form(min_length=1, max_length=300)],
    unit: Annotated[str, Form(max_length=20)] = "", note: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    """An editor of the place adds or corrects a value; the indicator page then shows the new status."""
    check_csrf(request, csrf)
    who = accounts.require(principal(request), "editor", jurisdiction)
    row = {"jurisdiction": jurisdiction, "indicator": indicator, "year": year, "value": value, "unit": unit,
           "source": source, "note": note}
    capabilities.add_observation(config(request).db, row, actor=who.name, now=now())
    return redirect("/tracking/indicator?" + urlencode({"name": indicator, "jurisdiction": jurisdiction}))


@router.get("/tracking/report", response_class=HTMLResponse)
def report_page(request: Request, jurisdiction: Text, period: Annotated[str, Query(pattern=r"^\d{4}-\d{4}$")]
                ) -> Response:
    """The evaluation report as its own document (download or print)."""
    allowed_reader(request)
    start, end = (int(y) for y in period.split("-"))
    html = capabilities.report(config(request).db, jurisdiction, (start, end), "html")
    return Response(html, media_type="text/html; charset=utf-8",
                    headers={"content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; "
                             "img-src data:; frame-ancestors 'none'"})
