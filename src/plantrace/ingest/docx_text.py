"""Word (.docx) reader: paragraphs and table cells as lines, in document order.

A .docx is a zip: before any XML is parsed, the declared uncompressed sizes are bounded (a small
zip bomb can expand to gigabytes), and the XML parser resolves no entities. Tables nested deeper
than ``_MAX_TABLE_DEPTH`` are not walked further: their text is joined into the enclosing cell,
with a warning, so that nothing is lost.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from plantrace.errors import BrokenFile, DocumentTooLarge, missing_extra
from plantrace.ingest.readers import make_source
from plantrace.models import DocWarning, SourceText

_MAX_TABLE_DEPTH = 8
# a real .docx of a 500-page plan holds < 30 MB of XML; these bounds leave a wide margin
MAX_UNCOMPRESSED = 256 << 20  # all parts together
MAX_RATIO = 200  # uncompressed / compressed of a large part (text XML compresses 5-20×)
MAX_PARTS = 5000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip_bounds(path: Path, data: bytes) -> None:
    """Refuse a zip bomb before expanding anything: sizes are read from the zip directory.

    (``zipfile`` stops reading a member at its declared size, so the declared sizes bound the work.)
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise BrokenFile(f"{path}: not a readable .docx file ({type(exc).__name__}).") from None
    if len(infos) > MAX_PARTS:
        raise DocumentTooLarge(f"{path}: the .docx has {len(infos):,} parts (more than {MAX_PARTS:,}); "
                               "refused as a likely zip bomb.", hint="Open it in Word and save it again.")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED:
        raise DocumentTooLarge(
            f"{path}: the .docx would expand to {total:,} bytes (more than {MAX_UNCOMPRESSED:,}); "
            "refused as a likely zip bomb.", hint="Open it in Word and save it again, or export it as text.")
    for info in infos:
        if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DocumentTooLarge(
                f"{path}: part {info.filename} expands {info.file_size // max(info.compress_size, 1):,} times "
                f"(to {info.file_size:,} bytes); refused as a likely zip bomb.",
                hint="Open it in Word and save it again, or export it as text.")


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


def _block_lines(container: Any, depth: int = 0, flattened: list[int] | None = None) -> Iterator[str]:
    """Paragraph texts and table cells of a document or cell, in order."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            if depth < _MAX_TABLE_DEPTH:
                yield from _table_lines(block, depth + 1, flattened)
            else:
                if flattened is not None:
                    flattened.append(depth)
                yield _flat_text(block._tbl)
        else:
            yield block.text


def _flat_text(element: Any) -> str:
    """All the text below an XML element, paragraph by paragraph joined by spaces (no recursion)."""
    texts = ("".join(t.text or "" for t in p.iter(f"{_W}t")) for p in element.iter(f"{_W}p"))
    return " ".join(t.strip() for t in texts if t.strip())


def _table_lines(table: Any, depth: int, flattened: list[int] | None = None) -> Iterator[str]:
    """One line per distinct cell (a merged cell once), row by row; a nested table joins its cell."""
    seen: set[Any] = set()  # the cells' XML elements: holding them keeps their identity stable
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            texts = [t for t in _block_lines(cell, depth, flattened) if t.strip()]
            yield " ".join(t.strip() for t in texts)


def docx_lines(path: Path, data: bytes, flattened: list[int] | None = None) -> list[str]:
    check_zip_bounds(path, data)
    document = _open(path, data)
    try:
        return [line for text in _block_lines(document, 0, flattened) for line in text.split("\n")]
    except (KeyError, ValueError, AttributeError) as exc:
        raise BrokenFile(f"{path}: the .docx structure is damaged ({exc}).") from None


def read_docx(path: Path, data: bytes, encoding: str | None) -> SourceText:
    """``encoding`` is ignored: a .docx is always UTF-8 XML inside."""
    flattened: list[int] = []
    lines = docx_lines(path, data, flattened)
    warnings: tuple[DocWarning, ...] = ()
    if flattened:
        warnings = (DocWarning("docx_deep_tables", f"{len(flattened)} table(s) nested more than {_MAX_TABLE_DEPTH} "
                               "deep: their text is kept, joined into the enclosing cell"),)
    return make_source(path, data, "docx", "utf-8", lines, warnings)
