"""Key terms of a passage (jieba words) and their rarity across the corpus (inverse document frequency)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from plantrace.segmentation import base_tokenizer

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9+]*$")
_NUMERAL = re.compile(r"^[一二三四五六七八九十百千万亿两〇零0-9]+[个项条家所座年月日次批类大]?$")


def words(text: str) -> tuple[str, ...]:
    """The distinct content words of a text: two characters or more, no numbers, no punctuation."""
    found = dict.fromkeys(
        w for w in base_tokenizer().lcut(text, HMM=False) if len(w) >= 2 and _WORD.match(w) and not _NUMERAL.match(w)
    )
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Rarity:
    """Passage frequency of every word in the corpus."""

    df: dict[str, int]
    passages: int

    def idf(self, word: str) -> float:
        return math.log((self.passages + 1) / (self.df.get(word, 0) + 1))

    def weight(self, word: str) -> float:
        """The idf scaled to 0..1 (1 for a word in one passage), so weights do not grow with the corpus."""
        top = math.log((self.passages + 1) / 2)
        return self.idf(word) / top if top > 0 else 0.0

    def rare(self, word: str, share: float) -> bool:
        """A word in at most ``share`` of all passages (and always one in two passages: the pair itself)."""
        return self.df.get(word, 0) <= max(2.0, share * self.passages)


def count(passages: Iterable[tuple[str, ...]]) -> Rarity:
    """Rarity from the word sets of passages (each passage counts a word once)."""
    df: Counter[str] = Counter()
    n = 0
    for passage_words in passages:
        df.update(set(passage_words))
        n += 1
    return Rarity(dict(df), n)
