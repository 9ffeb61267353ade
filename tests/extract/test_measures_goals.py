"""A value followed by the goal it is (…的预期目标, …的目标) is a promise, also where results are told; a goal
a result is measured against (增长11.3%，低于13%左右的预期目标) is the goal of the result's year.

Phrases are quoted from public texts: the national work reports of 2017 and 2007 as published (GW), a 2018
commentary on that year's report (TH), an analysis of the first half of 2024 (AS).
"""

from __future__ import annotations

from measures_support import measures_of

from plantrace.models import Measure


def _by_value(found: tuple[Measure, ...]) -> dict[float | None, tuple[str, int | None]]:
    return {m.value: (m.stance, m.year) for m in found}


def test_a_goal_a_result_is_measured_against_is_of_the_results_year() -> None:
    # GW 2017: the review of 2016 (its line breaks, M / 2 / 增长, joined)
    found = _by_value(measures_of(["稳健的货币政策灵活适度，广义货币M2增长11.3%，低于13%左右的预期目标。"],
                                  doc_type="work_report", period=(2017, 2017), issued="2017-03-05"))
    assert found[11.3] == ("actual", 2016)
    assert found[13.0] == ("target", 2016)


def test_a_goal_named_after_its_value_is_a_promise() -> None:
    # TH: a commentary on the 2018 report
    found = _by_value(measures_of(["从这个角度来讲,实现6.5%左右的增长预期目标是有条件的。"],
                                  doc_type="work_report", period=(2018, 2018), issued="2018-03-22"))
    assert found[6.5][0] == "target"
    # AS: the first half's result and the year's goal
    assert [m.stance for m in measures_of(
        ["上半年GDP同比增长5.0%,为实现全年增长5.0%左右的预期目标奠定了良好的基础。"],
        doc_type="statistical_bulletin", period=(2024, 2024))] == ["actual", "target"]
    # GW 2007: goals the year did not meet
    got = measures_of(["但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。"],
                      doc_type="work_report", period=(2007, 2007), issued="2007-03-05")
    assert [(m.surface, m.stance) for m in got][-1] == ("2%", "target")
