"""The issuing government named in a news report's opening or a plan's first lines, and converter
debris (pinyin in brackets after characters) dropped from the normalised layer, offsets kept.

Lines are from real documents: a 2020 漳州 news report on the city's work report, 重庆's 2020 annual
plan, 宁夏's 2026 work report (news lead), and traditional-script pages with 萬(wàn)-style debris."""

from __future__ import annotations

import pytest

from plantrace.ingest.metadata import jurisdiction
from plantrace.ingest.normalise import make_lines, normalise


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (["1月4日上午,漳州市第十六届人民代表大会第四次会议在市人民剧场隆重开幕。"], "漳州市"),
        (["2月3日，宁夏回族自治区第十三届人民代表大会第四次会议在银川开幕。"], "宁夏回族自治区"),
        (["——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上"], "内蒙古自治区"),
        (["各位代表:", "受市人民政府委托,现将2019年国民经济和社会发展计划执行情况及2020年计划草案提请大会审查"], ""),
    ],
)
def test_issuer_from_the_session_line_and_only_a_known_place(head: list[str], expected: str) -> None:
    assert jurisdiction("", head).name == expected


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("全市實(shí)現(xiàn)地區(qū)生產(chǎn)總值7569.5億元", "全市實現地區生產總值7569.5億元"),
        ("政府工作報(bào)告", "政府工作報告"),
        ("每萬(wàn)人口發(fā)明專利擁有量", "每萬人口發明專利擁有量"),
        ("國內生產總值(GDP)增長", "國內生產總值(GDP)增長"),  # not pinyin: kept
        ("《辦法(試行)》第(三)條", "《辦法(試行)》第(三)條"),
    ],
)
def test_pinyin_debris_is_dropped_and_offsets_still_point_into_the_raw_line(raw: str, text: str) -> None:
    normal, index = normalise(raw)
    assert normal == text
    assert "".join(raw[i] for i in index) == normal


def test_the_simplified_layer_reads_the_indicator_through_the_debris() -> None:
    line = make_lines(["全市實(shí)現(xiàn)地區(qū)生產(chǎn)總值7569.5億元、增長5.6%"])[0]
    assert "地区生产总值7569.5亿元" in line.simp
