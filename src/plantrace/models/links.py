"""Links between plans of different levels: the plain data the link stage takes and returns.

A district plan is the *lower* side, the city plan it answers the *upper* side. The link stage reads
:class:`PlanDoc` values (passages, named things, quantities, guidance rows) and returns
:class:`Link` values; it never touches the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Relation = Literal["reuse", "commitment", "positioning", "target"]
RELATIONS: tuple[Relation, ...] = ("reuse", "commitment", "positioning", "target")
Comparison = Literal["stricter", "equal", "looser"]


@dataclass(frozen=True, slots=True)
class Passage:
    """One physical line of body text. ``text`` is normalised and simplified; ``index[i]`` is the
    offset in the original line of ``text[i]``."""

    doc: str
    node: str
    line: int
    text: str
    index: tuple[int, ...]
    path: tuple[str, ...] = ()
    words: tuple[str, ...] = ()      # content words (jieba), computed once when the passage is built


@dataclass(frozen=True, slots=True)
class Named:
    """A named thing a document mentions (project, platform, concept), in the simplified layer."""

    name: str
    kind: str            # project | platform | concept
    line: int


@dataclass(frozen=True, slots=True)
class Target:
    """A quantity stated as a target, as the measures stage reported it."""

    line: int
    start: int
    end: int
    surface: str
    metric: str          # canonical metric when known, else the metric as written (simplified)
    value: float | None
    unit: str
    comparator: str
    year: int | None
    kind: str
    direction: str | None
    row: dict[str, Any] = field(default_factory=dict, compare=False)   # the measure row, for output


@dataclass(frozen=True, slots=True)
class Guidance:
    """A row of an upper plan's per-district guidance: one field (功能定位, 发展重点, 重点平台)."""

    district: str
    field: str           # positioning | focus | platforms
    text: str
    line_start: int
    line_end: int
    node: str = ""


@dataclass(frozen=True, slots=True)
class PlanDoc:
    """Everything the link stage needs to know about one document."""

    id: str
    source: str
    place: str                       # the division code of its jurisdiction ('' when unknown)
    place_name: str
    level: str
    doc_type: str
    period: tuple[int, int] | None
    passages: tuple[Passage, ...] = ()
    named: tuple[Named, ...] = ()
    targets: tuple[Target, ...] = ()
    guidance: tuple[Guidance, ...] = ()
    place_names: tuple[str, ...] = ()          # full and short names of its place (海珠区, 海珠)
    retro_lines: frozenset[int] = frozenset()  # lines that review the last period (results, not promises)


@dataclass(frozen=True, slots=True)
class End:
    """One side of a link: document, node, physical lines, offsets in the original line."""

    doc: str
    node: str
    line_start: int
    line_end: int
    start: int
    end: int
    path: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Link:
    lower: End
    upper: End
    relation: Relation
    score: float
    evidence: str
    rule: str
    details: dict[str, Any] = field(default_factory=dict, compare=False)
