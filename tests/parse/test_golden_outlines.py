"""Golden outlines: every non-paragraph node and the warning codes of the sample documents.

A missing golden file fails. To (re)generate after a reviewed change of the parser:

    PLANTRACE_UPDATE_GOLDEN=1 .venv/bin/pytest tests/parse/test_golden_outlines.py

then review the diff by hand against the source lines (``awk 'NR==n' FILE``) before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from parse_helpers import parse_corpus

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "outlines"
DOCUMENTS = [
    "conghua_fyp14_outline_2022.txt",
    "guangzhou_fyp14_outline_partial.txt",
    "guangzhou_work_report_2021.txt",
    "haizhu_fyp14_outline_hant.txt",
    "liwan_fyp14_outline_scraped.txt",
    "national/national_work_report_2011.txt",
    "national/national_work_report_2016.txt",
]


def outline(relative: str) -> dict[str, object]:
    _, _, nodes, warnings = parse_corpus(relative)
    return {
        "source": relative,
        "nodes": [
            {"kind": n.kind, "label": n.label, "number": n.number, "title": n.title,
             "line_start": n.line_start, "line_end": n.line_end}
            for n in nodes if n.kind != "paragraph"
        ],
        "warnings": [w.code for w in warnings],
    }


@pytest.mark.parametrize("relative", DOCUMENTS)
def test_outline_matches_golden(relative: str) -> None:
    path = GOLDEN / f"{Path(relative).stem}.json"
    actual = outline(relative)
    if os.environ.get("PLANTRACE_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert path.exists(), f"missing golden {path}: run with PLANTRACE_UPDATE_GOLDEN=1 and review it"
    assert json.loads(path.read_text(encoding="utf-8")) == actual
