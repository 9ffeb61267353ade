"""Year, stance and period of session 27 (issue #8): which part of a text dates a value and what a value
covers, read on real phrases of several governments (dev lines; never unseen ones).

Sources: 贵州's report for 2026 (GZ), 云南's report for 2026 (YN), 贵州's report for 2025 (GZ25).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of

REPORT_2026: dict[str, Any] = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-25"}
FIVE_YEARS = ("一、2025年和“十四五”时期工作回顾",)


def _covers(lines: list[str], path: tuple[str, ...] = FIVE_YEARS, **doc: Any) -> dict[str, tuple[Any, ...]]:
    found = measures_of(lines, path=path, **(doc or REPORT_2026))
    return {m.surface: (m.stance, m.year, m.scope, m.period) for m in found}


FIVE = ("actual", 2025, "period_cumulative", (2021, 2025))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # GZ: a length of works carried out (实施…工程) in the five years reviewed adds up over them
        (["五年来，我们牢牢守住了不发生规模性返贫致贫底线。",
          "加快“四在农家·和美乡村”建设。实施农村公路安全生命防护工程3万公里，易地搬迁脱贫劳动力就业率达96.9%。"],
         {"3万公里": FIVE, "96.9%": ("actual", 2025, "annual", None)}),
        # YN: so does an area of works carried out, after areas added and works completed
        (["这五年，我们坚定不移推进生态文明建设。新增绿化面积35万亩，完成营造林2027万亩，"
          "实施历史遗留废弃矿山修复21.65万亩。"],
         {"35万亩": FIVE, "2027万亩": FIVE, "21.65万亩": FIVE}),
    ],
)
def test_lengths_and_areas_of_works_carried_out_in_a_five_year_review_add_up(
    lines: list[str], expected: dict[str, tuple[Any, ...]]
) -> None:
    assert _covers(lines) == expected


def test_works_carried_out_among_one_years_tasks_are_that_years() -> None:
    # GZ25: the same works planned for one year
    found = _covers(["（8）提升普通公路本质安全水平，实施农村公路安全生命防护工程8000公里，改造普通公路危桥200座。"],
                    path=("二、2025年重点工作",), doc_type="work_report", period=(2025, 2025), issued="2025-01-20")
    assert found["8000公里"] == ("target", 2025, "annual", None)


def test_the_years_of_an_earlier_clauses_change_do_not_date_a_later_clause_of_the_review() -> None:
    # GZ: 从2020年的…提升至2025年的… dates its own change; the schools moved under the province in the five
    # years, told in the next clause, still add up over them
    found = _covers(["五年来，教育、医疗、文化、体育等民生事业显著进步。",
                     "高等教育毛入学率从2020年的41.6%提升至2025年的52%以上、进入普及化阶段，"
                     "14所省属高职院校划转为省级教育部门主管。"])
    assert found == {"41.6%": ("actual", 2020, "annual", None), "52%以上": ("actual", 2025, "annual", None),
                     "14所": FIVE}


# QH25: 青海's report for 2025; NM25: 内蒙古's report for 2025
REPORT_2025: dict[str, Any] = {"doc_type": "work_report", "period": (2025, 2025), "issued": "2025-01-19"}


def test_a_base_a_sentence_builds_on_dates_no_later_sentence() -> None:
    # QH25: 在2023年…的好成绩基础上 is what the year's work built on; the year's results after it stay of 2024
    found = _covers(["过去一年，极其难忘、极不平凡，在青海发展史上具有里程碑意义。",
                     "民生事业在惠民利民中更有温度。加力巩固拓展脱贫攻坚成果同乡村振兴有效衔接，在2023年国家考评第三的"
                     "好成绩基础上，全力打好乡村全面振兴“漂亮仗”，建立落实“一书一单一盘棋”机制。新建农村户厕2.11万座，"
                     "城镇新增就业6.45万人。"], path=("一、2024年工作回顾",), **REPORT_2025)
    assert found == {"2.11万座": ("actual", 2024, "annual", None), "6.45万人": ("actual", 2024, "annual", None)}


def test_a_value_inside_the_base_keeps_the_bases_year() -> None:
    # NM25: 在去年布局5个点位基础上: the five sites are last year's, among this year's tasks
    found = _covers(["要围绕点位抓“突围”，在去年布局5个点位基础上，今年在人工智能+、低空经济、生物技术等领域"
                     "再启动一批新点位。"], path=("三、2025年重点工作",),
                    **{**REPORT_2025, "issued": "2025-01-14"})
    assert found == {"5个": ("actual", 2024, "annual", None)}


# NX25: 宁夏's report for 2025; NM: 内蒙古's report for 2026; RE: news of the national 十四五 renewable-energy plan,
# traditional (a dev page); SC: news of 四川's wind and solar plan (a dev page)
NINGXIA_TASKS = ["一是加快推进农业农村现代化。强化耕地保护和质量提升，新建和改造高标准农田80万亩，"
                 "力争到2027年将符合条件的永久基本农田全部建成高标准农田。深入实施现代农业“十强行动”。启动实施塞上江南和美乡村“5331”行动，"
                 "改造农村公路1500公里，力争农村卫生厕所普及率达到71%以上。"]


def test_a_goals_horizon_inside_a_clause_dates_no_later_sentence() -> None:
    # NX25: 力争到2027年将…建成 is one goal's year; the year's tasks after it stay of 2025
    found = _covers(NINGXIA_TASKS, path=("三、2025年重点工作",), **{**REPORT_2025, "issued": "2025-01-20"})
    assert {s: (stance, year) for s, (stance, year, _, _) in found.items()} == {
        "80万亩": ("target", 2025), "1500公里": ("target", 2025), "71%以上": ("target", 2025)}


@pytest.mark.parametrize(
    ("lines", "surface", "year"),
    [
        # RE: 到2025年， a clause of its own after 《规划》提出, frames the goals of the next sentence too
        (["《規劃》提出,到2025年,可再生能源消費總量達到10億噸標準煤左右,占一次能源消費18%左右;全國可再生能源電力總量和"
          "非水電消納責任權重分別達到33%和18%左右,利用率保持在合理水平。"], "33%", 2025),
        # SC: 到2025年底， likewise
        (["根据送审稿提出的目标,到2025年底,建成光伏、风电装机容量各1000万千瓦;风电、光伏合计新增装机2000万千瓦。"],
         "2000万千瓦", 2025),
    ],
)
def test_a_horizon_in_a_clause_of_its_own_still_frames_the_next_sentence(
    lines: list[str], surface: str, year: int
) -> None:
    found = {m.surface: m.year for m in measures_of(lines, doc_type="special_plan", period=(2021, 2025))}
    assert found[surface] == year


@pytest.mark.parametrize(
    ("line", "path", "doc", "expected"),
    [
        # NM: the bases approved in the plan period just ended, among 2026's tasks, are there already
        ("加快建设“十四五”批复的6个沙戈荒大基地及外送通道，争取再纳规3个沙戈荒大基地。", ("二、2026年主要工作",),
         REPORT_2026, {"6个": ("actual", 2025), "3个": ("target", 2026)}),
        # NX25: the mining rights sold in the last two years, among 2025's tasks
        ("加大新一轮找矿力度，加快近两年挂牌出让的14个探（采）矿权项目建设进度。", ("三、2025年重点工作",),
         {**REPORT_2025, "issued": "2025-01-20"}, {"14个": ("actual", 2024)}),
    ],
)
def test_things_a_past_time_already_approved_or_sold_are_there_among_the_tasks(
    line: str, path: tuple[str, ...], doc: dict[str, Any], expected: dict[str, tuple[str, int]]
) -> None:
    found = _covers([line], path=path, **doc)
    assert {s: (stance, year) for s, (stance, year, _, _) in found.items()} == expected


@pytest.mark.parametrize(
    ("line", "path", "doc", "expected"),
    [
        # QH25: a size grown from the year's start (从年初的400P) started at the end of the year before
        ("已建在建标准机架9.3万个、实现翻倍增长，智算超算规模从年初的400P增加到8400P。", ("一、2024年工作回顾",),
         REPORT_2025, {"9.3万个": 2024, "400P": 2023, "8400P": 2024}),
        # the State Council's report for 2002 (sample corpus): the people covered at the start of 2001 and at its end
        ("城市居民最低生活保障的覆盖人数，由年初的４００多万人扩大到年末的１１２０多万人。", ("一、2001年工作回顾",),
         {"doc_type": "work_report", "period": (2002, 2002), "issued": "2002-03-05"},
         {"４００多万人": 2000, "１１２０多万人": 2001}),
    ],
)
def test_a_start_value_of_the_years_start_is_of_the_year_before(
    line: str, path: tuple[str, ...], doc: dict[str, Any], expected: dict[str, int]
) -> None:
    found = _covers([line], path=path, **doc)
    assert {s: year for s, (_, year, _, _) in found.items() if s in expected} == expected


@pytest.mark.parametrize(
    ("lines", "path", "doc", "expected"),
    [
        # XZ25: a doubling told among the results of a section about one year is that year's
        (["五是改革开放走深走实。全年招商引资到位资金674亿元，援藏“双招双引”成效明显。自治区财政科技投入翻一番，"
          "科技创新平台突破100家。"], ("2024年工作回顾",), REPORT_2025, ("actual", 2024, "annual", None)),
        # YN (云南 2026): under the year and the plan period, in a five-year review, it stays the period's
        (["这五年，我们完整准确全面贯彻新发展理念，全力推动高质量发展，经济实力迈上新台阶。",
          "全社会研发投入年均增长10.5%，技术合同成交额增长7.1倍，高新技术企业数3年翻一番。"],
         ("一、“十四五”时期和2025年工作回顾",), REPORT_2026, ("actual", 2025, "period_cumulative", (2023, 2025))),
    ],
)
def test_a_doubling_in_a_review_of_one_year_is_that_years(
    lines: list[str], path: tuple[str, ...], doc: dict[str, Any], expected: tuple[Any, ...]
) -> None:
    found = _covers(lines, path=path, **doc)
    assert next(v for s, v in found.items() if "翻" in s) == expected
