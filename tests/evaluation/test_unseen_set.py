"""The unseen evaluation set stays whole: gold in step with the annotations and the documents."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaluation.unseen import build_gold  # noqa: E402

UNSEEN = ROOT / "evaluation" / "unseen"


def test_gold_is_built_from_the_annotations() -> None:
    assert build_gold.GOLD_PATH.read_text("utf-8") == build_gold.render(build_gold.build_all())


def test_a_line_annotated_in_two_files_is_an_error(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("全年增长5%。\n", encoding="utf-8")
    block = "@ a.txt 1 stance=actual year=2025\n5% | 5 | % | = | growth | 增长\n"
    (tmp_path / "annotations.txt").write_text(block, encoding="utf-8")
    assert len(build_gold.build_all(tmp_path, docs)) == 1
    (tmp_path / "annotations_replacement.txt").write_text(block, encoding="utf-8")
    with pytest.raises(ValueError, match=r"already annotated in annotations\.txt"):
        build_gold.build_all(tmp_path, docs)


def test_gold_lines_are_the_documents_lines_byte_for_byte() -> None:
    for row in build_gold.GOLD_PATH.read_text("utf-8").splitlines():
        obj = json.loads(row)
        lines = (build_gold.DOCS_DIR / obj["file"]).read_text("utf-8").split("\n")
        assert lines[obj["line"] - 1] == obj["text"], (obj["file"], obj["line"])
        for m in obj["mentions"]:
            assert obj["text"][m["start"] : m["end"]] == m["surface"]
            assert (m["scope"] == "annual") == (m["period"] is None)


def test_questions_point_at_real_non_blank_lines() -> None:
    questions = [json.loads(q) for q in (UNSEEN / "questions.jsonl").read_text("utf-8").splitlines() if q]
    assert len({q["id"] for q in questions}) == len(questions) >= 50
    assert sum(q["paraphrased"] for q in questions) >= 20
    for q in questions:
        for answer in q["answers"]:
            lines = (build_gold.DOCS_DIR / answer["file"]).read_text("utf-8").split("\n")
            assert all(lines[n - 1].strip() for n in answer["lines"]), (q["id"], answer)


def test_no_unseen_document_is_a_sample_document() -> None:
    sample = {p.read_text("utf-8") for p in (ROOT / "examples").rglob("*.txt")}
    assert not any(p.read_text("utf-8") in sample for p in build_gold.DOCS_DIR.glob("*.txt"))
