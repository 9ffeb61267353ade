"""Read the words around a number: clause bounds, comparator, kind and the metric phrase."""

from __future__ import annotations

import bisect
import functools
import re

from plantrace.extract.measures.scan import Hit
from plantrace.extract.measures.shapes import REACHED_WITHIN, coverage_radius
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words

SENTENCE_END = "。;；!！?？"
CLAUSE_END = SENTENCE_END + ",，:："
# How far a value's sentence or clause reaches on either side. Real sentences stay well inside it;
# a line without punctuation (a table flattened into one line, a run of numbers) would otherwise
# make every value read the whole line, and the work grow with the square of the line's length.
REACH = 400

_COUNT_DIMENSIONS = {"count", "households", "people"}  # person-times (人次) are amounts (level)
_CLASS_DIMENSIONS = {"voltage"}  # 500千伏 names a class of line or substation, not an amount
_PERCENT_DIMENSIONS = {"percent", "multiple"}
# an area worked or what a period produces, finds or saves (新增营造林148万亩, 新增天然气产量10亿方, 勘探新增油气储量
# 2亿吨): a level after 新增, unless it is a capacity or land assigned to a use
_ADDED_LEVEL_DIMENSIONS = {"area", "mass", "volume", "energy_electric"}


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    return _bounds(text, pos, SENTENCE_END)


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = _bounds(text, pos, CLAUSE_END)
    sub = text.rfind("其中", start, pos)
    return (sub + 2 if sub != -1 else start), end


@functools.lru_cache(maxsize=2048)  # speed only: a value's sentence and clause are asked for several times
def _bounds(text: str, pos: int, stops: str) -> tuple[int, int]:
    cuts = _cuts(text, stops)
    i = bisect.bisect_left(cuts, pos)
    start = cuts[i - 1] + 1 if i else 0
    end = cuts[i] if i < len(cuts) else len(text)
    return max(start, pos - REACH), min(end, pos + REACH)


def last_of(text: str, chars: str, lo: int, hi: int) -> int:
    """``max(text.rfind(ch, lo, hi) for ch in chars)`` (``lo`` >= 0), in time that does not grow with ``hi - lo``:
    the last ``REACH`` characters are searched first, the rest through the line's cached stop positions (a line
    without punctuation would otherwise make every value scan back to the line's start)."""
    near = max(lo, hi - REACH)
    found = max(text.rfind(ch, near, hi) for ch in chars)
    if found != -1 or near == lo:
        return found
    cuts = _cuts(text, chars)
    i = bisect.bisect_left(cuts, hi) - 1
    return cuts[i] if i >= 0 and cuts[i] >= lo else -1


def window_before(text: str, pos: int, reach: int) -> str:
    """``text[:pos]``, or when that is longer than ``reach``, its part from the first clause that starts in
    the last ``reach`` characters (the words before a value that a rule reads, in work that does not grow
    with the line)."""
    lo = pos - reach
    if lo <= 0:
        return text[:pos]
    cut = _stop_pattern(CLAUSE_END).search(text, lo, pos)
    return text[cut.end() if cut else pos:pos]


def cuts_between(text: str, chars: str, lo: int, hi: int) -> tuple[int, ...]:
    """The positions in ``[lo, hi)`` of the characters ``chars`` of ``text``, in order."""
    cuts = _cuts(text, chars)
    return cuts[bisect.bisect_left(cuts, lo):bisect.bisect_left(cuts, hi)]


@functools.lru_cache(maxsize=512)
def _cuts(text: str, stops: str) -> tuple[int, ...]:
    """Positions of the stop characters of ``text``, in order."""
    return tuple(match.start() for match in _stop_pattern(stops).finditer(text))


@functools.lru_cache(maxsize=32)
def _stop_pattern(stops: str) -> re.Pattern[str]:
    """One character of ``stops`` (a regex scans the line in C: a Python loop over every character cost more)."""
    return re.compile(f"[{re.escape(stops)}]")


def comparator(text: str, hit: Hit, clause_start: int) -> str:
    """``>= <= ~ = range`` from the words right before and after the number."""
    if hit.shape == "range":
        return "range"
    w = words()
    if hit.suffix in w.suffix_comparators:
        return w.suffix_comparators[hit.suffix]
    before = text[clause_start:hit.start]
    if _LIST_JOINER.fullmatch(before):  # 分别突破8.5万亿元、13万元: the word before the list's first value
        whole_start, _ = clause_bounds(text, hit.start)
        before = _LIST_HEAD.sub("", text[whole_start:hit.start])
    for pattern, name in ((w.le_prefix, "<="), (w.ge_prefix, ">="), (w.approx_prefix, "~")):
        if pattern.search(before):
            return name
    if hit.threshold and _PASSED_OVER.search(before):
        return ">="  # 投资过千万元项目, 过亿元: a class of at least that amount
    if hit.threshold and hit.unit in ("分钟", "小时") and REACHED_WITHIN.match(text, hit.end):
        return "<="  # 1.5小时内享受航空服务, 30分钟上高速: reached within that time, 内 written or not
    if hit.threshold and coverage_radius(text, hit.end, hit.unit):
        return "<="  # 公交站点500米覆盖率: the share covered within that distance
    aside = _ASIDE_THEN_WORD.match(text, hit.end)
    if aside and aside.group("word") in w.suffix_comparators:
        return w.suffix_comparators[aside.group("word")]  # 2000人（含重点产业1000人）左右: the word after the aside
    tail = _list_tail(text, hit)
    if tail in w.suffix_comparators:
        return w.suffix_comparators[tail]  # 分别增长5%和7.5%左右: the word after the list's last value
    return ">=" if hit.approx else "="


def comparator_across(prev_tail: str, text: str, hit: Hit, clause_start: int) -> str:
    """:func:`comparator`, also reading the end of the line before when the value's clause opens this line (a PDF page
    breaks lines inside a clause: 从人均用水量看,大于 / 600m3 的有新疆…; 小 / 于 300 m3 的有天津…)."""
    found = comparator(text, hit, clause_start)
    if found != "=" or clause_start != 0 or not prev_tail or hit.shape == "range":
        return found
    cut = max(prev_tail.rfind(ch) for ch in CLAUSE_END)
    before = (prev_tail[cut + 1:] + text[:hit.start]).replace(" ", "")
    w = words()
    for pattern, name in ((w.le_prefix, "<="), (w.ge_prefix, ">="), (w.approx_prefix, "~")):
        if pattern.search(before):
            return name
    return found


_PASSED_OVER = re.compile("(?<![经通不])过$")
# an aside in brackets right after the value, then the comparator word that is the value's
_ASIDE_THEN_WORD = re.compile(r"[(（][^()（）]{1,40}[)）](?P<word>左右|上下|以上|以下|以内)")


# the values of one list: 5%和7.5%左右, 8.5万亿元、13万元, 跨越110万亿元、120万亿元 (the word before the
# list's first value is every value's)
_JOINER = "(?:和|、|及|与)"
_ITEM = r"[\d.]+(?:%|％|个百分点|[^\d\s,，;；。、和及与]{0,4}?)"
_LIST_JOINER = re.compile(f"\\s*{_JOINER}\\s*")
_LIST_HEAD = re.compile(f"(?:{_ITEM}{_JOINER})+$")
_UNIT_WRITTEN = re.compile(r"[^\d.\s]+$")
_TAIL_REACH = 40
_TAIL_JOINERS = "和、及与"  # _JOINER's words, each one character
_TAIL_NUMBER = re.compile(r"[\d.]+")
_TAIL_WORDS = ("左右", "以上", "以下", "以内")


def _list_tail(text: str, hit: Hit) -> str:
    """The comparator word after the last value of a list of values in the same unit as ``hit``
    (增长5%和7.5%左右 -> 左右; not 12个、100亿元以上, a threshold of another item)."""
    unit = _UNIT_WRITTEN.search(text, hit.start, hit.end)
    if unit is None:
        return ""
    return _tail_after_list(text[hit.end:hit.end + _TAIL_REACH], unit.group(0))


def _tail_after_list(window: str, unit: str) -> str:
    """The word ``(?:(?:和|、|及|与)[\\d.]+UNIT)+(左右|以上|以下|以内)`` captures at the start of ``window``, without a
    pattern compiled for each unit (a number cannot end short: the unit opens with no digit and no dot)."""
    pos = 0
    while pos < len(window) and window[pos] in _TAIL_JOINERS:
        number = _TAIL_NUMBER.match(window, pos + 1)
        if number is None or not window.startswith(unit, number.end()):
            break
        pos = number.end() + len(unit)
    if pos == 0:
        return ""
    word = window[pos:pos + 2]
    return word if word in _TAIL_WORDS else ""


def kind(text: str, hit: Hit, clause_start: int) -> str:
    """``level growth share count change ratio rank other`` from the unit and the verb before it.

    People (万人) and discrete things counted with a measure word (个, 家, 项) are counts; person-times
    (人次) and rates per head (每千人口床位数) are levels; voltage classes (500千伏) are other.
    """
    special = {"rank": "rank", "ratio": "ratio", "missing_year": "other", "fraction": "share", "doubling": "ratio",
               "rank_change": "change"}
    if hit.shape in special:
        return special[hit.shape]
    dimension = unit_table().base_value(1.0, hit.unit)[2] or ""
    before = text[max(clause_start, hit.start - 10):hit.start]
    if dimension == "percentage_point":
        return "change"
    if dimension in _CLASS_DIMENSIONS:
        return "other"
    if dimension in _PERCENT_DIMENSIONS or dimension == "doubling":
        if words().growth_verb.search(before) or dimension == "doubling" or (
                dimension == "percent" and words().growth_nouns.search(text, clause_start, hit.start)):
            return "growth"
        return "ratio" if dimension == "multiple" or _of_target(before, hit) else "share"
    if words().change_verb.search(before):
        return "change"
    counted = dimension in _COUNT_DIMENSIONS
    if not counted:
        head = words().change_head.search(text, clause_start, hit.start)
        if head is not None:
            return _added_kind(text[head.start():hit.start], dimension)  # 新增铁路里程989公里: an increment
    if counted and not _per_head(text, hit, clause_start) and not (
            dimension != "households" and words().people_flow.search(text, clause_start, hit.start)):
        return "count"
    return "level"


_UNIT_AFTER_NUMBER = re.compile("[0-9][0-9.]*(?:万|亿)?(.)")
_HEAD_UNITS = frozenset("个件张人名位所家床年")


def _per_head(text: str, hit: Hit, clause_start: int) -> bool:
    """每千人口托位数从0.5个增至4.8个, 每千人口拥有执业医师数3.7人、注册护士数5.1人: a count per head of population is a
    rate (convention 16), for every value of its clause, not only the first (the words of a later value start after
    the value before it)."""
    if words().per_capita.search(text, clause_start, hit.start):
        return True
    heads = list(words().per_capita.finditer(text, clause_bounds(text, hit.start)[0], hit.start))
    head = heads[-1] if heads else None
    # only counts (and years: 从2020年的2.7件) between: 人均GDP达到1.3万美元以上…新增就业1200万人 is not one
    return head is not None and all(
        unit in _HEAD_UNITS for unit in _UNIT_AFTER_NUMBER.findall(text, head.end(), hit.start))


def _added_kind(phrase: str, dimension: str) -> str:
    """``phrase`` runs from an increment's head to its value (convention 14): 新增 areas worked, volumes produced, found
    or saved, and money are levels (新增营造林148万亩, 新增天然气产量10亿方); capacities (新增煤炭产能800万吨), land
    assigned to a use, lengths and whatever follows 净增, 减少 or 增加 are changes."""
    if not words().added_head.match(phrase):
        return "change"
    if dimension.startswith("money"):
        return "level"
    if dimension in _ADDED_LEVEL_DIMENSIONS and not words().capacity_noun.search(phrase):
        return "level"  # not 新增煤炭产能800万吨, 新增建设用地规模2950万亩以内
    return "change"


def _of_target(before: str, hit: Hit) -> bool:
    """完成年度预期目标的147.5%, 为上年的105%: a percentage of a plan figure or of another value."""
    if words().of_target.search(before):
        return True
    return hit.value is not None and hit.value > 100 and before.endswith("的")

_DIRECTION_REACH = 8  # 下降幅度达到13.5%: the verb may stand a few characters before the value


def direction(text: str, hit: Hit, clause_start: int) -> str | None:
    """``up`` / ``down`` from the last movement verb right before the value (下降13.5%, 提高到70%)."""
    if hit.shape in ("missing_year", "ratio"):
        return None
    before = text[max(clause_start, hit.start - _DIRECTION_REACH):hit.start]
    found = None
    for match in words().direction_verb.finditer(before):
        found = match
    if found is None or any(ch.isdigit() for ch in before[found.end():]):
        return _growth_noun_direction(text, hit, clause_start)
    return "up" if found.group("up") else "down"


def _growth_noun_direction(text: str, hit: Hit, clause_start: int) -> str | None:
    """经济增长预期目标为7%左右: a growth rate named by a noun of growth goes up."""
    dimension = unit_table().base_value(1.0, hit.unit)[2]
    if dimension == "percent" and words().growth_nouns.search(text, clause_start, hit.start):
        return "up"
    return None
