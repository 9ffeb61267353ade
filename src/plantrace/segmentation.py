"""Chinese word segmentation shared by the stages: jieba, quiet, with its cache in a temp folder.

jieba's dictionary ships inside the package, so nothing is fetched at run time. The library never
configures logging; it only lowers jieba's own logger, which otherwise announces every load.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

_CACHE_DIR = Path(tempfile.gettempdir()) / "plantrace-jieba"


def new_tokenizer(words: Iterable[tuple[str, int | None]] = ()) -> Any:
    """A fresh ``jieba.Tokenizer`` with extra ``(word, frequency)`` entries (None: jieba picks one)."""
    import jieba

    jieba.default_logger.setLevel(logging.WARNING)
    _CACHE_DIR.mkdir(exist_ok=True)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(_CACHE_DIR)
    if not _load_cached(tokenizer):
        tokenizer.initialize()  # builds the dictionary and writes the cache
    for word, freq in words:
        tokenizer.add_word(word, freq)
    return tokenizer


def _load_cached(tokenizer: Any) -> bool:
    """jieba's prefix dictionary from the cache file ``initialize`` reads for the default dictionary, read whole
    and then unmarshalled: ``Tokenizer.initialize`` unmarshals from the open file, a few bytes per read call
    (0.58 CPU s against 0.19 s for the same file and the same dictionary). False when there is no readable cache:
    jieba then builds it (and checks it) as always."""
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


@functools.lru_cache(maxsize=1)
def base_tokenizer() -> Any:
    """jieba's own dictionary, loaded once per process. Do not add words to it: use new_tokenizer."""
    return new_tokenizer()


@functools.lru_cache(maxsize=1)
def pos_tagger() -> PosTagger:
    """Part-of-speech tagging over :func:`base_tokenizer`: ``jieba.posseg`` without its HMM, word for word.

    Importing ``jieba.posseg`` reads the word -> tag table of jieba's dictionary from its text file
    (~350,000 lines) on every start. :class:`PosTagger` keeps that table in a cache next to jieba's own
    (built once from the same file, read back in half the time) and tags as ``POSTokenizer.cut(text,
    HMM=False)`` does; ``tests/test_segmentation.py`` checks they agree."""
    tokenizer = base_tokenizer()
    return PosTagger(tokenizer, _word_tags(tokenizer))


# jieba.posseg's patterns (raw strings here; same meaning)
_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_SKIP = re.compile(r"(\r\n|\s)")
_ENG = re.compile(r"[a-zA-Z0-9]+")
_NUM = re.compile(r"[\.0-9]+")
_ENG1 = re.compile(r"^[a-zA-Z0-9]$", re.U)


class PosTagger:
    """(word, tag) pairs of a text as ``jieba.posseg.POSTokenizer(tokenizer).cut(text, HMM=False)`` gives them
    (the dictionary's words and tags; letters and digits ``eng``/``m``; anything else ``x``)."""

    def __init__(self, tokenizer: Any, word_tags: dict[str, str]) -> None:
        self.tokenizer = tokenizer
        self.word_tags = word_tags

    def cut(self, text: str) -> Iterator[tuple[str, str]]:
        for block in _HAN.split(text):
            if _HAN.match(block):
                yield from self._dag_words(block)
                continue
            for part in _SKIP.split(block):
                if _SKIP.match(part):
                    yield part, "x"
                    continue
                for char in part:  # jieba tests the whole part for letters and digits, not the character
                    yield char, "m" if _NUM.match(char) else "eng" if _ENG.match(part) else "x"

    def _dag_words(self, sentence: str) -> Iterator[tuple[str, str]]:
        route: dict[int, tuple[float, int]] = {}
        self.tokenizer.calc(sentence, self.tokenizer.get_DAG(sentence), route)
        x, n, buf = 0, len(sentence), ""
        while x < n:
            y = route[x][1] + 1
            word = sentence[x:y]
            if _ENG1.match(word):
                buf += word
            else:
                if buf:
                    yield buf, "eng"
                    buf = ""
                yield word, self.word_tags.get(word, "x")
            x = y
        if buf:
            yield buf, "eng"


def _word_tags(tokenizer: Any) -> dict[str, str]:
    """word -> tag of the tokenizer's dictionary file (the last line of a word wins, as in jieba.posseg),
    from a marshal cache beside jieba's own, keyed by the file's path, size and time."""
    with contextlib.closing(tokenizer.get_dict_file()) as f:
        name = getattr(f, "name", "") or str(tokenizer.dictionary)
        try:
            stat = os.stat(name)
            key = f"{os.path.abspath(name)}:{stat.st_size}:{stat.st_mtime_ns}"
        except OSError:
            key = ""
        # v2: each tag is one shared string, which marshal writes once and refers to (loads in two thirds the time)
        cache = _CACHE_DIR / f"word_tags.v2.{hashlib.sha1(key.encode()).hexdigest()[:16]}.marshal" if key else None
        if cache is not None:
            with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
                table = marshal.loads(cache.read_bytes())
                if isinstance(table, dict):
                    return table
        table = {}
        for raw in f:
            line = raw.strip().decode("utf-8")
            if line:
                word, _, tag = line.split(" ")
                table[word] = sys.intern(tag)
    if cache is not None:
        with contextlib.suppress(OSError):
            partial = cache.with_suffix(f".{os.getpid()}.tmp")
            partial.write_bytes(marshal.dumps(table))
            os.replace(partial, cache)  # whole or not at all, also when two processes build it at once
    return table
