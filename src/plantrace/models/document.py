"""Documents, lines and structure nodes: what ingest and parse hand to every later stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Script = Literal["hans", "hant", "mixed", "unknown"]
Level = Literal["national", "province", "city", "district", "county", "unknown"]
DocType = Literal["fyp_outline", "special_plan", "work_report", "statistical_bulletin", "other"]
NodeKind = Literal["toc", "part", "chapter", "section", "item", "box", "note", "annex", "paragraph", "table"]

NODE_KINDS: tuple[NodeKind, ...] = (
    "toc", "part", "chapter", "section", "item", "box", "note", "annex", "paragraph", "table",
)
# A table row is one line, its cells separated by this (readers write it; the parser reads it back).
CELL_SEPARATOR = " | "
DOC_TYPES: tuple[DocType, ...] = (
    "fyp_outline", "special_plan", "work_report", "statistical_bulletin", "other",
)


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line of the original file, with its normalised and simplified layers.

    ``text`` is the normalised line (whitespace folded, zero glyphs unified, full-width ASCII
    variants made half-width); ``simp`` is ``text`` in simplified characters and always has the
    same length as ``text``; ``index[i]`` is the offset in ``raw`` of ``text[i]``.
    """

    number: int
    raw: str
    text: str
    simp: str
    index: tuple[int, ...]
    page: int | None = None  # the printed page (1-based) of a paginated source (PDF), else None
    page_line: int | None = None  # the line's first printed line on that page, counted from the page's top
    ocr_confidence: float | None = None  # a scan's line: OCR's confidence (0-100) in its text, else None

    @property
    def blank(self) -> bool:
        return not self.text

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text``/``simp`` back to offsets in ``raw``."""
        if not self.index:
            return (0, 0)
        if start >= len(self.index):
            last = self.index[-1] + 1
            return (last, last)
        raw_start = self.index[start]
        raw_end = self.index[end - 1] + 1 if end > start else raw_start
        return (raw_start, raw_end)


@dataclass(frozen=True, slots=True)
class Removed:
    """A run of original lines left out of the structure, and why (``web_chrome``, ``spam`` …)."""

    line_start: int
    line_end: int
    reason: str
    rule: str = ""  # the versioned rule name(s) that found the run, comma-separated


@dataclass(frozen=True, slots=True)
class DocWarning:
    """Something missing or damaged, said out loud: ``missing_headings``, ``truncated`` …"""

    code: str
    message: str
    line_start: int | None = None
    line_end: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Metadata of one ingested file. ``id`` is derived from the file's bytes."""

    id: str
    source: str
    sha256: str
    format: str
    encoding: str
    title: str
    jurisdiction: str
    level: Level
    doc_type: DocType
    period: tuple[int, int] | None
    issued: str | None
    script: Script
    lines: int
    warnings: tuple[DocWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class Given:
    """Metadata a user states when ingesting, for what the text does not say (an excerpt without its date, a
    page that never names its place) or says wrongly. What is given wins over what is detected; the document
    keeps a ``metadata_given`` note that says so. ``issued`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    issued: str | None = None
    jurisdiction: str | None = None
    doc_type: DocType | None = None

    def __bool__(self) -> bool:
        return bool(self.issued or self.jurisdiction or self.doc_type)

    def key(self) -> bytes:
        """What a document's id adds for it: the same file ingested with other given metadata is another
        version (it replaces the one before)."""
        return f"{self.issued or ''}\0{self.jurisdiction or ''}\0{self.doc_type or ''}".encode()


@dataclass(frozen=True, slots=True)
class SourceText:
    """What a reader returns: the decoded text of one file, one entry per physical line."""

    source: str
    sha256: str
    format: str
    encoding: str
    lines: tuple[str, ...]
    warnings: tuple[DocWarning, ...] = ()
    pages: tuple[int, ...] = ()  # the printed page of each line (PDF), else empty
    page_lines: tuple[int, ...] = ()  # the printed line on its page where each line starts (PDF), else empty
    confidence: tuple[float, ...] = ()  # OCR confidence (0-100) of each line of a scan, else empty
    # the heading a line is by its formatting (Word): "outline1".."outline9" (outline level or Heading style),
    # "bold" (a short all-bold paragraph), "" for body text; empty when no line is one
    headings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CleanText:
    """A source after normalisation and cleaning: every line, plus the runs removed as noise."""

    source: SourceText
    lines: tuple[Line, ...]
    removed: tuple[Removed, ...]
    warnings: tuple[DocWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class Node:
    """One element of the structure tree, as a flat list with parent ids.

    ``line_start``..``line_end`` span the node and all its descendants. The node's *own* lines
    are ``line_start``..``head_end`` (its heading for containers, the whole text for leaves).
    ``text`` is the original text of the own lines joined by newlines; ``simp`` is the same in the
    normalised simplified layer (what search and extraction read).
    """

    id: str
    doc_id: str
    parent: str | None
    kind: NodeKind
    number: str | None
    label: str | None
    title: str
    path: tuple[str, ...]
    line_start: int
    line_end: int
    head_end: int
    order: int
    text: str
    simp: str
    attrs: tuple[tuple[str, str], ...] = field(default=())
    page_start: int | None = None  # the printed pages the node spans (PDF), else None
    page_end: int | None = None


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """The output of ingest + parse: metadata, lines, removed runs and the node list."""

    document: Document
    lines: tuple[Line, ...]
    removed: tuple[Removed, ...]
    nodes: tuple[Node, ...]
