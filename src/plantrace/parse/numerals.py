"""Chinese and Arabic numerals as written in heading markers: 十四 -> 14, 〇 -> 0."""

from __future__ import annotations

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS)


def cn_to_int(text: str) -> int | None:
    """Value of a small Chinese numeral (一 … 九千九百九十九), or of Arabic digits; None if not one."""
    if not text:
        return None
    if text.isdigit() and text.isascii():
        return int(text)
    if len(text) == 1 and text in CIRCLED:
        return CIRCLED.index(text) + 1
    if all(ch in CN_DIGITS for ch in text) and len(text) > 1:
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    return _positional(text)


def _positional(text: str) -> int | None:
    """十四 -> 14, 二十一 -> 21, 一百零五 -> 105; units must fall (百 before 十), 十 may open bare."""
    total, digit, last_unit = 0, None, 10_000
    for position, ch in enumerate(text):
        if ch in CN_DIGITS:
            if digit is not None and CN_DIGITS[ch] != 0:
                return None
            digit = None if CN_DIGITS[ch] == 0 else CN_DIGITS[ch]
            continue
        unit = CN_UNITS.get(ch)
        if unit is None or unit >= last_unit or (digit is None and not (ch == "十" and position == 0)):
            return None
        total += (1 if digit is None else digit) * unit
        digit, last_unit = None, unit
    return total + (digit or 0)
