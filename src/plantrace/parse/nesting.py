"""Nesting: give each block its parent with a stack of open containers.

篇 > 章 > 节 have fixed ranks. List items nest by style: an item whose style is already open
(``二、`` after ``一、``) closes it and becomes its sibling; a new style opens one level deeper.
A box (专栏) is a barrier with its own numbering: it stays open while its items continue its own
sequence and closes on a structural heading, a number that does not continue the box (a reset or
decrease), a run-in paragraph or a prose paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.parse.blocks import Block

_RANK = {"part": 0, "annex": 0, "chapter": 1, "section": 2, "box": 3, "item": 4}
_UNNUMBERED = ("dash",)


@dataclass(slots=True)
class _Open:
    index: int
    rank: int
    style: str
    number: int | None
    box: _BoxState | None = None


@dataclass(slots=True)
class _BoxState:
    top_style: str = ""
    last: dict[str, int] = field(default_factory=dict)
    content: int = 0


def assign_parents(blocks: Sequence[Block]) -> list[int | None]:
    """The parent block index of every block (None at top level)."""
    stack: list[_Open] = []
    parents: list[int | None] = []
    for index, block in enumerate(blocks):
        parents.append(_place(stack, index, block))
    return parents


def _place(stack: list[_Open], index: int, block: Block) -> int | None:
    if block.parent_hint is not None:
        return block.parent_hint
    if block.kind == "toc":
        stack.clear()
        return None
    if block.kind in ("part", "chapter", "section", "annex"):
        _pop_rank(stack, _RANK[block.kind])
        return _push(stack, index, block)
    if block.kind == "box":
        _close_box(stack)
        _pop_unnumbered(stack)
        parent = _top(stack)
        if not block.sealed:
            stack.append(_Open(index, _RANK["box"], "box", block.number, _BoxState()))
        return parent
    if block.kind == "item":
        return _place_item(stack, index, block)
    if block.kind == "table":  # its rows name it as their parent; it holds nothing else
        _pop_unnumbered(stack)
        return _top(stack)
    return _place_leaf(stack, block)


def _top(stack: list[_Open]) -> int | None:
    return stack[-1].index if stack else None


def _push(stack: list[_Open], index: int, block: Block) -> int | None:
    parent = _top(stack)
    stack.append(_Open(index, _RANK[block.kind], block.style, block.number))
    return parent


def _pop_rank(stack: list[_Open], rank: int) -> None:
    while stack and stack[-1].rank >= rank:
        stack.pop()


def _box_position(stack: list[_Open]) -> int | None:
    for position in range(len(stack) - 1, -1, -1):
        if stack[position].box is not None:
            return position
    return None


def _close_box(stack: list[_Open]) -> None:
    position = _box_position(stack)
    if position is not None:
        del stack[position:]


def _place_item(stack: list[_Open], index: int, block: Block) -> int | None:
    position = _box_position(stack)
    if position is not None:
        state = stack[position].box
        assert state is not None
        if _box_accepts(state, block):
            _record(state, block)
        else:
            del stack[position:]
            position = None
    floor = position + 1 if position is not None else 0
    for depth in range(len(stack) - 1, floor - 1, -1):
        entry = stack[depth]
        if entry.rank < _RANK["item"]:
            break
        if entry.style == block.style:
            del stack[depth:]
            break
    return _push(stack, index, block)


def _box_accepts(state: _BoxState, block: Block) -> bool:
    if block.style in _UNNUMBERED or block.number is None:
        return True
    if not state.top_style:
        return block.number == 1
    last = state.last.get(block.style)
    if block.style == state.top_style:
        return last is not None and block.number == last + 1
    return block.number == 1 or (last is not None and block.number == last + 1)


def _record(state: _BoxState, block: Block) -> None:
    if not state.top_style:
        state.top_style = block.style
    if block.number is not None:
        state.last[block.style] = block.number
    state.content += 1


def _place_leaf(stack: list[_Open], block: Block) -> int | None:
    _pop_unnumbered(stack)
    if block.kind == "paragraph":
        position = _box_position(stack)
        if position is not None:
            state = stack[position].box
            assert state is not None
            if _ends_box(state, block):
                del stack[position:]
            else:
                state.content += 1
        _pop_unnumbered(stack)
    return _top(stack)


def _pop_unnumbered(stack: list[_Open]) -> None:
    """Dash items (——) are list entries, never containers of what follows them."""
    while stack and stack[-1].style in _UNNUMBERED:
        stack.pop()


def _ends_box(state: _BoxState, block: Block) -> bool:
    """A run-in or prose paragraph is body text; so is any sentence right after an empty box."""
    if block.runin or block.extra.get("prose") == "1":
        return True
    return state.content == 0 and block.extra.get("sentence") == "1"
