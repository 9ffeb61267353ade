"""Searches that once compiled a pattern for each unit or concept part (speed only) find what those patterns found,
on the lines of the sample corpus and the dev documents and on random texts made of the characters that matter."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrace.extract.entities.concepts import _defined_ends, segments
from plantrace.extract.measures.context import _TAIL_REACH, _tail_after_list
from plantrace.extract.measures.joining import _unit_start
from plantrace.extract.measures.units import unit_table

ROOT = Path(__file__).resolve().parents[2]
TEXTS = (ROOT / "examples" / "corpus", ROOT / "evaluation" / "dev" / "docs")  # the sample corpus, the dev documents


@cache
def corpus_lines() -> tuple[str, ...]:
    lines = {line.strip() for folder in TEXTS for path in sorted(folder.rglob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()}
    return tuple(sorted(line for line in lines if line))


# -- the word after a list of values in one unit (context._list_tail) ------------------------------------------

def _tail_by_pattern(window: str, unit: str) -> str:
    match = re.match(f"(?:(?:和|、|及|与)[\\d.]+{re.escape(unit)})+(左右|以上|以下|以内)", window)
    return match.group(1) if match else ""


_VALUE = re.compile(r"[\d.]+([^\d.\s,，;；。、和及与]{1,4})")


_LISTED = re.compile(r"\d[^\d]{0,4}[和、及与]\d")  # a line with a list of values (the others: one in five)


def test_list_tails_of_real_lines() -> None:
    checked = found = 0
    for line in (ln for i, ln in enumerate(corpus_lines()) if i % 5 == 0 or _LISTED.search(ln)):
        for value in _VALUE.finditer(line):
            for cut in range(1, len(value.group(1)) + 1):  # every unit the value's end could be read as
                unit, end = value.group(1)[:cut], value.start(1) + cut
                window = line[end:end + _TAIL_REACH]
                assert _tail_after_list(window, unit) == _tail_by_pattern(window, unit), (line, unit)
                checked += 1
                found += bool(_tail_by_pattern(window, unit))
    assert checked > 5_000 and found > 5


@pytest.mark.parametrize(("window", "unit", "word"), [
    ("和7.5%左右", "%", "左右"),            # 分别增长5%和7.5%左右
    ("、13万元以上", "万元", "以上"),
    ("、120万亿元以上", "万亿元", "以上"),
    ("、100亿元以上", "个", ""),             # 12个、100亿元以上: another unit
    ("和7.5%", "%", ""),
    ("左右", "%", ""),                      # no list: the value's own word is read elsewhere
])
def test_list_tails(window: str, unit: str, word: str) -> None:
    assert _tail_after_list(window, unit) == word == _tail_by_pattern(window, unit)


@given(window=st.text(alphabet="和、及与0123456789.%万亿元个左右以上下内 ", max_size=30),
       unit=st.sampled_from(["%", "万元", "亿元", "个", "元", "万", "亿"]))
def test_list_tails_of_random_texts(window: str, unit: str) -> None:
    assert _tail_after_list(window, unit) == _tail_by_pattern(window, unit)


# -- where a concept's part is defined (concepts._definitions) ------------------------------------------------------

def _ends_by_pattern(text: str, part: str) -> list[int]:
    pattern = rf"(?<![^“\",,;;。::\s]){re.escape(part)}(?=[”\"]?\s*(?:[::]|是指|指|即))"
    return [m.end() for m in re.finditer(pattern, text)]


_FORMULA = re.compile(r"[一二三四五六七八九十两]+[^\W\d一二三四五六七八九十两个、,，]{1,4}")


def test_defined_parts_of_real_lines() -> None:
    checked = found = 0
    for line in corpus_lines():  # every line: a third of them (once [::3]) shifts with each new document and may
        # hold no definition at all
        for part in {m.group(0) for m in _FORMULA.finditer(line)} | set(segments("一核两翼三带")):
            assert list(_defined_ends(line, part)) == _ends_by_pattern(line, part), (line, part)
            checked += 1
            found += bool(_ends_by_pattern(line, part))
    assert checked > 1_000 and found > 0


@pytest.mark.parametrize(("text", "part", "ends"), [
    ("“一核”:从化中心城区;“两翼”:东西两翼", "一核", [3]),
    ("“一核”:从化中心城区;“两翼”:东西两翼", "两翼", [15]),
    ("一核是指中心城区", "一核", [2]),
    ("构建一核两翼格局", "一核", []),         # not defined: no colon, 是指, 指 or 即 after it
    ("，一核一核:中心", "一核", []),           # the one before the colon stands after 核, not after a stop
])
def test_defined_parts(text: str, part: str, ends: list[int]) -> None:
    assert _ends_by_pattern(text, part) == ends
    assert list(_defined_ends(text, part)) == ends


@given(text=st.text(alphabet="一核两翼“”\",，:：;是指即。 ", max_size=24),
       part=st.sampled_from(["一核", "两翼", "核一", "一", "核核"]))
def test_defined_parts_of_random_texts(text: str, part: str) -> None:
    assert list(_defined_ends(text, part)) == _ends_by_pattern(text, part)


# -- the unit that opens a line (joining: a unit a line break split from its number) --------------------------------

@cache
def _unit_pattern() -> re.Pattern[str]:
    forms = sorted(set(unit_table().written_forms()), key=lambda s: (-len(s), s))
    return re.compile("(?:%|" + "|".join(re.escape(f) for f in forms) + ")")


def _unit_by_pattern(text: str) -> str:
    match = _unit_pattern().match(text)
    return match.group(0) if match else ""


def test_units_opening_real_lines() -> None:
    heads = [line[i:i + 16] for line in corpus_lines()[::3] for i in range(0, len(line), 11)]
    assert sum(_unit_start(head) == _unit_by_pattern(head) for head in heads) == len(heads)
    assert sum(bool(_unit_by_pattern(head)) for head in heads) > 100


def test_every_written_unit_opens_a_line() -> None:
    for form in ("%", *unit_table().written_forms()):
        for text in (form, form + "，增长6%", form + "元", form[:-1]):
            assert _unit_start(text) == _unit_by_pattern(text), text


@given(text=st.text(alphabet="%万亿元千公里吨米平方个人次美/，6", max_size=8))
def test_units_opening_random_texts(text: str) -> None:
    assert _unit_start(text) == _unit_by_pattern(text)
