"""Indicator names of the classes left on the dev set in session 21 (issue #8, "metric"), on real phrases of
several governments.

Sources: 国家能源局 on the 十四五 energy results (NE); 国家发改委's 十二五 mid-term review as reported by 经济参考报
(FG); 交通运输部 on five years of the 十四五 (JT); 青海's 2026 work report (QH); a county's 2024 work report in
海南 (HN); the national 十四五 health plan's news, traditional (WJ).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

from plantrace.extract.measures.metric import clean_name

NEWS: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}


def metric_of(phrase: str, surface: str) -> str:
    return {m.surface: m.metric for m in one(phrase, **NEWS)}[surface]


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("“十四五”持续推进煤炭清洁高效利用,加快煤电超低排放改造,目前已经有95%的煤电机组实现了超低排放。",
         "95%", "煤电机组实现超低排放比例"),  # NE
        ("徐绍史介绍说,全国有60%左右的城市空气质量不能达标,今后将加强突出环境问题治理。",
         "60%左右", "城市空气质量不能达标比例"),  # FG
        ("平均每天约1.3亿人次选择自驾方式出行,占跨区域人员流动量的七成以上,全国约90%的县级行政中心实现30分钟上高速。",
         "90%", "县级行政中心实现30分钟上高速比例"),  # JT
        ("公共文化网络实现全覆盖,所有市州和98%的县市区建成全国民族团结进步示范区,中华民族共同体意识深入人心。",
         "98%", "县市区建成全国民族团结进步示范区比例"),  # QH
        ("有序开展农村集体性经营性建设用地入市试点,力争实现20%的村集体年收入超30万元。",
         "20%", "村集体年收入超30万元比例"),  # HN
    ],
)
def test_a_percentage_of_the_things_named_after_it(phrase: str, surface: str, metric: str) -> None:
    """N%的<things><what they do>: the share of those things, when nothing before the value names a rate."""
    assert metric_of(phrase, surface) == metric


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("力争儿童青少年达52.7%的总体近视率每年降0.5%以上", "52.7%", "儿童青少年"),  # WJ: the rate is named after it
        ("到2025年,森林覆盖率达到62%的目标。", "62%", "森林覆盖率"),  # a rate before the value
    ],
)
def test_a_percentage_named_before_it_keeps_its_name(phrase: str, surface: str, metric: str) -> None:
    assert metric_of(phrase, surface) == metric


def test_already_is_no_name() -> None:
    """已经 and 目前 say when, not what: 电能比重已经达到30%左右 is 电能比重; 去年已经达到了19.8% takes the
    indicator of the target before it."""
    assert metric_of("目前我国终端用能中,电能比重已经达到30%左右,明显高于世界平均水平。", "30%左右") == "电能比重"  # NE
    assert metric_of("“十四五”非化石能源消费比重目标是20%,去年已经达到了19.8%,今年预计可以超额完成这一目标。",
                     "19.8%") == "非化石能源消费比重目标"  # NE


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a base of comparison (比上一年, 比目前的水平, 比一季度), a conversion (按平均汇率折算), 新增 alone and 将
        # name nothing: the value takes its sentence's indicator
        ("初步核算,全市生产总值1218.4亿元,比上一年增长6.3%。",  # 韶关 2016 bulletin
         [("1218.4亿元", "生产总值"), ("6.3%", "生产总值")]),
        ("按常住人口计算,人均生产总值41388元,增长5.4%,按平均汇率折算为6231美元。",  # 韶关 2016 bulletin
         [("41388元", "人均生产总值"), ("5.4%", "人均生产总值"), ("6231美元", "人均生产总值")]),
        ("全年人均地区生产总值达28322元,比去年新增3637元,增长12.7%。",  # 长顺县 2016 bulletin
         [("28322元", "人均地区生产总值"), ("3637元", "人均地区生产总值"), ("12.7%", "人均地区生产总值")]),
        ("到2030年全国人均预期寿命将达到79岁,比目前的水平增3岁。",  # 健康中国2030 commentary
         [("79岁", "人均预期寿命"), ("3岁", "人均预期寿命")]),
        # 根据…的修订结果 says where the figure comes from (漳州 2020)
        ("初步统计,全市地区生产总值根据省统计局的修订结果预计完成4725亿元,增长7.5%;",
         [("4725亿元", "地区生产总值"), ("7.5%", "地区生产总值")]),
        # …的预期目标为: the target of the indicator before 的 (广州 2017 news)
        ("2017年广州市地区生产总值增长的预期目标为8%左右", [("8%左右", "广州市地区生产总值")]),
        # how a rate or a rank moved since an earlier quarter (a city's first half, 2021)
        ("上半年,规上工业增加值增长7.4%,较一季度回升0.3个百分点。",
         [("7.4%", "规上工业增加值"), ("0.3个百分点", "规上工业增加值")]),
        ("工业技改投资增长22.0%,居全省第11位,比一季度前移3位。",
         [("22.0%", "工业技改投资"), ("第11位", "工业技改投资全省排名"), ("3位", "工业技改投资")]),
    ],
)
def test_words_that_name_nothing(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.metric) for m in one(phrase, **NEWS)] == expected


@pytest.mark.parametrize("frame", ["从经济基本面和就业吸纳能力看", "从这个角度来讲", "总的来看", "分行业看"])
def test_a_clause_that_frames_what_follows_names_nothing(frame: str) -> None:
    """从…看 (a 2018 national report's news): the values after it are not the frame's."""
    assert clean_name(frame) == ""


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a rank names what it ranks, the field its clause names and 排名 (内蒙古 2026, 宁夏 2026)
        ("粮食最高年产840亿斤、居全国第5位。", [("840亿斤", "粮食最高年产"), ("第5位", "粮食最高年产全国排名")]),
        ("新能源投资增长70%、装机规模增长38%,利用率达94.5%、连续5年保持西北第一。",
         [("70%", "新能源投资"), ("38%", "装机规模"), ("94.5%", "利用率"), ("第一", "利用率西北排名")]),
        # the verb and the field a rank reached name nothing; 规模 alone is the subject's (深圳's 2015 plan execution)
        ("地方一般公共预算收入增速达30.9%,跃居全国省级财政第一,规模达到2727.1亿元,上升至国内城市第三位。",
         [("30.9%", "地方一般公共预算收入"), ("第一", "地方一般公共预算收入全国省级财政排名"),
          ("2727.1亿元", "地方一般公共预算收入规模"), ("第三位", "地方一般公共预算收入规模国内城市排名")]),
        # a rank without a field is the indicator's 排名 (a national 十四五 review)
        ("2025年全球创新指数排名首次跃升至第10位,比2020年上升4位",
         [("第10位", "全球创新指数排名"), ("4位", "全球创新指数")]),
    ],
)
def test_a_rank_is_named_as_a_ranking(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.metric) for m in one(phrase, **NEWS)] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # 海峡都市报 on 泉州's trade, as a PDF layout breaks it: the name ends the previous line
        (["9月份,泉州进出口总值231.0亿元,同比增长6.5%;其中出口181.2亿元,同比增长", "28.3%。"],
         [("231.0亿元", "泉州进出口总值"), ("6.5%", "泉州进出口总值"), ("181.2亿元", "出口"), ("28.3%", "出口")]),
        (["前三季度,泉州市出口机电产品306.8亿元,增长78.6%;进口原油、机电产品同比分别增长", "30.5%、25.3%。"],
         [("306.8亿元", "泉州市出口机电产品"), ("78.6%", "泉州市出口机电产品"), ("30.5%", "进口原油"),
          ("25.3%", "机电产品")]),
        # 水利部's 2012 water bulletin
        (["城镇居民人均生活用水量(含公共用水)216L/d,农村居民人均生活用水量", "79L/d。"],
         [("216L/d", "城镇居民人均生活用水量(含公共用水)"), ("79L/d", "农村居民人均生活用水量")]),
    ],
)
def test_a_value_opening_a_line_is_named_by_the_line_before(lines: list[str], expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.metric) for m in measures_of(lines, **NEWS)] == expected
