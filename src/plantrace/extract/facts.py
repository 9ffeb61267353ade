"""Compose the extractors."""

from __future__ import annotations

from plantrace.extract.entities import entities_and_guidance
from plantrace.extract.measures import extract_measures
from plantrace.models import Document, Facts, Line, Node
from plantrace.ocr_flags import flag_measures


def extract_facts(document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...]) -> Facts:
    """Run every extractor over the parsed document."""
    (projects, concepts, platforms, industries), guidance = entities_and_guidance(document, lines, nodes)
    return Facts(
        measures=flag_measures(extract_measures(document, lines, nodes), document.warnings),
        projects=projects,
        concepts=concepts,
        platforms=platforms,
        industries=industries,
        guidance=guidance,
    )
