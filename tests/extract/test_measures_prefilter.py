"""The prefilter never skips a line a pattern matches, and it does know what the year and rank patterns need;
a pattern made fast finds the same matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrace.extract.measures import metric, patterns, shapes, years
from plantrace.extract.measures.words import words
from plantrace.prefilter import fast, may_match, requirements

PATTERNS = {
    "year": years.YEAR, "plan": years.PLAN, "period": years.PERIOD, "rank": patterns.RANK,
    "rank_without_ordinal": shapes._RANK_WITHOUT_ORDINAL, "coefficient": shapes._COEFFICIENT,
    "scale": shapes._SCALE, "missing_year": patterns.MISSING_YEAR, "duration": shapes._DURATION,
    "ratio": patterns.RATIO, "fraction": patterns.FRACTION, "missing": patterns.missing_regex(),
    "quantity": patterns.quantity_regex(), "relative_year": words().relative_years, "top": shapes._TOP,
    "bare_threshold": shapes._BARE_THRESHOLD, "metric_trailing": metric._TRAILING,
}
# characters the patterns are made of, so that random texts match them often
ALPHABET = "年五第位级亿万元.:：0123456789一二三四十〇到至从由比较为“”以前系数指居全国省个规划时期来去今上过明的已均 \n"


@pytest.mark.parametrize(("name", "text"), [
    ("year", "到2025年，全市地区生产总值达到3000亿元"),              # 广州
    ("year", "二〇二五年全省粮食产量稳定在1200万吨以上"),             # 河南 style, Chinese digits
    ("year", "报告回顾了 2023 年工作"),                              # a web page's space before 年
    ("plan", "“十四五”时期，全区经济总量年均增长6.5%"),               # 海珠
    ("plan", "十三五期间累计完成固定资产投资"),                        # 重庆
    ("rank", "地区生产总值居全省第3位"),                              # 江苏
    ("rank_without_ordinal", "综合竞争力由2012年的73位跃升至51位"),   # 贵州
    ("coefficient", "农田灌溉水有效利用系数为0.572"),                 # 陕西
    ("scale", "打造3个千亿级产业集群"),                               # 湖南
    ("missing_year", "到年，城镇化率达到65%"),                         # a lost year
    ("relative_year", "比上年增长5.2%"),                               # 天津
    ("relative_year", "过去一年，全市经济运行稳中有进"),               # 福建
])
def test_a_line_the_pattern_matches_is_scanned(name: str, text: str) -> None:
    assert PATTERNS[name].search(text)
    assert may_match(PATTERNS[name], text)


@given(name=st.sampled_from(sorted(PATTERNS)), text=st.text(alphabet=ALPHABET, max_size=24))
def test_never_skips_a_match(name: str, text: str) -> None:
    if PATTERNS[name].search(text):
        assert may_match(PATTERNS[name], text)


@pytest.mark.parametrize(("name", "needed"), [
    ("year", "年"), ("plan", "五"), ("rank", "第"), ("rank_without_ordinal", "位"), ("missing_year", "年"),
    ("relative_year", "年"),
])
def test_what_a_pattern_needs_is_read_off_it(name: str, needed: str) -> None:
    assert frozenset(needed) in requirements(PATTERNS[name])
    assert not may_match(PATTERNS[name], "坚持稳中求进工作总基调，推动高质量发展")


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"(?i)gdp", []), (r"[^年]", []), (r"\d+", []), (r"年?|五", []),
    (r"(?:年)?增长", ["增", "长"]),  # an optional part requires nothing
    (r"(?<!比)上年", ["上", "年"]),  # nor does a negative lookbehind
    (r"(?=[一二])[一二三]+", ["一二", "一三二"]),  # a lookahead does
    (r"亿级|万亿级", ["亿", "级"]),  # what every alternative requires
    (r"系数|指数|比", ["指比系"]),  # one of the alternatives' characters
])
def test_only_what_every_match_holds_is_required(pattern: str, needed: list[str]) -> None:
    assert requirements(re.compile(pattern)) == tuple(frozenset(chars) for chars in needed)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@given(name=st.sampled_from(sorted(PATTERNS)), text=st.text(alphabet=ALPHABET, max_size=24))
def test_a_fast_pattern_finds_the_same_matches(name: str, text: str) -> None:
    assert _found(fast(PATTERNS[name]), text) == _found(PATTERNS[name], text)


@pytest.mark.parametrize("name", ["year", "plan", "relative_year", "duration", "missing_year", "top"])
def test_patterns_that_open_with_a_lookbehind_or_mixed_alternatives_are_made_fast(name: str) -> None:
    made = fast(PATTERNS[name])
    assert made is not PATTERNS[name] and made.pattern.startswith("(?=[")
    assert made.groupindex == PATTERNS[name].groupindex and made.groups == PATTERNS[name].groups


@pytest.mark.parametrize("pattern", [
    r"第(\d+)位", r"(?:进位|前移)(\d+)", r"[^年]+", r"(?i)gdp\d", r"a?b", r"(?s).{0,2}省",
])
def test_patterns_the_engine_already_scans_fast_or_cannot_be_helped_are_kept(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert fast(compiled) is compiled


@pytest.mark.parametrize(("pattern", "text", "may"), [
    (r"(?:的|已|均)+$", "地区生产总值", False),
    (r"(?:的|已|均)+$", "地区生产总值的", True),
    (r"(?:的|已|均)+$", "地区生产总值的\n", True),  # $ also matches before a final newline
    (r"年(?:底|末)?$", "到2025年末", True),
    (r"年(?:底|末)?$", "2025年末产量", False),
    (r"(?:增长|\s)+$", "增长 ", True),
    (r"(?:增长|\d)+$", "增长", True),
    (r"(?:增长|\d)+$", "增长率", False),
])
def test_a_pattern_anchored_at_the_end_needs_a_text_ending_as_it_can(pattern: str, text: str, may: bool) -> None:
    assert may_match(re.compile(pattern), text) is may
    if re.search(pattern, text):
        assert may
