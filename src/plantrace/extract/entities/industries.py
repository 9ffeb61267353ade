"""Industries: taxonomy mentions (data/industries.toml) in sentences about industries, with their place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from plantrace.extract.entities.context import Context
from plantrace.extract.entities.lexicon import Lexicon
from plantrace.models import IndustryMention

RULE_TAXONOMY = "entity.industry.taxonomy.v1"
RULE_GUIDANCE = "entity.industry.guidance.v1"

_SENTENCE = re.compile(r"[^。;;!?!?]+[。;;!?!?]?")
_CUES = ("产业", "行业", "集群", "主导", "业态", "经济", "制造业", "服务业", "产业链")


@cache
def _pattern(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(synonym) for synonym, _ in lex.industries))


def extract_industries(ctx: Context) -> list[IndustryMention]:
    """One mention per industry and sentence; the first surface in a sentence stands for it."""
    return [mention for number, text in ctx.body_text() for mention in _line_mentions(ctx, number, text)]


def _line_mentions(ctx: Context, number: int, text: str) -> Iterator[IndustryMention]:
    canonical = dict(ctx.lex.industries)
    district = ctx.district_of.get(number)
    rule = RULE_GUIDANCE if district else RULE_TAXONOMY
    for sentence in _SENTENCE.finditer(text):
        body = sentence.group()
        if not any(cue in body for cue in _CUES):
            continue
        place = district or ctx.place or ctx.place_in(body)
        seen: set[str] = set()
        for match in _pattern(ctx.lex).finditer(body):
            if canonical[match.group()] in seen:
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
