"""Which node owns each line: every line is either removed or owned by exactly one node.

The rule, in order:

1. A node owns its own lines ``line_start..head_end`` (its heading, or the whole of a leaf).
2. Any other kept line (in practice a blank line) inside the span ``line_start..line_end`` of one
   or more nodes is owned by the deepest of them (always a container: a leaf's span is its own
   lines).
3. A kept line outside every span (blank lines before the first node, between top-level nodes or
   after the last one) is owned by the nearest top-level node before it, or by the first node
   when it comes before all of them.

A document with no nodes owns no lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from plantrace.models import Node, Removed


def removed_lines(removed: Iterable[Removed]) -> frozenset[int]:
    """The set of line numbers in removed runs."""
    return frozenset(n for run in removed for n in range(run.line_start, run.line_end + 1))


def owned_lines(
    nodes: Sequence[Node], line_count: int, removed: Iterable[Removed] = ()
) -> dict[int, str]:
    """Map every kept line ``1..line_count`` to the id of the node that owns it (see the module rule)."""
    if not nodes:
        return {}
    gone = removed_lines(removed)
    owner: dict[int, str] = {}
    for node in nodes:
        for number in range(node.line_start, node.head_end + 1):
            owner.setdefault(number, node.id)
    _fill_spans(nodes, gone, owner)
    _fill_gaps(nodes, line_count, gone, owner)
    return owner


def own_line_claims(nodes: Sequence[Node]) -> dict[int, list[str]]:
    """Every node claiming each line as its own: a well-formed tree has one claim per line."""
    claims: dict[int, list[str]] = {}
    for node in nodes:
        for number in range(node.line_start, node.head_end + 1):
            claims.setdefault(number, []).append(node.id)
    return claims


def _fill_spans(nodes: Sequence[Node], gone: frozenset[int], owner: dict[int, str]) -> None:
    # Nodes come in document order and spans nest, so a deeper node overwrites its ancestors.
    filled: set[int] = set()
    for node in nodes:
        for number in range(node.head_end + 1, node.line_end + 1):
            if number not in gone and (number not in owner or number in filled):
                owner[number] = node.id
                filled.add(number)


def _fill_gaps(nodes: Sequence[Node], line_count: int, gone: frozenset[int], owner: dict[int, str]) -> None:
    tops = [n for n in nodes if n.parent is None]
    first = tops[0] if tops else nodes[0]
    current = first.id
    starts = {n.line_start: n.id for n in tops}
    for number in range(1, line_count + 1):
        current = starts.get(number, current)
        if number not in gone and number not in owner:
            owner[number] = current
