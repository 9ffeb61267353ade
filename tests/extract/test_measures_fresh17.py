"""The classes the seventeenth fresh dev batch (bulletins, plan-execution reports, sector plans and their news,
issue #8) showed at its first shot, on real phrases of several governments.

Sources: the 2020 bulletin of a district of 荆门 (DB, no title) and the 2021 bulletin of another district (QX, no
title; the dev set's district_stat_bulletin_2021_statslist_excerpt); 交城县's 2019 bulletin (JC); 国家统计局's
2023 third-quarter accounts as reported by 文旅中国 (WL) and its 2016 third-quarter release (TJ16); 合肥's water
十四五 plan as reported (HF, traditional); 宁夏's 2026 work report (NX); 水利部's review of flood control (SL, a
book page); a water-history article of 中国水利水电科学研究院 (IWHR); 贵港's 十四五 transport plan (GG,
traditional); 湖南's 十四五 transport plan (HN, traditional); 江西's health 十四五 plan as reported (JX); news of
the 2020 national work report (CN20); 参考消息 on 交通运输部's 十四五 review (CK, 2025); 广西's 十三五 transport plan as
reported by 经济日报 (GX, 2017); 央广网 on 交通运输部's national road network plan (YG, 2022, traditional).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import document, measures_of, one

from plantrace.extract.measures.dating import profile
from plantrace.ingest.normalise import make_lines

UNDATED: dict[str, Any] = {"doc_type": "other", "period": None, "issued": None}


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        # DB: the body of a bulletin without its title, opening with the accounts of its year
        (["一、综合",
          "初步核算,2020年全区完成生产总值356.56亿元,下降4.2%。其中,第一产业完成增加值 18.1亿元,下降0.2 %;",
          "年内新增城镇就业人员6156人,安置城镇下岗失业人员2391人;年末城镇登记失业3863人,城镇登记失业率为3.72%。"],
         2020),
        # QX: the same with the indicator's abbreviation and a footnote mark after its name
        (["一、综合",
          "初步核算,2021年全区生产总值 (GDP)[2]91.3亿元,比上年增长7.5%,总量居全市第6位,增速居全市第2位。"], 2021),
    ],
)
def test_a_bulletin_body_is_dated_by_its_accounts(lines: list[str], year: int) -> None:
    lines_ = make_lines(lines)
    prof = profile(document("other", None, None, len(lines_)), lines_)
    assert (prof.doc_type, prof.period) == ("statistical_bulletin", (year, year))
    assert {m.year for m in measures_of(lines, **UNDATED) if m.kind != "rank"} == {year}


def test_a_price_base_is_no_date() -> None:
    # DB: a poverty line at the prices of a year names no year of the figures after it
    lines = ["初步核算,2020年全区完成生产总值356.56亿元,下降4.2%。",
             "按照每人每年生活水平2300元(2010年不变价)的现行农村贫困标准计算,21063人农村贫困人口全部实现脱贫。"
             "城市空气质量达标率为82.7%。"]
    found = {m.surface: m.year for m in measures_of(lines, doc_type="statistical_bulletin", period=(2020, 2020))}
    assert (found["21063人"], found["82.7%"]) == (2020, 2020)


def test_a_value_converted_at_the_years_exchange_rate() -> None:
    # JC: 按2019年平均汇率计算为: the conversion is no average over years and does not name the value
    found = {m.surface: m for m in one("人均地区生产总值38214元,按2019年平均汇率计算为5686美元。",
                                       doc_type="statistical_bulletin", period=(2019, 2019))}
    assert (found["5686美元"].metric, found["5686美元"].scope) == ("人均地区生产总值", "annual")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # JC: an amount and its growth are one item's account, not a list over 批发 and 零售业
        ("第三产业中,金融业增加值39358万元,增长5.1%;批发和零售业增加值23862万元,增长4.5%。",
         {"23862万元": "批发和零售业增加值", "4.5%": "批发和零售业增加值"}),
        # WL: the same of 住宿和餐饮业
        ("分行业来看,2023年前三季度住宿和餐饮业增加值为14724亿元,同比增长14.4%。",
         {"14724亿元": "住宿和餐饮业增加值", "14.4%": "住宿和餐饮业增加值"}),
    ],
)
def test_an_amount_and_its_rate_are_not_a_list(phrase: str, expected: dict[str, str]) -> None:
    found = {m.surface: m.metric for m in one(phrase, doc_type="statistical_bulletin", period=(2019, 2019))}
    assert {s: found.get(s) for s in expected} == expected


def test_two_rates_after_respectively_are_still_a_list() -> None:
    # TJ16: values of one kind after 分别 take the items of the list in turn
    phrase = "前三季度,高技术产业和装备制造业增加值同比分别增长10.6%和9.1%。"
    found = {m.surface: m.metric for m in one(phrase, doc_type="statistical_bulletin", period=(2016, 2016))}
    assert found["10.6%"].startswith("高技术产业") and found["9.1%"].startswith("装备制造业")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # HF (traditional): flood and drainage standards of a plan
        ("合肥市中心城區防洪標準達到100~200年一遇,肥東、肥西、長豐、廬江、巢湖等縣市達到50~100年一遇;"
         "合肥市中心城區排澇標準達到50年一遇。", [(100.0, 200.0), (50.0, 100.0), (50.0, None)]),
        # NX: a standard raised (the value reached)
        ("九是黄河宁夏段河道治理工程全面贯通，防洪标准由最低五年一遇提高到二十年或五十年一遇；", [(50.0, None)]),
        # SL: the standard named after the value
        ("主要江河的中小洪水得到有效控制,长江中下游荆江地区达到100年一遇防洪标准", [(100.0, None)]),
        # IWHR: floods of a return period withstood, no standard: how rare an event is
        ("河湖基本处于无控制的自然状态,水系紊乱,江河湖泊体系尚不足抵御10年一遇至20年一遇的中小洪水危害", []),
    ],
)
def test_return_periods_of_flood_standards(phrase: str, expected: list[tuple[float, float | None]]) -> None:
    found = [(m.value, m.value_max) for m in one(phrase, doc_type="special_plan") if m.unit == "年一遇"]
    assert found == expected
    assert all(m.kind == "level" for m in one(phrase, doc_type="special_plan") if m.unit == "年一遇")


# GG: a plan's numbered items without its title; what it plans over the plan period makes it a plan
GUIGANG = ["(1)計劃“十四五”期間實施重大交通基礎設施項目188個,完成投資超1081億元.",
           "(2)公路總里程超10000公里,其中高速公路超750公里。",
           "(3)港口吞吐量達12000萬噸,集裝箱達60萬標箱。"]


def test_a_text_that_plans_over_a_plan_period_is_a_plan() -> None:
    lines = make_lines(GUIGANG)
    prof = profile(document("other", (2021, 2025), None, len(lines)), lines)
    assert prof.doc_type == "special_plan"
    found = measures_of(GUIGANG, doc_type="other", period=(2021, 2025))
    assert {(m.stance, m.year) for m in found} == {("target", 2025)}


@pytest.mark.parametrize(
    ("phrase", "surface", "counted"),
    [
        # HN: the cities a railway reaches are what it achieved
        ("網絡規模穩步擴大。鐵路總里程5630公里,其中高鐵1986公里,通達12個市州。", "12個", True),
        # JX: the tasks and works of a plan's aspects are parts of its text
        ("谋划了11个方面69 项重点任务,提出了11个方面42个重点工程。", "69 项", False),
        ("谋划了11个方面69 项重点任务,提出了11个方面42个重点工程。", "42个", False),
    ],
)
def test_counts_of_places_reached_and_of_a_plans_parts(phrase: str, surface: str, counted: bool) -> None:
    assert (surface in {m.surface for m in one(phrase, doc_type="special_plan")}) is counted


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # JX: a share stated with 在 (at) before its value
        ("《规划》提出预计到2025年,个人卫生支出占卫生总费用的比重在27%左右。", "27%左右",
         "个人卫生支出占卫生总费用的比重"),
        # CN20: a rate stated the same way
        ("国内生产总值增长6.1%,城镇新增就业1352万人,调查失业率在5.3%以 下,居民消费价格上涨2.9%。", "5.3%以 下",
         "调查失业率"),
    ],
)
def test_a_rate_stated_with_zai(phrase: str, surface: str, metric: str) -> None:
    found = {m.surface: m.metric for m in one(phrase, doc_type="special_plan")}
    assert found.get(surface) == metric


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # CK (参考消息 on 交通运输部's 十四五 review): the time within which places reach a motorway
        ("这五年,自驾成为跨区域出行的主流。全国约90%的县级行政中心实现30分钟上高速。", [("30分钟", "上高速时间门槛")]),
        # GX: …within which counties reach an airport's service
        ("通用航空加快发展,基本实现全区各县区1.5小时内享受航空服务。", [("1.5小时", "享受航空服务时间门槛")]),
        # YG (央广网 on 交通运输部's national road network plan, traditional): two roads' times
        ("將實現全國所有縣市15分鐘上普通國道,地級行政中心和城區人口10萬以上的市縣30分鐘上國家高速公路。",
         [("15分鐘", "上普通国道时间门槛"), ("30分鐘", "上国家高速公路时间门槛")]),
    ],
)
def test_a_time_within_which_places_are_reached_is_a_condition(phrase: str, expected: list[tuple[str, str]]) -> None:
    found = [m for m in one(phrase, doc_type="special_plan") if m.unit in ("分钟", "小时")]
    assert [(m.surface, m.metric) for m in found] == expected
    assert {(m.kind, m.year) for m in found} == {("other", None)}

