"""Tracking stage: indicators, targets, observations and the status engine (pure functions).

Store access and composition live in :mod:`plantrace.tracking`.
"""

from __future__ import annotations

from plantrace.track.indicators import indicators, match, resolve
from plantrace.track.model import (
    LABELS,
    Assessment,
    Evidence,
    Indicator,
    Observation,
    Target,
)
from plantrace.track.status import RULES, assess

__all__ = ["LABELS", "RULES", "Assessment", "Evidence", "Indicator", "Observation", "Target", "assess",
           "indicators", "match", "resolve"]
