"""Entity extraction: projects, named concepts, platforms, industries (and district guidance rows).

Entry: :func:`extract_entities`. Every rule reads the simplified layer (``Line.simp``) and reports
names in the original script, with evidence (document, node, lines, offsets in the raw line, rule).
Uses the parser's ``box``/``item`` nodes when present and falls back to ``专栏N`` title lines.
"""

from __future__ import annotations

from dataclasses import replace

from plantrace.extract.entities.boxes import find_boxes
from plantrace.extract.entities.concepts import extract_concepts
from plantrace.extract.entities.context import Context, build_context
from plantrace.extract.entities.guidance import district_lines, extract_guidance
from plantrace.extract.entities.industries import extract_industries
from plantrace.extract.entities.platforms import extract_platforms
from plantrace.extract.entities.projects import extract_projects
from plantrace.models import Concept, Document, IndustryMention, Line, Node, Platform, Project
from plantrace.models.entities import DistrictGuidance

Entities = tuple[tuple[Project, ...], tuple[Concept, ...], tuple[Platform, ...], tuple[IndustryMention, ...]]

__all__ = ["Entities", "entities_and_guidance", "extract_entities", "extract_guidance_rows"]


def _context(document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...]) -> tuple[
    Context, list[DistrictGuidance]
]:
    ctx = build_context(document, lines, nodes)
    rows = extract_guidance(ctx, find_boxes(ctx))
    return replace(ctx, district_of=district_lines(rows)), rows


def extract_entities(document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...]) -> Entities:
    """Projects, concepts, platforms and industry mentions of one parsed document."""
    return _entities(_context(document, lines, nodes)[0])


def entities_and_guidance(
    document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...]
) -> tuple[Entities, tuple[DistrictGuidance, ...]]:
    """:func:`extract_entities` and :func:`extract_guidance_rows` of one document, its context built once."""
    ctx, rows = _context(document, lines, nodes)
    return _entities(ctx), tuple(rows)


def _entities(ctx: Context) -> Entities:
    return (
        tuple(extract_projects(ctx, find_boxes(ctx))),
        tuple(extract_concepts(ctx)),
        tuple(extract_platforms(ctx)),
        tuple(extract_industries(ctx)),
    )


def extract_guidance_rows(
    document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...]
) -> tuple[DistrictGuidance, ...]:
    """The rows of a city plan's per-district guidance box (empty for other documents)."""
    return tuple(_context(document, lines, nodes)[1])
