"""Compose reading, cleaning and metadata detection for one file."""

from __future__ import annotations

from pathlib import Path

from plantrace.ingest.clean import clean
from plantrace.ingest.metadata import detect_metadata
from plantrace.ingest.readers import read_source
from plantrace.models import CleanText, Document

DEFAULT_MAX_BYTES = 200 * 1024 * 1024


def load(
    path: Path, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Document, CleanText]:
    """Read ``path``, clean it and detect its metadata. Raises :class:`InputError` subclasses."""
    source = read_source(path, encoding=encoding, max_bytes=max_bytes)
    cleaned = clean(source)
    return detect_metadata(cleaned), cleaned
