"""Helpers for the structure-parser tests: parse written lines or a corpus file."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from pathlib import Path

from plantrace.ingest import load
from plantrace.ingest.clean import clean
from plantrace.models import CleanText, Document, DocWarning, Node, SourceText
from plantrace.parse import parse_document

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"

Parsed = tuple[Document, CleanText, tuple[Node, ...], tuple[DocWarning, ...]]


def make_document(lines: Sequence[str]) -> tuple[Document, CleanText]:
    """A Document + CleanText for lines written in a test (no file, no metadata detection)."""
    data = "\n".join(lines).encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    source = SourceText(source="test.txt", sha256=sha, format="txt", encoding="utf-8", lines=tuple(lines))
    cleaned = clean(source)
    document = Document(
        id="d" + sha[:11], source="test.txt", sha256=sha, format="txt", encoding="utf-8", title="",
        jurisdiction="", level="unknown", doc_type="other", period=None, issued=None, script="unknown",
        lines=len(cleaned.lines),
    )
    return document, cleaned


def parse_lines(lines: Sequence[str]) -> Parsed:
    document, cleaned = make_document(lines)
    nodes, warnings = parse_document(document, cleaned)
    return document, cleaned, nodes, warnings


@functools.cache
def parse_corpus(relative: str) -> Parsed:
    document, cleaned = load(CORPUS / relative)
    nodes, warnings = parse_document(document, cleaned)
    return document, cleaned, nodes, warnings


def headings(nodes: Sequence[Node]) -> list[tuple[str, str | None, str]]:
    """(kind, label, title) of every non-paragraph node, for compact assertions."""
    return [(n.kind, n.label, n.title) for n in nodes if n.kind != "paragraph"]


def node_at(nodes: Sequence[Node], line: int) -> Node:
    """The node whose own lines include ``line``."""
    return next(n for n in nodes if n.line_start <= line <= n.head_end)
