"""Quantity extraction (issue: measures). Entry point: :func:`extract_measures`.

Each line of a node is scanned for quantities (:mod:`scan`); the words around each quantity give
its comparator, kind and metric (:mod:`context`, :mod:`metric`); the sentence, the heading path and
the document give its year and stance (:mod:`timeline`, :mod:`regions`).
"""

from __future__ import annotations

import re

from plantrace.extract.measures.glossary import term_places
from plantrace.extract.measures.joining import line_neighbours
from plantrace.extract.measures.lines import LineJob, last_year, line_measures
from plantrace.extract.measures.regions import LineContext, line_contexts
from plantrace.extract.measures.repeats import named_repeats
from plantrace.extract.measures.rules import RULES, rule
from plantrace.extract.measures.tables import indicator_tables
from plantrace.extract.measures.timeline import Frame, Profile, carried_frame, line_frame, profile, region_stance
from plantrace.extract.measures.undated import YearEvidence
from plantrace.extract.measures.year_rows import year_rows
from plantrace.models import Document, Line, Measure, Node

__all__ = ["RULES", "Profile", "YearEvidence", "document_profile", "extract_measures", "rule"]

_CONTAINERS = ("part", "chapter", "section", "item", "box", "annex")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def extract_measures(
    document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...], prof: Profile | None = None
) -> tuple[Measure, ...]:
    """Every quantity mention of the document's nodes (table of contents excluded), in line order; ``prof`` is the
    document's :func:`document_profile` when the caller has already read it."""
    if prof is None:
        prof = document_profile(document, lines, nodes)
    by_number = {line.number: line for line in lines}
    labels = _chart_labels(nodes)  # read off a chart's picture: no quantities, no headings (parse/charts.py)
    contexts = line_contexts(line for line in lines if line.number not in labels)
    found, seen = indicator_tables(document, nodes, by_number)
    rows, read = year_rows(document, by_number, {n: o for n, o in _owners(nodes).items() if n not in labels})
    heads = {n for node in nodes if node.kind in _CONTAINERS for n in range(node.line_start, node.head_end + 1)}
    found.extend(m for m in rows if m.line not in seen)
    seen |= read
    places = term_places(nodes, by_number)  # a glossary entry is read where its term is first used
    owner = {n: node for node in sorted(nodes, key=lambda n: n.order) if node.kind != "toc"
             for n in range(node.line_start, node.head_end + 1)} if places else {}
    carried: tuple[tuple[str, ...], int | None] = ((), None)
    framed: tuple[tuple[str, ...], Frame | None] = ((), None)
    for node in sorted(nodes, key=lambda n: n.order):
        if node.kind == "toc":
            continue
        for number in range(node.line_start, node.head_end + 1):
            line = by_number.get(number)
            if line is None or line.blank or number in seen or number in labels:
                continue
            seen.add(number)
            headings, region, after_review = _region(node, contexts.get(number), prof)
            if number in places and not _YEAR.search(line.simp):  # (an entry that writes its years is dated by them)
                used = places[number]
                headings, region, after_review = _region(owner[used], contexts.get(used), prof)
            carry = carried[1] if carried[0] == headings else None
            frame = carried_frame(line_frame(line.simp, prof), framed[1] if _within(headings, framed[0]) else None)
            job = LineJob(document.id, node.id, line, prof, headings, region, after_review, carry, frame,
                          *line_neighbours(by_number, number, heads))
            found.extend(line_measures(job))
            carried = (headings, last_year(line, prof) or carry)
            if frame.period is None or frame.opens_time or not _within(headings, framed[0]):
                framed = (headings, frame)  # a frame is carried from the section that opened it
    return tuple(named_repeats(sorted(found, key=lambda m: (m.line, m.start)), by_number))


def document_profile(document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...]) -> Profile:
    """What the document is and which year is 'now' for it (:class:`Profile`); its ``inferred`` holds the words that
    gave an undated text its year (:class:`YearEvidence`), when its own words did."""
    return profile(document, _read_for_dating(lines, nodes))


def _read_for_dating(lines: tuple[Line, ...], nodes: tuple[Node, ...]) -> list[Line]:
    """The lines the document's profile reads: the text's, and of the page furniture the parser took out (the
    lines no node holds: download bars, breadcrumbs, share buttons) only those with a year (a page's date, a
    title in the furniture). Furniture without one says nothing of the text's year, and would push the text's
    opening lines out of the windows the profile reads."""
    held = {n for node in nodes for n in range(node.line_start, node.line_end + 1)}
    return [line for line in lines if line.number in held or _YEAR.search(line.simp)]


def _owners(nodes: tuple[Node, ...]) -> dict[int, str]:
    """The node whose own lines (not a table of contents) hold each line."""
    owners: dict[int, str] = {}
    for node in sorted(nodes, key=lambda n: n.order):
        if node.kind != "toc":
            owners.update((number, node.id) for number in range(node.line_start, node.head_end + 1))
    return owners


def _chart_labels(nodes: tuple[Node, ...]) -> frozenset[int]:
    return frozenset(n for node in nodes if ("role", "chart_labels") in node.attrs
                     for n in range(node.line_start, node.head_end + 1))


def _within(headings: tuple[str, ...], origin: tuple[str, ...]) -> bool:
    """The same section as ``origin``, or a subsection of it (never every section of a flat text)."""
    return headings == origin or (bool(origin) and headings[:len(origin)] == origin)


def _region(node: Node, context: LineContext | None, prof: Profile) -> tuple[tuple[str, ...], str | None, bool]:
    """(headings, region stance, after_review) of a node's line, from its path or else the text."""
    path = tuple(node.path)
    if node.kind in _CONTAINERS and node.title:
        path = (*path, node.title)
    stance = region_stance(path, prof)
    after_review = context.after_review if context else False
    if stance is None and context is not None:
        return context.headings, region_stance(context.headings, prof), after_review
    return path, stance, after_review
