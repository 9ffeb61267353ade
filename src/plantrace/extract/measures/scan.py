"""Find the quantities of one line of simplified text: numbers with units, ranks, ratios, lost numbers.

Only the numbers themselves are found here; the words around them (comparator, metric, year,
stance) are read by :mod:`context` and :mod:`timeline`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from plantrace.extract.measures import patterns as P
from plantrace.extract.measures.groups import counts_a_population, counts_the_text, names_a_circle
from plantrace.extract.measures.hit import Hit as Hit  # re-exported: the scanner's output type
from plantrace.extract.measures.magnitudes import REACHED_BEFORE, bare_magnitude, passed_magnitude
from plantrace.extract.measures.shapes import (
    PLACES_PASSED,
    bare_thresholds,
    coefficients,
    condition_on_people,
    durations,
    index_values,
    joined_ranges,
    milestone_amounts,
    milestones,
    per_before,
    place_classes,
    rank_moves,
    ranks,
    rates,
    scales,
    tops,
)
from plantrace.extract.measures.standards import event_rarity
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.numerals import CN_DIGITS, NumeralError, parse_number
from plantrace.prefilter import fast

_ALL_CN_MAGNITUDES = set("十百千万亿")
_MONEY_WORDS = ("元", "美元")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TITLE_REACH = 200  # a 《title》 or “quote” holding a number opens at most this far before it
# 超百亿元, 过千万元 (not 经过, 通过, 不超过 a ceiling that is said as a value: 控制在…)
_OVER = r"(?<!不)超过?|(?<![经通])过|逾"
_OVER_BEFORE = re.compile(f"(?:{_OVER})$")
# 少于50亿m3的有天津、青海; 75%以上的有新疆 (not 的有效, 的有力)
_GROUP_AFTER = re.compile("的有(?![效力关序机利益害])")
# 中石化对位芳纶、平煤神马尼龙等总投资500亿元以上的精细化工项目: the total investment of the projects listed
_LISTED_TOTAL = re.compile("等(?:项目)?(?:总投资|计划总投资|投资总额)(?:约|近|超过?|达)?$")
_LISTED_TOTAL_REACH = 12
_GOVERNING_VERB = re.compile(r"(?:增长|增速|达到|达|保持在|保持|提高到|提高|提升|控制在|超过|突破|实现|降低|下降|为)$")
# 是全国21个粮食产量超百亿斤的地市之一, 是全国唯一突破万亿元的省份: a size the places a count counts have passed
# picks them out (a threshold, as 超百亿元的园区 is), not the value of the place the sentence is about
_PLACES_PASSED_BEFORE = re.compile(f"(?:{_OVER}|突破|跨过|迈过)$")  # (not magnitudes' words: 近, 不足, 上亿)
_PLACES_COUNTED = re.compile(r"(?:唯一|(?<!第)(?:\d+|[一二三四五六七八九十两]+)个)[^，,。；;：:]{0,12}$")
_PLACES_COUNTED_REACH = 20


def scan(text: str) -> list[Hit]:
    """Every quantity of ``text``, in order, without overlaps (work linear in the line's length)."""
    doublings = [*_doublings(text), *rates(text), *per_before(text), *rank_moves(text), *tops(text)]
    names = _Spans(_name_spans(text) + [(h.start, h.end) for h in doublings])
    hits = doublings + [h for h in _quantities(text) if not names.overlaps(h.start, h.end)]
    hits += [h for h in _shared_units(text, hits) if not names.overlaps(h.start, h.end)]
    hits = joined_ranges(text, sorted((_points_before_points(text, h) for h in hits), key=lambda h: h.start))
    taken = _Spans([(h.start, h.end) for h in hits] + names.spans)
    for extra in (_ratios(text), ranks(text), scales(text), _fractions(text), durations(text),
                  coefficients(text), index_values(text), bare_thresholds(text), milestone_amounts(text),
                  place_classes(text), _missing(text), _missing_years(text)):
        found = [hit for hit in extra if not taken.overlaps(hit.start, hit.end)]  # one pattern: no overlaps
        if found:
            hits.extend(found)
            taken = _Spans(taken.spans + [(h.start, h.end) for h in found])
    return milestones(text, sorted(hits, key=lambda h: h.start))


class _Spans:
    """Spans in start order, none overlapping another (a later one overlapping is dropped), so an
    overlap test is a binary search."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if not self.spans or self.spans[-1][1] <= start:
                self.spans.append((start, end))
        self._starts = [s for s, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # the spans that start before ``end``
        return i > 0 and self.spans[i - 1][1] > start  # disjoint spans: the last of them ends last


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of fixed names that hold a numeral but count nothing (千家万户, 八项规定)."""
    if not _any_name().search(text):  # speed only: most lines hold none of them
        return []
    spans = []
    for name in unit_table().not_quantities:
        start = text.find(name)
        while start != -1:
            spans.append((start, start + len(name)))
            start = text.find(name, start + 1)
    return spans


@cache
def _any_name() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(name) for name in unit_table().not_quantities) or "(?!)")


# -- numbers with units ----------------------------------------------------------------------------

def _quantities(text: str) -> Iterator[Hit]:
    for match in P.quantity_regex().finditer(text):
        if not match.group("unit") and not bare_magnitude(text, match):
            continue
        if _looks_like_code_or_name(text, match):
            if _word_after_magnitude(text, match):  # 900多万个体工商户: the 个 starts 个体
                yield _magnitude_only(text, match)
            continue
        hit = _quantity_hit(text, match)
        if hit is not None:
            yield hit


def _quantity_hit(text: str, match: re.Match[str]) -> Hit | None:
    n1, mag = match.group("n1"), (match.group("mag") or "") + (match.group("mag2") or "")  # 4万多亿元
    if set(n1) <= _ALL_CN_MAGNITUDES and (mag or len(n1) > 1 or not match.group("unit") or passed_magnitude(
            text, match)):
        n1, mag = _magnitude_as_number(n1 + mag)  # 突破万亿元, 千万吨, 破亿: the magnitude word is the number
    if not mag and not n1[0].isdigit() and len(n1) > 1 and n1[-1] in "万亿":
        n1, mag = (n1[:-2], n1[-2:]) if n1.endswith("万亿") and len(n1) > 2 else (n1[:-1], n1[-1])
    try:
        value = parse_number(n1)
        value_max = parse_number(match.group("n2")) if match.group("n2") else None
    except NumeralError:
        return None
    end = match.end()
    suffix_match = words().suffix.match(text, end)
    suffix = suffix_match.group(0) if suffix_match else ""
    end += len(suffix)
    start = match.start()
    if start and text[start - 1] in "-－" and value_max is None and not (start >= 2 and text[start - 2].isascii()):
        start, value = start - 1, -value  # 自然增长率为-3.93‰: below zero
    approx = match.group("approx0") or match.group("approx") or ""
    if REACHED_BEFORE.search(text, max(0, start - 2), start) and passed_magnitude(text, match):
        start, approx = start - 1, "上"  # 上亿群众: at least 1 亿, the 上 part of the surface
    if not (suffix or approx) and match.group("unit") in ("倍", "成") and _MORE_AFTER.match(text, end):
        approx, end = "多", end + 1  # 增长6倍多, 3成多的税收: more than that
    shape = "range" if value_max is not None else "class" if not (suffix or approx) and _class_of_what_follows(
        text, match) else "number"
    return Hit(
        start=start, end=end, value=value, value_max=value_max, unit=mag + (match.group("unit") or ""),
        suffix=suffix, approx=approx, shape=shape,
        threshold=_is_threshold(text, match.start(), end, suffix, mag + (match.group("unit") or "")) or (
            passed_magnitude(text, match) and _classed_by_magnitude(text, match.start(), end)),
    )


def _classed_by_magnitude(text: str, start: int, end: int) -> bool:
    """工业产值过百亿的园区: a magnitude word after 过/超 that classes the places or firms after it."""
    return bool(_OVER_BEFORE.search(text, max(0, start - 2), start) and words().class_after.match(text, end))


_MORE_AFTER = re.compile("多(?![\u4e00-\u9fff])|多的")


# 延安千万吨炼化一体化, 延长石油千万吨原油稳产, 过货量跃上千万吨位, 榆能百万吨煤制芳烃, 6个百万羽蛋鸡养殖重点项目:
# a round magnitude word with the unit of a physical amount right before a noun is the class of what follows (kind
# other, of no year), not an amount of it; not when a verb of amount governs it (新增千万吨产能)
_CLASS_WORDS = ("百万", "千万", "千亿", "万亿")
_CLASS_UNITS = frozenset({"羽", "头", "只"})
_AMOUNT_VERB = re.compile("(?:新增|增加|增至|达到|达|形成|建成|新建|突破|超过|超|完成|实现|为|有|是)$")


def _class_of_what_follows(text: str, match: re.Match[str]) -> bool:
    word, unit, end = match.group("n1") + (match.group("mag") or ""), match.group("unit") or "", match.end()
    if word not in _CLASS_WORDS or not (unit in _CLASS_UNITS or unit_table().base_value(1.0, unit)[2] in _MEASURED):
        return False
    governed = _AMOUNT_VERB.search(text, max(0, match.start() - 2), match.start())
    return bool(_CJK.match(text, end)) and text[end] not in "的以左上下和与及或等" and not governed


def _magnitude_as_number(word: str) -> tuple[str, str]:
    """千亿 -> ("千", "亿"): 1000 亿元; 万亿 -> ("一", "万亿"): 1 万亿元; 百万 -> ("百", "万")."""
    if word.endswith("万亿"):
        return ("一" + word[:-2]) if not word[:-2] else word[:-2], "万亿"
    if len(word) > 1 and word[-1] in "万亿":
        return word[:-1], word[-1]
    return "一", word


def _word_after_magnitude(text: str, match: re.Match[str]) -> bool:
    unit, end = match.group("unit") or "", match.end()
    return (match.group("mag") or "") in ("万", "亿", "万亿") and match.group("n1")[0].isdigit() and _starts_a_word(
        text, end, unit)


# 个体工商户, 个体户, 个体经营, 个体私营, 个体劳动者: the 个 of 个体 counts nothing (8个体育公园, 3个体系 count)
_INDIVIDUAL = re.compile("体(?:工商|户|经|私|劳|商)")


def _starts_a_word(text: str, end: int, unit: str) -> bool:
    """个人, 条件, 家庭, 名城 …: a measure word that starts a word right after it counts nothing."""
    after = text[end:end + 1]
    if not after or after not in words().not_after_weak_unit.get(unit, ""):
        return False
    return unit != "个" or after != "体" or bool(_INDIVIDUAL.match(text, end))


def _magnitude_only(text: str, match: re.Match[str]) -> Hit:
    """900多万个体工商户, 100-300万人口规模的城市 (a range of sizes that picks out cities): the number and its magnitude
    word, the measure word after them starting a word."""
    value = parse_number(match.group("n1"))
    value_max = parse_number(match.group("n2")) if match.group("n2") else None
    approx = match.group("approx0") or match.group("approx") or ""
    end, mag = match.start("unit"), match.group("mag")
    return Hit(start=match.start(), end=end, value=value, value_max=value_max, unit=mag, approx=approx,
               shape="number" if value_max is None else "range",
               threshold=condition_on_people(text, end, mag, match.start()))


_INDICATOR_ACRONYMS = ("GDP", "CPI", "PPI", "GNP", "GNI")


def _looks_like_code_or_name(text: str, match: re.Match[str]) -> bool:
    start, end, n1, unit = match.start(), match.end(), match.group("n1"), match.group("unit") or ""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if (before and before in "第每+") or (before.isascii() and before.isalpha() and not (
            unit and text[max(0, start - 3):start] in _INDICATOR_ACRONYMS)) or after == "+":
        return True  # (PM2.5, G20: a name; 完成GDP2917.85亿元: an indicator and its value)
    if before and before in ".-" and start >= 2 and text[start - 2].isascii() and text[start - 2].isalnum():
        return True  # A-1, 1.2.3 (but 自然增长率为-3.93‰ is a value below zero)
    if after and after in words().after_unit_codes:
        return True
    if counts_the_text(text, start, end, unit) or counts_a_population(text, start, end, unit):
        return True
    # 抵御10年一遇至20年一遇的中小洪水: how rare an event is, not a standard to track; 构建1小时通勤圈,
    # 完善城市15分钟生活圈: the circle's name, not a time or distance to track
    if event_rarity(text, start, end, unit) or names_a_circle(text, end, unit):
        return True
    if not n1[0].isdigit() and not passed_magnitude(text, match) and _weak_chinese_numeral(
            n1, match.group("mag"), unit):
        return True
    if _starts_a_word(text, end, unit) and not text.startswith(_POPULATION, end):
        return True  # 3个人 is no count of 个 (but 9个人口20万以上的县 counts the places)
    if unit in unit_table().frequency_units and (_CJK.match(after) or not (match.group("mag") or "." in n1)):
        return True  # 5次调高养老金标准, 带队招商考察32次, 对接活动11场次: how often (but 就诊6.0次, 服务122万次)
    a_time = unit_table().base_value(1.0, unit)[2] in _TIME_DIMENSIONS
    if text.endswith(("连续", "前"), 0, start) and (a_time or (unit == "个" and text.startswith(_QUARTERS, end))):
        return True  # 消费增速连续8个月全省第一, 前4天累计接待, 连续12个季度召开: how long or which days, not how much
    if a_time and _TOOK.match(text, end):
        return True  # 24天实现首个市(州)确诊病例“清零”, 36天时间基本消除…: how long something took, not how much
    if unit.isascii() and after.isascii() and after.isalnum():
        return True
    return _inside_title_or_slogan(text, start, end)


_POPULATION = "人口"
_QUARTERS = "季度"
_TIME_DIMENSIONS = ("time", "time_months")
_TOOK = re.compile(r"内?(?:实现|将|初步|转入)|时间")
# 11个方面69项重点任务: the items of the aspects a text is laid out in are parts of the text too
_SMALL_CN_UNITS = ("成", "倍", "番", "个百分点", "百分点", "岁")
# physical amounts a magnitude word can be the number of (千万吨, 千万千瓦, 千万人次, 千万标箱)
_MEASURED = frozenset({"mass", "power", "energy", "energy_electric", "volume", "area", "containers", "person_times"})


def _weak_chinese_numeral(numeral: str, mag: str | None, unit: str) -> bool:
    """一个/统一/万家/千万/两个市场: a Chinese numeral that is a word, not a number.

    Plans write counted quantities in Arabic digits; a small Chinese numeral before a measure word
    (三个层级, 八个字) is rhetoric.
    """
    if "分之" in numeral:
        return False
    if len(numeral) > 1 and set(numeral) <= set(CN_DIGITS) and not set(numeral) & set("〇零○"):
        return True  # 唯一一个, 三五个: digits side by side without 十百千 are words or guesses
    if len(numeral) == 1 and numeral in CN_DIGITS and not mag and unit not in _SMALL_CN_UNITS:
        return True  # 一方有难八方支援: a single digit before a measure of amount is rhetoric
    pure = set(numeral) <= _ALL_CN_MAGNITUDES
    if pure and numeral[0] not in "十百" and (mag or len(numeral) > 1):
        # 突破万亿元 and 千万吨炼化 are numbers (not 千万师生, 千万工程), 约万千瓦 lost one
        return unit not in _MONEY_WORDS and not (
            numeral + (mag or "") in _CLASS_WORDS and unit_table().base_value(1.0, unit)[2] in _MEASURED)
    if set(numeral) <= _ALL_CN_MAGNITUDES - {"十", "百"}:
        return True
    if numeral == "一" and not mag:
        return unit not in ("番", "倍")  # 翻一番 is a quantity, 一个 is not
    small = len(numeral) == 1 and numeral in CN_DIGITS and not mag
    return small and unit in unit_table().units and unit_table().units[unit].dimension == "count"


def _inside_title_or_slogan(text: str, start: int, end: int) -> bool:
    """Inside 《…》, or inside a short quoted formula such as “四个出新出彩”."""
    reach = max(0, start - _TITLE_REACH)
    if text.rfind("《", reach, start) > text.rfind("》", reach, start):
        return True
    open_quote = text.rfind("“", reach, start)
    if open_quote > text.rfind("”", reach, start):
        close = text.find("”", end, open_quote + 15)
        return close != -1 and not _COUNTED_DEEDS.fullmatch(text, open_quote + 1, close)
    return False


# 办好“十件民生实事”, “10件民生实事”全面完成: a quote that holds only a count of the deeds promised is that count
_COUNTED_DEEDS = re.compile(f"(?:\\d+|[{''.join(CN_DIGITS)}十两]+)[件项][\u4e00-\u9fff]{{0,4}}实事")


def _classes_by(unit: str) -> bool:
    """An amount of money or of energy use (超百亿元, 超5000吨标准煤) is what 超/过 classes undertakings by."""
    return unit.endswith(_MONEY_WORDS) or unit_table().base_value(1.0, unit)[2] == "energy"


def _counts_or_shares(unit: str) -> bool:
    """100个以上老旧小区, 45%以上面积: a count or share before a noun is a quantity, not a condition."""
    dimension = unit_table().base_value(1.0, unit)[2]
    return dimension in ("count", "percent", "households", "people", "number")


def _is_threshold(text: str, start: int, end: int, suffix: str, unit: str) -> bool:
    """10亿元以上的项目 / 10万平方米(含)以上项目: a condition on what is counted, not a value; so is an
    amount after 超/过 that names a class of undertakings or places (超百亿元水利工程, 年收入超50万元的
    经济强村), and a value that picks out the members of a list (用水量少于50亿m3的有天津、青海…).

    Not when a verb governs the number (增长6%以上的目标 is a value), nor when it is the total of the projects a list
    named before it (平煤神马尼龙等总投资500亿元以上的精细化工项目).
    """
    if _LISTED_TOTAL.search(text, max(0, start - _LISTED_TOTAL_REACH), start):
        return False
    if _GROUP_AFTER.match(text, end) or condition_on_people(text, end, unit, start):
        return True
    if PLACES_PASSED.match(text, end) and _PLACES_PASSED_BEFORE.search(text, max(0, start - 2), start) and (
            _PLACES_COUNTED.search(text, max(0, start - _PLACES_COUNTED_REACH), start)):
        return True
    if not suffix and _OVER_BEFORE.search(text, max(0, start - 2), start) and _classes_by(unit):
        return bool(words().class_after.match(text, end))  # (能耗超5000吨标准煤重点企业: firms by their energy use)
    if not suffix or suffix in ("左右", "上下") or end >= len(text) or _counts_or_shares(unit):
        return False
    if _GOVERNING_VERB.search(text, max(0, start - 6), start):
        return False
    nxt = text[end]
    return nxt == "的" or (bool(_CJK.match(nxt)) and nxt not in "和与或及")


# (分别拉动经济增长1.74个、3.22个、4.0个百分点: the 个 of every value listed before the last)
_POINTS_AFTER = re.compile(r"(?:(?:和|与|及|、)\d+(?:\.\d+)?个)+百分点")


def _points_before_points(text: str, hit: Hit) -> Hit:
    """分别比上年提高0.6个和0.7个百分点: a 个 listed before 个百分点 is percentage points too."""
    if hit.unit == "个" and _POINTS_AFTER.match(text, hit.end):
        return Hit(start=hit.start, end=hit.end, value=hit.value, value_max=hit.value_max, unit="个百分点",
                   suffix=hit.suffix, approx=hit.approx, shape=hit.shape, threshold=hit.threshold)
    return hit


# (拉动分别为0.15、-5.64、1.34个百分点: a value of the list below zero)
_LISTED_BEFORE = re.compile(r"(?<![\d.A-Za-z第-])(-?\d+(?:\.\d+)?)(?:、|和|与|及)$")


def _shared_units(text: str, hits: list[Hit]) -> Iterator[Hit]:
    """风电、太阳能发电量分别为4665、2611亿千瓦时: a bare number listed right before a value shares its unit."""
    for hit in hits:
        if hit.shape != "number" or not hit.unit or hit.value is None:
            continue
        nxt = hit
        while match := _LISTED_BEFORE.search(text, max(0, nxt.start - 20), nxt.start):
            before = text[match.start() - 1] if match.start() else ""
            if not _CJK.match(before) and before not in "、和与及":
                break
            nxt = Hit(start=match.start(1), end=match.end(1), value=float(match.group(1)), value_max=None,
                      unit=hit.unit)
            yield nxt


# -- other shapes ----------------------------------------------------------------------------------

# 翻一番, 翻了两番 (a result told in the past), 翻番, 翻倍, 实现倍增 (A级物流企业数实现倍增)
_DOUBLING = re.compile("翻了?([一两二三四五六七八九十]?)番(以上|多)?|翻了?倍|(?<=实现)倍增(?=$|[,，;；。、])")
_TIMES = "一两三四五六七八九十"


def _doublings(text: str) -> Iterator[Hit]:
    """翻一番 (翻番) is a ratio of 2 to the base, 翻两番 of 4 (value 2**n, unit 倍; 翻了七番以上: at least 128); not
    inside a slogan (“四个翻番”)."""
    if "翻" not in text and "倍增" not in text:  # most lines are done here (speed only)
        return
    for match in _DOUBLING.finditer(text):
        if _inside_title_or_slogan(text, match.start(), match.end()):
            continue
        times = _TIMES.index(match.group(1).replace("二", "两")) + 1 if match.group(1) else 1  # 翻番, 翻倍: 1
        yield Hit(start=match.start(), end=match.end(), value=float(2 ** times), value_max=None, unit="倍",
                  suffix="以上" if match.group(2) else "", shape="doubling")

_AFTER_DATE = re.compile(r"(?:\d|日)\s*$")


def _time_of_day(text: str, start: int, parts: list[str]) -> bool:
    """2022-07-13 08:32:29: hours, minutes and seconds after a date are a time, not a structure."""
    if not all(len(p) == 2 and p.isdigit() for p in parts) or int(parts[0]) > 23:
        return False
    return all(int(p) <= 59 for p in parts[1:]) and bool(_AFTER_DATE.search(text, max(0, start - 3), start))


def _ratios(text: str) -> Iterator[Hit]:
    if ":" not in text and "∶" not in text and "︰" not in text and "：" not in text:  # speed only: P.RATIO needs one
        return
    for match in P.RATIO.finditer(text):
        parts = re.split(r"[:∶︰：]", match.group(0))
        if (len(parts) < 3 and not any("." in p for p in parts)) or _time_of_day(text, match.start(), parts):
            continue
        value = float(parts[0]) if len(parts) == 2 else None  # 9.7:47.3:43 has no single value
        yield Hit(start=match.start(), end=match.end(), value=value, value_max=None, unit="", shape="ratio")




_SLASH_FRACTION = re.compile(r"(?<![\d./A-Za-z])([1-9])/([2-9]|10)(?![\d./])")


def _fractions(text: str) -> Iterator[Hit]:
    if "/" not in text and "分之" not in text and "一半" not in text:  # speed only: the patterns need one
        return
    for match in _SLASH_FRACTION.finditer(text):  # 占铁路营业里程比重超过1/4; 稳定在1/3左右, 减少1/3以上
        num, den = int(match.group(1)), int(match.group(2))
        if num < den:
            suffix_match = words().suffix.match(text, match.end())
            suffix = suffix_match.group(0) if suffix_match else ""
            yield Hit(start=match.start(), end=match.end() + len(suffix), value=round(num / den, 6), value_max=None,
                      unit="", suffix=suffix, shape="fraction")
    for match in P.FRACTION.finditer(text):
        try:
            value = 0.5 if match.group("half") else parse_number(match.group("n1"))
        except NumeralError:
            continue
        percent = match.group(0).startswith("百分之")  # 百分之十 is 10%
        end = match.end()
        suffix_match = words().suffix.match(text, end)
        suffix = suffix_match.group(0) if suffix_match else ""
        yield Hit(start=match.start(), end=end + len(suffix), value=round(value * 100, 6) if percent else value,
                  value_max=None, unit="%" if percent else "", suffix=suffix, shape="fraction")


_MONEY_UNITS = ("万亿元", "亿美元", "亿元", "万元")
_PAIRED_NUMERALS = re.compile("[百千万][\u4e00-\u9fff]")  # 百梯|万人, 千企|万人: the unit pairs a numeral before it
_AFTER_MISSING_MONEY = re.compile(r"$|[,;:。、)”和及]")


def _missing(text: str) -> Iterator[Hit]:
    for match in P.missing_regex().finditer(text):
        unit = match.group("unit") or match.group("wunit")
        start = match.start("unit") if match.group("unit") else match.start("wunit")
        end = match.end()
        after = text[end] if end < len(text) else ""
        if match.group("wunit") and after in words().not_after_weak_unit.get(unit, ""):
            continue
        if unit in _MONEY_UNITS and not _AFTER_MISSING_MONEY.match(text, end):
            continue
        if start and text[start - 1] in CN_DIGITS:
            continue
        if unit[0] in "百千万亿" and (_inside_title_or_slogan(text, start, end) or _PAIRED_NUMERALS.match(
                text, max(0, start - 2), start)):
            continue  # “百梯万人”, 千村万户, “万人助万企”: a name made of numerals, no number lost (“六个%” lost one)
        suffix_match = words().suffix.match(text, end)
        suffix = suffix_match.group(0) if suffix_match else ""
        yield Hit(start=start, end=end + len(suffix), value=None, value_max=None, unit=unit, suffix=suffix,
                  shape="missing")


def _missing_years(text: str) -> Iterator[Hit]:
    if "年" not in text:  # speed only: P.MISSING_YEAR needs it
        return
    for match in fast(P.MISSING_YEAR).finditer(text):  # (fast: speed only)
        yield Hit(start=match.start(), end=match.end(), value=None, value_max=None, unit="年",
                  shape="missing_year")
