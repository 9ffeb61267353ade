"""Tables of the measures stage: one row per quantity mention, with its node and source span.

``save``/``delete`` run inside the store's per-document transaction; :func:`query` answers
``plantrace targets`` and :func:`for_node` answers ``plantrace show DOC --node N``. Every row
carries ``doc``, ``source``, ``line_start``, ``line_end``.
"""

from __future__ import annotations

from typing import Any

from plantrace.models import Bundle, Measure
from plantrace.store.db import Connection

Row = dict[str, Any]

_COLUMNS = (
    "m.doc_id AS doc, d.source AS source, m.node_id AS node, m.line AS line_start, m.line AS line_end, m.line, "
    "m.char_start AS start, m.char_end AS \"end\", m.metric, m.metric_canonical, m.value, m.value_max, m.unit, "
    "m.comparator, m.stance, m.year, m.kind, m.surface, m.missing_value, m.dimension, m.base_value, "
    "m.base_unit, m.direction, m.scope, m.period_start, m.period_end, m.rule, m.warning, l.page"
)
_SELECT = (f"SELECT {_COLUMNS} FROM measures m JOIN documents d ON d.id = m.doc_id "
           "LEFT JOIN lines l ON l.doc_id = m.doc_id AND l.number = m.line")
_ORDER = " ORDER BY d.source, m.line, m.char_start"

# export name -> SELECT returning one row per fact, with its source columns
EXPORTS: dict[str, str] = {"measures": _SELECT + _ORDER}


_INSERT_COLUMNS = (
    "doc_id", "node_id", "line", "char_start", "char_end", "surface", "metric", "metric_canonical", "value",
    "value_max", "unit", "comparator", "stance", "year", "kind", "missing_value", "rule", "dimension",
    "base_value", "base_unit", "direction", "scope", "period_start", "period_end", "warning",
)
_INSERT = (
    f"INSERT INTO measures ({', '.join(_INSERT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})"
)


def _values(measure: Measure) -> tuple[object, ...]:
    m = measure
    start, end = m.period if m.period else (None, None)
    return (
        m.doc, m.node, m.line, m.start, m.end, m.surface, m.metric, m.metric_canonical, m.value, m.value_max,
        m.unit, m.comparator, m.stance, m.year, m.kind, int(m.missing_value), m.rule, m.dimension,
        m.base_value, m.base_unit, m.direction, m.scope, start, end, m.warning,
    )


def save(conn: Connection, bundle: Bundle) -> None:
    """Insert this stage's rows for one document (inside the store's transaction), by column name."""
    write(conn, prepare(bundle))


def prepare(bundle: Bundle) -> list[tuple[object, ...]]:
    """This stage's rows of one document as plain tuples (no database: a worker process makes them)."""
    return [_values(m) for m in bundle.facts.measures]


def write(conn: Connection, rows: list[tuple[object, ...]]) -> None:
    """Insert the rows :func:`prepare` made (inside the store's transaction)."""
    conn.executemany(_INSERT, rows)


def delete(conn: Connection, doc_id: str) -> None:
    """Remove this stage's rows of one document (the table cascades; explicit for clarity)."""
    conn.execute("DELETE FROM measures WHERE doc_id = ?", (doc_id,))


def query(
    conn: Connection,
    *,
    doc: str | None = None,
    metric: str | None = None,
    metrics: list[str] | None = None,
    year: int | None = None,
    stance: str | None = None,
    kind: str | None = None,
    jurisdiction: str | None = None,
    limit: int | None = None,
    scope: str | None = None,
) -> list[Row]:
    """Measures filtered by document id, metric (a canonical name, else a part of the phrase),
    any of ``metrics`` (exact names), year, stance, kind, scope and jurisdiction, in source order."""
    canonical = bool(metric) and _is_canonical(conn, metric)
    where, params = _filters(doc=doc, metric=metric, year=year, stance=stance, kind=kind, canonical=canonical)
    if scope is not None:
        where.append("m.scope = ?")
        params.append(scope)
    if metrics:
        marks = ",".join("?" * len(metrics))
        where.append(f"(m.metric_canonical IN ({marks}) OR m.metric IN ({marks}))")
        params.extend([*metrics, *metrics])
    if jurisdiction:
        where.append("(instr(d.jurisdiction, ?) > 0 OR instr(d.title, ?) > 0)")
        params.extend([jurisdiction, jurisdiction])
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + _ORDER
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_row(r) for r in conn.execute(sql, params)]


def _filters(
    *, doc: str | None, metric: str | None, year: int | None, stance: str | None, kind: str | None,
    canonical: bool,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if doc is not None:
        where.append("m.doc_id = ?")
        params.append(doc)
    if metric and canonical:
        where.append("m.metric_canonical = ?")
        params.append(metric)
    elif metric:
        where.append("instr(m.metric, ?) > 0")
        params.append(metric)
    for column, value in (("m.year", year), ("m.stance", stance), ("m.kind", kind)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    return where, params


def _is_canonical(conn: Connection, metric: str | None) -> bool:
    """Whether ``metric`` is a canonical indicator name present in the store."""
    found = conn.execute("SELECT 1 FROM measures WHERE metric_canonical = ? LIMIT 1", (metric,)).fetchone()
    return found is not None


def for_node(conn: Connection, node_id: str) -> list[Row]:
    """The measures of one node, in line order."""
    rows = conn.execute(_SELECT + " WHERE m.node_id = ?" + _ORDER, (node_id,))
    return [_row(r) for r in rows]


def _row(row: Any) -> Row:
    out = dict(row)
    out["missing_value"] = bool(out["missing_value"])
    start, end = out.pop("period_start"), out.pop("period_end")
    out["period"] = [start, end] if start is not None and end is not None else None
    return out
