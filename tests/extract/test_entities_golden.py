"""Golden projects and concepts of the sample corpus, reviewed by hand.

A missing or different golden file fails. To regenerate after a deliberate change, run
``PLANTRACE_UPDATE_GOLDEN=1 .venv/bin/pytest tests/extract/test_entities_golden.py`` and review the
diff of ``tests/golden/entities/`` by hand before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from plantrace.pipeline import process_file

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
GOLDEN = ROOT / "tests" / "golden" / "entities"
DOCS = [
    "guangzhou_fyp14_outline_partial", "haizhu_fyp14_outline_hant", "conghua_fyp14_outline_2022",
    "liwan_fyp14_outline_scraped", "guangzhou_work_report_2021",
]
LIST_RULE = "entity.project.list.v1"
NAME_RULE = "entity.project.category.name.v1"
SHARED_SUFFIX_RULE = "entity.project.shared_suffix.v1"


def project_rows(name: str) -> list[str]:
    _, facts = process_file(CORPUS / f"{name}.txt")
    rows = []
    for p in facts.projects:
        # headings of text lists come from the parser: pinned only when the name decides the category
        in_text = p.evidence.rule in (LIST_RULE, SHARED_SUFFIX_RULE)
        category = "~" if in_text and p.category_rule != NAME_RULE else p.category
        group = "~" if in_text else p.group
        rows.append("\t".join([str(p.evidence.line_start), p.evidence.rule, p.name, category, group,
                               p.status or "-", p.place or "-"]))
    return rows


def concept_rows(name: str) -> list[str]:
    _, facts = process_file(CORPUS / f"{name}.txt")
    return [
        "\t".join([str(c.evidence.line_start), c.evidence.rule, c.name, c.key,
                   json.dumps([list(p) for p in c.parts if p[1]], ensure_ascii=False)])
        for c in facts.concepts
    ]


@pytest.mark.parametrize("kind", ["projects", "concepts"])
@pytest.mark.parametrize("name", DOCS)
def test_golden(name: str, kind: str) -> None:
    rows = project_rows(name) if kind == "projects" else concept_rows(name)
    path = GOLDEN / f"{name}.{kind}.tsv"
    columns = "category\tgroup\tstatus\tplace" if kind == "projects" else "key\tdefined_parts"
    text = "line\trule\tname\t" + columns + "\n"
    text += "".join(row + "\n" for row in rows)
    if os.environ.get("PLANTRACE_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden {path}: run with PLANTRACE_UPDATE_GOLDEN=1 and review it by hand"
    assert path.read_text(encoding="utf-8") == text
