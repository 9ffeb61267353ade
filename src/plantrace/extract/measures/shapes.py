"""Quantities of shapes the plain number-and-unit pattern does not see: rates per so many people
(15.1/10万), units whose denominator is written first (每立方米29微克), spans of years (11.5年), bare
coefficients and ratios (农田灌溉水有效利用系数为0.572, 人口性别比为98.5), ranks (居全国第3位, 位居86位, 前8位),
scale classes (千亿级) and thresholds, among them the milestones a value passed (突破8000亿元大关)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from plantrace.extract.measures import patterns as P
from plantrace.extract.measures.hit import Hit
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.numerals import CN_DIGITS, NumeralError, parse_number
from plantrace.prefilter import fast, may_match

# 孕产妇死亡率15.1/10万, 发病率3.2/万: a rate per so many people (unit 1/10万)
_RATE = re.compile(r"(?<![\d./])(\d+(?:\.\d+)?)/(10万|十万|万|千|百)(?![\d.])")


def rates(text: str) -> Iterator[Hit]:
    if "/" not in text:  # speed only: _RATE needs it
        return
    for match in _RATE.finditer(text):
        suffix_match = words().suffix.match(text, match.end())  # 下降到12/10万以下
        suffix = suffix_match.group(0) if suffix_match else ""
        yield Hit(start=match.start(), end=match.end() + len(suffix), value=float(match.group(1)), value_max=None,
                  unit="1/" + match.group(2).replace("十万", "10万"), suffix=suffix)


# 每立方米29微克, 每亩产量: the denominator of a unit written before the number (29 微克/立方米)
_PER_BEFORE = re.compile(r"每(立方米|平方米|平方公里|公顷|亩|升|吨|公斤|千克)(\d+(?:\.\d+)?)")
_NUMERATOR = 3  # the numerator unit is at most this long (微克, 毫克, 公斤, 元)


def per_before(text: str) -> Iterator[Hit]:
    if "每" not in text:  # speed only: _PER_BEFORE needs it
        return
    for match in _PER_BEFORE.finditer(text):
        for size in range(_NUMERATOR, 0, -1):
            numerator = text[match.end():match.end() + size]
            unit = f"{numerator}/{match.group(1)}"
            if len(numerator) == size and unit_table().base_value(1.0, unit)[2] is not None:
                yield Hit(start=match.start(2), end=match.end() + size, value=float(match.group(2)), value_max=None,
                          unit=unit)
                break


# 平均受教育年限达到11.5年, 人均预期寿命提高1.2年: a span of years, not a calendar year (a decimal, or a
# number after a word that measures time)
_DURATION = re.compile(
    r"(?:(?<![\d.A-Za-z])(?P<dec>\d{1,2}\.\d{1,2})年|(?:年限|寿命|工龄|期限)(?:达到|达|为|提高到|提高至|延长到|延长至|提高|延长|增加"
    r"|(?P<over>超过|不少于|不低于))?(?P<int>\d{1,2})年)(?![初末底度中内份代])")


# 平均受教育年限达到了10.9年,…,比2012年增加了1年: a whole number of years gained, after a span of years in its
# sentence (a change of that span, not a calendar year)
_YEARS_GAINED = re.compile(
    r"(?:比|较)(?:(?:19|20)\d{2}年|上年|去年)(?:增加|提高|延长|减少|缩短)了?(?P<int>\d{1,2})年(?![初末底度中内份代])")
_SPAN_BEFORE = re.compile(r"(?:年限|寿命)|\d\.\d{1,2}年")


def durations(text: str) -> Iterator[Hit]:
    if "年" not in text:  # speed only: _DURATION needs it
        return
    yield from _years_gained(text)
    for match in fast(_DURATION).finditer(text):  # (fast: speed only)
        group = "dec" if match.group("dec") else "int"
        suffix_match = words().suffix.match(text, match.end())
        suffix = suffix_match.group(0) if suffix_match else ""
        # 维持年限超过10年的有效发明专利: a condition on what is counted (at least 10 years), of no year
        over = bool(match.group("over") or suffix in ("以上", "以下"))
        condition = over and text.startswith("的", match.end() + len(suffix))
        yield Hit(start=match.start(group), end=match.end() + len(suffix), value=float(match.group(group)),
                  value_max=None, unit="年", suffix=suffix, threshold=condition)


def _years_gained(text: str) -> Iterator[Hit]:
    for match in _YEARS_GAINED.finditer(text) if "比" in text or "较" in text else ():
        sentence_start = max(text.rfind(ch, 0, match.start()) for ch in "。；;!！?？") + 1
        if _SPAN_BEFORE.search(text, sentence_start, match.start()):
            yield Hit(start=match.start("int"), end=match.end(), value=float(match.group("int")), value_max=None,
                      unit="年")


# 农田灌溉水有效利用系数为0.572, 基尼系数0.465, 人口性别比为98.5, 收入比缩小至2.54: a coefficient, index or ratio
# is a number without a unit
_COEFFICIENT = re.compile(
    r"(?:(?:系数|指数)(?:为|是|达到|达|提高到|提高至|提升到|提升至|保持在|稳定在|由|从)?|(?<=[\u4e00-\u9fff])比(?:为|是|缩小至|缩小到|缩小为|降至|降到|下降到|下降至))"
    r"\s?(\d{1,3}\.\d{1,4})(?![\d.%‰])")


def coefficients(text: str) -> Iterator[Hit]:
    if "系数" not in text and "指数" not in text and "比" not in text:  # speed only: _COEFFICIENT needs one
        return
    if not may_match(_COEFFICIENT, text):  # … and a decimal point (speed only)
        return
    for match in fast(_COEFFICIENT).finditer(text):  # (fast: speed only)
        suffix_match = words().suffix.match(text, match.end())
        suffix = suffix_match.group(0) if suffix_match else ""
        yield Hit(start=match.start(1), end=match.end(1) + len(suffix), value=float(match.group(1)), value_max=None,
                  unit="", suffix=suffix, shape="ratio" if match.group(0).startswith("比") else "number")


# 竞争力指数平均值达到75.50, 比去年提高1.92; 分项指数平均值分别为75.31、77.33…, 分别比去年提高2.68、-2.92…:
# an index has no unit, so its values and their changes are bare decimals (a list of them after 分别)
_INDEX_HEAD = re.compile(
    r"(?:指数(?:平均值|均值)?(?:分别)?(?:为|是|达到|达)"
    r"|(?:比|较)(?:去年|上年度?)(?:分别)?(?:提高|增加|上升|下降|降低|扩大|缩小|回落))\s?(?=-?\d)")
_INDEX_VALUE = re.compile(r"(-?\d{1,3}\.\d{1,4})(?![\d.%‰])")
_INDEX_NEXT = re.compile(r"[、和]")
_INDEX_REACH = 120  # the index is named this close before its values


def index_values(text: str) -> Iterator[Hit]:
    if "指数" not in text:  # speed only: the values of an index need its word
        return
    for head in _INDEX_HEAD.finditer(text):
        if text.rfind("指数", max(0, head.start() - _INDEX_REACH), head.end()) == -1:
            continue
        pos = head.end()
        while (value := _INDEX_VALUE.match(text, pos)) is not None:
            yield Hit(start=value.start(), end=value.end(), value=float(value.group(1)), value_max=None, unit="")
            joiner = _INDEX_NEXT.match(text, value.end())
            if joiner is None:
                break
            pos = joiner.end()


# 新引进亿元以上项目156个, 千万元以上企业: a threshold of one magnitude, its 1 unwritten
_BARE_THRESHOLD = re.compile(
    r"(?<![\d.十百千万亿两一二三四五六七八九零〇])(亿|千万|百万|万)(元|美元)(以上|以下)(?=的?[\u4e00-\u9fff])")
# 投资过亿元项目46个, 超亿元企业 (a class, as 亿元以上 is); 项目平均投资规模超过亿元。 (a value: at least 1 亿元)
_OVER_ONE = re.compile(r"(?:(?<![经通不])过|(?<!不)超过?|逾)(?P<unit>亿(?:元|美元))")


def bare_thresholds(text: str) -> Iterator[Hit]:
    if "以上" in text or "以下" in text:  # speed only: _BARE_THRESHOLD needs one
        for match in fast(_BARE_THRESHOLD).finditer(text):  # (fast: speed only)
            yield Hit(start=match.start(), end=match.end(), value=1.0, value_max=None,
                      unit=match.group(1) + match.group(2), suffix=match.group(3), threshold=True)
    if "亿" not in text:  # speed only: _OVER_ONE needs it
        return
    for match in _OVER_ONE.finditer(text):
        yield Hit(start=match.start("unit"), end=match.end(), value=1.0, value_max=None, unit=match.group("unit"),
                  threshold=bool(words().class_after.match(text, match.end())))


# 是全国21个粮食产量超百亿斤的地市之一, 是全国唯一突破万亿元的省份: the places a size they passed picks out (scan's
# threshold test and thresholds' name)
PLACES_PASSED = re.compile("的(?:省份|省区市|省市区|省区|地市|城市|地级市|地区|县市|县区|区县|市县|县|市)(?:之一)?")


# 突破8000亿元大关, 跨越700亿元、800亿元、900亿元4个关口, 迈上3万亿元新台阶: a milestone passed, not a value
# 大关, 关口, 台阶: the milestone a value passes (one list for shapes, pairing and metric names)
MILESTONE_WORDS = "大关|关口|台阶"
_MILESTONE_NOUN = re.compile(f"的?(?:新|大|重要)?({MILESTONE_WORDS})")
_LISTED_NEXT = re.compile(r"(?:、|和|及|与)")
# 4个关口, 两个台阶: the count of the milestones passed (also what threshold names leave out)
MILESTONES_COUNTED = r"(?:\d{1,2}|[两二三四五六七八九十])个"
_COUNT_OF_THEM = re.compile(MILESTONES_COUNTED)
# 日均发电首次突破300亿千瓦时，达302.0亿千瓦时, 地区生产总值突破2万亿元、达到23562亿元: the value passed,
# then the value reached
PASSED = r"(?:突破|(?<![打击攻])破|跨越|跨过|迈过|迈上|跃上|站上|跨上|登上)"  # (also what owners strip)
_PASSED = re.compile(PASSED + "$")
_REACHED = re.compile(r"[,，、](?:达到|达|为|至)")
_MILESTONE = "关口"


def milestones(text: str, hits: list[Hit]) -> list[Hit]:
    """Mark the thresholds a value passed (kind other, no year): a value or a list of values followed by
    大关/关口/台阶, or a value passed (突破…) right before the value reached in the next clause or list item
    (…，达302.0亿千瓦时; …、达到23562亿元); drop the count of the milestones passed (跨过4个千亿级台阶: 4个)."""
    if not any(word in text for word in ("关", "台阶", "破", "跨", "迈", "跃上", "站上", "登上")):
        return hits  # speed only: every cue holds one of these
    out = list(hits)
    i = 0
    while i < len(out):
        j = i  # the last value of a list (700亿元、800亿元、900亿元)
        while j + 1 < len(out) and _LISTED_NEXT.fullmatch(text, out[j].end, out[j + 1].start) and (
                out[j + 1].unit == out[i].unit):
            j += 1
        end = out[j].end
        count = _COUNT_OF_THEM.match(text, end)
        if count:
            end = count.end()  # 4个关口: the count of the milestones
        noun = _MILESTONE_NOUN.match(text, end)
        word = noun.group(1) if noun else ""
        if not word and i == j and _PASSED.search(text, max(0, out[i].start - 3), out[i].start):
            reached = _REACHED.match(text, out[i].end)
            nxt = out[i + 1] if i + 1 < len(out) else None
            if reached and nxt is not None and nxt.start - reached.end() <= 1 and _same_measure(nxt.unit, out[i].unit):
                word = _MILESTONE
        if word and out[i].value is not None:
            for k in range(i, j + 1):
                out[k] = replace(out[k], threshold=True, milestone=word)
        i = j + 1
    return [hit for k, hit in enumerate(out) if not _counts_milestones(text, out, k)]


# 5年跨过4个千亿级台阶, 五年跨越3个十亿级台阶: the count of the milestones passed is no quantity
_COUNT_BEFORE_MILESTONE = re.compile(r"\d{1,2}个")


def _counts_milestones(text: str, hits: list[Hit], k: int) -> bool:
    nxt = hits[k + 1] if k + 1 < len(hits) else None
    return nxt is not None and bool(nxt.milestone) and nxt.start == hits[k].end and bool(
        _COUNT_BEFORE_MILESTONE.fullmatch(text, hits[k].start, hits[k].end))


def _same_measure(a: str, b: str) -> bool:
    """万亿元 and 亿元: one unit, or units of one dimension (突破2万亿元、达到23562亿元); a magnitude word alone is
    of the unit of the value reached (率先破亿、达到1.35亿千瓦)."""
    if a == b or a in ("亿", "万亿") or b in ("亿", "万亿"):
        return True
    first, second = unit_table().base_value(1.0, a)[2], unit_table().base_value(1.0, b)[2]
    return bool(first) and first == second


# “十个全国第一”, 多个全国第一, “双第一”: a count of first places, not a rank (convention 3 of evaluation/dev/README.md)
_COUNTED_FIRSTS = re.compile(
    f"(?:(?:\\d{{1,3}}|[{''.join(CN_DIGITS)}十两多几数]{{1,3}})个|双)(?:全国|全省|全区|全市|世界|全球)?$")


def ranks(text: str) -> Iterator[Hit]:
    last_end = -1
    for match in P.RANK.finditer(text) if may_match(P.RANK, text) else ():  # speed only
        window = text[max(0, match.start() - 12):match.start()]
        unit = match.group("unit") or "位"  # 第6、第7位: the first rank borrows the unit
        weak = unit == "名" or not match.group("n")[0].isdigit()
        listed = last_end != -1 and bool(_LISTED_RANK.fullmatch(text, last_end, match.start()))
        if _COUNTED_FIRSTS.search(window):
            continue  # “十个全国第一”, 多个全国第一, “双第一”: a count of first places, not a rank
        if match.group("bare") is not None and not listed and not words().rank_context.search(window):
            continue  # 第1 alone is a rank only in a ranking (排名第1, 居全国第1, 全省第1) or a list of them
        fielded = (match.group("bare") is not None or unit == "位") and words().rank_context.search(window)
        if weak and not words().rank_cues.search(window) and not (fielded and not _PLACED.search(window)):
            continue  # 第二名 needs a cue (排名第二名); 全国第一。 and 进入全国第十位 are ranks by their field
        try:
            value = parse_number(match.group("n"))
        except NumeralError:
            continue
        last_end = match.end()
        # a rank is written 位 whatever its measure word (第八名, 第三名: the README's unit)
        yield Hit(start=match.start(), end=match.end(), value=value, value_max=None, unit="位", shape="rank")
    if not may_match(_RANK_WITHOUT_ORDINAL, text):  # speed only
        return
    for match in _RANK_WITHOUT_ORDINAL.finditer(text):  # 位居86位, 由2012年的73位跃升至51位: a rank without 第
        yield Hit(start=match.start(1), end=match.end(), value=float(match.group(1)), value_max=None, unit="位",
                  shape="rank")


def rank_moves(text: str) -> Iterator[Hit]:
    """进位22位, 上升32个名次: the places a rank gained or lost (shape ``rank_change``, a change in 位)."""
    if "位" not in text and "名次" not in text:  # speed only: _RANK_MOVE needs one of them
        return
    for match in _RANK_MOVE.finditer(text):
        yield Hit(start=match.start(1), end=match.end(), value=float(match.group(1)), value_max=None, unit="位",
                  shape="rank_change")


_PLACED = re.compile("(?:放在|摆在|摆到|放到|置于|作为)[^，,。；;]*$")  # 把民生放在全省工作第一位: a priority
# 位居全国百强县投资潜力第3、新型城镇化质量第4、县域经济基本竞争力第5: each item of a list of ranks is one
_LISTED_RANK = re.compile(r"、[^，,。；;：:、\d]{1,16}")
_RANK_WITHOUT_ORDINAL = re.compile(
    r"(?:位居|位列|名列|排名|排在|(?<![安编])排|(?<![安定聚移])居(?:全国|全省|全区|全市|全州|全球|世界)|(?:跃|上|提|攀|回)?升[至到]|(?:跌|降|下降|退|滑落|后移|前移)[至到]|"
    r"(?:由|从)(?:\d{4}年度?|去年|上年)的?|\d{4}年度?的)(\d{1,3})位(?![于置数次])")
_RANK_MOVE = re.compile(
    r"(?:进位|晋位|前移|提升|上升|上升了|前进|后退|下降|下滑|后移)(\d{1,3})(?:个)?(?:位次|名次|位(?![于置数次列居]))")


_CN = "".join(CN_DIGITS)
_TOP = re.compile(f"(?<![\\d{_CN}])前(?P<n>\\d{{1,3}}|[{_CN}十百]{{1,3}})(?P<unit>位|名|强)")
# 增幅连续4年居全国前六（含并列）, 进入全国前十: a rank at most N without its measure word, after a verb of
# standing and a field (not 前三季度, 前10个月)
_TOP_BARE = re.compile(
    "(?:居|进入|跻身|位列|稳居|位居)(?:全国|全省|全区|全市|全州|西部|西北|中西部|东部|中部)"
    f"(?P<top>前(?P<n>\\d{{1,2}}|[{_CN}十]{{1,2}}))(?=$|[,，;；。、（(])")


def tops(text: str) -> Iterator[Hit]:
    """人均GDP进入全国前8位, 全国百强区前50强: a rank at most N (shape ``top``)."""
    if "前" not in text:  # speed only: _TOP needs it
        return
    for match in (*fast(_TOP).finditer(text), *_TOP_BARE.finditer(text)):  # (fast: speed only)
        try:
            value = parse_number(match.group("n"))
        except NumeralError:
            continue
        start = match.start("top") if "top" in match.groupdict() else match.start()
        yield Hit(start=start, end=match.end(), value=value, value_max=None, unit="位", shape="top")


def _class_value(digits: str | None) -> float | None:
    """The number before a magnitude word of a class or milestone (五千亿: 5; 千亿, 万吨级: 1 when none is
    written), or None when it is no number."""
    if not digits:
        return 1.0
    try:
        return parse_number(digits)
    except NumeralError:
        return None


# 迈上五千亿台阶, 跨越八千亿新台阶: a milestone in Chinese numerals without its unit (not the bare class of
# 3个千亿台阶, which counts milestones)
_CN_MILESTONE = re.compile(
    f"(?<![\\d{_CN}十百千万亿个])(?P<n>[{_CN}两]?[十百千]?)(?P<mag>万亿|亿|万)(?P<yuan>元?)(?=新?(?:台阶|大关|关口))")


# 千亿县, GDP万亿城市, 过千亿元区县: the places a size of their economy picks out (not 县域, 县城, 县级)
PLACE_CLASSES = "(?:县市区|区县|县区|县市|城市|地市|县)(?![域城级])"
# 湖北唯一“千亿县”, 浙江的第三座GDP万亿城市: a size class of places (their economy) in Chinese numerals, often
# without its 元 (the unit as written, as for milestones)
_CN_PLACE_CLASS = re.compile(
    f"(?<![\\d{_CN}十百千万亿个])(?P<n>[{_CN}两]?[十百千]?)(?P<mag>万亿|亿)(?P<yuan>元?)级?(?={PLACE_CLASSES})")


def place_classes(text: str) -> Iterator[Hit]:
    if "亿" not in text:  # speed only: the pattern needs it
        return
    for match in _CN_PLACE_CLASS.finditer(text):
        if not match.group("n") and match.group("mag") == "亿":
            continue  # 亿县: no size
        value = _class_value(match.group("n"))
        if value is None:
            continue
        yield Hit(start=match.start(), end=match.end(), value=value, value_max=None,
                  unit=match.group("mag") + match.group("yuan"), threshold=True, shape="place_class")


def milestone_amounts(text: str) -> Iterator[Hit]:
    if "台阶" not in text and "大关" not in text and "关口" not in text:  # speed only: the pattern needs one
        return
    for match in _CN_MILESTONE.finditer(text):  # (站上千亿台阶, 万亿大关: the magnitude word alone is the number)
        value = _class_value(match.group("n"))
        if value is None:
            continue
        yield Hit(start=match.start(), end=match.end(), value=value, value_max=None,
                  unit=match.group("mag") + match.group("yuan"))


# 千亿级产业链, 百亿级项目, 万亿级产业集群: the scale class of what follows (a threshold, shape ``scale``)
_SCALE = re.compile(f"(?<![\\d.{_CN}十百千万亿])(?P<n>\\d+|[{_CN}]?[十百千]?)(?P<mag>万亿|亿)级")


# 万吨级绿氢一体化, 300万吨级CCUS, 百万千瓦级水电站, 千吨级光刻胶产线, 萬噸級以上泊位: the class of a works by its
# capacity or the ships it takes, a threshold as 千亿级 is (its magnitude word part of the unit: 1 万吨, 1000 吨)
_UNIT_SCALE = re.compile(
    f"(?<![\\d.{_CN}十百千万亿])(?P<n>\\d+(?:\\.\\d+)?|[{_CN}]?[十百千]|[{_CN}])?(?P<mag>万|亿)?"
    "(?P<unit>吨|千瓦|兆瓦|吉瓦|卡|标箱|立方米)级(?:及?以上)?")
# 20万吨级航道, 万吨级以上泊位: the tonnage of the ships a berth or channel takes is its grade (as 5A级 is), no size;
# so with what the berth handles between (7万吨级多用途码头, 30万吨级原油码头二期工程)
_SHIP_GRADED = re.compile("(?:的)?[\u4e00-\u9fff]{0,4}?(?:泊位|航道|码头|船|货轮|油轮|港)")


def scales(text: str) -> Iterator[Hit]:
    if "级" not in text:  # speed only: both patterns need it
        return
    for match in _SCALE.finditer(text):
        value = _class_value(match.group("n"))
        if value is None:
            continue
        yield Hit(start=match.start(), end=match.end(), value=value, value_max=None, unit=match.group("mag"),
                  shape="scale")
    for match in _UNIT_SCALE.finditer(text):
        if not (match.group("n") or match.group("mag")) or (
                match.group("unit") == "吨" and _SHIP_GRADED.match(text, match.end())):
            continue  # 吨级 alone sizes nothing; a ship grade is no size class
        value = _class_value(match.group("n"))
        if value is None:
            continue
        yield Hit(start=match.start(), end=match.end(), value=value, value_max=None,
                  unit=(match.group("mag") or "") + match.group("unit"), shape="scale")


# 20万以上人口县, 100万人口以上的城市; 2—3岁幼儿, 0—6岁儿童: a size or an age that picks out the places or
# the people something is for is a condition on them, not a value
# (100-300万人口规模的城市; 城区常住人口100万—300万的Ⅱ型大城市: a class of cities by size)
_CITY = "(?:[ⅠⅡ]型)?(?:超大|特大|大|中等|小)?城市"
_PEOPLE_OF = re.compile(f"(?:的)?人口(?:规模)?(?:以上|以下)?(?:的)?(?P<place>大?县|{_CITY}|市|镇|村|地区)")
# 人口20万以上的县, 人口超过100万的城市: the population said before the size that picks out the places
_POPULATION_BEFORE = re.compile("人口(?:在|超过?|达到?)?$")
_PLACES_AFTER = re.compile(f"(?:以上|以下)?(?:的)?(?P<place>大?县|{_CITY}|市|镇|村|地区)")
_AGED = re.compile("(?:的)?(?:婴幼儿|幼儿|儿童|老年人|老人|青少年|孤儿|新生儿)")
# the words for villages, longest first (30户以上自然村寨 -> 自然村寨, not 自然村)
VILLAGES = "自然村寨|自然村屯|自然村|自然屯|行政村|村寨|村屯|村庄|村组"
# 30户以上自然村寨, 957个50户以上农村木质房屋连片村寨, 20户以上自然村屯: a number of households that picks out
# villages (not 2000户以上农村危房改造, which counts households)
_VILLAGES_OF = re.compile(f"(?:的)?[^，,。；;、:：\\d]{{0,8}}?(?:{VILLAGES})")


# 30分钟上高速, 1.5小时内享受航空服务: the time within which a place is reached is a condition on places
# (group 1: what is reached, which names the condition)
REACHED_WITHIN = re.compile(
    "(?:以?内)?(?:可以?|能够?|即可|就能)?((?:上(?:普通|国家)?(?:高速|国道|高铁)|到达|抵达|通达|享受|覆盖)[^，,。；;、]{0,8})")


# 公交站点500米覆盖率, “500米站点覆盖率”: the distance of a coverage rate is the radius it counts within (a condition
# on the places covered), not a length
_COVERAGE_RADIUS = re.compile("(?:服务)?(?:半径|范围)?(?:站点)?覆盖率")
_RADIUS_UNITS = ("米", "公里")


def coverage_radius(text: str, end: int, unit: str) -> bool:
    """Whether the distance ending at ``end`` is the radius of the coverage rate right after it (站点500米覆盖率)."""
    return unit in _RADIUS_UNITS and bool(_COVERAGE_RADIUS.match(text, end))


def condition_on_people(text: str, end: int, unit: str, start: int | None = None) -> bool:
    """Whether the value ending at ``end`` in ``unit`` (a bare 万/亿, 户, 岁, a time or a distance) picks out places
    by their population, villages by their households, places by how soon they are reached or by their distance
    from what covers them, or people by their age."""
    if coverage_radius(text, end, unit):
        return True
    if unit in ("万", "亿"):
        return bool(populated_place(text, start, end))
    if unit == "户":
        return bool(_VILLAGES_OF.match(text, end))
    if unit in ("分钟", "小时"):
        return bool(REACHED_WITHIN.match(text, end))
    return unit == "岁" and bool(_AGED.match(text, end))


def populated_place(text: str, start: int | None, end: int) -> str:
    """20万以上人口县, 100万人口以上的城市, 人口20万以上的县 -> 县 / 城市: the places a population size picks out
    (the size is said before 人口 or after it), "" when the value is no such condition."""
    after = _PEOPLE_OF.match(text, end)
    if after is None and start is not None and _POPULATION_BEFORE.search(text, max(0, start - 4), start):
        after = _PLACES_AFTER.match(text, end)
    return after.group("place") if after else ""


# 1000亿元-1200亿元, 1400亿元至1600亿元之间, 50亿元—100亿元项目: a range whose unit is written on both ends is found
# as two values; they are one range. Not a change and the level it reached (增46.58亿元至25809.68亿元,
# 由729万人到732万人): after a verb of change or 从/由, 至 and 到 join a change to a level, not the ends of a range
_RANGE_GAP = re.compile(rf"\s?(?:{P.RANGE_SEP}|－)\s?")
_CHANGE_OR_START_BEFORE = re.compile(
    "(?:从|由)[^，,。；;、]{0,12}$|(?:增|增加|增长|减少|下降|降低|提高|提升|上升|回落|扩大|缩小|上调|下调|调增|调减|净增|减)$")
_WORD_GAPS = ("至", "到")


def joined_ranges(text: str, hits: list[Hit]) -> list[Hit]:
    """Join two values of one unit written as the two ends of a range into one ``range`` hit."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        joined = _joined(text, hits[i], nxt) if nxt is not None else None
        out.append(joined or hits[i])
        i += 2 if joined else 1
    return out


def _joined(text: str, low: Hit, high: Hit) -> Hit | None:
    if low.shape != "number" or high.shape != "number" or not low.unit or low.unit != high.unit:
        return None
    if low.value is None or high.value is None or low.suffix or low.approx or low.value_max or high.value_max:
        return None
    gap = text[low.end:high.start]
    negative = not gap and high.value < 0 and text[high.start] in "-－"
    word = "-" if negative else gap.strip()
    if not (negative or _RANGE_GAP.fullmatch(gap)) or not 0 <= low.value < abs(high.value):
        return None
    if word in _WORD_GAPS and _CHANGE_OR_START_BEFORE.search(text, max(0, low.start - 16), low.start):
        return None
    return replace(high, start=low.start, value=low.value, value_max=abs(high.value), shape="range",
                   threshold=low.threshold or high.threshold)
