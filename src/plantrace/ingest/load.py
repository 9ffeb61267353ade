"""Compose reading, cleaning and metadata detection for one file."""

from __future__ import annotations

from pathlib import Path

from plantrace.ingest.clean import clean
from plantrace.ingest.metadata import detect_metadata
from plantrace.ingest.readers import read_source
from plantrace.models import CleanText, Document, Given

DEFAULT_MAX_BYTES = 200 * 1024 * 1024


def load(
    path: Path, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, given: Given | None = None
) -> tuple[Document, CleanText]:
    """Read ``path`` (.txt, .html/.htm, .docx, .pdf), clean it and detect its metadata.

    ``encoding`` overrides detection for text and HTML files. A file larger than ``max_bytes`` is
    refused before it is read. ``given`` states metadata the text lacks (:class:`~plantrace.models.Given`).
    Raises :class:`~plantrace.errors.InputError` subclasses (each naming the file),
    :class:`~plantrace.errors.NotFound` or :class:`~plantrace.errors.MissingExtra`.
    """
    source = read_source(path, encoding=encoding, max_bytes=max_bytes)
    cleaned = clean(source)
    return detect_metadata(cleaned, given), cleaned
