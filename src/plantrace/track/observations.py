"""Observations people bring: a template to fill, validated import, and which value counts.

Imported and entered values never overwrite anything: each is a new row with who, when and the
source the person named. Rule ``observation.choice.v1`` says which value of an indicator and
year counts: an entered value over an imported one over an extracted one; among entered or
imported values the most recent; among extracted values the one stated first after the year
(the next report), then the earliest line.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from plantrace.errors import InputError, MissingExtra, PlantraceError
from plantrace.track.build import content_id
from plantrace.track.indicators import resolve
from plantrace.track.model import SCOPES, Evidence, Observation, Origin, Scope

CHOICE_RULE = "observation.choice.v1"
TEMPLATE_COLUMNS = ("jurisdiction", "indicator", "year", "value", "unit", "scope", "period_start", "period_end",
                    "source", "note")
REQUIRED = ("jurisdiction", "indicator", "year", "value", "source")
EXAMPLE = {"jurisdiction": "广州市", "indicator": "地区生产总值增长", "year": "2021", "value": "8.1", "unit": "%",
           "scope": "annual", "period_start": "", "period_end": "", "source": "2021年广州市国民经济和社会发展统计公报",
           "note": "示例行，导入前请删除或改写"}
_ORIGIN_RANK = {"entered": 0, "imported": 1, "extracted": 2}


def choose(observations: Iterable[Observation]) -> list[Observation]:
    """One observation per jurisdiction, indicator, year, scope and period (observation.choice.v1)."""
    best: dict[tuple[object, ...], Observation] = {}
    for o in observations:
        key = (o.jurisdiction, o.indicator, o.year, o.scope, o.period)
        if key not in best or _rank(o) < _rank(best[key]):
            best[key] = o
    return sorted(best.values(), key=lambda o: (o.jurisdiction, o.indicator, o.year, o.scope))


def _rank(o: Observation) -> tuple[object, ...]:
    recency = "" if o.recorded_at is None else "".join(chr(0x10FFFF - ord(c)) for c in o.recorded_at)
    return (_ORIGIN_RANK[o.origin], recency, o.issued or 9999, o.evidence.source, o.evidence.line_start or 0,
            o.evidence.start or 0)


def alternatives(chosen: Observation, observations: Sequence[Observation]) -> list[Observation]:
    """The other values recorded for the same indicator, year, scope and period."""
    key = (chosen.jurisdiction, chosen.indicator, chosen.year, chosen.scope, chosen.period)
    return [o for o in observations
            if (o.jurisdiction, o.indicator, o.year, o.scope, o.period) == key and o.id != chosen.id]


def make(
    *, jurisdiction: str, indicator: str, year: int, value: float, source: str, origin: Origin, who: str,
    when: str, unit: str | None = None, scope: Scope = "annual", period: tuple[int, int] | None = None,
    note: str | None = None,
) -> Observation:
    """One imported or entered observation, checked against the indicator's unit."""
    found = resolve(indicator)
    factor = 1.0
    if unit and unit != found.unit:
        units = dict(found.units)
        if unit not in units:
            raise InputError(f"Unit {unit!r} does not fit {found.name} (its unit is {found.unit}).",
                             hint=f"Use one of: {', '.join(units)}.")
        factor = units[unit]
    if not source.strip():
        raise InputError("An observation needs the source it comes from.", hint="Pass --source \"2021年统计公报\".")
    ident = content_id(jurisdiction, found.name, year, scope, period, value, source, origin, who, when)
    return Observation(id=ident, jurisdiction=jurisdiction, indicator=found.name, unit=found.unit, year=year,
                       value=value * factor, scope=scope, period=period, origin=origin,
                       evidence=Evidence(source=source, surface=f"{value:g}{unit or found.unit}"),
                       rule=f"observation.{origin}.v1", recorded_by=who, recorded_at=when, note=note)


def parse_rows(rows: Iterable[Mapping[str, Any]], *, who: str, when: str, origin: Origin = "imported",
               first_row: int = 2) -> list[Observation]:
    """Validate every row; one bad row fails the whole import with every problem listed."""
    out: list[Observation] = []
    problems: list[str] = []
    for number, raw in enumerate(rows, start=first_row):
        row = {k.strip().lower(): ("" if v is None else str(v).strip()) for k, v in raw.items() if k}
        if not any(row.values()):
            continue
        try:
            out.append(_parse_row(row, who=who, when=when, origin=origin))
        except (PlantraceError, ValueError) as exc:
            problems.append(f"row {number}: {exc}")
    if problems:
        shown = "; ".join(problems[:10]) + (f"; … {len(problems) - 10} more" if len(problems) > 10 else "")
        raise InputError(f"{len(problems)} bad row(s), nothing was imported: {shown}",
                         hint="Fix the rows (columns: " + ", ".join(TEMPLATE_COLUMNS) + ") and import again.")
    return out


def _parse_row(row: Mapping[str, str], *, who: str, when: str, origin: Origin) -> Observation:
    missing = [c for c in REQUIRED if not row.get(c)]
    if missing:
        raise InputError(f"missing {', '.join(missing)}")
    try:
        year = int(float(row["year"]))
        value = float(row["value"].replace(",", "").rstrip("%"))
    except ValueError as exc:
        raise InputError(f"year must be a whole number and value a number, got {row['year']!r}, "
                         f"{row['value']!r}") from exc
    scope = row.get("scope") or "annual"
    if scope not in SCOPES:
        raise InputError(f"scope must be one of {', '.join(SCOPES)}, got {scope!r}")
    period = None
    if scope != "annual":
        if not (row.get("period_start") and row.get("period_end")):
            raise InputError("a period scope needs period_start and period_end")
        period = (int(float(row["period_start"])), int(float(row["period_end"])))
    try:
        return make(jurisdiction=row["jurisdiction"], indicator=row["indicator"], year=year, value=value,
                    source=row["source"], origin=origin, who=who, when=when, unit=row.get("unit") or None,
                    scope=scope, period=period, note=row.get("note") or None)
    except InputError as exc:
        raise InputError(exc.message) from exc


def read_table(path: Path) -> list[dict[str, Any]]:
    """Rows of a .csv or .xlsx file as dicts keyed by the header row."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))
    if suffix in (".xlsx", ".xlsm"):
        openpyxl = _openpyxl()
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises several types for a broken file
            raise InputError(f"Cannot read {path} as an Excel workbook: {exc}") from exc
        sheet = book.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        book.close()
        if not rows:
            return []
        header = [str(h).strip() if h is not None else "" for h in rows[0]]
        return [dict(zip(header, r, strict=False)) for r in rows[1:]]
    raise InputError(f"Cannot import {path.name}: only .csv and .xlsx files.",
                     hint="Save the sheet as .xlsx or .csv (UTF-8).")


def write_template(path: Path) -> None:
    """An empty template (header, one example row) as .xlsx or .csv."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=TEMPLATE_COLUMNS)
            writer.writeheader()
            writer.writerow(EXAMPLE)
        return
    if suffix == ".xlsx":
        openpyxl = _openpyxl()
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "observations"
        sheet.append(list(TEMPLATE_COLUMNS))
        sheet.append([EXAMPLE[c] for c in TEMPLATE_COLUMNS])
        book.save(path)
        return
    raise InputError(f"Cannot write a template to {path.name}: use .xlsx or .csv.")


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError as exc:
        raise MissingExtra("Excel files need openpyxl.", hint="pip install 'plantrace[xlsx]'") from exc
    return openpyxl
