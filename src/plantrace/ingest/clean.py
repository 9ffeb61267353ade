"""Cleaning: normalise every line and record the runs removed as noise. (Foundation version.)"""

from __future__ import annotations

from plantrace.ingest.normalise import make_lines
from plantrace.models import CleanText, SourceText


def clean(source: SourceText) -> CleanText:
    return CleanText(source=source, lines=make_lines(source.lines), removed=())
