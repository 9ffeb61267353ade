"""Line joining: the text the measure scanner reads for one physical line.

A web or PDF page splits numbers with spaces (``5 221 km``) and leaves converter pinyin after
characters (``萬(wàn)``); a line break can split a unit from its number (``1200`` / ``亿元``). The
joined line keeps the raw text and an index back to it, so offsets stay those of the source.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import cache

from plantrace.extract.measures.metric import clean_name
from plantrace.extract.measures.units import unit_table
from plantrace.models import Line
from plantrace.prefilter import fast, may_match

# Spaces that split one number (PDF and web text): thousands groups (5 221, 108 344), a space
# before the decimal point (30 .7%, 6 . 5%) or the percent sign (18.11 %), a digit split from a decimal
# (1 2.3%), a space before a Latin unit (172 km) or inside one (km /万km2). Only the measure
# scanner reads the joined text; offsets map back to the raw line through the line's index.
_SPLIT_NUMBER = tuple(re.compile(p) for p in (
    r"(?<![\d.])\d{1,3}(?: \d{3})+(?![\d])",
    r"\d \. ?\d",  # (6 . 5%左右: spaces on both sides of the point)
    r"(?<![\d.])\d{2,}\. \d(?![\d.])",  # 119319. 1: a space after the decimal point (a PDF table)
    r"\d %",
    r"(?<![\d.\-—~])\d{1,2} \d{1,3}\.\d+(?=%)",
    r"\d (?:km|m|t|kg|kW|kWh|kV|MW|GW|GWh)(?![A-Za-z])",
    r"\d ?(?:km|m|t)\d? /(?=[\u4e00-\u9fffA-Za-z])",
))
# pinyin that a converter left after characters (实(shí)现(xiàn), 萬(wàn)), also where the converter
# lost the opening bracket with the character before it (通車?yán)锍?): dropped whole
_PINYIN = re.compile("[(?](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\\)")

# an ASCII ? right after a character is one the converter could not write (公路通車?yán)锍? 17.9萬公里),
# never a question mark (the text writes ？): it is dropped so the words around it stay one name
_LOST_CHARACTER = re.compile("(?<=[\u4e00-\u9fff])\\?")
# …unless a question word stands before it in its clause (哪些省份变化比较明显?西藏…): a question, asked
# on a page that writes ASCII punctuation
_ASKED = re.compile("(?:哪|什么|为何|何时|多少|怎么|如何|吗|呢)[^,，。;；!！?？]*$")
# a comma a converter wrote before each mark of the text (新一代工業信息技術,、高端化工,、…分別增長29.7%,、24.1%,、…;
# 增長12.6%,,分別高于…; 省委,、省政府): dropped, so a list's items and values stay joined by their own mark (not
# after a digit: 2020,,2021 could be a row's empty cell)
_DOUBLED_MARK = re.compile(r"(?<!\d),(?=[、,;。:])")

_NEIGHBOUR = 16
# a number ending the line, with its magnitude or not (1200 / 亿元; 2916.53 万 / 人; 20 多万 / 平方米: a PDF line
# break between a magnitude and its unit)
_MAGNITUDE_END = r"(?: ?多)?(?: ?(?:万亿|千万|百万|亿|万))?$"
_ENDS_IN_NUMBER = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?" + _MAGNITUDE_END)
_WORDS_BEFORE_NUMBER = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]{0,2}\d+(?:\.\d+)?" + _MAGNITUDE_END)


def line_neighbours(
    by_number: Mapping[int, Line], number: int, heads: Collection[int] = ()
) -> tuple[str, str]:
    """(start of the next line, end of the previous one) of line ``number``; a heading (a line of
    ``heads``) is no neighbour whose words run on."""
    nxt = by_number.get(number + 1) if number + 1 not in heads else None
    prev = by_number.get(number - 1) if number - 1 not in heads else None
    return (nxt.simp[:_NEIGHBOUR] if nxt else "", prev.simp[-_NEIGHBOUR:] if prev else "")


@cache
def _units_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """The written units (magnitude + unit) grouped by length, longest first."""
    forms = unit_table().written_forms()
    return tuple((size, frozenset(f for f in forms if len(f) == size))
                 for size in sorted({len(f) for f in forms}, reverse=True))


def _unit_start(text: str) -> str:
    """The unit ``text`` opens with: %, else the longest written unit it starts with; "" when none (what an
    alternation of % and the units, longest first, matches, without compiling one: it is long)."""
    if text.startswith("%"):
        return "%"
    for size, forms in _units_by_length():
        if text[:size] in forms:
            return text[:size]
    return ""


def unit_broken_off(text: str, next_head: str) -> str:
    """全年地区生产总值达到1200 / 亿元，…: the unit a line break split from the number ending this line."""
    if not next_head or not _ENDS_IN_NUMBER.search(text) or not _WORDS_BEFORE_NUMBER.search(text):
        return ""  # P. 5 / 个省…: a page number is no value whose unit broke off
    return _unit_start(next_head)


# 城镇新增就业5万人以 / 上，…; 控制在5.5% / 以内: the word after a value that a line break split from it (the rest of
# 以上/以下/以内/左右, or the whole word opening the next line)
_WORD_REST = {"以": ("上", "下", "内"), "左": ("右",)}
_WORDS_AFTER = ("以上", "以下", "以内", "左右")
_ENDS_IN_VALUE = re.compile(r"\d(?:\.\d+)?[^\d\s,，;；。:：、()（）]{0,5}$")


def comparator_broken_off(text: str, next_head: str) -> str:
    """The part of a comparator word a line break split from the value ending this line ("" when none)."""
    if not next_head:
        return ""
    rest = _WORD_REST.get(text[-1:], ())
    if rest and next_head.startswith(rest) and _ENDS_IN_VALUE.search(text, 0, len(text) - 1):
        return next_head[0]
    if next_head.startswith(_WORDS_AFTER) and _ENDS_IN_VALUE.search(text):
        return next_head[:2]
    return ""


def continues_number(text: str, prev_tail: str) -> bool:
    """亿元，增长6.5% after a line ending in 1200: the unit opening this line belongs to that number."""
    return bool(prev_tail) and bool(_ENDS_IN_NUMBER.search(prev_tail)) and bool(_unit_start(text))


# a superscript the page could not write after a metre (27088.1億m?, 425m?): km? is an area; m? is a
# volume where the sentence speaks of water or amounts (用水量, 水资源总量), an area where it speaks of
# floors and land (面积, 用地), else left as it is
_LOST_SUPERSCRIPT = re.compile(r"(?<=[\d亿万千])(k?)m\?")
_VOLUME_WORDS = re.compile("水|量|容|流")
_AREA_WORDS = re.compile("面积|建筑|用地|住房|绿地|场地")
_SUPERSCRIPT_REACH = 30


# a superscript written as one (27462.5亿m³, 56.7km², 1.2万hm², 32μg/m³) is read as its digit, as the unit table
# writes it (亿m3, km2): the compatibility form, like a full-width letter; and a compound unit's dot in another
# glyph (千瓦・时, 千瓦•时, kW‧h) is the middle dot of the table (千瓦·时, 吨·公里)
_SUPERSCRIPT_DIGITS = {"²": "2", "³": "3"}
_OTHER_DOTS = "・•‧･∙⋅"
_SUPERSCRIPT = re.compile(f"(?<=[A-Za-z])[{''.join(_SUPERSCRIPT_DIGITS)}]")
_UNIT_DOT = re.compile(f"(?<=[瓦吨人tW])[{_OTHER_DOTS}](?=[时公kh])")
_WRITTEN_FORMS = re.compile(f"[{''.join(_SUPERSCRIPT_DIGITS)}{_OTHER_DOTS}]")


def _superscripts(line: Line) -> Line:
    """The line with each lost or written superscript as its digit and each compound unit's dot as ``·``
    (same length, same index)."""
    chars = list(line.simp)
    for match in _LOST_SUPERSCRIPT.finditer(line.simp):
        around = line.simp[max(0, match.start() - _SUPERSCRIPT_REACH):match.start()]
        if match.group(1) or _AREA_WORDS.search(around):
            chars[match.end() - 1] = "2"
        elif _VOLUME_WORDS.search(around):
            chars[match.end() - 1] = "3"
    for match in _SUPERSCRIPT.finditer(line.simp):
        chars[match.start()] = _SUPERSCRIPT_DIGITS[match.group()]
    for match in _UNIT_DOT.finditer(line.simp):
        chars[match.start()] = "·"
    simp = "".join(chars)
    if simp == line.simp:
        return line
    text = "".join(c if line.simp[i] != c else line.text[i] for i, c in enumerate(chars))
    return Line(number=line.number, raw=line.raw, text=text, simp=simp, index=line.index)


def joined_numbers(line: Line) -> Line:
    """The line with the spaces inside its numbers removed (``5 221 km`` -> ``5221km``), same raw."""
    written = _WRITTEN_FORMS.search(line.simp) is not None
    doubled = "," in line.simp and _DOUBLED_MARK.search(line.simp) is not None
    if " " not in line.simp and "(" not in line.simp and "?" not in line.simp and not written and not doubled:
        return line
    line = _superscripts(line) if "m?" in line.simp or written else line
    drop: set[int] = set()
    for match in _PINYIN.finditer(line.simp) if may_match(_PINYIN, line.simp) else ():  # (speed only)
        drop.update(range(match.start(), match.end()))
    for match in _LOST_CHARACTER.finditer(line.simp) if may_match(_LOST_CHARACTER, line.simp) else ():
        if not _ASKED.search(line.simp, max(0, match.start() - _NEIGHBOUR), match.start()):
            drop.add(match.start())
    for match in _DOUBLED_MARK.finditer(line.simp) if doubled else ():
        drop.add(match.start())
    for pattern in (p for p in _SPLIT_NUMBER if may_match(p, line.simp)):  # (speed only)
        for match in fast(pattern).finditer(line.simp):
            drop.update(i for i in range(match.start(), match.end()) if line.simp[i] == " ")
    if not drop:
        return line
    keep = [i for i in range(len(line.simp)) if i not in drop]
    return Line(number=line.number, raw=line.raw, text="".join(line.text[i] for i in keep),
                simp="".join(line.simp[i] for i in keep), index=tuple(line.index[i] for i in keep))


_BROKEN_PIECE = 8  # a PDF line break splits a name at most this many characters from its start


def broken_name(prev_tail: str, text: str, clause_start: int, metric: str) -> str:
    """溉为 63% after a line ending …农田灌, 值(当年价)用水量 118m3 after …万元国内生产总: a name a PDF line
    break split, completed with the previous line's last words. Only when that line is prose running
    on (as long as the tail kept, no mark at its end) and the value's clause opens this line."""
    if clause_start == 0 and not metric and len(prev_tail) < _NEIGHBOUR and _LABEL.fullmatch(prev_tail):
        return clean_name(prev_tail)  # 一般公共预算收入 / 479.89亿元 同比增长45.8%: a label line over its value
    if clause_start != 0 or len(prev_tail) < _NEIGHBOUR or not _CJK_END.search(prev_tail):
        return metric
    if not metric:  # 79L/d。 after …,农村居民人均生活用水量: a value opening its line is named by the clause
        return _run_on_name(prev_tail)  # ending the line before
    if metric and not text.startswith(metric[:1]):
        return metric  # the name does not start the line: nothing was split from it
    cut = max(prev_tail.rfind(ch) for ch in _NAME_BREAKS)
    piece = prev_tail[cut + 1:]
    if cut == -1 or not 1 <= len(piece) <= _BROKEN_PIECE:
        return metric
    return piece + metric


_CJK_END = re.compile("[\u4e00-\u9fff)）]$")
_CLAUSE_STOPS = ",，;；。:："
# 其中出口181.2亿元: a value (a number and its unit) ending a clause
_VALUE_END = re.compile("\\d+(?:\\.\\d+)?[万亿千百]*[\u4e00-\u9fff%％]{0,2}$")


def _run_on_name(prev_tail: str) -> str:
    """The name a PDF line break left at the end of the previous line: its last clause (进口原油、机电产品同比分别增长
    -> 进口原油、机电产品), or, when that clause only says how (同比增长), the name of the value before it
    (其中出口181.2亿元,同比增长 / 28.3% -> 出口)."""
    cut = max(prev_tail.rfind(ch) for ch in _CLAUSE_STOPS)
    name = clean_name(prev_tail[cut + 1:])
    if len(name) >= 2 or cut == -1:
        return name if len(name) >= 2 else ""
    before = prev_tail[max(prev_tail.rfind(ch, 0, cut) for ch in _CLAUSE_STOPS) + 1:cut]
    if not _VALUE_END.search(before):
        return ""
    name = clean_name(_VALUE_END.sub("", before))
    return name if len(name) >= 2 else ""
_LABEL = re.compile("[\u4e00-\u9fff]{2,15}")  # a whole short line of words alone: no number, no mark
_NAME_BREAKS = ",，;；。:：、 "
