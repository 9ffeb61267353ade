"""PDF text (issue #8, session 28): a magnitude split from its unit by a line break, spaces inside a value and its
unit; on real phrases.

Sources (each phrase as the text writes it, with its line breaks, cut to the clause):
- TR: the national tourism figures of 2017 (国家旅游局: 外国人入境游客 2916.53 万人) as a question bank quotes
  them from a PDF (public repository text): ``…为2916.53 万`` / ``人，同比增长3.6%``;
- QH: 青海省's profile (水能资源, hard-wrapped page text): ``…可开发利用的为1800万`` / ``千瓦，年发电量770亿度``;
- NS: 深圳市南山区's robot industry figures (2014) in an industry digest (hard-wrapped): ``总产值超过50亿`` / ``元``;
- CZ: 郴州市's 2025 annual plan (dev set, text of the PDF): ``城镇新增就业人数 5.4 万人`` (spaces on both sides);
- WB: 水利部's 2012 water resources bulletin, page 5 (dev set, text of the PDF): ``3244.5 亿 m3``.
Flattened plan indicator tables (``经济发展 地区生产总值增长 % 6.5 6左右 预期性``) were probed but not found in real
text this session (dev set, sample corpus, page and code search): no rule for them yet.
"""

from __future__ import annotations

from typing import Any

from measures_support import measures_of, one

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}


def found(lines: list[str], **kwargs: Any) -> list[tuple[int, str, float | None, str, str, bool]]:
    return [(m.line, m.surface, m.value, m.unit, m.metric, m.missing_value)
            for m in measures_of(lines, **{**BULLETIN, **kwargs})]


def test_a_magnitude_ending_the_line_takes_the_unit_opening_the_next() -> None:
    """TR: 万 / 人 — the value is 万人 and named by its own line, the unit on the next line is no value of its own."""
    assert found(["2017 年外国人入境游客为2916.53 万", "人，同比增长3.6%。"])[0] == (
        1, "2916.53 万", 2916.53, "万人", "外国人入境游客", False)
    assert not [m for m in measures_of(["2017 年外国人入境游客为2916.53 万", "人，同比增长3.6%。"], **BULLETIN)
                if m.missing_value]


def test_a_magnitude_split_from_power_and_money() -> None:
    """QH: 万 / 千瓦; NS: 亿 / 元 after 超过 (the comparator stays)."""
    qh = found(["水能资源蕴藏量达2165万千瓦，可开发利用的为1800万", "千瓦，年发电量770亿度。"])
    assert [(line, surface, value, unit) for line, surface, value, unit, _, _ in qh][:2] == [
        (1, "2165万千瓦", 2165.0, "万千瓦"), (1, "1800万", 1800.0, "万千瓦")]
    ns = measures_of(["从业人数约1.5万人，总产值超过50亿", "元（包括其它产品的产值）。"], **BULLETIN)
    assert [(m.surface, m.value, m.unit, m.comparator) for m in ns] == [
        ("1.5万人", 1.5, "万人", "~"), ("50亿", 50.0, "亿元", ">=")]


def test_a_number_and_its_unit_unbroken_keep_reading_as_before() -> None:
    """The unit broken off a bare number (1200 / 亿元) still works; a line ending in 万 before words that are no
    unit keeps 万 as its unit (a probe in the style of a bulletin)."""
    assert found(["全年地区生产总值达到1200", "亿元，增长6.5%。"])[0][1:4] == ("1200", 1200.0, "亿元")
    assert found(["全市常住人口达到120万", "。全年出生率下降。"])[0][1:4] == ("120万", 120.0, "万")


def test_spaces_between_a_value_its_magnitude_and_its_unit() -> None:
    """CZ and WB: PDF spacing inside a value and its unit."""
    assert [(m.surface, m.value, m.unit) for m in one("城镇新增就业人数 5.4 万人；", **BULLETIN)] == [
        ("5.4 万人", 5.4, "万人")]
    water = one("全国用水消耗总量 3244.5 亿 m3,耗水率53%。", **BULLETIN)
    assert (water[0].surface, water[0].value, water[0].unit) == ("3244.5 亿 m3", 3244.5, "亿m3")
