"""Numbers that OCR read with low confidence, shared by the reader (ingest) and the extractors.

The OCR reader says each doubtful number in an ``ocr_low_confidence`` document warning on its line;
a measure read from that number on that line carries the warning (``Measure.warning``), so a target
or result taken from a possibly misread digit is never shown as if it were certain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from plantrace.models import DocWarning, Measure

LOW_CODE = "ocr_low_confidence"
# a number is doubtful when OCR read its least certain character below this confidence (0-100). Chosen by
# evaluation/formats/ocr_flags.py on scans of the tuned sample excerpts at four resolutions and noise levels:
# the highest recall of misread numbers that flags at most 10% of the correct ones; `make eval` reports it on
# never-tuned pages (score_formats: ocr_flags). Tesseract's per-character confidences sit near 99 for clean
# print, so the threshold is high.
LOW_CONFIDENCE = 97.8
_QUOTED = re.compile(r"「([^」]+)」")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def low_confidence_warning(word: str, confidence: float, line: int) -> DocWarning:
    """The warning for one doubtful number (``word`` as OCR read it) on physical line ``line``."""
    return DocWarning(
        LOW_CODE, f"OCR read the number 「{word}」 with confidence {confidence:.0f}/100: a misread digit would "
                  "give a wrong value; check it against the scan", line, line)


def doubtful_numbers(warning: DocWarning) -> tuple[str, ...]:
    """The digit runs of the number an ``ocr_low_confidence`` warning names (empty for any other)."""
    if warning.code != LOW_CODE:
        return ()
    return tuple(n for word in _QUOTED.findall(warning.message) for n in _NUMBER.findall(word))


def flag_measures(measures: Iterable[Measure], warnings: Iterable[DocWarning]) -> tuple[Measure, ...]:
    """Measures whose surface holds a doubtful number of their line, with ``warning`` set."""
    doubtful: dict[int, set[str]] = {}
    for w in warnings:
        if w.line_start is not None:
            doubtful.setdefault(w.line_start, set()).update(doubtful_numbers(w))
    out = []
    for m in measures:
        numbers = doubtful.get(m.line, set())
        if numbers and _holds(m.surface, numbers):
            m = replace(m, warning=LOW_CODE)
        out.append(m)
    return tuple(out)


def _holds(surface: str, numbers: set[str]) -> bool:
    """A number of the surface is a doubtful one, or begins or ends with one (a number cut at a line wrap)."""
    return any(s == n or s.startswith(n) or s.endswith(n) for s in _NUMBER.findall(surface) for n in numbers)
