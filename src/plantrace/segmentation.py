"""Chinese word segmentation shared by the stages: jieba, quiet, with its cache in a temp folder.

jieba's dictionary ships inside the package, so nothing is fetched at run time. The library never
configures logging; it only lowers jieba's own logger, which otherwise announces every load.
"""

from __future__ import annotations

import functools
import logging
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def new_tokenizer(words: Iterable[tuple[str, int | None]] = ()) -> Any:
    """A fresh ``jieba.Tokenizer`` with extra ``(word, frequency)`` entries (None: jieba picks one)."""
    import jieba

    jieba.default_logger.setLevel(logging.WARNING)
    cache_dir = Path(tempfile.gettempdir()) / "plantrace-jieba"
    cache_dir.mkdir(exist_ok=True)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir)
    tokenizer.initialize()
    for word, freq in words:
        tokenizer.add_word(word, freq)
    return tokenizer


@functools.lru_cache(maxsize=1)
def base_tokenizer() -> Any:
    """jieba's own dictionary, loaded once per process. Do not add words to it: use new_tokenizer."""
    return new_tokenizer()


@functools.lru_cache(maxsize=1)
def pos_tagger() -> Any:
    """Part-of-speech tagging over :func:`base_tokenizer` (``jieba.posseg``).

    Importing ``jieba.posseg`` already reads the word -> tag table of jieba's dictionary (for its own
    default tagger, ~350,000 lines, about a second); ``POSTokenizer(tokenizer)`` would read it again.
    The base tokenizer uses that same dictionary, so the tagger gets a copy of the table instead."""
    import jieba
    import jieba.posseg

    tokenizer = base_tokenizer()
    default = jieba.posseg.dt
    if tokenizer.dictionary != jieba.dt.dictionary or default.tokenizer is not jieba.dt:
        return jieba.posseg.POSTokenizer(tokenizer)
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.tokenizer = tokenizer
    tagger.word_tag_tab = dict(default.word_tag_tab)
    return tagger
