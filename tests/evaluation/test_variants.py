"""Variants (evaluation/score_variants.py): the sample corpus written another way reads the same.

Each simplified text of the sample corpus is written in traditional characters (OpenCC s2t), with full-width
digits and signs, and inside a web page's furniture, and read again: its structure tree, metadata, warnings,
quantities and entities must be those of the simplified text. This caught:

- table cells read as written: 增長6.5%左右 a share, 1347.1億元 lost;
- a bulletin's ９１．３ read as 91 and 3;
- a heading glued to its paragraph that the contents could not cut (第一節 against 第一节);
- a district guidance table whose written headers (重點發展方向) named no column;
- the dating of untitled texts, whose windows on the opening lines the furniture above the text filled.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaluation import score_variants as ss  # noqa: E402

SAMPLE = list(ss.simplified_texts(ss.SETS["sample"]))


def test_the_sample_corpus_has_simplified_texts_to_convert() -> None:
    assert len(SAMPLE) >= 20
    assert any(p.parent.name == "national" for p in SAMPLE)


@pytest.mark.parametrize("variant", sorted(ss.VARIANTS))
@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: p.name)
def test_a_sample_document_in_another_script_gives_the_same_facts(path: Path, variant: str, tmp_path: Path) -> None:
    result = ss.compare(path, tmp_path, variant)
    assert result.measures > 0
    assert result.differences == []


def test_a_difference_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison is not blind: a copy that lost a quantity or a heading differs."""
    path = tmp_path / "simplified" / "report.txt"
    path.parent.mkdir()
    path.write_text("一、2025年工作回顾\n\n全市地区生产总值增长5.2%,粮食产量达到120万吨。\n", encoding="utf-8")
    assert ss.to_traditional("地区生产总值增长") == "地區生產總值增長"
    assert ss.to_full_width("增长5.2%(GDP)") == "增长５．２％（ＧＤＰ）"
    same = ss.compare(path, tmp_path)
    assert (same.measures, same.same_measures, same.differences) == (2, 2, [])
    convert = ss.to_traditional
    damaged = {"5.2%": "甲乙丙丁", "一、": "甲乙"}  # same lengths: the other quantity keeps its place
    monkeypatch.setitem(ss.VARIANTS, "traditional", ss.Variant(lambda text: _replace(convert(text), damaged)))
    lost = ss.compare(path, tmp_path)
    assert (lost.measures, lost.same_measures) == (2, 1)
    assert lost.differences[0].startswith("measure at line 3 ")
    assert "nodes differ" in lost.differences


def _replace(text: str, changes: dict[str, str]) -> str:
    for old, new in changes.items():
        text = text.replace(old, new)
    return text
