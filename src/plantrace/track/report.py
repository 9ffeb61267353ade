"""The evaluation report (placeholder replaced below)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from plantrace.track.model import Assessment, Observation


def render(assessed: Sequence[Assessment], series: Sequence[Observation], docs: Sequence[Mapping[str, Any]], *,
           jurisdiction: str, period: tuple[int, int], fmt: str) -> str:
    return "\n".join(a.explanation for a in assessed)
