"""Quantity extraction (issue: measures). Entry point: :func:`extract_measures`."""

from __future__ import annotations

from plantrace.models import Document, Line, Measure, Node


def extract_measures(document: Document, lines: tuple[Line, ...], nodes: tuple[Node, ...]) -> tuple[Measure, ...]:
    return ()
