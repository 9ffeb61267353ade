"""How well the OCR low-confidence flag finds misread numbers (issue #14), on scans whose truth is known.

Text is printed onto page images (evaluation/formats/render.py) at several scanner resolutions and noise
levels, read back by the OCR reader (Tesseract, a confidence per character), and every number the OCR
read is compared with the printed text: it is *correct* when each of its characters lines up with the
same character of the same number in the print, else *wrong* (a misread digit, a lost decimal point, a
speck read as a digit). A number is *flagged* when its least certain character is below the threshold.

- ``flagged_wrong_recall``: of the wrong numbers, the share flagged (a misread figure said out loud);
- ``flagged_correct_rate``: of the correct numbers, the share flagged (noise a reader has to check).

The threshold is chosen on one set of pages (``choose``: the sample-corpus excerpts, the highest recall
of wrong numbers that flags at most :data:`MAX_FALSE_FLAGS` of the correct ones) and reported on another
(``report``: the never-tuned Luoyang bulletin), so the figure is not the threshold's own training score.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONDITIONS = ((200, 0.0), (150, 0.3), (100, 0.3), (100, 0.6))  # (scanner dpi, noise 0-1)
MAX_FALSE_FLAGS = 0.10  # the threshold may flag at most this share of the correct numbers (on ``choose``)
LINES_PER_PAGE = 38
_NUMBER = re.compile(r"\d[\d.,，．%]*")


@dataclass(frozen=True, slots=True)
class Read:
    """One number as OCR read it: the text, its least certain character's confidence, right or wrong."""

    number: str
    confidence: float
    correct: bool
    condition: str


def _norm(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def _bare(text: str) -> str:
    return "".join(_norm(ch) for ch in text if not ch.isspace())


def _spans(text: str) -> dict[int, str]:
    return {m.start(): m.group().rstrip(".,，．") for m in _NUMBER.finditer(text)}


def page_numbers(truth_lines: list[str], ocr_lines: Iterable[Any], condition: str) -> list[Read]:
    """Every number OCR read on one page, judged against the printed lines of that page."""
    truth = _bare("".join(truth_lines))
    truth_numbers = _spans(truth)
    text, found = "", []
    for line in ocr_lines:
        bare = _bare(line.text)
        matches = list(_NUMBER.finditer(bare))
        if len(matches) != len(line.numbers):
            text += bare
            continue
        for match, (number, confidence) in zip(matches, line.numbers, strict=True):
            found.append((len(text) + match.start(), _bare(number), confidence))
        text += bare
    mapped: dict[int, int] = {}
    for block in difflib.SequenceMatcher(None, truth, text, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            mapped[block.b + k] = block.a + k
    out = []
    for start, number, confidence in found:
        where = [mapped.get(start + k) for k in range(len(number))]
        first = where[0]
        correct = (first is not None and where == list(range(first, first + len(number)))
                   and truth_numbers.get(first) == number)
        out.append(Read(number, confidence, correct, condition))
    return out


def read_set(paragraphs: list[str], header: str, work: Path, name: str) -> list[Read]:
    """The paragraphs scanned under every condition and read back; every number judged."""
    from evaluation.formats.render import printed_pages, scan_pdf
    from plantrace.ingest.ocr import recognise

    truth = printed_pages(paragraphs, LINES_PER_PAGE)
    out: list[Read] = []
    for dpi, noise in CONDITIONS:
        condition = f"{dpi}dpi/noise{noise}"
        path = work / f"{name}.{dpi}.{noise}.pdf"
        data = scan_pdf(paragraphs, header, lines_per_page=LINES_PER_PAGE, dpi=dpi, noise=noise, seed=dpi)
        path.write_bytes(data)
        for number, (lines, ocr) in enumerate(zip(truth, recognise(path, data, len(truth)), strict=True), 1):
            printed = [header, *lines, f"一{number}一"] if header else [*lines, f"一{number}一"]
            out.extend(page_numbers(printed, ocr, condition))
    return out


def rates(reads: list[Read], threshold: float) -> dict[str, Any]:
    wrong = [r for r in reads if not r.correct]
    right = [r for r in reads if r.correct]
    flagged_wrong = sum(1 for r in wrong if r.confidence < threshold)
    flagged_right = sum(1 for r in right if r.confidence < threshold)
    return {
        "numbers": len(reads), "wrong": len(wrong),
        "flagged_wrong": flagged_wrong, "flagged_correct": flagged_right,
        "flagged_wrong_recall": round(flagged_wrong / len(wrong), 3) if wrong else None,
        "flagged_correct_rate": round(flagged_right / len(right), 3) if right else None,
    }


def choose_threshold(reads: list[Read]) -> float:
    """The threshold with the highest recall of wrong numbers that flags at most MAX_FALSE_FLAGS of the
    correct ones (the lower threshold on a tie)."""
    right = [r for r in reads if r.correct]
    best, best_recall = 0.0, -1.0
    for step in range(0, 1000):
        threshold = step / 10
        flagged = sum(1 for r in right if r.confidence < threshold)
        if right and flagged / len(right) > MAX_FALSE_FLAGS:
            break
        recall = rates(reads, threshold)["flagged_wrong_recall"] or 0.0
        if recall > best_recall:
            best, best_recall = threshold, recall
    return best


def by_condition(reads: list[Read], threshold: float) -> dict[str, dict[str, Any]]:
    return {c: rates([r for r in reads if r.condition == c], threshold)
            for c in dict.fromkeys(r.condition for r in reads)}
