"""Whole questions end to end on the sample corpus: the top hit is the paragraph (or measure) that answers.

The questions were written for these tests from the corpus (the answer lines found with grep); they
are not the held-out evaluation questions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.search import search

HZ = "haizhu_fyp14_outline_hant.txt"
GZ = "guangzhou_fyp14_outline_partial.txt"
CH = "conghua_fyp14_outline_2022.txt"
LW = "liwan_fyp14_outline_scraped.txt"
WR = "guangzhou_work_report_2021.txt"
N16 = "national_work_report_2016.txt"
N11 = "national_work_report_2011.txt"


@pytest.mark.parametrize(
    ("query", "name", "line", "kind"),
    [
        ("海珠区打算怎么发展夜间经济", HZ, 217, "passage"),        # 構建夜間經濟集聚區
        ("从化区如何推进乡村振兴", CH, 192, "passage"),            # not WR L122 (推进乡村振兴 verbatim, city)
        ("从化区怎样推动碳排放达峰", CH, 80, "passage"),           # under the heading 三、推动碳排放达峰
        ("广州如何推动碳排放达峰", GZ, 363, "passage"),            # same question, the city's plan
        ("从化区如何建设温泉总部集聚区", CH, 126, "passage"),
        ("从化打算怎么增强特色小镇发展动能", CH, 224, "passage"),    # short form 从化
        ("从化区如何培育专精特新企业", CH, 96, "passage"),
        ("荔湾区怎么完善白鹅潭商务区规划", LW, 79, "passage"),
        ("荔湾区如何弘扬中医药文化", LW, 179, "passage"),
        ("荔湾区如何改善旧城环境面貌", LW, 97, "passage"),
        ("海珠区怎样发挥湿地生态支撑作用", HZ, 150, "passage"),     # simplified question, traditional text
        ("海珠区如何推动村级工业园转型", HZ, 256, "passage"),
        ("海珠区要怎样推行绿色生活方式", HZ, 271, "passage"),
        ("海珠区采取哪些措施发展现代会展", HZ, 196, "passage"),     # 哪些措施 dropped
        ("广州怎样建设国际消费中心城市", WR, 158, "passage"),
        ("广州市有哪些在建的城市轨道交通项目", GZ, 245, "passage"),  # 专栏15 (一)在建项目
        ("2016年国家怎样推进简政放权", N16, 111, "passage"),        # the 2016 report for 2016
        ("国家如何加快财税体制改革", N16, 101, "passage"),
        ("国家如何减轻企业负担", N16, 99, "passage"),              # 减税降费，进一步减轻企业负担
        ("从化区2025年地区生产总值目标", CH, 43, "measure"),
        ("海珠区2025年研发经费投入强度目标", HZ, 120, "measure"),  # metrics dictionary: R&D经费投入强度
        ("从化2020年地区生产总值是多少", CH, 11, "measure"),        # 是多少: the actual value
        ("2020年广州地区生产总值是多少", WR, 22, "measure"),
        ("2021年广州居民消费价格涨幅目标", WR, 128, "measure"),
        ("2016年国内生产总值增长预期目标", N16, 85, "measure"),
        ("2011年国内生产总值增长目标", N11, 162, "measure"),
        ("2016年城镇新增就业目标", N16, 85, "measure"),
    ],
)
def test_question_top_hit(sample_store: str, query: str, name: str, line: int, kind: str) -> None:
    first = search(sample_store, query, limit=5)[0]
    assert (Path(first.source).name, first.kind) == (name, kind), (first.source, first.line_start)
    assert first.line_start <= line <= first.line_end


def test_place_is_a_boost_not_a_filter(sample_store: str) -> None:
    names = {Path(h.source).name for h in search(sample_store, "海珠区打算怎么发展夜间经济", limit=5)}
    assert HZ in names and CH in names  # 从化's 夜间经济集聚区 still shows


def test_jurisdiction_option_still_filters(sample_store: str) -> None:
    hits = search(sample_store, "海珠区打算怎么发展夜间经济", limit=5, jurisdiction="从化区")
    assert hits and {Path(h.source).name for h in hits} == {CH}


@pytest.mark.parametrize(("query", "stance"), [("2020年广州地区生产总值是多少", "actual"),
                                               ("2021年广州地区生产总值增长目标", "target")])
def test_question_intent_picks_the_stance(sample_store: str, query: str, stance: str) -> None:
    first = search(sample_store, query, limit=3)[0]
    assert first.measure is not None and first.measure["stance"] == stance


def test_traditional_question_finds_the_same_answer(sample_store: str) -> None:
    simp = search(sample_store, "从化区如何推进乡村振兴", limit=1)[0]
    hant = search(sample_store, "從化區如何推進鄉村振興", limit=1)[0]
    assert (simp.doc, simp.line_start) == (hant.doc, hant.line_start)
