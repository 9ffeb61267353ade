"""The one reader of numbers (plantrace.numerals, on cn2an): Arabic, Chinese, fractions, circled numbers.

Real cases come from government texts: 一百零五 and 两千 (counts in work reports), 一万二 (spoken
style in news of plans), 二〇三五 / 二○三五 (years in plan titles, with the look-alike zero of typed
text), 十十 (a typo that is no number), 十二五 (a plan name, no number).
"""

from __future__ import annotations

import itertools

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrace import numerals
from plantrace.numerals import (
    CN_NUMERAL_CHARS,
    NumeralError,
    chinese_value,
    cn_int,
    parse_arabic,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.5", 2.5), ("6155.8", 6155.8), ("1,234", 1234.0), ("12,345,678.9", 12345678.9), ("0.5", 0.5),
        ("十四", 14.0), ("一百二十", 120.0), ("两", 2.0), ("十", 10.0), ("二十", 20.0), ("三千零五", 3005.0),
        ("一百零五", 105.0), ("两千", 2000.0), ("一万二", 12000.0), ("两万三千", 23000.0), ("十万", 100000.0),
        ("一亿零五万", 100050000.0), ("二〇三五", 2035.0), ("二○三五", 2035.0), ("二O三五", 2035.0),
        ("百万", 1e6), ("万亿", 1e12), ("四分之一", 0.25), ("三分之二", 2 / 3), ("半", 0.5),
        # digits after a point (国务院's 1994 report: 增长百分之十三点四; Macao's releases: 百分之零点八)
        ("十三点四", 13.4), ("零点八", 0.8), ("一点五", 1.5), ("二十一点一", 21.1), ("百分之十三点四", 0.134),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["", "1,23", "12,34,567", "abc", "三分之零零x", "十十", "十二五", "亿万", "百十", "三点", "点五", "一点十"])
def test_not_numbers_fail_loudly(text: str) -> None:
    with pytest.raises(NumeralError):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("七", 7), ("十四", 14), ("一〇五", 105), ("一百零五", 105), ("③", 3), ("12", 12), ("十十", None),
     ("甲", None), ("", None), ("一点五", None),
     ("三亿一千", 300001000)],  # as cn2an writes 300001000 (found by the round trip below)
)
def test_whole_numbers(text: str, value: int | None) -> None:
    assert cn_int(text) == value


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_round_trip(number: int) -> None:
    """What cn2an writes, every stage reads back (the stages once disagreed on 一百零五)."""
    assert cn_int(cn2an.an2cn(number)) == number


@settings(max_examples=400)
@given(st.text(alphabet=CN_NUMERAL_CHARS + "○O", max_size=8))
def test_any_run_of_numeral_characters_is_one_number_or_none(text: str) -> None:
    value = chinese_value(text)
    assert value is None or value >= 0
    if any(a == b and a in "十百千" for a, b in itertools.pairwise(text)):
        assert value is None  # 十十, 百百: a doubled unit is no number


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_arabic_with_thousands_separators_round_trip(whole: int, cents: int) -> None:
    assert parse_arabic(f"{whole:,}.{cents:02d}") == pytest.approx(whole + cents / 100)


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99))
def test_chinese_fractions(denominator: int, numerator: int) -> None:
    text = f"{cn2an.an2cn(denominator)}分之{cn2an.an2cn(numerator)}"
    assert parse_number(text) == pytest.approx(numerator / denominator)


def _cn2an_alone(text: str) -> float | None:
    """What cn2an alone reads (a bare magnitude word stands for one of it), or None."""
    for candidate in (text, "一" + text) if set(text) <= set("百千万亿") else (text,):
        try:
            return float(cn2an.cn2an(candidate, "normal"))
        except (ValueError, KeyError, IndexError, TypeError):
            continue
    return None


def test_plain_numerals_read_without_cn2an_as_cn2an_reads_them() -> None:
    """The common numerals (二〇三五, 十四, 两千) are read without importing cn2an: every run of up to three
    numeral characters, and of four digits, gives exactly what cn2an gives."""
    digits = "〇零一二两三四五六七八九"
    texts = ["".join(t) for k in (1, 2, 3) for t in itertools.product(CN_NUMERAL_CHARS, repeat=k)]
    texts += ["".join(t) for t in itertools.product(digits, repeat=4)]
    wrong = [(t, numerals._cn2an(t), _cn2an_alone(t)) for t in texts if numerals._cn2an(t) != _cn2an_alone(t)]
    assert wrong == []
    assert numerals._plain_value("二〇三五") == 2035.0 and numerals._plain_value("两千") == 2000.0
    assert numerals._plain_value("一万二") is None  # the rest is cn2an's
