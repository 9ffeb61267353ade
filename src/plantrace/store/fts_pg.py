"""Full-text search on PostgreSQL with SQLite FTS5's semantics and ranking.

The search stage writes FTS5 match expressions (quoted token phrases, ``"…" *`` prefixes, ``AND``,
``OR``, ``NOT``, parentheses, ``col : (…)`` column filters) over token strings it made itself. Here:

- :func:`parse` reads that expression language into a small tree;
- :func:`tsquery` turns the tree into a ``tsquery`` (phrases with ``<->``, prefixes with ``:*``,
  the ``head`` column as weight A, ``body`` as B), which the GIN index answers;
- the candidate rows are checked against the tree again in Python (so what matches is exactly what
  FTS5 would match) and ranked with FTS5's ``bm25()`` formula: the same IDF (rows holding each
  phrase, over all rows), the same per-column weights, k1 = 1.2, b = 0.75, the same average length.

Both stores therefore return the same rows, best first, for the same expression.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
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


# -- matching and ranking -----------------------------------------------------------------------


def _count(phrase: Phrase, toks: Sequence[str]) -> int:
    """Instances of a phrase in one column's tokens (overlapping ones too, as FTS5 counts them)."""
    n = len(phrase.tokens)
    if n == 0:
        return 0
    found = 0
    last = phrase.tokens[-1]
    for i in range(len(toks) - n + 1):
        if all(toks[i + k] == phrase.tokens[k] for k in range(n - 1)) and (
            toks[i + n - 1].startswith(last) if phrase.prefix else toks[i + n - 1] == last
        ):
            found += 1
    return found


def _evaluate(node: Node, row: dict[str, list[str]], freq: dict[int, dict[str, int]], ids: dict[int, int]) -> bool:
    """Whether the row matches; ``freq`` gets the per-column instances of the phrases of matching subtrees."""
    if isinstance(node, Phrase):
        counts = {c: _count(node, row[c]) for c in node.columns}
        if any(counts.values()):
            freq[ids[id(node)]] = counts
            return True
        return False
    left_freq: dict[int, dict[str, int]] = {}
    left = _evaluate(node.left, row, left_freq, ids)
    right_freq: dict[int, dict[str, int]] = {}
    if node.kind == "AND":
        ok = left and _evaluate(node.right, row, right_freq, ids)
    elif node.kind == "OR":
        right = _evaluate(node.right, row, right_freq, ids)
        ok = left or right
        if ok:
            freq.update(left_freq if left else {})
            freq.update(right_freq if right else {})
        return ok
    else:  # NOT
        ok = left and not _evaluate(node.right, row, right_freq, ids)
        right_freq = {}
    if ok:
        freq.update(left_freq)
        freq.update(right_freq)
    return ok


@dataclass(frozen=True)
class Stats:
    rows: int
    tokens: int


def stats(conn: Connection) -> Stats:
    row = conn.execute("SELECT count(*), coalesce(sum(ntok), 0) FROM search_fts").fetchone()
    return Stats(int(row[0]), int(row[1]))


def hits(conn: Connection, phrase: Phrase) -> int:
    """Rows holding a phrase (FTS5's ``nHit``): PostgreSQL's phrase match on positions, counted in SQL."""
    sql = "SELECT count(*) FROM search_fts WHERE terms @@ CAST(? AS tsquery)"
    return int(conn.execute(sql, (tsquery(phrase),)).fetchone()[0])


def _matching(
    conn: Connection, node: Node, where: str = "", params: Mapping[str, Any] | None = None, limit: int | None = None
) -> Iterable[tuple[int, dict[str, list[str]], int, dict[int, dict[str, int]]]]:
    ids = {id(p): i for i, p in enumerate(phrases(node))}
    sql = "SELECT id, head, body, ntok FROM search_fts WHERE terms @@ CAST(:tsq AS tsquery)" + where + " ORDER BY id"
    found = 0
    for r in conn.execute(sql, {**(params or {}), "tsq": tsquery(node)}):
        row = {"head": tokens(r[1]), "body": tokens(r[2])}
        freq: dict[int, dict[str, int]] = {}
        if _evaluate(node, row, freq, ids):
            yield int(r[0]), row, int(r[3]), freq
            found += 1
            if limit is not None and found >= limit:
                return


def ranked(
    conn: Connection, expr: str, weights: Sequence[float], where: str = "", params: Mapping[str, Any] | None = None
) -> list[tuple[int, float]]:
    """(row id, FTS5 bm25 rank: lower is better) of every row matching ``expr``, best first."""
    node = parse(expr)
    total = stats(conn)
    if total.rows == 0:
        return []
    avgdl = total.tokens / total.rows
    idf = []
    for phrase in phrases(node):
        n_hit = hits(conn, phrase)
        value = math.log((total.rows - n_hit + 0.5) / (n_hit + 0.5))
        idf.append(value if value > 0.0 else 1e-6)
    weight = dict(zip(COLUMNS, weights, strict=False))
    out = []
    for row_id, _, size, freq in _matching(conn, node, where, params):
        score = 0.0
        for i, value in enumerate(idf):
            f = 0.0
            for column in COLUMNS:  # instance by instance, in FTS5's order, for the same rounding
                for _ in range(freq.get(i, {}).get(column, 0)):
                    f += weight.get(column, 1.0)
            score += value * ((f * (_K1 + 1.0)) / (f + _K1 * (1 - _B + _B * size / avgdl)))
        out.append((row_id, -1.0 * score))
    out.sort(key=lambda item: (item[1], item[0]))
    return out


def count(conn: Connection, expr: str, cap: int) -> int:
    """How many rows match ``expr``, counting no further than ``cap``."""
    return sum(1 for _ in _matching(conn, parse(expr), limit=cap))


def row_values(head: str, body: str) -> tuple[str, str, int, str]:
    """(head, body, token count, tsvector literal) of one search row."""
    head_tokens, body_tokens = tokens(head), tokens(body)
    return head, body, len(head_tokens) + len(body_tokens), tsvector(head_tokens, body_tokens)
