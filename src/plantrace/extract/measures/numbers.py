"""Number parsing: Arabic (decimals, thousands separators), Chinese numerals, fractions."""

from __future__ import annotations

import re

CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿"

ARABIC_PATTERN = r"\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?"
CHINESE_PATTERN = f"[{CN_NUMERAL_CHARS}]+"
_ARABIC_FULL = re.compile(f"^(?:{ARABIC_PATTERN})$")
_FRACTION = re.compile(f"^([{CN_NUMERAL_CHARS}]+)分之([{CN_NUMERAL_CHARS}]+)$")


class NumberFormatError(ValueError):
    """A string that is not a number in any form we read."""


def parse_arabic(text: str) -> float:
    """``"1,234.5"`` -> 1234.5. Thousands separators must group by three."""
    if not _ARABIC_FULL.match(text):
        raise NumberFormatError(f"not an Arabic number: {text!r}")
    return float(text.replace(",", ""))


def _parse_section(text: str) -> int:
    """A Chinese numeral below 10,000 (``三千零五``, ``十四``, ``一百二十``)."""
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            total += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        else:
            raise NumberFormatError(f"not a Chinese numeral: {text!r}")
    return total + (digit or 0)


def _is_digit_string(text: str) -> bool:
    return len(text) > 1 and all(ch in CN_DIGITS for ch in text)


def parse_chinese(text: str) -> int:
    """``"一百二十"`` -> 120, ``"两万"`` -> 20000, ``"二〇三五"`` -> 2035 (digit by digit)."""
    if not text:
        raise NumberFormatError("empty numeral")
    if _is_digit_string(text):
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total, rest = 0, text
    for big in ("亿", "万"):
        if big in rest:
            head, rest = rest.split(big, 1)
            total += (_parse_section(head) if head else 1) * CN_BIG_UNITS[big]
    return total + _parse_section(rest) if rest else total


def parse_fraction(text: str) -> float:
    """``"四分之一"`` -> 0.25."""
    match = _FRACTION.match(text)
    if not match:
        raise NumberFormatError(f"not a Chinese fraction: {text!r}")
    denominator = parse_chinese(match.group(1))
    if denominator == 0:
        raise NumberFormatError(f"zero denominator: {text!r}")
    return parse_chinese(match.group(2)) / denominator


def parse_number(text: str) -> float:
    """Any single number as written: Arabic, Chinese numeral, or Chinese fraction."""
    text = text.strip()
    if text and (text[0].isdigit()):
        return parse_arabic(text)
    if "分之" in text:
        return parse_fraction(text)
    if text == "半":
        return 0.5
    return float(parse_chinese(text))


def to_chinese(number: int) -> str:
    """Render a non-negative integer below 10^12 as a Chinese numeral (the inverse of parse_chinese)."""
    if number == 0:
        return "零"
    parts: list[str] = []
    rest = number
    for big, size in (("亿", 100_000_000), ("万", 10_000)):
        head, rest = divmod(rest, size)
        if head:
            parts.append(_render_below_10000(head, lead=not parts) + big)
            if rest and rest < size // 10:
                parts.append("零")
        elif parts and rest:
            parts.append("零")
    if rest:
        parts.append(_render_below_10000(rest, lead=not parts))
    text = "".join(parts)
    return text.replace("零零", "零")


def _render_below_10000(number: int, lead: bool) -> str:
    out, zero = "", False
    for size, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, number = divmod(number, size)
        if digit:
            if zero and out:
                out += "零"
            skip_one = size == 10 and digit == 1 and not out and lead
            out += ("" if skip_one else "零一二三四五六七八九"[digit]) + name
            zero = False
        elif out:
            zero = True
    return out
