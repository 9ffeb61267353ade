"""The one reader of numbers as Chinese documents write them, for every stage.

Chinese numerals are read by cn2an (a well-kept library, "normal" mode: 两千, 一万二, 一百零五,
二〇三五 digit by digit); this module only adds what documents write around it: Arabic numbers with
thousands separators, circled numbers (①), the zero look-alikes of scanned and typed text (○, O),
fractions (四分之一, 百分之十三点四), 半, and a bare magnitude word standing for one of it (百万 = 一百万). Anything
cn2an does not read as one number (十十, 十二五, 亿万) is no number.
"""

from __future__ import annotations

import functools
import itertools
import re

CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_MAGNITUDES = "十百千万亿"
CN_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

ARABIC_PATTERN = r"\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?"
_ARABIC_FULL = re.compile(f"^(?:{ARABIC_PATTERN})$")
CN_DECIMAL = "点[〇零一二三四五六七八九]+"  # 十三点四, 零点八: the digits after the point, read one by one
_CHINESE = re.compile(f"^[{CN_NUMERAL_CHARS}○O]+(?:{CN_DECIMAL})?$")
_FRACTION = re.compile(f"^([{CN_NUMERAL_CHARS}]+)分之([{CN_NUMERAL_CHARS}]+(?:{CN_DECIMAL})?)$")
_ZERO_LOOKALIKES = str.maketrans({"○": "〇", "O": "〇"})


class NumeralError(ValueError):
    """A string that is not a number in any form the documents write."""


def parse_arabic(text: str) -> float:
    """``"1,234.5"`` -> 1234.5. Thousands separators must group by three."""
    if not _ARABIC_FULL.match(text):
        raise NumeralError(f"not an Arabic number: {text!r}")
    return float(text.replace(",", ""))


@functools.lru_cache(maxsize=8192)
def _cn2an(text: str) -> float | None:
    bare = set(text) <= set("百千万亿")  # 百万, 万亿: a magnitude word alone stands for one of it
    candidates = (text, "一" + text) if bare else (text,)
    if bare and len(text) == 1:
        candidates = ("一" + text,)  # cn2an reads no lone magnitude word (百, 千): straight to 一百, 一千
    for candidate in candidates:
        value = _plain_value(candidate)
        if value is None:
            value = _library_value(candidate)
        if value is not None:
            return value
    return None


_DIGIT_VALUES = {ch: str(v) for ch, v in CN_DIGITS.items() if ch not in "○O"}
_ONE_TO_NINE = "一二两三四五六七八九"
_TENS = re.compile(f"^([{_ONE_TO_NINE}])?十([{_ONE_TO_NINE}])?$")
_HUNDREDS = re.compile(f"^([{_ONE_TO_NINE}])([百千])$")


def _plain_value(text: str) -> float | None:
    """What cn2an reads from the commonest numerals, without importing it (0.1 s of every start, its
    configuration and ~250 patterns): digits one by one (二〇三五, 三三), 十 with a digit on either side, one
    digit and 百 or 千. None for anything else. ``tests/test_numerals.py`` checks every such string of up to
    four characters against cn2an."""
    if all(ch in _DIGIT_VALUES for ch in text):
        return float(int("".join(_DIGIT_VALUES[ch] for ch in text)))
    tens = _TENS.match(text)
    if tens:
        high, low = tens.groups()
        return float((int(_DIGIT_VALUES[high]) if high else 1) * 10 + (int(_DIGIT_VALUES[low]) if low else 0))
    hundreds = _HUNDREDS.match(text)
    if hundreds:
        return float(int(_DIGIT_VALUES[hundreds.group(1)]) * (100 if hundreds.group(2) == "百" else 1000))
    return None


# 三亿一千: what cn2an writes for 300001000 it does not read back; with its zero (三亿零一千) it does
_YI_THEN_THOUSANDS = re.compile(f"亿(?=[{_ONE_TO_NINE}]千[^万]*$)")


def _library_value(text: str) -> float | None:
    import cn2an  # imported on first use: it loads its configuration once

    try:
        return float(cn2an.cn2an(text, "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        bridged = _YI_THEN_THOUSANDS.sub("亿零", text, count=1)
        return _library_value(bridged) if bridged != text else None


def chinese_value(text: str) -> float | None:
    """A Chinese numeral's value (一百零五 -> 105, 两千 -> 2000, 一万二 -> 12000, 二〇三五 -> 2035, 十三点四 -> 13.4),
    or None when the characters are not one number (十十, 十二五)."""
    if not text or not _CHINESE.match(text) or not _units_fall(text.partition("点")[0]):
        return None
    return _cn2an(text.translate(_ZERO_LOOKALIKES))


_SMALL_UNITS = {"十": 1, "百": 2, "千": 3}


def _units_fall(text: str) -> bool:
    """Within each 万/亿 section the units fall (千 before 百 before 十): cn2an is lenient with 千千〇."""
    for section in re.split("[万亿]", text):
        sizes = [_SMALL_UNITS[ch] for ch in section if ch in _SMALL_UNITS]
        if any(a <= b for a, b in itertools.pairwise(sizes)):
            return False
    return True


def cn_int(text: str) -> int | None:
    """A whole number written in Chinese or Arabic digits, or a circled number; None if not one."""
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if len(text) == 1 and text in CIRCLED:
        return CIRCLED.index(text) + 1
    value = chinese_value(text)
    return int(value) if value is not None and value == int(value) else None


def parse_fraction(text: str) -> float:
    """``"四分之一"`` -> 0.25."""
    match = _FRACTION.match(text)
    denominator = chinese_value(match.group(1)) if match else None
    numerator = chinese_value(match.group(2)) if match else None
    if denominator is None or numerator is None or denominator == 0:
        raise NumeralError(f"not a Chinese fraction: {text!r}")
    return numerator / denominator


def parse_number(text: str) -> float:
    """Any single number as written: Arabic, Chinese numeral, Chinese fraction or 半."""
    text = text.strip()
    if text and text[0].isdigit():
        return parse_arabic(text)
    if "分之" in text:
        return parse_fraction(text)
    if text == "半":
        return 0.5
    value = chinese_value(text)
    if value is None:
        raise NumeralError(f"not a number: {text!r}")
    return value

