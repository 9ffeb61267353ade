"""plantrace: a traceable record of what Chinese government plans promised, where, and what happened next."""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``plantrace.search(db, query, …)``: the search package is imported on first use (it is callable)."""
    if name == "search":
        return importlib.import_module("plantrace.search")
    raise AttributeError(f"module 'plantrace' has no attribute {name!r}")
