"""Run the measure extractor on hand-written phrases: one paragraph node per phrase."""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extract.measures import extract_measures
from plantrace.ingest.normalise import make_lines
from plantrace.models import DocType, Document, Measure, Node


def document(doc_type: DocType = "fyp_outline", period: tuple[int, int] | None = (2021, 2025),
             issued: str | None = None, lines: int = 1) -> Document:
    return Document(
        id="doc", source="phrases.txt", sha256="", format="txt", encoding="utf-8", title="", jurisdiction="",
        level="unknown", doc_type=doc_type, period=period, issued=issued, script="hans", lines=lines,
    )


def paragraph(number: int, text: str, path: Sequence[str] = ()) -> Node:
    return Node(
        id=f"n{number}", doc_id="doc", parent=None, kind="paragraph", number=None, label=None, title="",
        path=tuple(path), line_start=number, line_end=number, head_end=number, order=number, text=text, simp=text,
    )


def measures_of(
    raw_lines: Sequence[str], doc_type: DocType = "fyp_outline", period: tuple[int, int] | None = (2021, 2025),
    issued: str | None = None, path: Sequence[str] = (),
) -> tuple[Measure, ...]:
    lines = make_lines(raw_lines)
    nodes = tuple(paragraph(ln.number, ln.raw, path) for ln in lines if not ln.blank)
    return extract_measures(document(doc_type, period, issued, len(lines)), lines, nodes)


def one(phrase: str, **kwargs: object) -> list[Measure]:
    return list(measures_of([phrase], **kwargs))  # type: ignore[arg-type]


WORK_REPORT_2026: dict[str, object] = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-20"}


def names_of(phrase: str, **kwargs: object) -> dict[str, str]:
    """{surface: metric} of a phrase's measures (a 2026 work report unless told otherwise)."""
    return {m.surface: m.metric for m in one(phrase, **{**WORK_REPORT_2026, **kwargs})}

