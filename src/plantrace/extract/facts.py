"""Compose the extractors."""

from __future__ import annotations

from plantrace.extract.entities import extract_entities, extract_guidance_rows
from plantrace.extract.measures import extract_measures
from plantrace.models import Document, Facts, Line, Node
from plantrace.ocr_flags import flag_measures


def extract_facts(document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...]) -> Facts:
    """Run every extractor over the parsed document."""
    projects, concepts, platforms, industries = extract_entities(document, lines, nodes)
    return Facts(
        measures=flag_measures(extract_measures(document, lines, nodes), document.warnings),
        projects=projects,
        concepts=concepts,
        platforms=platforms,
        industries=industries,
        guidance=extract_guidance_rows(document, lines, nodes),
    )
