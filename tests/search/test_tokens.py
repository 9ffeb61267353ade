"""Tokens: every substring of an indexed text is found by the phrase made from it."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrace.search.query import parse_query
from plantrace.search.tokens import fold, index_tokens, query_phrase, run_tokens, runs

LINES = [
    "到2025年,地区生产总值年均增长6%左右,R&D经费投入强度达到3.5%。",
    "高標準建設海珠碧道。落實省“萬里碧道”工程任務",
    "实施以碳强度控制为主、碳排放总量控制为辅的制度。",
    "PM2.5年均浓度控制在25微克/立方米以内,5G基站达到8万座。",
]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("夜间经济", "夜间 间经 经济 济"),
        ("碳", "碳"),
        ("2021年广州", "2021 年广 广州 州"),
        ("R&D投入", "r d 投入 入"),
        ("碳达峰、碳中和", "碳达 达峰 峰 碳中 中和 和"),
    ],
)
def test_index_tokens(text: str, tokens: str) -> None:
    assert index_tokens(text) == tokens


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("夜间经济碳中和〇㐀豈2021RrD&、 ,。\n")), max_size=40))
def test_index_tokens_are_the_tokens_of_each_run(text: str) -> None:
    assert index_tokens(text) == " ".join(token for run in runs(text) for token in run_tokens(run))


@pytest.mark.parametrize(
    ("term", "fts"),
    [
        ("夜间经济", '"夜间 间经 经济"'),
        ("碳", '"碳" *'),
        ("2021年", '"2021"'),  # no prefix query on 年: it would match most of the index
        ("年GDP", '"年 gdp"'),
        ("能耗", '"能耗"'),
    ],
)
def test_query_phrase(term: str, fts: str) -> None:
    phrase = query_phrase(term)
    assert phrase is not None and phrase.fts() == fts


@pytest.mark.parametrize(("trad", "simp"), [("夜間經濟", "夜间经济"), ("碳達峰", "碳达峰"), ("ＧＤＰ", "GDP")])
def test_fold_makes_simplified_half_width(trad: str, simp: str) -> None:
    assert fold(trad) == simp


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    conn.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)",
                     [(i, index_tokens(fold(line))) for i, line in enumerate(LINES)])
    return conn


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_substring_is_found(fts: sqlite3.Connection, data: st.DataObject) -> None:
    line_no = data.draw(st.integers(0, len(LINES) - 1))
    text = fold(LINES[line_no])
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    start, end = _widen_to_words(text, start, end)
    phrase = query_phrase(text[start:end])
    if phrase is None:  # punctuation only
        return
    rows = {r[0] for r in fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (phrase.fts(),))}
    assert line_no in rows


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Latin and digit runs are whole words: a query never starts or ends inside one."""
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isascii() and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_any_text_makes_a_valid_fts_query(fts: sqlite3.Connection, text: str) -> None:
    parsed = parse_query(text)
    for expr in (parsed.match_all(), parsed.match_any()):
        if expr is not None:
            fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr,)).fetchall()


@pytest.mark.parametrize(("query", "folded"), [("二○三五年", "二〇三五年"), ("二O三五", "二〇三五"), ("CO2", "CO2")])
def test_fold_unifies_the_zero_of_chinese_numerals(query: str, folded: str) -> None:
    assert fold(query) == folded
