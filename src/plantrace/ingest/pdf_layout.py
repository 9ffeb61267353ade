"""Printed pages back into text: running headers, footers and page numbers removed, wrapped lines joined.

A PDF's text layer holds the printed lines. A Chinese line wraps mid-sentence with no hyphen, so a
line is joined to the next when it is full (about as wide as the page's widest lines), does not end a
sentence, and the next line does not open a heading or a box. Lines that repeat at the top or bottom
of most pages (a running title) and page numbers (— 12 —, 一 12 一, 第 3 页) are page furniture: they
are removed, and what was removed is said in a warning. The page of every kept line is returned too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from plantrace.models import CELL_SEPARATOR

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[—–\-一－_·•]{1,3}\s*\d{1,4}\s*[—–\-一－_·•]{1,3}"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?|\d{1,4})\s*$"
)
_SENTENCE_END = tuple("。！？；：!?;…”’」』）)】")
_HEADING_START = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[编篇章节部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]"
    r"|\d+[、.．](?!\d)|专栏|附[件表录]|注[:：])"
)
_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])[ \t]+|[ \t]+(?=[{_CJK}])")
# quotes drawn from a fallback font come out of the text layer before the word they enclose, with a
# space where the closing one stood: 第一节“ ”十三五 时期 -> 第一节“十三五”时期
_SPLIT_QUOTES = re.compile(r"“\s*”([^\s“”]{1,12})\s")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_SEAM_LOOKBACK = 8  # a Latin seam has no Chinese character this close before it
_FULL = 0.85  # a line at least this share of the page's widest line is full (it wrapped)


@dataclass(frozen=True, slots=True)
class Laid:
    """The kept lines, the page (1-based) of each, where on its page each starts, and what was removed.

    ``page_lines[i]`` counts the printed lines of the page's body (running header and page number not
    counted), in reading order, from 1: where ``lines[i]`` begins on page ``pages[i]``.
    """

    lines: list[str]
    pages: list[int]
    removed: Counter[str]
    page_lines: list[int]


def _width(line: str) -> float:
    return sum(0.5 if ord(ch) < 0x2E80 and not 0x2010 <= ord(ch) <= 0x206F else 1.0 for ch in line.strip())


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip())


def _repeated(pages: list[list[str]], edge: slice) -> set[str]:
    """Lines seen at a page edge (first or last two lines) on at least half the pages (three at least)."""
    if len(pages) < 2:
        return set()
    counts = Counter(key for page in pages for key in {
        _furniture_key(line) for line in page[edge] if line.strip() and not line.strip().endswith(_SENTENCE_END)
    })
    need = max(2, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= need}


def _latin_seam(before: str, after: str) -> bool:
    """Two Latin words or numbers meet in Latin text: not a Chinese wrap, never glued together.

    Chinese text wraps anywhere, inside a number too (全市4 | 0%以上, 新增2 | 39个): a seam whose line
    before has Chinese just before it is a Chinese wrap and is glued.
    """
    latin = before[-1].isascii() and before[-1].isalnum() and after[0].isascii() and after[0].isalnum()
    return latin and not _CJK_CHAR.search(before[-_SEAM_LOOKBACK:])


def close_cjk_spaces(line: str) -> str:
    """Remove the spaces a text layer puts between Chinese and Latin or digits (2021 年 -> 2021年);
    a table row's cell separators stay as they are."""
    cells = line.split(CELL_SEPARATOR)
    return CELL_SEPARATOR.join(_SPACE_NEAR_CJK.sub("", _SPLIT_QUOTES.sub(r"“\1”", cell)) for cell in cells)


def strip_furniture(pages: list[list[str]]) -> tuple[list[list[str]], Counter[str]]:
    repeated = _repeated(pages, slice(0, 2)) | _repeated(pages, slice(-2, None))
    removed: Counter[str] = Counter()
    kept_pages: list[list[str]] = []
    for page in pages:
        kept = list(page)
        for edge in (0, -1):  # a page number or running line at the top or bottom, twice at most
            for _ in range(2):
                while kept and not kept[edge].strip():
                    kept.pop(edge)
                if not kept:
                    break
                line = kept[edge]
                if _PAGE_NUMBER.match(line):
                    removed["page number"] += 1
                elif _furniture_key(line) in repeated:
                    removed[line.strip()] += 1
                else:
                    break
                kept.pop(edge)
        kept_pages.append(kept)
    return kept_pages, removed


def _full_width(pages: list[list[str]]) -> float:
    """How wide a line is when it is full: a share of the widest lines' width (the 90th percentile)."""
    widths = sorted(_width(line) for page in pages for line in page if line.strip())
    return widths[int(len(widths) * 0.9)] * _FULL if widths else 0.0


def join_wrapped(
    pages: list[list[str]], columns: frozenset[int] = frozenset()
) -> tuple[list[str], list[int], list[int]]:
    """The lines with wraps joined, the page of each, and its first printed line on that page.

    A page in ``columns`` (1-based numbers of pages read as two columns) measures full lines against its
    own lines, since they are half as wide as the document's other pages'."""
    whole = _full_width([page for number, page in enumerate(pages, start=1) if number not in columns])
    lines: list[str] = []
    where: list[int] = []
    at: list[int] = []
    open_line = False
    for number, page in enumerate(pages, start=1):
        full = _full_width([page]) if number in columns else whole
        printed = 0
        for raw in page:
            line = close_cjk_spaces(raw.strip())
            if not line:
                open_line = False
                continue
            printed += 1
            row = CELL_SEPARATOR in line  # a table row is never joined to another line
            if open_line and not row and not _HEADING_START.match(line) and not _latin_seam(lines[-1], line):
                lines[-1] += line
            else:
                lines.append(line)
                where.append(number)
                at.append(printed)
            open_line = _width(line) >= full and not line.endswith(_SENTENCE_END) and not row
    return lines, where, at


def lay_out(page_texts: list[list[str]], columns: frozenset[int] = frozenset()) -> Laid:
    """Furniture removed and wraps joined; ``columns``: the pages (1-based) printed in two columns."""
    pages, removed = strip_furniture(page_texts)
    lines, where, at = join_wrapped(pages, columns)
    return Laid(lines, where, removed, at)
