"""One reader per input format, all returning :class:`SourceText`. (Foundation version: text only.)"""

from __future__ import annotations

import hashlib
from pathlib import Path

from plantrace.errors import EmptyDocument, UnsupportedFormat
from plantrace.models import SourceText


def read_source(path: Path, *, encoding: str | None = None, max_bytes: int) -> SourceText:
    data = path.read_bytes()
    if not data.strip():
        raise EmptyDocument(f"{path}: the file is empty.")
    if path.suffix.lower() not in {".txt", ""}:
        raise UnsupportedFormat(f"{path}: unsupported format {path.suffix}.")
    text = data.decode(encoding or "utf-8-sig")
    return SourceText(
        source=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        format="txt",
        encoding=encoding or "utf-8",
        lines=tuple(split_physical_lines(text)),
    )


def split_physical_lines(text: str) -> list[str]:
    """Physical lines: split on \\n (and \\r\\n, \\r); a last line without a newline counts."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines
