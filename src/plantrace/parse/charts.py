"""Text read off a chart's picture: axis ticks, bar values, the years along the time axis, the unit.

OCR reads a chart's labels as lines of their own (单位:万吨 / 1,000 / 900 … / 901.90 912.48 … /
2017年2018年…2023年), and so does a PDF that draws its charts as text. They are not body text: the
years along an axis would date the paragraphs after them, and the text version of the document does
not have them. A run of such lines becomes one ``note`` with ``("role", "chart_labels")`` — right after
a figure caption (图1 2017-2023年粮食总产量), or anywhere when the run holds a row of three or more
years (a time axis: OCR also misreads captions, 图2 read as 2). A run is:

- label lines: a row of years; a unit line (单位:万吨); numbers with at most one other character,
  not 年/月/日 (OCR reads a bar's edge as 站 or |);
- inside a run, a short line without punctuation before another label line (a legend).
"""

from __future__ import annotations

import re

from plantrace.parse.grammar import classify
from plantrace.parse.tables import LineSource

_YEAR_ROW = re.compile(r"^(?:(?:19|20)\d{2}年[\"“”'‘’,，、.·\-]{0,3}){3,}$")
_BARE_YEARS = re.compile(r"^(?:(?:19|20)\d{2}年?[\"“”'‘’,，、.·\-]{0,3}){3,}$")  # 2017 2018 2019 (after a caption)
_UNIT = re.compile(r"^单位[:：][^。；;]{1,15}$")
_SENTENCE = re.compile(r"[。；;！!？?，,:：]")
_LEGEND_MAX = 16
_DATE_WORDS = "年月日"  # 2023年 alone is a date, not a tick
_NUMBER_MARKS = ".,，%‰-—–+()（）"  # what a number line may hold besides digits
_GAP = 1  # blank lines a run may cross


def _bare(simp: str) -> str:
    return "".join(simp.split())  # _SPACE.sub("", simp): str.split and \s both split at str.isspace()


def is_year_row(simp: str) -> bool:
    """2017年2018年2019年 … : three years or more, each with 年, and nothing else (a yearbook table's header
    of bare years, 2000 2005 2010, is a table's, not an axis; after a caption it is a label all the same)."""
    return bool(_YEAR_ROW.match(_bare(simp)))


def is_label(simp: str) -> bool:
    """A line of a chart's labels: a row of years, a unit line, or numbers (one stray character at most)."""
    bare = _bare(simp)
    if not bare:
        return False
    if _BARE_YEARS.match(bare) or _UNIT.match(bare):
        return True
    others: list[str] = []
    for ch in bare:  # a sentence has its second other character within a few: stop there
        if not ch.isdigit() and ch not in _NUMBER_MARKS:
            if others:
                return False
            others.append(ch)
    digits = sum(ch.isdigit() for ch in bare)
    return digits > 0 and not set(others) & set(_DATE_WORDS) and digits >= len(bare) / 2


def _legend(simp: str) -> bool:
    bare = _bare(simp)
    return 0 < len(bare) <= _LEGEND_MAX and not _SENTENCE.search(bare) and classify(bare) is None


def chart_labels(source: LineSource, first: int, *, captioned: bool) -> int | None:
    """The last line of the run of chart labels that starts at line ``first``, or None when there is
    none (after a caption, any run; elsewhere, only a run with a row of years)."""
    end: int | None = None
    years = False
    number: int | None = first if source.content(first) else _next(source, first)
    while number is not None:
        simp = source.line(number).simp
        if is_label(simp):
            years = years or is_year_row(simp)
            end = number
        elif not (end is not None and _legend(simp) and _label_follows(source, number)):
            break
        number = _next(source, number)
    if end is None or not (captioned or years):
        return None
    return end


def _next(source: LineSource, number: int) -> int | None:
    for candidate in range(number + 1, number + _GAP + 2):
        if source.content(candidate):
            return candidate
    return None


def _label_follows(source: LineSource, number: int) -> bool:
    after = _next(source, number)
    return after is not None and is_label(source.line(after).simp)
