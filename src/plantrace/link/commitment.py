"""Commitment alignment: upper-plan passages that state the same commitment in other words.

Two passages align when they share named things (projects, platforms, concepts either plan names)
and key terms that are rare across the corpus. A shared number or a common word is never enough:
numbers are not terms, and a link needs a named thing and a rare term, or three rare terms.
Review passages of the lower plan (results of the last period) make no commitment links.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.link.terms import Rarity
from plantrace.link.text import whole
from plantrace.models.links import Link, Passage, PlanDoc

RULE = "link.commitment.v1"
RARE_SHARE = 0.01     # a key term is in fewer than 1% of the corpus's passages
NAMED_WEIGHT = 1.0    # a shared named thing counts like a term found in no other passage
MIN_SCORE = 0.5
PER_PASSAGE = 5       # at most this many upper passages per lower passage
SCALE = 1.0
MIN_TERMS = 4         # without a shared named thing, at least this many rare terms


@dataclass(frozen=True, slots=True)
class Match:
    named: tuple[str, ...]
    terms: tuple[str, ...]
    raw: float

    @property
    def score(self) -> float:
        return round(self.raw / (self.raw + SCALE), 3)

    @property
    def enough(self) -> bool:
        return bool(self.named) or len(self.terms) >= MIN_TERMS


def named_things(lower: PlanDoc, upper: PlanDoc) -> tuple[str, ...]:
    """Names either plan gives its projects, platforms and concepts (four characters or more)."""
    names = {n.name for doc in (lower, upper) for n in doc.named if len(n.name) >= 4}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def commitment_links(
    lower: PlanDoc, upper: PlanDoc, rarity: Rarity, min_score: float = MIN_SCORE, per_passage: int = PER_PASSAGE,
) -> list[Link]:
    names = named_things(lower, upper)
    upper_terms = [_key_terms(p, rarity) for p in upper.passages]
    index: dict[str, list[int]] = defaultdict(list)
    for number, terms in enumerate(upper_terms):
        for term in terms:
            index[term].append(number)
    links: list[Link] = []
    for passage in lower.passages:
        if passage.line in lower.retro_lines:
            continue
        terms = _key_terms(passage, rarity)
        found = []
        for number in _candidates(terms, index):
            match = _match(passage, upper.passages[number], terms & upper_terms[number], names, rarity)
            if match.enough and match.score >= min_score:
                found.append((match.score, number, match))
        found.sort(key=lambda f: (-f[0], f[1]))
        links.extend(_link(passage, upper.passages[n], m) for _, n, m in found[:per_passage])
    return links


def _key_terms(passage: Passage, rarity: Rarity) -> frozenset[str]:
    return frozenset(w for w in passage.words if rarity.rare(w, RARE_SHARE))


def _candidates(terms: frozenset[str], index: dict[str, list[int]]) -> list[int]:
    hits: dict[int, int] = defaultdict(int)
    for term in terms:
        for number in index.get(term, ()):
            hits[number] += 1
    return sorted(hits)


def _match(lower: Passage, upper: Passage, shared: frozenset[str], names: Sequence[str], rarity: Rarity) -> Match:
    named: list[str] = []
    for name in names:
        if name in lower.text and name in upper.text and not any(name in longer for longer in named):
            named.append(name)
    terms = tuple(sorted(t for t in shared if not any(t in n for n in named)))
    raw = NAMED_WEIGHT * len(named) + sum(rarity.weight(t) for t in terms)
    return Match(tuple(named), terms, raw)


def _link(lower: Passage, upper: Passage, match: Match) -> Link:
    evidence = "、".join(match.named + match.terms)
    return Link(
        lower=whole(lower), upper=whole(upper), relation="commitment", score=match.score,
        evidence=evidence, rule=RULE, details={"named": list(match.named), "terms": list(match.terms)},
    )
