"""PDF reader: the text layer, page by page, through pypdf; a scan without one is read by OCR.

Each page is read in reading order (a two-column page column by column, see
:mod:`plantrace.ingest.pdf_columns`).
The printed lines are laid back into text by :mod:`plantrace.ingest.pdf_layout`: running headers,
footers and page numbers removed (and said in a ``pdf_furniture`` warning), lines wrapped inside a
sentence joined, the spaces a text layer puts between Chinese and digits closed; the page of each
line is kept in :attr:`SourceText.pages`. A PDF with no text layer at all (a scan) goes to
:mod:`plantrace.ingest.ocr` (the optional extra ``plantrace[ocr]``), which says what is missing when it
is not installed.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

from plantrace.errors import BrokenFile, EmptyDocument, missing_extra
from plantrace.ingest.pdf_columns import page_text
from plantrace.ingest.pdf_layout import Laid, lay_out
from plantrace.ingest.readers import make_source, split_physical_lines
from plantrace.models import DocWarning, SourceText


def _reader(path: Path, data: bytes) -> Any:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:
        raise missing_extra("pypdf", "pdf") from None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise BrokenFile(f"{path}: the PDF is encrypted.", hint="Remove the password and try again.")
        return reader
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise BrokenFile(f"{path}: not a readable PDF ({type(exc).__name__}: {exc}).") from None


def _page_texts(path: Path, reader: Any) -> list[tuple[str, bool]]:
    """Each page's text in reading order, and whether the page was read as two columns."""
    try:
        return [page_text(page) for page in reader.pages]
    except Exception as exc:  # pypdf raises many kinds on damaged content streams
        raise BrokenFile(f"{path}: a page of the PDF is damaged ({type(exc).__name__}: {exc}).") from None


class NoTextLayer(EmptyDocument):
    """A PDF whose pages hold no text: a scan."""

    def __init__(self, message: str, pages: int) -> None:
        super().__init__(message, hint="It is probably a scan: install the OCR extra (plantrace[ocr]) to read it.")
        self.pages = pages


def pdf_lines(path: Path, data: bytes) -> tuple[list[str], tuple[DocWarning, ...]]:
    laid, found = pdf_pages(path, data)
    return laid.lines, found


def pdf_pages(path: Path, data: bytes) -> tuple[Laid, tuple[DocWarning, ...]]:
    """The text layer laid out (lines, the page and place of each); pypdf's warnings become one warning."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read = _page_texts(path, _reader(path, data))
    texts = [text for text, _ in read]
    if not any(text.strip() for text in texts):
        raise NoTextLayer(f"{path}: the PDF has no text layer ({len(texts)} page(s), no extractable text).",
                          len(texts))
    columns = frozenset(number for number, (_, two) in enumerate(read, start=1) if two)
    laid = lay_out([split_physical_lines(text) for text in texts], columns)
    found: tuple[DocWarning, ...] = ()
    if caught:
        message = f"{len(caught)} warning(s) while reading the PDF, the first: {caught[0].message}"
        found = (DocWarning("pdf_warning", message),)
    if laid.removed:
        said = ", ".join(f"{text!r} ×{n}" for text, n in laid.removed.most_common(6))
        count = sum(laid.removed.values())
        found += (DocWarning("pdf_furniture", f"page furniture removed ({count} line(s)): {said}"),)
    return laid, found


def read_pdf(path: Path, data: bytes, encoding: str | None) -> SourceText:
    """``encoding`` is ignored: the PDF's fonts say how to read its text. A scan is read by OCR."""
    try:
        laid, found = pdf_pages(path, data)
    except NoTextLayer as scan:
        from plantrace.ingest.ocr import read_scanned_pdf

        return read_scanned_pdf(path, data, scan.pages)
    return make_source(path, data, "pdf", "pdf", laid.lines, found, pages=tuple(laid.pages),
                       page_lines=tuple(laid.page_lines))
