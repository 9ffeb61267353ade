"""Scanned PDFs: each page rasterised (pypdfium2) and read by Tesseract (pytesseract), offline.

This is the optional extra ``plantrace[ocr]``; the engine and its simplified-Chinese model come from the
distribution's packages (Debian: ``tesseract-ocr tesseract-ocr-chi-sim``), never from the network at run
time. Tesseract's words are grouped back into printed lines, each with its confidence (the mean of its
words', 0–100); the lines then go through the same layout as a text layer (:mod:`pdf_layout`): running
headers and page numbers (一 12 一, - 12 -) removed and recorded, wrapped lines joined, the spaces Tesseract
puts between Chinese characters closed.

A misread digit becomes a wrong target, so a number read with low confidence is said out loud: each
line holding one gets an ``ocr_low_confidence`` warning naming the number (the document's damage
report), and the measures read from that number carry the warning (:mod:`plantrace.ocr_flags`).
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from plantrace.errors import BrokenFile, EmptyDocument, MissingExtra
from plantrace.ingest.pdf_layout import close_cjk_spaces, lay_out
from plantrace.ingest.readers import make_source
from plantrace.models import DocWarning, SourceText
from plantrace.ocr_flags import LOW_CONFIDENCE, low_confidence_warning

LANGUAGES = "chi_sim"  # Tesseract's simplified-Chinese model (it reads digits and Latin too)
DPI = 300  # Tesseract reads best at about 300 dots per inch
UNCLEAR = 60.0  # a line read below this confidence (the lowest of the printed lines it joins) is said unclear
_INSTALL_HINT = ("pip install 'plantrace[ocr]', and install Tesseract with its simplified-Chinese model "
                 "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim)")
_MAX_BETWEEN = 4  # page furniture lines that may sit between two halves of a line wrapped across pages
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One printed line as Tesseract read it: the text, its confidence and the doubtful numbers in it."""

    text: str
    confidence: float
    doubtful: tuple[tuple[str, float], ...] = ()  # (number, its least certain character's confidence) below
    numbers: tuple[tuple[str, float], ...] = ()  # every number of the line with that confidence


def _engine(path: Path, pages: int) -> tuple[Any, Any]:
    """pytesseract and pypdfium2, and a Tesseract with the model, or a clear error saying what is missing."""
    needs = f"{path}: the PDF has no text layer ({pages} page(s)); reading this scan needs OCR"
    try:
        import pypdfium2
        import pytesseract
    except ImportError as exc:
        raise MissingExtra(f"{needs}, and the OCR extra is not installed ({exc.name} is missing).",
                           hint=_INSTALL_HINT) from None
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise MissingExtra(f"{needs}, and the Tesseract engine is not installed.", hint=_INSTALL_HINT)
    wanted = set(LANGUAGES.split("+"))
    missing = wanted - set(pytesseract.get_languages(config=""))
    if missing:
        raise MissingExtra(f"{needs}, and Tesseract has no model for {', '.join(sorted(missing))}.",
                           hint=_INSTALL_HINT)
    return pytesseract, pypdfium2


def engine_status() -> str:
    """What ``plantrace doctor`` says about OCR: ready (with Tesseract's version), or what is missing."""
    try:
        pytesseract, _ = _engine(Path("a scan"), 0)
    except MissingExtra as missing:
        return f"{missing.message.split('OCR, and ', 1)[-1]} {missing.hint}"
    return f"Tesseract {pytesseract.get_tesseract_version()} with {LANGUAGES}: ready"


_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
_CONF = re.compile(r"x_w?conf\s+(-?[\d.]+)")
_NUMBER_RUN = re.compile(r"\d[\d.,，．%]*")
_XHTML = "{http://www.w3.org/1999/xhtml}"


def _joined(words: list[list[tuple[str, float]]]) -> list[tuple[str, float]]:
    """Words back into a line, character by character with each one's confidence: no space where Chinese
    meets anything, one (read with certainty) between Latin words or numbers."""
    out: list[tuple[str, float]] = []
    for word in words:
        if out and word and not (_CJK.search(out[-1][0]) or _CJK.search(word[0][0])):
            out.append((" ", 100.0))
        out.extend(word)
    return out


def _numbers(chars: list[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    """Every number of a line (digits with their decimal point, separators and %) with the confidence of its
    least certain character."""
    text = "".join(c for c, _ in chars)
    out = []
    for match in _NUMBER_RUN.finditer(text):
        number = match.group().rstrip(".,，．")
        out.append((number, round(min(conf for _, conf in chars[match.start():match.start() + len(number)]), 1)))
    return tuple(out)


def ocr_line(words: list[list[tuple[str, float]]]) -> OcrLine | None:
    """One printed line from its words, each a list of (character, confidence 0-100).

    The line's confidence is the mean of its characters'; a number is doubtful when its least certain
    character is below :data:`LOW_CONFIDENCE`: the flag sits on the number's own characters, not on the
    line or the word around it."""
    chars = _joined([[(c, conf) for c, conf in word if c.strip()] for word in words])
    body = [conf for c, conf in chars if c != " "]
    if not body:
        return None
    numbers = _numbers(chars)
    doubtful = tuple((number, conf) for number, conf in numbers if conf < LOW_CONFIDENCE)
    return OcrLine(close_cjk_spaces("".join(c for c, _ in chars)), round(sum(body) / len(body), 1), doubtful,
                   numbers)


def _title_conf(element: ET.Element) -> float | None:
    found = _CONF.search(element.get("title", ""))
    return float(found.group(1)) if found else None


def _word_chars(word: ET.Element) -> list[tuple[str, float]]:
    """A word's characters with their confidences (the word's own where Tesseract gave none per character)."""
    own = _title_conf(word)
    boxes = [c for c in word.iter(f"{_XHTML}span") if c.get("class") == "ocrx_cinfo"]
    if boxes:
        pairs = [(c.text or "", _title_conf(c)) for c in boxes]
    else:
        pairs = [(ch, own) for ch in "".join(word.itertext()).strip()]
    return [(ch, conf) for text, c in pairs for ch in text
            for conf in ((c if c is not None else own),) if conf is not None and conf >= 0]


def hocr_lines(hocr: bytes | str) -> list[OcrLine]:
    """Tesseract's hOCR of one page (made with ``hocr_char_boxes``: a confidence per character) as lines in
    reading order."""
    root = ET.fromstring(hocr)
    lines = []
    for element in root.iter():
        if element.get("class") not in _LINE_CLASSES:
            continue
        words = [_word_chars(w) for w in element.iter(f"{_XHTML}span") if w.get("class") == "ocrx_word"]
        line = ocr_line(words)
        if line is not None:
            lines.append(line)
    return lines


def recognise(path: Path, data: bytes, pages: int) -> list[list[OcrLine]]:
    """Every page rasterised at :data:`DPI` and read by Tesseract; the lines of each page."""
    pytesseract, pdfium = _engine(path, pages)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise BrokenFile(f"{path}: the scanned PDF cannot be rasterised ({exc}).") from None
    out = []
    try:
        for index in range(len(document)):
            image = document[index].render(scale=DPI / 72).to_pil().convert("L")
            hocr = pytesseract.image_to_pdf_or_hocr(image, lang=LANGUAGES, extension="hocr",
                                                    config="-c hocr_char_boxes=1")
            out.append(hocr_lines(hocr))
    finally:
        document.close()
    return out


def _consume(line: str, ocr: list[OcrLine], start: int) -> tuple[list[OcrLine], int] | None:
    """The OCR lines from ``start`` that make up ``line`` (a few furniture lines may sit between)."""
    rest, k, skipped = line, start, 0
    parts: list[OcrLine] = []
    while rest and k < len(ocr) and skipped <= _MAX_BETWEEN:
        piece = ocr[k].text.strip()
        k += 1
        if piece and rest.startswith(piece) and (parts or rest == line):
            parts.append(ocr[k - 1])
            rest = rest[len(piece):]
        elif parts:
            skipped += 1
        else:
            return None
    return (parts, k) if not rest else None


def _align(laid: list[str], ocr: list[OcrLine]) -> list[list[OcrLine]]:
    """The OCR lines each laid-out line was made of (a laid line is printed lines joined, furniture gone)."""
    out: list[list[OcrLine]] = []
    k = 0
    for line in laid:
        for start in range(k, len(ocr)):
            found = _consume(line, ocr, start)
            if found is not None:
                parts, k = found
                break
        else:
            parts = []
        out.append(parts)
    return out


def _warnings(parts: list[list[OcrLine]], confidence: list[float], removed: dict[str, int]) -> tuple[DocWarning, ...]:
    confidences = [line.confidence for group in parts for line in group]
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    unclear = sum(1 for c in confidence if c < UNCLEAR)
    found = [DocWarning("ocr", f"no text layer: read by OCR (Tesseract {LANGUAGES}, {DPI} dpi), "
                               f"mean line confidence {mean:.0f}/100, {unclear} line(s) below {UNCLEAR:.0f}; "
                               "check figures against the scan")]
    for number, group in enumerate(parts, start=1):
        if confidence[number - 1] < UNCLEAR:
            found.append(DocWarning("ocr_unclear", f"OCR read this line with confidence "
                                    f"{confidence[number - 1]:.0f}/100: its text may be wrong", number, number))
        for word, word_confidence in (d for line in group for d in line.doubtful):
            found.append(low_confidence_warning(word, word_confidence, number))
    if removed:
        said = ", ".join(f"{text!r} ×{n}" for text, n in sorted(removed.items(), key=lambda kv: -kv[1])[:6])
        found.append(DocWarning("pdf_furniture",
                                f"page furniture removed ({sum(removed.values())} line(s)): {said}"))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Scan:
    """A scan read back: laid-out lines, the page and the OCR confidence of each, and the warnings."""

    lines: list[str]
    pages: list[int]
    confidence: list[float]
    warnings: tuple[DocWarning, ...]
    page_lines: list[int]  # the printed line on its page where each line starts


def lay_out_scan(pages: list[list[OcrLine]]) -> Scan:
    """OCR lines of each page through the text-layer layout, keeping each line's confidence.

    A laid-out line joins printed lines (a wrapped paragraph); its confidence is the lowest of theirs.
    """
    laid = lay_out([[line.text for line in page] for page in pages])
    parts = _align(laid.lines, [line for page in pages for line in page])
    confidence = [round(min(p.confidence for p in group), 1) if group else 0.0 for group in parts]
    return Scan(laid.lines, laid.pages, confidence, _warnings(parts, confidence, dict(laid.removed)),
                laid.page_lines)


def read_scanned_pdf(path: Path, data: bytes, pages: int) -> SourceText:
    """A PDF without a text layer, read by OCR. Raises :class:`MissingExtra` when OCR is not installed."""
    scan = lay_out_scan(recognise(path, data, pages))
    if not any(line.strip() for line in scan.lines):
        raise EmptyDocument(f"{path}: the PDF has no text layer and OCR found no text on its {pages} page(s).",
                            hint="It may be blank or scanned too faintly: rescan at 300 dpi, or check the OCR.")
    source = make_source(path, data, "pdf", "ocr", scan.lines, scan.warnings, pages=tuple(scan.pages),
                         page_lines=tuple(scan.page_lines))
    return replace(source, confidence=tuple(scan.confidence))

