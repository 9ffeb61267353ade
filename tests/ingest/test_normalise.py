"""DATA-NOTES 1–5: physical lines, punctuation, zero glyphs, stray whitespace, traditional text."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrace.ingest.normalise import detect_script, make_lines, mask_spans, normalise, to_simplified
from plantrace.ingest.readers import read_source, split_physical_lines

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
MAX = 50 * 1024 * 1024


def corpus_line(name: str, number: int) -> str:
    source = read_source(CORPUS / name, max_bytes=MAX)
    return source.lines[number - 1]


# 1. Physical lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("guangzhou_fyp14_outline_partial.txt", 564),
        ("haizhu_fyp14_outline_hant.txt", 359),
        ("conghua_fyp14_outline_2022.txt", 414),
        ("liwan_fyp14_outline_scraped.txt", 205),
        ("guangzhou_work_report_2021.txt", 243),
    ],
)
def test_corpus_physical_line_counts(name: str, count: int) -> None:
    assert len(read_source(CORPUS / name, max_bytes=MAX).lines) == count


@pytest.mark.parametrize(
    ("name", "last"),
    [
        ("guangzhou_fyp14_outline_partial.txt", "来源:广州市人民政府"),  # GZ L564, no newline after it
        ("guangzhou_work_report_2021.txt", "总访问量\u00a0-"),  # WR L243, NBSP kept in the raw line
    ],
)
def test_unterminated_last_line_counts(name: str, last: str) -> None:
    assert read_source(CORPUS / name, max_bytes=MAX).lines[-1] == last


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("a\nb", ["a", "b"]),
        ("a\nb\n", ["a", "b"]),
        ("a\r\nb\r\n", ["a", "b"]),
        ("a\rb", ["a", "b"]),
        ("a\n\nb\n\n", ["a", "", "b", ""]),
        ("a\r\n\r\nb", ["a", "", "b"]),
        ("\n", [""]),
        ("一\u2028二\x0c三", ["一\u2028二\x0c三"]),  # only \n, \r\n and \r end a line
    ],
)
def test_split_physical_lines(text: str, lines: list[str]) -> None:
    assert split_physical_lines(text) == lines


# 2. Punctuation: full-width ASCII variants become ASCII; Chinese marks stay -----------------


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("发展环境，指导方针；主要目标：", "发展环境,指导方针;主要目标:"),
        ("（一）稳步推进", "(一)稳步推进"),
        ("增长６％以上", "增长6%以上"),
        ("“十四五”时期、《纲要》——2035年。", "“十四五”时期、《纲要》——2035年。"),
    ],
)
def test_punctuation_folding(raw: str, text: str) -> None:
    assert normalise(raw)[0] == text


# 3. Zero glyphs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "number", "fragment"),
    [
        ("conghua_fyp14_outline_2022.txt", 35, "到二〇三五年基本实现"),   # ○ U+25CB
        ("liwan_fyp14_outline_scraped.txt", 13, "规划和二〇三五年远景目标"),  # ○
        ("guangzhou_work_report_2021.txt", 110, "规划和二〇三五年远景目标"),  # Latin O
    ],
)
def test_zero_glyphs_in_corpus(name: str, number: int, fragment: str) -> None:
    assert fragment in normalise(corpus_line(name, number))[0]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("二O三五年", "二〇三五年"),
        ("二○二○年", "二〇二〇年"),
        ("二ＯＯ五年", "二〇〇五年"),
        ("二〇三五年", "二〇三五年"),
        ("PM2.5与O3浓度", "PM2.5与O3浓度"),  # a Latin O not between numerals stays
        ("○ 项目", "○项目"),  # a bullet circle not next to a numeral stays
    ],
)
def test_zero_glyphs_written(raw: str, text: str) -> None:
    assert normalise(raw)[0] == text


# 4. Stray whitespace ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "number", "text"),
    [
        ("haizhu_fyp14_outline_hant.txt", 8, "前言"),
        ("haizhu_fyp14_outline_hant.txt", 2, "海府〔2021〕18號"),
        ("guangzhou_work_report_2021.txt", 3, "首页>重要发布>报告"),
        ("guangzhou_work_report_2021.txt", 1, "欢迎您,下午好"),  # trailing NBSPs
        ("guangzhou_work_report_2021.txt", 243, "总访问量-"),  # NBSP next to a CJK character goes
    ],
)
def test_whitespace_in_corpus_lines(name: str, number: int, text: str) -> None:
    assert normalise(corpus_line(name, number))[0] == text


@pytest.mark.parametrize(
    ("name", "number", "fragment"),
    [
        ("conghua_fyp14_outline_2022.txt", 231, "为动力,紧紧扭住"),
        ("conghua_fyp14_outline_2022.txt", 345, "疫情防控工作。完善重大疫情"),
        ("conghua_fyp14_outline_2022.txt", 395, "多形式、多渠道"),
        ("guangzhou_fyp14_outline_partial.txt", 5, "第二章大力实施"),
    ],
)
def test_space_after_punctuation_and_heading(name: str, number: int, fragment: str) -> None:
    assert fragment in normalise(corpus_line(name, number))[0]


def test_leading_spaces_map_back_to_raw() -> None:
    raw = corpus_line("liwan_fyp14_outline_scraped.txt", 9)
    assert raw.startswith("  《")
    line = make_lines([raw])[0]
    assert line.text.startswith("《广州市荔湾区")
    assert line.index[0] == 2
    start = line.text.index("第十四个五年规划")
    raw_start, raw_end = line.raw_span(start, start + 8)
    assert raw[raw_start:raw_end] == "第十四个五年规划"


def test_span_across_removed_space_maps_to_original() -> None:
    line = make_lines(["  海府〔2021〕18 號"])[0]
    start = line.text.index("18號")
    raw_start, raw_end = line.raw_span(start, start + 3)
    assert line.raw[raw_start:raw_end] == "18 號"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("PM 2.5", "PM 2.5"),
        ("报 告", "报告"),
        ("\u3000\u3000各位代表：", "各位代表:"),
        ("C40 城市", "C40城市"),
        ("\ufeff标题", "标题"),
        ("   ", ""),
    ],
)
def test_whitespace_written(raw: str, text: str) -> None:
    assert normalise(raw)[0] == text


# 5. Traditional text and the simplified layer ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "number", "simplified"),
    [
        ("haizhu_fyp14_outline_hant.txt", 4, "会议批准"),   # 批準 -> 批准
        ("haizhu_fyp14_outline_hant.txt", 85, "关于制定"),  # 關于 -> 关于
        ("haizhu_fyp14_outline_hant.txt", 12, "深刻复杂变化"),  # 復雜 -> 复杂
        ("haizhu_fyp14_outline_hant.txt", 7, "广州市海珠区国民经济和社会发展第十四个五年规划"),
    ],
)
def test_simplified_layer_of_traditional_lines(name: str, number: int, simplified: str) -> None:
    line = make_lines([corpus_line(name, number)])[0]
    assert simplified in line.simp
    assert len(line.simp) == len(line.text)


def test_script_detection_on_corpus() -> None:
    hant = make_lines(read_source(CORPUS / "haizhu_fyp14_outline_hant.txt", max_bytes=MAX).lines)
    hans = make_lines(read_source(CORPUS / "conghua_fyp14_outline_2022.txt", max_bytes=MAX).lines)
    assert detect_script(hant) == "hant"
    assert detect_script(hans) == "hans"
    assert detect_script(make_lines(["短"])) == "unknown"


def test_to_simplified_keeps_length() -> None:
    for text in ("廣州市海珠區", "乾隆", "後來", "ABC", "", "著名的著作"):
        assert len(to_simplified(text)) == len(text)


def test_mask_spans_keeps_index_aligned() -> None:
    line = make_lines(["  简介澳门在线网投平台《纲要》"])[0]
    start = line.text.index("澳门")
    masked = mask_spans(line, [(start, start + 8)])
    assert masked.text == "简介《纲要》"
    assert masked.raw == line.raw
    assert [masked.raw[i] for i in masked.index] == list("简介《纲要》")


# Properties -----------------------------------------------------------------------------

_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("二〇○O0o一十 \u00a0\u3000\t，。：（）ＡＯ０廣州區前言報告\ufeff\u200b")),
        st.characters(codec="utf-8", exclude_characters="\n\r"),
    ),
    max_size=60,
)


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_normalise_index_properties(raw: str) -> None:
    text, index = normalise(raw)
    assert len(index) == len(text)
    assert all(a < b for a, b in itertools.pairwise(index))
    assert all(0 <= i < len(raw) for i in index)
    assert text == text.strip(" ")
    assert "  " not in text


@given(st.lists(_TEXT, max_size=6))
@settings(max_examples=150, deadline=None)
def test_make_lines_properties(raws: list[str]) -> None:
    lines = make_lines(raws)
    assert [line.number for line in lines] == list(range(1, len(raws) + 1))
    for line, raw in zip(lines, raws, strict=True):
        assert line.raw == raw
        assert len(line.simp) == len(line.text) == len(line.index)
        for i, ch in zip(line.index, line.text, strict=True):
            assert raw[i] == ch or ch in "〇 " or ord(raw[i]) - 0xFEE0 == ord(ch)
