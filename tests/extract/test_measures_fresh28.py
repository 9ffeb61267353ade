"""The classes the twenty-eighth fresh dev batch (2021 provincial work reports, issue #8) showed at its first shot,
on real phrases of several governments.

Sources (the stored page corpus): 上游新闻 on 广西's 2021 work report (GX21, 2021-01-21, a dev document), 房讯网 on
湖北's 2021 work report (HB21, 2021-01, a dev document), news of 肇庆's 2025 work report (ZQ25, a dev document) and
高邮's 2021 plan news (GY21, a dev document).
"""

from __future__ import annotations

import pytest
from measures_support import measures_of

from plantrace.extract.measures import timeline as T

WORK_REPORT_2021: dict[str, object] = {"doc_type": "work_report", "period": (2021, 2021), "issued": "2021-01-21"}

GX21_LINES = [
    "蓝天立说,2020年,广西工作取得扎实成效,实现“十三五”规划胜利收官。“十三五”时期,坚持解放思想、改革创新,"
    "着力盘活开放发展这盘棋,打好精准脱贫这场硬仗,发挥好生态环境优势,建设壮美广西、共圆复兴梦想向前迈出了新的一大步。",
    "蓝天立表示,“十四五”时期是奋力建设壮美广西、共圆复兴梦想的关键时期,要重点抓好11个方面任务的落实:"
    "加快发展现代产业体系,建设更高水平的平安广西。",
    "蓝天立指出,今年广西全区经济社会发展的主要预期目标是:地区生产总值增长7.5%以上,规模以上工业增加值增长8%以上,"
    "财政收入增长5%左右,固定资产投资增长15%以上,社会消费品零售总额增长12%以上,进出口总额增长7%以上,",
]


def test_targets_quoted_after_a_speaker_do_not_continue_the_review_before_them() -> None:
    # GX21: the 十三五 paragraph's period no longer reaches the targets the chairman states for this year
    found = measures_of(GX21_LINES, **WORK_REPORT_2021)  # type: ignore[arg-type]
    assert [(m.surface, m.stance, m.year, m.scope) for m in found] == [
        ("7.5%以上", "target", 2021, "annual"), ("8%以上", "target", 2021, "annual"),
        ("5%左右", "target", 2021, "annual"), ("15%以上", "target", 2021, "annual"),
        ("12%以上", "target", 2021, "annual"), ("7%以上", "target", 2021, "annual"),
    ]


@pytest.mark.parametrize(
    ("text", "stance", "opens_time"),
    [
        # GX21 and HB21 (simplified): the goals of this year, told after who states them
        ("蓝天立指出,今年广西全区经济社会发展的主要预期目标是:地区生产总值增长7.5%以上,", "target", True),
        ("王晓东表示,2021年湖北的主要预期目标是,地区生产总值增长10%以上;城镇新增就业70万人以上;", "target", True),
        # ZQ25 and GY21: the report's year opens what it says
        ("报告指出,今年是“十四五”规划收官之年,肇庆将努力以自身工作的确定性应对形势变化的不确定性,", "target", True),
        ("周建峰在报告中说,2021年将在做好常态化疫情防控的同时,重点做好六方面工作:", None, True),
        # the guard: a sentence that only mentions a speaker later keeps no opening time
        ("我们坚持比“十三五”时期更高的标准,蓝天立指出,今年要努力。", None, False),
    ],
)
def test_a_speaker_before_the_opening_words_is_not_read_as_them(
        text: str, stance: str | None, opens_time: bool) -> None:
    frame = T.line_frame(text, T.Profile("work_report", 2021, (2021, 2021)))
    assert (frame.stance, frame.opens_time) == (stance, opens_time)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 四川 2021 report (opening): how long the first city took to clear its cases, and the response level
        ("24天实现首个市(州)确诊病例“清零”,33天实现疫情应急响应级别由Ⅰ级降为Ⅱ级,", []),
        # 山西 2021 report (山西日报's figures)
        ("●36天时间基本消除本土新发病例,52天时间本土病例清零●", []),
        # 内蒙古 2021 report (nmgnews): the duration, and the count after it kept
        ("有力遏制了疫情扩散蔓延势头,55天实现本土确诊病例首次清零。自治区849名医护人员驰援湖北,出色完成任务。",
         ["849名"]),
        # 江西 2021 report (sanwenwang)
        ("用14天初步遏制了疫情蔓延势头、51天将住院确诊病例清零,是全国最早全部清零省份之一。", []),
        # 青海 2021 report (askci, traditional script on the page, simplified here)
        ("经过全省上下共同努力,1个月内实现确诊患者全部治愈出院,2个月转入常态化防控,", []),
        # the guard: days that are the amount measured (陕西 2025 report, 云南 2026 report)
        ("全省PM2.5浓度同比改善7.9%,重污染天数同比减少6.4天。", ["7.9%", "6.4天"]),
        ("2025年旅居人数超550万、平均居住83天。", ["550万", "83天"]),
    ],
)
def test_how_long_something_took_is_no_quantity(phrase: str, expected: list[str]) -> None:
    assert [m.surface for m in measures_of([phrase], **WORK_REPORT_2021)] == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # HB21 (simplified): per head of the economy whose milestone the clause before names
        ("2020年,湖北省地区生产总值迈上4万亿元大台阶,人均超过1万美元。", "1万美元", "人均湖北省地区生产总值"),
        # 陕西 2021 report (a dev digest, simplified): the 十三五 growth of 生产总值, then per head of it
        ("“十三五”成就:生产总值年均增长6.3%,人均突破1万美元,县县通高速如期实现", "1万美元", "人均生产总值"),
    ],
)
def test_a_bare_per_head_is_of_the_indicator_before_it(phrase: str, surface: str, metric: str) -> None:
    found = {m.surface: m.metric for m in measures_of([phrase], **WORK_REPORT_2021)}  # type: ignore[arg-type]
    assert found[surface] == metric
