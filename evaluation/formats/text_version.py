"""The text version of a real Word file, made without the reader under test (issue #14).

LibreOffice exports the file as HTML (``soffice --headless --convert-to html``); this turns that HTML into
the text a plain-text copy of the document holds: one line per paragraph, and a table one line per row, its
cells joined by `` | `` (as plantrace writes a table in text; a cell spanning columns followed by empty
cells). Nothing else is changed. Run once by hand to (re)make a ``real/*.txt``:

    soffice --headless --convert-to html --outdir /tmp/x real/NAME.docx
    python -m evaluation.formats.text_version /tmp/x/NAME.html > real/NAME.txt
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table"}


def _text(element: Any) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def _row(tr: Any) -> str:
    cells: list[str] = []
    for cell in tr.iterchildren("td", "th"):
        cells.append(_text(cell).replace("|", "¦"))
        cells.extend([""] * (int(cell.get("colspan", "1") or 1) - 1))
    return " | ".join(cells) if any(cells) else ""


def lines(html: str) -> Iterator[str]:
    """The document's lines in order: paragraphs, and the rows of each (outermost) table."""
    from lxml import html as lxml_html

    body = lxml_html.fromstring(html).find("body")
    stack = [iter(body)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        if not isinstance(element.tag, str):
            continue
        if element.tag == "table":
            yield from (row for row in (_row(tr) for tr in element.iter("tr")) if row)
        elif element.tag in _BLOCKS:
            text = _text(element)
            if text:
                yield text
        else:
            stack.append(iter(element))


if __name__ == "__main__":
    print("\n".join(lines(Path(sys.argv[1]).read_text(encoding="utf-8"))))
