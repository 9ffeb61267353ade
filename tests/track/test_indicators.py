"""Indicator canonicalisation across years, governments and scripts."""

from __future__ import annotations

import pytest

from plantrace.errors import NotFound
from plantrace.track.indicators import by_name, match, resolve

# (metric phrase as the measures stage gives it, its canonical metric, kind, unit, indicator)
PHRASES = [
    ("国内生产总值", "地区生产总值", "growth", "%", "国内生产总值增长"),          # 2016 national
    ("经济", None, "growth", "%", "国内生产总值增长"),                            # 十三五时期经济年均增长6.5%以上
    ("地区生产总值", "地区生产总值", "growth", "%", "国内生产总值增长"),          # 广州 2021
    ("地區生產總值", None, "growth", "%", "国内生产总值增长"),                    # traditional script
    ("國內生產總值", None, "growth", "%", "国内生产总值增长"),
    ("GDP", None, "growth", "%", "国内生产总值增长"),
    ("国内生产总值", "地区生产总值", "level", "万亿元", "国内生产总值"),          # a level is another indicator
    ("城镇调查失业率", "城镇调查失业率", "share", "%", "城镇调查失业率"),
    ("城镇登记失业率", "城镇登记失业率", "share", "%", "城镇登记失业率"),
    ("城鎮登記失業率", None, "share", "%", "城镇登记失业率"),
    ("单位国内生产总值能耗", "单位地区生产总值能耗", "growth", "%", "单位国内生产总值能耗降低"),
    ("》提出了“十一五”期间单位国内生产总值能源消耗", "地区生产总值", "growth", "%", "单位国内生产总值能耗降低"),
    ("能耗强度", None, "growth", "%", "单位国内生产总值能耗降低"),
    ("居民消费价格", "居民消费价格", "growth", "%", "居民消费价格涨幅"),
    ("新增城镇就业", None, "count", "万人", "城镇新增就业"),
    ("广义货币", "广义货币", "growth", "%", "广义货币M2增长"),
]


@pytest.mark.parametrize(("metric", "canonical", "kind", "unit", "expected"), PHRASES)
def test_phrases_name_one_indicator(metric: str, canonical: str | None, kind: str, unit: str, expected: str) -> None:
    found = match(metric, canonical, kind, unit)
    assert found is not None and found[0].name == expected


@pytest.mark.parametrize(("metric", "canonical", "kind", "unit"), [
    ("单位国内生产总值用水量", "地区生产总值", "growth", "%"),   # water intensity is not GDP growth
    ("数字经济核心产业增加值", None, "growth", "%"),            # 经济 alone only as the whole phrase
    ("人均地区生产总值", "人均地区生产总值", "growth", "%"),
    ("城镇新增就业", "城镇新增就业", "count", "万套"),           # unit does not fit
])
def test_phrases_that_are_not_tracked_indicators(metric: str, canonical: str | None, kind: str, unit: str) -> None:
    found = match(metric, canonical, kind, unit)
    assert found is None or found[0].name not in ("国内生产总值增长", "城镇新增就业")


@pytest.mark.parametrize("name", ["国内生产总值增长", "经济增长", "GDP增长", "地区生产总值增速", "地区生产总值增长",
                                  "國內生產總值增長", "GDP growth"])
def test_user_names_resolve_to_one_indicator(name: str) -> None:
    assert resolve(name).name == "国内生产总值增长"


def test_the_two_unemployment_rates_stay_apart() -> None:
    assert resolve("城镇调查失业率").name != resolve("城镇登记失业率").name


def test_direction_and_regional_name() -> None:
    assert by_name("居民消费价格涨幅").direction == "down"
    assert by_name("国内生产总值增长").display("city") == "地区生产总值增长"
    assert by_name("国内生产总值增长").display("national") == "国内生产总值增长"


def test_unknown_indicator_names_known_ones() -> None:
    with pytest.raises(NotFound) as caught:
        resolve("幸福指数")
    assert "国内生产总值增长" in caught.value.hint
