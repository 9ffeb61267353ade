"""Query expansion: the words a question is asked in, and the words the documents use.

Three offline sources, all data files:

- ``data/synonyms.toml`` groups: true equivalents and abbreviations (GDP, 地区生产总值 …);
- ``data/metrics.toml``: every synonym of a plan indicator names the indicator (人均可支配收入 ->
  居民人均可支配收入), the same lexicon the measures extractor reads, so search and measures agree;
- ``data/concepts.toml``: everyday words and phrasings (老百姓 -> 居民, 收成 -> 产量, 经济增速 ->
  地区生产总值增长). Words combine, so questions nobody listed are expanded too (老百姓 + 收入).

Everything is matched on folded (simplified, half-width) text. Expansions are alternatives: the
word as asked is always kept.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

from plantrace.search.tokens import fold

_MAX_VARIANTS = 8


def _data(name: str) -> dict[str, Any]:
    text = resources.files("plantrace").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


@functools.lru_cache(maxsize=1)
def metric_groups() -> dict[str, tuple[str, ...]]:
    """Each simplified synonym of a metric (lower-cased) -> the metric's name and its synonyms.

    A synonym that is a short word shared by several metrics (生产总值 inside 人均生产总值) is kept
    only with its own metric; traditional spellings are left out (queries are folded to simplified)."""
    out: dict[str, tuple[str, ...]] = {}
    for name, entry in _data("metrics.toml").get("metrics", {}).items():
        names = [fold(name), *(fold(s) for s in entry.get("synonyms", ()))]
        members = tuple(dict.fromkeys(n for n in names if n))
        for member in members:
            out.setdefault(member.lower(), members)
    return out


@functools.lru_cache(maxsize=1)
def concept_words() -> dict[str, tuple[str, ...]]:
    """Everyday word -> official words (``[words]`` of concepts.toml)."""
    return {fold(k): tuple(fold(v) for v in vs) for k, vs in _data("concepts.toml")["words"].items()}


@functools.lru_cache(maxsize=1)
def concept_phrases() -> dict[str, tuple[str, ...]]:
    """Everyday phrasing -> the phrases documents use (``[phrases]`` of concepts.toml)."""
    return {fold(k): tuple(fold(v) for v in vs) for k, vs in _data("concepts.toml")["phrases"].items()}


def word_variants(word: str, synonyms: tuple[str, ...]) -> tuple[str, ...]:
    """A query word, its synonyms (``synonyms``, from synonyms.toml), the other names of the metric
    it names, and the official words for an everyday word; the word itself first."""
    found = [word, *synonyms]
    found += metric_groups().get(word.lower(), ())
    found += concept_words().get(word, ())
    for variant in list(found[1:]):
        found += metric_groups().get(variant.lower(), ())
    unique = list(dict.fromkeys(v for v in found if v))
    return tuple(unique[:_MAX_VARIANTS])


def phrase_expansions(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The everyday phrasings in a stretch of query text, each with what documents write instead
    (longest phrasing first; a phrasing inside a longer one found is skipped)."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for phrase in sorted(concept_phrases(), key=lambda p: (-len(p), p)):
        if phrase in text and not any(phrase in longer for longer, _ in found):
            targets = concept_phrases()[phrase]
            more = [m for t in targets for m in metric_groups().get(t.lower(), ())]
            found.append((phrase, tuple(dict.fromkeys([*targets, *more]))[:_MAX_VARIANTS]))
    return found
