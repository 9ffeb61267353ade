"""The time words every year rule reads: years (2020年, 二〇二〇年, spans), five-year plan periods
(“十四五”, 第十四个五年), dates, headings in simplified script, and the review words of headings."""

from __future__ import annotations

import functools
import re

from plantrace.extract.measures.words import words
from plantrace.numerals import cn_int

# 2020年, and spans 2016—2020年 / 1950年到1997年 (one mark, the span's end year); a web page may put a
# space between the digits and 年 (报告回顾了 2023 年工作)
YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2}|[一二三四五六七八九〇零○O]{4})(?:年?(?:—|-|~|～|至|到)((?:19|20)\d{2}) ?年| ?年)")
PLAN_NUMERAL = "十[一二三四五]?|[一二三四五六七八九]"
# “十二五”, or 十二五 followed by a plan word (党的十五届 and 二〇三五年 are no plans)
PLAN = re.compile(
    f"(?:“(?P<q>{PLAN_NUMERAL})五”|(?<![一二三四五六七八九十〇零○O\\d])(?P<b>{PLAN_NUMERAL})五(?=规划|计划|时期|期间|末|以来))"
    "(?:规划|计划)?(?:时期|期间|以来|末|期末|时)?"
)
PERIOD = re.compile(r"第(十[一二三四五]?)个五年")
# 2022年6月2日; a web timestamp 2022-06-02 10:26 or 2021/04/19
# 统计(tǒng)计(jì)公报(bào): the readings a converter wrote after characters, dropped before reading
PINYIN = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
# the same with a tone mark, so that (GDP) or (a) is kept: what a heading may carry
TONED_PINYIN = re.compile("\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\\)")
DATE = re.compile(r"(\d{4})年\d{1,2}月\d{1,2}日|(?<!\d)(20\d{2})([-/])[01]?\d\3[0-3]?\d(?!\d)")


def year_of(text: str) -> int:
    """2020 or 二〇二〇 (the regular expression only finds four digits of either kind)."""
    year = cn_int(text)
    if year is None:
        raise ValueError(f"not a year: {text!r}")
    return year


def plan_end_year(numeral: str) -> int | None:
    """十三五 -> 2020 (the n-th five-year plan ends in 1955 + 5n)."""
    n = cn_int(numeral)
    return 1955 + 5 * n if n else None



def review_word(heading: str) -> re.Match[str] | None:
    """The first review word of a heading (回顾, 完成情况, 主要工作) that is not the head of a plan's
    name: a plan noun right after it (主要工作安排, 重点工作任务) makes the heading a plan (but 就业超过
    预期目标 is a result)."""
    for match in words().actual_headings.finditer(heading):
        if not _PLAN_NOUN.match(heading, match.end()):
            return match
    return None


_PLAN_NOUN = re.compile("安排|任务|部署|计划|思路|打算")



@functools.lru_cache(maxsize=1)
def _converter() -> object:
    import opencc  # native, offline dictionaries

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """A heading in simplified characters (heading paths keep the original script)."""
    if text.isascii():
        return text
    converted: str = _converter().convert(text)  # type: ignore[attr-defined]
    return converted

