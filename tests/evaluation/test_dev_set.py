"""The dev set (tuned-on) stays whole: every annotation file parses against its documents, once per line."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaluation.dev import build_gold  # noqa: E402


def test_every_annotation_file_parses_against_the_dev_documents() -> None:
    objects = build_gold.build_all()
    assert len(objects) >= 30
    assert sum(len(obj["mentions"]) for obj in objects) >= 300
    for obj in objects:
        line = (build_gold.DOCS_DIR / obj["file"]).read_text("utf-8").split("\n")[obj["line"] - 1]
        assert line == obj["text"]


def test_a_line_annotated_in_two_files_is_an_error(tmp_path: Path) -> None:
    shutil.copy(build_gold.HERE / "annotations.txt", tmp_path / "annotations.txt")
    first = next(row for row in (tmp_path / "annotations.txt").read_text("utf-8").splitlines() if row.startswith("@"))
    (tmp_path / "annotations_other.txt").write_text(first + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="already annotated"):
        build_gold.build_all(tmp_path)
