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
"""

from __future__ import annotations

import math
import re
import unicodedata
import weakref
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
# Candidates come from the GIN index alone, through a *loose* tsquery: each phrase as the AND of its
# tokens, without weights or positions. GIN answers such a query exactly, without reading any row's
# tsvector back (a phrase or weight in the tsquery makes PostgreSQL recheck every candidate: decompress
# its tsvector, once per phrase: that was where the time went). The loose query matches every row the
# expression matches, and a few more: each candidate's phrase instances are then counted per column in
# its token strings (C-level string functions, no per-row function call), the FTS5 expression is
# evaluated on those counts (so what matches is exactly what FTS5 matches), and the rows are ranked
# with FTS5's bm25() formula. Only the best ``limit`` (id, rank) pairs leave the server.
#
# IDFs (rows holding each phrase, over all rows) come from one statement, one index count per distinct
# phrase, and are kept per connection until ``search_fts`` changes (its generation counter, kept by the
# triggers of migration 0053).


@dataclass(frozen=True)
class Stats:
    rows: int
    tokens: int
    generation: int = 0


def stats(conn: Connection) -> Stats:
    """The rows, tokens and generation of ``search_fts`` (kept by triggers, migrations 0051 and 0053)."""
    row = conn.execute("SELECT nrows, ntok, generation FROM search_fts_totals").fetchone()
    return Stats(int(row[0]), int(row[1]), int(row[2])) if row else Stats(0, 0)


def _loose(node: Node) -> str | None:
    """A tsquery matching every row ``node`` matches (and maybe more) that GIN answers without a recheck:
    phrases as the AND of their tokens, no weights; NOT keeps its left side. None: matches nothing."""
    if isinstance(node, Phrase):
        if not node.tokens or not node.columns:
            return None
        parts = [_lexeme(t) for t in node.tokens]
        if node.prefix:
            parts[-1] += ":*"
        return "(" + " & ".join(parts) + ")"
    left = _loose(node.left)
    if node.kind == "NOT":
        return left
    right = _loose(node.right)
    if node.kind == "AND":
        return f"({left} & {right})" if left and right else None
    return f"({left} | {right})" if left and right else left or right


@dataclass(frozen=True)
class _Group:
    """An AND or OR of any number of parts, or a NOT (left, right); a part is a phrase's number."""

    kind: str
    parts: tuple[int | _Group, ...]


def _flat(node: Node, ids: dict[int, int]) -> int | _Group:
    """The tree with nested ANDs (ORs) made one AND (OR): the same matches and the same phrases taking
    part in them (a part of an AND inside an AND matches when the outer one does), a smaller SQL."""
    if isinstance(node, Phrase):
        return ids[id(node)]
    left, right = _flat(node.left, ids), _flat(node.right, ids)
    if node.kind == "NOT":
        return _Group("NOT", (left, right))
    parts: list[int | _Group] = []
    for side in (left, right):
        parts.extend(side.parts if isinstance(side, _Group) and side.kind == node.kind else (side,))
    return _Group(node.kind, tuple(parts))


def _match_sql(tree: int | _Group, present: Sequence[str]) -> str:
    """SQL: whether the row matches the (sub)tree, given each phrase's SQL of being present."""
    if isinstance(tree, int):
        return present[tree]
    parts = [_match_sql(p, present) for p in tree.parts]
    if tree.kind == "NOT":
        return f"({parts[0]} AND NOT {parts[1]})"
    return "(" + f" {tree.kind} ".join(parts) + ")"


def _numbers(tree: int | _Group) -> list[int]:
    return [tree] if isinstance(tree, int) else [i for p in tree.parts for i in _numbers(p)]


def _live_sql(tree: int | _Group, cond: str | None, present: Sequence[str], out: dict[int, str | None]) -> None:
    """Per phrase, the SQL condition (None: always) under which its instances count for the rank, as FTS5
    reports them: the phrases of the subtrees that took part in the match (the parts of an AND, the
    matching parts of an OR, the left side of a NOT). Rows are ranked only where the whole tree matches,
    and a phrase with no instance adds nothing: so only the groups between the root and a phrase are
    conditions."""
    if isinstance(tree, int):
        out[tree] = cond
        return
    parts = tree.parts[:1] if tree.kind == "NOT" else tree.parts
    for part in parts:
        if isinstance(part, int):
            _live_sql(part, cond, present, out)
        else:
            here = _match_sql(part, present)
            _live_sql(part, f"({cond} AND {here})" if cond else here, present, out)
    if tree.kind == "NOT":
        for i in _numbers(tree.parts[1]):
            out[i] = "FALSE"


_ZERO = "CAST(0.0 AS double precision)"


def _self_overlapping(toks: Sequence[str]) -> bool:
    """Whether two instances of the phrase can overlap (its token sequence ends as it begins)."""
    return any(toks[j:] == toks[: len(toks) - j] for j in range(1, len(toks)))


def _counted_pattern(phrase: Phrase) -> str | None:
    """The string whose occurrences in a column's token string, spaces doubled (``"  a  b  "``), are the
    phrase's instances; None when instances can overlap (counted from the tsvector's positions)."""
    if phrase.prefix:
        return " " + phrase.tokens[0] if len(phrase.tokens) == 1 else None  # a token starting so
    return None if _self_overlapping(phrase.tokens) else " " + "  ".join(phrase.tokens) + " "


def _present_pattern(phrase: Phrase) -> str:
    """The string whose presence in a column's token string (single spaces, one more at each end) is
    the presence of the phrase."""
    return " " + " ".join(phrase.tokens) + ("" if phrase.prefix else " ")


def _counts(found: Sequence[Phrase], where: str) -> tuple[str, dict[str, Any], list[tuple[str, str]]]:
    """SQL of (id, n: token count, the instance counts hK, bK of each distinct phrase K) for each candidate;
    its parameters; per phrase, the SQL of its instances in the head and in the body (``"0"`` where its
    columns exclude one).

    A phrase is counted in the row's token strings (stored normalised: tokens joined by one space),
    spaces doubled so that adjacent instances both count: (bytes - bytes without it) / its bytes. A phrase
    whose instances could overlap, or ending in a prefix after other tokens, is counted from the
    tsvector's positions (``plantrace_phrase_counts``, one call per row for all of them)."""
    keys: dict[tuple[tuple[str, ...], bool], int] = {}
    for phrase in found:
        if phrase.tokens:
            keys.setdefault((phrase.tokens, phrase.prefix), len(keys))
    params: dict[str, Any] = {}
    hard: list[tuple[tuple[str, ...], bool]] = []
    select = ["id", "n"]
    for (toks, prefix), k in keys.items():
        pattern = _counted_pattern(Phrase(toks, prefix))
        if pattern is None:
            slot = len(hard)
            hard.append((toks, prefix))
            select.append(f"c[{2 * slot + 1}] AS h{k}, c[{2 * slot + 2}] AS b{k}")
        else:
            params[f"pat{k}"] = pattern
            select.append(", ".join(
                f"((octet_length({col}) - octet_length(replace({col}, :pat{k}, ''))) / octet_length(:pat{k})) "
                f"AS {name}{k}" for col, name in (("sh", "h"), ("sb", "b"))))
    strings = ["id", "CAST(ntok AS double precision) AS n",
               "replace(' ' || head || ' ', ' ', '  ') AS sh", "replace(' ' || body || ' ', ' ', '  ') AS sb"]
    if hard:
        flat = [(slot, j, t, prefix and j == len(toks) - 1)
                for slot, (toks, prefix) in enumerate(hard) for j, t in enumerate(toks)]
        params.update({
            "toks": [t for _, _, t, _ in flat], "phrase": [s for s, _, _, _ in flat], "k": [j for _, j, _, _ in flat],
            "prefix": [x for _, _, _, x in flat], "sizes": [len(toks) for toks, _ in hard],
        })
        strings.append("plantrace_phrase_counts(terms, CAST(:toks AS text[]), CAST(:phrase AS integer[]), "
                       "CAST(:k AS integer[]), CAST(:prefix AS boolean[]), CAST(:sizes AS integer[])) AS c")
    inner = (f"SELECT {', '.join(strings)} FROM search_fts WHERE terms @@ CAST(:loose AS tsquery){where} "
             "OFFSET 0")  # OFFSET 0: the strings made once per row
    columns = []
    for phrase in found:
        number = keys.get((phrase.tokens, phrase.prefix))
        columns.append((f"h{number}" if number is not None and "head" in phrase.columns else "0",
                        f"b{number}" if number is not None and "body" in phrase.columns else "0"))
    return f"SELECT {', '.join(select)} FROM ({inner}) strings OFFSET 0", params, columns


def _present(columns: tuple[str, str]) -> str:
    used = [c for c in columns if c != "0"]
    return "(" + " + ".join(used) + " > 0)" if used else "FALSE"


def _scored(node: Node, where: str) -> tuple[str, dict[str, Any]]:
    """SQL of (id, rank) for every matching row, and its parameters (without the totals and IDFs)."""
    found = phrases(node)
    counted, params, columns = _counts(found, where)
    tree = _flat(node, {id(p): i for i, p in enumerate(found)})
    present = [_present(c) for c in columns]
    live: dict[int, str | None] = {}
    _live_sql(tree, None, present, live)
    terms = []
    for i, (head_count, body_count) in enumerate(columns):
        head = f"{head_count} * :w_head" if head_count != "0" else _ZERO
        body = f"{body_count} * :w_body" if body_count != "0" else _ZERO
        f = f"({head} + {body})" if live[i] is None else f"(CASE WHEN {live[i]} THEN {head} + {body} ELSE {_ZERO} END)"
        terms.append(f"CAST(:idf{i} AS double precision) * (({f} * :k1p1) / ({f} + :k1 * (:omb + :b * n / :avgdl)))")
    score = _ZERO + "".join(f" + {t}" for t in terms)
    sql = f"SELECT id, -({score}) AS rank FROM ({counted}) counted WHERE {_match_sql(tree, present)}"
    return sql, params


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
            params[f"l{i}"] = _loose(phrase)
            condition = ""
            if len(phrase.tokens) > 1 or phrase.columns != frozenset(COLUMNS):
                params[f"p{i}"] = _present_pattern(phrase)
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
    loose = _loose(node)
    total = stats(conn)
    if total.rows == 0 or loose is None:
        return []
    scored, values = _scored(node, where)
    for i, n_hit in enumerate(idf_hits(conn, phrases(node), total.generation)):
        value = math.log((total.rows - n_hit + 0.5) / (n_hit + 0.5))
        values[f"idf{i}"] = value if value > 0.0 else 1e-6
    weight = dict(zip(COLUMNS, weights, strict=False))
    values.update({"loose": loose, "w_head": float(weight.get("head", 1.0)),
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
    loose = _loose(node)
    if loose is None:
        return 0
    if isinstance(node, Phrase):
        return min(idf_hits(conn, [node])[0], cap)
    found = phrases(node)
    exact = all(len(p.tokens) == 1 and p.columns == frozenset(COLUMNS) for p in found) and "NOT" not in _kinds(node)
    params: dict[str, Any] = {"loose": loose, "cap": cap}
    condition = ""
    if not exact:
        present = []
        for i, phrase in enumerate(found):
            params[f"p{i}"] = _present_pattern(phrase)
            used = [f"strpos(s{col}, :p{i}) > 0" for col in sorted(phrase.columns)] if phrase.tokens else []
            present.append("(" + " OR ".join(used) + ")" if used else "FALSE")
        condition = " WHERE " + _match_sql(_flat(node, {id(p): i for i, p in enumerate(found)}), present)
    inner = ("SELECT ' ' || head || ' ' AS shead, ' ' || body || ' ' AS sbody FROM search_fts "
             "WHERE terms @@ CAST(:loose AS tsquery)")
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM ({inner} OFFSET 0) strings{condition} LIMIT :cap) capped"
           if condition else
           "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE terms @@ CAST(:loose AS tsquery) LIMIT :cap) capped")
    return int(_query(conn, sql, params).fetchone()[0])


def _kinds(node: Node) -> set[str]:
    return set() if isinstance(node, Phrase) else {node.kind} | _kinds(node.left) | _kinds(node.right)


def row_values(head: str, body: str) -> tuple[str, str, int, str]:
    """(head, body, token count, tsvector literal) of one search row; head and body normalised to their
    FTS5 tokens joined by single spaces (what :func:`ranked` counts phrases in)."""
    head_tokens, body_tokens = tokens(head), tokens(body)
    return (" ".join(head_tokens), " ".join(body_tokens), len(head_tokens) + len(body_tokens),
            tsvector(head_tokens, body_tokens))
