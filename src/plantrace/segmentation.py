"""Chinese word segmentation shared by the stages: jieba's dictionary and algorithm, run by jieba-rs.

:class:`Segmenter` cuts as ``jieba.Tokenizer`` does (``cut``/``lcut``/``cut_for_search``, dictionary words
without HMM, part-of-speech tags as ``jieba.posseg`` gives them) through ``rjieba``, the Python binding of
jieba-rs, a Rust implementation of jieba's algorithm with jieba's dictionary: the same words, about ten times
as fast, and a dictionary that loads in a tenth of a second. ``jieba`` itself stays the reference:
``tests/test_segmentation.py`` checks that both give the same words and tags on every line of the sample and
dev documents, and extra words (:func:`new_tokenizer`) are given the frequencies jieba's ``add_word`` gives
them (computed once with jieba, kept in a cache). The library never configures logging; it only lowers
jieba's own logger, which otherwise announces every load.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import logging
import marshal
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import rjieba

_CACHE_DIR = Path(tempfile.gettempdir()) / "plantrace-jieba"
# a key outside jieba's word characters: no text is ever cut into it (see Segmenter.with_words)
_TOTAL_PAD = "\x00plantrace:total"
_ASCII_RUN = re.compile(r"[a-zA-Z0-9]+")


class Segmenter:
    """Words of a text as ``jieba.Tokenizer`` cuts them (same arguments; ``HMM`` guesses unknown words)."""

    def __init__(self, engine: rjieba.Jieba) -> None:  # rjieba is imported by the first segmenter made
        self._engine = engine

    def cut(self, text: str, HMM: bool = True) -> list[str]:  # jieba's keyword
        return self._engine.cut(text, HMM)

    lcut = cut

    def cut_for_search(self, text: str, HMM: bool = True) -> list[str]:
        return self._engine.cut_for_search(text, HMM)

    def is_word(self, text: str) -> bool:
        """Whether ``text`` is a word of the dictionary (``bool(jieba.Tokenizer.FREQ.get(text))``)."""
        return text != _TOTAL_PAD and self._engine.has_word(text)

    def tagged_block(self, block: str) -> list[tuple[str, str]]:
        """(word, tag) of one run of jieba.posseg's word characters, as ``posseg`` tags it without HMM: the
        dictionary's tag; a run of ASCII letters and digits (no dictionary word is one) ``eng``; else ``x``
        (jieba-rs guesses a tag for a character outside the dictionary: 區 ``n``, 號 ``m``)."""
        has_word = self._engine.has_word
        return [(w, "eng" if _ASCII_RUN.fullmatch(w) else t if has_word(w) else "x")
                for w, t in self._engine.tag(block, False)]


def new_tokenizer(words: Iterable[tuple[str, int | None]] = ()) -> Segmenter:
    """A fresh :class:`Segmenter` with extra ``(word, frequency)`` entries (None: jieba picks one), cutting
    as a ``jieba.Tokenizer`` with the same ``add_word`` calls would."""
    import rjieba

    engine = rjieba.Jieba()
    pad = 0
    for word, freq, before in _jieba_additions(list(words)):
        engine.add_word(word, freq, None)
        pad += before  # jieba adds a new frequency to its total without taking the old one off; jieba-rs does
    if pad:
        engine.add_word(_TOTAL_PAD, pad, None)  # so that both divide by the same total
    return Segmenter(engine)


def _jieba_additions(words: list[tuple[str, int | None]]) -> list[tuple[str, int, int]]:
    """(word, frequency jieba gives it, frequency it had before) for each ``add_word`` in turn: jieba's
    ``suggest_freq`` multiplies frequencies where jieba-rs adds logarithms, and the two round apart by one
    now and then. Computed with jieba once per word list and dictionary, then read from a cache."""
    if not words:
        return []
    key = hashlib.sha1(json.dumps([_dictionary_key(), words], ensure_ascii=False).encode()).hexdigest()[:16]
    cache = _CACHE_DIR / f"additions.v1.{key}.marshal"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        return [(str(w), int(f), int(b)) for w, f, b in marshal.loads(cache.read_bytes())]
    tokenizer = jieba_tokenizer()
    additions: list[tuple[str, int, int]] = []
    for word, freq in words:
        before = int(tokenizer.FREQ.get(word) or 0)
        tokenizer.add_word(word, freq)
        additions.append((word, int(tokenizer.FREQ[word]), before))
    _write_whole(cache, marshal.dumps(additions))
    return additions


def _dictionary_key() -> str:
    """jieba's dictionary file and the jieba-rs binding, by path, size and time (a new version: a new key);
    found without importing jieba, which takes longer than the rest of a cached start."""
    spec = importlib.util.find_spec("jieba")
    folders = list(spec.submodule_search_locations or []) if spec else []
    import rjieba

    parts = []
    for name in [*(os.path.join(f, "dict.txt") for f in folders), rjieba.__file__]:
        with contextlib.suppress(OSError):
            stat = os.stat(name)
            parts.append(f"{os.path.abspath(name)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(parts)


def _write_whole(path: Path, data: bytes) -> None:
    """Write whole or not at all, also when two processes write the same cache at once."""
    with contextlib.suppress(OSError):
        _CACHE_DIR.mkdir(exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        os.replace(partial, path)


@functools.lru_cache(maxsize=1)
def base_tokenizer() -> Segmenter:
    """jieba's own dictionary, loaded once per process. Do not add words to it: use new_tokenizer."""
    import rjieba  # builds an engine with jieba's dictionary (its module functions use it)

    return Segmenter(rjieba._DEFAULT_JIEBA)  # building a second one would cost as much again


@functools.lru_cache(maxsize=1)
def pos_tagger() -> PosTagger:
    """Part-of-speech tagging over :func:`base_tokenizer`, word for word as ``jieba.posseg`` without its HMM
    (``tests/test_segmentation.py`` checks they agree)."""
    return PosTagger(base_tokenizer())


# jieba.posseg's patterns (raw strings here; same meaning)
_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_SKIP = re.compile(r"(\r\n|\s)")
_ENG = re.compile(r"[a-zA-Z0-9]+")
_NUM = re.compile(r"[\.0-9]+")


class PosTagger:
    """(word, tag) pairs of a text as ``jieba.posseg.POSTokenizer(tokenizer).cut(text, HMM=False)`` gives them
    (the dictionary's words and tags; letters and digits ``eng``/``m``; anything else ``x``)."""

    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter

    def cut(self, text: str) -> Iterator[tuple[str, str]]:
        for block in _HAN.split(text):
            if _HAN.match(block):
                yield from self.segmenter.tagged_block(block)
                continue
            for part in _SKIP.split(block):
                if _SKIP.match(part):
                    yield part, "x"
                    continue
                for char in part:  # jieba tests the whole part for letters and digits, not the character
                    yield char, "m" if _NUM.match(char) else "eng" if _ENG.match(part) else "x"


def jieba_tokenizer() -> Any:
    """A fresh ``jieba.Tokenizer`` of jieba's own dictionary: the reference :class:`Segmenter` follows (and
    what gives extra words their frequencies). Its prefix dictionary is read from jieba's cache file whole
    and then unmarshalled: ``Tokenizer.initialize`` unmarshals from the open file, a few bytes per read call
    (0.58 CPU s against 0.19 s for the same file and the same dictionary); with no readable cache jieba
    builds it (and checks it) as always."""
    import jieba

    jieba.default_logger.setLevel(logging.WARNING)
    _CACHE_DIR.mkdir(exist_ok=True)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(_CACHE_DIR)
    if not _load_cached(tokenizer):
        tokenizer.initialize()  # builds the dictionary and writes the cache
    return tokenizer


def _load_cached(tokenizer: Any) -> bool:
    import jieba

    if tokenizer.dictionary is not jieba.DEFAULT_DICT or tokenizer.cache_file:
        return False
    try:
        freq, total = marshal.loads((_CACHE_DIR / "jieba.cache").read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return False
    if not isinstance(freq, dict) or not isinstance(total, int):
        return False
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    return True
