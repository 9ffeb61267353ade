"""Values said again: a value its own words leave unnamed is the same value named a few lines away.

A headline that opens with a value (167.83亿元——经济总量稳步提升, 数字1:6.5%左右, 8.5%!一季度牛奶产量稳定增长) is named
by the text under it, which gives the value again with its indicator (全年实现地区生产总值167.83亿元; the headline may
round it: 320万人次 for 320.46万人次). A value said again without its name (国内生产总值增长6.5%左右。…,6.5%左右的增速
可以…; 把GDP增速确定为8% … 按照8%的增速) is the fact it was named for just before, in the same line or a few lines up:
it takes that mention's name, kind, direction, time and scope (its own value, unit, comparator and span stay).
A rank is never a value said again: the same place recurs for different things.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from plantrace.models import Line, Measure

_REACH = 3  # lines: how far above (a value said again) or below (a headline's text) the same value is looked for
_HEADLINE = 30  # characters: a line this short holding one value is a headline, named by the text under it
_DECIMALS = re.compile(r"\d+(?:\.(\d+))?")


def _unnamed(measure: Measure) -> bool:
    """No name, or only the words after a dash (167.83亿元——经济总量稳步提升: a headline's title, not a name)."""
    return measure.value is not None and (not measure.metric or measure.metric[0] in "—-")


def _decimals(measure: Measure) -> int:
    found = _DECIMALS.search(measure.surface)
    return len(found.group(1) or "") if found else 0


def _same(value: Measure, named: Measure) -> bool:
    """The same value in the same unit, or the other rounded to the headline's own digits (320万人次, 320.46万人次)."""
    if named.value is None or named.unit != value.unit or named.value_max != value.value_max or _unnamed(named):
        return False
    return round(named.value, _decimals(value)) == value.value


def _named_as(value: Measure, named: Measure) -> Measure:
    return replace(value, metric=named.metric, metric_canonical=named.metric_canonical, kind=named.kind,
                   rule=named.rule, direction=named.direction, year=named.year, stance=named.stance,
                   scope=named.scope, period=named.period)


def named_repeats(measures: list[Measure], by_number: Mapping[int, Line]) -> list[Measure]:
    """``measures`` (in line order) with each unnamed value named by the same value nearby, if any (in one pass:
    the last named mention of each surface is kept, so a long line of unnamed values costs no more than its length)."""
    out = list(measures)
    lines = [m.line for m in out]
    per_line = Counter(lines)
    last: dict[tuple[str, str, float | None], Measure] = {}  # the last named mention of each surface
    for i, value in enumerate(out):
        key = (value.surface, value.unit, value.value_max)
        if _unnamed(value) and value.kind != "rank":  # (居全国第2 and 第2 a line up: two ranks, not one)
            found = _under_headline(out, lines, i, by_number) if per_line[value.line] == 1 else None
            before = last.get(key)
            if found is None and before is not None and before.line >= value.line - _REACH:
                found = before  # said again: the nearest same words before it, in its line or the lines above
            if found is not None:
                out[i] = _named_as(value, found)
        if not _unnamed(out[i]):
            last[key] = out[i]
    return out


def _under_headline(out: list[Measure], lines: list[int], i: int, by_number: Mapping[int, Line]) -> Measure | None:
    """The first same value (or the one it rounds) in the lines under a headline, when ``out[i]`` opens one."""
    value = out[i]
    line = by_number.get(value.line)
    if line is None or len(line.simp) > _HEADLINE:
        return None
    hi = bisect.bisect_right(lines, value.line + _REACH)
    return next((m for m in out[i + 1:hi] if _same(value, m)), None)
