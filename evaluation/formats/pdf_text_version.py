"""The text version of a real PDF with a text layer, made without the reader under test (issue #14).

Poppler's ``pdftotext -layout`` keeps each printed line with its indentation and the gaps between table
columns. This writes what a plain-text copy of the document holds:

- a page-number line (— 3 —, -3-) is dropped;
- a line with two gaps of two spaces or more between words, or one before a number ending it, is a table
  row: its cells joined by `` | ``
  (one-character cells in a row are one cell spread out: 林    业);
- a line indented by :data:`INDENT` spaces or more opens a paragraph; a line that is not indented continues
  the open paragraph, across blank lines and page breaks, until a line ends in 。！？
- a line indented by :data:`CENTRED` spaces or more is centred: a heading or caption, a line of its own;
- spaces next to a Chinese character or Chinese punctuation are closed (一、综       合 -> 一、综合).

Then read through by hand. Run once to (re)make a ``real/*.txt``:

    pdftotext -layout real/NAME.pdf /tmp/NAME.layout.txt
    python -m evaluation.formats.pdf_text_version /tmp/NAME.layout.txt > real/NAME.txt
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

INDENT = 3
CENTRED = 8  # a line indented this far is centred: a heading or caption, a line of its own
_PAGE_NUMBER = re.compile(r"^\s*[—–\-一－]*\s*\d{1,3}\s*[—–\-一－]*\s*$")
_GAP = re.compile(r"\S\s{2,}(?=\S)")
_NUMBER_CELL = re.compile(r"\s{2,}-?\d+(?:\.\d+)?$")
_WIDE = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’、。，；：？！（）《》"
_SPACE_NEAR_WIDE = re.compile(f"(?<=[{_WIDE}])\\s+|\\s+(?=[{_WIDE}])")
_ENDS = tuple("。！？")
_CJK = re.compile(r"[\u4e00-\u9fff]{2}$")


def close(text: str) -> str:
    return _SPACE_NEAR_WIDE.sub("", re.sub(r"\s+", " ", text.strip()))


def _row(line: str) -> str | None:
    gaps = len(_GAP.findall(line.strip()))
    if gaps == 0 or (gaps == 1 and not _NUMBER_CELL.search(line.strip())):
        return None
    cells: list[str] = []
    for cell in (close(c) for c in re.split(r"\s{2,}", line.strip())):
        if cells and len(cell) == 1 and len(cells[-1]) == 1 and _CJK.match(cell + cells[-1]):
            cells[-1] += cell  # 林    业: one cell, its characters spread out
        else:
            cells.append(cell)
    return " | ".join(cells)


def lines(layout: str) -> Iterator[str]:
    """The text version's lines from ``pdftotext -layout`` output."""
    paragraph = ""
    for raw in layout.replace("\f", "\n").splitlines():
        if not raw.strip() or _PAGE_NUMBER.match(raw):
            continue
        row = _row(raw)
        indent = len(raw) - len(raw.lstrip())
        if row is None and paragraph and indent < INDENT and not paragraph.endswith(_ENDS):
            paragraph += close(raw)
            continue
        if paragraph:
            yield paragraph
            paragraph = ""
        if row is not None:
            yield row
        elif indent >= CENTRED:
            yield close(raw)  # a heading, a caption, the issuer or the date: centred
        else:
            paragraph = close(raw)
    if paragraph:
        yield paragraph


if __name__ == "__main__":
    print("\n".join(lines(Path(sys.argv[1]).read_text(encoding="utf-8"))))
