"""Compose the extractors."""

from __future__ import annotations

from plantrace.extract.entities import entities_and_guidance
from plantrace.extract.measures import Profile, extract_measures
from plantrace.models import Document, Facts, Line, Node
from plantrace.ocr_flags import flag_measures


def extract_facts(
    document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...], profile: Profile | None = None
) -> Facts:
    """Run every extractor over the parsed document (``profile``: its :func:`document_profile`, if already read)."""
    (projects, concepts, platforms, industries), guidance = entities_and_guidance(document, lines, nodes)
    return Facts(
        measures=flag_measures(extract_measures(document, lines, nodes, profile), document.warnings),
        projects=projects,
        concepts=concepts,
        platforms=platforms,
        industries=industries,
        guidance=guidance,
    )
