"""From lines to blocks: each block is one future node with its own lines, before nesting.

A block owns whole physical lines ``start..end``. Headings split over lines are joined here, notes
absorb their numbered continuation lines, and paragraph fragments (``PM`` / ``2.5`` / ``)浓度``) are
merged into one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plantrace.models import Line, NodeKind
from plantrace.parse.charts import chart_labels
from plantrace.parse.flat import cell_text, find_flat
from plantrace.parse.grammar import Marker, classify, shi_label, title_end
from plantrace.parse.lexicon import lexicon
from plantrace.parse.runin import is_prose, runin_title
from plantrace.parse.tables import Table, find_grid, find_table

_FIGURE = re.compile(r"图\s?(\d{1,2}(?:-\d{1,2})?)?\s?[:]?\s?")
_ENDS_SENTENCE = "。!?;:"
_CLOSING_START = ")]),。;:、”》%"
_OPENERS = "《“(「['"
_SPLIT_TITLE_MAX = 30
_STYLED_MAX = 60  # a heading by its style alone is a title, not a paragraph set in a heading style


@dataclass(slots=True)
class Block:
    """A node-to-be: kind, own lines, marker and title (title in the original script)."""

    kind: NodeKind
    start: int
    end: int
    style: str = ""
    number: int | None = None
    label: str = ""
    title: str = ""
    attrs: tuple[tuple[str, str], ...] = ()
    parent_hint: int | None = None   # index of the block that must be the parent (table rows)
    sealed: bool = False             # a box whose content was already consumed (a rebuilt table)
    runin: bool = False              # a paragraph opening with a run-in heading
    extra: dict[str, str] = field(default_factory=dict)


class Cursor:
    """The lines of a document with the ones to skip (removed, TOC), 1-based access, and the heading style
    the file gives each line (:attr:`plantrace.models.SourceText.headings`, empty for most formats)."""

    def __init__(self, lines: tuple[Line, ...], skip: frozenset[int], headings: tuple[str, ...] = ()) -> None:
        self.lines = lines
        self.skip = skip
        self.headings = headings

    def heading(self, number: int) -> str:
        return self.headings[number - 1] if len(self.headings) >= number else ""

    def usable(self, number: int) -> bool:
        return 1 <= number <= len(self.lines) and number not in self.skip

    def content(self, number: int) -> bool:
        return self.usable(number) and not self.lines[number - 1].blank

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def next_content(self, number: int, max_gap: int = 0) -> int | None:
        """The next content line after ``number`` with at most ``max_gap`` blank lines between."""
        candidate = number + 1
        while candidate <= len(self.lines) and candidate - number - 1 <= max_gap:
            if self.content(candidate):
                return candidate
            if not self.usable(candidate):
                return None
            candidate += 1
        return None


def scan(cursor: Cursor, toc_starts: dict[int, int]) -> list[Block]:
    """Cut the document into blocks in document order. ``toc_starts`` maps TOC start -> end line."""
    blocks: list[Block] = []
    number = 1
    while number <= len(cursor.lines):
        if number in toc_starts:
            blocks.append(Block("toc", number, toc_starts[number], style="toc", title="目录"))
            number = toc_starts[number] + 1
            continue
        if not cursor.content(number):
            number += 1
            continue
        made = _block_at(cursor, number, len(blocks))
        if made[0].kind == "table" and _take_caption(blocks, made[0], cursor):
            for block in made:  # the table moved up one place: its rows and note point at it there
                if block.parent_hint is not None:
                    block.parent_hint -= 1
        blocks.extend(made)
        number = max(b.end for b in made) + 1
    return blocks


def _block_at(cursor: Cursor, number: int, index: int) -> list[Block]:
    line = cursor.line(number)
    marker = classify(line.simp)
    flat = find_flat(cursor, number) if marker is None and "|" not in cell_text(line.simp) else None
    if flat is not None:
        return _grid(cursor, flat, index)
    grid = find_grid(cursor, number) if "|" in line.simp else None
    if grid is not None:
        return _grid(cursor, grid, index)
    if marker is None:
        figure = _figure(line)
        if figure is not None:
            return [figure, *_chart(cursor, number + 1, captioned=True)]
        styled = _styled_heading(cursor, line)
        if styled is not None:
            return [styled]
        return _chart(cursor, number, captioned=False) or [_paragraph(cursor, number)]
    if marker.kind in ("part", "chapter", "section"):
        return [_structural(cursor, number, marker)]
    if marker.kind == "box":
        return _box(cursor, number, marker, index)
    if marker.kind == "note":
        return [_note(cursor, number, marker)]
    if marker.kind == "annex":
        return [_labelled(line, marker, "annex", heading=True)]
    return [_item(cursor, line, marker)]


def _joined(cursor: Cursor, start: int, end: int) -> tuple[str, str]:
    """Text and simplified text of lines ``start..end`` joined without separator (one paragraph)."""
    own = cursor.lines[start - 1 : end]
    return "".join(ln.text for ln in own), "".join(ln.simp for ln in own)


def _labelled(line: Line, marker: Marker, kind: NodeKind, *, heading: bool) -> Block:
    return _titled(line.number, line.number, line.text, line.simp, marker, kind, heading=heading)


def _titled(
    start: int, end: int, text: str, simp: str, marker: Marker, kind: NodeKind, *, heading: bool
) -> Block:
    body = simp[marker.body_start:]
    cut = marker.body_start + title_end(body, heading=heading)
    return Block(
        kind, start, end, style=marker.style, number=marker.number,
        label=text[: marker.label_end], title=text[marker.body_start:cut].strip(),
    )


def _item(cursor: Cursor, line: Line, marker: Marker) -> Block:
    end = _paragraph_end(cursor, line.number)
    text, simp = _joined(cursor, line.number, end)
    block = _titled(line.number, end, text, simp, marker, "item", heading=False)
    if not block.title and marker.style == "dash":
        block.title = text[marker.body_start:].strip()
    if not text[marker.body_start:].strip():
        block.kind = "paragraph"      # a bare marker (``(二)`` alone on a line) heads nothing
    return block


def _structural(cursor: Cursor, number: int, marker: Marker) -> Block:
    block = _labelled(cursor.line(number), marker, marker.kind, heading=True)
    taken, split = 0, not block.title
    while taken < 2 and (split or block.title.endswith(",")):
        nxt = number + taken + 1
        if not _title_fragment(cursor, nxt):
            break
        piece = cursor.line(nxt).text.strip()
        joiner = "" if not block.title or block.title[-1] in ",、" else ","
        block.title = f"{block.title}{joiner}{piece}"
        block.end = nxt
        taken += 1
    return block


def _title_fragment(cursor: Cursor, number: int) -> bool:
    if not cursor.content(number):
        return False
    simp = cursor.line(number).simp
    return len(simp) <= _SPLIT_TITLE_MAX and "。" not in simp and classify(simp) is None


def _box(cursor: Cursor, number: int, marker: Marker, index: int) -> list[Block]:
    box = _labelled(cursor.line(number), marker, "box", heading=True)
    table = find_table(cursor, number)
    if table is None:
        return [box]
    box.end = table.header_end
    box.sealed = True
    box.attrs = (("columns", "|".join(table.columns)),)
    return [box, *_rows(table, index), *_table_note(cursor, table, index)]


def _grid(cursor: Cursor, table: Table, index: int) -> list[Block]:
    """A table written row by row (or one cell a line, :mod:`plantrace.parse.flat`): a ``table`` node over its
    header row, one ``item`` per row, its note."""
    start = table.header_end if table.header_start is None else table.header_start
    head = Block("table", start, table.header_end, style="table", sealed=True,
                 attrs=(("columns", "|".join(table.columns)),))
    if table.header_start is not None:
        head.extra["flat"] = "1"
        head.title = _grid_caption(cursor, table.header_start)
    return [head, *_rows(table, index), *_table_note(cursor, table, index)]


def _grid_caption(cursor: Cursor, number: int) -> str:
    """表 1 2015 年粮食播种面积…情况 | |||: a caption written as the table's first row, its first cell alone filled."""
    text, simp = cursor.line(number).text.split("|")[0].strip(), cursor.line(number).simp.split("|")[0].strip()
    numbered = _NUMBERED_CAPTION.match(simp) or _CAPTION_YEAR.search(simp)  # not a header cell (指标 |)
    return text if numbered and len(simp) <= _CAPTION_MAX and "。" not in simp and _CAPTION.match(simp) else ""


_NUMBERED = r"[表附]表?\s?\d{1,3}"  # 表 1, 附表3
_NUMBERED_CAPTION = re.compile(f"^{_NUMBERED}")
_CAPTION_YEAR = re.compile(r"(?:19|20)\d{2}\s?年")


_CAPTION = re.compile(f"^(?:{_NUMBERED}|.{{0,30}}(?:指标|一览表|情况表|统计表))")
_CAPTION_MAX = 40


def _take_caption(blocks: list[Block], table: Block, cursor: Cursor) -> bool:
    """The caption line right above a table (表1 “十四五”时期主要指标) becomes the table's title; blank lines
    may part it from a table written one cell a line (a web page's copy)."""
    if not blocks or blocks[-1].kind != "paragraph" or blocks[-1].end >= table.start:
        return False
    gap = range(blocks[-1].end + 1, table.start)
    if (len(gap) > 0 and "flat" not in table.extra) or any(
        cursor.content(n) and cell_text(cursor.line(n).simp) for n in gap
    ):
        return False
    caption = blocks[-1]
    text = cursor.line(caption.start).text.strip()
    simp = cursor.line(caption.start).simp.strip()
    if caption.start != caption.end or len(simp) > _CAPTION_MAX or "。" in simp or not _CAPTION.match(simp):
        return False
    blocks.pop()
    table.start, table.title = caption.start, text
    return True


def _table_note(cursor: Cursor, table: Table, index: int) -> list[Block]:
    """The note right under a table (注: …) belongs to it."""
    after = cursor.next_content(table.rows[-1].end, max_gap=1)
    follow = classify(cursor.line(after).simp) if after is not None else None
    if after is None or follow is None or follow.kind != "note":
        return []
    note = _note(cursor, after, follow)
    note.parent_hint = index
    return [note]


def _rows(table: Table, box_index: int) -> list[Block]:
    rows = []
    for row in table.rows:
        first, *cells = row.cells
        rows.append(Block(
            "item", row.start, row.end, style="row", title=first,
            attrs=tuple((column, cell) for column, cell in zip(table.columns[1:], cells, strict=False) if cell),
            parent_hint=box_index,
        ))
    return rows


def _note(cursor: Cursor, number: int, marker: Marker) -> Block:
    line = cursor.line(number)
    block = Block("note", number, number, style="note", label=line.text[: marker.label_end])
    body = line.simp[marker.body_start:]
    inner = classify(body)
    if inner is None or inner.kind != "item" or inner.number is None:
        return block
    expected = inner.number + 1
    while (nxt := cursor.next_content(block.end, max_gap=1)) is not None:
        follow = classify(cursor.line(nxt).simp)
        if follow is None or follow.style != inner.style or follow.number != expected:
            break
        block.end = nxt
        expected += 1
    return block


def _figure(line: Line) -> Block | None:
    lex = lexicon()
    simp = line.simp
    omitted = any(mark in simp for mark in lex.figure_omitted) and len(simp) <= 2 * lex.figure_caption_max
    m = _FIGURE.match(simp)
    caption = m is not None and (m.group(1) or ":" in m.group(0)) and len(simp) <= lex.figure_caption_max
    if not (omitted or caption) or "。" in simp.rstrip("。"):
        return None
    label_end = len(m.group(0).rstrip(" :")) if m else 0
    body_start = m.end() if m else 0
    return Block(
        "note", line.number, line.number, style="figure", label=line.text[:label_end],
        title=line.text[body_start:].strip(), attrs=(("role", "figure_caption"),),
    )


def _styled_heading(cursor: Cursor, line: Line) -> Block | None:
    """A line without a label that the file makes a heading (a Word outline level, Heading style or a short
    bold paragraph): an ``item`` whose style is that heading style, so that the levels nest (``outline1`` >
    ``outline2``), unless it reads as a table caption (表1 …, a caption takes its table)."""
    style = cursor.heading(line.number)
    simp = line.simp.strip()
    if not style or len(simp) > _STYLED_MAX or simp.endswith(tuple(_ENDS_SENTENCE)) or _CAPTION.match(simp):
        return None
    return Block("item", line.number, line.number, style=style, title=line.text.strip(), attrs=(("heading", style),))


def _chart(cursor: Cursor, number: int, *, captioned: bool) -> list[Block]:
    """The labels read off a chart (axis ticks, values, years along the axis) as one note, if any."""
    end = chart_labels(cursor, number, captioned=captioned)
    if end is None:
        return []
    start = number if cursor.content(number) else next(n for n in range(number, end + 1) if cursor.content(n))
    return [Block("note", start, end, style="figure", attrs=(("role", "chart_labels"),))]


def _paragraph(cursor: Cursor, number: int) -> Block:
    block = Block("paragraph", number, _paragraph_end(cursor, number))
    text, simp = _joined(cursor, number, block.end)
    if is_prose(simp):
        block.extra["prose"] = "1"
    if any(ch in simp for ch in "。,;!?"):
        block.extra["sentence"] = "1"
    shi = shi_label(simp)
    body_start = 0
    if shi is not None:
        block.number, block.label = shi[0], text[: shi[1]]
        body_start = shi[1]
    head = runin_title(simp[body_start:])
    if head is not None:
        block.title = text[body_start : body_start + len(head)]
        block.runin = True
    return block


def _paragraph_end(cursor: Cursor, number: int) -> int:
    """Merge fragment lines (``2.5`` split out of ``PM2.5``) into the paragraph they belong to."""
    end = number
    while True:
        nxt = end + 1
        if not cursor.content(nxt) or cursor.line(end).simp.endswith(tuple(_ENDS_SENTENCE)):
            return end
        simp = cursor.line(nxt).simp
        fragment = _is_fragment(simp)
        current = cursor.line(end).simp
        glued = simp.startswith(tuple(_CLOSING_START)) or current.endswith(tuple(_OPENERS))
        if not (fragment or glued or _is_fragment(current)):
            return end
        if not fragment and classify(simp) is not None:
            return end
        end = nxt


def _is_fragment(simp: str) -> bool:
    """A short piece of a split line (``2.5``); a ``|`` alone is an empty table cell (parse/flat.py), not one."""
    return 0 < len(simp) <= 8 and simp.isascii() and not simp.startswith("(") and bool(cell_text(simp))
