"""Marks inside a name that join it rather than list items: the 、 and 的 of the national industry
classification's names (交通运输、仓储和邮政业, 电力、燃气及水的生产和供应业), and the bare nouns of a list one
value is said of (水电、风电、光伏发电量占比达43.3%).
"""

from __future__ import annotations

from plantrace.extract.measures.words import words
from plantrace.segmentation import base_tokenizer

_NOUN_ITEM = (2, 6)  # the length of a bare noun item of such a list (水电, 高新技术)


def only_nouns(name: str) -> bool:
    """Whether every word of ``name`` is a noun (jieba's tags): 货物, 水电 (not 运输货物, 开展)."""
    return all(tag.startswith("n") for _, tag in base_tokenizer().tagged_block(name))


def noun_items(items: str) -> bool:
    """Whether ``items`` (the words before a list's last 、) are short nouns only: 水电、风电 (not 开展、新增…)."""
    low, high = _NOUN_ITEM
    return all(low <= len(part) <= high and only_nouns(part) for part in items.split("、"))


def last_outside_joined(name: str, mark: str) -> int:
    """Where ``mark`` is last in ``name`` outside the names whose 、 or 的 joins one name (交通运输、仓储和邮政业,
    电力、燃气及水的生产和供应业: ``words().joined_names``); -1 when nowhere."""
    inside = [(at, at + len(joined)) for joined in words().joined_names if mark in joined
              for at in _occurrences(name, joined)]
    at = name.rfind(mark)
    while at != -1 and any(lo <= at < hi for lo, hi in inside):
        at = name.rfind(mark, 0, at)
    return at


def _occurrences(name: str, word: str) -> list[int]:
    found, at = [], name.find(word)
    while at != -1:
        found.append(at)
        at = name.find(word, at + 1)
    return found
