"""Evaluation data stays apart from the tests: no new overlap, none at all with the unseen set."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaluation import overlap  # noqa: E402


def test_no_test_copies_an_evaluation_item_that_was_not_already_copied() -> None:
    found = {overlap.key(o) for o in overlap.find() if o.set not in overlap.TUNED_ON}
    new = sorted(found - overlap.allowed())
    assert not new, f"tests copy evaluation items (use phrases from other documents): {new[:10]}"


def test_nothing_overlaps_the_unseen_set() -> None:
    assert not [o for o in overlap.find() if o.set.startswith("unseen")]


def test_no_dev_document_repeats_an_unseen_or_sample_document() -> None:
    assert not overlap.shared_documents()


def test_a_dev_document_copied_from_the_sample_corpus_is_found(tmp_path: Path) -> None:
    corpus = sorted((ROOT / "examples" / "corpus").glob("*.txt"))[0]
    (tmp_path / "copy.txt").write_text(corpus.read_text("utf-8"), encoding="utf-8")
    assert [o.set for o in overlap.shared_documents(tmp_path)] == ["dev-documents"]


def test_the_finder_sees_copied_phrases(tmp_path: Path) -> None:
    """A synthetic test file that copies a gold line's quantity phrase and a question is found."""
    (tmp_path / "test_copy.py").write_text(
        'CASES = ["新增上市公司81家。常住人口年均增加45万人", "氢能", "短"]\n', encoding="utf-8"
    )
    found = {(o.set, o.phrase) for o in overlap.find(tmp_path)}
    assert ("measures", "新增上市公司81家。常住人口年均增加45万人") in found
    assert ("search", "氢能") in found
    assert not any(phrase == "短" for _set, phrase in found)
