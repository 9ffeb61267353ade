"""Reading order of a printed page from the positions of its text: two-column pages read column by column.

pypdf's ``extract_text`` gives a page's text in the order it was drawn, so a two-column page drawn row
by row across both columns comes out with the halves of each row glued together. Here the text pieces of
a page are collected with their positions (pypdf's ``visitor_text``); a page has two columns when a
vertical gutter in its middle third is crossed by few rows, text sits on both sides of it on many rows,
the left side's rows run on to the gutter (lines of running text fill their column; the short cells of
a two-column table do not) and each side of a row is one run of text (not a table's cells). Most
producers draw a page in reading order, and then pypdf's text is kept; a page drawn row by row across
both columns is read band by band (a row crossing the gutter, a title or a full-width paragraph, ends a
band), in each band the left column, then the right. A page without a gutter keeps pypdf's text.

Widths are estimated from the characters (a CJK character is one em, other characters half), which
is enough to find a gutter of two ems or more.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from plantrace.models import CELL_SEPARATOR

_GAP = 2.0  # ems of empty space a gutter needs at least
_MIN_SPLIT_ROWS = 3
_SIDE_SHARE = 0.2  # of the page's text rows, at least, have text on each side of the gutter
_CROSSED_SHARE = 0.25  # of the page's text rows, at most, cross the gutter
_FILL = 0.7  # the left column's typical row reaches this share of the way to the gutter


@dataclass(frozen=True, slots=True)
class Piece:
    """One run of text drawn at one place: left and right edge, baseline, font size (points)."""

    x0: float
    x1: float
    y: float
    size: float
    text: str


@dataclass(slots=True)
class Collector:
    """``visitor_text`` for pypdf: keeps every non-blank run of text with its position on the page."""

    pieces: list[Piece] = field(default_factory=list)

    def __call__(self, text: str, cm: Sequence[float], tm: Sequence[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (abs(tm[0] * cm[0]) + abs(tm[3] * cm[3])) / 2 or 1.0
        em = (size or 10.0) * scale
        lead = len(text) - len(text.lstrip())
        x += lead * em / 2
        text = text.strip()
        self.pieces.append(Piece(x, x + _ems(text) * em, y, em, text))


def _ems(text: str) -> float:
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.5 for ch in text)


def page_text(page: Any) -> tuple[str, bool]:
    """The text of one pypdf page in reading order, and whether the page is printed in two columns.

    pypdf gives the text in the order it was drawn, which most producers (Word, WPS, LibreOffice) make
    the reading order; a two-column page drawn row by row across both columns is put back in column
    order from the positions. A page holding a table (see :func:`table_lines`) is written from the
    positions too, each table row one line with its cells separated by
    :data:`~plantrace.models.CELL_SEPARATOR`."""
    collector = Collector()
    text: str = page.extract_text(visitor_text=collector) or ""
    rows = rows_of(collector.pieces)
    gutter = find_gutter(rows, float(page.mediabox.left), float(page.mediabox.right))
    if gutter is not None:
        if _interleaved(collector.pieces, gutter):
            return "\n".join(column_order(rows, gutter)), True
        return text, True
    tabled = table_lines(collector.pieces)
    return (text, False) if tabled is None else ("\n".join(tabled), False)


def rows_of(pieces: Sequence[Piece]) -> list[list[Piece]]:
    """Pieces grouped into printed rows (baselines within half an em), top to bottom, each left to right."""
    rows: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: (-p.y, p.x0)):
        if rows and abs(rows[-1][0].y - piece.y) <= piece.size / 2:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return [sorted(row, key=lambda p: p.x0) for row in rows]


def _side(row: Sequence[Piece], gutter: float) -> str:
    """``crossed`` (a piece reaches into the gutter), ``split`` (text on both sides), ``left`` or ``right``."""
    half = _GAP * row[0].size / 2
    if any(p.x0 - half < gutter < p.x1 + half for p in row):
        return "crossed"
    lefts = any(p.x1 <= gutter for p in row)
    rights = any(p.x0 >= gutter for p in row)
    return "split" if lefts and rights else "left" if lefts else "right"


def find_gutter(rows: Sequence[Sequence[Piece]], left: float, right: float) -> float | None:
    """The x of a column gutter in the middle third of the page, or None for a one-column page.

    The gutter is crossed by few rows (a quarter at most) and has text on both sides on many rows (a
    fifth of the rows and three at least on each side; the two columns' rows need not share baselines).
    Of the places that do best, the middle of the first run is taken."""
    if len(rows) < 2 * _MIN_SPLIT_ROWS:
        return None
    width = right - left
    scored: list[tuple[int, float]] = []
    x = left + width / 3
    while x <= left + 2 * width / 3:
        sides = [_side(row, x) for row in rows]
        crossed = sides.count("crossed")
        lefts = sides.count("left") + sides.count("split")
        rights = sides.count("right") + sides.count("split")
        enough = max(_MIN_SPLIT_ROWS, _SIDE_SHARE * len(rows))
        if crossed <= _CROSSED_SHARE * len(rows) and min(lefts, rights) >= enough:
            scored.append((min(lefts, rights) - 2 * crossed, x))
        x += 2.0
    if not scored:
        return None
    best = max(score for score, _ in scored)
    run = [x for score, x in scored if score == best]
    first = [x for n, x in enumerate(run) if x - run[0] == 2.0 * n]
    gutter = (first[0] + first[-1]) / 2
    return gutter if _left_column_fills(rows, gutter) else None


def _left_column_fills(rows: Sequence[Sequence[Piece]], gutter: float) -> bool:
    """Running text fills its column: the left side of a typical row reaches close to the gutter, and each
    side of a row is one run of text (a table's row holds cells apart from each other)."""
    starts, ends, celled, sides = [], [], 0, 0
    for row in rows:
        lefts = [p for p in row if p.x1 <= gutter]
        rights = [p for p in row if p.x0 >= gutter]
        for side in (lefts, rights):
            sides += bool(side)
            celled += len(cells_of(side)) > 1
        if lefts and _side(row, gutter) != "crossed":
            starts.append(lefts[0].x0)
            ends.append(lefts[-1].x1)
    if not starts:
        return False
    edge = min(starts)
    reach = sorted(ends)[len(ends) // 2]
    return reach - edge >= _FILL * (gutter - edge) and celled <= sides // 4


def column_order(rows: Sequence[Sequence[Piece]], gutter: float) -> list[str]:
    """The page's lines read band by band, each band's left column then its right one."""
    lines: list[str] = []
    band: list[Sequence[Piece]] = []
    for row in rows:
        if _side(row, gutter) == "crossed":
            lines += _band_lines(band, gutter)
            band = []
            lines.append(_join(row))
        else:
            band.append(row)
    return lines + _band_lines(band, gutter)


def _interleaved(pieces: Sequence[Piece], gutter: float) -> bool:
    """Whether the text comes row by row across both columns (left, right, left, …) rather than a column at a
    time, as most producers write it (then pypdf's order is the reading order already)."""
    sides = [piece.x1 <= gutter for piece in pieces if piece.x1 <= gutter or piece.x0 >= gutter]
    switches = sum(a != b for a, b in itertools.pairwise(sides))
    crossing = sum(1 for piece in pieces if piece.x0 < gutter < piece.x1)
    return switches > 2 * crossing + 4


def _band_lines(band: Sequence[Sequence[Piece]], gutter: float) -> list[str]:
    lefts = [_join([p for p in row if p.x1 <= gutter]) for row in band]
    rights = [_join([p for p in row if p.x0 >= gutter]) for row in band]
    return [line for line in lefts + rights if line]


def _join(row: Sequence[Piece]) -> str:
    """The pieces of one row as text: a space where they stand apart by a quarter em or more."""
    text = row[0].text if row else ""
    for before, piece in itertools.pairwise(row):
        text += (" " if piece.x0 - before.x1 >= piece.size / 4 else "") + piece.text
    return text


# -- tables ---------------------------------------------------------------------------------------

_CELL_GAP = 1.5  # ems of empty space between two cells of a row, at least
_MIN_TABLE_ROWS = 3  # a header and two rows
_CELL_CHARS = 10  # the typical cell after the first (a value) is at most this long


def cells_of(row: Sequence[Piece]) -> list[list[Piece]]:
    """The pieces of a row grouped into cells: a new cell where they stand apart by 1.5 ems or more."""
    found: list[list[Piece]] = []
    for piece in row:
        if found and piece.x0 - found[-1][-1].x1 < _CELL_GAP * piece.size:
            found[-1].append(piece)
        else:
            found.append([piece])
    return found


def _aligned(rows: Sequence[list[list[Piece]]]) -> bool:
    """Most cells of the rows start at a column edge shared with another row (within one em)."""
    starts = [cell[0].x0 for row in rows for cell in row[1:]]
    if not starts:
        return False
    size = rows[0][0][0].size
    shared = sum(1 for x in starts if sum(abs(x - other) <= size for other in starts) >= 2)
    return shared >= 0.6 * len(starts)


_HEADED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]"
                     r"|第[一二三四五六七八九十\d]+[章节部分]|注[:：]|说明[:：]|资料来源)")
_VALUE = re.compile(r"^[\[\]（）()+\-−～~<>≤≥约\d.,%‰万亿元个人年左右以上下]+$")
_NEAR = 0.8  # a row this share of the table's row pitch under the last row, or closer, holds its wrapped lines


def table_lines(pieces: Sequence[Piece]) -> list[str] | None:
    """The page's lines with each table row written as cells between separators, or None without a table.

    A table is a run of three rows or more that each have two cells or more, the cells starting at
    shared column edges. A cell whose text wraps onto two printed lines stays one cell (see
    :func:`_table_rows`)."""
    rows = rows_of(pieces)
    split = [cells_of(row) for row in rows]
    lines: list[str] = []
    index, found = 0, False
    while index < len(rows):
        end = index
        while end < len(rows) and (len(split[end]) >= 2 or (end > index and _continues(split, end))):
            end += 1
        table = [split[n] for n in range(index, end) if len(split[n]) >= 2]
        if len(table) >= _MIN_TABLE_ROWS and _aligned(table) and _short_cells(table):
            pitch = _pitch(split[index:end])
            while end < len(rows) and _wrapped_tail(split[end - 1], split[end], pitch, len(max(table, key=len))):
                end += 1
            lines += _table_rows(split[index:end])
            found, index = True, end
        else:
            lines.append(_join(rows[index]))
            index += 1
    return lines if found else None


def _short_cells(rows: Sequence[list[list[Piece]]]) -> bool:
    """Table cells are short (a figure, a year, a word); two columns of running text are not."""
    lengths = sorted(len(_join(cell)) for row in rows for cell in row[1:])
    return lengths[len(lengths) // 2] <= _CELL_CHARS


def _continues(split: Sequence[list[list[Piece]]], number: int) -> bool:
    """A one-cell row right under a table row, with a table row below it: a wrapped cell line."""
    return (len(split[number]) == 1 and number + 1 < len(split) and len(split[number + 1]) >= 2
            and len(split[number - 1]) >= 2)


def _gap(upper: Sequence[Sequence[Piece]], lower: Sequence[Sequence[Piece]]) -> float:
    return upper[0][0].y - lower[0][0].y


def _pitch(rows: Sequence[list[list[Piece]]]) -> float:
    """The usual distance between two table rows: the median gap between rows of two cells or more."""
    gaps = sorted(_gap(a, b) for a, b in itertools.pairwise(rows) if len(a) >= 2 and len(b) >= 2)
    return gaps[len(gaps) // 2] if gaps else 0.0


def _fragment(row: Sequence[Sequence[Piece]], widest: int) -> bool:
    """A row that may hold wrapped lines of cells: half the columns at most, no heading or note, no bare value."""
    return (len(row) <= max(1, widest // 2) and not _HEADED.match(_join(row[0]))
            and not any(_VALUE.match(_join(cell)) for cell in row))


def _wrapped_tail(above: Sequence[Sequence[Piece]], row: Sequence[Sequence[Piece]], pitch: float, widest: int) -> bool:
    """A row just under a table's last row (closer than the table's rows are to each other): its wrapped lines."""
    return len(above) >= 2 and _fragment(row, widest) and 0 < _gap(above, row) <= _NEAR * pitch


def _table_rows(rows: Sequence[list[list[Piece]]]) -> list[str]:
    """Table rows as lines, a cell's wrapped lines joined into it.

    A row of a few cells that may be wrapped lines (:func:`_fragment`) goes with the table row it is nearer
    to: under a row (as near to it as to the row below, or nearer) it continues that row's cells in the
    columns it stands in; above a row that has nothing in its columns and nearer to it than to the row
    above, it is the first line of a wrapped cell that the row's other cells are centred on."""
    widest = max(len(row) for row in rows)
    edges = [cell[0].x0 for cell in max(rows, key=len)]

    def column(cell: Sequence[Piece]) -> int:
        return min(range(len(edges)), key=lambda n: abs(edges[n] - cell[0].x0))

    out: list[list[list[Any]]] = []  # rows of [column, text]
    ahead: list[list[Any]] = []
    for number, row in enumerate(rows):
        texts: list[list[Any]] = [[column(cell), _join(cell).replace("|", "¦")] for cell in row]
        above = rows[number - 1] if number else None
        below = rows[number + 1] if number + 1 < len(rows) else None
        if number and _fragment(row, widest):
            up = _gap(above, row) if above else float("inf")
            down = _gap(row, below) if below else float("inf")
            if below is not None and down < up and len(below) >= 2 and not (
                    {column(c) for c in below} & {c for c, _ in texts}):
                ahead += texts
                continue
            if out and up <= down:
                for where, text in texts:
                    _put(out[-1], where, text)
                continue
        cells = texts
        for where, text in reversed(ahead):  # the first lines go in front of their cell's other lines
            own = next((cell for cell in cells if cell[0] == where), None)
            if own is None:
                cells.append([where, text])
            else:
                own[1] = text + own[1]
        cells.sort(key=lambda cell: cell[0])
        ahead = []
        out.append(cells)
    return [CELL_SEPARATOR.join(text for _, text in cells) for cells in out]


def _put(cells: list[list[Any]], where: int, text: str) -> None:
    """Text added to the cell in column ``where``, or a new cell there."""
    for cell in cells:
        if cell[0] == where:
            cell[1] += text
            return
    cells.append([where, text])
    cells.sort(key=lambda cell: cell[0])
