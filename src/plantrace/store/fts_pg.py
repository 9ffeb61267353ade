"""Full-text search on PostgreSQL with SQLite FTS5's semantics and ranking.

The search stage writes FTS5 match expressions (quoted token phrases, ``"…" *`` prefixes, ``AND``,
``OR``, ``NOT``, parentheses, ``col : (…)`` column filters) over token strings it made itself. Here:

- :func:`parse` reads that expression language into a small tree;
- :func:`tsquery` turns the tree into a ``tsquery`` (phrases with ``<->``, prefixes with ``:*``,
  the ``head`` column as weight A, ``body`` as B), the exact match on the tsvector;
- :func:`ranked` finds candidates through the GIN index with a *loose* tsquery (the AND of each phrase's
  tokens, no weights: GIN answers it without reading any tsvector back), counts each candidate's phrase
  instances per column in its stored token strings, checks the tree again on those counts (so what
  matches is exactly what FTS5 would match), and ranks with FTS5's ``bm25()`` formula: the same IDF
  (rows holding each phrase, over all rows; counted through the index, kept per connection until the
  table changes), the same per-column weights, k1 = 1.2, b = 0.75, the same average length (totals kept
  by triggers). Only the best ``limit`` rows leave the server.

Both stores therefore return the same rows, best first, for the same expression.

The expression tree, the tsquery/tsvector literals and the SQL text live in
:mod:`plantrace.store.fts_pg_query` (no database there); this module runs that SQL, with the IDF row
counts and table totals it reads and keeps per connection.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from plantrace.store.db import Connection
from plantrace.store.fts_pg_query import (
    COLUMNS,
    Node,
    Op,
    Phrase,
    flat,
    kinds,
    loose,
    match_sql,
    parse,
    phrases,
    present_pattern,
    row_values,
    scored_sql,
    tokens,
    tsquery,
    tsvector,
)

__all__ = [
    "COLUMNS", "Node", "Op", "Phrase", "Stats", "count", "hits", "idf_hits", "parse", "phrases", "ranked",
    "row_values", "stats", "tokens", "tsquery", "tsvector",
]

_K1 = 1.2
_B = 0.75


@dataclass(frozen=True)
class Stats:
    rows: int
    tokens: int
    generation: int = 0


def stats(conn: Connection) -> Stats:
    """The rows, tokens and generation of ``search_fts`` (kept by triggers, migrations 0051 and 0053)."""
    row = conn.execute("SELECT nrows, ntok, generation FROM search_fts_totals").fetchone()
    return Stats(int(row[0]), int(row[1]), int(row[2])) if row else Stats(0, 0)


# IDFs (rows holding each phrase, over all rows) come from one statement, one index count per distinct
# phrase, and are kept per connection until ``search_fts`` changes (its generation counter, kept by the
# triggers of migration 0053).
#
# The planner prices a sequential scan of search_fts as cheap for a common token, not knowing that each
# row's tsvector must then be decompressed; through the GIN index no tsvector is read at all. The queries
# below run with sequential scans off and room for an exact bitmap (no lossy pages, which need rechecks).
_PLANNER = {"enable_seqscan": "off", "work_mem": "64MB"}


def _query(conn: Connection, sql: str, params: Mapping[str, Any]) -> Any:
    planned = getattr(conn, "planned", None)
    return planned(sql, params, _PLANNER) if planned is not None else conn.execute(sql, params)


# IDF row counts per connection: {phrase key: rows}, valid for one generation of search_fts.
_HITS: weakref.WeakKeyDictionary[Any, tuple[int, dict[tuple[Any, ...], int]]] = weakref.WeakKeyDictionary()
_HITS_KEPT = 4096


def hits(conn: Connection, phrase: Phrase) -> int:
    """Rows holding a phrase (FTS5's ``nHit``)."""
    return idf_hits(conn, [phrase])[0]


def idf_hits(conn: Connection, found: Sequence[Phrase], generation: int | None = None) -> list[int]:
    """Rows holding each phrase (in its columns): one index count per distinct phrase, in one statement;
    remembered for the connection until ``search_fts`` changes (``generation``, read if not given)."""
    if generation is None:
        generation = stats(conn).generation
    owner = getattr(conn, "raw", conn)
    try:
        kept_generation, kept = _HITS.get(owner, (None, {}))
    except TypeError:  # not weakly referable: no memory
        owner, kept_generation, kept = None, None, {}
    if kept_generation != generation:
        kept = {}
    keys = [(p.tokens, p.prefix, tuple(sorted(p.columns))) for p in found]
    missing = [(key, p) for key, p in dict(zip(keys, found, strict=True)).items()
               if key not in kept and p.tokens and p.columns]
    if missing:
        params: dict[str, Any] = {}
        counts = []
        for i, (_, phrase) in enumerate(missing):
            params[f"l{i}"] = loose(phrase)
            condition = ""
            if len(phrase.tokens) > 1 or phrase.columns != frozenset(COLUMNS):
                params[f"p{i}"] = present_pattern(phrase)
                condition = " AND (" + " OR ".join(
                    f"strpos(' ' || {col} || ' ', :p{i}) > 0" for col in sorted(phrase.columns)) + ")"
            counts.append(f"(SELECT count(*) FROM search_fts WHERE terms @@ CAST(:l{i} AS tsquery){condition})")
        row = _query(conn, f"SELECT {', '.join(counts)}", params).fetchone()
        if len(kept) + len(missing) > _HITS_KEPT:
            kept = {}
        kept.update({key: int(n) for (key, _), n in zip(missing, row, strict=True)})
    if owner is not None:
        _HITS[owner] = (generation, kept)
    return [kept.get(key, 0) for key in keys]


def ranked(
    conn: Connection, expr: str, weights: Sequence[float], where: str = "", params: Mapping[str, Any] | None = None,
    limit: int | None = None,
) -> list[tuple[int, float]]:
    """(row id, FTS5 bm25 rank: lower is better) of the rows matching ``expr``, best first (the first
    ``limit`` of them; ties by row id)."""
    node = parse(expr)
    wide = loose(node)
    total = stats(conn)
    if total.rows == 0 or wide is None:
        return []
    scored, values = scored_sql(node, where)
    for i, n_hit in enumerate(idf_hits(conn, phrases(node), total.generation)):
        value = math.log((total.rows - n_hit + 0.5) / (n_hit + 0.5))
        values[f"idf{i}"] = value if value > 0.0 else 1e-6
    weight = dict(zip(COLUMNS, weights, strict=False))
    values.update({"loose": wide, "w_head": float(weight.get("head", 1.0)),
                   "w_body": float(weight.get("body", 1.0)), "k1": _K1, "k1p1": _K1 + 1.0, "b": _B, "omb": 1 - _B,
                   "avgdl": total.tokens / total.rows})
    sql = f"SELECT id, rank FROM ({scored}) s ORDER BY rank, id"
    if limit is not None:
        sql += " LIMIT :limit"
        values["limit"] = limit
    rows = _query(conn, sql, {**(params or {}), **values})
    return [(int(r[0]), float(r[1])) for r in rows]


def count(conn: Connection, expr: str, cap: int) -> int:
    """How many rows match ``expr``, counting no further than ``cap``. One phrase: its IDF row count
    (:func:`idf_hits`, remembered). Otherwise the loose tsquery is exact when every phrase is one whole
    token in both columns and there is no NOT (the GIN index alone answers); else each candidate's token
    strings say which phrases it holds."""
    node = parse(expr)
    wide = loose(node)
    if wide is None:
        return 0
    if isinstance(node, Phrase):
        return min(idf_hits(conn, [node])[0], cap)
    found = phrases(node)
    exact = all(len(p.tokens) == 1 and p.columns == frozenset(COLUMNS) for p in found) and "NOT" not in kinds(node)
    params: dict[str, Any] = {"loose": wide, "cap": cap}
    condition = ""
    if not exact:
        present = []
        for i, phrase in enumerate(found):
            params[f"p{i}"] = present_pattern(phrase)
            used = [f"strpos(s{col}, :p{i}) > 0" for col in sorted(phrase.columns)] if phrase.tokens else []
            present.append("(" + " OR ".join(used) + ")" if used else "FALSE")
        condition = " WHERE " + match_sql(flat(node, {id(p): i for i, p in enumerate(found)}), present)
    inner = ("SELECT ' ' || head || ' ' AS shead, ' ' || body || ' ' AS sbody FROM search_fts "
             "WHERE terms @@ CAST(:loose AS tsquery)")
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM ({inner} OFFSET 0) strings{condition} LIMIT :cap) capped"
           if condition else
           "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE terms @@ CAST(:loose AS tsquery) LIMIT :cap) capped")
    return int(_query(conn, sql, params).fetchone()[0])

