"""plantrace: a traceable record of what Chinese government plans promised, where, and what happened next."""

from __future__ import annotations

__version__ = "0.1.0"
