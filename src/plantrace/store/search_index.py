"""Tables of the search stage: ``search_rows`` (citations, filters) and ``search_fts`` (FTS5).

The token strings are made by ``plantrace.search``; this module only stores and queries them. Every
value reaches SQL as a bound parameter; the FTS ``MATCH`` expression is built by the search stage
from quoted token phrases only.
"""

from __future__ import annotations

import contextlib
import sqlite3
from typing import Any

from plantrace.models import Bundle
from plantrace.models.search import SearchFilters
from plantrace.store import derived, fts_pg, simp_edits
from plantrace.store.db import Connection

Row = dict[str, Any]

# export name -> SELECT returning one row per fact, with its source columns
EXPORTS: dict[str, str] = {
    "search_rows": "SELECT r.node_id AS node, r.doc_id AS doc, d.source, r.kind, r.line_start, r.line_end "
    "FROM search_rows r JOIN documents d ON d.id = r.doc_id ORDER BY d.source, r.line_start",
}

# The FTS query ranks first and alone (joins for the best rows only); filters narrow its rowids.
_CANDIDATES = """
SELECT r.id, r.node_id, r.doc_id, r.kind, r.line_start, r.line_end, r.maps,
       d.source, d.title, d.jurisdiction, d.period_start, d.period_end, {path} AS path, f.rank
FROM (
    SELECT rowid AS id, bm25(search_fts, :w_head, :w_body) AS rank
    FROM search_fts
    WHERE search_fts MATCH :match {filters}
    ORDER BY rank
    LIMIT :limit
) f
JOIN search_rows r ON r.id = f.id
JOIN documents d ON d.id = r.doc_id
JOIN nodes n ON n.id = r.node_id
{parent}
ORDER BY f.rank
"""
_FILTERED = "AND rowid IN (SELECT r.id FROM search_rows r JOIN documents d ON d.id = r.doc_id WHERE {where})"

_FILTERS = {
    "doc": "(d.id = :doc OR substr(d.id, 1, length(:doc)) = :doc OR d.source = :doc "
    "OR substr(d.source, length(d.source) - length(:doc)) = '/' || :doc)",
    "level": "d.level = :level",
    "doc_type": "d.doc_type = :doc_type",
    "year": "((d.period_start <= :year AND d.period_end >= :year) OR substr(d.issued, 1, 4) = CAST(:year AS TEXT))",
    "kind": "r.kind = :kind",
}


def save(conn: Connection, bundle: Bundle) -> None:
    """Insert this stage's rows for one document (inside the store's transaction)."""
    write(conn, prepare(bundle))


# a search row without its id: node_id, doc_id, kind, line_start, line_end, maps, then the FTS head and body
Prepared = list[tuple[str, str, str, int, int, str, str, str]]


def prepare(bundle: Bundle) -> Prepared:
    """This stage's rows of one document as plain tuples (no database: a worker process makes them). Rows
    under one heading share its string (passed once between processes: pickle sends an object once)."""
    headings: dict[str, str] = {}
    return [(r.node_id, r.doc_id, r.kind, r.line_start, r.line_end, r.maps, headings.setdefault(r.heading, r.heading),
             r.body) for r in bundle.index]


def write(conn: Connection, rows: Prepared) -> None:
    """Insert the rows :func:`prepare` made (inside the store's transaction): ids follow the table's last."""
    if not rows:
        return
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM search_rows").fetchone()[0]
    ids = range(first, first + len(rows))
    conn.executemany(
        "INSERT INTO search_rows (id, node_id, doc_id, kind, line_start, line_end, maps) VALUES (?,?,?,?,?,?,?)",
        ((i, *r[:6]) for i, r in zip(ids, rows, strict=True)),
    )
    if conn.dialect == "postgresql":
        conn.executemany(
            "INSERT INTO search_fts (id, head, body, ntok, terms) VALUES (?,?,?,?,CAST(? AS tsvector))",
            ((i, *fts_pg.row_values(r[6], r[7])) for i, r in zip(ids, rows, strict=True)),
        )
        return
    conn.executemany(
        "INSERT INTO search_fts (rowid, head, body) VALUES (?,?,?)",
        ((i, r[6], r[7]) for i, r in zip(ids, rows, strict=True)),
    )


def delete(conn: Connection, doc_id: str) -> None:
    """Remove this stage's rows of one document (the FTS rows first: they have no foreign key)."""
    if conn.dialect == "postgresql":
        conn.execute("DELETE FROM search_fts WHERE id IN (SELECT id FROM search_rows WHERE doc_id = ?)", (doc_id,))
    else:
        _delete_fts(conn, [int(r[0]) for r in conn.execute("SELECT id FROM search_rows WHERE doc_id = ?", (doc_id,))])
    conn.execute("DELETE FROM search_rows WHERE doc_id = ?", (doc_id,))


def _delete_fts(conn: Connection, ids: list[int]) -> None:
    """Remove rows from the contentless FTS5 table (migration 0070).

    FTS5's 'delete' command must be given the very tokens the row was indexed with. They are read back
    from the index itself (``fts5vocab`` instances: term, row, column, position), so this holds whatever
    made them: every position of a row's column has exactly one term, and a term re-tokenises to itself.
    The scan reads the whole index once per call (this runs when a document is replaced or deleted).
    """
    if not ids:
        return
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_fts_instances "
                 "USING fts5vocab(main, search_fts, instance)")
    tokens: dict[tuple[int, str], dict[int, str]] = {}
    low, high, wanted = min(ids), max(ids), set(ids)
    rows = conn.execute('SELECT doc, col, "offset", term FROM temp.search_fts_instances WHERE doc BETWEEN ? AND ?',
                        (low, high))
    for row, col, offset, term in rows:
        if row in wanted:
            tokens.setdefault((int(row), str(col)), {})[int(offset)] = str(term)

    def text(row: int, col: str) -> str:
        found = tokens.get((row, col), {})
        return " ".join(found[i] for i in sorted(found))

    conn.executemany(
        "INSERT INTO search_fts (search_fts, rowid, head, body) VALUES ('delete', ?, ?, ?)",
        ((i, text(i, "head"), text(i, "body")) for i in sorted(wanted)),
    )


# FTS5's merging of the segments each transaction writes: by default ('automerge' 4) four segments of a level are
# merged into one each time a transaction adds one, and a level is merged at once when it holds 'crisismerge' (16)
_MERGING = (("automerge", 4), ("crisismerge", 16))
# during a batch into an empty index: no merging until a level holds 64 segments (each one a document's)
_MERGING_DEFERRED = (("automerge", 0), ("crisismerge", 64))


def merging_for_batch(conn: Connection) -> bool:
    """Whether FTS5 merges each document's segment as it is written, for a batch starting now (SQLite; called
    in the transaction of the batch's first document, so the setting and that document are one).

    Into an empty index the batch is the whole index, and :func:`compact` merges it into one segment at the end
    (its rows are all of the index): merging each document's segment into the earlier ones meanwhile would only
    do that work again and again before it is done once for all (0.1 CPU s of a 2.5 s ingest of the sample
    corpus). So merging is deferred until :func:`resume_merging`, which the store calls when it closes. Into an
    index that holds rows, merging stays as it is (a small batch is not compacted); if a batch into an empty
    index was interrupted before it ended, merging is resumed here. The index holds the same rows either way;
    only how its segments are laid out differs, until compacted."""
    if row_count(conn):
        if _automerge(conn) == 0:
            resume_merging(conn)
        return True
    _configure(conn, _MERGING_DEFERRED)
    return False


def resume_merging(conn: Connection) -> None:
    """FTS5's merging as documents are written, as it is by default (see :func:`merging_for_batch`)."""
    with contextlib.suppress(sqlite3.Error):  # busy: the next writer's merging_for_batch resumes it
        _configure(conn, _MERGING)


def _automerge(conn: Connection) -> int:
    row = conn.execute("SELECT v FROM search_fts_config WHERE k = 'automerge'").fetchone()
    return dict(_MERGING)["automerge"] if row is None else int(row[0])


def _configure(conn: Connection, settings: tuple[tuple[str, int], ...]) -> None:
    for name, value in settings:
        conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES (?, ?)", (name, value))


def compact(conn: Connection, added: int) -> None:
    """Merge the FTS5 index into one segment after a batch that added at least a tenth of its rows.

    FTS5 writes each transaction's rows as a new segment and merges them by and by; merged once, the
    index is smaller (5 % on the sample corpus) and a query reads one segment. The merge reads the whole
    index, so it runs only when the batch was at least a tenth of it (the cost stays in proportion)."""
    if added * 10 < row_count(conn):
        return
    with contextlib.suppress(sqlite3.Error):  # busy (another writer): the index stays as it is, correct
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")


def candidates(
    conn: Connection,
    match: str,
    filters: SearchFilters,
    *,
    limit: int,
    weights: tuple[float, float] = (0.5, 1.0),
    text: bool = True,
) -> list[Row]:
    """Rows matching an FTS5 expression, best BM25 first (``rank``: lower is better); with ``text`` each
    with its simplified text (``simp``)."""
    params: dict[str, object] = {"match": match, "limit": limit, "w_head": weights[0], "w_body": weights[1]}
    clauses = []
    for name, clause in _FILTERS.items():
        value = getattr(filters, name)
        if value is not None and value != "":
            params[name] = value
            clauses.append(clause)
    if filters.jurisdictions is not None:
        names = {f"j{i}": j for i, j in enumerate(filters.jurisdictions)}
        params.update(names)
        clauses.append(f"d.jurisdiction IN ({', '.join(':' + n for n in names)})" if names else "1 = 0")
    if filters.docs is not None:
        ids = {f"i{i}": d for i, d in enumerate(filters.docs)}
        params.update(ids)
        clauses.append(f"d.id IN ({', '.join(':' + n for n in ids)})" if ids else "1 = 0")
    if conn.dialect == "postgresql":
        return _candidates_pg(conn, params, clauses, limit, text)
    sql = _CANDIDATES.format(filters=_FILTERED.format(where=" AND ".join(clauses)) if clauses else "",
                             path=derived.PATH, parent=derived.PARENT)
    rows = [dict(r) for r in conn.execute(sql, params)]
    return _with_text(conn, rows) if text else rows


def _with_text(conn: Connection, rows: list[Row]) -> list[Row]:
    """Each row with ``simp``: its own lines' simplified text joined by ``\\n`` (the lines listed in ``maps``)."""
    if conn.dialect == "postgresql":
        return _with_text_pg(conn, rows)
    for row in rows:
        numbers = [int(entry.partition("=")[0]) for entry in str(row["maps"]).split(";") if entry]
        lines = conn.execute(
            "SELECT number, raw, simp_edits FROM lines WHERE doc_id = ? AND number BETWEEN ? AND ?",
            (row["doc_id"], row["line_start"], row["line_end"]),
        )
        text = {int(r[0]): simp_edits.decode(str(r[1]), r[2]) for r in lines}
        row["simp"] = "\n".join(text.get(n, "") for n in numbers)
    return rows


def _with_text_pg(conn: Connection, rows: list[Row]) -> list[Row]:
    """:func:`_with_text` in one statement for all rows (a round trip to the server per row cost more than
    the search itself), reading only the lines each row lists (a heading's row spans its whole section)."""
    wanted: dict[tuple[str, int], None] = {}
    numbers = []
    for row in rows:
        doc, first, last = str(row["doc_id"]), int(row["line_start"]), int(row["line_end"])
        listed = [int(entry.partition("=")[0]) for entry in str(row["maps"]).split(";") if entry]
        numbers.append(listed)
        wanted.update(((doc, n), None) for n in listed if first <= n <= last)
    text: dict[tuple[str, int], str] = {}
    if wanted:
        sql = ("SELECT l.doc_id, l.number, l.raw, l.simp_edits "
               "FROM unnest(CAST(? AS text[]), CAST(? AS bigint[])) AS w(doc, number) "
               "JOIN lines l ON l.doc_id = w.doc AND l.number = w.number")
        found = conn.execute(sql, ([d for d, _ in wanted], [n for _, n in wanted]))
        text = {(str(r[0]), int(r[1])): simp_edits.decode(str(r[2]), r[3]) for r in found}
    for row, listed in zip(rows, numbers, strict=True):
        doc = str(row["doc_id"])
        row["simp"] = "\n".join(text.get((doc, n), "") for n in listed)
    return rows


def _candidates_pg(
    conn: Connection, params: dict[str, object], clauses: list[str], limit: int, text: bool = True
) -> list[Row]:
    """The same rows and ranks as the FTS5 query, through :mod:`plantrace.store.fts_pg`."""
    where = (" AND " + _FILTERED.format(where=" AND ".join(clauses)).removeprefix("AND ").replace("rowid", "id")
             if clauses else "")
    filters = {k: v for k, v in params.items() if k not in ("match", "limit", "w_head", "w_body")}
    weights = (float(params["w_head"]), float(params["w_body"]))  # type: ignore[arg-type]
    best = fts_pg.ranked(conn, str(params["match"]), weights, where, filters, limit=limit)
    if not best:
        return []
    rank = dict(best)
    marks = ",".join("?" * len(best))
    sql = _DETAILS.format(marks=marks, path=derived.PATH, parent=derived.PARENT)
    rows = {r["id"]: dict(r) for r in conn.execute(sql, [i for i, _ in best])}
    found = [{**rows[i], "rank": rank[i]} for i, _ in best if i in rows]
    return _with_text(conn, found) if text else found


_DETAILS = """
SELECT r.id, r.node_id, r.doc_id, r.kind, r.line_start, r.line_end, r.maps,
       d.source, d.title, d.jurisdiction, d.period_start, d.period_end, {path} AS path
FROM search_rows r
JOIN documents d ON d.id = r.doc_id
JOIN nodes n ON n.id = r.node_id
{parent}
WHERE r.id IN ({marks})
"""


def raw_lines(conn: Connection, doc_id: str, start: int, end: int) -> dict[int, str]:
    """The original text of lines ``start``..``end`` of a document, by line number (a blank line without a
    page has no row, migration 0075: it is missing here, read it as ``''``)."""
    rows = conn.execute(
        "SELECT number, raw FROM lines WHERE doc_id = ? AND number BETWEEN ? AND ?", (doc_id, start, end)
    )
    return {int(r[0]): str(r[1]) for r in rows}


def row_count(conn: Connection) -> int:
    """Rows of the search index. PostgreSQL counts a table by reading all of it (MVCC): there the total
    kept by triggers (migration 0051) answers; it counts ``search_fts``, which has one row per search row."""
    if conn.dialect == "postgresql":
        return fts_pg.stats(conn).rows
    return int(conn.execute("SELECT count(*) FROM search_rows").fetchone()[0])


def measure_metrics(conn: Connection) -> list[str]:
    """Distinct metric names of the ``measures`` table: canonical names when it has them."""
    columns = _columns(conn, "measures")
    name = "metric_canonical" if "metric_canonical" in columns else "metric" if "metric" in columns else None
    if name is None:
        return []
    # Jump from one distinct value to the next (an index seek each), instead of reading every row.
    sql = (
        f"WITH RECURSIVE v(x) AS (SELECT min({name}) FROM measures UNION ALL "
        f"SELECT (SELECT min({name}) FROM measures WHERE {name} > v.x) FROM v WHERE v.x IS NOT NULL) "
        "SELECT x FROM v WHERE x IS NOT NULL"
    )
    return sorted(r[0] for r in conn.execute(sql) if r[0])


def places(conn: Connection) -> list[str]:
    """Distinct non-empty jurisdictions of the stored documents."""
    return [r[0] for r in conn.execute("SELECT DISTINCT jurisdiction FROM documents WHERE jurisdiction != ''")]


def _columns(conn: Connection, table: str) -> set[str]:
    """Column names of a table (empty when there is no such table)."""
    return set(conn.columns(table))


def match_count(conn: Connection, match: str, cap: int) -> int:
    """How many rows match an FTS5 expression, counting no further than ``cap`` (cheap for common terms)."""
    if conn.dialect == "postgresql":
        return fts_pg.count(conn, match, cap)
    sql = "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT ?)"
    return int(conn.execute(sql, (match, cap)).fetchone()[0])


def place_levels(conn: Connection) -> list[tuple[str, str]]:
    """Distinct non-empty (jurisdiction, level) pairs of the stored documents."""
    sql = "SELECT DISTINCT jurisdiction, level FROM documents WHERE jurisdiction != '' ORDER BY jurisdiction"
    return [(str(r[0]), str(r[1] or "")) for r in conn.execute(sql)]
