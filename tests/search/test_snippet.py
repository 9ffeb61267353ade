"""Snippets: matches found in the simplified layer are marked in the raw text, nothing else changes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrace.ingest.normalise import make_lines
from plantrace.search.index import encode_map
from plantrace.search.snippet import decode_map, find_spans, mark, snippet, to_raw, window

RAW_PIECES = ["  ", "海珠區", "夜間經濟", " ", "碧道", "2021年", "6%", ",", "18 號", "\u00a0", "建設", "。", "ＧＤＰ"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(RAW_PIECES), min_size=1, max_size=12),
    st.sampled_from(["夜间经济", "碧道", "建设", "2021"]),
)
def test_marks_land_on_the_raw_text(pieces: list[str], needle: str) -> None:
    raw = "".join(pieces)
    line = make_lines([raw])[0]
    mapping = decode_map(encode_map(line.index))
    assert [to_raw(i, mapping) for i in range(len(line.text))] == list(line.index)
    marked, spans = mark(raw, find_spans(line.simp, [needle]), mapping)
    assert marked.replace("【", "").replace("】", "") == raw
    assert len(spans) == line.simp.count(needle)


@pytest.mark.parametrize(
    ("raw", "needles", "expected"),
    [
        ("  高標準建設海珠碧道。", ["建设", "碧道"], "高標準【建設】海珠【碧道】。"),
        ("海府〔2021〕18 號", ["18号"], "海府〔2021〕【18 號】"),
        ("R&D經費", ["r&d"], "【R&D】經費"),
    ],
)
def test_snippet_quotes_the_original(raw: str, needles: list[str], expected: str) -> None:
    line = make_lines([raw])[0]
    assert snippet(line.simp, f"1={encode_map(line.index)}", {1: raw}, needles) == expected


def test_window_centres_on_the_richest_marks() -> None:
    text = "【项目】" + "甲" * 200 + "【生态旅游】和【项目】" + "乙" * 200
    cut = window(text, width=60)
    assert "【生态旅游】" in cut and cut.startswith("…") and cut.endswith("…")
    assert len(cut) <= 64
