"""Convention 16 (`evaluation/dev/README.md`, "Conventions settled"): livestock in 头/只 are levels, people are a count
whatever the unit word, and a count per head of population is a level, on real phrases of two governments or more
for each shape.

Sources: 甘肃's 14th-FYP agriculture and rural modernisation plan (甘肃三农在线 news, 2022; dev batch
34); 四川's livestock figures of 2021 (四川省统计局 news, traditional script; dev); the national
statistics bureau's first quarter of 2021 (dev); the national 十四五国家信息化规划 (中央网信办, news,
2021; dev batch 34); 河南省通信管理局's internet figures for 2017 (中国新闻网, 2018-05-16); 云南's
2026 work report (dev); the national 十四五 review of 2025 (dev, a guard).
"""

from __future__ import annotations

import pytest
from measures_support import measures_of

from plantrace.models import Measure


def _of(phrase: str, doc_type: str, year: int) -> dict[str, Measure]:
    found = measures_of([phrase], doc_type=doc_type, period=(year, year + 4), issued=f"{year}-01-20",
                        path=("一、",))
    return {m.surface: m for m in found}


@pytest.mark.parametrize(
    ("phrase", "doc_type", "year", "kinds"),
    [
        # 甘肃 2022 plan: herd and output goals for 2025
        ("生猪存栏、出栏量分别达到1000万头、1500万头以上,肉类、禽蛋、奶类总产量分别达到216万吨、26万吨、100万吨以上",
         "plan", 2021, {"1000万头": "level", "1500万头以上": "level"}),
        # 四川 2021: the herd at year end and its change
        ("年末全省生豬存欄4255.1萬頭,比上年末增加379.7萬頭", "work_report", 2022,
         {"4255.1萬頭": "level", "379.7萬頭": "change"}),
        # 国家统计局, first quarter of 2021
        ("一季度,全國羊出欄7059萬只", "work_report", 2021, {"7059萬只": "level"}),
    ],
)
def test_livestock_heads_are_levels(phrase: str, doc_type: str, year: int, kinds: dict[str, str]) -> None:
    found = _of(phrase, doc_type, year)
    assert {s: found[s].kind for s in kinds} == kinds


@pytest.mark.parametrize(
    ("phrase", "doc_type", "year", "surfaces"),
    [
        # 中央网信办's 十四五国家信息化规划 (2021): both ends of a 从…提高到 pair
        ("到2025年,网民规模从2020年的9.89亿提高到12亿", "plan", 2021, ("9.89亿", "12亿")),
        # 河南省通信管理局 (2018): a bare 万 of internet users
        ("截至2017年12月底,河南省手机网民规模达7918万,较2016年增加168万人", "work_report", 2018, ("7918万",)),
    ],
)
def test_people_in_a_bare_magnitude_are_counted(
        phrase: str, doc_type: str, year: int, surfaces: tuple[str, ...]) -> None:
    found = _of(phrase, doc_type, year)
    assert [found[s].kind for s in surfaces] == ["count"] * len(surfaces)


@pytest.mark.parametrize(
    ("phrase", "doc_type", "year", "surfaces"),
    [
        # 中央网信办's 十四五国家信息化规划 (2021): the target after its 2020 base
        ("到2025年,每万人口新一代信息技术产业发明专利拥有量从2020年的2.7件提高到5.2件", "plan", 2021,
         ("2.7件", "5.2件")),
        # 云南 2026 work report: the five years' change of a rate per thousand people
        ("率先实行覆盖全省的生育补贴政策，每千人口托位数从0.5个增至4.8个", "work_report", 2026, ("0.5个", "4.8个")),
    ],
)
def test_a_count_per_head_is_a_level_at_both_ends(
        phrase: str, doc_type: str, year: int, surfaces: tuple[str, ...]) -> None:
    found = _of(phrase, doc_type, year)
    assert [found[s].kind for s in surfaces] == ["level"] * len(surfaces)


def test_a_per_head_word_of_another_value_does_not_reach() -> None:
    # national 十四五 review (2025): 人均GDP in dollars, then a count of people in the same clause
    phrase = "人均GDP达到1.3万美元以上 [9] 民生保障与社会发展 - 每年城镇新增就业稳定在1200万人以上"
    found = _of(phrase, "work_report", 2025)
    assert found["1200万人以上"].kind == "count"
