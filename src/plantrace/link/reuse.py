"""Text reuse: passages a lower plan copies from its upper plan word for word or nearly.

Seeds are shared 8-character shingles (banal ones left out), found through an inverted index over
the upper plan's passages, so only passage pairs that share a seed are aligned. Alignment chains
the matching blocks of the two passages (``difflib``) across gaps of a few characters, so a
near copy (一个字改了, a clause dropped) stays one span. A span is reuse when it holds at least
``min_chars`` matched characters that no banal shingle covers (and these are at least half of the
match: a span mostly made of stock phrases is banal as a whole) and at least 80% of its length matches.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from plantrace.link.banality import Banality
from plantrace.link.text import end_of, shingles
from plantrace.models.links import Link, Passage

RULE = "link.reuse.v1"
MIN_CHARS = 15
MAX_GAP = 4          # characters skipped on either side inside one span
MIN_DENSITY = 0.8    # matched characters / span length
MIN_SEEDS = 2
MIN_ORIGINAL_SHARE = 0.5   # a span mostly made of stock phrases is banal as a whole


@dataclass(frozen=True, slots=True)
class Span:
    lower_start: int
    lower_end: int
    upper_start: int
    upper_end: int
    matched: int
    original: int     # matched characters outside banal shingles


def index_passages(passages: Sequence[Passage], banal: Banality) -> dict[int, list[int]]:
    """Shingle hash -> the passages (by position) holding it; banal shingles are not indexed."""
    index: dict[int, list[int]] = defaultdict(list)
    for number, passage in enumerate(passages):
        for h in {h for _, h in shingles(passage.text)}:
            if h not in banal:
                index[h].append(number)
    return index


def candidates(passage: Passage, index: dict[int, list[int]], min_seeds: int = MIN_SEEDS) -> list[int]:
    """Upper passages sharing at least ``min_seeds`` distinct non-banal shingles with ``passage``."""
    hits: Counter[int] = Counter()
    for h in {h for _, h in shingles(passage.text)}:
        hits.update(index.get(h, ()))
    return sorted(n for n, count in hits.items() if count >= min_seeds)


def align(
    lower: str, upper: str, banal: Banality, min_chars: int = MIN_CHARS, matcher: SequenceMatcher[str] | None = None
) -> list[Span]:
    """Spans of ``lower`` copied from ``upper``: matching blocks chained across small gaps. A matcher
    already holding ``upper`` as its second sequence may be passed (it indexes ``upper`` once)."""
    matcher = matcher or SequenceMatcher(None, b=upper, autojunk=False)
    matcher.set_seq1(lower)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    mask = banal.mask(lower)
    spans: list[Span] = []
    chain: list[tuple[int, int, int]] = []
    for block in blocks:
        if chain and _joins(chain[-1], block):
            chain.append((block.a, block.b, block.size))
            continue
        spans.extend(_span(chain, mask, min_chars))
        chain = [(block.a, block.b, block.size)]
    spans.extend(_span(chain, mask, min_chars))
    return spans


def _joins(last: tuple[int, int, int], block: tuple[int, int, int]) -> bool:
    a, b, size = last
    gap_a, gap_b = block[0] - (a + size), block[1] - (b + size)
    return 0 <= gap_a <= MAX_GAP and 0 <= gap_b <= MAX_GAP


def _span(chain: list[tuple[int, int, int]], mask: list[bool], min_chars: int) -> Iterator[Span]:
    if not chain:
        return
    matched = sum(size for _, _, size in chain)
    if matched < min_chars:
        return
    start, end = chain[0][0], chain[-1][0] + chain[-1][2]
    if matched < MIN_DENSITY * (end - start):
        return
    original = sum(1 for a, _, size in chain for i in range(a, a + size) if not mask[i])
    if original >= min_chars and original >= MIN_ORIGINAL_SHARE * matched:
        yield Span(start, end, chain[0][1], chain[-1][1] + chain[-1][2], matched, original)


def reuse_links(
    lower: Sequence[Passage], upper: Sequence[Passage], banal: Banality, min_chars: int = MIN_CHARS
) -> list[Link]:
    """Every reuse span between the passages of a lower and an upper plan."""
    index = index_passages(upper, banal)
    matchers: dict[int, SequenceMatcher[str]] = {}
    links = []
    for passage in lower:
        for number in candidates(passage, index):
            other = upper[number]
            if number not in matchers:
                matchers[number] = SequenceMatcher(None, b=other.text, autojunk=False)
            for span in align(passage.text, other.text, banal, min_chars, matchers[number]):
                links.append(_link(passage, other, span))
    return links


def _link(lower: Passage, upper: Passage, span: Span) -> Link:
    shorter = max(1, min(len(lower.text), len(upper.text)))
    return Link(
        lower=end_of(lower, span.lower_start, span.lower_end),
        upper=end_of(upper, span.upper_start, span.upper_end),
        relation="reuse",
        score=round(min(1.0, span.original / shorter), 3),
        evidence=lower.text[span.lower_start:span.lower_end],
        rule=RULE,
        details={"matched_chars": span.matched, "original_chars": span.original,
                 "upper_text": upper.text[span.upper_start:span.upper_end]},
    )
