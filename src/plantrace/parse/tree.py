"""Structure parser. (Foundation placeholder: one paragraph per non-blank kept line.)"""

from __future__ import annotations

from plantrace.models import CleanText, Document, DocWarning, Node


def parse_document(document: Document, cleaned: CleanText) -> tuple[tuple[Node, ...], tuple[DocWarning, ...]]:
    removed = {n for r in cleaned.removed for n in range(r.line_start, r.line_end + 1)}
    nodes = []
    for line in cleaned.lines:
        if line.blank or line.number in removed:
            continue
        order = len(nodes)
        nodes.append(Node(
            id=f"{document.id}.{order}", doc_id=document.id, parent=None, kind="paragraph",
            number=None, label=None, title="", path=(), line_start=line.number, line_end=line.number,
            head_end=line.number, order=order, text=line.raw, simp=line.simp,
        ))
    return tuple(nodes), ()
