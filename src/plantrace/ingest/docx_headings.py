"""Which Word paragraphs are headings by their formatting, when their text carries no label (issue #14).

A plan office's Word file marks a heading in one of three ways; the first that applies wins:

1. an outline level: ``w:outlineLvl`` 0–8 in the paragraph's properties, else in its style or a style it
   is based on (9 is body text) -> ``outline1`` … ``outline9``;
2. a heading style by name: ``Heading 1`` … ``Heading 9``, ``标题 1`` … (as WPS names them) -> ``outlineN``;
3. a short paragraph set all in bold that reads as a heading: at most :data:`BOLD_MAX` characters, no
   sentence punctuation (。，；！？), not a table or figure caption (表1 …, 图1 …) -> ``bold``.

Anything else is body text (``""``), and so is every paragraph inside a table cell: a cell's bold text is
a column header, not a heading of the document. Bold words inside a sentence do not make it a heading:
every run with text must be bold. ``Title``/``标题`` (no number) is the document's title, not a heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_STYLE_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_SENTENCE = re.compile(r"[。，,；;！!？?]")
_CAPTION = re.compile(r"^[表图]\s*\d")
_BODY_LEVEL = 9
_MAX_CHAIN = 16
BOLD_MAX = 30


def _on(element: Any | None) -> bool | None:
    """A Word on/off property: None when absent, else whether it is on."""
    if element is None:
        return None
    return element.get(f"{_W}val") not in ("0", "false", "off")


class HeadingStyles:
    """The heading style of each paragraph of one document, from its styles part."""

    def __init__(self, styles: dict[str | None, Any]) -> None:
        self.styles = styles

    def _chain(self, style_id: str | None) -> Iterator[Any]:
        """The style and the styles it is based on, nearest first."""
        for _ in range(_MAX_CHAIN):
            style = self.styles.get(style_id)
            if style is None:
                return
            yield style
            based = style.find(f"{_W}basedOn")
            style_id = None if based is None else based.get(f"{_W}val")

    def _level(self, ppr: Any | None, style_id: str | None) -> int | None:
        """The outline level (1-9) of the paragraph's own properties or its style chain, else its style name."""
        sources = [ppr] if ppr is not None else []
        sources += [style.find(f"{_W}pPr") for style in self._chain(style_id)]
        for props in sources:
            found = None if props is None else props.find(f"{_W}outlineLvl")
            if found is not None:
                value = int(found.get(f"{_W}val") or _BODY_LEVEL)
                return value + 1 if 0 <= value < _BODY_LEVEL else None
        for style in self._chain(style_id):
            name = style.find(f"{_W}name")
            match = _STYLE_NAME.match("" if name is None else (name.get(f"{_W}val") or "").strip())
            if match:
                return int(match.group(1))
        return None

    def _bold(self, style_id: str | None, run: Any) -> bool:
        """A run is bold by its own properties, else its character style, else the paragraph's style."""
        rpr = run.find(f"{_W}rPr")
        own = None if rpr is None else _on(rpr.find(f"{_W}b"))
        if own is not None:
            return own
        char_style = None if rpr is None else rpr.find(f"{_W}rStyle")
        ids = ([char_style.get(f"{_W}val")] if char_style is not None else []) + [style_id]
        for start in ids:
            for style in self._chain(start):
                props = style.find(f"{_W}rPr")
                found = None if props is None else _on(props.find(f"{_W}b"))
                if found is not None:
                    return found
        return False

    def of(self, p: Any, text: str, *, in_table: bool) -> str:
        """``outlineN``, ``bold`` or ``""`` for one paragraph (``w:p``) whose text is ``text``."""
        if in_table or not text.strip():
            return ""
        ppr = p.find(f"{_W}pPr")
        ref = None if ppr is None else ppr.find(f"{_W}pStyle")
        style_id = None if ref is None else ref.get(f"{_W}val")
        level = self._level(ppr, style_id)
        if level is not None:
            return f"outline{level}"
        bare = re.sub(r"\s+", "", text)
        if len(bare) > BOLD_MAX or _SENTENCE.search(bare) or _CAPTION.match(bare):
            return ""
        runs = [r for r in p.iter(f"{_W}r") if "".join(t.text or "" for t in r.iter(f"{_W}t")).strip()]
        return "bold" if runs and all(self._bold(style_id, r) for r in runs) else ""
