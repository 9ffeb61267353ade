"""Platforms and places: named zones, parks, labs and platforms (琶洲人工智能与数字经济试验区)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from plantrace.extract.entities.context import Context, short_names
from plantrace.extract.entities.lexicon import Lexicon
from plantrace.extract.entities.words import has_proper_word, tagged
from plantrace.gazetteer import gazetteer
from plantrace.models import Platform

RULE_SUFFIX = "entity.platform.suffix.v2"

_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9—\-·]")
_LEADING_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "p", "c", "uj", "i", "l"})
_LEADING_SINGLE = frozenset({"p", "c", "uj"})   # 与深圳深港科技创新合作区 -> 深圳深港…
_COMPLEMENTS = "好强优精实"                        # 管理好 / 做强 + name: the verb's complement
_BRACKETS = re.compile(r"[\((][^\(\)()]{1,12}[\))]$")
_WALK_LIMIT = 60   # how far left a name is looked for; a longer run has no clear start
# 西部三大产业带, 两中心一平台, 第四轮…示范区, 新设12个…试验区: counted designations, not one named place
_COUNTED = re.compile(r"[一二两三四五六七八九十百千\d]+(?:个|大|轮|批|类|家|条|项|轴|中心)")
# 全国一流爱国主义教育基地, 全国青少年校园足球改革试验区: a title awarded, not a place (全国股转系统华南基地 is one)
_NATIONWIDE = re.compile(r"^(?:全国|全省|全市|全区).*(?:示范|试验|一流|改革|教育|先进)")


@cache
def _suffix_pattern(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(suffix) for suffix, _ in lex.platform_suffixes))


@cache
def _suffixes(lex: Lexicon) -> tuple[str, ...]:
    """The suffix words, in the lexicon's order (for ``str.startswith``)."""
    return tuple(suffix for suffix, _ in lex.platform_suffixes)


@cache
def _categories(lex: Lexicon) -> dict[str, str]:
    """Each suffix word's category."""
    return dict(lex.platform_suffixes)


@cache
def _place_words(lex: Lexicon, places: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """Proper words and the document's places (names as written and full names), longest first."""
    return tuple(sorted((*lex.platform_proper, *(p for pair in places for p in pair)), key=len, reverse=True))


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
    categories = _categories(ctx.lex)
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
    return (bool(rest) and rest[0] in "化型内级动") or text.startswith(_suffixes(ctx.lex), end)


def _name_start(ctx: Context, text: str, suffix_start: int) -> int:
    """Walk left over name characters, then drop words up to the last stop word (whole words only)."""
    start = suffix_start
    limit = max(0, suffix_start - _WALK_LIMIT)
    while start > limit and (_NAME_CHAR.match(text[start - 1]) or text[start - 1] in "()()"):
        start -= 1
    stem, walked = text[start:suffix_start], start
    start += max((stem.rfind(p) + len(p) for p in ctx.lex.platform_phrases if p in stem), default=0)
    offset, cut = start, start
    words = tagged(text[start:suffix_start])
    for i, (word, _) in enumerate(words):
        offset += len(word)
        if word in ctx.lex.platform_stop_set:
            cut, first = offset, i + 1
    if cut == start:
        first = 0
    cut += _leading_words(ctx, words[first:], text[cut:suffix_start], cut > walked)
    while cut < suffix_start and text[cut] in "()()—-":
        cut += 1
    return cut


def _leading_words(ctx: Context, words: tuple[tuple[str, str], ...], stem: str, cut_at_verb: bool) -> int:
    """Length of the verbs and function words a name candidate starts with (管理好中国上海… -> 管理好)."""
    skip, after_verb = 0, cut_at_verb
    places = short_names(ctx.places)
    for word, tag in words:
        if stem.startswith(places, skip) or gazetteer().name_at(stem, skip):  # 从化… is a place, not 从 + 化
            break
        if len(word) == 1 and (tag in _LEADING_SINGLE or (after_verb and word in _COMPLEMENTS)):
            after_verb = False
        elif tag in _LEADING_TAGS and len(word) >= 2 and not ctx.place_in(word):
            after_verb = tag.startswith("v")
        else:
            break
        skip += len(word)
    return skip


def _valid(ctx: Context, name: str, suffix: str) -> bool:
    stem = name[: len(name) - len(suffix)]
    if len(stem) < ctx.lex.platform_min_stem or name in ctx.lex.platform_generic or ctx.is_spam(name):
        return False
    if len(name) > ctx.lex.platform_max_len or _COUNTED.search(name) or _NATIONWIDE.match(name):
        return False
    if not _joined_names(ctx, name) or _generic_after_place(ctx, name):
        return False
    if name.count("(") != name.count(")") or name.count("(") != name.count(")"):
        return False
    if re.match(r"^[\d一二三四五六七八九十百千多个批]", name) or _BRACKETS.fullmatch(stem):
        return False
    strict = _categories(ctx.lex)[suffix] in ctx.lex.platform_strict
    return has_proper_word(ctx, stem, unknown_words=not strict)


def _joined_names(ctx: Context, name: str) -> bool:
    """黄埔—从化产业共建合作区 joins two places; 众创空间—孵化器—加速器—科技园 is a chain and 化龙—开发区 a
    fragment of a longer name (化龙—开发区西区过江通道)."""
    parts = re.split(r"[—\-]", name)
    if len(parts) > 2:
        return False
    return len(parts) == 1 or parts[-1] not in _categories(ctx.lex)


def _generic_after_place(ctx: Context, name: str) -> bool:
    """广州市重大产业功能区, 粤港澳联合实验室, 产业园琶洲核心园区: a place (or none) before a generic name,
    or a name that starts with a suffix word (a fragment of a longer name)."""
    if name.startswith(_suffixes(ctx.lex)):
        return True
    rest = name
    for word in _place_words(ctx.lex, ctx.places):
        if rest.startswith(word):
            rest = rest[len(word):].lstrip("市区省")
            break
    return rest != name and (
        rest in ctx.lex.platform_after_place or rest.startswith(ctx.lex.platform_after_place_prefixes)
    )
