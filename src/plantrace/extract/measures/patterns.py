"""The regular expressions that find quantities, years, ranks, ratios and lost numbers."""

from __future__ import annotations

import re
from functools import cache

from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.numerals import ARABIC_PATTERN, CN_DECIMAL, CN_NUMERAL_CHARS

CN = f"[{CN_NUMERAL_CHARS}]+"
# 百分之十三点四, 一点五倍, 六十四万四千九百人: Chinese numerals, with the digits after a point (点) as old reports and
# Macao's releases write them
NUM = f"(?:{ARABIC_PATTERN}|{CN}分之{CN}(?:{CN_DECIMAL})?|{CN}(?:{CN_DECIMAL})?)"
MAG = "万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百"
RANGE_SEP = "—|–|-|~|～|至|到"

# 0.4:27.8:71.8, 6.9∶24.2∶68.9, 11.8︰48.3︰39.9 (the colon of a vertical form), 6.3：50.2：43.5 (full width)
RATIO = re.compile(r"(?=\d)(?<![\d.:])(\d+(?:\.\d+)?)(?:[:∶︰：](\d+(?:\.\d+)?)){1,4}(?![\d.:])")
# 第21位, 第6、第7位, and 居全国第1。 (no unit before punctuation; 第45届 and 第二期 are ordinals); 居全国第五和第六，
# (a rank joined to the next by 和 or 及)
_RANK_END = "[^\\u4e00-\\u9fff\\d.]|$"
RANK = re.compile(
    f"第(?P<n>\\d+|{CN})(?P<unit>位|名|(?=、第(?:\\d+|{CN})(?:位|名))"
    f"|(?P<bare>(?={_RANK_END}|[和及]第(?:\\d+|{CN})(?:位|名|{_RANK_END}))))"
)
MISSING_YEAR = re.compile(r"(?:(?<=[到至])年(?![底末初中度均内份代来以轻])|\(—年\)|(?<=以)年(?=为))")


@cache
def quantity_regex() -> re.Pattern[str]:
    units = unit_table().bare_pattern()
    # 750千伏, 3.2千米, 1.5个百分点: a unit that starts with a magnitude character is the unit, not 千 + 伏
    lead = [u for u in unit_table().units if u[0] in "十百千万亿"]
    not_mag = "(?!" + "|".join(re.escape(u) for u in sorted(lead, key=len, reverse=True)) + ")" if lead else ""
    return re.compile(
        f"(?=[\\d{CN_NUMERAL_CHARS}])(?P<n1>{NUM})"
        f"(?:(?P<mag1>{MAG})?(?P<u1>%)?(?P<sep>{RANGE_SEP})(?P<n2>{NUM}))?"
        f"(?P<approx0>多|余)?(?P<mag>{not_mag}(?:{MAG}))?(?P<approx>多|余)?(?P<mag2>(?<=万多|万余)亿)?(?P<unit>{units})?"
    )


@cache
def missing_regex() -> re.Pattern[str]:
    """A unit without its number (完成投资亿元: the source lost it); not a unit label in brackets
    after a name (铁路营业长度(公里), 客运量(万人): a flattened table's row header)."""
    w = words()
    strong = "|".join(re.escape(u) for u in w.missing_strong_units)
    weak = "|".join(re.escape(u) for u in w.missing_weak_units)
    cues = "|".join(re.escape(c) for c in w.missing_cues)
    first = re.escape("".join(sorted({u[0] for u in (*w.missing_strong_units, *w.missing_cues)})))
    return re.compile(
        f"(?=[{first}])(?:(?<![\\d{CN_NUMERAL_CHARS}.每方(（])(?P<unit>{strong})(?![A-Za-z地生产以级\\d])"
        f"|(?P<cue>{cues})(?P<wunit>{weak})(?=[\\u4e00-\\u9fff]))"
    )


FRACTION = re.compile(
    f"(?=[{CN_NUMERAL_CHARS}])(?:(?P<n1>{CN}分之{CN}(?:{CN_DECIMAL})?)|(?<![{CN_NUMERAL_CHARS}])(?P<half>一半))")
