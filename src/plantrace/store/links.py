"""SQL of the link stage: what it reads (documents, lines, nodes, entities, measures, guidance)
and what it writes (links, user places). Portable SQL, ``?`` placeholders, columns by name."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from plantrace.models.links import End, Link
from plantrace.store import derived, simp_edits
from plantrace.store.db import Connection

Row = dict[str, Any]


def documents(conn: Connection) -> list[Row]:
    rows = conn.execute(
        "SELECT id, source, title, jurisdiction, level, doc_type, period_start, period_end, issued, script"
        " FROM documents ORDER BY source"
    )
    return [dict(r) for r in rows]


def lines(conn: Connection, doc_id: str) -> list[Row]:
    rows = conn.execute("SELECT number, raw, simp_edits FROM lines WHERE doc_id = ? ORDER BY number", (doc_id,))
    stored = ({"number": r[0], "raw": r[1], "simp": simp_edits.decode(r[1], r[2])} for r in rows)
    return derived.filled(conn, doc_id, 1, derived.doc_lines(conn, doc_id), stored, {"raw": "", "simp": ""})


def nodes(conn: Connection, doc_id: str) -> list[Row]:
    rows = conn.execute(
        f"SELECT n.id, n.parent, n.kind, n.title, {derived.PATH} AS path, n.line_start, n.line_end, n.ord "
        f"FROM nodes n {derived.PARENT} WHERE n.doc_id = ? ORDER BY n.ord",
        (doc_id,),
    )
    return [{**dict(r), "path": json.loads(r["path"])} for r in rows]


def named(conn: Connection, doc_id: str) -> list[Row]:
    sql = (
        "SELECT name_simp AS name, 'project' AS kind, line_start AS line FROM entity_projects WHERE doc_id = ?"
        " UNION ALL SELECT name_simp, 'platform', line_start FROM entity_platforms WHERE doc_id = ?"
        " UNION ALL SELECT name_simp, 'concept', line_start FROM entity_concepts WHERE doc_id = ?"
    )
    return [dict(r) for r in conn.execute(sql, (doc_id, doc_id, doc_id))]


def measures(conn: Connection, doc_id: str) -> list[Row]:
    rows = conn.execute(
        "SELECT doc_id AS doc, node_id AS node, line, char_start AS start, char_end AS end, surface, metric,"
        " metric_canonical, value, value_max, unit, comparator, stance, year, kind, missing_value, rule, direction"
        " FROM measures WHERE doc_id = ? ORDER BY line, char_start",
        (doc_id,),
    )
    return [dict(r) for r in rows]


def guidance(conn: Connection, doc_id: str) -> list[Row]:
    rows = conn.execute(
        "SELECT node_id, district, positioning, focus, platforms, line_start, line_end FROM entity_guidance"
        " WHERE doc_id = ? ORDER BY line_start",
        (doc_id,),
    )
    return [dict(r) for r in rows]


# -- places --------------------------------------------------------------------------------------


def user_places(conn: Connection) -> list[Row]:
    rows = conn.execute("SELECT code, name, short, level, parent, origin FROM places ORDER BY code")
    return [{**dict(r), "short": json.loads(r["short"])} for r in rows]


def add_place(conn: Connection, row: Row) -> None:
    conn.execute(
        "INSERT INTO places (code, name, short, level, parent, origin) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (code) DO UPDATE SET name = excluded.name, short = excluded.short,"
        " level = excluded.level, parent = excluded.parent, origin = excluded.origin",
        (row["code"], row["name"], json.dumps(row.get("short", []), ensure_ascii=False), row["level"],
         row.get("parent"), row.get("origin", "user")),
    )


# -- links ---------------------------------------------------------------------------------------


def link_id(link: Link) -> str:
    key = "|".join(
        str(v) for v in (link.relation, link.rule, *_end_key(link.lower), *_end_key(link.upper))
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _end_key(end: End) -> tuple[object, ...]:
    return (end.doc, end.line_start, end.line_end, end.start, end.end)


def replace_links(conn: Connection, lower_docs: Sequence[str], links: Iterable[Link]) -> int:
    """Drop the links of these lower documents and store the new ones (call inside a transaction)."""
    for doc in lower_docs:
        conn.execute("DELETE FROM links WHERE lower_doc = ?", (doc,))
    count = 0
    for link in links:
        conn.execute(
            "INSERT INTO links (id, relation, rule, score, lower_doc, lower_node, lower_line_start, lower_line_end,"
            " lower_start, lower_end, lower_path, upper_doc, upper_node, upper_line_start, upper_line_end,"
            " upper_start, upper_end, upper_path, evidence, details)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (link_id(link), link.relation, link.rule, link.score, *_end_values(link.lower),
             *_end_values(link.upper), link.evidence, json.dumps(link.details, ensure_ascii=False, default=str)),
        )
        count += 1
    return count


def _end_values(end: End) -> tuple[object, ...]:
    return (end.doc, end.node, end.line_start, end.line_end, end.start, end.end,
            json.dumps(list(end.path), ensure_ascii=False))


def list_links(
    conn: Connection, *, lower: Sequence[str] = (), upper: Sequence[str] = (), relation: str | None = None,
) -> list[Row]:
    """Link rows (the DESIGN contract), filtered by lower/upper document ids and relation."""
    where: list[str] = []
    args: list[object] = []
    for column, ids in (("l.lower_doc", lower), ("l.upper_doc", upper)):
        if ids:
            where.append(f"{column} IN ({', '.join('?' for _ in ids)})")
            args.extend(ids)
    if relation:
        where.append("l.relation = ?")
        args.append(relation)
    sql = (
        "SELECT l.*, dl.source AS lower_source, du.source AS upper_source FROM links l"
        " JOIN documents dl ON dl.id = l.lower_doc JOIN documents du ON du.id = l.upper_doc"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY dl.source, l.lower_line_start, l.lower_start, l.relation, du.source, l.upper_line_start, l.id"
    )
    return [_row(r) for r in conn.execute(sql, args)]


def _row(r: Any) -> Row:
    row = {
        "lower": _side(r, "lower"), "upper": _side(r, "upper"), "relation": r["relation"],
        "score": r["score"], "evidence": r["evidence"], "rule": r["rule"], "id": r["id"],
    }
    details = json.loads(r["details"])
    if r["relation"] == "target":
        row.update({k: details.get(k) for k in ("lower_measure", "upper_measure", "comparison", "period_mismatch")})
    row["details"] = details
    row.update({"doc": row["lower"]["doc"], "source": row["lower"]["source"],
                "line_start": row["lower"]["line_start"], "line_end": row["lower"]["line_end"]})
    return row


def _side(r: Any, side: str) -> Row:
    return {
        "doc": r[f"{side}_doc"], "source": r[f"{side}_source"], "node": r[f"{side}_node"],
        "path": json.loads(r[f"{side}_path"]), "line_start": r[f"{side}_line_start"],
        "line_end": r[f"{side}_line_end"], "start": r[f"{side}_start"], "end": r[f"{side}_end"],
    }
