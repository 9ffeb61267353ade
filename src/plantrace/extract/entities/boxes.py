"""Boxes (专栏): from ``box`` nodes when the parser made them, else from ``专栏N`` title lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrace.extract.entities.context import Context
from plantrace.numerals import cn_int

_BOX_TITLE = re.compile(r"^\s*(?:专栏|專欄)\s*(\d+)\s*[::]?\s*")
_HEADING = re.compile(r"^\s*第[一二三四五六七八九十百0-9]+[章节篇部]")
_TOP = re.compile(r"^\s*([一二三四五六七八九十]+)、")
_SUB = re.compile(r"^\s*[\((]([一二三四五六七八九十]+)[\))]|^\s*\d+[.、]")


@dataclass(frozen=True, slots=True)
class Box:
    """One box: its title line, its category (title without number, period and place) and its lines."""

    number: str
    title: str
    category: str
    line: int
    content: tuple[int, ...]
    node: str | None = None


def find_boxes(ctx: Context) -> list[Box]:
    boxes = [b for b in _boxes_from_nodes(ctx) if b]
    return boxes if boxes else _boxes_from_lines(ctx)


def box_category(ctx: Context, title: str) -> str:
    """专栏15“十四五”时期城市轨道、市政路桥重点建设项目 -> 城市轨道、市政路桥重点建设项目."""
    text = _BOX_TITLE.sub("", title).strip()
    for noise in ctx.lex.box_title_noise:
        text = text.replace(noise, "")
    place = ctx.place_in(text[:6])
    if place and text.startswith(place):
        text = text[len(place):]
    return re.sub(r"^[\s::]+|[\s::]+$", "", text)


def _boxes_from_nodes(ctx: Context) -> list[Box]:
    found = []
    for node in ctx.nodes:
        if node.kind != "box":
            continue
        title_line = node.line_start
        title = ctx.simp(title_line) if title_line in ctx.lines else node.simp
        number = node.number or _number(title)
        content = tuple(n for n in ctx.body if node.head_end < n <= node.line_end)
        found.append(Box(number, title, box_category(ctx, title), title_line, content, node.id))
    return found


def _number(title: str) -> str:
    match = _BOX_TITLE.match(title)
    return match.group(1) if match else ""


def _boxes_from_lines(ctx: Context) -> list[Box]:
    boxes = []
    body = list(ctx.body)
    for i, number in enumerate(body):
        text = ctx.simp(number)
        match = _BOX_TITLE.match(text)
        if not match:
            continue
        content = _box_content(ctx, body[i + 1:])
        boxes.append(Box(match.group(1), text, box_category(ctx, text), number, content))
    return boxes


def _box_content(ctx: Context, following: list[int]) -> tuple[int, ...]:
    """Lines after a box title up to a heading, another box, a repeated top marker or plain prose."""
    taken: list[int] = []
    last_top = 0
    for number in following:
        text = ctx.simp(number)
        if _BOX_TITLE.match(text) or _HEADING.match(text):
            break
        top = _TOP.match(text)
        if top:
            value = cn_int(top.group(1)) or 99
            if value <= last_top or (last_top == 0 and value != 1):
                break
            last_top = value
        elif not _SUB.match(text):
            break
        taken.append(number)
    return tuple(taken)
