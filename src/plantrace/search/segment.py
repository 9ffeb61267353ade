"""Query word segmentation: jieba with the plan vocabulary, quiet and with its cache in a temp dir."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

from plantrace.segmentation import Segmenter, new_tokenizer


@functools.lru_cache(maxsize=1)
def _tokenizer() -> Segmenter:
    return new_tokenizer([*plan_words(), *((w, None) for w in everyday_words())])


def everyday_words() -> list[str]:
    """The everyday words of ``data/everyday.toml`` (keys of its tables but ``[characters]``) and of ``[words]`` in
    ``data/concepts.toml``, so that a question is cut at them (停车难, 生孩子 whole) and each finds its
    official terms."""
    found: set[str] = set()
    for name in ("everyday.toml", "concepts.toml"):
        text = resources.files("plantrace").joinpath("data", name).read_text(encoding="utf-8")
        data = tomllib.loads(text)
        tables = [data["words"]] if name == "concepts.toml" else [t for n, t in data.items() if n != "characters"]
        found.update(key for table in tables for key in table)
    return sorted(found)


def plan_words() -> list[tuple[str, int | None]]:
    """(word, frequency) pairs of ``data/plan_words.txt``."""
    out: list[tuple[str, int | None]] = []
    for line in _data_lines("plan_words.txt"):
        word, _, freq = line.partition(" ")
        out.append((word, int(freq) if freq.strip() else None))
    return out


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(_data_lines("search_stopwords.txt"))


def _data_lines(name: str) -> list[str]:
    text = resources.files("plantrace").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def cut(text: str) -> list[str]:
    """Words of ``text`` (dictionary only, no HMM guessing: unknown words fall apart into characters)."""
    return [w for w in _tokenizer().cut(text, HMM=False) if w.strip()]


def cut_for_search(word: str) -> list[str]:
    """jieba's search-engine mode: the word and the dictionary words inside it."""
    return [w for w in _tokenizer().cut_for_search(word, HMM=False) if w.strip()]


def is_word(text: str) -> bool:
    """Whether ``text`` is a word of the dictionary (jieba's own or the plan vocabulary)."""
    return _tokenizer().is_word(text)
