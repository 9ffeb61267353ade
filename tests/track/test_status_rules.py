"""Every status rule on real numbers from the national work reports (target line, result line)."""

from __future__ import annotations

import pytest
from tests.track.support import obs, target

from plantrace.track.status import RULES, assess

GDP, CPI, JOBS, REG = "国内生产总值增长", "居民消费价格涨幅", "城镇新增就业", "城镇登记失业率"
ENERGY, M2, INCOME = "单位国内生产总值能耗降低", "广义货币M2增长", "居民人均可支配收入实际增长"

ANNUAL = [
    # threshold: 2018 城镇新增就业1100万人以上 -> 2019 report 1361万人
    (target(JOBS, 2018, 1100, ">=", report=2018, line=77, surface="城镇新增就业1100万人以上"),
     obs(JOBS, 2018, 1361, report=2019, line=9, surface="城镇新增就业1361万人"), "met", "status.threshold.v1"),
    # threshold ceiling: 2016 城镇登记失业率4.5%以内 -> 4.02%
    (target(REG, 2016, 4.5, "<=", report=2016, line=85, surface="城镇登记失业率4.5%以内"),
     obs(REG, 2016, 4.02, report=2017, line=29, surface="年末城镇登记失业率4.02%"), "met", "status.threshold.v1"),
    # threshold not met: 2006 能耗降低 as a floor of 4 against 1.2
    (target(ENERGY, 2006, 4, ">=", report=2006, line=69, surface="单位国内生产总值能耗降低4%"),
     obs(ENERGY, 2006, 1.2, report=2007, line=71, surface="转为下降1.2%"), "not_met", "status.threshold.v1"),
    # approx within 5 %: 2014 GDP 7.5%左右 -> 7.4%
    (target(GDP, 2014, 7.5, "~", report=2014, line=79, surface="国内生产总值增长7.5%左右"),
     obs(GDP, 2014, 7.4, report=2015, line=9, surface="比上年增长7.4%"), "met", "status.approx.v1"),
    # approx ceiling overshot: 2010 居民消费价格涨幅3%左右 -> 3.3%
    (target(CPI, 2010, 3, "~", report=2010, line=138, surface="居民消费价格涨幅3％左右"),
     obs(CPI, 2010, 3.3, report=2011, line=155, surface="居民消费价格涨幅控制在 3.3%"), "not_met", "status.approx.v1"),
    # approx, central target: 2016 M2 13%左右 -> 11.3% (the report says 低于预期目标)
    (target(M2, 2016, 13, "~", report=2016, line=103, surface="广义货币M2预期增长13%左右"),
     obs(M2, 2016, 11.3, report=2017, line=66, surface="增长11.3%"), "not_met", "status.approx.v1"),
    # approx, central target met: 2013 M2 13%左右 -> 13.6%
    (target(M2, 2013, 13, "~", report=2013, line=82, surface="广义货币M2预期增长目标拟定为13%左右"),
     obs(M2, 2013, 13.6, report=2014, line=31, surface="增长13.6%"), "met", "status.approx.v1"),
    # range: 2016 GDP 6.5%－7% -> 6.7%
    (target(GDP, 2016, 6.5, "range", value_max=7, report=2016, line=85, surface="国内生产总值增长6.5%－7%"),
     obs(GDP, 2016, 6.7, report=2017, line=27, surface="增长6.7%"), "met", "status.range.v1"),
]


@pytest.mark.parametrize(("tgt", "seen", "status", "rule"), ANNUAL)
def test_annual_rules(tgt, seen, status, rule) -> None:  # type: ignore[no-untyped-def]
    result = assess(tgt, [seen])
    assert (result.status, result.rule) == (status, rule)
    assert result.observation == seen
    # the explanation quotes both numbers and names both sources
    assert tgt.evidence.source.rsplit("/", 1)[-1] in result.explanation
    assert seen.evidence.source.rsplit("/", 1)[-1] in result.explanation
    assert f"{seen.value:g}" in result.explanation and f"{tgt.value:g}" in result.explanation


def test_range_fails_below_the_lower_bound() -> None:
    tgt = target(GDP, 2019, 6, "range", value_max=6.5, report=2019, line=61, surface="国内生产总值增长6%－6.5%")
    assert assess(tgt, [obs(GDP, 2019, 5.9, report=2020, line=1, surface="增长5.9%")]).status == "not_met"


def test_no_observation_is_no_data_never_a_guess() -> None:
    tgt = target(REG, 2015, 4.5, "<=", report=2015, line=73, surface="城镇登记失业率4.5%以内")
    other_years = [obs(REG, 2013, 4.1, report=2014, line=9, surface="城镇登记失业率4.1%")]
    result = assess(tgt, other_years)
    assert (result.status, result.label, result.rule, result.observation) == (
        "no_data", "无数据", "status.no_data.v1", None)
    assert "national_work_report_2015.txt 第73行" in result.explanation


def test_period_average_judged_on_the_reported_average() -> None:
    # 十一五: 今后五年国内生产总值年均增长7.5% (2006 report) -> 年均增长11.2% (2011 report)
    tgt = target(GDP, 2010, 7.5, ">=", report=2006, line=285, surface="今后五年国内生产总值年均增长7.5%",
                 scope="period_average", period=(2006, 2010))
    final = obs(GDP, 2010, 11.2, report=2011, line=9, surface="年均增长11.2%", scope="period_average",
                period=(2006, 2010))
    result = assess(tgt, [final])
    assert (result.status, result.rule) == ("met", "status.period_average.v1")


def test_cumulative_approx_and_count() -> None:
    # 十一五 能耗降低20%左右 -> 五年累计下降19.1% (within 5 % of 20)
    energy = target(ENERGY, 2010, 20, "~", report=2006, line=293, surface="单位国内生产总值能源消耗降低20%左右",
                    scope="period_cumulative", period=(2006, 2010))
    seen = obs(ENERGY, 2010, 19.1, report=2011, line=56, surface="单位国内生产总值能耗下降 19.1%",
               scope="period_cumulative", period=(2006, 2010))
    assert (assess(energy, [seen]).status, assess(energy, [seen]).rule) == ("met", "status.cumulative.v1")
    # 十二五 五年城镇新增就业4500万人 -> 超过6400万人
    jobs = target(JOBS, 2015, 4500, ">=", report=2011, line=145, surface="五年城镇新增就业4500万人",
                  scope="period_cumulative", period=(2011, 2015))
    total = obs(JOBS, 2015, 6400, report=2016, line=53, surface="城镇新增就业人数超过6400万人",
                scope="period_cumulative", period=(2011, 2015))
    assert assess(jobs, [total]).status == "met"


ENERGY_20 = target(ENERGY, 2010, 20, "~", report=2006, line=293, surface="单位国内生产总值能源消耗降低20%左右",
                   scope="period_cumulative", period=(2006, 2010))


def test_trajectory_lagging_mid_period() -> None:
    # 近三年累计下降10.08% (2009 report): needed by 2008 on the compound path 1-0.8^(3/5) = 12.5 %
    partial = obs(ENERGY, 2008, 10.08, report=2009, line=37, surface="单位国内生产总值能耗下降10.08%",
                  scope="period_cumulative", period=(2006, 2008))
    result = assess(ENERGY_20, [partial], as_of=2008)
    assert (result.status, result.label, result.rule) == ("lagging", "滞后", "status.trajectory.v1")
    assert result.progress == pytest.approx(10.08 / 12.54, abs=0.01)


def test_trajectory_ahead_with_annual_counts() -> None:
    # 十三五 城镇新增就业5000万人以上: 1314 + 1351 + 1361 by 2018 against 3000 needed
    jobs = target(JOBS, 2020, 5000, ">=", report=2016, line=73, surface="实现城镇新增就业5000万人以上",
                  scope="period_cumulative", period=(2016, 2020))
    seen = [obs(JOBS, 2016, 1314, report=2017, line=29, surface="全年城镇新增就业1314万人"),
            obs(JOBS, 2017, 1351, report=2018, line=21, surface="城镇新增就业1351万人"),
            obs(JOBS, 2018, 1361, report=2019, line=9, surface="城镇新增就业1361万人")]
    result = assess(jobs, seen)
    assert (result.status, result.label) == ("ahead", "快于预期")
    assert len(result.used) == 3 and "1361" in result.explanation


def test_trajectory_on_track_with_annual_growth() -> None:
    # 十三五 年均增长6.5%以上: 6.7, 6.9, 6.6 by 2018
    gdp = target(GDP, 2020, 6.5, ">=", report=2016, line=63, surface="经济年均增长保持在6.5%以上",
                 scope="period_average", period=(2016, 2020))
    seen = [obs(GDP, 2016, 6.7, report=2017, line=27, surface="增长6.7%"),
            obs(GDP, 2017, 6.9, report=2018, line=21, surface="国内生产总值增长6.9%"),
            obs(GDP, 2018, 6.6, report=2019, line=9, surface="国内生产总值增长6.6%")]
    result = assess(gdp, seen)
    assert (result.status, result.label, result.rule) == ("on_track", "基本符合预期", "status.trajectory.v1")


def test_trajectory_does_not_bridge_a_gap() -> None:
    # 十三五 能耗下降15%: 2016 and 2018 reported, 2017 missing -> 无数据, not a guess
    energy = target(ENERGY, 2020, 15, ">=", report=2016, line=69, surface="能耗下降15%",
                    scope="period_cumulative", period=(2016, 2020))
    seen = [obs(ENERGY, 2016, 5, report=2017, line=27, surface="能耗下降5%"),
            obs(ENERGY, 2018, 3.1, report=2019, line=11, surface="能耗下降3.1%")]
    assert assess(energy, seen).status == "no_data"


def test_cumulative_met_early_is_labelled() -> None:
    jobs = target(JOBS, 2015, 4500, ">=", report=2011, line=145, surface="五年城镇新增就业4500万人",
                  scope="period_cumulative", period=(2011, 2015))
    seen = [obs(JOBS, y, v, report=y + 1, line=9, surface=f"{v}万人")
            for y, v in ((2011, 1221), (2012, 1266), (2013, 1310), (2014, 1322))]
    result = assess(jobs, seen)
    assert (result.status, result.label) == ("met", "提前完成")


RELATIONAL = [
    # 2017: 居民收入和经济增长基本同步 -> 居民收入增长7.3% against 国内生产总值增长6.9%
    (7.3, 6.9, "sync", "met"),
    # 2016: 6.3% against 6.7%: within 0.5 point
    (6.3, 6.7, "sync", "met"),
    (6.0, 6.7, "sync", "not_met"),
    (6.3, 6.7, "gt", "not_met"),
    (8.0, 7.4, "gt", "met"),
]


@pytest.mark.parametrize(("income", "gdp", "comparator", "status"), RELATIONAL)
def test_relational(income: float, gdp: float, comparator: str, status: str) -> None:
    tgt = target(INCOME, 2017, None, comparator, report=2017, line=125,  # type: ignore[arg-type]
                 surface="居民收入和经济增长基本同步")
    own = obs(INCOME, 2017, income, report=2018, line=21, surface=f"居民收入增长{income}%")
    other = obs(GDP, 2017, gdp, report=2018, line=21, surface=f"国内生产总值增长{gdp}%")
    result = assess(tgt, [own], related=[other])
    assert (result.status, result.rule) == (status, "status.relational.v1")
    assert f"{gdp:g}" in result.explanation


def test_relational_without_the_other_value_is_no_data() -> None:
    tgt = target(INCOME, 2016, None, "sync", report=2016, line=85, surface="居民收入增长和经济增长基本同步")
    own = obs(INCOME, 2016, 6.3, report=2017, line=53, surface="全国居民人均可支配收入实际增长6.3%")
    assert assess(tgt, [own], related=[]).status == "no_data"


def test_every_rule_is_documented() -> None:
    used = {"status.threshold.v1", "status.approx.v1", "status.range.v1", "status.period_average.v1",
            "status.cumulative.v1", "status.trajectory.v1", "status.relational.v1", "status.no_data.v1"}
    assert used == set(RULES)
