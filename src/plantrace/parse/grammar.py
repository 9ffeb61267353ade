"""Heading grammars: which marker opens a line (第七章, 第一节, 一、, (一), 1., (1), ——, 专栏14, 注:).

Everything here reads the simplified layer (``Line.simp``); offsets are the same in ``Line.text``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from plantrace.models import NodeKind
from plantrace.numerals import CIRCLED, CN_NUMERAL_CHARS
from plantrace.numerals import cn_int as cn_to_int
from plantrace.parse.lexicon import lexicon

_CN = CN_NUMERAL_CHARS.replace("万", "").replace("亿", "")  # heading numbers stay below 万
_STRUCTURAL = re.compile(rf"第\s?([{_CN}\d]{{1,4}})\s?(篇|章|节)\s?")
_BOX = re.compile(rf"专栏\s?(\d{{1,3}}|[{_CN}]{{1,4}})?\s?[:]?\s?")
_ITEM_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cn、", re.compile(rf"([{_CN}]{{1,3}})、\s?")),
    ("(cn)", re.compile(rf"\(([{_CN}]{{1,3}})\)\s?")),
    ("ar.", re.compile(r"(\d{1,2})(?:\.(?=\d{4}年)|[.、](?!\d))\s?")),
    ("(ar)", re.compile(r"\((\d{1,2})\)\s?")),
    ("circled", re.compile(rf"([{CIRCLED}])\s?")),
    ("dash", re.compile(r"——(?!\s?\d{2,4}\s?年)(?=\S)\s?")),
)
_SHI = re.compile(rf"(?:其)?([{_CN}]{{1,3}})是(?=[^,。]{{2}})")
STRUCTURAL_RANK = {"篇": 0, "章": 1, "节": 2}
KIND_OF = {"篇": "part", "章": "chapter", "节": "section"}
TITLE_STOPS = "。;!?:"
MAX_TITLE = 60


@dataclass(frozen=True, slots=True)
class Marker:
    """A heading marker at the start of a line: what it is and where its text begins."""

    kind: NodeKind
    style: str            # 篇 章 节 | cn、 (cn) ar. (ar) circled dash | box note annex
    number: int | None
    label_end: int        # simp[:label_end] is the marker as written (without trailing space)
    body_start: int       # the heading text starts here


@functools.lru_cache(maxsize=8192)
def classify(simp: str) -> Marker | None:
    """The marker opening ``simp``, or None for an ordinary paragraph line."""
    if not simp:
        return None
    return _structural(simp) or _box(simp) or _annex(simp) or _note(simp) or _item(simp)


@functools.lru_cache(maxsize=1)
def _lexical_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(annex, note) markers built from the word lists."""
    lex = lexicon()
    annex = "|".join(re.escape(p) for p in lex.annex_prefixes)
    note = "|".join(re.escape(p) for p in lex.note_prefixes)
    return (
        re.compile(rf"(?:{annex})\s?(\d{{1,2}}|[{_CN}]{{1,3}})?\s?[:]?\s?"),
        re.compile(rf"(?:{note})\s?(\d{{1,2}})?\s?:\s?"),
    )


def _span_marker(kind: NodeKind, style: str, number: int | None, m: re.Match[str]) -> Marker:
    label_end = len(m.group(0).rstrip(" :"))
    return Marker(kind, style, number, label_end, m.end())


def _structural(simp: str) -> Marker | None:
    m = _STRUCTURAL.match(simp)
    if m is None:
        return None
    number = cn_to_int(m.group(1))
    if number is None:
        return None
    return _span_marker(KIND_OF[m.group(2)], m.group(2), number, m)  # type: ignore[arg-type]


def _box(simp: str) -> Marker | None:
    m = _BOX.match(simp)
    if m is None or (m.group(1) is None and len(simp) > 30):
        return None
    number = cn_to_int(m.group(1) or "")
    return _span_marker("box", "box", number, m)


def _annex(simp: str) -> Marker | None:
    lex = lexicon()
    for title in lex.annex_titles:
        if simp == title or (simp.startswith(title) and len(simp) <= len(title) + 2):
            return Marker("annex", "annex", None, 0, 0)
    m = _lexical_patterns()[0].match(simp)
    if m and len(simp) <= 60 and "。" not in simp:
        return _span_marker("annex", "annex", cn_to_int(m.group(1) or ""), m)
    return None


def _note(simp: str) -> Marker | None:
    m = _lexical_patterns()[1].match(simp)
    return _span_marker("note", "note", None, m) if m else None


def _item(simp: str) -> Marker | None:
    for style, pattern in _ITEM_PATTERNS:
        m = pattern.match(simp)
        if m is None:
            continue
        number = None if style == "dash" else cn_to_int(m.group(1))
        if style != "dash" and number is None:
            continue
        return _span_marker("item", style, number, m)
    return None


def shi_label(simp: str) -> tuple[int, int] | None:
    """一是 / 其二是 enumerations opening a paragraph: (number, label length), or None."""
    m = _SHI.match(simp)
    if m is None:
        return None
    number = cn_to_int(m.group(1))
    return None if number is None else (number, len(m.group(0)))


def title_end(body: str, *, heading: bool) -> int:
    """Where the heading text of ``body`` ends (exclusive offset into ``body``).

    Structural headings (篇章节) keep the whole line. Items stop at the first 。;!?: when it comes
    early enough (a run-in title), otherwise keep the whole line when short, else the first clause.
    """
    if heading:
        return len(body)
    stop = next((i for i, ch in enumerate(body) if ch in TITLE_STOPS), -1)
    if 0 <= stop <= MAX_TITLE:
        return stop
    if len(body) <= MAX_TITLE:
        return len(body)
    comma = body.find(",")
    return comma if 0 < comma <= MAX_TITLE else MAX_TITLE
