"""Years counted from the report (去年, 今年, 上年) and places only the documents name.

去年 of a question asked of many reports is each report's year before: a measure of that year fits, and a
passage naming it (or under a heading naming it) ranks higher. The documents are lines of the national
government work reports of 2014 and 2015 (``examples/corpus/national``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from plantrace.search import search
from plantrace.search.place import division_named
from plantrace.search.query import parse_query, relative_year
from plantrace.search.tokens import fold

OPENING = ["政府工作报告", "各位代表:", "现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协各位委员提出意见。"]
DOCS = {
    "national_work_report_2014.txt": [
        "2014年国务院政府工作报告", *OPENING, "一、2013年工作回顾",
        "——经济运行稳中向好。国内生产总值达到56.9万亿元,比上年增长7.7%。居民消费价格涨幅控制在2.6%。",
        "二、2014年工作总体部署",
        "今年经济社会发展的主要预期目标是:国内生产总值增长7.5%左右,居民消费价格涨幅控制在3.5%左右,"
        "城镇新增就业1000万人以上。",
    ],
    "national_work_report_2015.txt": [
        "2015年国务院政府工作报告", *OPENING, "一、2014年工作回顾",
        "一年来,我国经济社会发展总体平稳,稳中有进。增速稳,国内生产总值达到63.6万亿元,增长7.4%。",
        "二、2015年工作总体部署",
        "今年经济社会发展的主要预期目标是:国内生产总值增长7%左右,居民消费价格涨幅3%左右,城镇新增就业1000万人以上。",
    ],
}


@pytest.mark.parametrize(
    ("query", "rest", "relative"),
    [
        ("去年全国经济增速是多少", " 全国经济增速是多少", ("去年", -1)),
        ("汉中市今年经济增长目标", "汉中市 经济增长目标", ("今年", 0)),
        ("黃岡上年糧食產量", "黄冈 粮食产量", ("上年", -1)),
        ("粮食产量比上年增长多少", "粮食产量比上年增长多少", None),  # a comparison, no year
        ("去年和今年的就业目标", "去年和今年的就业目标", None),  # two years: none counted
    ],
)
def test_relative_year(query: str, rest: str, relative: tuple[str, int] | None) -> None:
    assert relative_year(fold(query)) == (rest, relative)
    assert parse_query(query).relative == relative


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("鄂尔多斯去年工业规模", "鄂尔多斯"),
        ("遵义市招商引资", "遵义市"),
        ("黔東南旅遊", "黔东南"),
        ("长安汽车产量", None),  # the short name of a county is a word too often: not a place
        ("全国粮食产量", None),  # the country is found by place.find_place
    ],
)
def test_division_named(query: str, words: str | None) -> None:
    place = division_named(query)
    assert (place.words if place else None) == words


@pytest.fixture(scope="module")
def reports(
    tmp_path_factory: pytest.TempPathFactory, ingest_docs: Callable[[Path, dict[str, list[str]]], Path]
) -> Path:
    return ingest_docs(tmp_path_factory.mktemp("relative"), DOCS)


@pytest.mark.parametrize(
    ("query", "line"),
    [
        ("去年全国经济增速是多少", 6),  # each report's results: 2013 in the 2014 report, 2014 in the 2015 one
        ("今年全国经济预期增长多少", 8),  # each report's targets
    ],
)
def test_relative_year_finds_each_reports_year(reports: Path, query: str, line: int) -> None:
    hits = search(reports, query, limit=4)
    assert [h.line_start for h in hits[:2]] == [line, line], [(h.source, h.line_start, h.score) for h in hits]
