"""A glossary's entries (名词解释, 注释) take the time of the place their term is first used in the body.

A work report's glossary follows its tasks, but an entry explains a term of any section: “334”联农带农模式：…
其中，农户占30% (云南 2025) explains a model of the 2024 review, “天府青城计划”：…遴选支持350名左右本土高层次人才
(四川 2025) a programme the review reports on, and “1+1+N”运贸综合服务体系：“1”即1个管理运营机构 (云南 2025) a
system of the 2025 tasks. A count or share in a definition is a quantity of that section: the entry's line is read
with the headings of the term's first use. An entry whose term the body never uses, or that writes years of its
own (第1个“三年行动”（2025—2027年）), keeps the reading of the place it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from plantrace.models import Line, Node

_TERM_END = re.compile("[:：]")
_QUOTED = re.compile("“[^“”]{2,20}”")
_MIN_TERM = 2


def term_places(nodes: Iterable[Node], by_number: dict[int, Line]) -> dict[int, int]:
    """Each glossary entry's line -> the body line that first uses its term (the term as written, else its
    quoted core: 沪滇“16+16”园区共建 -> “16+16”)."""
    nodes = sorted(nodes, key=lambda n: n.order)
    entries = [n for n in nodes if n.kind == "note" and n.line_start == n.head_end and _in_glossary(n)]
    if not entries:
        return {}
    held = {n for e in entries for n in range(e.line_start, e.line_end + 1)}
    body = [by_number[n] for node in nodes if node.kind not in ("toc", "note")
            for n in range(node.line_start, node.head_end + 1) if n in by_number and n not in held]
    body.sort(key=lambda line: line.number)
    places: dict[int, int] = {}
    for entry in entries:
        line = by_number.get(entry.line_start)
        if line is None:
            continue
        for term in _terms(line.simp, entry.label or ""):
            used = next((b.number for b in body if term in b.simp), None)
            if used is not None:
                places[entry.line_start] = used
                break
    return places


def _in_glossary(node: Node) -> bool:
    """A block the parser put under a glossary heading (``headings.toml`` ``note_sections``: 名词解释, 注释 …)."""
    return ("role", "note_section") in node.attrs


def _terms(text: str, label: str) -> list[str]:
    """The term an entry explains (the words before its colon, the number marker taken off), then its quoted
    cores."""
    if label and text.startswith(label.strip()):
        text = text[len(label.strip()):]
    end = _TERM_END.search(text)
    if end is None:
        return []
    term = text[:end.start()].strip()
    if len(term) < _MIN_TERM:
        return []
    return [term, *(q for q in _QUOTED.findall(term) if q != term)]
