"""Industries: taxonomy mentions (data/industries.toml) in sentences about industries, with their place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from plantrace.extract.entities.context import Context
from plantrace.extract.entities.lexicon import Lexicon
from plantrace.models import IndustryMention

RULE_TAXONOMY = "entity.industry.taxonomy.v2"
RULE_GUIDANCE = "entity.industry.guidance.v2"

_SENTENCE = re.compile(r"[^。;;!?!?]+[。;;!?!?]?")
_CUES = ("产业", "行业", "集群", "主导", "业态", "经济", "制造业", "服务业", "产业链")
_CUE = re.compile("|".join(_CUES))  # any cue: one scan of a sentence
_CLAUSE_END = re.compile(r"[,,;;。::!!??]")
_INDUSTRY_WORDS = ("产业", "產業", "业态", "業態")   # 等新技术新业态 / 等技术研发和产业化: industries after all


@cache
def _pattern(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(synonym) for synonym, _ in lex.industries))


@cache
def _canonical(lex: Lexicon) -> dict[str, str]:
    """Each synonym's industry."""
    return dict(lex.industries)


def extract_industries(ctx: Context) -> list[IndustryMention]:
    """One mention per industry and sentence; the first surface in a sentence stands for it."""
    return [mention for number, text in ctx.body_text() for mention in _line_mentions(ctx, number, text)]


def _line_mentions(ctx: Context, number: int, text: str) -> Iterator[IndustryMention]:
    if not _CUE.search(text):  # no sentence of the line has a cue (a cue holds no sentence end)
        return
    canonical = _canonical(ctx.lex)
    district = ctx.district_of.get(number)
    rule = RULE_GUIDANCE if district else RULE_TAXONOMY
    for sentence in _SENTENCE.finditer(text):
        body = sentence.group()
        if not _CUE.search(body):
            continue
        place = district or ctx.place or ctx.place_in(body)
        seen: set[str] = set()
        for match in _pattern(ctx.lex).finditer(body):
            if canonical[match.group()] in seen or not _an_industry(ctx, body, match.start(), match.end()):
                continue
            seen.add(canonical[match.group()])
            start, end = sentence.start() + match.start(), sentence.start() + match.end()
            yield IndustryMention(
                industry=canonical[match.group()],
                surface=ctx.original(number, start, end),
                place=place,
                evidence=ctx.evidence(number, start, end, rule),
                sentence=ctx.original(number, sentence.start(), sentence.end()),
            )


def _an_industry(ctx: Context, sentence: str, start: int, end: int) -> bool:
    """Not inside another word (汽车站), not a task, technology or institution (节能环保工作), not in a
    list of technologies (5G、大数据、人工智能等新技术应用)."""
    for word in ctx.lex.industry_not_words:
        pos = sentence.find(word, max(0, start - len(word)))
        if 0 <= pos < end and pos + len(word) > start:
            return False
    if sentence.startswith(ctx.lex.industry_followers, _past_joined(ctx, sentence, end)):
        return False
    clause_end = _CLAUSE_END.search(sentence, end)
    clause = sentence[end:clause_end.start() if clause_end else len(sentence)]
    technology = any(tail in clause for tail in ctx.lex.industry_technology_tails)
    return not technology or any(word in clause for word in _INDUSTRY_WORDS)


def _past_joined(ctx: Context, sentence: str, end: int) -> int:
    """会展与数字经济知识产权保护中心: the end of the synonyms joined by 与/和 that follow ``end``."""
    while end < len(sentence) and sentence[end] in "与和":
        joined = _pattern(ctx.lex).match(sentence, end + 1)
        if not joined:
            break
        end = joined.end()
    return end
