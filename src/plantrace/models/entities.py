"""Named things: projects, concepts, platforms and industry mentions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: document, node, physical lines, offsets in the original line, rule."""

    doc: str
    node: str
    line_start: int
    line_end: int
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Project:
    name: str                 # as written (original script)
    category: str             # canonical (data/project_categories.toml): 轨道交通, 医疗卫生, 其他 …
    status: str | None        # 在建 | 建成 | 规划 | 研究, only when stated
    place: str | None
    evidence: Evidence
    name_simp: str = ""       # the same name in the simplified layer
    box: str = ""             # title of the box or list the project comes from
    group: str = ""           # the raw box title / list heading it sits under (城市轨道交通项目)
    category_rule: str = ""   # the rule that chose the category (from the name, the heading, or default)


@dataclass(frozen=True, slots=True)
class Concept:
    """A numbered formula such as 一核两翼三带, with its parts and definitions where spelled out."""

    name: str
    key: str                                  # normalised form used to match across documents
    parts: tuple[tuple[str, str], ...]        # (part, definition)
    evidence: Evidence
    name_simp: str = ""
    place: str | None = None
    mentions: int = 1                         # how often the document names it


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    category: str
    place: str | None
    evidence: Evidence
    name_simp: str = ""


@dataclass(frozen=True, slots=True)
class IndustryMention:
    industry: str        # canonical name from the taxonomy
    surface: str         # as written
    place: str | None
    evidence: Evidence
    sentence: str = ""   # the evidence sentence, as written


@dataclass(frozen=True, slots=True)
class DistrictGuidance:
    """One row of a city plan's per-district guidance box: what the city asks of one district."""

    district: str
    positioning: str
    focus: str
    platforms: str
    evidence: Evidence
