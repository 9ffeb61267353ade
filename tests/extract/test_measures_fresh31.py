"""The classes the thirty-first fresh dev batch (2026 work reports of prefecture-level cities; issue #8) showed at its
first shot, on real phrases of several governments.

Sources (the stored page corpus): 宁波日报's text of 宁波's 2026 work report (NB26, a dev document, the opening of its
十四五 review), 通城县's 2026 work report on a document site (TC26, gongxunwk).
"""

from __future__ import annotations

import pytest
from measures_support import document, measures_of

from plantrace.extract.measures.timeline import profile
from plantrace.ingest.normalise import make_lines

UNDATED = {"doc_type": "other", "period": None}

# NB26: the page starts at the report's first heading; no title, no date; its review names the plan it carried out
NB26 = [
    "一、“十四五”发展成就和2025年工作回顾",
    "“十四五”时期是宁波发展极不寻常、极不平凡的五年,是牢记嘱托、克难奋进的五年。…推动经济社会发展取得新成就、"
    "迈上新台阶,较好完成了“十四五”规划确定的主要目标任务,中国式现代化市域实践取得积极进展。",
    "五年来,我们坚定不移贯彻新发展理念,加快建设现代产业集群,综合经济实力实现跨越。地区生产总值由1.31万亿元增加到"
    "1.87万亿元,跃居全国城市第十一。人均地区生产总值由14万元增加到19万元。",
]
# TC26: the same heading with 时期主要成就 (as an excerpt without the report's title)
TC26 = [
    "一、“十四五”时期主要成就和2025年工作回顾",
    "“十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后,乘势而上开启全面建设社会主义现代化国家新征程、"
    "向第二个百年奋斗目标进军的第一个五年。这五年,…经济社会保持良好发展态势,圆满收官“十四五”规划任务。",
    "五年来,让我们倍添底气的是,综合实力迈上新台阶。经济总量历史性跨越。预计地区生产总值达到242亿元,"
    "人均生产总值较“十三五”末增加1.48万元以上。",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NB26, {"1.31万亿元": 2020, "1.87万亿元": 2025, "14万元": 2020, "19万元": 2025}),
        (TC26, {"242亿元": 2025}),
    ],
)
def test_an_undated_review_heading_of_a_plan_period_and_a_year_is_a_report_of_the_year_after(
        text: list[str], expected: dict[str, int]) -> None:
    """一、“十四五”发展成就和2025年工作回顾 opening an undated page: the first part of a 2026 work report (its
    stocks are results of 2025, 由X增加到Y of 2020 and 2025), not a 十四五 plan whose values would be goals."""
    found = {m.surface: m for m in measures_of(text, **UNDATED)}  # type: ignore[arg-type]
    assert {surface: (found[surface].stance, found[surface].year) for surface in expected} == {
        surface: ("actual", year) for surface, year in expected.items()}


@pytest.mark.parametrize(
    "phrase",
    [
        "加快建设惠州港7万吨级多用途码头、中海壳牌三期码头",  # 惠州's 2026 report, the paper's graphic (dev)
        # 山东省 交通运输工作会议 2020 (中国水运报, 2020-01-08)
        "重点加快青岛港董家口港区30万吨级原油码头二期工程、日照港岚山港区30万吨级原油码头三期工程等重大项目建设",
    ],
)
def test_the_ship_grade_of_a_berth_named_by_what_it_handles_is_no_quantity(phrase: str) -> None:
    """Convention 8 (evaluation/dev/README.md): the tonnage class of the ships a berth takes is its grade, part of the
    name of what is built, also with what the berth handles between (多用途码头, 原油码头), not a scale class."""
    assert [m.surface for m in measures_of([phrase], doc_type="work_report", period=(2026, 2026))
            if "吨级" in m.surface] == []


def test_a_size_class_of_works_stays_a_scale_class() -> None:
    """300万吨级CCUS, 千万吨级炼化 (the capacity class of a plant) are no ship grades (convention 8)."""
    found = measures_of(["建设300万吨级CCUS示范项目和千万吨级炼化一体化基地。"], doc_type="work_report",
                        period=(2026, 2026))
    assert sorted(m.surface for m in found if m.kind == "other") == ["300万吨级", "千万吨级"]


# YB26: 川观新闻 on 宜宾's 2026 work report (a dev document): the lead asks what the year's priorities are, no date
YB26 = [
    "1月20日上午,宜宾市第六届人民代表大会第七次会议召开,宜宾市长杜海洋向大会作政府工作报告。",
    "2026年宜宾经济社会发展的重点是什么?又有哪些发展目标?记者从会上了解到,今年宜宾将重点围绕以下八个方面开展工作。",
    "突出建圈强链 ,加快建设制造强市。力争动力电池产业营业收入达到1500亿元。同时,改造提升传统产业,"
    "推动规上工业企业数字化转型覆盖率超85%。",
]
# SZ25: news of 深圳's 2025 work report (traderxd.com, from a news page): the year said before 将重点
SZ25 = [
    "深圳市第七届人大六次会议于2月25日上午9时开幕,深圳市市长秦伟中作了政府工作报告。",
    "根据政府工作报告,2025 年,深圳将重点抓好推动经济社会高质量发展的十个方面工作:",
]


@pytest.mark.parametrize(("text", "year"), [(YB26, 2026), (SZ25, 2025)])
def test_an_undated_reports_news_that_names_the_year_of_its_priorities_is_of_that_year(
        text: list[str], year: int) -> None:
    """2026年宜宾经济社会发展的重点是什么?…今年宜宾将重点围绕…; 2025 年,深圳将重点抓好…: the news of a work report
    with no date is of the year whose priorities its lead names."""
    assert profile(document("work_report", None), make_lines(text)).report_year == year


def test_the_tasks_after_such_a_lead_are_targets_of_that_year() -> None:
    """宜宾 2026: 力争…达到1500亿元, 推动…覆盖率超85% are that year's targets (were year none, 超85% a result)."""
    found = {m.surface: (m.stance, m.year) for m in measures_of(YB26, doc_type="work_report", period=None)}
    assert found["1500亿元"] == ("target", 2026)
    assert found["85%"] == ("target", 2026)
