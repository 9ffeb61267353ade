"""Questions typed in natural language: the place they name, the intent words dropped, the content left."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrace.search.numeric import NumericQuestion, _plan_period, misfit
from plantrace.search.place import find_place, place_names, strip_place
from plantrace.search.query import drop_intent, parse_query

STORED = [
    ("广州市", "city"), ("广州市从化区", "district"), ("广州市海珠区", "district"),
    ("广州市荔湾区", "district"), ("中华人民共和国", "national"),
]


@pytest.mark.parametrize(
    ("query", "words", "jurisdiction", "rest"),
    [
        ("海珠区打算怎么发展夜间经济", "海珠区", "广州市海珠区", " 打算怎么发展夜间经济"),
        ("荔湾区有哪些重点平台", "荔湾区", "广州市荔湾区", " 有哪些重点平台"),
        ("从化区如何推进乡村振兴", "从化区", "广州市从化区", " 如何推进乡村振兴"),
        ("從化區如何推進鄉村振興", "从化区", "广州市从化区", " 如何推进乡村振兴"),  # traditional query
        ("从化2020年地区生产总值是多少", "从化", "广州市从化区", " 2020年地区生产总值是多少"),  # short form
        ("广州将建设哪些轨道交通线路", "广州", "广州市", " 将建设哪些轨道交通线路"),  # the city, not its districts
        ("2021年广州地区生产总值增长目标", "广州", "广州市", "2021年 地区生产总值增长目标"),
        ("广州市海珠区的碧道建设", "广州市海珠区", "广州市海珠区", " 的碧道建设"),  # the most specific part
        ("国家怎样降低企业税费负担", "国家", "中华人民共和国", " 怎样降低企业税费负担"),
        ("2016年全国粮食产量是多少", "全国", "中华人民共和国", "2016年 粮食产量是多少"),
        ("我国如何推进简政放权", "我国", "中华人民共和国", " 如何推进简政放权"),
        ("广州人平均寿命多少岁", "广州人", "广州市", " 平均寿命多少岁"),  # the place's people are the place
        ("在外地打工的从化人回乡创业", "从化人", "广州市从化区", "在外地打工的 回乡创业"),
        ("广州人口有多少", "广州", "广州市", " 人口有多少"),  # 人口 is a word: not the place's people
        # 全国 and 我国 name the country opening any query, a question or a search-box phrase
        ("全国小麦单产", "全国", "中华人民共和国", " 小麦单产"),
        ("2019年全国高铁营业里程", "全国", "中华人民共和国", "2019年 高铁营业里程"),
        ("我国出生人口", "我国", "中华人民共和国", " 出生人口"),
    ],
)
def test_place_is_found_and_stripped(query: str, words: str, jurisdiction: str, rest: str) -> None:
    place = find_place(query, STORED)
    assert place is not None and place.words == words
    assert place.jurisdictions == (jurisdiction,)
    assert strip_place(query, place) == rest


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("广州塔", "广州塔"),        # the place is inside the topic: nothing left once it is dropped
        ("海珠区", "海珠区"),        # the place is the whole query
        ("海珠碧道", " 碧道"),
    ],
)
def test_place_words_stay_when_little_else_is_left(query: str, kept: str) -> None:
    assert strip_place(query, find_place(query, STORED)) == kept


@pytest.mark.parametrize(
    "query",
    [
        "国家高新区",              # 国家 names a kind of zone, not the country: no question
        "中国特色社会主义",        # 中国 and 国家 open names too: without a question they name nothing
        "建设国家城乡融合发展试验区",  # 国家 not opening the question
        "夜间经济",
        "海珠湿地公园",            # 海珠湿地 is one word: the place is inside a name
        "珠海市的发展",            # a place the store does not hold
    ],
)
def test_no_place(query: str) -> None:
    assert find_place(query, STORED) is None


def test_no_national_place_without_national_documents() -> None:
    assert find_place("国家怎样降低企业税费负担", [("广州市", "city")]) is None


@pytest.mark.parametrize(
    ("jurisdiction", "names"),
    [("广州市海珠区", ("海珠区", "海珠")), ("广州市", ("广州市", "广州")), ("中华人民共和国", ("中华人民共和国",))],
)
def test_place_names(jurisdiction: str, names: tuple[str, ...]) -> None:
    assert place_names(jurisdiction) == names


@pytest.mark.parametrize(
    ("query", "content"),
    [
        (" 打算怎么发展夜间经济", ["发展", "夜间经济"]),
        (" 如何推进乡村振兴", ["推进", "乡村振兴"]),                  # 推进 is content here
        (" 将建设哪些轨道交通线路", ["建设", "轨道交通", "线路"]),
        (" 怎样降低企业税费负担", ["降低", "企业", "税费负担"]),  # a synonym-list term stays whole
        (" 采取哪些措施发展数字经济", ["发展", "数字经济"]),         # 哪些措施: which measures
        (" 有哪些主要平台", ["平台"]),
        (" 有哪些重点平台", ["重点", "平台"]),                     # 重点 kept: 重点平台 is plan vocabulary
        ("2021年 地区生产总值增长目标", ["2021年", "地区生产总值", "增长", "目标"]),
        ("什么是夜间经济", ["夜间经济"]),
    ],
)
def test_content_terms_of_questions(query: str, content: list[str]) -> None:
    assert [t.text for t in parse_query(query).scored] == content


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("采取哪些措施发展数字经济", "采取哪些 发展数字经济"),
        ("有什么具体举措", "有什么 "),
        ("有哪些重点平台", "有哪些重点平台"),
        ("措施有哪些", "措施有哪些"),  # before the question word it may be the topic
    ],
)
def test_drop_intent(text: str, dropped: str) -> None:
    assert drop_intent(text) == dropped


@given(st.text(alphabet="海珠区从化广州国家如何怎样哪些推进建设夜间经济碧道 2021年", max_size=20))
@settings(max_examples=200, deadline=None)
def test_stripping_a_place_never_loses_other_text(query: str) -> None:
    place = find_place(query, STORED)
    rest = strip_place(query, place)
    if rest == query:
        return
    assert place is not None and query[place.start: place.start + len(place.words)] == place.words
    assert rest == query[: place.start] + " " + query[place.start + len(place.words):]


def _row(year: int, stance: str, doc: str) -> dict[str, object]:
    return {"year": year, "stance": stance, "doc": doc}


@pytest.mark.parametrize(
    ("row", "bad"),
    [
        (_row(2021, "target", "gz"), 0),
        (_row(2021, "actual", "gz"), 2),   # other stance
        (_row(2021, "target", "hz"), 4),   # other place
        (_row(2020, "target", "gz"), 8),   # other year
        (_row(2020, "actual", "hz"), 14),
        ({**_row(2021, "target", "gz"), "metric": "现在国内生产总值每", "metric_canonical": "地区生产总值"}, 1),
        ({**_row(2021, "target", "gz"), "metric": "国内生产总值", "metric_canonical": "地区生产总值"}, 0),
    ],
)
def test_measure_misfit(row: dict[str, object], bad: int) -> None:
    question = NumericQuestion(metrics=("地区生产总值",), year=2021, place="广州市", stance="target")
    places = {"gz": "广州市", "hz": "广州市海珠区"}
    assert misfit(row, question, ("广州市",), places) == bad


@pytest.mark.parametrize(
    ("row", "bad"),
    [
        ({**_row(2010, "actual", "gz"), "scope": "period_cumulative"}, 0),  # 五年累计…下降19.1%: the period's figure
        ({**_row(2009, "actual", "gz"), "scope": "period_cumulative"}, 0),  # “十一五”前四年累计: within it
        ({**_row(2006, "actual", "gz"), "scope": "annual"}, 1),             # one year of it
        ({**_row(2005, "actual", "gz"), "scope": "annual"}, 9),             # 由前三年分别上升4.9%: before it
    ],
)
def test_measure_misfit_for_a_plan_period(row: dict[str, object], bad: int) -> None:
    """十一五期间单位国内生产总值能耗下降多少: the measures of the years of the plan named come first."""
    question = NumericQuestion(metrics=("单位国内生产总值能耗",), year=None, place=None, stance=None,
                               period=(2006, 2010))
    assert misfit(row, question, (), {}) == bad


@pytest.mark.parametrize(
    ("text", "period"),
    [("十一五期间单位国内生产总值能耗下降多少", (2006, 2010)), ("“十四五”时期地区生产总值年均增长多少", (2021, 2025)),
     ("十五年来地区生产总值增长多少", None), ("2020年地区生产总值增长多少", None)],
)
def test_plan_period_of_a_question(text: str, period: tuple[int, int] | None) -> None:
    assert _plan_period(text) == period
