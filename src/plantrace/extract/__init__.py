"""Extract: facts from a parsed document, each with its source span and rule name.

Public entry points: :func:`extract_facts`; :func:`inferred_year`, the words that gave an undated text its year.
"""

from __future__ import annotations

from plantrace.extract.facts import extract_facts
from plantrace.extract.measures import YearEvidence, inferred_year

__all__ = ["YearEvidence", "extract_facts", "inferred_year"]
