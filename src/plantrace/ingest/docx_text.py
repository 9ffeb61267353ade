"""Word (.docx) reader: paragraphs and table cells as lines, in document order."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from plantrace.errors import BrokenFile, missing_extra
from plantrace.ingest.readers import make_source
from plantrace.models import SourceText

_MAX_TABLE_DEPTH = 8


def _open(path: Path, data: bytes) -> Any:
    try:
        import docx
    except ImportError:
        raise missing_extra("python-docx", "docx") from None
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BrokenFile(f"{path}: not a readable .docx file ({type(exc).__name__}).") from None
    except Exception as exc:  # lxml raises XMLSyntaxError for a damaged part
        if type(exc).__module__.startswith("lxml"):
            raise BrokenFile(f"{path}: a part of the .docx is damaged XML ({exc}).") from None
        raise


def _block_lines(container: Any, depth: int = 0) -> Iterator[str]:
    """Paragraph texts and table cells of a document or cell, in order."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            if depth < _MAX_TABLE_DEPTH:
                yield from _table_lines(block, depth + 1)
        else:
            yield block.text


def _table_lines(table: Any, depth: int) -> Iterator[str]:
    """One line per distinct cell (a merged cell once), row by row; a nested table joins its cell."""
    seen: set[Any] = set()  # the cells' XML elements: holding them keeps their identity stable
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            texts = [t for t in _block_lines(cell, depth) if t.strip()]
            yield " ".join(t.strip() for t in texts)


def docx_lines(path: Path, data: bytes) -> list[str]:
    document = _open(path, data)
    try:
        return [line for text in _block_lines(document) for line in text.split("\n")]
    except (KeyError, ValueError, AttributeError) as exc:
        raise BrokenFile(f"{path}: the .docx structure is damaged ({exc}).") from None


def read_docx(path: Path, data: bytes, encoding: str | None) -> SourceText:
    """``encoding`` is ignored: a .docx is always UTF-8 XML inside."""
    return make_source(path, data, "docx", "utf-8", docx_lines(path, data))
