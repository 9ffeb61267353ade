"""Table tests for the year, kind and direction of a quantity.

Phrases are quoted from the sample corpus (national work reports 2001-2019, Guangzhou documents)
or written in the same style. Each row gives the document profile and the heading path the
phrase sits under, as a parsed document would.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from measures_support import one


def report(year: int) -> dict[str, Any]:
    """A national work report (the metadata knows its year, not its date)."""
    return {"doc_type": "work_report", "period": (year, year), "issued": None}


WR = {"doc_type": "work_report", "period": None, "issued": "2021-01-29"}
FYP: dict[str, Any] = {"doc_type": "fyp_outline", "period": (2021, 2025)}
PLAN_2011 = ("二、“十二五”时期的主要目标和任务",)
REVIEW_2011 = ("一、“十一五”时期国民经济和社会发展的回顾",)
PLAN_2016 = ("二、“十三五”时期主要目标任务和重大举措",)
REVIEW_2016 = ("一、2015年工作回顾",)
REVIEW_WR = ("一、“十三五”时期发展成就和2020年主要工作",)
PLAN_FYP = ("第二章 主要目标",)


def years(phrase: str, doc: dict[str, Any], path: tuple[str, ...] = ()) -> list[tuple[str, str, int | None]]:
    return [(m.surface, m.stance, m.year) for m in one(phrase, path=path, **doc)]


@pytest.mark.parametrize(
    ("phrase", "doc", "path", "expected"),
    [
        # five-year targets announced in a report: the plan's end year, not the report year
        ("今后五年,我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。", report(2011), PLAN_2011,
         [("7%", "target", 2015)]),
        ("积极稳妥推进城镇化,城镇化率从47.5%提高到51.5%。", report(2011), PLAN_2011,
         [("47.5%", "actual", 2010), ("51.5%", "target", 2015)]),
        ("单位国内生产总值能耗和二氧化碳排放分别降低16%和17%。", report(2011), PLAN_2011,
         [("16%", "target", 2015), ("17%", "target", 2015)]),
        ("实现城镇新增就业5000万人以上。", report(2016), PLAN_2016, [("5000万人以上", "target", 2020)]),
        ("财政补助由每人每年380元提高到420元。", report(2016), ("三、2016年重点工作",),
         [("380元", "actual", 2015), ("420元", "target", 2016)]),
        ("基本公共卫生服务经费财政补助从人均40元提高到45元。", report(2016), PLAN_2016,  # 2016 L179
         [("40元", "actual", 2015), ("45元", "target", 2020)]),
        ("“十一五”年均增长7.5%,将会超过预期。", report(2006), (), [("7.5%", "target", 2010)]),
        ("今后五年中央财政将投入100亿元支持职业教育发展。", report(2006), (), [("100亿元", "target", 2010)]),
        # the review of the past plan: that plan's end year
        ("国内生产总值达到39.8万亿元,年均增长11.2%。", report(2011), REVIEW_2011,
         [("39.8万亿元", "actual", 2010), ("11.2%", "actual", 2010)]),
        ("过去五年,国内生产总值年均增长7.8%。", report(2016), REVIEW_2016, [("7.8%", "actual", 2015)]),
        ("“十二五”时期国内生产总值年均增长7.8%。", report(2016), (), [("7.8%", "actual", 2015)]),
        # baselines: the from-value has its own year, a 比 year is no year of the value
        ("高新技术企业从2015年的4742家增长到2020年的1.2万家。", FYP, (),
         [("4742家", "actual", 2015), ("1.2万家", "actual", 2020)]),
        ("常住人口城镇化率由2020年的86.2%提高到88%。", FYP, PLAN_FYP,
         [("86.2%", "actual", 2020), ("88%", "target", 2025)]),
        # a start value without a year: the start of the span a review covers
        ("国内生产总值从26.6万亿元增加到51.9万亿元。", report(2013), ("一、过去五年工作回顾",),
         [("26.6万亿元", "actual", 2007), ("51.9万亿元", "actual", 2012)]),
        ("技术合同成交额从1795亿元增加到5260亿元。", report(2026), ("一、“十四五”时期和2025年工作回顾",),
         [("1795亿元", "actual", 2020), ("5260亿元", "actual", 2025)]),  # Shaanxi 2026
        ("高新技术企业从1919家增至1.2万家。", FYP, ("第一章 发展基础",),
         [("1919家", "actual", 2015), ("1.2万家", "actual", 2020)]),
        ("城乡居民医保财政补助由每人每年380元提高到420元。", report(2017), ("一、2016年工作回顾",),
         [("380元", "actual", 2015), ("420元", "actual", 2016)]),
        ("进出口总额比2015年增长69%。", WR, REVIEW_WR, [("69%", "actual", 2020)]),
        ("2000年国有工业企业实现利润2392亿元,为1997年的2.9倍。", report(2001), (),
         [("2392亿元", "actual", 2000), ("2.9倍", "actual", 2000)]),
        ("2019年社会消费品零售总额9552亿元。展览面积比“十二五”增长5.7%,网上零售额年均增长20.4%。", WR, REVIEW_WR,
         [("9552亿元", "actual", 2019), ("5.7%", "actual", 2020), ("20.4%", "actual", 2020)]),
        # a year of an earlier sentence that contradicts the section does not reach the value
        ("提出到2020年控制温室气体排放行动目标。新增发电装机容量4.45亿千瓦。", report(2011), REVIEW_2011,
         [("4.45亿千瓦", "actual", 2010)]),
        ("去年价格上涨的翘尾影响约有1个百分点。把居民消费价格涨幅控制在3.5%左右。", report(2013),
         ("三、2013年工作总体部署",), [("1个百分点", "actual", 2012), ("3.5%左右", "target", 2013)]),
        ("全年城镇新增就业1314万人。", report(2017), ("一、2016年工作回顾", "——就业增长超出预期"),
         [("1314万人", "actual", 2016)]),
        ("城镇新增就业859万人,下岗失业人员再就业440万人。", report(2004), ("一、一年来工作回顾", "———就业超过预期目标"),
         [("859万人", "actual", 2003), ("440万人", "actual", 2003)]),
        ("五年新增电力装机3.5亿千瓦,是1950年到2002年53年的总和;新增公路19.2万公里。", report(2008),
         ("一、过去五年政府工作回顾",), [("3.5亿千瓦", "actual", 2007), ("19.2万公里", "actual", 2007)]),
        # qualifiers, cut-off dates, cumulative spans
        ("人均公园绿地面积17.3平方米(2019年)。", FYP, (), [("17.3平方米", "actual", 2019)]),
        ("研究与试验发展经费投入强度(2019年)为3.1%,2025年达到3.5%。", FYP, PLAN_FYP,
         [("3.1%", "actual", 2019), ("3.5%", "target", 2025)]),
        ("截至2020年底,全市共有高新技术企业1.2万家。", FYP, (), [("1.2万家", "actual", 2020)]),
        ("2016—2020年累计完成固定资产投资1633.65亿元。", FYP, (), [("1633.65亿元", "actual", 2020)]),
        # work reports: 今年 / 去年 / 过去一年; 基础上年均 holds no 上年
        ("过去一年,新增城镇就业32.6万人。", WR, (), [("32.6万人", "actual", 2020)]),
        ("在提高质量效益基础上年均增长6%。", FYP, PLAN_FYP, [("6%", "target", 2025)]),
        ("今年中央财政安排补助资金101亿元,比去年增加58亿元。", report(2007), (),
         [("101亿元", "target", 2007), ("58亿元", "target", 2007)]),
        # a plan or a congress named by a numeral is no time
        ("今年是实施“十五”计划的第一年,继续发行1500亿元长期建设国债。", report(2001), (),
         [("1500亿元", "target", 2001)]),
        ("发布实施“十二五”节能减排综合性工作方案。清洁能源发电装机达到2.9亿千瓦。", report(2012), (),
         [("2.9亿千瓦", "actual", 2011)]),
    ],
)
def test_year_of_a_value(phrase: str, doc: dict[str, Any], path: tuple[str, ...],
                         expected: list[tuple[str, str, int | None]]) -> None:
    assert years(phrase, doc, path) == expected


@pytest.mark.parametrize(
    ("phrase", "kinds"),
    [
        # amounts of people and visits, rates per head: level
        ("接待游客5000万人次,城镇新增就业22万人。", [("5000万人次", "level"), ("22万人", "count")]),
        ("每千人口医疗卫生机构床位数6张,每万人口全科医生数4名。", [("6张", "level"), ("4名", "level")]),
        ("人均体育场地面积2.55平方米。", [("2.55平方米", "level")]),
        # discrete counted things: count
        ("新建学校12所,引进企业300家,完成项目45项,新建道路8条,建成公园6座。",
         [("12所", "count"), ("300家", "count"), ("45项", "count"), ("8条", "count"), ("6座", "count")]),
        # percentages: share of a whole, ratio to a target, change in points, growth rate
        ("森林覆盖率达到42%,第三产业增加值占比达72%。", [("42%", "share"), ("72%", "share")]),
        ("固定资产投资完成年度预期目标的147.5%。", [("147.5%", "ratio")]),
        ("一般公共预算支出为上年的105.2%。", [("105.2%", "ratio")]),
        ("城镇化率提高1.5个百分点。", [("1.5个百分点", "change")]),
        ("“十五”期间年均经济增长速度预期目标为7%左右。", [("7%左右", "growth")]),
        # ranks: 第N位 / 第N名, and a bare 第N in a ranking
        ("跨境电商进口连续5年排名全国城市第1。", [("第1", "rank")]),
        ("污水日处理能力居全国第2,法治建设考评获全省第1,跃居全球第1。",
         [("第2", "rank"), ("第1", "rank"), ("第1", "rank")]),
        ("全球金融中心指数由2017年第37位升至第19位。", [("第37位", "rank"), ("第19位", "rank")]),
    ],
)
def test_kind_of_a_value(phrase: str, kinds: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.kind) for m in one(phrase, **WR)] == kinds


def test_bare_ranks_have_the_unit_wei() -> None:
    [rank] = one("连续两年在法治建设考评中获全省第1。", **WR)
    assert (rank.value, rank.unit, rank.rule) == (1.0, "位", "measure.rank.v1")


@pytest.mark.parametrize(
    "phrase",
    ["举办第45届世界技能大赛,实施第二期工程,入选第1批试点。", "领导干部深入第一线,放在第一位。",
     "向第十届全国人民代表大会第一次会议报告。"],
)
def test_ordinals_are_not_ranks(phrase: str) -> None:
    assert one(phrase, **WR) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("单位国内生产总值能耗下降13.5%,化学需氧量排放减少12.45%。", [(13.5, "down"), (12.45, "down")]),
        ("单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。",
         [(23.0, "down"), (15.0, "down"), (18.0, "down")]),
        ("压减一般性支出10%,贫困发生率下降到0.6%,城镇登记失业率控制在3.5%以内。",
         [(10.0, "down"), (0.6, "down"), (3.5, None)]),
        ("城镇化率提高到51.5%,研发投入强度提升至3%,地区生产总值增长6%以上。",
         [(51.5, "up"), (3.0, "up"), (6.0, "up")]),
        ("低保标准从650元/月提升至1080元/月,比上年增加422亿元。", [(650.0, None), (1080.0, "up"), (422.0, "up")]),
        ("工业增加值1000亿元,地区生产总值2.5万亿元。", [(1000.0, None), (2.5, None)]),
        ("今年经济增长预期目标定在7.5%左右。", [(7.5, "up")]),
        ("地區生產總值年均增長6%左右,單位能耗降低4%。", [(6.0, "up"), (4.0, "down")]),
    ],
)
def test_direction_of_a_value(phrase: str, expected: list[tuple[float, str | None]]) -> None:
    assert [(m.value, m.direction) for m in one(phrase, **WR)] == expected


@given(value=st.decimals(min_value="0.1", max_value="99.9", places=1),
       verb=st.sampled_from([("下降", "down"), ("减少", "down"), ("降低", "down"), ("压减", "down"),
                             ("增长", "up"), ("提高", "up"), ("提升", "up")]))
def test_direction_never_changes_the_written_value(value: Any, verb: tuple[str, str]) -> None:
    [measure] = one(f"主要污染物排放总量{verb[0]}{value}%。", **FYP)
    assert (measure.value, measure.direction) == (pytest.approx(float(value)), verb[1])
