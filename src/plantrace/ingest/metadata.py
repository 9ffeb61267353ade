"""Metadata detection from the text itself. (Foundation version.)"""

from __future__ import annotations

from plantrace.ingest.normalise import detect_script
from plantrace.models import CleanText, Document


def document_id(sha256: str) -> str:
    """Content-derived id: the same bytes always give the same id."""
    return "d" + sha256[:11]


def detect_metadata(cleaned: CleanText) -> Document:
    src = cleaned.source
    title = next((line.text for line in cleaned.lines if line.text), "")
    return Document(
        id=document_id(src.sha256), source=src.source, sha256=src.sha256, format=src.format,
        encoding=src.encoding, title=title[:80], jurisdiction="", level="unknown", doc_type="other",
        period=None, issued=None, script=detect_script(cleaned.lines), lines=len(cleaned.lines),
        warnings=src.warnings + cleaned.warnings,
    )
