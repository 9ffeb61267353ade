"""Entity extraction (issue: projects, concepts, platforms, industries). Entry: :func:`extract_entities`."""

from __future__ import annotations

from plantrace.models import Concept, Document, IndustryMention, Line, Node, Platform, Project

Entities = tuple[tuple[Project, ...], tuple[Concept, ...], tuple[Platform, ...], tuple[IndustryMention, ...]]


def extract_entities(document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...]) -> Entities:
    return (), (), (), ()
