"""Properties of the extractor on arbitrary text: it never fails, and every span is the surface."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from measures_support import measures_of

ALPHABET = list("0123456789.,%:—-至到约近超以上下内左右多余第位名个家项条万亿千百十一二两三五七九〇成分之半年元人公里"
                "增长达提高到比今去“”《》()地区生产总值率,。;、其中分别 ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=60), min_size=1, max_size=4))
def test_any_text_gives_well_formed_measures(lines: list[str]) -> None:
    raw = [line or "x" for line in lines]
    for m in measures_of(raw):
        assert raw[m.line - 1][m.start:m.end] == m.surface
        assert m.comparator in {">=", "<=", "~", "=", "range"}
        assert m.stance in {"actual", "target"}
        assert m.missing_value == (m.value is None)
        assert m.value_max is None or m.comparator == "range"


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["亿元", "万人", "家", "公里", "%", "万平方米"]))
def test_arabic_quantities_are_read_back(number: int, unit: str) -> None:
    phrase = f"新增规模{number:,}{unit}。"
    got = measures_of([phrase])
    assert [(m.value, m.unit) for m in got] == [(float(number), unit)]
