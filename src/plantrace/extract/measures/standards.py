"""Return periods (年一遇): a standard that flood works are built to, or how rare a flood or drought was."""

from __future__ import annotations

import re

RETURN_PERIOD = "年一遇"
# 防洪标准达到100~200年一遇, 达到100年一遇防洪标准, 排涝能力: the sentence names what is built to it
_STANDARD_NEAR = re.compile(r"标准|能力|设防")
_REACH = 60  # back to the sentence's start, at most this far (…標準達到100~200年一遇,肥東…等縣市達到50~100年一遇)
_AFTER = 5
_SENTENCE_ENDS = "。;；!?！？"


def event_rarity(text: str, start: int, end: int, unit: str) -> bool:
    """抵御10年一遇至20年一遇的中小洪水, 战胜百年一遇的特大洪水: a return period that names no standard
    in its sentence says how rare an event is, not a quantity to track."""
    if unit != RETURN_PERIOD:
        return False
    reach = max(0, start - _REACH)
    sentence = max(reach, *(text.rfind(mark, reach, start) + 1 for mark in _SENTENCE_ENDS))
    return not _STANDARD_NEAR.search(text, sentence, end + _AFTER)
