"""One reader per input format, all returning :class:`SourceText`.

``read_source`` checks the size, picks the reader from the suffix (or, for a file without one,
from its first bytes) and turns every failure into an :class:`InputError` naming the file.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from plantrace.errors import BinaryFile, DocumentTooLarge, EmptyDocument, NotFound, UnsupportedFormat
from plantrace.ingest.encoding import CERTAIN_ENCODINGS, decode_bytes
from plantrace.models import DocWarning, SourceText

Reader = Callable[[Path, bytes, "str | None"], SourceText]

_NEWLINES = re.compile(r"\r\n?|\n")
_MAGIC = {b"%PDF-": "pdf", b"PK\x03\x04": "docx"}
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0", b"\x1f\x8b")
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta)", re.IGNORECASE)
_SUFFIXES = {".txt": "txt", ".text": "txt", "": "txt", ".html": "html", ".htm": "html",
             ".xhtml": "html", ".docx": "docx", ".pdf": "pdf"}


def split_physical_lines(text: str) -> list[str]:
    """Physical lines: split on \\n, \\r\\n and \\r; a last line without a newline counts.

    An empty final segment after a trailing newline is not a line.
    """
    lines = _NEWLINES.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def printable_path(path: Path | str) -> str:
    """The path as text that can be stored and printed.

    A file name that is not UTF-8 (made on a GBK system) is decoded as GB18030 when that works, else its
    odd bytes are written as ``\\xNN``: the name stays recognisable instead of failing the whole file.
    """
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(text)
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "backslashreplace")
    return text


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """Read the file, refusing before reading when it is larger than ``max_bytes``."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise UnsupportedFormat(f"{printable_path(path)}: not a regular file (a FIFO, socket or device); "
                                    "not opened.", hint="Give a document file.")
        size = info.st_size
        if size > max_bytes:
            raise _too_large(path, size, max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise NotFound(f"{path}: no such file.", hint="Check the path.") from None
    except IsADirectoryError:
        raise UnsupportedFormat(f"{path}: is a directory, not a document.") from None
    except PermissionError:
        raise NotFound(f"{path}: permission denied.", hint="Check the file's permissions.") from None
    if len(data) > max_bytes:
        raise _too_large(path, len(data), max_bytes)
    return data


def _too_large(path: Path, size: int, max_bytes: int) -> DocumentTooLarge:
    return DocumentTooLarge(f"{path}: {size:,} bytes is more than the limit of {max_bytes:,} bytes.")


def sniff_format(path: Path, data: bytes) -> str:
    """The format by suffix; a file without a suffix is recognised by its first bytes."""
    suffix = path.suffix.lower()
    if suffix not in _SUFFIXES:
        raise UnsupportedFormat(f"{path}: unsupported format {suffix!r}.")
    fmt = _SUFFIXES[suffix]
    if fmt == "txt":
        for magic, detected in _MAGIC.items():
            if data.startswith(magic):
                return detected
        if data.startswith(_BINARY_MAGIC):
            raise BinaryFile(f"{path}: this is a binary file, not text.")
        if suffix == "" and _HTML_START.match(data[:1024]):
            return "html"
    return fmt


def read_text(path: Path, data: bytes, encoding: str | None) -> SourceText:
    """Plain text: detect the encoding and split into physical lines."""
    text, used = decode_bytes(data, str(path), encoding)
    if "\x00" in text:
        raise BinaryFile(f"{path}: the text contains NUL characters.")
    warnings: tuple[DocWarning, ...] = ()
    if encoding is None and used not in CERTAIN_ENCODINGS:
        message = f"the encoding was guessed statistically as {used}; pass the real one if the text looks wrong"
        warnings = (DocWarning("encoding_guessed", message),)
    return make_source(path, data, "txt", used, split_physical_lines(text), warnings)


def make_source(
    path: Path, data: bytes, fmt: str, encoding: str, lines: list[str],
    warnings: tuple[DocWarning, ...] = (), *, pages: tuple[int, ...] = (), page_lines: tuple[int, ...] = (),
    headings: tuple[str, ...] = (),
) -> SourceText:
    """Build the :class:`SourceText`, refusing a document with no visible text."""
    if not any(line.strip() for line in lines):
        raise EmptyDocument(f"{path}: the document has no text.")
    return SourceText(
        source=printable_path(path), sha256=sha256_hex(data), format=fmt, encoding=encoding,
        lines=tuple(lines), warnings=warnings, pages=pages, page_lines=page_lines, headings=headings,
    )


def _reader(fmt: str) -> Reader:
    if fmt == "html":
        from plantrace.ingest.html_text import read_html

        return read_html
    if fmt == "docx":
        from plantrace.ingest.docx_text import read_docx

        return read_docx
    if fmt == "pdf":
        from plantrace.ingest.pdf_text import read_pdf

        return read_pdf
    return read_text


def read_source(path: Path, *, encoding: str | None = None, max_bytes: int) -> SourceText:
    """Read one file of any supported format. Raises :class:`InputError` subclasses."""
    path = Path(path)
    data = _read_bounded(path, max_bytes)
    if not data.strip():
        raise EmptyDocument(f"{path}: the file is empty.")
    return _reader(sniff_format(path, data))(path, data, encoding)
