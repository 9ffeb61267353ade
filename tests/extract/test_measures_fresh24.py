"""The classes the twenty-fourth fresh dev batch (the other half of 云南's whole 2025 work report, issue #8) showed at
its first shot, on real phrases of several governments.

Sources (all dev documents): the 2025 work reports of 云南 (YN25) and 青海 (QH25); the 2026 reports of 青海 (QH26)
and the 2026 report of 仙游 (XY26, a county); the national work report of 2007 (CN07, examples/corpus).
"""

from __future__ import annotations

import pytest
from measures_support import measures_of

from plantrace.models import Measure

REVIEW = ("一、2024年工作回顾",)
TASKS = ("三、2025年重点任务",)


def _of(phrase: str, path: tuple[str, ...] = REVIEW, year: int = 2025) -> dict[str, Measure]:
    found = measures_of([phrase], doc_type="work_report", period=(year, year), issued=f"{year}-01-18", path=path)
    return {m.surface: m for m in found}


def test_at_least_before_a_count_is_a_floor() -> None:
    """YN25's glossary: 挂钩联系本地区至少1所薄弱医院 (至少, like 不少于, says at least)."""
    found = _of("各级领导干部挂钩联系本地区至少1所薄弱医院，帮助解决各类问题，提升服务能力。", TASKS)
    assert (found["1所"].value, found["1所"].comparator) == (1.0, ">=")
    # QH25: a written 一家 after 至少 is still no count of its own, and nothing else is read
    assert _of("每个市州至少有一家医院提供心理门诊、睡眠门诊服务。", TASKS) == {}


def test_the_comparator_word_after_an_aside_is_the_values() -> None:
    """YN25's glossary: 银龄工程师2000人（含重点产业1000人）左右: 左右 after the bracket is the 2000's, not the
    1000's within it; a value with 左右 right after it is unchanged."""
    found = _of("用3年时间，引进留用1万名左右高层次银龄人才，其中银龄教师6000人左右、"
                "银龄工程师2000人（含重点产业1000人）左右、"
                "银龄科技人才300人（其中银龄科技专家200人、银龄农业科技特派员100人）左右。", TASKS)
    assert {s: found[s].comparator for s in ("2000人", "1000人", "300人", "200人", "100人", "6000人左右")} == {
        "2000人": "~", "1000人": "=", "300人": "~", "200人": "=", "100人": "=", "6000人左右": "~"}


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        # YN25: the 州（市） the visa-free transit reached, with another value of the same clause after them
        ("婚拍旅拍、户外运动等蓬勃发展，过境免签扩展到9个州（市）并延长至240小时、接待入境过夜游客增长168%。", "9个"),
        # QH26: the provinces the green power reached (as before)
        ("稳步实施“碳达峰十大行动”，绿电外送拓展至22个省区市，输出345亿度、增长32%。", "22个"),
        # CN07: the counties a pilot was widened to
        ("新型农村合作医疗试点范围扩大到1451个县（市、区），占全国总数的50.7％，有4.1亿农民参加。", "1451个"),
    ],
)
def test_places_reached_are_counted_even_when_a_value_follows(phrase: str, surface: str) -> None:
    assert _of(phrase)[surface].kind == "count"


def test_a_list_of_counts_of_places_with_no_value_of_theirs_counts_them() -> None:
    """YN25's glossary: 对所在的7个城市（包括县城）及其他22个县级及以上城市、13个…县城开展攻坚 names the places a
    campaign takes on (each a count); XY26: 10个…国省控断面、17个…水源地水质达标率均实现100% is a list of the groups
    a rate is taken over (no count)."""
    found = _of("第1个“三年行动”（2025—2027年），聚焦重点高原湖泊流域，对所在的7个城市（包括县城）及其他22个县级及以上"
                "城市、13个存在黑臭水体或涉及重点监控断面的县城开展攻坚。", TASKS)
    assert {"7个", "22个", "13个"} <= set(found)
    groups = _of("空气质量优良率保持在99%以上、居全市第一; 10个主要流域国省控断面、17个集中式饮用水水源地水质达标率均"
                 "实现100%; 5条木兰溪汇水支流水质实现跨类别提升", year=2026)
    assert "10个" not in groups and "17个" not in groups and groups["100%"].value == 100.0


@pytest.mark.parametrize(
    ("phrase", "dropped", "kept"),
    [
        # YN25: campaigns named in quotes are the parts of a programme, as 23个专项行动 (not a quantity)
        ("落实重点高原湖泊水质提升任务清单，开展内源污染治理攻坚，推动藻水同治。实施城乡生活污水治理3个“三年行动”。"
         "全力保障饮用水水源水质安全。", "3个", None),
        # YN25: 第三轮爱国卫生“7个专项行动” (the count inside the quotes, as before), the length of pipes kept
        ("实施第三轮爱国卫生“7个专项行动”。推进垃圾无害化处理和资源化利用，基本消除城市黑臭水体，建设改造燃气和供排水"
         "管网5200公里。", "7个", "5200公里"),
    ],
)
def test_a_count_of_quoted_campaigns_is_no_quantity(phrase: str, dropped: str, kept: str | None) -> None:
    found = _of(phrase, TASKS)
    assert dropped not in found and (kept is None or kept in found)


@pytest.mark.parametrize(
    ("phrase", "group", "value"),
    [
        # YN25: the metals a share of output is taken over, the share written as a fraction
        ("装备制造业、高技术制造业增加值分别增长19%、17.7%。10种有色金属产量占全国比重超1/10，滇中稀贵金属集群入选"
         "国家先进制造业集群。", "10种", "1/10"),
        # XY26 (as before): the share in percent
        ("10个主要流域国省控断面水质达标率均实现100%。", "10个", "100%"),
    ],
)
def test_the_group_a_share_is_taken_over_is_no_count_whether_the_share_is_a_percent_or_a_fraction(
        phrase: str, group: str, value: str) -> None:
    found = _of(phrase)
    assert group not in found and value in found
