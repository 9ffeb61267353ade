"""Ingest: read any document file, normalise and clean it, and detect its metadata.

Public entry point: :func:`load` -> (Document, CleanText). The steps are also usable alone:
:func:`read_source` (one reader per format -> SourceText), :func:`clean` (-> CleanText with the
removed noise runs) and :func:`detect_metadata` (-> Document).
"""

from __future__ import annotations

from plantrace.ingest.clean import clean
from plantrace.ingest.load import load
from plantrace.ingest.metadata import checked_given, detect_metadata
from plantrace.ingest.readers import read_source

__all__ = ["checked_given", "clean", "detect_metadata", "load", "read_source"]
