"""Extract: facts from a parsed document, each with its source span and rule name.

Public entry point: :func:`extract_facts`.
"""

from __future__ import annotations

from plantrace.extract.facts import extract_facts

__all__ = ["extract_facts"]
