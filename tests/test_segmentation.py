"""Segmentation (jieba's algorithm and dictionary run by jieba-rs) gives the words and tags jieba gives.

Issue #9: ingest no slower than segmentation. jieba stays the reference: every line of the sample corpus
(Guangzhou plans in simplified and traditional script, national work reports of 2000-2019) and a table of odd
strings are cut, cut for search and tagged by both, with jieba's dictionary alone and with the search
vocabulary added.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from plantrace.segmentation import Segmenter, base_tokenizer, jieba_tokenizer, new_tokenizer, pos_tagger

ODD = [
    "天河中央商务区", "琶洲人工智能与数字经济试验区", "广州市海珠区", "黔东南苗族侗族自治州",
    "GDP增长6.5%", "PM2.5平均浓度", "5G基站1.2万座", "R&D经费投入强度达3%", "C++与C#", "a1b2 c3",
    "\r\n两岸\t同胞  ", "第十四个五年规划", "2025年", "1.5", "x", "", "（一）", "。，、", "ａｂｃ１２３",
    "中关村.科技园_区#1&2+3", "内蒙古自治区呼和浩特市", "贵州省黔南布依族苗族自治州", "长江三角洲区域一体化发展",
    "全區經濟規劃號機", "㐀㐁世界𠀀𠀁", "B超检查", "-3.5%～+2%", "２０２５年ＧＤＰ", "e-commerce电子商务",
    "10万kW·h", "\u3000\u3000第一章\u00a0总则", "X光机和CT机",
]


def _lines(corpus: Path) -> list[str]:
    lines = [ln for path in sorted(corpus.rglob("*.txt")) for ln in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 5000
    return [*ODD, *lines]


@pytest.fixture(scope="module")
def jieba_base() -> Any:
    return jieba_tokenizer()


@pytest.fixture(scope="module")
def with_vocabulary() -> tuple[Segmenter, Any]:
    """The search tokenizer's vocabulary (plan words with frequencies, everyday words without) in ours and
    in jieba, added in the same order."""
    from plantrace.search.segment import everyday_words, plan_words

    words = [*plan_words(), *((w, None) for w in everyday_words())]
    assert sum(f is None for _, f in words) > 100 and sum(f is not None for _, f in words) > 50
    reference = jieba_tokenizer()
    for word, freq in words:
        reference.add_word(word, freq)
    return new_tokenizer(words), reference


def test_tags_are_jieba_posseg_tags(jieba_base: Any, corpus: Path) -> None:
    import jieba.posseg

    reference = jieba.posseg.POSTokenizer(jieba_base)
    ours = pos_tagger()
    for line in _lines(corpus):
        assert list(ours.cut(line)) == [(p.word, p.flag) for p in reference.cut(line, HMM=False)], line


def test_words_are_jiebas_words(jieba_base: Any, corpus: Path) -> None:
    ours = base_tokenizer()
    for line in _lines(corpus):
        assert ours.lcut(line, HMM=False) == jieba_base.lcut(line, HMM=False), line
        assert ours.cut_for_search(line, HMM=False) == list(jieba_base.cut_for_search(line, HMM=False)), line


def test_added_words_cut_as_jieba_cuts_with_them(with_vocabulary: tuple[Segmenter, Any], corpus: Path) -> None:
    """jieba-rs rounds a suggested frequency apart from jieba (上学: 880 against 881) and takes a replaced
    word's frequency off its total (jieba does not): before both were followed, 13 lines of these cut apart."""
    ours, reference = with_vocabulary
    for line in _lines(corpus):
        assert ours.cut(line, HMM=False) == reference.lcut(line, HMM=False), line
        assert ours.cut_for_search(line, HMM=False) == list(reference.cut_for_search(line, HMM=False)), line


def test_words_of_the_dictionary_are_jiebas(with_vocabulary: tuple[Segmenter, Any], corpus: Path) -> None:
    ours, reference = with_vocabulary
    text = "".join(_lines(corpus)[:800])
    pieces = {text[i:i + n] for i in range(len(text)) for n in (1, 2, 3, 4)} | set(reference.FREQ)
    assert {p for p in pieces if ours.is_word(p)} == {p for p in pieces if reference.FREQ.get(p)}


def test_the_frequencies_of_added_words_are_cached_and_a_broken_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plantrace import segmentation

    monkeypatch.setattr(segmentation, "_CACHE_DIR", tmp_path)
    words: list[tuple[str, int | None]] = [("上学", None), ("琶洲试验区", None), ("营商环境", 50000)]
    first = segmentation._jieba_additions(words)
    (cache,) = tmp_path.glob("additions.*.marshal")
    assert [w for w, _, _ in first] == ["上学", "琶洲试验区", "营商环境"] and first[2][1] == 50000
    assert first[0][2] > 0 and first[1][2] == 0  # 上学 was a word of jieba's dictionary, 琶洲试验区 was not
    assert segmentation._jieba_additions(words) == first
    cache.write_bytes(b"\x00broken")
    assert segmentation._jieba_additions(words) == first


def test_the_dictionary_read_from_jiebas_cache_is_the_one_jieba_loads() -> None:
    """Issue #9 (start-up): the reference's prefix dictionary is read from jieba's cache file whole, not by
    jieba's unmarshalling from the open file; it is the same dictionary, and segments alike."""
    import jieba

    from plantrace.segmentation import _CACHE_DIR

    ours = jieba_tokenizer()
    theirs = jieba.Tokenizer()
    theirs.tmp_dir = str(_CACHE_DIR)
    theirs.initialize()
    assert ours.initialized and ours.total == theirs.total and ours.FREQ == theirs.FREQ
    for text in ODD:
        assert list(ours.cut(text)) == list(theirs.cut(text)), text
