"""Word (.docx) reader: paragraphs and table cells as lines, in document order.

A .docx is a zip: before any XML is parsed, the declared uncompressed sizes are bounded (a small
zip bomb can expand to gigabytes), and the XML parser resolves no entities. Tables nested deeper
than ``_MAX_TABLE_DEPTH`` are not walked further: their text is joined into the enclosing cell,
with a warning, so that nothing is lost.

Labels that Word prints from automatic numbering (第一章, 第一节, 一、) are put back in front of the
paragraph text, computed from numbering.xml (see :mod:`plantrace.ingest.docx_numbering`). A one-cell
table (a 专栏 box) gives one line per paragraph, its title first. A real table (an indicator table: 指标 |
2020年 | 2025年 | 属性) gives one line per row, its cells separated by `` | `` (a ``|`` inside a cell is
written ``¦``; a cell merged across columns is followed by empty cells, so every row has the grid's
columns); the parser makes it a ``table`` node with one ``item`` per row. Headers, footers, footnotes and text
boxes are not body text: they stay out of the lines and a warning says what was kept apart.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from plantrace.errors import BrokenFile, DocumentTooLarge, missing_extra
from plantrace.ingest.docx_headings import HeadingStyles
from plantrace.ingest.docx_numbering import Numbering, join_label
from plantrace.ingest.readers import make_source
from plantrace.models import CELL_SEPARATOR, DocWarning, SourceText

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


def _flat_text(element: Any) -> str:
    """All the text below an XML element, paragraph by paragraph joined by spaces (no recursion)."""
    texts = ("".join(t.text or "" for t in p.iter(f"{_W}t")) for p in element.iter(f"{_W}p"))
    return " ".join(t.strip() for t in texts if t.strip())


_MAX_STYLE_CHAIN = 16


def _num_pr(ppr: Any) -> tuple[str, int] | None:
    num_pr = None if ppr is None else ppr.find(f"{_W}numPr")
    if num_pr is None:
        return None
    num_id = num_pr.find(f"{_W}numId")
    ilvl = num_pr.find(f"{_W}ilvl")
    return (
        "" if num_id is None else num_id.get(f"{_W}val") or "",
        0 if ilvl is None else int(ilvl.get(f"{_W}val") or 0),
    )


class _Reader:
    """Walks the body once, keeping the numbering counters in document order."""

    def __init__(self, document: Any) -> None:
        self.flattened: list[int] = []
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        self.numbering = Numbering.from_part(numbering)
        self.styles = {s.get(f"{_W}styleId"): s for s in document.styles.element.findall(f"{_W}style")}
        self.text_boxes = 0
        self.pages = _Pages()
        self.headings = HeadingStyles(self.styles)

    def _style_num(self, style_id: str | None) -> tuple[str, int] | None:
        for _ in range(_MAX_STYLE_CHAIN):
            style = self.styles.get(style_id)
            if style is None:
                return None
            found = _num_pr(style.find(f"{_W}pPr"))
            if found is not None:
                return found
            based = style.find(f"{_W}basedOn")
            style_id = None if based is None else based.get(f"{_W}val")
        return None

    def paragraph(self, paragraph: Any, *, in_table: bool = False) -> tuple[str, int, str]:
        """The paragraph's text (its numbering label put back), the page it begins on and its heading style
        (:mod:`plantrace.ingest.docx_headings`; never one inside a table)."""
        p = paragraph._p
        if p.find(f".//{_W}txbxContent") is not None:
            self.text_boxes += 1
        page = self.pages.walk(p)
        ppr = p.pPr
        own = _num_pr(ppr)
        style = None if ppr is None or ppr.pStyle is None else ppr.pStyle.val
        num = own
        if own is None or own[0] == "":
            from_style = self._style_num(style)
            num = from_style if own is None or from_style is None else (from_style[0], own[1])
        text: str = paragraph.text
        heading = self.headings.of(p, text, in_table=in_table)
        if num is None or num[0] in ("", "0") or not text.strip():
            return text, page, heading
        return join_label(self.numbering.label(num[0], num[1]), text), page, heading

    def blocks(self, container: Any, depth: int = 0) -> Iterator[tuple[str, int, str]]:
        """Paragraph texts and table cells of a document or cell, in order, each with the page it begins on
        and its heading style."""
        from docx.table import Table

        for block in container.iter_inner_content():
            if isinstance(block, Table):
                if depth < _MAX_TABLE_DEPTH:
                    yield from self.table(block, depth + 1)
                else:
                    self.flattened.append(depth)
                    page = self.pages.page
                    for p in block._tbl.iter(f"{_W}p"):
                        self.pages.walk(p)
                    yield _flat_text(block._tbl), page, ""
            else:
                yield self.paragraph(block, in_table=depth > 0)

    def table(self, table: Any, depth: int) -> Iterator[tuple[str, int, str]]:
        """A one-cell table (a box) line by line; a grid (two rows and two columns at least) one line per
        row, its cells separated by `` | `` (:data:`CELL_SEPARATOR`); otherwise one line per distinct cell."""
        rows = [_row_cells(row) for row in table.rows]
        cells = [cell for row in rows for cell in row if cell is not None]
        if len({cell._tc for cell in cells}) == 1:
            yield from ((t, page, "") for t, page, _ in self.blocks(cells[0], depth) if t.strip())
            return
        if sum(sum(cell is not None for cell in row) >= 2 for row in rows) >= 2:
            for row in rows:
                page = self.pages.page
                texts = ["" if cell is None else self.cell_text(cell, depth)[0].replace("|", "¦") for cell in row]
                if any(texts):
                    yield CELL_SEPARATOR.join(texts), page, ""
            return
        seen: set[Any] = set()  # the cells' XML elements: holding them keeps their identity stable
        for cell in cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield (*self.cell_text(cell, depth), "")

    def cell_text(self, cell: Any, depth: int) -> tuple[str, int]:
        """A cell's paragraphs (and nested tables) on one line, joined by spaces, and the page it begins on."""
        page = self.pages.page
        parts = [part.strip() for text, _, _ in self.blocks(cell, depth) for part in text.split("\n")]
        return " ".join(part for part in parts if part), page


class _Pages:
    """The page a paragraph begins on, counted from the page breaks the file records.

    Word writes ``w:lastRenderedPageBreak`` where a page ended when it last laid the file out; any editor
    writes explicit breaks: ``w:br w:type="page"``, ``w:pageBreakBefore`` and a section that starts on a
    new page (``w:sectPr`` in a paragraph, type other than ``continuous``). A rendered break right after
    an explicit one (no text between) is the same page end and is not counted twice.
    """

    def __init__(self) -> None:
        self.page = 1
        self.rendered = 0  # lastRenderedPageBreak elements seen
        self.explicit = 0  # explicit page and section breaks seen
        self.fresh = True  # no text since the last counted break

    def _turn(self) -> None:
        self.page += 1
        self.fresh = True

    def walk(self, p: Any) -> int:
        """Count the breaks in one paragraph (``w:p``); the page its first text is on."""
        start: int | None = None
        ppr = p.find(f"{_W}pPr")
        if ppr is not None and _on(ppr.find(f"{_W}pageBreakBefore")) and not self.fresh:
            self.explicit += 1
            self._turn()
        for element in p.iter(f"{_W}t", f"{_W}br", f"{_W}lastRenderedPageBreak"):
            if element.tag == f"{_W}t":
                if element.text:
                    start = self.page if start is None else start
                    self.fresh = False
            elif element.tag == f"{_W}br":
                if element.get(f"{_W}type") == "page":
                    self.explicit += 1
                    self._turn()
            else:
                self.rendered += 1
                if not self.fresh:
                    self._turn()
        section = None if ppr is None else ppr.find(f"{_W}sectPr")
        if section is not None:
            kind = section.find(f"{_W}type")
            if kind is None or kind.get(f"{_W}val") != "continuous":
                self.explicit += 1
                self._turn()
        return self.page if start is None else start


def _on(element: Any) -> bool:
    """A Word on/off property: present and not switched off."""
    return element is not None and element.get(f"{_W}val") not in ("0", "false", "off")


def _pages_warning(pages: _Pages) -> tuple[DocWarning, ...]:
    """Say when the pages of a Word file are partial. (A file that records no break at all gets no pages:
    ``show --pages`` says that the file records none.)"""
    if pages.rendered or not pages.explicit:
        return ()
    return (DocWarning("docx_pages", f"pages counted from the file's {pages.explicit} explicit page and section "
                       "break(s) only: the file records no rendered layout (Word's last page breaks), so a "
                       "page that filled up is not seen and later page numbers may be too low"),)


def _row_cells(row: Any) -> list[Any]:
    """The cells of a row by grid column; None where a cell merged across columns goes on."""
    out: list[Any] = []
    for cell in row.cells:
        before = next((c for c in reversed(out) if c is not None), None)
        out.append(None if before is not None and before._tc is cell._tc else cell)
    return out


def _kept_apart(document: Any, text_boxes: int) -> tuple[DocWarning, ...]:
    """Headers, footers, footnotes and text boxes: not read as body text, said in one warning."""
    furniture: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer):
            if part.is_linked_to_previous and section is not document.sections[0]:
                continue
            text = " ".join(p.text.strip() for p in part.paragraphs if p.text.strip())
            if text and text not in furniture:
                furniture.append(text)
    notes = sum(
        1 for rel in document.part.rels.values() if rel.reltype.endswith(("/footnotes", "/endnotes"))
    )
    if not furniture and not text_boxes and not notes:
        return ()
    said = []
    if furniture:
        said.append("header/footer text " + "; ".join(repr(t) for t in furniture[:4]))
    if text_boxes:
        said.append(f"{text_boxes} text box(es)")
    if notes:
        said.append("footnotes/endnotes")
    return (DocWarning("docx_kept_apart", "kept out of the body text: " + ", ".join(said)),)


def docx_read(path: Path, data: bytes) -> tuple[list[str], tuple[DocWarning, ...]]:
    """The body lines and the warnings (deep tables flattened, what was kept apart)."""
    lines, _, warnings = docx_pages(path, data)
    return lines, warnings


def docx_pages(path: Path, data: bytes) -> tuple[list[str], list[int], tuple[DocWarning, ...]]:
    """The body lines, the page each begins on (empty when the file records no page breaks), the warnings."""
    lines, pages, _, warnings = docx_layout(path, data)
    return lines, pages, warnings


def docx_layout(path: Path, data: bytes) -> tuple[list[str], list[int], list[str], tuple[DocWarning, ...]]:
    """The body lines, their pages (see :func:`docx_pages`), the heading style of each line (the first line
    of a heading paragraph; empty when no paragraph is a heading by its formatting) and the warnings."""
    check_zip_bounds(path, data)
    document = _open(path, data)
    try:
        reader = _Reader(document)
        placed = [(line, page, heading if i == 0 else "") for text, page, heading in reader.blocks(document)
                  for i, line in enumerate(text.split("\n"))]
        lines = [line for line, _, _ in placed]
        pages = [page for _, page, _ in placed] if reader.pages.rendered or reader.pages.explicit else []
        headings = [heading for _, _, heading in placed] if any(h for _, _, h in placed) else []
        kept_apart = _kept_apart(document, reader.text_boxes)
    except (KeyError, ValueError, AttributeError) as exc:
        raise BrokenFile(f"{path}: the .docx structure is damaged ({exc}).") from None
    warnings: tuple[DocWarning, ...] = ()
    if reader.flattened:
        warnings = (DocWarning("docx_deep_tables", f"{len(reader.flattened)} table(s) nested more than "
                               f"{_MAX_TABLE_DEPTH} deep: their text is kept, joined into the enclosing cell"),)
    return lines, pages, headings, warnings + kept_apart + _pages_warning(reader.pages)


def docx_lines(path: Path, data: bytes) -> list[str]:
    return docx_read(path, data)[0]


def read_docx(path: Path, data: bytes, encoding: str | None) -> SourceText:
    """``encoding`` is ignored: a .docx is always UTF-8 XML inside. Pages come from the breaks the file
    records (see :class:`_Pages`); a ``docx_pages`` warning says when they are partial or unknown."""
    lines, pages, headings, found = docx_layout(path, data)
    return make_source(path, data, "docx", "utf-8", lines, found, pages=tuple(pages), headings=tuple(headings))
