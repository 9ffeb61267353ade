"""Small PDFs written by the tests themselves (fpdf2, the CJK font of fonts-wqy-microhei): text placed
at given positions, so a test can print two columns or a table the way a plan office's PDF has them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

Placed = tuple[float, float, str]  # x, y from the top-left corner (points), the text


def _font_for(text: str, folder: Path) -> Path:
    """The font cut down to the characters of ``text`` (fpdf2 reads a whole CJK font slowly)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.drop_tables += ["FFTM"]
    cutter = subset.Subsetter(options)
    cutter.populate(text=text + " ")
    out = folder / "wqy-subset.ttf"
    with TTFont(str(FONT), fontNumber=0, lazy=True) as font:
        cutter.subset(font)
        font.save(str(out))
    return out


def write_pdf(path: Path, pages: Sequence[Sequence[Placed]], *, size: float = 10.5) -> Path:
    """One page per list of placed runs of text (A4, points)."""
    if not FONT.is_file():
        pytest.fail(f"the CJK font {FONT} is missing: `make system` installs fonts-wqy-microhei")
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("wqy", "", str(_font_for("".join(t for page in pages for _, _, t in page), path.parent)))
    pdf.set_font("wqy", size=size)
    for placed in pages:
        pdf.add_page()
        for x, y, text in placed:
            pdf.set_xy(x, y)
            pdf.cell(text=text)
    pdf.output(str(path))
    return path


def column_lines(lines: Sequence[str], x: float, top: float, *, leading: float = 16.0) -> list[Placed]:
    """Lines of one column, one under the other."""
    return [(x, top + n * leading, line) for n, line in enumerate(lines)]
