"""Capabilities other issues are building (links, tracking): used when present, refused with 501 when not.

The pages draw a section only when :func:`has` says its capability exists: nothing is shown as built
before it is.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import Any

from plantrace.errors import PlantraceError

Row = dict[str, Any]


class NotBuilt(PlantraceError):
    status = 501
    default_hint = "This build of plantrace does not have it yet; see the README for what is available."


# capability -> (module, function) of the library function that answers it
_PROVIDERS = {
    "links": ("plantrace.linking", "list_links"),
    "coverage": ("plantrace.linking_coverage", "coverage"),
    "tracking": ("plantrace.tracking", "tracking_status"),
    "observations": ("plantrace.tracking", "add_observation"),
    "indicator": ("plantrace.tracking", "indicator_view"),
    "report": ("plantrace.tracking", "render_report"),
}


def _provider(name: str) -> Any:
    module_name, function = _PROVIDERS[name]
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, function, None)


def has(name: str) -> bool:
    return _provider(name) is not None


def _call(name: str, what: str, *args: Any, **kwargs: Any) -> Any:
    provider = _provider(name)
    if provider is None:
        raise NotBuilt(f"{what} are not available in this build.")
    return provider(*args, **kwargs)


def links(db: str, **filters: str | None) -> list[Row]:
    rows: list[Row] = _call("links", "Links between documents", db, **filters)
    return rows


def coverage(db: str, lower: str, upper: str) -> list[Row]:
    rows: list[Row] = _call("coverage", "Coverage of an upper plan", db, lower, upper)
    return rows


def track_status(db: str, **filters: Any) -> list[Row]:
    """``track status --json`` rows (DESIGN.md, "Tracking")."""
    assessed = _call("tracking", "Tracked indicators", db, **filters)
    rows: list[Row] = importlib.import_module("plantrace.tracking").status_rows(assessed)
    return rows


def indicator(db: str, name: str, jurisdiction: str) -> Row:
    """One indicator of one place: every observation (all origins, history kept), targets and statuses."""
    view: Row = _call("indicator", "Tracked indicators", db, name, jurisdiction)
    return view


def report(db: str, jurisdiction: str, period: tuple[int, int], fmt: str = "html") -> str:
    text: str = _call("report", "Evaluation reports", db, jurisdiction=jurisdiction, period=period, fmt=fmt)
    return text


def add_observation(db: str, row: Row, *, actor: str, now: datetime) -> Row:
    """Record an entered observation through the tracking library, and audit it with the value it replaces."""
    from plantrace import accounts

    tracking = importlib.import_module("plantrace.tracking") if has("observations") else None
    if tracking is None:
        raise NotBuilt("Observations are not available in this build.")
    old = _current_value(db, row)
    made = tracking.add_observation(
        db, jurisdiction=row["jurisdiction"], indicator=row["indicator"], year=row["year"], value=row["value"],
        source=row["source"], who=actor, unit=row.get("unit") or None, when=now.isoformat(timespec="microseconds"),
        note=row.get("note") or None)
    out: Row = tracking.observation_row(made)
    accounts.record(db, actor, now, "observation.correct" if old else "observation.add",
                    f"{out['indicator']} {out['year']}", out["jurisdiction"], old,
                    {k: out[k] for k in ("value", "unit", "source", "origin", "note")})
    return out


def _current_value(db: str, row: Row) -> Row | None:
    """The entered value that counted before this one (for the audit log), if any."""
    try:
        view = indicator(db, row["indicator"], row["jurisdiction"])
    except PlantraceError:
        return None
    entered = [o for o in view["observations"] if o["year"] == row["year"] and o["origin"] == "entered"]
    if not entered:
        return None
    last = max(entered, key=lambda o: o["recorded_at"] or "")
    return {k: last[k] for k in ("value", "unit", "source", "origin", "note")}
