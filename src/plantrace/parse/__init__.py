"""Parse: the structure tree of a cleaned document.

Public entry point: :func:`parse_document` -> (nodes, warnings).
"""

from __future__ import annotations

from plantrace.parse.tree import parse_document

__all__ = ["parse_document"]
