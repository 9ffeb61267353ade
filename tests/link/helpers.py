"""Build link-stage inputs from real phrases (no store)."""

from __future__ import annotations

from dataclasses import replace

from plantrace import link
from plantrace.gazetteer import simplify
from plantrace.models.links import Passage, PlanDoc


def passage(doc: str, line: int, raw: str, path: tuple[str, ...] = ()) -> Passage:
    text = simplify(raw)
    return Passage(doc, f"{doc}-n{line}", line, text, tuple(range(len(text))), path, link.words(text))


def plan(doc: str, texts: list[str], **fields: object) -> PlanDoc:
    passages = tuple(passage(doc, n, t) for n, t in enumerate(texts, 1))
    base = PlanDoc(id=doc, source=f"{doc}.txt", place="", place_name="", level="", doc_type="fyp_outline",
                   period=(2021, 2025), passages=passages)
    return replace(base, **fields)  # type: ignore[arg-type]
