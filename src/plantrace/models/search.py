"""Search index rows and hits (the search contract of DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

HitKind = Literal["passage", "measure"]


@dataclass(frozen=True, slots=True)
class IndexRow:
    """What the search stage asks the store to index for one node.

    ``body`` and ``heading`` (title, place, heading path) are FTS token strings (see
    ``plantrace.search.tokens``); ``simp`` is the node's simplified own text (lines joined by
    ``\\n``) used to rerank and highlight; ``maps`` tells, per own line, how offsets of the
    simplified line map back to the raw line (``Line.index`` as run-length ``offset:delta``
    pairs), so snippets quote the original text.
    """

    node_id: str
    doc_id: str
    body: str
    heading: str
    kind: str = "paragraph"
    line_start: int = 0
    line_end: int = 0
    simp: str = ""
    maps: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result with its citation. ``as_dict`` is the JSON contract."""

    doc: str
    source: str
    title: str
    node: str | None
    path: tuple[str, ...]
    line_start: int
    line_end: int
    score: float
    snippet: str
    kind: HitKind = "passage"
    node_kind: str = "paragraph"
    measure: dict[str, object] | None = field(default=None, compare=False)
    page: int | None = None  # the printed page of line_start (PDF), else None

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "doc": self.doc, "source": self.source, "title": self.title, "node": self.node,
            "path": list(self.path), "line_start": self.line_start, "line_end": self.line_end,
            "score": round(self.score, 4), "snippet": self.snippet, "kind": self.kind, "page": self.page,
        }
        if self.measure is not None:
            out["measure"] = self.measure
        return out


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Restrictions on a search. ``doc`` is an id, id prefix, source path or file name.

    ``jurisdictions`` are the stored jurisdiction values a place filter resolved to (either script);
    ``None`` means no place filter, an empty tuple means a place no document has. ``docs`` are document
    ids to keep (a place the documents name, see ``search.place``); ``None`` keeps every document.
    """

    doc: str | None = None
    jurisdictions: tuple[str, ...] | None = None
    docs: tuple[str, ...] | None = None
    level: str | None = None
    doc_type: str | None = None
    year: int | None = None
    kind: str | None = None
