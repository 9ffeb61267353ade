"""A scan made from text: lines printed with a CJK font onto page images, saved as an image-only PDF.

This stands in for a scanner: every page is a picture (no text layer), with a running header at the
top and a page number at the bottom in the styles governments print (一 3 一, - 3 -). Used by the
OCR tests and by the per-format evaluation; needs Pillow and a CJK font (Debian fonts-wqy-microhei).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
)
DPI = 200
WIDTH, HEIGHT = 1654, 2339  # A4 at 200 dpi
MARGIN = 170
LEADING = 52
FONT_SIZE = 33  # about 12 pt at 200 dpi
PAGE_NUMBERS = ("一 {n} 一", "- {n} -", "— {n} —")


def cjk_font(size: int = FONT_SIZE) -> ImageFont.FreeTypeFont:
    for path in FONTS:
        if path.exists():
            return ImageFont.truetype(str(path), size)
    raise FileNotFoundError("no CJK font found: apt-get install fonts-wqy-microhei")


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """A paragraph cut into printed lines as a word processor does for Chinese: anywhere, no hyphen."""
    out, line = [], ""
    for ch in text:
        if line and font.getlength(line + ch) > width:
            out.append(line)
            line = ""
        line += ch
    return [*out, line] if line else out


def scan_pdf(paragraphs: Iterable[str], header: str = "", *, number_style: str = PAGE_NUMBERS[0],
             lines_per_page: int = 38) -> bytes:
    """The paragraphs printed on A4 page images (header, first-line indent, page number), as PDF bytes."""
    font = cjk_font()
    body = WIDTH - 2 * MARGIN
    printed: list[str] = []
    for paragraph in paragraphs:
        printed.extend(wrap(paragraph, font, body))
    pages = []
    for first in range(0, max(len(printed), 1), lines_per_page):
        image = Image.new("L", (WIDTH, HEIGHT), 255)
        draw = ImageDraw.Draw(image)
        if header:
            draw.text(((WIDTH - font.getlength(header)) / 2, 90), header, font=font, fill=0)
            draw.line((MARGIN, 140, WIDTH - MARGIN, 140), fill=0, width=2)
        for row, line in enumerate(printed[first:first + lines_per_page]):
            draw.text((MARGIN, 200 + row * LEADING), line, font=font, fill=0)
        number = number_style.format(n=len(pages) + 1)
        draw.text(((WIDTH - font.getlength(number)) / 2, HEIGHT - 130), number, font=font, fill=0)
        pages.append(image)
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=DPI)
    return out.getvalue()
