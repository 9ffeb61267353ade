"""The link stage's word lists (``data/link_words.toml``), loaded once."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources


@functools.lru_cache(maxsize=1)
def lists() -> dict[str, tuple[str, ...]]:
    text = resources.files("plantrace").joinpath("data/link_words.toml").read_text(encoding="utf-8")
    return {key: tuple(value) for key, value in tomllib.loads(text).items()}
