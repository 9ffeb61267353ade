"""Platforms and places: named zones, parks, labs and platforms (琶洲人工智能与数字经济试验区)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from plantrace.extract.entities.context import Context
from plantrace.extract.entities.lexicon import Lexicon
from plantrace.extract.entities.words import has_proper_word, tagged
from plantrace.models import Platform

RULE_SUFFIX = "entity.platform.suffix.v1"

_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9—\-·]")
_LEADING_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c", "uj", "i", "l"})
_BRACKETS = re.compile(r"[\((][^\(\)()]{1,12}[\))]$")


@cache
def _suffix_pattern(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(suffix) for suffix, _ in lex.platform_suffixes))


def extract_platforms(ctx: Context) -> list[Platform]:
    seen: set[str] = set()
    found = []
    for number, text in ctx.body_text():
        for platform in _line_platforms(ctx, number, text):
            if platform.name_simp not in seen:
                seen.add(platform.name_simp)
                found.append(platform)
    return found


def _line_platforms(ctx: Context, number: int, text: str) -> Iterator[Platform]:
    categories = dict(ctx.lex.platform_suffixes)
    for match in _suffix_pattern(ctx.lex).finditer(text):
        if match.end() < len(text) and _continues(ctx, text, match.end()):
            continue
        start = _name_start(ctx, text, match.start())
        name = text[start:match.end()]
        if _valid(ctx, name, match.group()):
            yield Platform(
                name=ctx.original(number, start, match.end()),
                category=categories[match.group()],
                place=ctx.district_of.get(number) or ctx.place_of(name),
                evidence=ctx.evidence(number, start, match.end(), RULE_SUFFIX),
                name_simp=name,
            )


def _continues(ctx: Context, text: str, end: int) -> bool:
    """平台 in 平台经济 / 基地 in 基地化 is not the end of a name: a longer suffix or a name char follows."""
    rest = text[end:end + 2]
    return (bool(rest) and rest[0] in "化型内级") or any(
        text.startswith(suffix, end) for suffix, _ in ctx.lex.platform_suffixes
    )


def _name_start(ctx: Context, text: str, suffix_start: int) -> int:
    """Walk left over name characters, then drop words up to the last stop word (whole words only)."""
    start = suffix_start
    limit = max(0, suffix_start - ctx.lex.platform_max_len)
    while start > limit and (_NAME_CHAR.match(text[start - 1]) or text[start - 1] in "()()"):
        start -= 1
    stem = text[start:suffix_start]
    start += max((stem.rfind(p) + len(p) for p in ctx.lex.platform_phrases if p in stem), default=0)
    offset, cut = start, start
    words = tagged(text[start:suffix_start])
    for i, (word, _) in enumerate(words):
        offset += len(word)
        if word in ctx.lex.platform_stop_set:
            cut, first = offset, i + 1
    if cut == start:
        first = 0
    for word, tag in words[first:]:
        if tag not in _LEADING_TAGS or len(word) < 2 or ctx.place_in(word):
            break
        cut += len(word)
    while cut < suffix_start and text[cut] in "()()—-":
        cut += 1
    return cut


def _valid(ctx: Context, name: str, suffix: str) -> bool:
    stem = name[: len(name) - len(suffix)]
    if len(stem) < ctx.lex.platform_min_stem or name in ctx.lex.platform_generic or ctx.is_spam(name):
        return False
    if name.count("(") != name.count(")") or name.count("(") != name.count(")"):
        return False
    if re.match(r"^[\d一二三四五六七八九十百千多个批]", name) or _BRACKETS.fullmatch(stem):
        return False
    strict = dict(ctx.lex.platform_suffixes)[suffix] in ctx.lex.platform_strict
    return has_proper_word(ctx, stem, unknown_words=not strict)
