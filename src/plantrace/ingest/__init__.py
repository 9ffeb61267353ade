"""Ingest: read any document file, normalise and clean it, and detect its metadata.

Public entry point: :func:`load` -> (Document, CleanText).
"""

from __future__ import annotations

from plantrace.ingest.load import load

__all__ = ["load"]
