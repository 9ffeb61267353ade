"""Search index rows and hits (the search contract of DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IndexRow:
    """What the search stage asks the store to index for one node."""

    node_id: str
    doc_id: str
    body: str      # tokens of the node's simplified text, space-separated
    heading: str   # tokens of its heading path, space-separated
