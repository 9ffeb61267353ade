"""The classes the twenty-seventh fresh dev batch (bulletins, plan-execution reports, sector-plan news, issue #8)
showed at its first shot, on real phrases of several governments.

Sources (the stored page corpus): 湖北日报 on 湖北's report on the 2017 plan execution (HB18, 2018-01-26, a dev
document), 西部网 on the opening of 西安's 2017 people's congress (XA17, 2017-02-21), news of the opening of 遂宁's
2014 people's congress (SN14), 大众日报 on 山东's 2018 plan review (SD18, 2018-01-29), 羊城晚报 on 广州's 2018 work
report (GZ18, 2018-01-11) and a city's news of its 2018 half-year plan review (an autonomous region's finance
committee, 2018-06, the guard).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from measures_support import measures_of

from plantrace.ingest.dates import report_year
from plantrace.pipeline import process_file

HB18_OPENING = ("湖北日报讯 2017年,全省经济运行“稳、进、好”的格局进一步巩固。"
                "总体看,2017年省国民经济和社会发展计划执行情况良好,列入省《政府工作报告》的GDP、居民消费价格、城镇新增就业、城乡居民人均可支配收入、节能减排等5项指标全面完成年度目标任务。")


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        ([HB18_OPENING], 2018),  # HB18: the plan of 2017 was carried out well: a text of 2018
        # XA17: the session reviews the 2016 plan's execution and the 2017 plan
        (["本次大会有5项议程:听取市长上官吉庆作西安市人民政府工作报告;审查西安市2016年国民经济和社会发展计划执行情况"
          "与2017年国民经济和社会发展计划草案的报告;"
          "审查西安市2016年财政预算执行情况和2017年财政预算草案的报告;"], 2017),
        # SN14: the same with the plan of the year only named 计划草案
        (["大会有三项议程:一是听取市人民政府工作报告;二是审查遂宁市2013年国民经济和社会发展计划执行情况与2014年计划草案的报告;"
          "三是审查遂宁市2013年财政预算执行情况和2014年财政预算草案的报告。"], 2014),
        # SD18: a review of the plan of 2017 read in 2018
        (["1月28日晚上举行的省十三届人大一次会议主席团第三次会议,听取并审议通过了计划预算审查委员会副主任委员马青山作的"
          "关于山东省2017年国民经济和社会发展计划执行情况与2018年计划草案审查结果的报告。"], 2018),
    ],
)
def test_the_plan_year_whose_execution_is_reported_is_the_year_before(lines: list[str], year: int) -> None:
    assert report_year(lines) == year


def test_a_half_year_of_plan_execution_is_no_year_before() -> None:
    """The guard: a review of the first half of 2018 is read in 2018, not in 2019."""
    lines = ["6月25日至26日,自治区人大常委会财经委副主任委员李拥军带领调研组到我市,对我市2018年上半年国民经济和社会发展"
             "计划执行情况进行调研。"]
    assert report_year(lines) != 2019


def test_a_plan_execution_digest_reports_results_of_the_plan_year(tmp_path: Path) -> None:
    """HB18: the digest's bullet lines are results of 2017 (were targets of 2017, or results of 2016)."""
    path = tmp_path / "digest.txt"
    path.write_text("\n".join([HB18_OPENING, "经济运行总体平稳", "◎全省地区生产总值达到3.65万亿元,同比增长7.8%",
                               "◎规模以上工业增加值增长7.4%", "◎投资总量居全国第6位"]), encoding="utf-8")
    found = {m.surface: (m.stance, m.year) for m in process_file(path)[1].measures}
    assert {s: found[s] for s in ("3.65万亿元", "7.8%", "7.4%", "第6位")} == dict.fromkeys(
        ("3.65万亿元", "7.8%", "7.4%", "第6位"), ("actual", 2017))


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("◎地方一般公共预算收入3248亿元,可比增长8.4%;"  # HB18
         "其中税收收入占地方一般公共预算收入比重较2016年提高0.8个百分点", "8.4%"),
        ("研发经费支出占地区生产总值比重达到2.7%, 地方一般公共预算收入可比增长7.5%。", "7.5%"),  # GZ18
    ],
)
def test_growth_on_a_comparable_basis_is_named_by_its_indicator(phrase: str, surface: str) -> None:
    """可比 says how a growth is counted; it names nothing (was 可比 / 地方一般公共预算收入可比)."""
    found = {m.surface: m for m in measures_of([phrase], doc_type="work_report", period=(2018, 2018))}
    assert found[surface].metric == "地方一般公共预算收入"


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("◎规模以上工业增加值增长7.4%", {"7.4%": "规模以上工业增加值"}),  # HB18
        # XM26 (海峡导报's digest of 厦门's 2026 report, a dev document)
        ("●人均地区生产总值从12.5万元增至16万元以上",
         {"12.5万元": "人均地区生产总值", "16万元以上": "人均地区生产总值"}),
    ],
)
def test_a_bullet_mark_is_no_part_of_a_name(phrase: str, names: dict[str, str]) -> None:
    """A digest's bullet lines (◎, ●) name their indicators without the mark (was ◎规模以上工业增加值)."""
    found = {m.surface: m.metric for m in measures_of([phrase], doc_type="work_report", period=(2026, 2026))}
    assert {s: found[s] for s in names} == names


@pytest.mark.parametrize(
    ("phrase", "surface", "name"),
    [
        ("◎新签约亿元以上招商引资项目5070个,合同金额4.42万亿元", "4.42万亿元",  # HB18
         "新签约亿元以上招商引资项目合同金额"),
        # GS24 (兰州日报 on 甘肃's news conference, 2024-10): the province's signed projects
        ("1至9月,全省签约招商引资项目3989个,签约金额9433.27亿元,同比增长29.84%。", "9433.27亿元",
         "签约招商引资项目签约金额"),
        # SZ17 (肃州区, 2017-06): the district's newly signed projects
        ("至目前,全区共外出招商5批40人次,新签约项目32个,签约额99.75亿元。", "99.75亿元", "新签约项目签约额"),
    ],
)
def test_the_money_of_the_deals_a_clause_counts_is_named_by_them(phrase: str, surface: str, name: str) -> None:
    """合同金额, 签约金额, 签约额 alone say what of the counted projects was measured (were 合同金额 …)."""
    found = {m.surface: m.metric for m in measures_of([phrase], doc_type="other", period=None)}
    assert found[surface] == name
