"""Metric names that are fragments (issue #8): a decorative lead, a verb or a streak taken as the name of a value, on
real phrases of several governments.

Sources: 安庆's 2025 work report (AQ); 郑州's 2026 work report (ZZ); 山西's 2021 work report in numbers
(SX); 西藏's 2026 work report (XZ); 国务院's 2007 and 2017 work reports (CN07, CN17); 内蒙古's 2016 work
report review (NM); 湖北's 2016 work report review (HB); 武汉's 2026 work report (WH); 洪洞's 2019
statistical bulletin (HD); 国务院's 2000 work report (CN00); 宜宾's 2026 targets (YB); 贵州's 2026 work
report (GZ); 陕西's 2025 work report (SN); 沧州's 2018 work report (CZ); 内蒙古's 2025 work report (NM25);
国务院's 2015 work report (CN15); 邯郸's 2025 work report news (HD25); 玉林's 2025 work report (YL);
广东's 2021 work report news (GD).
"""

from __future__ import annotations

import pytest
from measures_support import one

WORK_REPORT = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-20"}


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("让530万宜城儿女沐浴着历史性荣光,倍感振奋、倍受鼓舞、倍增干劲", "530万"),  # AQ 2025
        ("极大激发了1300多万绿城儿女奋进新征程、建功新时代的热情干劲", "1300多万"),  # ZZ 2026
    ],
)
def test_the_sons_and_daughters_of_a_place_are_its_population(phrase: str, surface: str) -> None:
    """530万宜城儿女: the people of a place called by its other name; what the clause says they did names nothing."""
    found = {m.surface: (m.kind, m.metric) for m in one(phrase, **WORK_REPORT)}
    assert found[surface] == ("count", "人口")


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("2017至2019年,经济增速连续12个季度保持在6%以上", "6%以上", "经济增长"),  # SX 2021
        ("带头过紧日子，自治区本级一般性支出连续5年压减比例超5%", "5%", "自治区本级一般性支出压减比例"),  # XZ 2026
        ("中央财政连续三年累计投入90亿元，用于农村寄宿制学校建设工程", "90亿元", "中央财政累计投入"),  # CN07
    ],
)
def test_a_streak_is_no_part_of_the_name(phrase: str, surface: str, metric: str) -> None:
    """经济增速连续12个季度保持在6%以上: how long a value has held says nothing of what it measures."""
    assert {m.surface: m.metric for m in one(phrase, **WORK_REPORT)}[surface] == metric


NEWS = {"doc_type": "statistical_bulletin", "period": None, "issued": None}


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("工业企业利润由上年下降2.3%转为增长8.5%", {"2.3%": "工业企业利润", "8.5%": "工业企业利润"}),  # CN17
        ("单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%",
         {"0.2%": "单位国内生产总值能耗", "1.2%": "单位国内生产总值能耗"}),  # CN07
        ("化学需氧量、二氧化硫排放量由上年分别增长5.6%和13.1%，减为增长1.2%和1.8%",
         {"1.2%": "化学需氧量", "1.8%": "二氧化硫排放量"}),  # CN07
        ("三次产业结构由9.4:54.5:36.1演进为9:51:40", {"9:51:40": "三次产业结构"}),  # NM (simplified)
    ],
)
def test_the_value_a_figure_turned_to_is_named_as_the_one_it_turned_from(phrase: str, named: dict[str, str]) -> None:
    """由上年下降2.3%转为增长8.5%: 转为, 减为, 演进为 say how the figure moved, not what it measures (was 转, 减,
    演进)."""
    found = {m.surface: m.metric for m in one(phrase, **NEWS)}
    assert {surface: found[surface] for surface in named} == named


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("新增\"两院\"院士11位,居全国第2。", {"第2": "新增两院院士全国排名"}),  # WH 2026
        ("地方一般公共财政预算收入先后迈过2千亿、3千亿两个大台阶,由全国第20位上升到第9位;",
         {"第20位": "地方一般公共财政预算收入全国排名", "第9位": "地方一般公共财政预算收入全国排名"}),  # HB 2016
    ],
)
def test_a_rank_in_a_clause_of_its_own_ranks_the_value_before(phrase: str, named: dict[str, str]) -> None:
    """院士11位,居全国第2: a rank with no name ranks the value of the clause before, named by its words (was empty)."""
    found = {m.surface: m.metric for m in one(phrase, **WORK_REPORT)}
    assert {surface: found[surface] for surface in named} == named


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("据2019年人口抽样调查,年末全县常住人口766579,比上年末增加2028人。", {"2028人": "常住人口"}),  # HD 2019
        ("外贸出口从7月份开始大幅度回升，全年达到1949亿美元，比上年增长6．1％。",
         {"1949亿美元": "外贸出口", "6．1％": "外贸出口"}),  # CN00
        ("数字1:6.5%左右", {"6.5%左右": ""}),  # (a label's number names nothing)
    ],
)
def test_a_value_with_no_name_takes_the_words_before_the_number_of_the_clause_before(
        phrase: str, named: dict[str, str]) -> None:
    """年末全县常住人口766579,比上年末增加2028人: an unnamed value takes the name of the figure the clause before
    gives (its words before its number), after a comma only (was empty)."""
    found = {m.surface: m.metric for m in one(phrase, **NEWS)}
    assert {surface: found[surface] for surface in named} == named


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("重点推动向家坝灌区一期二步工程等300个重点项目加快建设,", "300个", "重点项目"),  # YB 2026
        ("推动贵阳环高扩容工程等14条高速公路项目和黄百等4个在建铁路项目加快建设，", "4个", "在建铁路项目"),  # GZ 2026
        ("西延、西康、西十等5条高铁加快建设，", "5条", "高铁加快建设"),  # SN 2025 (a short noun keeps its predicate)
        ("鄠周眉等9条在建高速公路有序推进，", "9条", "在建高速公路"),  # SN 2025
        ("中科院微电子产业园、北京协和原料药等187个重点项目扎实推进,", "187个", "重点项目"),  # CZ 2018
    ],
)
def test_pace_is_no_part_of_the_noun_counted(phrase: str, surface: str, metric: str) -> None:
    """300个重点项目加快建设: 加快 says how fast the things counted are built, not what they are (was 重点项目加快: the
    noun ran on to the stop word 建设)."""
    assert {m.surface: m.metric for m in one(phrase, **WORK_REPORT)}[surface] == metric


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("坚定不移抓投资。固定资产投资今年要增长10%左右，这个目标是等不来的", "10%左右", "固定资产投资"),  # NM25
        ("今年粮食产量要稳定在5.5亿吨以上，保障粮食安全", "5.5亿吨以上", "粮食产量"),  # CN15
        ("二氧化硫、氮氧化物排放量要分别下降3%，", "3%", "二氧化硫、氮氧化物排放量"),  # CN17
    ],
)
def test_a_modal_is_no_part_of_the_name(phrase: str, surface: str, metric: str) -> None:
    """固定资产投资今年要增长10%左右: 要 (都要, 也要, 只需要) says a target is wanted, not what it measures (was
    固定资产投资要)."""
    assert {m.surface: m.metric for m in one(phrase, **WORK_REPORT)}[surface] == metric


def test_first_or_only_is_no_part_of_the_name() -> None:
    """全省首个超百亿元水利工程: 首个, 首家, 唯一 (after the place they are first in) say the value is a record,
    not what it measures (was 首个门槛)."""
    phrase = "获得国债资金97.4亿元,全省首个超百亿元水利工程娄里水库开工。"  # HD25
    assert {m.surface: m.metric for m in one(phrase, **WORK_REPORT)}["百亿元"] == "水利工程投资额门槛"


@pytest.mark.parametrize(
    ("phrase", "nth", "metric"),
    [
        ("龙潭临港产业园产值首次突破300亿元,成为玉林首个300亿元园区,", 1, "园区"),  # YL
        # GD: the size that picks out the only such province is a threshold of the indicator the sentence opens on
        ("一般公共预算收入从9367亿元增加到12922亿元、年均增长6.6%,是全国唯一突破万亿元的省份。", 3,
         "一般公共预算收入门槛"),
    ],
)
def test_first_or_only_is_no_part_of_the_name_of_a_value_said_again(phrase: str, nth: int, metric: str) -> None:
    """成为玉林首个300亿元园区, 是全国唯一突破万亿元的省份: the record word goes; what is left names the value."""
    assert one(phrase, **WORK_REPORT)[nth].metric == metric


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # 国务院's 2018 work report in ten numbers (dev)
        ("实现国内生产总值和城乡居民人均收入比2010年翻一番、全国城乡居民人均可支配收入也要比2010年翻一番的目标",
         "翻一番", "城乡居民人均可支配收入"),
    ],
)
def test_a_modal_leaves_no_adverb_dangling(phrase: str, surface: str, metric: str) -> None:
    """也要 is stripped whole, never to a name ending 也; 还要 and 仍要 are left whole (the 要 after 还/仍 is not
    stripped alone), so the rule never leaves a dangling 还, 仍 or 也."""
    names = [m.metric for m in one(phrase, **WORK_REPORT) if m.surface == surface]
    assert metric in names
    assert not any(name.endswith(("还", "仍", "也")) for name in names)
