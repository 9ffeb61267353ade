"""Run a search: FTS5 candidates, reranked by how much of the query each passage covers."""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from plantrace.errors import NotFound
from plantrace.models.search import Hit, SearchFilters
from plantrace.search.expand import metric_groups, pieces, thesaurus
from plantrace.search.factors import aboutness, query_year, relative_boost, year_boost
from plantrace.search.local import match_local, place_filters, with_characters
from plantrace.search.neighbours import knows
from plantrace.search.numeric import MEASURE_SCORE, hit_misfit, numeric_hits
from plantrace.search.place import Place, division_named, find_place, place_names, strip_place
from plantrace.search.query import ParsedQuery, Term, back_off, parse_query, widen_rare
from plantrace.search.snippet import snippet
from plantrace.search.tokens import fold, query_phrase
from plantrace.store import Store, open_store
from plantrace.store import search_index as index
from plantrace.store.db import is_url

Row = dict[str, Any]
_COMMON = 0.05      # share of rows above which a term is too common for the any-term query
_SHARE_CAP = 0.2    # term shares are counted up to this share of the rows (above it a term is just common)
_POOL = 60          # candidates fetched per query stage before reranking
_SYNONYM_CREDIT = 0.6  # a term found only through a synonym
_LOOSE_CREDIT = 0.3  # a rare word found only through a thesaurus synonym (诊所 -> 卫生所)
_PART_CREDIT = 0.4  # a term found only as the shorter words inside it (all of them)
_LONE_WEIGHT = 0.5  # a lone character of the question (煤 of 挖了多少煤) against a word as rare
_LOCAL_CREDIT = 1.0  # a word the place's passages never write, found there through its characters (种 of 种子)
_HEAD_WEIGHT = 0.4  # BM25 weight of title + heading path against 1.0 for the passage itself
_PLACE_BOOST = 3.0  # a passage of the place the question names (海珠区…) against one of elsewhere
_FIGURE_PLACE_BOOST = 10.0  # the same for a question for a figure: 贵州经济增幅 is 贵州's, no other place's
_HEADINGS = frozenset({"part", "chapter", "section"})
_HEADING_FACTOR = 0.7  # a bare heading against a paragraph saying the same
_TIER = 100.0  # passage scores lie below this; quoting the query as written adds it (measures: ~1000)
_HALF = 20.0  # the relevance that is put at half of _TIER
_NO_FIGURE_FACTOR = 0.7  # a passage without any figure, for a question whose answer is one (多少, 几个)
_DIGIT = re.compile(r"[0-9]")
_RARE = 2  # a word held by at most this many passages takes its thesaurus synonyms too


def passages(
    store: Store, query: str | ParsedQuery, filters: SearchFilters, limit: int, place: Place | None = None
) -> list[Hit]:
    """Ranked passage hits for ``query``; an empty list when nothing matches.

    ``place`` (a place the query names) boosts the passages of its jurisdictions, or naming it.
    """
    parsed = parse_query(query) if isinstance(query, str) else query
    if not parsed.scored or limit <= 0:
        return []
    pool = max(_POOL, 3 * limit)
    local = _in_head(place) if place and filters.jurisdictions is None else None
    rows = _fetch(store, parsed.match_verbatim(), filters, pool)  # the query as written, if it occurs
    rows = _merge(rows, _fetch(store, parsed.match_all(), filters, pool))
    if local is not None and _few_in_place(rows, place, limit):  # the place's own passages too
        rows = _merge(rows, _fetch(store, _and(parsed.match_all(), local), filters, pool))
    shares: dict[str, float] = {}
    absent = _absent(store, parsed, rows)
    if absent:  # words no passage holds (看病贵, 出风险): what they stand for, however many hits
        backed = back_off(parsed, absent, present=functools.partial(_exists, store))
        if backed is not parsed:
            parsed = backed
            shares = _term_shares(store, parsed)
            rows = _merge(rows, _fetch(store, parsed.match_any(_common_terms(shares)), filters, pool))
    parsed, rows, shares = _with_rare(store, parsed, absent, rows, shares, filters, pool)
    few_local = local is not None and _few_in_place(rows, place, limit)
    if (len(rows) < limit or few_local) and len(parsed.terms) > 1:  # any term will do
        shares = _term_shares(store, parsed)
        match_any = parsed.match_any(_common_terms(shares))
        if len(rows) < limit:
            rows = _merge(rows, _fetch(store, match_any, filters, pool))
        if few_local:
            rows = _merge(rows, _fetch(store, _and(match_any, local), filters, pool))
    if len(rows) < limit and len(parsed.scored) > 0:  # words the documents do not use: back off
        shares = shares or _term_shares(store, parsed)
        backed = back_off(parsed, frozenset(t for t, s in shares.items() if s == 0))
        if backed is not parsed:
            parsed = backed
            shares = {**shares, **_term_shares(store, backed, only=_new_terms(backed, shares))}
            rows = _merge(rows, _fetch(store, backed.match_any(_common_terms(shares)), filters, pool))
        if len(rows) < limit:  # still too few: common words count too (BM25 ranks them low)
            rows = _merge(rows, _fetch(store, parsed.match_any(), filters, pool))
    parsed, rows = _with_local(store, parsed, rows, filters, place, pool)
    weights = _weights(parsed, shares)
    year = query_year(parsed) if filters.year is None else None
    unseen = _unseen_literals(rows, parsed)
    scored = [(_final(r, parsed, weights, place, year, unseen), r) for r in rows]
    scored.sort(key=lambda item: -item[0])  # one score, the order of the hits
    return [_hit(store, r, parsed, score) for score, r in scored[:limit]]


def _final(
    row: Row, parsed: ParsedQuery, weights: dict[str, float], place: Place | None, year: int | None,
    unseen: frozenset[str] = frozenset(),
) -> float:
    """The score a hit is ranked and shown by: relevance times the year and aboutness factors, put
    on a scale of 0 to ``_TIER`` (its order kept), plus ``_TIER`` for quoting a stretch of the query
    as written (in the place asked for): such passages come first, and scores still fall down the list."""
    score = _score(row, parsed, weights, place, unseen) * year_boost(row, year) * aboutness(row, parsed)
    score *= relative_boost(row, parsed.relative)
    if parsed.asks_number and not _DIGIT.search(row["simp"]):
        score *= _NO_FIGURE_FACTOR
    squashed = _TIER * score / (score + _HALF) if score > 0 else 0.0
    return squashed + (_TIER if _tier(row, parsed, place) else 0.0)


def _with_local(
    store: Store, parsed: ParsedQuery, rows: list[Row], filters: SearchFilters, place: Place | None, pool: int
) -> tuple[ParsedQuery, list[Row]]:
    """Words the place's passages never write (种子) stand there for their characters (种业, 制种; see
    ``local``): the query with them and the place's passages holding one among the candidates."""
    if place is None or filters.jurisdictions is not None or filters.docs is not None:
        return parsed, rows
    own = [(r["simp"] + " " + r["path"]).lower() for r in rows if place.owns(r["jurisdiction"], r["doc_id"])]
    widened = with_characters(store, parsed, filters, place, own)
    if widened is parsed:
        return parsed, rows
    return widened, _merge(rows, _fetch(store, match_local(widened), place_filters(filters, place), pool))


def _few_in_place(rows: list[Row], place: Place | None, limit: int) -> bool:
    """Whether fewer than ``limit`` candidates belong to the place's own documents."""
    return place is not None and sum(place.owns(r["jurisdiction"], r["doc_id"]) for r in rows) < limit


def _in_head(place: Place) -> str | None:
    """FTS expression: the place's name in the title, place or heading path column (no filter
    subquery, so FTS5 keeps its fast ranked scan)."""
    phrases = sorted({p.fts() for j in place.jurisdictions if (p := query_phrase(place_names(j)[-1]))})
    return "head : (" + " OR ".join(phrases) + ")" if phrases else None


def _and(expr: str | None, more: str | None) -> str | None:
    return f"({expr}) AND {more}" if expr and more else None


def _tier(row: Row, parsed: ParsedQuery, place: Place | None) -> int:
    """1 for quoting a stretch of the query as written, in a document of the place asked for if the
    query names one (a city plan naming the district only gets the score boost)."""
    return int(_verbatim(row, parsed) and (place is None or place.owns(row["jurisdiction"], row["doc_id"])))


def _in_place(row: Row, place: Place) -> bool:
    """Whether the passage belongs to one of the place's jurisdictions or names the place in full
    (海珠区, not only 海珠), unless it is a passage of a district of that place (a district's plan
    names its city all the time)."""
    own = row["jurisdiction"]
    if place.owns(own, row["doc_id"]):
        return True
    if any(own.startswith(j) for j in place.jurisdictions):
        return False
    return any(place_names(j)[0] in row["simp"] for j in place.jurisdictions)


def _verbatim(row: Row, parsed: ParsedQuery) -> bool:
    """Whether the passage, or the heading path above it, holds a multi-word stretch of the query
    exactly as written (a paragraph under 推动碳排放达峰 is about 推动碳排放达峰). A stretch that is
    one word of the query as well (2022年 typed alone) counts only beside another word of the query:
    a passage naming the year and nothing asked about is not about the question. So does the
    indicator a question for a figure means (宁夏经济涨了多少 -> 地区生产总值, see ``query.Term.figure``)."""
    body = row["simp"].lower()
    path = fold(" ".join(json.loads(row["path"]))).lower()
    words = {t.text for t in parsed.scored}
    for term in parsed.terms:
        if not term.bonus or not (_found(term, body) or _found(term, path)):
            continue
        if term.text not in words or any(
            t.text != term.text and (_found(t, body) or _found(t, path)) for t in parsed.scored
        ):
            return True
    return False


def _merge(rows: list[Row], more: list[Row]) -> list[Row]:
    seen = {r["id"] for r in rows}
    return rows + [r for r in more if r["id"] not in seen]


def _term_shares(store: Store, parsed: ParsedQuery, only: frozenset[str] | None = None) -> dict[str, float]:
    """For each term (of ``only``, if given), the share of all rows that hold it (counted up to ``_SHARE_CAP``)."""
    total = max(index.row_count(store.conn), 1)
    cap = max(1, int(total * _SHARE_CAP))
    shares = {}
    for term in parsed.terms:
        if term.bonus or (only is not None and term.text not in only):
            continue
        expr = term.fts(strict=True)  # a rare word weighs as itself, not as its loose synonyms
        shares[term.text] = (index.match_count(store.conn, expr, cap) if expr else 0) / total
    return shares


def _weights(parsed: ParsedQuery, shares: dict[str, float]) -> dict[str, float]:
    """IDF-like weight of each term, from the share of rows holding it. A term that no row holds
    counts only through the shorter strings inside it: it weighs as they do on average (钱会, found
    only as 钱 and 会, is not the rarest term of the query)."""
    parts = {t.text: t.parts for t in parsed.terms if not t.bonus}
    lone = {t.text for t in parsed.scored if t.lone}
    out = {}
    for text, share in shares.items():
        if share == 0 and parts.get(text):
            share = sum(shares.get(p, 0.0) for p in parts[text]) / len(parts[text])
        out[text] = math.log(1 + 1 / max(share, 1e-6)) * (_LONE_WEIGHT if text in lone else 1.0)
    for text in lone - out.keys():
        out[text] = _LONE_WEIGHT
    return out


def _absent(store: Store, parsed: ParsedQuery, rows: list[Row]) -> frozenset[str]:
    """Scored words that no passage holds, in any of their variants (none of ``rows`` does, and the
    index has no row either): the words a question is asked in and documents do not use."""
    texts = [(r["simp"] + " " + r["title"] + " " + r["path"]).lower() for r in rows]
    out = set()
    for term in parsed.scored:
        if term.required or term.backed or any(_found(term, x) for x in texts):
            continue
        expr = term.fts()
        if expr is None or index.match_count(store.conn, expr, 1) == 0:
            out.add(term.text)
    return frozenset(out)


def _with_rare(
    store: Store, parsed: ParsedQuery, absent: frozenset[str], rows: list[Row], shares: dict[str, float],
    filters: SearchFilters, pool: int,
) -> tuple[ParsedQuery, list[Row], dict[str, float]]:
    """Words few passages hold (诊所) take their synonyms and neighbours some passage holds, as loose
    variants: the query, its candidates and the term shares with them."""
    rare = _rare(store, parsed, absent)
    widened = widen_rare(parsed, rare, functools.partial(_exists, store)) if rare else parsed
    if widened is parsed:
        return parsed, rows, shares
    # the passages holding a synonym instead of the word (those holding the word are candidates
    # already, and BM25 must not count a synonym beside the word in full)
    instead = replace(widened, terms=tuple(replace(t, variants=t.loose, loose=()) if t.loose else t
                                           for t in widened.terms))
    rows = _merge(rows, _fetch(store, instead.match_all(), filters, pool))
    return widened, rows, {**shares, **_term_shares(store, widened, only=rare)} if shares else shares


def _rare(store: Store, parsed: ParsedQuery, absent: frozenset[str]) -> frozenset[str]:
    """Scored words with thesaurus synonyms or word-vector neighbours that at most ``_RARE`` passages
    hold (none: see ``_absent``)."""
    out = set()
    for term in parsed.scored:
        if term.text in absent or term.required or term.backed or not (thesaurus(term.text) or knows(term.text)):
            continue
        expr = term.fts()
        if expr is not None and 0 < index.match_count(store.conn, expr, _RARE + 1) <= _RARE:
            out.add(term.text)
    return frozenset(out)


def _exists(store: Store, word: str) -> bool:
    """Whether any passage holds ``word``."""
    phrase = query_phrase(word)
    return phrase is not None and index.match_count(store.conn, phrase.fts(), 1) > 0


def _new_terms(parsed: ParsedQuery, shares: dict[str, float]) -> frozenset[str]:
    """Terms of ``parsed`` whose share is not known yet, and terms whose variants changed."""
    return frozenset(t.text for t in parsed.terms if not t.bonus and (t.text not in shares or t.backed))


def _common_terms(shares: dict[str, float]) -> frozenset[str]:
    """Terms in more than ``_COMMON`` of all rows (发展, 建设 …): left out of the any-term query.

    They still count when reranking; without them the any-term query stays fast on big corpora.
    The rarest term is always kept.
    """
    rarest = min(shares, key=lambda text: shares[text])
    return frozenset(text for text, s in shares.items() if s > _COMMON and text != rarest)


def _fetch(store: Store, match: str | None, filters: SearchFilters, pool: int) -> list[Row]:
    if not match:
        return []
    return index.candidates(store.conn, match, filters, limit=pool, weights=(_HEAD_WEIGHT, 1.0))


def _score(
    row: Row, parsed: ParsedQuery, weights: dict[str, float], place: Place | None = None,
    unseen: frozenset[str] = frozenset(),
) -> float:
    """BM25 times the squared (IDF-weighted) share of query terms found in the passage or its headings,
    more for the place asked for, less for a bare heading."""
    own = place is not None and place.owns(row["jurisdiction"], row["doc_id"])
    coverage = _coverage(row, parsed, weights, unseen, own)
    boost = (_FIGURE_PLACE_BOOST if _asks_figure(parsed) else _PLACE_BOOST) if place and _in_place(row, place) else 1.0
    if row["kind"] in _HEADINGS:
        boost *= _HEADING_FACTOR
    return -float(row["rank"]) * coverage * coverage * boost


def _asks_figure(parsed: ParsedQuery) -> bool:
    """Whether the question asks for an indicator's figure: its general word took the indicator's names
    (经济增幅), or one of its words names an indicator (平均寿命 -> 人均预期寿命, metrics.toml)."""
    return any(t.figure for t in parsed.terms) or any(
        v.lower() in metric_groups() for t in parsed.scored for v in t.variants
    )


def _coverage(
    row: Row, parsed: ParsedQuery, weights: dict[str, float], unseen: frozenset[str] = frozenset(), own: bool = False
) -> float:
    """The IDF-weighted share of query terms found in the passage or its headings (``own``: a passage of
    the place asked, where a word it never writes counts through its characters, see ``local``)."""
    body = row["simp"].lower()
    head = fold(" ".join([row["title"], row["jurisdiction"], *json.loads(row["path"])])).lower()
    terms = parsed.scored
    found = sum(weights.get(t.text, 1.0) * _credit(t, body, head, t.text in unseen, own) for t in terms)
    return found / sum(weights.get(t.text, 1.0) for t in terms)


def _credit(term: Term, body: str, head: str, unseen: bool = False, own: bool = False) -> float:
    """1 for the term as typed, less for a synonym only (unless no candidate holds the term as
    typed: then its synonyms are the best there is), or for the words inside it, or, in a passage
    of the place asked that never writes it, for its characters (``own``); 0 when absent."""
    literal = term.text.lower()
    if literal in body or literal in head:
        return 1.0
    if _found(term, body) or _found(term, head):
        if term.loose and not any(v.lower() in body or v.lower() in head for v in term.variants if v not in term.loose):
            return _LOOSE_CREDIT
        return 1.0 if unseen else _SYNONYM_CREDIT
    if own and term.local and any(c in body for c in term.local):
        return _LOCAL_CREDIT * sum(c in body for c in term.local) / len(term.local)
    if term.parts:
        return _PART_CREDIT * sum(p in body or p in head for p in term.parts) / len(term.parts)
    grams = pieces(term.text) if len(term.text) >= 3 else ()
    if grams:  # 大学生 in 大学毕业生: some of its bigrams count as parts
        return _PART_CREDIT * sum(g in body for g in grams) / len(grams)
    return 0.0


def _unseen_literals(rows: list[Row], parsed: ParsedQuery) -> frozenset[str]:
    """Scored terms that no candidate passage (nor its headings) holds as typed (生孩子, 退休金)."""
    texts = [(r["simp"] + " " + r["title"] + " " + r["path"]).lower() for r in rows]
    return frozenset(t.text for t in parsed.scored if not any(t.text.lower() in x for x in texts))


def _found(term: Term, text: str) -> bool:
    return any(v.lower() in text for v in term.variants)


def _hit(store: Store, row: Row, parsed: ParsedQuery, score: float) -> Hit:
    raw = index.raw_lines(store.conn, row["doc_id"], row["line_start"], row["line_end"])
    body = row["simp"].lower()
    needles = [v for t in parsed.terms if not t.part for v in t.variants]
    needles += [p for t in parsed.scored if not _found(t, body) for p in t.parts]  # parts only stand in
    text = snippet(row["simp"], row["maps"], raw, needles)
    return Hit(
        doc=row["doc_id"], source=row["source"], title=row["title"], node=row["node_id"],
        path=tuple(json.loads(row["path"])), line_start=row["line_start"], line_end=row["line_end"],
        score=round(score, 4), snippet=text, node_kind=row["kind"],
    )


def run(
    db: str | Path | Store,
    query: str,
    *,
    limit: int = 10,
    doc: str | None = None,
    jurisdiction: str | None = None,
    level: str | None = None,
    doc_type: str | None = None,
    year: int | None = None,
    kind: str | None = None,
) -> list[Hit]:
    """Search a database: numeric answers from the extracted measures first, then passages."""
    filters = SearchFilters(doc=doc, level=level, doc_type=doc_type, year=year, kind=kind)
    if isinstance(db, Store):
        return _answer(db, query, _with_place(db, filters, jurisdiction), limit)
    if not is_url(db) and not Path(db).is_file():
        raise NotFound(f"No database at {db}.", hint="Create one with `plantrace ingest FILES --db DB`.")
    with open_store(db, write=False) as store:
        return _answer(store, query, _with_place(store, filters, jurisdiction), limit)


def _with_place(store: Store, filters: SearchFilters, place: str | None) -> SearchFilters:
    """Resolve a place filter (``海珠区``, ``海珠區``) to the stored jurisdictions that contain it."""
    if not place:
        return filters
    wanted = fold(place)
    return replace(filters, jurisdictions=tuple(j for j in index.places(store.conn) if wanted in fold(j)))


def _answer(store: Store, query: str, filters: SearchFilters, limit: int) -> list[Hit]:
    """Measure answers first (numeric questions), then passages, ``limit`` hits in all.

    Measure answers are ordered by how well they fit the question (year, place, stance), then by
    the rank of the passage that holds them.
    """
    place = find_place(query, index.place_levels(store.conn)) or _named_in_documents(store, query)
    measures = numeric_hits(store, query, filters, limit, place) if filters.kind in (None, "measure") else []
    if filters.kind == "measure":
        return _with_pages(store, measures)
    found = passages(store, parse_query(strip_place(query, place)), filters, limit + len(measures), place)
    if not found and place is not None:  # the rest found nothing (张湾区养猪): the place's words count again
        found = passages(store, parse_query(fold(query)), filters, limit + len(measures), place)
    if measures:
        measures = _by_passage_rank(measures, found)[: max(1, limit // 2)]
    return _with_pages(store, measures + found[: limit - len(measures)])


def _named_in_documents(store: Store, query: str) -> Place | None:
    """A division the query names that no document has as jurisdiction (赤峰, when the report's page
    named no place), standing for the documents naming it most (at least half as many passages as
    the one naming it most); None when no passage names it."""
    named = division_named(query)
    phrase = query_phrase(named.words) if named else None
    if named is None or phrase is None:
        return None
    rows = index.candidates(store.conn, phrase.fts(), SearchFilters(), limit=_POOL, weights=(_HEAD_WEIGHT, 1.0))
    counts = Counter(str(r["doc_id"]) for r in rows)
    if not counts:
        return None
    most = max(counts.values())
    return replace(named, docs=frozenset(d for d, n in counts.items() if 2 * n >= most))


def _with_pages(store: Store, hits: list[Hit]) -> list[Hit]:
    """Each hit with the printed page of its first line, so its citation can say "p. 12" (PDF only)."""
    return [replace(h, page=store.page_of(h.doc, h.line_start)) for h in hits]


def _by_passage_rank(measures: list[Hit], found: list[Hit]) -> list[Hit]:
    """Best fit to the question first; among equal fits, the measure in the best passage."""
    def rank(hit: Hit) -> tuple[int, int]:
        return hit_misfit(hit), next(
            (i for i, p in enumerate(found) if p.doc == hit.doc and p.line_start <= hit.line_start <= p.line_end),
            len(found),
        )

    ordered = sorted(measures, key=rank)  # stable: source order among equals
    return [replace(h, score=MEASURE_SCORE - i) for i, h in enumerate(ordered)]
