"""Part-of-speech tagging gives what jieba.posseg gives (issue #9: the ingest no longer reads jieba's tag table
from its text file on every start)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from plantrace.segmentation import base_tokenizer, pos_tagger

ODD = [
    "天河中央商务区", "琶洲人工智能与数字经济试验区", "广州市海珠区", "黔东南苗族侗族自治州",
    "GDP增长6.5%", "PM2.5平均浓度", "5G基站1.2万座", "R&D经费投入强度达3%", "C++与C#", "a1b2 c3",
    "\r\n两岸\t同胞  ", "第十四个五年规划", "2025年", "1.5", "x", "", "（一）", "。，、", "ａｂｃ１２３",
    "中关村.科技园_区#1&2+3", "内蒙古自治区呼和浩特市", "贵州省黔南布依族苗族自治州", "长江三角洲区域一体化发展",
]


@pytest.fixture(scope="module")
def reference() -> Any:
    import jieba.posseg

    return jieba.posseg.POSTokenizer(base_tokenizer())


def test_tags_are_jieba_posseg_tags(reference: Any) -> None:
    for text in ODD:
        assert list(pos_tagger().cut(text)) == [(p.word, p.flag) for p in reference.cut(text, HMM=False)], text


def test_every_line_of_sample_documents_is_tagged_as_jieba_tags_it(reference: Any, corpus: Path) -> None:
    lines = [ln for path in sorted(corpus.glob("*.txt")) for ln in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1500
    ours = pos_tagger()
    for line in lines:
        assert list(ours.cut(line)) == [(p.word, p.flag) for p in reference.cut(line, HMM=False)], line


def test_the_dictionary_read_from_jiebas_cache_is_the_one_jieba_loads() -> None:
    """Issue #9 (start-up): the prefix dictionary is read from jieba's cache file whole, not by jieba's
    unmarshalling from the open file; it is the same dictionary, and segments alike."""
    import jieba

    from plantrace.segmentation import _CACHE_DIR, new_tokenizer

    ours = new_tokenizer()
    theirs = jieba.Tokenizer()
    theirs.tmp_dir = str(_CACHE_DIR)
    theirs.initialize()
    assert ours.initialized and ours.total == theirs.total and ours.FREQ == theirs.FREQ
    for text in ODD:
        assert list(ours.cut(text)) == list(theirs.cut(text)), text
