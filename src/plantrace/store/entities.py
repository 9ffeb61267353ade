"""Tables of the entities stage: projects, concepts, platforms, industries and district guidance.

``save``/``delete`` run inside the store's per-document transaction; the ``list_*`` functions and
:func:`compare` answer the CLI commands. Every row carries ``doc``, ``source``, ``line_start``, ``line_end``.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from plantrace.models import Bundle
from plantrace.store.db import Connection

Row = dict[str, Any]

_SOURCE = "e.doc_id AS doc, d.source AS source, e.node_id AS node, e.line_start, e.line_end, " \
    "e.char_start AS start, e.char_end AS \"end\", e.rule"

_PROJECTS = f"SELECT e.name, e.name_simp, e.category, e.group_name AS \"group\", e.status, e.place, e.box, " \
    f"e.category_rule, {_SOURCE} " \
    "FROM entity_projects e JOIN documents d ON d.id = e.doc_id"
_CONCEPTS = f"SELECT e.name, e.name_simp, e.key, e.parts, e.place, e.mentions, {_SOURCE} " \
    "FROM entity_concepts e JOIN documents d ON d.id = e.doc_id"
_PLATFORMS = f"SELECT e.name, e.name_simp, e.category, e.place, {_SOURCE} " \
    "FROM entity_platforms e JOIN documents d ON d.id = e.doc_id"
_INDUSTRIES = f"SELECT e.industry, e.surface, e.place, e.sentence, {_SOURCE} " \
    "FROM entity_industries e JOIN documents d ON d.id = e.doc_id"
_GUIDANCE = "SELECT e.district, e.positioning, e.focus, e.platforms, e.doc_id AS doc, d.source AS source, " \
    "e.node_id AS node, e.line_start, e.line_end, e.rule FROM entity_guidance e JOIN documents d ON d.id = e.doc_id"
_ORDER = " ORDER BY d.source, e.line_start, e.char_start"
_CATEGORY_FILTER = "(e.category = ? OR (NOT EXISTS (SELECT 1 FROM entity_projects c WHERE c.category = ?) " \
    "AND (e.group_name LIKE ? OR e.box LIKE ?)))"

# export name -> SELECT returning one row per fact, with its source columns
EXPORTS: dict[str, str] = {
    "projects": _PROJECTS + _ORDER,
    "concepts": _CONCEPTS + _ORDER,
    "platforms": _PLATFORMS + _ORDER,
    "industries": _INDUSTRIES + _ORDER,
    "guidance": _GUIDANCE + " ORDER BY d.source, e.line_start",
}


def save(conn: Connection, bundle: Bundle) -> None:
    """Insert this stage's rows for one document (inside the store's transaction)."""
    write(conn, prepare(bundle))


Statements = list[tuple[str, list[Sequence[object]]]]  # (INSERT by column name, its rows)


def write(conn: Connection, statements: Statements) -> None:
    """Insert the rows :func:`prepare` made (inside the store's transaction)."""
    for sql, rows in statements:
        conn.executemany(sql, rows)


def prepare(bundle: Bundle) -> Statements:
    """This stage's rows of one document as plain tuples (no database: a worker process makes them)."""
    doc = bundle.parsed.document.id
    facts = bundle.facts
    return [
        ("INSERT INTO entity_projects (doc_id, node_id, name, name_simp, category, status, place, box, "
         "line_start, line_end, char_start, char_end, rule, group_name, category_rule) "
         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
         [(doc, p.evidence.node, p.name, p.name_simp or p.name, p.category, p.status, p.place, p.box,
           *_span(p.evidence), p.group, p.category_rule) for p in facts.projects]),
        ("INSERT INTO entity_concepts (doc_id, node_id, name, name_simp, key, parts, place, mentions, line_start, "
         "line_end, char_start, char_end, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
         [(doc, c.evidence.node, c.name, c.name_simp or c.name, c.key, json.dumps(c.parts, ensure_ascii=False),
           c.place, c.mentions, *_span(c.evidence)) for c in facts.concepts]),
        ("INSERT INTO entity_platforms (doc_id, node_id, name, name_simp, category, place, line_start, line_end, "
         "char_start, char_end, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
         [(doc, p.evidence.node, p.name, p.name_simp or p.name, p.category, p.place, *_span(p.evidence))
          for p in facts.platforms]),
        ("INSERT INTO entity_industries (doc_id, node_id, industry, surface, place, sentence, line_start, line_end, "
         "char_start, char_end, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
         [(doc, i.evidence.node, i.industry, i.surface, i.place, i.sentence, *_span(i.evidence))
          for i in facts.industries]),
        ("INSERT INTO entity_guidance (doc_id, node_id, district, positioning, focus, platforms, line_start, line_end, "
         "rule) VALUES (?,?,?,?,?,?,?,?,?)",
         _guidance_rows(bundle)),
    ]


def delete(conn: Connection, doc_id: str) -> None:
    """Remove this stage's rows of one document (the tables also cascade from ``documents``)."""
    for table in ("entity_projects", "entity_concepts", "entity_platforms", "entity_industries", "entity_guidance"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))


def _span(evidence: Any) -> tuple[int, int, int, int, str]:
    return evidence.line_start, evidence.line_end, evidence.start, evidence.end, evidence.rule


def _guidance_rows(bundle: Bundle) -> list[Sequence[object]]:
    doc = bundle.parsed.document.id
    return [(doc, r.evidence.node, r.district, r.positioning, r.focus, r.platforms,
             r.evidence.line_start, r.evidence.line_end, r.evidence.rule) for r in bundle.facts.guidance]


# -- queries -------------------------------------------------------------------------------------


def _rows(conn: Connection, sql: str, params: Iterable[object] = ()) -> list[Row]:
    return [dict(row) for row in conn.execute(sql, tuple(params))]


def list_projects(
    conn: Connection, doc: str | None = None, status: str | None = None, category: str | None = None
) -> list[Row]:
    """Projects, optionally of one document id, one status (在建/规划/研究/建成) or one category.

    ``category`` matches the canonical category exactly (轨道交通); when no project has that category it
    falls back to a substring of the raw group heading or box title (骨架提升, 医院).
    """
    where, params = _filters(doc=doc, status=status, category=category)
    return _rows(conn, _PROJECTS + where + _ORDER, params)


def _filters(**given: str | None) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    for column, value in given.items():
        if value is None:
            continue
        if column == "doc":
            clauses.append("e.doc_id = ?")
            params.append(value)
        elif column == "category":
            clauses.append(_CATEGORY_FILTER)
            params.extend([value, value, f"%{value}%", f"%{value}%"])
        else:
            clauses.append(f"e.{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def list_platforms(conn: Connection, place: str | None = None) -> list[Row]:
    if place is None:
        return _rows(conn, _PLATFORMS + _ORDER)
    return _rows(conn, _PLATFORMS + " WHERE e.place LIKE ?" + _ORDER, [place_pattern(place)])


def list_guidance(conn: Connection, place: str | None = None) -> list[Row]:
    if place is None:
        return _rows(conn, _GUIDANCE + " ORDER BY d.source, e.line_start")
    return _rows(conn, _GUIDANCE + " WHERE e.district LIKE ? ORDER BY d.source, e.line_start", [place_pattern(place)])


def place_pattern(place: str) -> str:
    """海珠 / 海珠区 / 廣州市海珠區 -> a LIKE pattern matching the stored (simplified) place."""
    core = place.strip()
    for unit in ("省", "市"):
        core = core.rsplit(unit, 1)[-1] if unit in core[:-1] else core
    return core.rstrip("区县區縣") + "%"


def list_concepts(conn: Connection) -> list[Row]:
    """One row per concept key across documents: names, parts with definitions, and every mention."""
    grouped: dict[str, Row] = {}
    for row in _rows(conn, _CONCEPTS + _ORDER):
        entry = grouped.setdefault(row["key"], {
            "key": row["key"], "name": row["name_simp"], "names": [], "parts": {}, "documents": 0,
            "mentions": [], "doc": row["doc"], "source": row["source"],
            "line_start": row["line_start"], "line_end": row["line_end"],
        })
        if row["name"] not in entry["names"]:
            entry["names"].append(row["name"])
        for part, definition in json.loads(row["parts"]):
            if definition and not entry["parts"].get(part):
                entry["parts"][part] = definition
            entry["parts"].setdefault(part, "")
        entry["mentions"].append({k: row[k] for k in ("doc", "source", "name", "place", "mentions",
                                                      "line_start", "line_end", "start", "end", "rule")})
    for entry in grouped.values():
        entry["documents"] = len({m["doc"] for m in entry["mentions"]})
        entry["parts"] = [{"part": p, "definition": d} for p, d in entry["parts"].items()]
    return sorted(grouped.values(), key=lambda e: (-e["documents"], e["key"]))


def industry_matrix(conn: Connection) -> list[Row]:
    """One row per (place, industry) cell with its count and evidence sentences (first one as the source)."""
    cells: dict[tuple[str, str], Row] = {}
    for row in _rows(conn, _INDUSTRIES + " WHERE e.place IS NOT NULL" + _ORDER):
        cell = cells.setdefault((row["place"], row["industry"]), {
            "place": row["place"], "industry": row["industry"], "count": 0, "surfaces": [], "evidence": [],
            "doc": row["doc"], "source": row["source"], "line_start": row["line_start"], "line_end": row["line_end"],
        })
        cell["count"] += 1
        if row["surface"] not in cell["surfaces"]:
            cell["surfaces"].append(row["surface"])
        cell["evidence"].append({k: row[k] for k in ("doc", "source", "line_start", "line_end", "start", "end",
                                                     "sentence", "rule")})
    return sorted(cells.values(), key=lambda c: (c["place"], -c["count"], c["industry"]))


# -- compare -------------------------------------------------------------------------------------

COMPARE_ASPECTS = ("positioning", "focus", "key_platforms", "city_vs_own", "concepts", "industries", "platforms",
                   "projects", "targets")


def compare(conn: Connection, places: Sequence[str], limit: int = 8) -> list[Row]:
    """Side-by-side facts of places: one row per (place, aspect, value), each with its source.

    ``said_by`` tells who says it: ``city guidance`` (the city plan's guidance box), ``own plan``
    (a document of that place) or ``other document`` (a city plan or report naming the place).
    """
    out: list[Row] = []
    for place in places:
        pattern = place_pattern(place)
        own = set(_own_documents(conn, pattern))
        for row in list_guidance(conn, place):
            for aspect, column in (("positioning", "positioning"), ("focus", "focus"), ("key_platforms", "platforms")):
                out.append(_cell(place, aspect, row[column], row, "city guidance"))
            out.extend(_carried_out(conn, place, row, own))
        facts = _concept_cells(conn, place, pattern, limit) + _industry_cells(conn, place, pattern, limit)
        for aspect, sql in (("platforms", _PLATFORMS), ("projects", _PROJECTS)):
            rows = _rows(conn, sql + " WHERE e.place LIKE ?" + _ORDER + f" LIMIT {int(limit)}", [pattern])
            facts.extend(_cell(place, aspect, r["name"], r, "") for r in rows)
        facts.extend(_target_cells(conn, place, sorted(own), limit))
        for cell in facts:
            who = "own plan" if cell["doc"] in own else "other document"
            cell["said_by"] = f"{who}; {cell['said_by']}" if cell["said_by"] else who
        out.extend(facts)
    return out


def _carried_out(conn: Connection, place: str, guidance: Row, own: set[str]) -> list[Row]:
    """Each concept and platform the city's guidance row names for the place, and where the place's
    own plan names it too (matched by concept key / simplified platform name), or that it does not."""
    inside = " WHERE e.doc_id = ? AND e.line_start BETWEEN ? AND ?" + _ORDER
    span = [guidance["doc"], guidance["line_start"], guidance["line_end"]]
    named = [(r["name"], "key", r["key"]) for r in _rows(conn, _CONCEPTS + inside, span)]
    named += [(r["name"], "name_simp", r["name_simp"]) for r in _rows(conn, _PLATFORMS + inside, span)]
    cells = []
    for name, column, value in named:
        table = "entity_concepts" if column == "key" else "entity_platforms"
        match = _first_in(conn, table, column, value, own)
        near = None if match or column == "key" else _closest_platform(conn, value, own)
        if match:
            cells.append(_cell(place, "city_vs_own", f"{name}: also in own plan", match, "own plan"))
        elif near:
            cells.append(_cell(place, "city_vs_own", f"{name}: own plan says {near['name']}", near, "own plan"))
        else:
            cells.append(_cell(place, "city_vs_own", f"{name}: not found in own plan", guidance, "city guidance"))
    return cells


def _closest_platform(conn: Connection, name: str, docs: set[str]) -> Row | None:
    """The own plan's platform most like ``name`` (same last two characters, similarity >= 0.75)."""
    if not docs:
        return None
    marks = ",".join("?" * len(docs))
    sql = (f"SELECT e.name, e.name_simp, e.doc_id AS doc, d.source, e.line_start, e.line_end FROM entity_platforms e "
           f"JOIN documents d ON d.id = e.doc_id WHERE e.doc_id IN ({marks}) AND e.name_simp LIKE ?")
    best: tuple[float, Row] | None = None
    for row in _rows(conn, sql, [*sorted(docs), "%" + name[-2:]]):
        ratio = difflib.SequenceMatcher(None, name, row["name_simp"]).ratio()
        if ratio >= 0.75 and (best is None or ratio > best[0]):
            best = (ratio, row)
    return best[1] if best else None


def _first_in(conn: Connection, table: str, column: str, value: str, docs: set[str]) -> Row | None:
    if not docs:
        return None
    marks = ",".join("?" * len(docs))
    sql = (f"SELECT e.doc_id AS doc, d.source, e.line_start, e.line_end FROM {table} e JOIN documents d "
           f"ON d.id = e.doc_id WHERE e.{column} = ? AND e.doc_id IN ({marks}) ORDER BY e.line_start LIMIT 1")
    row = conn.execute(sql, [value, *sorted(docs)]).fetchone()
    return dict(row) if row else None


def _cell(place: str, aspect: str, value: str, row: Row, said_by: str) -> Row:
    return {"place": place, "aspect": aspect, "value": value, "said_by": said_by, "doc": row["doc"],
            "source": row["source"], "line_start": row["line_start"], "line_end": row["line_end"]}


def _concept_cells(conn: Connection, place: str, pattern: str, limit: int) -> list[Row]:
    """The place's concepts: spelled-out layouts first, then its own (named in fewest documents) formulas."""
    spread = "(SELECT COUNT(DISTINCT c.doc_id) FROM entity_concepts c WHERE c.key = e.key)"
    rows = _rows(conn, _CONCEPTS + f" WHERE e.place LIKE ? ORDER BY {spread}, e.mentions DESC, e.line_start",
                 [pattern])
    rows.sort(key=lambda r: not any(definition for _, definition in json.loads(r["parts"])))
    seen: dict[str, Row] = {}
    for row in rows:
        if row["key"] not in seen and len(seen) < limit:
            seen[row["key"]] = _cell(place, "concepts", row["name"], row, _documents_naming(conn, row["key"]))
    return list(seen.values())


def _documents_naming(conn: Connection, key: str) -> str:
    count = conn.execute("SELECT COUNT(DISTINCT doc_id) FROM entity_concepts WHERE key = ?", (key,)).fetchone()[0]
    return f"named in {count} documents" if count > 1 else ""


def _industry_cells(conn: Connection, place: str, pattern: str, limit: int) -> list[Row]:
    # Per industry: how many mentions, and the first one (the lowest line) as the citation.
    ranked = (f"SELECT e.industry, COUNT(*) OVER (PARTITION BY e.industry) AS n, ROW_NUMBER() OVER "
              f"(PARTITION BY e.industry ORDER BY e.line_start, d.source, e.char_start) AS k, {_SOURCE} "
              "FROM entity_industries e JOIN documents d ON d.id = e.doc_id WHERE e.place LIKE ?")
    sql = f"SELECT * FROM ({ranked}) AS firsts WHERE k = 1 ORDER BY n DESC, industry LIMIT ?"
    return [_cell(place, "industries", f"{r['industry']} ({r['n']})", r, "")
            for r in _rows(conn, sql, [pattern, limit])]


def _target_cells(conn: Connection, place: str, own: list[str], limit: int) -> list[Row]:
    """Headline targets from the measures table of the place's own documents, when that table exists."""
    columns = set(conn.columns("measures"))
    if not own or not {"doc_id", "line", "surface", "metric", "stance"} <= columns:
        return []
    first = "(m.metric_canonical IS NULL), " if "metric_canonical" in columns else ""
    sql = ("SELECT m.metric, m.surface, m.doc_id AS doc, d.source, m.line AS line_start, m.line AS line_end "
           "FROM measures m JOIN documents d ON d.id = m.doc_id WHERE m.stance = 'target' AND m.metric != '' "
           f"AND m.doc_id IN ({','.join('?' * len(own))}) ORDER BY {first}d.source, m.line LIMIT ?")
    return [_cell(place, "targets", f"{r['metric']} {r['surface']}", r, "") for r in _rows(conn, sql, [*own, limit])]


def _own_documents(conn: Connection, pattern: str) -> list[str]:
    """Documents whose own place (the place most of their concepts carry) is this place."""
    sql = ("SELECT doc_id, place, COUNT(*) AS n FROM entity_concepts GROUP BY doc_id, place "
           "ORDER BY doc_id, n DESC, place")
    best: dict[str, str | None] = {}
    for doc_id, place, _ in conn.execute(sql):
        best.setdefault(doc_id, place)
    like = pattern.rstrip("%")
    jurisdiction = {r[0] for r in conn.execute("SELECT id FROM documents WHERE jurisdiction LIKE ?", [f"%{like}%"])}
    return sorted(jurisdiction | {doc for doc, place in best.items() if place and place.startswith(like)})


def known_places(conn: Connection) -> list[str]:
    """Places that have entity rows (for hints)."""
    sql = ("SELECT place FROM (SELECT place FROM entity_platforms UNION SELECT place FROM entity_industries "
           "UNION SELECT district AS place FROM entity_guidance) AS places WHERE place IS NOT NULL ORDER BY place")
    return [row[0] for row in conn.execute(sql)]
