"""Positioning: an upper plan's guidance for one district against the district's own statement.

Each guidance field (功能定位, 发展重点, 重点平台) is split into its items (数字经济示范区, 产城融合引领区 …).
A lower passage states the field when it carries most items, word for word (kept) or with one term
changed (swapped: 湾顶“绿谷” -> 创新“绿谷”, found when most of the item survives around the change).
Items the city names and the passage does not are dropped; items of the same shape in the passage
that the city does not name are added.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from plantrace.link.text import items, whole
from plantrace.link.words import lists
from plantrace.models.links import End, Guidance, Link, Passage, PlanDoc

RULE = "link.positioning.v1"
MIN_SHARE = 0.5       # share of the field's items a passage must carry (a swap counts half)
MIN_KEPT = 3          # … or, for a long list, at least this many items word for word
MIN_LIST_SHARE = 0.2  # … and this share
PER_FIELD = 3
SWAP_RATIO = 0.6     # share of an item that must survive a swap


@dataclass
class Reading:
    kept: list[str] = field(default_factory=list)
    swapped: list[tuple[str, str]] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)

    def share(self, total: int) -> float:
        return (len(self.kept) + 0.5 * len(self.swapped)) / max(1, total)

    def states(self, total: int, min_share: float) -> bool:
        share = self.share(total)
        return share >= min_share or (len(self.kept) >= MIN_KEPT and share >= MIN_LIST_SHARE)


def guidance_for(lower: PlanDoc, upper: PlanDoc) -> list[Guidance]:
    """The upper plan's guidance rows about the lower plan's place."""
    names = set(lower.place_names) | {lower.place_name}
    return [g for g in upper.guidance if g.district in names or _short(g.district) in names]


def _short(name: str) -> str:
    return re.sub(r"(区|县|市)$", "", name)


def city_items(text: str) -> list[str]:
    verbs = lists()["lead_verbs"]
    out = []
    for item in items(text):
        for verb in verbs:
            if item.startswith(verb) and len(item) - len(verb) >= 3:
                item = item[len(verb):]
                break
        out.append(item)
    return out


def read(wanted: Sequence[str], text: str) -> Reading:
    reading = Reading()
    nears = []
    for item in wanted:
        if item in text:
            reading.kept.append(item)
        elif (near := _near(item, text)) is not None:
            nears.append((item, near))
        else:
            reading.dropped.append(item)
    claimed: set[str] = set()
    for item, near in sorted(nears, key=lambda n: -len(set(n[0]) & set(n[1]))):
        if near in claimed:          # one stretch of the district text answers one city item
            reading.dropped.append(item)
        else:
            claimed.add(near)
            reading.swapped.append((item, near))
    reading.dropped.sort(key=list(wanted).index)
    if reading.kept or reading.swapped:
        reading.added = _added(wanted, reading, text)
    return reading


def _near(item: str, text: str) -> str | None:
    """The stretch of ``text`` that is ``item`` with one term (two characters or more) changed."""
    if len(item) < 4:
        return None
    blocks = [b for b in SequenceMatcher(None, item, text, autojunk=False).get_matching_blocks() if b.size >= 2]
    if not blocks:
        return None
    best = max(blocks, key=lambda b: b.size)
    start = max(0, best.b - best.a - 3)
    window = text[start:best.b + (len(item) - best.a) + 3]
    stretch = [b for b in SequenceMatcher(None, item, window, autojunk=False).get_matching_blocks() if b.size]
    kept = {i for b in stretch for i in range(b.a, b.a + b.size)}
    changed = [i for i in range(len(item)) if i not in kept]
    one_term = bool(changed) and changed[-1] - changed[0] + 1 == len(changed) and len(changed) >= 2
    if not one_term or len(kept) < SWAP_RATIO * len(item):
        return None
    head, tail = stretch[0].a, len(item) - (stretch[-1].a + stretch[-1].size)
    return window[max(0, stretch[0].b - head): stretch[-1].b + stretch[-1].size + tail]


def _added(wanted: Sequence[str], reading: Reading, text: str) -> list[str]:
    tails = {w[-1] for w in wanted}
    seen = set(reading.kept) | {near for _, near in reading.swapped}
    out = []
    for item in city_items(text):
        new = item[-1] in tails and item not in wanted and not any(s in item or item in s for s in seen)
        if new and not any(SequenceMatcher(None, item, w).ratio() >= SWAP_RATIO for w in wanted):
            out.append(item)
    return out[:8]


def positioning_links(lower: PlanDoc, upper: PlanDoc, min_share: float = MIN_SHARE) -> list[Link]:
    by_line = {p.line: p for p in upper.passages}
    links = []
    for row in guidance_for(lower, upper):
        wanted = city_items(row.text)
        if not wanted:
            continue
        found = []
        for passage in lower.passages:
            if passage.line in lower.retro_lines or not any(item in passage.text for item in wanted):
                continue                  # a statement of the field keeps at least one item word for word
            reading = read(wanted, passage.text)
            if reading.states(len(wanted), min_share):
                found.append((reading.share(len(wanted)), passage.line, passage, reading))
        found.sort(key=lambda f: (-f[0], f[1]))
        for share, _, passage, reading in found[:PER_FIELD]:
            links.append(_link(passage, _upper_end(upper.id, row, by_line), reading, share, row))
    return links


def _upper_end(doc: str, row: Guidance, by_line: dict[int, Passage]) -> End:
    passage = by_line.get(row.line_start)
    if passage is not None and row.line_start == row.line_end:
        return whole(passage)
    return End(doc, row.node, row.line_start, row.line_end, 0, 0)


def _link(lower: Passage, end: End, reading: Reading, share: float, row: Guidance) -> Link:
    details = {
        "field": row.field, "district": row.district, "kept": reading.kept,
        "swapped": [{"upper": a, "lower": b} for a, b in reading.swapped],
        "dropped": reading.dropped, "added": reading.added,
    }
    return Link(lower=whole(lower), upper=end, relation="positioning", score=round(min(1.0, share), 3),
                evidence=_evidence(row, reading), rule=RULE, details=details)


def _evidence(row: Guidance, reading: Reading) -> str:
    parts = [f"{row.field}: 保留 {'、'.join(reading.kept) or '—'}"]
    if reading.swapped:
        parts.append("替换 " + "、".join(f"{a}→{b}" for a, b in reading.swapped))
    if reading.dropped:
        parts.append("未提 " + "、".join(reading.dropped))
    if reading.added:
        parts.append("新增 " + "、".join(reading.added))
    return ";".join(parts)
