"""Text helpers of the link stage: stable shingle hashes, evidence ends, list items."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from itertools import accumulate

from plantrace.models.links import End, Passage

SEED = 8  # characters per shingle: long enough to be rare, short enough to survive small edits
_ITEM_SPLIT = re.compile(r"[、,,;;::。“”\"()()《》\s]+|以及")
_DIGITS = re.compile(r"[0-9.%%]+")


def shingle_hash(text: str) -> int:
    """A hash that is the same in every process (Python's ``hash`` of str is not)."""
    return zlib.crc32(text.encode("utf-8"))


def shingles(text: str, k: int = SEED) -> Iterator[tuple[int, int]]:
    """(position, hash) of every k-character window that is not mostly digits or punctuation
    (at least three quarters letters)."""
    letters = [0, *accumulate(ch.isalpha() for ch in text)]
    need = 3 * k
    for i in range(len(text) - k + 1):
        if (letters[i + k] - letters[i]) * 4 >= need:
            yield i, zlib.crc32(text[i:i + k].encode("utf-8"))


def end_of(passage: Passage, start: int, stop: int) -> End:
    """The cited side of a link: offsets ``[start, stop)`` of the passage text in the original line."""
    index = passage.index
    if not index:
        raw_start = raw_end = 0
    else:
        raw_start = index[min(start, len(index) - 1)]
        raw_end = index[min(max(stop, 1), len(index)) - 1] + 1
    return End(passage.doc, passage.node, passage.line, passage.line, raw_start, raw_end, passage.path)


def whole(passage: Passage) -> End:
    return end_of(passage, 0, len(passage.text))


def items(text: str) -> list[str]:
    """A list written with 、 , ; : quotes or 和/与/及 split into its items (3 to 24 characters)."""
    found = []
    for part in _ITEM_SPLIT.split(text):
        part = _DIGITS.sub("", part).strip("—-等 ")
        if 3 <= len(part) <= 24 and part not in found:
            found.append(part)
    return found
