"""Tables of the tracking stage (plain rows in, plain rows out; portable SQL).

``track_targets`` and the extracted rows of ``track_observations`` are rebuilt as a whole by
:func:`replace_extracted`; imported and entered observations are only ever added
(:func:`add_observations`), so a correction keeps the old value as history.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

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


def replace_extracted(conn: sqlite3.Connection, targets: Iterable[Mapping[str, Any]],
                      observations: Iterable[Mapping[str, Any]]) -> None:
    """Replace every target and every extracted observation, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM track_targets")
        conn.execute("DELETE FROM track_observations WHERE origin = ?", ("extracted",))
        conn.executemany(_insert("track_targets", TARGET_COLUMNS),
                         [tuple(t.get(c) for c in TARGET_COLUMNS) for t in targets])
        conn.executemany(_insert("track_observations", OBSERVATION_COLUMNS),
                         [tuple(o.get(c) for c in OBSERVATION_COLUMNS) for o in observations])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def add_observations(conn: sqlite3.Connection, observations: Iterable[Mapping[str, Any]]) -> int:
    """Add imported or entered observations in one transaction (all or none). Returns how many are new."""
    rows = [tuple(o.get(c) for c in OBSERVATION_COLUMNS) for o in observations]
    conn.execute("BEGIN IMMEDIATE")
    try:
        before = conn.execute("SELECT COUNT(*) FROM track_observations").fetchone()[0]
        conn.executemany(_insert("track_observations", OBSERVATION_COLUMNS), rows)
        after = conn.execute("SELECT COUNT(*) FROM track_observations").fetchone()[0]
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(after - before)


def targets(conn: sqlite3.Connection, *, jurisdiction: str | None = None, indicator: str | None = None) -> list[Row]:
    where, params = _where(jurisdiction, indicator)
    sql = "SELECT * FROM track_targets" + where + " ORDER BY jurisdiction, year, indicator, scope, id"
    return [dict(r) for r in conn.execute(sql, params)]


def observations(conn: sqlite3.Connection, *, jurisdiction: str | None = None,
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


def jurisdictions(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT DISTINCT jurisdiction FROM track_targets ORDER BY jurisdiction")
    return [r[0] for r in rows]


def measure_inputs(conn: sqlite3.Connection) -> list[Row]:
    """Every target and result measure with its document, line text and heading path."""
    sql = (
        "SELECT m.doc_id AS doc, d.source AS source, m.line AS line_start, m.line AS line_end, m.line AS line, "
        "m.char_start AS start, m.char_end AS \"end\", m.surface, m.metric, m.metric_canonical, m.value, "
        "m.value_max, m.unit, m.comparator, m.stance, m.year, m.kind, m.missing_value, m.direction, m.rule, "
        "d.jurisdiction, d.level, d.doc_type, d.period_start, d.period_end, d.issued, l.raw AS line_text, "
        "n.path AS heading "
        "FROM measures m JOIN documents d ON d.id = m.doc_id "
        "LEFT JOIN lines l ON l.doc_id = m.doc_id AND l.number = m.line "
        "LEFT JOIN nodes n ON n.id = m.node_id "
        "WHERE m.stance IN ('target', 'actual') ORDER BY d.source, m.line, m.char_start"
    )
    out = []
    for r in conn.execute(sql):
        row = dict(r)
        row["heading"] = " ".join(json.loads(row["heading"])) if row.get("heading") else ""
        out.append(row)
    return out


def target_lines(conn: sqlite3.Connection) -> list[Row]:
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


def documents(conn: sqlite3.Connection, ids: Sequence[str]) -> list[Row]:
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    sql = f"SELECT id, source, title, jurisdiction, doc_type, issued, period_start, period_end FROM documents " \
          f"WHERE id IN ({marks}) ORDER BY source"
    return [dict(r) for r in conn.execute(sql, list(ids))]
