"""A word of the question that the place's own documents never write: its characters, in their words.

A question about a place (建宁种子, 玉林人回乡投资) is often asked in a word its documents do not use,
while they write the same thing in a longer or other word holding one of its characters (种 in 种业,
制种; 荒 in 撂荒). When a place is named and none of its passages holds a word of the question (in any
of its variants), that word's characters stand for it in the place's passages: each character that is
no stopword, no noun suffix (子 of 种子) and not common in the index (a share of the rows of at most
``_CHARACTER_SHARE``, or a few rows) counts, a passage of the place holding it earns part credit for the word
(``ranking._credit``), and the place's passages holding one are fetched. Passages of other places are
never credited this way: there the word as asked is the evidence.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import replace
from importlib import resources

from plantrace.models.search import SearchFilters
from plantrace.search.place import Place
from plantrace.search.query import ParsedQuery, Term
from plantrace.search.segment import stopwords
from plantrace.search.tokens import fold, query_phrase
from plantrace.store import Store
from plantrace.store import search_index as index

_CHARACTER_SHARE = 0.1  # a character in more of the rows than this says nothing about the word
_FEW = 5  # ... unless they are this few (a small index)


def place_filters(filters: SearchFilters, place: Place) -> SearchFilters:
    """``filters`` narrowed to the place's own documents: its jurisdictions, or the documents naming it."""
    if place.jurisdictions:
        return replace(filters, jurisdictions=place.jurisdictions)
    return replace(filters, docs=tuple(sorted(place.docs)))


def with_characters(
    store: Store, parsed: ParsedQuery, filters: SearchFilters, place: Place, own: list[str]
) -> ParsedQuery:
    """``parsed`` with each word no passage of the place holds taking its telling characters as
    ``Term.local`` (see the module docstring); ``parsed`` itself when there is none. ``own``: the texts
    of the place's passages among the candidates (a word one of them holds is looked up no further)."""
    if not place.jurisdictions and not place.docs:
        return parsed
    local = place_filters(filters, place)
    total = max(index.row_count(store.conn), 1)
    terms = []
    for term in parsed.terms:
        if _candidate(term) and not _held(term, own) and not _in_place(store, term, local):
            chars = tuple(c for c in dict.fromkeys(term.text) if _telling(store, c, total))
            term = replace(term, local=chars) if chars else term
        terms.append(term)
    return replace(parsed, terms=tuple(terms)) if any(t.local for t in terms) else parsed


def match_local(parsed: ParsedQuery) -> str | None:
    """FTS expression: any character standing for a word in the place's passages."""
    phrases = sorted({p.fts() for t in parsed.terms for c in t.local if (p := query_phrase(c)) is not None})
    return " OR ".join(phrases) if phrases else None


def _candidate(term: Term) -> bool:
    """A word typed by the user, of CJK characters only."""
    text = term.text
    return not (term.bonus or term.part or term.required) and len(text) >= 2 and all(
        "\u3400" <= ch <= "\u9fff" for ch in text
    )


def _held(term: Term, texts: list[str]) -> bool:
    words = [w.lower() for w in (*term.variants, *term.parts)]
    return any(w in text for text in texts for w in words)


def _in_place(store: Store, term: Term, local: SearchFilters) -> bool:
    """Whether a passage of the place holds the word, one of its variants or one of the words inside it
    (两区 of 两区指: the word stands for itself there, the parts earn their credit)."""
    parts = [p.fts() for p in map(query_phrase, term.parts) if p is not None]
    phrases = [e for e in (term.fts(), *parts) if e]
    if not phrases:
        return True
    return bool(index.candidates(store.conn, " OR ".join(phrases), local, limit=1, text=False))


def _telling(store: Store, char: str, total: int) -> bool:
    """A character that is no stopword, no suffix that only makes a noun (子 of 种子: ``[characters]`` of
    ``data/synonyms.toml``) and that at most ``_CHARACTER_SHARE`` of the rows hold."""
    phrase = query_phrase(char)
    if phrase is None or char in stopwords() or char in _light():
        return False
    cap = max(int(total * _CHARACTER_SHARE), _FEW) + 1
    return index.match_count(store.conn, phrase.fts(), cap) < cap


@functools.lru_cache(maxsize=1)
def _light() -> frozenset[str]:
    text = resources.files("plantrace").joinpath("data", "synonyms.toml").read_text(encoding="utf-8")
    return frozenset(fold(c) for c in tomllib.loads(text)["characters"]["light"])
