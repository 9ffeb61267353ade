"""Named things: projects, concepts, platforms and industry mentions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Evidence:
    doc: str
    node: str
    line_start: int
    line_end: int
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Project:
    name: str
    category: str
    status: str | None
    place: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Concept:
    """A numbered formula such as 一核两翼三带, with its parts and definitions where spelled out."""

    name: str
    key: str                                  # normalised form used to match across documents
    parts: tuple[tuple[str, str], ...]        # (part, definition)
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    category: str
    place: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class IndustryMention:
    industry: str        # canonical name from the taxonomy
    surface: str         # as written
    place: str | None
    evidence: Evidence
