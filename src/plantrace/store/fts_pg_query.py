"""FTS5 match expressions in PostgreSQL's terms: the expression tree, tsquery and tsvector literals,
and the SQL that counts each candidate's phrase instances and ranks it with FTS5's ``bm25()``.

:mod:`plantrace.store.fts_pg` runs these statements (with the IDF row counts it keeps per connection);
this module only reads expressions and writes SQL text and its parameters, it never touches a database.
The search stage writes FTS5 match expressions (quoted token phrases, ``"…" *`` prefixes, ``AND``,
``OR``, ``NOT``, parentheses, ``col : (…)`` column filters) over token strings it made itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

COLUMNS = ("head", "body")
_WEIGHT_LABEL = {"head": "A", "body": "B"}
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
# The IDFs these statements take as parameters are counted and kept by :mod:`plantrace.store.fts_pg`.


def loose(node: Node) -> str | None:
    """A tsquery matching every row ``node`` matches (and maybe more) that GIN answers without a recheck:
    phrases as the AND of their tokens, no weights; NOT keeps its left side. None: matches nothing."""
    if isinstance(node, Phrase):
        if not node.tokens or not node.columns:
            return None
        parts = [_lexeme(t) for t in node.tokens]
        if node.prefix:
            parts[-1] += ":*"
        return "(" + " & ".join(parts) + ")"
    left = loose(node.left)
    if node.kind == "NOT":
        return left
    right = loose(node.right)
    if node.kind == "AND":
        return f"({left} & {right})" if left and right else None
    return f"({left} | {right})" if left and right else left or right


@dataclass(frozen=True)
class _Group:
    """An AND or OR of any number of parts, or a NOT (left, right); a part is a phrase's number."""

    kind: str
    parts: tuple[int | _Group, ...]


def flat(node: Node, ids: dict[int, int]) -> int | _Group:
    """The tree with nested ANDs (ORs) made one AND (OR): the same matches and the same phrases taking
    part in them (a part of an AND inside an AND matches when the outer one does), a smaller SQL."""
    if isinstance(node, Phrase):
        return ids[id(node)]
    left, right = flat(node.left, ids), flat(node.right, ids)
    if node.kind == "NOT":
        return _Group("NOT", (left, right))
    parts: list[int | _Group] = []
    for side in (left, right):
        parts.extend(side.parts if isinstance(side, _Group) and side.kind == node.kind else (side,))
    return _Group(node.kind, tuple(parts))


def match_sql(tree: int | _Group, present: Sequence[str]) -> str:
    """SQL: whether the row matches the (sub)tree, given each phrase's SQL of being present."""
    if isinstance(tree, int):
        return present[tree]
    parts = [match_sql(p, present) for p in tree.parts]
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
            here = match_sql(part, present)
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


def present_pattern(phrase: Phrase) -> str:
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


def scored_sql(node: Node, where: str) -> tuple[str, dict[str, Any]]:
    """SQL of (id, rank) for every matching row, and its parameters (without the totals and IDFs)."""
    found = phrases(node)
    counted, params, columns = _counts(found, where)
    tree = flat(node, {id(p): i for i, p in enumerate(found)})
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
    sql = f"SELECT id, -({score}) AS rank FROM ({counted}) counted WHERE {match_sql(tree, present)}"
    return sql, params


def kinds(node: Node) -> set[str]:
    return set() if isinstance(node, Phrase) else {node.kind} | kinds(node.left) | kinds(node.right)


def row_values(head: str, body: str) -> tuple[str, str, int, str]:
    """(head, body, token count, tsvector literal) of one search row; head and body normalised to their
    FTS5 tokens joined by single spaces (what :func:`ranked` counts phrases in)."""
    head_tokens, body_tokens = tokens(head), tokens(body)
    return (" ".join(head_tokens), " ".join(body_tokens), len(head_tokens) + len(body_tokens),
            tsvector(head_tokens, body_tokens))
