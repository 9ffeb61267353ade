"""Tables of the tracking stage (plain rows in, plain rows out; portable SQL).

``track_targets`` and the extracted rows of ``track_observations`` are rebuilt as a whole by
:func:`replace_extracted`; imported and entered observations are only ever added
(:func:`add_observations`), so a correction keeps the old value as history.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from plantrace.store import derived
from plantrace.store.db import Connection

Row = dict[str, Any]

TARGET_COLUMNS = (
    "id", "jurisdiction", "indicator", "unit", "direction", "scope", "year", "period_start", "period_end", "value",
    "value_max", "comparator", "type", "doc_id", "source", "line_start", "line_end", "char_start", "char_end",
    "surface", "rule", "issued",
)
OBSERVATION_COLUMNS = (
    "id", "jurisdiction", "indicator", "unit", "year", "value", "scope", "period_start", "period_end", "origin",
    "doc_id", "source", "line_start", "line_end", "char_start", "char_end", "surface", "rule", "issued",
    "recorded_by", "recorded_at", "note",
)

EXPORTS: dict[str, str] = {
    "track_targets": "SELECT * FROM track_targets ORDER BY jurisdiction, indicator, year",
    "track_observations": "SELECT * FROM track_observations ORDER BY jurisdiction, indicator, year, origin",
}


def _insert(table: str, columns: Sequence[str]) -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING"


def replace_extracted(conn: Connection, targets: Iterable[Mapping[str, Any]],
                      observations: Iterable[Mapping[str, Any]]) -> None:
    """Replace every target and every extracted observation, in one transaction."""
    target_rows = [tuple(t.get(c) for c in TARGET_COLUMNS) for t in targets]
    observation_rows = [tuple(o.get(c) for c in OBSERVATION_COLUMNS) for o in observations]
    with conn.transaction():
        conn.execute("DELETE FROM track_targets")
        conn.execute("DELETE FROM track_observations WHERE origin = ?", ("extracted",))
        if target_rows:
            conn.executemany(_insert("track_targets", TARGET_COLUMNS), target_rows)
        if observation_rows:
            conn.executemany(_insert("track_observations", OBSERVATION_COLUMNS), observation_rows)


def add_observations(conn: Connection, observations: Iterable[Mapping[str, Any]]) -> int:
    """Add imported or entered observations in one transaction (all or none). Returns how many are new."""
    rows = [tuple(o.get(c) for c in OBSERVATION_COLUMNS) for o in observations]
    with conn.transaction():
        before = conn.execute("SELECT COUNT(*) FROM track_observations").fetchone()[0]
        if rows:
            conn.executemany(_insert("track_observations", OBSERVATION_COLUMNS), rows)
        after = conn.execute("SELECT COUNT(*) FROM track_observations").fetchone()[0]
    return int(after - before)


def targets(conn: Connection, *, jurisdiction: str | None = None, indicator: str | None = None) -> list[Row]:
    where, params = _where(jurisdiction, indicator)
    sql = "SELECT * FROM track_targets" + where + " ORDER BY jurisdiction, year, indicator, scope, id"
    return [dict(r) for r in conn.execute(sql, params)]


def observations(conn: Connection, *, jurisdiction: str | None = None,
                 indicator: str | None = None) -> list[Row]:
    where, params = _where(jurisdiction, indicator)
    order = " ORDER BY jurisdiction, indicator, year, origin, recorded_at, id"
    sql = "SELECT * FROM track_observations" + where + order
    return [dict(r) for r in conn.execute(sql, params)]


def _where(jurisdiction: str | None, indicator: str | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if jurisdiction:
        clauses.append("jurisdiction = ?")
        params.append(jurisdiction)
    if indicator:
        clauses.append("indicator = ?")
        params.append(indicator)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def jurisdictions(conn: Connection) -> list[str]:
    rows = conn.execute("SELECT DISTINCT jurisdiction FROM track_targets ORDER BY jurisdiction")
    return [r[0] for r in rows]


def measure_inputs(conn: Connection) -> list[Row]:
    """Every target and result measure with its document, line text and heading path."""
    sql = (
        "SELECT m.doc_id AS doc, d.source AS source, m.line AS line_start, m.line AS line_end, m.line AS line, "
        "m.char_start AS start, m.char_end AS \"end\", m.surface, m.metric, m.metric_canonical, m.value, "
        "m.value_max, m.unit, m.comparator, m.stance, m.year, m.kind, m.missing_value, m.direction, m.rule, "
        "m.scope AS measure_scope, m.period_start AS measure_period_start, m.period_end AS measure_period_end, "
        "d.jurisdiction, d.level, d.doc_type, d.period_start, d.period_end, d.issued, l.raw AS line_text, "
        f"{derived.PATH} AS heading "
        "FROM measures m JOIN documents d ON d.id = m.doc_id "
        "LEFT JOIN lines l ON l.doc_id = m.doc_id AND l.number = m.line "
        f"LEFT JOIN nodes n ON n.id = m.node_id {derived.PARENT} "
        "WHERE m.stance IN ('target', 'actual') ORDER BY d.source, m.line, m.char_start"
    )
    out = []
    for r in conn.execute(sql):
        row = dict(r)
        row["heading"] = " ".join(json.loads(row["heading"])) if row.get("heading") else ""
        out.append(row)
    return out


def target_lines(conn: Connection) -> list[Row]:
    """Lines of work reports that state targets for the report's own year, with their text."""
    sql = (
        "SELECT DISTINCT m.doc_id AS doc, d.source AS source, m.line AS line, l.raw AS text, d.jurisdiction, "
        "d.period_start, d.issued "
        "FROM measures m JOIN documents d ON d.id = m.doc_id "
        "JOIN lines l ON l.doc_id = m.doc_id AND l.number = m.line "
        "WHERE m.stance = 'target' AND d.doc_type = 'work_report' AND m.year = d.period_start "
        "ORDER BY d.source, m.line"
    )
    return [dict(r) for r in conn.execute(sql)]


def documents(conn: Connection, ids: Sequence[str]) -> list[Row]:
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    sql = f"SELECT id, source, title, jurisdiction, doc_type, issued, period_start, period_end FROM documents " \
          f"WHERE id IN ({marks}) ORDER BY source"
    return [dict(r) for r in conn.execute(sql, list(ids))]
