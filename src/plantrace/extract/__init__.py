"""Extract: facts from a parsed document, each with its source span and rule name.

Public entry points: :func:`extract_facts`; :func:`document_profile`, a document's kind and year (and, for an undated
text, the words that gave its year), read once and handed to :func:`extract_facts`.
"""

from __future__ import annotations

from plantrace.extract.facts import extract_facts
from plantrace.extract.measures import Profile, YearEvidence, document_profile

__all__ = ["Profile", "YearEvidence", "document_profile", "extract_facts"]
