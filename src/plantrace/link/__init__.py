"""Link plans across levels: what a lower plan copies, carries out, restates and targets.

Pure functions over plain data (:mod:`plantrace.models.links`); no store, no other stage. The job
has two steps, each of which can run partitioned (the batch layer runs them on Spark):

1. ``learn_stats`` over every document of the corpus: banal shingles and word rarity;
2. ``link_pair`` for each lower/upper pair that :func:`plantrace.link.places.pairs` finds.

Rules (versioned): ``link.reuse.v1``, ``link.commitment.v1``, ``link.positioning.v1``,
``link.target.v1``; the banality filter is ``link.banality.v1``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from plantrace.link import banality, commitment, places, positioning, reuse, targets, terms
from plantrace.link.banality import Banality
from plantrace.link.places import DocRef, Pair, Place, PlaceTree, pairs
from plantrace.link.retro import retrospective_lines
from plantrace.link.terms import Rarity, words
from plantrace.models.links import RELATIONS, Link, PlanDoc

RULES = {
    "reuse": reuse.RULE, "commitment": commitment.RULE, "positioning": positioning.RULE,
    "target": targets.RULE, "banality": banality.RULE,
}

__all__ = [
    "RULES",
    "Banality",
    "CorpusStats",
    "DocRef",
    "DocSummary",
    "Pair",
    "Place",
    "PlaceTree",
    "Rarity",
    "combine",
    "family",
    "learn_stats",
    "link_pair",
    "pairs",
    "places",
    "retrospective_lines",
    "summarise",
    "words",
]


@dataclass(frozen=True, slots=True)
class CorpusStats:
    banal: Banality
    rarity: Rarity


def family(tree: PlaceTree, place: Place | None) -> str:
    """The family of a place for the banality filter: its prefecture-level ancestor, else itself."""
    if place is None:
        return ""
    chain = tree.chain(place)
    return chain[2].code if len(chain) > 2 else place.code


@dataclass(frozen=True, slots=True)
class DocSummary:
    """What the statistics need from one document (the map step; combine them with ``combine``)."""

    family: str
    shingles: frozenset[int]
    words: Counter[str]       # passages of the document holding each word
    passages: int


def summarise(family_key: str, doc: PlanDoc) -> DocSummary:
    words: Counter[str] = Counter()
    for p in doc.passages:
        words.update(set(p.words))
    shingles = frozenset(banality.document_shingles(p.text for p in doc.passages))
    return DocSummary(family_key or doc.id, shingles, words, len(doc.passages))


def combine(summaries: Iterable[DocSummary]) -> CorpusStats:
    """Corpus statistics from document summaries (the reduce step), streaming."""
    df: Counter[str] = Counter()
    count = [0]

    def families() -> Iterable[tuple[str, set[int]]]:
        for summary in summaries:
            df.update(summary.words)
            count[0] += summary.passages
            yield summary.family, set(summary.shingles)

    banal = banality.learn(families())
    return CorpusStats(banal, terms.Rarity(dict(df), count[0]))


def learn_stats(docs: Iterable[tuple[str, PlanDoc]]) -> CorpusStats:
    """Corpus statistics from (family, document) pairs, in one pass."""
    return combine(summarise(fam, doc) for fam, doc in docs)


def link_pair(
    lower: PlanDoc, upper: PlanDoc, stats: CorpusStats,
    relations: Iterable[str] = RELATIONS, min_chars: int = reuse.MIN_CHARS,
) -> list[Link]:
    """Every link of the asked relations between one lower and one upper document."""
    wanted = set(relations)
    out: list[Link] = []
    if "reuse" in wanted:
        out.extend(reuse.reuse_links(lower.passages, upper.passages, stats.banal, min_chars))
    if "commitment" in wanted:
        out.extend(commitment.commitment_links(lower, upper, stats.rarity))
    if "positioning" in wanted:
        out.extend(positioning.positioning_links(lower, upper))
    if "target" in wanted:
        out.extend(targets.target_links(lower, upper))
    return out
