"""The synthetic corpus lives in the library now (``plantrace.synthetic``, ``plantrace bench corpus``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from plantrace.synthetic import PLACES, vary
from plantrace.synthetic import generate as _generate

__all__ = ["PLACES", "generate", "vary"]


def generate(corpus: Path, out: Path, count: int, seed: int = 14) -> Iterator[Path]:
    """``count`` documents drawn and varied from the files under ``corpus`` (see plantrace.synthetic)."""
    return _generate(corpus, out, count, seed)
