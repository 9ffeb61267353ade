"""Named concepts: numbered formulas (一核两翼三带, 四个出新出彩, "1+1+9") with their parts and definitions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from plantrace.extract.entities.conceptkey import concept_key
from plantrace.extract.entities.context import Context
from plantrace.extract.entities.lexicon import lexicon
from plantrace.models import Concept

RULE_QUOTED = "entity.concept.quoted.v1"
RULE_CODE = "entity.concept.code.v1"
RULE_ANNIVERSARY = "entity.concept.anniversary.v1"

_CODE = re.compile(r"(?<![\d.+])\d{1,2}(?:\+(?:\d{1,2}|[A-Z]))+(?![\d.%])")
_ANNIVERSARY = re.compile(r"(建党|建国|建军|新中国成立|改革开放|建市)([一二三四五六七八九十百零]+|\d+)周年")
_DEFINITION = re.compile(r"^[”\"]?\s*(?:[::]|是指|指|即)\s*")
_STOP = "。;;"
_TRIM = ",,"


@dataclass
class _Found:
    concept: Concept
    mentions: int = 1
    parts: dict[str, str] = field(default_factory=dict)


@cache
def _formula(numerals: str) -> re.Pattern[str]:
    """Numbered formulas: segments 'numerals + 1–4 other characters' (一核两翼三带, 四环十九射, 三馆合一),
    'numeral + 个/大 + 2–6 characters' (四个出新出彩, 三大战略枢纽), or such pieces joined by 、/, (一轴、六域)."""
    other = rf"[^\W\d{numerals}个、,,]"
    unit = rf"(?:[{numerals}]+{other}{{1,4}}){{1,5}}[{numerals}]?"
    counted = rf"[{numerals}]+[个大]{other}{{2,6}}"
    piece = rf"(?:{unit}|{counted})"
    return re.compile(rf"^{piece}(?:[、,,]{piece}){{0,4}}$")


def extract_concepts(ctx: Context) -> list[Concept]:
    found: dict[str, _Found] = {}
    for number, text in ctx.body_text():
        for concept in _mentions(ctx, number, text):
            entry = found.get(concept.key)
            if entry is None:
                found[concept.key] = entry = _Found(concept)
            else:
                entry.mentions += 1
            for part, definition in _definitions(ctx, number, concept):
                if definition and not entry.parts.get(part):
                    entry.parts[part] = definition
    parts = {part for entry in found.values() for part in segments(entry.concept.name_simp)}
    return [_finish(entry) for entry in found.values() if entry.concept.name_simp not in parts]


def _finish(entry: _Found) -> Concept:
    parts = tuple((part, entry.parts.get(part, "")) for part in segments(entry.concept.name_simp))
    return replace(entry.concept, parts=parts, mentions=entry.mentions)


def _mentions(ctx: Context, number: int, text: str) -> Iterator[Concept]:
    for match in re.finditer(r"[“\"]([^“”\"]{2,16})[”\"]", text):
        name = match.group(1)
        if name not in ctx.lex.concept_exclude and _formula(ctx.lex.numerals).match(name):
            yield _concept(ctx, number, match.start(1), match.end(1), RULE_QUOTED)
    for match in _CODE.finditer(text) if "+" in text else ():  # speed only: the patterns need + and 周年
        yield _concept(ctx, number, match.start(), match.end(), RULE_CODE)
    for match in _ANNIVERSARY.finditer(text) if "周年" in text else ():
        yield _concept(ctx, number, match.start(), match.end(), RULE_ANNIVERSARY)


def _concept(ctx: Context, number: int, start: int, end: int, rule: str) -> Concept:
    name_simp = ctx.simp(number)[start:end]
    return Concept(
        name=ctx.original(number, start, end),
        key=concept_key(name_simp),
        parts=(),
        evidence=ctx.evidence(number, start, end, rule),
        name_simp=name_simp,
        place=ctx.district_of.get(number, ctx.place),
    )


@lru_cache(maxsize=4096)  # speed only: each mention of a concept asks for its parts
def segments(name: str) -> tuple[str, ...]:
    """一核两翼三带 -> (一核, 两翼, 三带); 一轴、六域 -> (一轴, 六域); 四个出新出彩 -> (); 1+1+9 -> ()."""
    numerals = lexicon().numerals
    pieces = [p for p in re.split(r"[、,,]", name) if p]
    if len(pieces) > 1:
        return tuple(pieces)
    if "个" in name or not name or name[0] not in numerals:
        return ()
    parts = re.findall(rf"[{numerals}]+[^{numerals}]+", name)
    return tuple(parts) if len(parts) > 1 else ()


def _definitions(ctx: Context, number: int, concept: Concept) -> Iterator[tuple[str, str]]:
    """“一核”:从化中心城区;“两翼”:… — each part of the concept spelled out after it on the same line."""
    parts = segments(concept.name_simp)
    if not parts:
        return
    text = ctx.simp(number)
    for part in parts:
        for end in _defined_ends(text, part):
            tail = text[end:]
            lead = _DEFINITION.match(tail)
            if lead:
                yield part, _cut(tail[lead.end():], parts)
                break


# what a part of a concept stands after where it is defined (or the line's start), and what follows it there
_BEFORE_DEFINED = re.compile(r"[“\",,;;。::\s]")
_DEFINED_BY = re.compile(r"[”\"]?\s*(?:[::]|是指|指|即)")


def _defined_ends(text: str, part: str) -> Iterator[int]:
    """Where each ``part`` the text goes on to define ends (after a quote, a stop, a space or at the line's start;
    before ``:``, 是指, 指 or 即), left to right and not overlapping, as a pattern of the part's text with
    these look-arounds would find them, without compiling one for each part."""
    start = text.find(part)
    while start != -1:
        end = start + len(part)
        if (start == 0 or _BEFORE_DEFINED.match(text, start - 1)) and _DEFINED_BY.match(text, end):
            yield end
            start = text.find(part, end)
        else:
            start = text.find(part, start + 1)


def _cut(text: str, parts: tuple[str, ...]) -> str:
    """A definition runs to the next part's label, or to the end of the sentence."""
    end = next((i for i, char in enumerate(text) if char in _STOP), len(text))
    for part in parts:
        match = re.search(rf"[,,]?\s*[“\"]?{re.escape(part)}[”\"]?\s*(?:[::]|是指|指|即)", text[:end])
        if match:
            end = match.start()
    definition = text[:end].strip().rstrip(_TRIM)
    if definition.startswith(("“", '"')) and definition.endswith(("”", '"')) and definition.count("“") <= 1:
        definition = definition[1:-1]
    return definition
