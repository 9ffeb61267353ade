"""The banality filter: phrases every plan uses are not reuse between two plans.

Two sources, both in the simplified layer:

- a small data file of stock phrases (``data/banal_phrases.txt``): central-document formulas,
  plan preambles, title words;
- document frequency across the corpus: a shingle found in documents of two or more *families*
  (a family is a prefecture-level place and everything under it; a province or the nation is its
  own family) is a phrase that travels everywhere, not one a district copied from its city.

``learn`` works on shingle hashes per document, so it can run as a map/reduce over a large corpus.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from plantrace.link.text import SEED, shingles

RULE = "link.banality.v1"


@dataclass(frozen=True, slots=True)
class Banality:
    """Shingle hashes that count as banal."""

    hashes: frozenset[int]

    def mask(self, text: str) -> list[bool]:
        """For each character of ``text``, whether a banal shingle covers it."""
        covered = [False] * len(text)
        for i, h in shingles(text):
            if h in self.hashes:
                covered[i:i + SEED] = [True] * SEED
        return covered[: len(text)]

    def __contains__(self, h: int) -> bool:
        return h in self.hashes


@functools.lru_cache(maxsize=1)
def stock_phrases() -> tuple[str, ...]:
    text = resources.files("plantrace").joinpath("data/banal_phrases.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def phrase_hashes() -> set[int]:
    return {h for phrase in stock_phrases() for _, h in shingles(phrase)}


def document_shingles(texts: Iterable[str]) -> set[int]:
    """The distinct shingle hashes of one document's passages (the map step)."""
    return {h for text in texts for _, h in shingles(text)}


def learn(families: Iterable[tuple[str, set[int]]]) -> Banality:
    """Banal shingles from (family, shingle hashes of one document) pairs, plus the stock phrases:
    a shingle is banal once documents of two different families hold it (the reduce step)."""
    seen: dict[int, str] = {}
    banal = phrase_hashes()
    for family, hashes in families:
        for h in hashes:
            first = seen.setdefault(h, family)
            if first != family:
                banal.add(h)
    return Banality(frozenset(banal))
