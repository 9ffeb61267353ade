"""Year, stance and period of session 25 (issue #8): the time a sentence states, read on real phrases of
several governments (dev and sample lines, public pages; never unseen ones)."""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one


def _facts(phrase: str, doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(m.surface, m.stance, m.year, m.scope, m.period) for m in one(phrase, **doc)]


def _report(issued: str) -> dict[str, Any]:
    return {"doc_type": "work_report", "period": None, "issued": issued}


@pytest.mark.parametrize(
    ("phrase", "doc", "expected"),
    [
        # 国务院 2003: the year that sorts the regulations cleared (issued before 2000) dates none of the counts
        # of the five years reviewed
        ("五年间，国务院提出法律议案50件，颁布行政法规150件；适应发展社会主义市场经济和加入世贸组织的要求，"
         "对2000年底以前发布的756件行政法规进行全面清理，废止71件，宣布失效80件。", _report("2003-03-05"),
         [("50件", "actual", 2002, "annual", None), ("150件", "actual", 2002, "annual", None),
          ("756件", "actual", 2002, "annual", None), ("71件", "actual", 2002, "annual", None),
          ("80件", "actual", 2002, "annual", None)]),
        # 包头 2026 (news of the report, one line of headed bullets): 2005年前老旧小区 are the communities built
        # before 2005; the year dates neither the rank nor the jobs of the review that follow
        ("城市品质塑造取得新突破 五年净增近8万人口,建成区绿化覆盖率达到44.7%,高铁“T”字型枢纽东西向贯通。 "
         "2005年前老旧小区改造全面完成,连续五年入选全国城市体检样本城市。 生态环境状况发生新变化 "
         "人民生活水平得到新提高 全体居民收入稳居全区第一,城镇新增就业21万人。", _report("2026-01-21"),
         [("44.7%", "actual", 2025, "annual", None), ("第一", "actual", 2025, "annual", None),
          ("21万人", "actual", 2025, "annual", None)]),
    ],
)
def test_a_year_that_sorts_the_things_counted_dates_no_value(
    phrase: str, doc: dict[str, Any], expected: list[tuple[Any, ...]]
) -> None:
    named = {fact[0] for fact in expected}
    assert [fact for fact in _facts(phrase, doc) if fact[0] in named] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 国务院 2004: a deadline (年前 followed by what is to be done) still dates its target
        ("要精心做好军队体制编制调整改革工作，确保完成2005年前裁减军队员额20万等各项任务。",
         [("20万", "target", 2005)]),
    ],
)
def test_a_deadline_before_a_year_still_dates_its_target(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(m.surface, m.stance, m.year) for m in one(phrase, **_report("2004-03-05"))] == expected


# a text whose review is titled by a short line naming a plan period, or framed by 五年来/“十三五”时期
@pytest.mark.parametrize(
    ("lines", "issued", "expected"),
    [
        # 厦门 2026 (a newspaper's digest of the report): 数说厦门“十四五” titles the lines below it; a start
        # value is of the year before the five years, an increment adds up over them
        (["数说厦门“十四五”", "●人均地区生产总值从12.5万元增至16万元以上", "●国家高新技术企业数从2282家增至4735家",
          "●新增3个千亿级产业链群"], "2026-01-20",
         [("12.5万元", "actual", 2020, "annual", None), ("16万元以上", "actual", 2025, "annual", None),
          ("2282家", "actual", 2020, "annual", None), ("4735家", "actual", 2025, "annual", None),
          ("3个", "actual", 2025, "period_cumulative", (2021, 2025)), ("千亿级", "actual", None, "annual", None)]),
        # 齐河 (德州日报, a 十三五 review): a rank's start value in a paragraph the “十三五”时期 frames
        (["县域综合实力持续提升。“十三五”时期,齐河县经济平稳健康发展,质量和效益协同并进。",
          "城乡居民可支配收入年均分别增长7.4%、9.6%,实现了强县与富民相统一。在全国综合实力百强县排名由第95位上升至第77位,"
          "持续在全市扛旗领跑。"], "2021-01-19",
         [("7.4%", "actual", 2020, "period_average", (2016, 2020)),
          ("9.6%", "actual", 2020, "period_average", (2016, 2020)),
          ("第95位", "actual", 2015, "annual", None), ("第77位", "actual", 2020, "annual", None)]),
        # 温州 2026 (news of the report): “十四五”期间…从60.9%跃升至73%, the start of the plan period
        (["科技创新成为温州冲刺的核心拉升引擎。“十四五”期间,温州高新技术产业占比从60.9%跃升至73%。"], "2026-01-21",
         [("60.9%", "actual", 2020, "annual", None), ("73%", "actual", 2025, "annual", None)]),
    ],
)
def test_a_review_titled_or_framed_by_a_plan_period_dates_its_start_values(
    lines: list[str], issued: str, expected: list[tuple[Any, ...]]
) -> None:
    found = measures_of(lines, doc_type="work_report", period=None, issued=issued)
    assert [(m.surface, m.stance, m.year, m.scope, m.period) for m in found] == expected



@pytest.mark.parametrize(("phrase", "doc", "surface"), [
    ("五年来,30个县区通过国家义务教育优质均衡发展评估,47家县级医院共享三级医院服务。", _report("2026-01-27"), "47家"),
    ("五年来,晋宁河泊所遗址入选“全国十大考古新发现”,9部精品力作获国家级文艺大奖。", _report("2026-01-30"), "9部"),
], ids=["shaanxi_shared", "yunnan_awarded"])  # fmt: skip
def test_counts_before_more_event_verbs_add_up_over_a_five_year_review(
    phrase: str, doc: dict[str, Any], surface: str
) -> None:
    """Things counted before what happened to them (共享, 获, as 获得 and 建成 already were; also 贯通, 推广, 住上)
    in a five-year review are the period's total (陕西's and 云南's 2026 reviews: dev)."""
    found = {fact[0]: fact[1:] for fact in _facts(phrase, doc)}
    assert found[surface] == ("actual", 2025, "period_cumulative", (2021, 2025))
