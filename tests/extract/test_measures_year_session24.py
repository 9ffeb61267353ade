"""Year, stance and period of session 24 (issue #8): the time a sentence states, read on real phrases of
several governments (dev and sample lines; never unseen ones)."""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

from plantrace.ingest.normalise import make_lines


def _facts(phrase: str, doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(m.surface, m.stance, m.year, m.scope, m.period) for m in one(phrase, **doc)]


def _report(issued: str) -> dict[str, Any]:
    return {"doc_type": "work_report", "period": None, "issued": issued}


NEWS_2025: dict[str, Any] = {"doc_type": "other", "period": None, "issued": "2025-09-20"}
# a release on part of 2025 (its 今年 is 2025, its 去年 2024)
RELEASE_2025: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": (2025, 2025), "issued": None}


@pytest.mark.parametrize(
    ("raw", "simp"),
    [
        ("比「十三五」末增加約1.6萬公里", "比“十三五”末增加约1.6万公里"),  # traditional script's corner brackets
        ("“十一五〞期末,是“十五〞期末的1.9倍", "“十一五”期末,是“十五”期末的1.9倍"),  # a copy's double prime quote
        ("『一核兩翼』", "‘一核两翼’"),
    ],
)
def test_the_simplified_layer_writes_one_kind_of_quotation_mark(raw: str, simp: str) -> None:
    (line,) = make_lines([raw])
    assert line.simp == simp
    assert line.raw == raw and len(line.simp) == len(line.text)  # one character for one: offsets survive


@pytest.mark.parametrize(
    ("phrase", "doc", "expected"),
    [
        # 浔阳区 (a copy with 〞 for ”): the end of a plan period dates the values of its sentence; a multiple of
        # the last plan's end is a change over the plan
        ("——过去五年,是经济总量不断扩大的五年。“十一五〞期末,全区完成生产总值249.1亿元,是“十五〞期末的1.9倍,"
         "年均增长15%;完成社会消费品零售总额107.5亿元,是“十五〞期末的2.5倍,年均增长20%。", _report("2011-01-20"),
         [("249.1亿元", "actual", 2010, "annual", None),
          ("1.9倍", "actual", 2010, "period_cumulative", (2006, 2010)),
          ("15%", "actual", 2010, "period_average", (2006, 2010)),
          ("107.5亿元", "actual", 2010, "annual", None),
          ("2.5倍", "actual", 2010, "period_cumulative", (2006, 2010)),
          ("20%", "actual", 2010, "period_average", (2006, 2010))]),
        # 交通运输部 (traditional script, 「」): an increase over the last plan's end is counted from it
        ("劉偉表示,截至去年年底,鐵路營業里程達到16.2萬公里,比「十三五」末增加約1.6萬公里,其中高鐵增加1萬公里。",
         NEWS_2025,
         [("16.2萬公里", "actual", 2024, "annual", None),
          ("1.6萬公里", "actual", 2024, "period_cumulative", (2021, 2024)),
          ("1萬公里", "actual", 2024, "period_cumulative", (2021, 2024))]),
        ("過去一年,城市軌道交通運營里程約1.1萬公里、居世界首位,比「十三五」末增加48.5%;", NEWS_2025,
         [("1.1萬公里", "actual", 2024, "annual", None),
          ("48.5%", "actual", 2024, "period_cumulative", (2021, 2024))]),
    ],
)
def test_plan_periods_in_other_quotation_marks(phrase: str, doc: dict[str, Any],
                                               expected: list[tuple[Any, ...]]) -> None:
    assert _facts(phrase, doc) == expected


@pytest.mark.parametrize(
    ("phrase", "doc", "expected"),
    [
        # a base at a plan's end (比“十三五”末) is one year, not a period of the sentence's own: the year stated
        # by an earlier sentence (過去一年) still dates the value (浔阳区's 是“十五〞期末的2.5倍 above is the other)
        ("過去一年,平均每天約有1.8億人次跨區域出行、每天運送1.6億噸貨物。城市軌道交通運營里程約1.1萬公里、居世界首位,"
         "比「十三五」末增加48.5%;", RELEASE_2025,
         [("1.8億人次", "actual", 2024, "annual", None), ("1.6億噸", "actual", 2024, "annual", None),
          ("1.1萬公里", "actual", 2024, "annual", None),
          ("48.5%", "actual", 2024, "period_cumulative", (2021, 2024))]),
    ],
)
def test_a_base_at_a_plan_end_is_one_year(phrase: str, doc: dict[str, Any], expected: list[tuple[Any, ...]]) -> None:
    assert _facts(phrase, doc) == expected


@pytest.mark.parametrize(
    ("phrase", "doc", "expected"),
    [
        # 交通运输部 2025: the first four years of the plan, not a time before it (前 is no 'by')
        ("「十四五」前4年交通固定資產投資達到15.2萬億元,同比增長23.3%。", NEWS_2025,
         [("15.2萬億元", "actual", 2024, "annual", None), ("23.3%", "actual", 2024, "annual", None)]),
        # 国务院 2010 (sample corpus): the values listed after the first years' total are of those years too
        ("“十一五”前四年累计单位国内生产总值能耗下降14.38%，化学需氧量、二氧化硫排放量分别下降9.66%和13.14%。",
         _report("2010-03-05"),
         [("14.38%", "actual", 2009, "period_cumulative", (2006, 2009)),
          ("9.66%", "actual", 2009, "annual", None), ("13.14%", "actual", 2009, "annual", None)]),
    ],
)
def test_the_first_years_of_a_plan(phrase: str, doc: dict[str, Any], expected: list[tuple[Any, ...]]) -> None:
    assert _facts(phrase, doc) == expected


@pytest.mark.parametrize(
    ("phrase", "doc", "expected"),
    [
        # 交通运输部 2025: an average after a base of one year (比「十三五」末) runs from that base to the year stated
        # by an earlier sentence (過去一年), not to the document's default year
        ("過去一年,平均每天約有1.8億人次跨區域出行。鐵路、水路貨物周轉量分別比「十三五」末增加17.5%和33.6%,"
         "港口集裝箱鐵水聯運量年均增速約15%。", RELEASE_2025,
         [("1.8億人次", "actual", 2024, "annual", None),
          ("17.5%", "actual", 2024, "period_cumulative", (2021, 2024)),
          ("33.6%", "actual", 2024, "period_cumulative", (2021, 2024)),
          ("15%", "actual", 2024, "period_average", (2021, 2024))]),
        # 浔阳区 (a 十一五 review whose report year is lost): 是“十五”期末的3倍，年均增长24.8% after the plan's end
        # stated in an earlier sentence
        ("“十一五〞期末,全区完成生产总值249.1亿元,是“十五〞期末的1.9倍,年均增长15%;完成财政总收入10.03亿元,"
         "是“十五〞期末的3倍,年均增长24.8%。", {"doc_type": "work_report", "period": (2006, 2010), "issued": None},
         [("249.1亿元", "actual", 2010, "annual", None),
          ("1.9倍", "actual", 2010, "period_cumulative", (2006, 2010)),
          ("15%", "actual", 2010, "period_average", (2006, 2010)),
          ("10.03亿元", "actual", 2010, "annual", None),
          ("3倍", "actual", 2010, "period_cumulative", (2006, 2010)),
          ("24.8%", "actual", 2010, "period_average", (2006, 2010))]),
    ],
)
def test_an_average_after_a_base_year(phrase: str, doc: dict[str, Any], expected: list[tuple[Any, ...]]) -> None:
    assert _facts(phrase, doc) == expected


@pytest.mark.parametrize(
    ("lines", "heading", "expected"),
    [
        # 云南 2026, 贵州 2026: in a five-year review, a count made (实施, 打造) after a long name of what was made
        # adds up over the five years, as one after a short name does (培育商圈140个)
        (["这五年，我们有形有感有效铸牢中华民族共同体意识。",
          "省委、省政府隆重表彰民族团结进步先进集体和个人。实施中华优秀传统文化保护传承和精品工程项目1239个，"
          "晋宁河泊所遗址入选“全国十大考古新发现”。"], "一、“十四五”时期和2025年工作回顾",
         [("1239个", "actual", 2025, "period_cumulative", (2021, 2025))]),
        (["各位代表！2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，打赢脱贫攻坚战后，"
          "贵州经济社会发展条件明显改善。",
          "（五）大力推进以人为本的新型城镇化。以“四改”为抓手提升城镇品质，累计完成棚户区改造47.63万户（套）。"
          "培育商圈140个，打造贵阳“青云市集”等夜间消费聚集区55个，社会消费品零售总额年均增长4.7%。"],
         "一、2025年和“十四五”时期工作回顾",
         [("47.63万户", "actual", 2025, "period_cumulative", (2021, 2025)),
          ("140个", "actual", 2025, "period_cumulative", (2021, 2025)),
          ("55个", "actual", 2025, "period_cumulative", (2021, 2025)),
          ("4.7%", "actual", 2025, "period_average", (2021, 2025))]),
    ],
)
def test_counts_made_in_a_five_year_review(lines: list[str], heading: str, expected: list[tuple[Any, ...]]) -> None:
    found = measures_of(lines, path=(heading,), **_report("2026-01-27"))
    assert [(m.surface, m.stance, m.year, m.scope, m.period) for m in found] == expected


PLAN_2021_2025: dict[str, Any] = {"doc_type": "special_plan", "period": (2021, 2025), "issued": None}


@pytest.mark.parametrize(
    ("lines", "doc", "heading", "expected"),
    [
        # 贵港 (a transport plan, converter debris): lengths to build add up over the plan's years
        (["鞏固提升建制村通硬化路建設(shè)成果,開展村村通雙車道建設(shè)1500公里;"], PLAN_2021_2025, "",
         [("1500公里", "target", 2025, "period_cumulative", (2021, 2025))]),
        # 贵州 2026: and over the years a review looks back on
        (["各位代表！2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，打赢脱贫攻坚战后，"
          "贵州经济社会发展条件明显改善。",
          "以“四改”为抓手提升城镇品质，背街小巷改造5667条，建设改造城镇地下管网2.24万公里。"], _report("2026-01-27"),
         "一、2025年和“十四五”时期工作回顾",
         [("5667条", "actual", 2025, "period_cumulative", (2021, 2025)),
          ("2.24万公里", "actual", 2025, "period_cumulative", (2021, 2025))]),
        # 广州 2021 (sample corpus): land for building (建设用地) supplied in the year is no length built
        (["完成土地储备113平方公里,供应各类建设用地123平方公里。"], _report("2021-02-04"), "",
         [("113平方公里", "actual", 2020, "annual", None), ("123平方公里", "actual", 2020, "annual", None)]),
    ],
)
def test_lengths_and_areas_built(lines: list[str], doc: dict[str, Any], heading: str,
                                 expected: list[tuple[Any, ...]]) -> None:
    found = measures_of(lines, path=(heading,) if heading else (), **doc)
    assert [(m.surface, m.stance, m.year, m.scope, m.period) for m in found] == expected
