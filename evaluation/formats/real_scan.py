"""A real published PDF turned into the scan a reader would get: each page rasterised and saved as an image.

Used by the per-format evaluation as the real scanned PDF (issue #14) while no image-only PDF of a plan or
report whose text version we hold has been found: the pages of a real bulletin PDF (evaluation/formats/real/)
are rendered at :data:`DPI` in grey, turned by a slight skew alternately left and right as a sheet fed into a
scanner is, and stored as JPEG pictures in a PDF without a text layer. The same input gives the same bytes.
"""

from __future__ import annotations

import io

DPI = 200
SKEW = 0.4  # degrees
QUALITY = 70  # JPEG quality


def scanned_copy(data: bytes) -> bytes:
    """The PDF's pages as page images (no text layer), as PDF bytes."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(data)
    pages = []
    try:
        for index in range(len(document)):
            image = document[index].render(scale=DPI / 72).to_pil().convert("L")
            image = image.rotate(SKEW if index % 2 else -SKEW, resample=Image.Resampling.BICUBIC, fillcolor=255)
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=QUALITY)
            pages.append(Image.open(io.BytesIO(buffer.getvalue())))
    finally:
        document.close()
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=DPI)
    return out.getvalue()
