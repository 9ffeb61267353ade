"""A scan made from text: lines printed with a CJK font onto page images, saved as an image-only PDF.

This stands in for a scanner: every page is a picture (no text layer), with a running header at the
top and a page number at the bottom in the styles governments print (一 3 一, - 3 -). Used by the
OCR tests and by the per-format evaluation; needs Pillow and a CJK font (Debian fonts-wqy-microhei).
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

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


def printed_pages(paragraphs: Iterable[str], lines_per_page: int = 38) -> list[list[str]]:
    """The body lines printed on each page (header and page number not included)."""
    font = cjk_font()
    printed: list[str] = []
    for paragraph in paragraphs:
        printed.extend(wrap(paragraph, font, WIDTH - 2 * MARGIN))
    return [printed[first:first + lines_per_page] for first in range(0, max(len(printed), 1), lines_per_page)]


def degraded(image: Image.Image, dpi: int, noise: float, seed: int) -> Image.Image:
    """The page as a worse scanner gives it: sampled at ``dpi`` (below the print's 200); with ``noise`` (0-1)
    blurred, sprinkled with dark and light specks, and thresholded to black and white as a fax-like scanner
    does. The same seed gives the same page."""
    rng = random.Random(seed)
    small = image.resize((WIDTH * dpi // DPI, HEIGHT * dpi // DPI), Image.Resampling.BILINEAR)
    if not noise:
        return small
    small = small.filter(ImageFilter.GaussianBlur(0.3 + noise))
    draw = ImageDraw.Draw(small)
    for _ in range(int(small.width * small.height * noise / 400)):
        x, y = rng.randrange(small.width), rng.randrange(small.height)
        draw.point((x, y), fill=rng.choice((0, 255)))
    return small.point(lambda v: 0 if v < 150 else 255)


def scan_pdf(paragraphs: Iterable[str], header: str = "", *, number_style: str = PAGE_NUMBERS[0],
             lines_per_page: int = 38, dpi: int = DPI, noise: float = 0.0, seed: int = 0) -> bytes:
    """The paragraphs printed on A4 page images (header, first-line indent, page number), as PDF bytes;
    ``dpi`` below 200 and ``noise`` above 0 make a worse scan (see :func:`degraded`)."""
    font = cjk_font()
    pages = []
    for printed in printed_pages(paragraphs, lines_per_page):
        image = Image.new("L", (WIDTH, HEIGHT), 255)
        draw = ImageDraw.Draw(image)
        if header:
            draw.text(((WIDTH - font.getlength(header)) / 2, 90), header, font=font, fill=0)
            draw.line((MARGIN, 140, WIDTH - MARGIN, 140), fill=0, width=2)
        for row, line in enumerate(printed):
            draw.text((MARGIN, 200 + row * LEADING), line, font=font, fill=0)
        number = number_style.format(n=len(pages) + 1)
        draw.text(((WIDTH - font.getlength(number)) / 2, HEIGHT - 130), number, font=font, fill=0)
        pages.append(image if dpi == DPI and not noise else degraded(image, dpi, noise, seed + len(pages)))
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return out.getvalue()
