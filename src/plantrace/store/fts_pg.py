"""Full-text search on PostgreSQL with SQLite FTS5's semantics and ranking.

The search stage writes FTS5 match expressions (quoted token phrases, ``"…" *`` prefixes, ``AND``,
``OR``, ``NOT``, parentheses, ``col : (…)`` column filters) over token strings it made itself. Here:

- :func:`parse` reads that expression language into a small tree;
- :func:`tsquery` turns the tree into a ``tsquery`` (phrases with ``<->``, prefixes with ``:*``,
  the ``head`` column as weight A, ``body`` as B), which the GIN index answers;
- in the same SQL query, each candidate row's phrase instances are counted per column from the
  tsvector's positions (``plantrace_phrase_counts``, migrations 0051 and 0052), the tree is checked again on
  those counts (so what matches is exactly what FTS5 would match), and the rows are ranked with
  FTS5's ``bm25()`` formula: the same IDF (rows holding each phrase, over all rows), the same
  per-column weights, k1 = 1.2, b = 0.75, the same average length (totals kept by triggers). Only
  the best ``limit`` rows leave the server.

Both stores therefore return the same rows, best first, for the same expression.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from plantrace.store.db import Connection

COLUMNS = ("head", "body")
_WEIGHT_LABEL = {"head": "A", "body": "B"}
_K1 = 1.2
_B = 0.75
_MAX_POSITION = 16383  # PostgreSQL's limit for tsvector positions
_MAX_POSITIONS = 256  # … and for positions per lexeme


def tokens(text: str) -> list[str]:
    """Tokens as FTS5's ``unicode61`` tokenizer makes them: runs of letters, digits and private-use
    characters, lower-cased; everything else separates."""
    words = text.split()
    if all(w.isalnum() for w in words):  # the usual case: the search stage's space-separated tokens
        return [w.lower() for w in words]
    out: list[str] = []
    current: list[str] = []
    for char in text:
        if unicodedata.category(char)[0] in "LN" or unicodedata.category(char) == "Co":
            current.append(char)
        elif current:
            out.append("".join(current).lower())
            current = []
    if current:
        out.append("".join(current).lower())
    return out


# -- the expression tree ------------------------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    tokens: tuple[str, ...]
    prefix: bool
    columns: frozenset[str] = frozenset(COLUMNS)


@dataclass(frozen=True)
class Op:
    kind: str  # AND, OR, NOT
    left: Node
    right: Node


Node = Phrase | Op

_LEX = re.compile(r'\s*(?:"((?:[^"]|"")*)"|(\()|(\))|(\*)|(:)|(\{[^}]*\})|([^\s"():*{}]+))')


def parse(expr: str) -> Node:
    """The tree of an FTS5 expression in the subset the search stage writes."""
    items = _lex(expr)
    node, rest = _parse_or(items, frozenset(COLUMNS))
    if rest:
        raise ValueError(f"unexpected {rest[0]!r} in FTS expression {expr!r}")
    return node


def _lex(expr: str) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    pos = 0
    while pos < len(expr):
        match = _LEX.match(expr, pos)
        if match is None or match.end() == pos:
            if expr[pos:].strip():
                raise ValueError(f"cannot read FTS expression {expr!r}")
            break
        pos = match.end()
        quoted, lpar, rpar, star, colon, colset, word = match.groups()
        if quoted is not None:
            items.append(("phrase", quoted.replace('""', '"')))
        elif lpar or rpar or star or colon:
            items.append(("sym", lpar or rpar or star or colon))
        elif colset:
            items.append(("colset", colset[1:-1]))
        elif word in ("AND", "OR", "NOT"):
            items.append(("op", word))
        else:
            items.append(("word", word))
    return items


Items = list[tuple[str, str]]


def _parse_or(items: Items, cols: frozenset[str]) -> tuple[Node, Items]:
    node, items = _parse_and(items, cols)
    while items and items[0] == ("op", "OR"):
        right, items = _parse_and(items[1:], cols)
        node = Op("OR", node, right)
    return node, items


_STARTS = ("phrase", "word", "colset")  # an expression right after another: implicit AND


def _parse_and(items: Items, cols: frozenset[str]) -> tuple[Node, Items]:
    node, items = _parse_not(items, cols)
    while items and (items[0] == ("op", "AND") or items[0][0] in _STARTS or items[0] == ("sym", "(")):
        if items[0] == ("op", "AND"):
            items = items[1:]
        right, items = _parse_not(items, cols)
        node = Op("AND", node, right)
    return node, items


def _parse_not(items: Items, cols: frozenset[str]) -> tuple[Node, Items]:
    node, items = _parse_primary(items, cols)
    while items and items[0] == ("op", "NOT"):
        right, items = _parse_primary(items[1:], cols)
        node = Op("NOT", node, right)
    return node, items


def _parse_primary(items: Items, cols: frozenset[str]) -> tuple[Node, Items]:
    if not items:
        raise ValueError("FTS expression ends too early")
    kind, text = items[0]
    if kind in ("word", "colset") and len(items) > 1 and items[1] == ("sym", ":"):
        named = frozenset(text.split()) & frozenset(COLUMNS)
        return _parse_primary(items[2:], cols & named)
    if (kind, text) == ("sym", "("):
        node, rest = _parse_or(items[1:], cols)
        if not rest or rest[0] != ("sym", ")"):
            raise ValueError("unbalanced parentheses in FTS expression")
        return node, rest[1:]
    if kind in ("phrase", "word"):
        prefix = len(items) > 1 and items[1] == ("sym", "*")
        return Phrase(tuple(tokens(text)), prefix, cols), items[2 if prefix else 1 :]
    raise ValueError(f"unexpected {text!r} in FTS expression")


def phrases(node: Node) -> list[Phrase]:
    """The phrases of the tree, left to right (FTS5's phrase numbering)."""
    if isinstance(node, Phrase):
        return [node]
    return phrases(node.left) + phrases(node.right)


# -- tsquery ------------------------------------------------------------------------------------


def tsquery(node: Node) -> str:
    """The tree as a ``tsquery`` over the weighted, positioned tsvector :func:`tsvector` makes."""
    if isinstance(node, Phrase):
        labels = "".join(sorted(_WEIGHT_LABEL[c] for c in node.columns))
        if not node.tokens or not labels:
            return "'' & !''"  # matches nothing (an empty phrase, or no column left)
        parts = [_lexeme(t) + ":" + labels for t in node.tokens]
        if node.prefix:
            parts[-1] = _lexeme(node.tokens[-1]) + ":*" + labels
        return "(" + " <-> ".join(parts) + ")"
    op = {"AND": " & ", "OR": " | ", "NOT": " & !"}[node.kind]
    return "(" + tsquery(node.left) + op + tsquery(node.right) + ")"


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector(head: Sequence[str], body: Sequence[str]) -> str:
    """A tsvector literal: head tokens at positions 1…, weight A; body tokens after a gap (so no phrase
    spans the two columns), weight B."""
    where: dict[str, list[str]] = {}
    for offset, label, toks in ((1, "A", head), (len(head) + 2, "B", body)):
        for i, token in enumerate(toks):
            spots = where.setdefault(token, [])
            if len(spots) < _MAX_POSITIONS:
                spots.append(f"{min(offset + i, _MAX_POSITION)}{label}")
    return " ".join(f"{_lexeme(t)}:{','.join(spots)}" for t, spots in where.items())


# -- matching and ranking, in SQL ---------------------------------------------------------------
#
# The GIN index finds the candidate rows (the tsquery); for each, ``plantrace_phrase_counts`` (migration
# 0051) counts every phrase's instances per column from the tsvector's positions. The FTS5 expression is
# then evaluated again on those counts (what matches is what FTS5 matches), and bm25 is computed from
# them with FTS5's formula and constants, the corpus totals kept by triggers, and the IDFs of one GIN
# query. Only the best ``limit`` (id, rank) pairs leave the server.


@dataclass(frozen=True)
class Stats:
    rows: int
    tokens: int


def stats(conn: Connection) -> Stats:
    """The rows and tokens of ``search_fts`` (kept by triggers, migration 0051)."""
    row = conn.execute("SELECT nrows, ntok FROM search_fts_totals").fetchone()
    return Stats(int(row[0]), int(row[1])) if row else Stats(0, 0)


def hits(conn: Connection, phrase: Phrase) -> int:
    """Rows holding a phrase (FTS5's ``nHit``): PostgreSQL's phrase match on positions, counted in SQL."""
    return idf_hits(conn, [phrase])[0]


def idf_hits(conn: Connection, found: Sequence[Phrase]) -> list[int]:
    """Rows holding each phrase, all counted in one pass over the rows that hold any of them."""
    if not found:
        return []
    params = {f"q{i}": tsquery(p) for i, p in enumerate(found)}
    counts = ", ".join(f"count(*) FILTER (WHERE terms @@ CAST(:q{i} AS tsquery))" for i in range(len(found)))
    anyone = " || ".join(f"CAST(:q{i} AS tsquery)" for i in range(len(found)))
    row = conn.execute(f"SELECT {counts} FROM search_fts WHERE terms @@ ({anyone})", params).fetchone()
    return [int(v) for v in row]


def _matches(node: Node, count: dict[int, str], ids: dict[int, int]) -> str:
    """SQL: whether the row matches the subtree, from the phrases' instance counts."""
    if isinstance(node, Phrase):
        return f"({count[ids[id(node)]]} > 0)"
    left, right = _matches(node.left, count, ids), _matches(node.right, count, ids)
    if node.kind == "AND":
        return f"({left} AND {right})"
    if node.kind == "OR":
        return f"({left} OR {right})"
    return f"({left} AND NOT {right})"


def _live(node: Node, live: str, count: dict[int, str], ids: dict[int, int], out: dict[int, str]) -> None:
    """SQL, per phrase: whether its instances count for the rank — as FTS5 reports them: the phrases of
    the subtrees that took part in the match (both sides of AND, the matching sides of OR, the left
    side of NOT)."""
    if isinstance(node, Phrase):
        out[ids[id(node)]] = live
        return
    _live(node.left, f"({live} AND {_matches(node.left, count, ids)})", count, ids, out)
    if node.kind != "NOT":
        _live(node.right, f"({live} AND {_matches(node.right, count, ids)})", count, ids, out)
    else:
        for phrase in phrases(node.right):
            out[ids[id(phrase)]] = "FALSE"


_ZERO = "CAST(0.0 AS double precision)"


def _self_overlapping(toks: Sequence[str]) -> bool:
    """Whether two instances of the phrase can overlap (its token sequence ends as it begins)."""
    return any(toks[j:] == toks[: len(toks) - j] for j in range(1, len(toks)))


def _counted(node: Node, where: str) -> tuple[str, dict[str, Any], dict[int, str], dict[int, int]]:
    """SQL of (id, n: token count, the phrases' instance counts per column) for each candidate row; its
    parameters; per phrase the SQL of its instances in the columns it may match; the phrases' numbers.

    A phrase is counted in the row's token strings (stored normalised: tokens joined by one space),
    spaces doubled so that adjacent instances both count: (length - length without it) / its length.
    A phrase whose instances could overlap, or ending in a prefix, is counted from the tsvector's
    positions instead (``plantrace_phrase_counts``, one call per row for all of them)."""
    found = phrases(node)
    ids = {id(p): i for i, p in enumerate(found)}
    params: dict[str, Any] = {"tsq": tsquery(node)}
    columns: dict[int, tuple[str, str]] = {}
    hard = [i for i, p in enumerate(found) if p.tokens and (p.prefix or _self_overlapping(p.tokens))]
    for i, phrase in enumerate(found):
        if i in hard:
            slot = hard.index(i)
            columns[i] = (f"c[{2 * slot + 1}]", f"c[{2 * slot + 2}]")
        elif phrase.tokens:
            params[f"pat{i}"] = " " + "  ".join(phrase.tokens) + " "
            columns[i] = tuple(  # type: ignore[assignment]
                f"((length({col}) - length(replace({col}, :pat{i}, ''))) / length(:pat{i}))" for col in ("sh", "sb"))
        else:
            columns[i] = ("0", "0")
    select = ["id", "CAST(ntok AS double precision) AS n",
              "replace(' ' || head || ' ', ' ', '  ') AS sh", "replace(' ' || body || ' ', ' ', '  ') AS sb"]
    if hard:
        flat = [(slot, k, t, found[i].prefix and k == len(found[i].tokens) - 1)
                for slot, i in enumerate(hard) for k, t in enumerate(found[i].tokens)]
        params.update({
            "toks": [t for _, _, t, _ in flat], "phrase": [j for j, _, _, _ in flat], "k": [k for _, k, _, _ in flat],
            "prefix": [x for _, _, _, x in flat], "sizes": [len(found[i].tokens) for i in hard],
        })
        select.append("plantrace_phrase_counts(terms, CAST(:toks AS text[]), CAST(:phrase AS integer[]), "
                      "CAST(:k AS integer[]), CAST(:prefix AS boolean[]), CAST(:sizes AS integer[])) AS c")
    inner = (f"SELECT {', '.join(select)} FROM search_fts WHERE terms @@ CAST(:tsq AS tsquery){where} "
             "OFFSET 0")  # OFFSET 0: the strings and counts made once per row
    per_column = [f"SELECT id, n, {', '.join(f'{h} AS h{i}, {b} AS b{i}' for i, (h, b) in columns.items())} "
                  f"FROM ({inner}) strings OFFSET 0"]
    count: dict[int, str] = {}
    for i, phrase in enumerate(found):
        head = f"h{i}" if "head" in phrase.columns else "0"
        body = f"b{i}" if "body" in phrase.columns else "0"
        count[i] = f"({head} + {body})"
    return per_column[0], params, count, ids


def _scored(node: Node, where: str) -> tuple[str, dict[str, Any]]:
    """SQL of (id, rank, ok) for every candidate row, and its parameters (without the totals and IDFs)."""
    counted, params, count, ids = _counted(node, where)
    found = phrases(node)
    live: dict[int, str] = {}
    _live(node, _matches(node, count, ids), count, ids, live)
    terms = []
    for i, phrase in enumerate(found):
        head = f"h{i} * :w_head" if "head" in phrase.columns else _ZERO
        body = f"b{i} * :w_body" if "body" in phrase.columns else _ZERO
        f = f"(CASE WHEN {live[i]} THEN {head} + {body} ELSE {_ZERO} END)"
        terms.append(f"CAST(:idf{i} AS double precision) * (({f} * :k1p1) / ({f} + :k1 * (:omb + :b * n / :avgdl)))")
    score = _ZERO + "".join(f" + {t}" for t in terms)
    sql = f"SELECT id, -({score}) AS rank, {_matches(node, count, ids)} AS ok FROM ({counted}) counted"
    return sql, params


def ranked(
    conn: Connection, expr: str, weights: Sequence[float], where: str = "", params: Mapping[str, Any] | None = None,
    limit: int | None = None,
) -> list[tuple[int, float]]:
    """(row id, FTS5 bm25 rank: lower is better) of the rows matching ``expr``, best first (the first
    ``limit`` of them; ties by row id)."""
    node = parse(expr)
    total = stats(conn)
    if total.rows == 0:
        return []
    scored, values = _scored(node, where)
    for i, n_hit in enumerate(idf_hits(conn, phrases(node))):
        value = math.log((total.rows - n_hit + 0.5) / (n_hit + 0.5))
        values[f"idf{i}"] = value if value > 0.0 else 1e-6
    weight = dict(zip(COLUMNS, weights, strict=False))
    values.update({"w_head": float(weight.get("head", 1.0)), "w_body": float(weight.get("body", 1.0)),
                   "k1": _K1, "k1p1": _K1 + 1.0, "b": _B, "omb": 1 - _B, "avgdl": total.tokens / total.rows})
    sql = f"SELECT id, rank FROM ({scored}) s WHERE ok ORDER BY rank, id"
    if limit is not None:
        sql += " LIMIT :limit"
        values["limit"] = limit
    rows = conn.execute(sql, {**(params or {}), **values})
    return [(int(r[0]), float(r[1])) for r in rows]


def count(conn: Connection, expr: str, cap: int) -> int:
    """How many rows match ``expr``, counting no further than ``cap``: the GIN index alone answers (the
    tsquery matches what FTS5 matches, as the IDFs' row counts assume too)."""
    sql = "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE terms @@ CAST(? AS tsquery) LIMIT ?) capped"
    return int(conn.execute(sql, (tsquery(parse(expr)), cap)).fetchone()[0])


def row_values(head: str, body: str) -> tuple[str, str, int, str]:
    """(head, body, token count, tsvector literal) of one search row; head and body normalised to their
    FTS5 tokens joined by single spaces (what :func:`ranked` counts phrases in)."""
    head_tokens, body_tokens = tokens(head), tokens(body)
    return (" ".join(head_tokens), " ".join(body_tokens), len(head_tokens) + len(body_tokens),
            tsvector(head_tokens, body_tokens))
