"""Word segmentation with part-of-speech tags (jieba), quiet and cached; used to bound platform names."""

from __future__ import annotations

import functools
import itertools
import re

from plantrace.extract.entities.context import Context
from plantrace.gazetteer import gazetteer
from plantrace.segmentation import pos_tagger

PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt", "nrt", "eng", "m"})
_PUNCTUATION = re.compile(r"[^\w]")


@functools.lru_cache(maxsize=8192)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of ``text``: 天河中央商务区 -> (('天河', 'ns'), ('中央商务区', 'nt'))."""
    return tuple(pos_tagger().cut(text))


def has_proper_word(ctx: Context, text: str, *, unknown_words: bool = True) -> bool:
    """A name has a proper element: a known place, a proper-noun or numeral word, a word that names an
    administrative division anywhere in China (national gazetteer), letters or digits,
    or a word the dictionary does not know (it falls apart into single characters: 琶洲 -> 琶 / 洲)."""
    text = _PUNCTUATION.sub("", text)
    if ctx.place_in(text) or any(word in text for word in ctx.lex.platform_proper):
        return True
    words = tagged(text)
    if any(tag in PROPER_TAGS and word not in ctx.lex.not_proper for word, tag in words):
        return True
    if any(len(word) >= 2 and gazetteer().is_name(word, shorts_down_to=2) for word, _ in words):  # 黔东南
        return True
    return unknown_words and any(len(a) == 1 and len(b) == 1 for (a, _), (b, _) in itertools.pairwise(words))
