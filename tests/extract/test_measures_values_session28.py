"""Values, ranges and comparators as bulletins, announcements and plans write them (session 28, issue #8).

Each class was found by probing with phrases of our own, then checked on real text:

- a range whose unit is written on both ends (``50亿元—100亿元``, ``1400亿元至1600亿元之间``): 杭州市发改委 on its
  “十五五” major projects (news of 2024-12-30: 总投资100亿元以上项目共有38个,50亿元—100亿元项目有40个,
  20亿元—50亿元项目131个), news on the yearly losses to smoking (直接损失在1400亿元至1600亿元之间, 间接损失达
  800亿元至1200亿元); the one-sided form of the same project classes in a city 发改委's note of 2013 (1-5亿元项目
  299个, 10-50亿元项目64个). Not a range: a change and the level it reached (a market report's
  增46.58亿元至25809.68亿元, 周环比减少1.65万吨至7.26万吨; 宁夏's 2026 report 常住人口由上年729万人增加到732万人).
- a list of values in 个 before the 个百分点 of its last (two items were read already: 安庆's 2025 report 高于全国、全省
  1个、0.2个百分点, a city's half-year release 分别较一季度回升2.9个、23.9个百分点): three items in 辰溪县's 2021
  bulletin (traditional script: 分別拉動經濟增長1.74個、3.22個、4.0個百分點), whose first value kept the unit 个.
- a bare list sharing the unit of its last value (风电、太阳能发电量分别为4665、2611亿千瓦时 was read already) with a
  value below zero in it: 云和县's 2022 bulletin (三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点), whose
  first two values were lost.
- a comparator a PDF line break split from its value: the word before it ending the line above (水利部's 2012 water
  resources bulletin, page 5: 从人均用水量看,大于 / 600m3 的有新疆…; …;小 / 于 300 m3 的有天津…, the word itself split),
  or the word after it opening the next line (城镇新增就业6.9萬人以 ending a line of 平顶山's 2025 targets, a news page
  in traditional script; here with the 上 the next line opens with).
- Chinese numerals with digits after a point, read as whole numbers (百分之十三 for 百分之十三点四): 国务院's 1994
  report (比上年增长百分之十三点四, 全国工业增加值增长百分之二十一点一) and 1995 report (增长百分之十一点八); Macao's
  statistics service (女性人口三十六萬三千八百人佔百分之五十三點三, 減少百分之二十點四, 按年上升百分之零點八).
- a range of population sizes that picks out cities, written with its magnitude word and no unit: 国家发改委's key
  tasks of 2019 (城区常住人口100万-300万的Ⅱ型大城市要全面取消落户限制;城区常住人口300万—500万的Ⅰ型大城市…),
  国家统计局 in a 2017 release (traditional copy: 100-300萬人口規模的城市數量增長迅速), 国务院's city size classes of
  2014 (特大城市:城区常住人口500万至1000万); read as no value or as its lower end only.
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": "2025-03-20"}
REPORT: dict[str, Any] = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-20"}


def values(phrase: str, doc: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    return [(m.surface, m.value, m.value_max, m.unit, m.comparator) for m in one(phrase, **(doc or BULLETIN))]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 杭州: classes of projects by their investment, the unit on both ends
        ("总投资100亿元以上项目共有38个,50亿元—100亿元项目有40个,20亿元—50亿元项目131个",
         [("100亿元以上", 100.0, None, "亿元", ">="), ("38个", 38.0, None, "个", "="),
          ("50亿元—100亿元", 50.0, 100.0, "亿元", "range"), ("40个", 40.0, None, "个", "="),
          ("20亿元—50亿元", 20.0, 50.0, "亿元", "range"), ("131个", 131.0, None, "个", "=")]),
        # news on national figures: 至 between the ends, 之间 after them
        ("直接损失在1400亿元至1600亿元之间,间接损失达800亿元至1200亿元",
         [("1400亿元至1600亿元", 1400.0, 1600.0, "亿元", "range"),
          ("800亿元至1200亿元", 800.0, 1200.0, "亿元", "range")]),
        # the one-sided form the scanner read before (a city 发改委, 2013)
        ("其中1-5亿元项目299个,10-50亿元项目64个",
         [("1-5亿元", 1.0, 5.0, "亿元", "range"), ("299个", 299.0, None, "个", "="),
          ("10-50亿元", 10.0, 50.0, "亿元", "range"), ("64个", 64.0, None, "个", "=")]),
    ],
)
def test_a_range_with_its_unit_on_both_ends_is_one_range(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    assert values(phrase) == expected


def test_a_hyphen_between_two_values_of_one_unit_is_no_minus_sign() -> None:
    """``1000亿元-1200亿元``: the hyphen joins the ends (it read as two values, the second below zero)."""
    found = values("全年完成投资1000亿元-1200亿元")
    assert [(v, vmax, c) for _, v, vmax, _, c in found] == [(1000.0, 1200.0, "range")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a change and the level it reached (a market report)
        ("融资余额增46.58亿元至25809.68亿元", [(46.58, None), (25809.68, None)]),
        ("社会库存周环比减少1.65万吨至7.26万吨", [(1.65, None), (7.26, None)]),
        # from one level to another (宁夏, 2026 report)
        ("常住人口由上年729万人增加到732万人", [(729.0, None), (732.0, None)]),
        ("收入从960亿元到1371亿元", [(960.0, None), (1371.0, None)]),
    ],
)
def test_a_change_and_the_level_it_reached_stay_two_values(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(abs(v), vmax) for _, v, vmax, _, _ in values(phrase, REPORT)] == expected


def test_every_value_listed_before_percentage_points_is_in_points() -> None:
    found = values("三次產業對經濟增長的貢獻率分別為19.4%、36.0%和44.6%,分別拉動經濟增長1.74個、3.22個、4.0個百分點。")
    assert [(s, v, u) for s, v, _, u, _ in found][3:] == [
        ("1.74個", 1.74, "个百分点"), ("3.22個", 3.22, "个百分点"), ("4.0個百分點", 4.0, "个百分点")]


def test_a_value_below_zero_in_a_bare_list_shares_the_unit_of_the_last() -> None:
    found = values("三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点;")
    assert [(s, v, u) for s, v, _, u, _ in found] == [
        ("0.15", 0.15, "个百分点"), ("-5.64", -5.64, "个百分点"), ("1.34个百分点", 1.34, "个百分点")]


WATER_PAGE = [
    "各省级行政区的用水指标值差别很大。从人均用水量看,大于",
    "600m3 的有新疆、宁夏、西藏、黑龙江、内蒙古、江苏、广西 7 个省(自",
    "治区),其中新疆、宁夏、西藏分别达 2657 m3、1078 m3、976 m3;小",
    "于 300 m3 的有天津、北京、山西和山东等 9 个省(直辖市),其中天津",
]


def test_a_comparator_ending_the_line_above_is_the_values() -> None:
    found = {m.surface: m.comparator for m in measures_of(WATER_PAGE, **BULLETIN)}
    assert (found["600m3"], found["300 m3"]) == (">=", "<=")
    assert (found["2657 m3"], found["7 个"]) == ("=", "=")  # values inside their line keep their own words


def test_a_comparator_word_opening_the_next_line_is_the_values() -> None:
    lines = ["一般公共預算收入增長4%以上,進出口平穩增長,城鎮新增就業6.9萬人以", "上,城鎮調查失業率5.5%左右。"]
    found = [(m.line, m.surface, m.comparator) for m in measures_of(lines, **REPORT)]
    assert found == [(1, "4%以上", ">="), (1, "6.9萬人以", ">="), (2, "5.5%左右", "~")]


def test_the_words_of_a_sentence_ended_above_or_below_are_not_the_values() -> None:
    lines = ["全年粮食产量超过1300万吨。", "全市完成投资300亿元。", "以上措施全面落实。"]
    assert [(m.surface, m.comparator) for m in measures_of(lines, **REPORT)] == [
        ("1300万吨", ">="), ("300亿元", "=")]
    lines = ["全年粮食产量超过", "全市完成投资300亿元"]  # a name between the word above and the value: not its word
    assert [m.comparator for m in measures_of(lines, **REPORT)] == ["="]


@pytest.mark.parametrize(
    ("phrase", "doc", "expected"),
    [
        ("国内生产总值突破3万亿元大关,比上年增长百分之十三点四。", REPORT,
         [("3万亿元", 3.0, "万亿元"), ("百分之十三点四", 13.4, "%")]),
        ("全国工业增加值增长百分之二十一点一", REPORT, [("百分之二十一点一", 21.1, "%")]),
        ("女性人口三十六萬三千八百人佔百分之五十三點三。", BULLETIN,
         [("三十六萬三千八百人", 363800.0, "人"), ("百分之五十三點三", 53.3, "%")]),
        ("建築業的外地僱員減少百分之二十點四", BULLETIN, [("百分之二十點四", 20.4, "%")]),
        ("長者佔總人口約百分之十,按年上升百分之零點八", BULLETIN,
         [("百分之十", 10.0, "%"), ("百分之零點八", 0.8, "%")]),
    ],
)
def test_chinese_numerals_keep_the_digits_after_their_point(
        phrase: str, doc: dict[str, Any], expected: list[tuple[Any, ...]]) -> None:
    assert [(s, v, u) for s, v, _, u, _ in values(phrase, doc)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("城区常住人口100万-300万的Ⅱ型大城市要全面取消落户限制;城区常住人口300万—500万的Ⅰ型大城市要全面放开放宽落户条件",
         [("100万-300万", 100.0, 300.0, "other"), ("300万—500万", 300.0, 500.0, "other")]),
        ("按2015年末市轄區戶籍人口劃分,100-300萬人口規模的城市數量增長迅速,達到121個",
         [("100-300萬", 100.0, 300.0, "other"), ("121個", 121.0, None, "count")]),
        ("特大城市:城区常住人口500万至1000万;", [("500万至1000万", 500.0, 1000.0, "count")]),
    ],
)
def test_a_range_of_population_sizes_is_one_range(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    found = one(phrase, **BULLETIN)
    assert [(m.surface, m.value, m.value_max, m.kind) for m in found] == expected
    assert {m.comparator for m in found if m.value_max is not None} == {"range"}
