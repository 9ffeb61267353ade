"""Tracking, composed: store rows -> track stage -> store rows. The CLI, API and web app call these.

    build_tracking(db)                          targets and observations from every stored document
    tracking_status(db, jurisdiction=…, year=…) one Assessment per tracked target
    status_rows(assessments)                    the ``track status --json`` contract rows
    indicator_view(db, name, jurisdiction)      one indicator: series, targets, statuses, sources
    add_observation(db, …)                      an entered value (history kept)
    import_observations(db, path, who=…)        a validated CSV/Excel import, all rows or none
    write_template(path)                        the template to fill (.xlsx or .csv)
    render_report(db, jurisdiction, period, fmt) the evaluation report (html or md)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from plantrace.errors import NotFound
from plantrace.store import open_store
from plantrace.store import track as track_store
from plantrace.track import build, observations, report, status
from plantrace.track.indicators import by_name, resolve
from plantrace.track.model import ENGLISH, Assessment, Evidence, Observation, Target

__all__ = [
    "BuildSummary", "add_observation", "build_tracking", "import_observations", "indicator_view",
    "render_report", "status_rows", "tracking_status", "write_template",
]


@dataclass(frozen=True, slots=True)
class BuildSummary:
    targets: int
    observations: int
    jurisdictions: tuple[str, ...]
    unplaced: tuple[str, ...] = ()   # sources of documents without a jurisdiction: nothing tracked from them


def _issued_year(row: Mapping[str, Any]) -> int | None:
    issued = row.get("issued")
    if issued and str(issued)[:4].isdigit():
        return int(str(issued)[:4])
    start = row.get("period_start")
    return int(start) if start else None


def build_targets_and_observations(
    measure_rows: Iterable[Mapping[str, Any]], line_rows: Iterable[Mapping[str, Any]],
) -> tuple[list[Target], list[Observation]]:
    """The pure part of a build: measure rows and target lines in, targets and observations out."""
    targets: list[Target] = []
    found: list[Observation] = []
    placed = [r for r in measure_rows if r.get("jurisdiction")]   # a value with no place cannot be matched
    for row in build.inherit_metrics(placed):
        row["issued_year"] = _issued_year(row)
        row["doc_period"] = (row.get("period_start"), row.get("period_end"))
        target = build.target_from(row)
        if target is not None:
            targets.append(target)
        observation = build.observation_from(row)
        if observation is not None:
            found.append(observation)
    lines = []
    for line in line_rows:
        year = _issued_year(line)
        if year is not None and line.get("jurisdiction"):
            lines.append({**line, "year": year, "issued_year": year})
    targets.extend(build.relational_targets(lines))
    return build.dedupe_targets(targets), found


def build_tracking(db: str) -> BuildSummary:
    """Rebuild every target and extracted observation from the stored documents."""
    with open_store(db) as store:
        inputs = track_store.measure_inputs(store.conn)
        targets, found = build_targets_and_observations(inputs, track_store.target_lines(store.conn))
        track_store.replace_extracted(store.conn, [target_row(t) for t in targets],
                                      [observation_row(o) for o in found])
    unplaced = tuple(sorted({str(r["source"]) for r in inputs if not r.get("jurisdiction")}))
    return BuildSummary(targets=len(targets), observations=len(found),
                        jurisdictions=tuple(sorted({t.jurisdiction for t in targets})), unplaced=unplaced)


def assess_all(targets: Sequence[Target], found: Sequence[Observation], *, as_of: int | None = None
               ) -> list[Assessment]:
    """Judge each target against the chosen observations of its indicator (pure)."""
    chosen = observations.choose(found)
    series: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    for o in chosen:
        series[(o.jurisdiction, o.indicator)].append(o)
    out = []
    for target in targets:
        relation = by_name(target.indicator).relation
        related = series.get((target.jurisdiction, relation), []) if relation else []
        out.append(status.assess(target, series.get((target.jurisdiction, target.indicator), []),
                                 related=related, as_of=as_of))
    return out


def tracking_status(
    db: str, *, jurisdiction: str | None = None, year: int | None = None, status_filter: str | None = None,
    indicator: str | None = None, as_of: int | None = None,
) -> list[Assessment]:
    """One assessment per tracked target, filtered by jurisdiction, target year, status and indicator."""
    name = resolve(indicator).name if indicator else None
    with open_store(db, write=False) as store:
        targets = [row_target(r) for r in track_store.targets(store.conn, jurisdiction=jurisdiction)]
        found = [row_observation(r) for r in track_store.observations(store.conn, jurisdiction=jurisdiction)]
    assessed = assess_all(targets, found, as_of=as_of)
    return [a for a in assessed
            if (year is None or a.target.year == year)
            and (status_filter is None or a.status == status_filter)
            and (name is None or a.target.indicator == name)]


def _evidence_row(evidence: Evidence) -> dict[str, Any]:
    return {"doc": evidence.doc, "source": evidence.source, "line_start": evidence.line_start,
            "line_end": evidence.line_end, "surface": evidence.surface}


def status_rows(assessments: Iterable[Assessment]) -> list[dict[str, Any]]:
    """The ``track status --json`` contract (DESIGN.md, "Tracking"), plus additive keys."""
    rows = []
    for a in assessments:
        t, o = a.target, a.observation
        target = {**_evidence_row(t.evidence), "value": t.value, "value_max": t.value_max,
                  "comparator": t.comparator, "rule": t.rule}
        observation = None if o is None else {
            **_evidence_row(o.evidence), "value": o.value, "year": o.year, "origin": o.origin, "scope": o.scope,
            "period": list(o.period) if o.period else None, "recorded_by": o.recorded_by,
            "recorded_at": o.recorded_at, "rule": observations.CHOICE_RULE,
        }
        rows.append({
            "indicator": display_name(t.indicator, t.jurisdiction), "indicator_id": t.indicator,
            "jurisdiction": t.jurisdiction, "unit": t.unit, "direction": t.direction,
            "scope": "annual" if t.scope == "annual" else "period", "measure_scope": t.scope,
            "period": list(t.period) if t.period else None, "year": t.year, "type": t.type,
            "target": target, "observation": observation, "status": a.status, "label": a.label,
            "status_en": ENGLISH[a.status], "rule": a.rule, "explanation": a.explanation, "progress": a.progress,
            "used": [{**_evidence_row(u.evidence), "year": u.year, "value": u.value, "origin": u.origin}
                     for u in a.used],
            "doc": t.evidence.doc, "source": t.evidence.source, "line_start": t.evidence.line_start,
            "line_end": t.evidence.line_end,
        })
    return rows


NATIONAL = "中华人民共和国"


def display_name(indicator: str, jurisdiction: str) -> str:
    """国内生产总值增长 nationally, 地区生产总值增长 for a province, city or district."""
    return by_name(indicator).display("national" if jurisdiction == NATIONAL else "regional")


def indicator_view(db: str, name: str, jurisdiction: str) -> dict[str, Any]:
    """One indicator of one jurisdiction: every observation (all origins), targets and statuses."""
    indicator = resolve(name)
    with open_store(db, write=False) as store:
        targets = [row_target(r) for r in track_store.targets(store.conn, jurisdiction=jurisdiction,
                                                              indicator=indicator.name)]
        found = [row_observation(r) for r in track_store.observations(store.conn, jurisdiction=jurisdiction)]
    if not targets and not any(o.indicator == indicator.name for o in found):
        raise NotFound(f"Nothing is tracked for {indicator.name} in {jurisdiction}.",
                       hint="Run `plantrace track build` first; `plantrace track status` lists what is tracked.")
    assessed = assess_all(targets, found)
    own = [o for o in found if o.indicator == indicator.name]
    chosen = {o.id for o in observations.choose(own)}
    return {"indicator": display_name(indicator.name, jurisdiction), "indicator_id": indicator.name,
            "english": indicator.english, "jurisdiction": jurisdiction, "unit": indicator.unit,
            "direction": indicator.direction,
            "observations": [{**observation_row(o), "counts": o.id in chosen} for o in own],
            "statuses": status_rows(assessed)}


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def add_observation(
    db: str, *, jurisdiction: str, indicator: str, year: int, value: float, source: str, who: str,
    unit: str | None = None, when: str | None = None, note: str | None = None,
) -> Observation:
    """Record a value a person entered. Earlier values stay; the newest entered one counts."""
    made = observations.make(jurisdiction=jurisdiction, indicator=indicator, year=year, value=value, source=source,
                             origin="entered", who=who, when=when or now(), unit=unit, note=note)
    with open_store(db) as store:
        track_store.add_observations(store.conn, [observation_row(made)])
    return made


def import_observations(db: str, path: Path, *, who: str, when: str | None = None) -> int:
    """Import a filled template. Every row is checked first; one bad row imports nothing."""
    rows = observations.read_table(Path(path))
    made = observations.parse_rows(rows, who=who, when=when or now())
    with open_store(db) as store:
        return track_store.add_observations(store.conn, [observation_row(o) for o in made])


def write_template(path: Path) -> None:
    observations.write_template(Path(path))


def render_report(db: str, *, jurisdiction: str, period: tuple[int, int], fmt: str = "html") -> str:
    """The evaluation report of one jurisdiction's targets for a period, in html or md."""
    with open_store(db, write=False) as store:
        targets = [row_target(r) for r in track_store.targets(store.conn, jurisdiction=jurisdiction)]
        found = [row_observation(r) for r in track_store.observations(store.conn, jurisdiction=jurisdiction)]
        chosen_targets = [t for t in targets if period[0] <= t.year <= period[1]
                          or (t.period is not None and t.period[0] <= period[1] and t.period[1] >= period[0])]
        if not chosen_targets:
            raise NotFound(f"No tracked targets for {jurisdiction} in {period[0]}–{period[1]}.",
                           hint="Run `plantrace track build`; `plantrace track status --json` lists the targets.")
        assessed = assess_all(chosen_targets, found)
        doc_ids = sorted({e.doc for a in assessed for e in _evidences(a) if e.doc})
        docs = track_store.documents(store.conn, doc_ids)
    series = [o for o in observations.choose(found)]
    return report.render(assessed, series, docs, jurisdiction=jurisdiction, period=period, fmt=fmt)


def _evidences(a: Assessment) -> list[Evidence]:
    return [a.target.evidence, *(u.evidence for u in a.used)]


# -- rows <-> plain data ------------------------------------------------------------------------

def target_row(t: Target) -> dict[str, Any]:
    e = t.evidence
    return {"id": t.id, "jurisdiction": t.jurisdiction, "indicator": t.indicator, "unit": t.unit,
            "direction": t.direction, "scope": t.scope, "year": t.year,
            "period_start": t.period[0] if t.period else None, "period_end": t.period[1] if t.period else None,
            "value": t.value, "value_max": t.value_max, "comparator": t.comparator, "type": t.type,
            "doc_id": e.doc, "source": e.source, "line_start": e.line_start, "line_end": e.line_end,
            "char_start": e.start, "char_end": e.end, "surface": e.surface, "rule": t.rule, "issued": t.issued}


def row_target(r: Mapping[str, Any]) -> Target:
    period = (int(r["period_start"]), int(r["period_end"])) if r.get("period_start") is not None else None
    return Target(id=r["id"], jurisdiction=r["jurisdiction"], indicator=r["indicator"], unit=r["unit"],
                  direction=r["direction"], scope=r["scope"], year=int(r["year"]), period=period,
                  value=r["value"], value_max=r["value_max"], comparator=r["comparator"],
                  evidence=_row_evidence(r), rule=r["rule"], type=r.get("type"), issued=r.get("issued"))


def observation_row(o: Observation) -> dict[str, Any]:
    e = o.evidence
    return {"id": o.id, "jurisdiction": o.jurisdiction, "indicator": o.indicator, "unit": o.unit, "year": o.year,
            "value": o.value, "scope": o.scope, "period_start": o.period[0] if o.period else None,
            "period_end": o.period[1] if o.period else None, "origin": o.origin, "doc_id": e.doc,
            "source": e.source, "line_start": e.line_start, "line_end": e.line_end, "char_start": e.start,
            "char_end": e.end, "surface": e.surface, "rule": o.rule, "issued": o.issued,
            "recorded_by": o.recorded_by, "recorded_at": o.recorded_at, "note": o.note}


def row_observation(r: Mapping[str, Any]) -> Observation:
    period = (int(r["period_start"]), int(r["period_end"])) if r.get("period_start") is not None else None
    return Observation(id=r["id"], jurisdiction=r["jurisdiction"], indicator=r["indicator"], unit=r["unit"],
                       year=int(r["year"]), value=float(r["value"]), scope=r["scope"], period=period,
                       origin=r["origin"], evidence=_row_evidence(r), rule=r["rule"], issued=r.get("issued"),
                       recorded_by=r.get("recorded_by"), recorded_at=r.get("recorded_at"), note=r.get("note"))


def _row_evidence(r: Mapping[str, Any]) -> Evidence:
    return Evidence(source=r["source"], surface=r["surface"], doc=r.get("doc_id"), line_start=r.get("line_start"),
                    line_end=r.get("line_end"), start=r.get("char_start"), end=r.get("char_end"))
