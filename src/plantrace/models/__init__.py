"""Frozen dataclasses passed between the stages. Stages import these, never each other."""

from __future__ import annotations

from dataclasses import dataclass

from plantrace.models.document import (
    CELL_SEPARATOR,
    DOC_TYPES,
    NODE_KINDS,
    CleanText,
    DocType,
    Document,
    DocWarning,
    Given,
    Level,
    Line,
    Node,
    NodeKind,
    ParsedDocument,
    Removed,
    Script,
    SourceText,
)
from plantrace.models.entities import Concept, DistrictGuidance, Evidence, IndustryMention, Platform, Project
from plantrace.models.measures import Comparator, Measure, MeasureKind, Scope, Stance
from plantrace.models.search import IndexRow


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything extracted from one document."""

    measures: tuple[Measure, ...] = ()
    projects: tuple[Project, ...] = ()
    concepts: tuple[Concept, ...] = ()
    platforms: tuple[Platform, ...] = ()
    industries: tuple[IndustryMention, ...] = ()
    guidance: tuple[DistrictGuidance, ...] = ()


@dataclass(frozen=True, slots=True)
class Bundle:
    """One document ready for the store: parse, facts and search-index rows, saved in one transaction."""

    parsed: ParsedDocument
    facts: Facts
    index: tuple[IndexRow, ...] = ()


__all__ = [
    "CELL_SEPARATOR",
    "DOC_TYPES",
    "NODE_KINDS",
    "Bundle",
    "CleanText",
    "Comparator",
    "Concept",
    "DistrictGuidance",
    "DocType",
    "DocWarning",
    "Document",
    "Evidence",
    "Facts",
    "Given",
    "IndexRow",
    "IndustryMention",
    "Level",
    "Line",
    "Measure",
    "MeasureKind",
    "Node",
    "NodeKind",
    "ParsedDocument",
    "Platform",
    "Project",
    "Removed",
    "Scope",
    "Script",
    "SourceText",
    "Stance",
]
