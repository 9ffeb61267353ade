"""Number parsing: Arabic with separators and decimals, Chinese numerals, fractions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrace.extract.measures.numbers import (
    NumberFormatError,
    parse_arabic,
    parse_chinese,
    parse_number,
    to_chinese,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.5", 2.5), ("6155.8", 6155.8), ("1,234", 1234.0), ("12,345,678.9", 12345678.9), ("0.5", 0.5),
        ("十四", 14.0), ("一百二十", 120.0), ("两", 2.0), ("十", 10.0), ("二十", 20.0), ("三千零五", 3005.0),
        ("两万三千", 23000.0), ("十万", 100000.0), ("一亿零五万", 100050000.0), ("二〇三五", 2035.0),
        ("二○三五", 2035.0), ("二O三五", 2035.0), ("四分之一", 0.25), ("三分之二", 2 / 3), ("半", 0.5),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "1,23", "12,34,567", "abc", "三分之零零x"])
def test_not_numbers_fail_loudly(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(text)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_round_trip(number: int) -> None:
    assert parse_chinese(to_chinese(number)) == number


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_arabic_with_thousands_separators_round_trip(whole: int, cents: int) -> None:
    text = f"{whole:,}.{cents:02d}"
    assert parse_arabic(text) == pytest.approx(whole + cents / 100)


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99))
def test_chinese_fractions(denominator: int, numerator: int) -> None:
    text = f"{to_chinese(denominator)}分之{to_chinese(numerator)}"
    assert parse_number(text) == pytest.approx(numerator / denominator)
