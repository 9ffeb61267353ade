"""What every entity rule needs: the body lines, the node of each line, places and evidence."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from plantrace.extract.entities.lexicon import Lexicon, lexicon
from plantrace.gazetteer import gazetteer
from plantrace.models import Document, Evidence, Line, Node

_TITLE_PLACE = re.compile(
    r"([\u4e00-\u9fff]{1,6}?[省市区县])(?:国民经济|人民政府|政府工作报告|第[一二三四五六七八九十]+个五年)"
)
_LAST_UNIT = re.compile(r"([^省市区县]{1,4}[省市区县])$")
_CONTAINER_KINDS = frozenset({"part", "chapter", "section", "box", "annex"})


@dataclass(frozen=True, slots=True)
class Context:
    """One document seen by the entity rules. Body lines exclude TOC, chrome and spam lines."""

    document: Document
    lines: dict[int, Line]
    body: tuple[int, ...]
    node_of: dict[int, str]
    nodes: tuple[Node, ...]
    place: str | None
    lex: Lexicon
    node_by_id: dict[str, Node]
    district_of: dict[int, str] = field(default_factory=dict)   # line -> district of a guidance row
    places: tuple[tuple[str, str], ...] = ()   # (name as written, full name), longest first: see places_near

    def evidence(self, number: int, start: int, end: int, rule: str, last: int | None = None) -> Evidence:
        """Evidence for ``text[start:end]`` of line ``number`` (or from line ``number`` to ``end`` of ``last``)."""
        node = self.node_of.get(number, "")
        if last is None or last == number:
            raw_start, raw_end = self.lines[number].raw_span(start, end)
            return Evidence(self.document.id, node, number, number, raw_start, raw_end, rule)
        raw_start = self.lines[number].raw_span(start, start + 1)[0]
        raw_end = self.lines[last].raw_span(max(end - 1, 0), end)[1]
        return Evidence(self.document.id, node, number, last, raw_start, raw_end, rule)

    def original(self, number: int, start: int, end: int) -> str:
        """The original-script text (normalised layer) of a span of one line."""
        return self.lines[number].text[start:end]

    def simp(self, number: int) -> str:
        return self.lines[number].simp

    def is_spam(self, text: str) -> bool:
        return spam_pattern(self.lex).search(text) is not None

    def place_in(self, text: str) -> str | None:
        """The first known place named inside ``text`` (simplified), as its full name."""
        best: tuple[int, str] | None = None
        for short, full in self.places:
            pos = text.find(short)
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, full)
        return best[1] if best else None

    def place_of(self, text: str) -> str | None:
        return self.place_in(text) or self.place

    def body_text(self) -> Iterator[tuple[int, str]]:
        for number in self.body:
            yield number, self.lines[number].simp


def build_context(document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...]) -> Context:
    lex = lexicon()
    by_number = {line.number: line for line in lines}
    node_of = _node_of_lines(nodes)
    covered = _covered_lines(nodes, by_number)
    body = tuple(
        n for n in sorted(covered) if not by_number[n].blank and not spam_pattern(lex).search(by_number[n].simp)
    )
    place = document_place(document, lines)
    return Context(document, by_number, body, node_of, nodes, place, lex, {n.id: n for n in nodes},
                   places=places_near(document.jurisdiction))


@functools.cache
def spam_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Any spam word (one scan of a line instead of one ``in`` test per word)."""
    return re.compile("|".join(re.escape(word) for word in lex.spam) or "(?!)")  # no words: nothing is spam


@functools.cache
def short_names(places: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The names as written of :func:`places_near` pairs, in their order."""
    return tuple(short for short, _ in places)


def _covered_lines(nodes: tuple[Node, ...], by_number: dict[int, Line]) -> set[int]:
    """Lines that belong to a non-TOC node; every line when there are no nodes."""
    if not nodes:
        return set(by_number)
    covered: set[int] = set()
    toc: set[int] = set()
    for node in nodes:
        target = toc if node.kind == "toc" else covered
        target.update(range(node.line_start, node.line_end + 1))
    return {n for n in covered - toc if n in by_number}


def _node_of_lines(nodes: tuple[Node, ...]) -> dict[int, str]:
    """Each line's most specific node: the one whose own lines hold it, else the narrowest span."""
    owner: dict[int, tuple[int, int, str]] = {}
    for node in nodes:
        own = node.kind not in _CONTAINER_KINDS or node.head_end >= node.line_end
        for number in range(node.line_start, node.line_end + 1):
            rank = (0 if own and number <= node.head_end else 1, node.line_end - node.line_start, node.id)
            if number not in owner or rank < owner[number]:
                owner[number] = rank
    return {number: rank[2] for number, rank in owner.items()}


@functools.lru_cache(maxsize=256)
def places_near(jurisdiction: str) -> tuple[tuple[str, str], ...]:
    """The places a document's names may hold, from the national gazetteer: the units one level
    below the city (or province, or country) the document belongs to, and those inside its own unit;
    each by its full name and short names (海珠 -> 海珠区), longest first. A name holding one is
    placed there (广州市…从化妇女儿童医院 in a city plan: 从化区); units above the document's own are
    left out (广州一中 in a district plan stays in the district)."""
    places = gazetteer()
    own = places.resolve(jurisdiction) if jurisdiction else None
    if own is None:
        return ()
    chain = places.chain(own)
    home = chain[min(len(chain) - 1, 2)]  # the city (or province, or country) the document belongs to
    near = {*places.children(home), *places.children(own)}
    pairs = {(name, d.name) for d in near for name in d.names}
    return tuple(sorted(pairs, key=lambda kv: (-len(kv[0]), kv[0])))


def document_place(document: Document, lines: tuple[Line, ...]) -> str | None:
    """The document's own place: its jurisdiction, else the place in its title lines (district level)."""
    if document.jurisdiction:
        return last_unit(document.jurisdiction)
    for line in lines[:15]:
        match = _TITLE_PLACE.search(line.simp)
        if match:
            return last_unit(match.group(1))
    return None


def last_unit(place: str) -> str:
    """广州市海珠区 -> 海珠区; 广东省广州市 -> 广州市."""
    match = _LAST_UNIT.search(place)
    return match.group(1) if match else place
