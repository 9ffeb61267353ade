"""Split a list of names on 、 and ;/； outside brackets, keeping each piece's offsets."""

from __future__ import annotations

import re

_OPEN = "(《“‘【["
_CLOSE = ")》”’】]"
_SEPARATORS = "、;；"
_TRAILING = re.compile(
    r"(?:等(?:[一二三四五六七八九十\d]+[个项条座所])?(?:重点|重大)?(?:项目|工程)?(?:建设)?|[。.,,])+$"
)
_LEADING = re.compile(r"^[\s::,,]+")
_BARE_NUMBER = re.compile(r"\d+[号號]")
_NUMBERED_LINE = re.compile(r"\d+[号號](?P<suffix>[线線])")


def split_items(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """'3号线东延段、7号线二期(含支线)等。' -> [('3号线东延段', 0, 6), ('7号线二期(含支线)', 7, 16)]."""
    pieces: list[tuple[str, int, int]] = []
    depth, start = 0, 0
    for i, char in enumerate(text + "、"):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        elif char in _SEPARATORS and depth == 0:
            piece = _trim(text, start, i)
            if piece:
                pieces.append((piece[0], piece[1] + offset, piece[2] + offset))
            start = i + 1
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    piece = text[start:end]
    lead = _LEADING.match(piece)
    if lead:
        start += lead.end()
        piece = piece[lead.end():]
    tail = _TRAILING.search(piece)
    if tail:
        end = start + tail.start()
        piece = piece[: tail.start()]
    piece_stripped = piece.rstrip()
    end -= len(piece) - len(piece_stripped)
    return (piece_stripped, start, end) if piece_stripped else None


def shared_suffixes(names: list[str], starts: list[int]) -> dict[int, int]:
    """10號、11號、18號線 -> the bare numbers share the suffix of the name that closes their run.

    Returns {index of a bare name: offset of the shared suffix character} (offsets as in ``starts``).
    """
    shared: dict[int, int] = {}
    run: list[int] = []
    for i, name in enumerate(names):
        if _BARE_NUMBER.fullmatch(name):
            run.append(i)
            continue
        closing = _NUMBERED_LINE.match(name)
        if closing and run:
            shared.update((j, starts[i] + closing.start("suffix")) for j in run)
        run = []
    return shared
