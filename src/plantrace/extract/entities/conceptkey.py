"""A normalised key for named concepts: simplified, unquoted, numerals as Arabic digits."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_RUN = re.compile(r"[一二两三四五六七八九十百千](?:[一二两三四五六七八九十百千]|(?<=[百千])[零〇])*")
_NOISE = re.compile(r"[\s“”\"'‘’「」『』《》·、,,]")


def chinese_number(run: str) -> str:
    """一百 -> 100; 十九 -> 19; 两 -> 2; a run that is not one number (四五) -> digit by digit."""
    total, current, used_unit = 0, 0, False
    for char in run:
        if char in _DIGITS:
            if current and not used_unit:
                return "".join(str(_DIGITS.get(c, _UNITS.get(c, 0))) for c in run)
            current = _DIGITS[char]
            used_unit = False
        else:
            total += (current or 1) * _UNITS[char]
            current, used_unit = 0, True
    return str(total + current)


def concept_key(name: str) -> str:
    """“建党一百周年” -> 建党100周年; 四个出新出彩 -> 4出新出彩; “一区一谷一圈” -> 1区1谷1圈."""
    text = _NOISE.sub("", name)
    text = _RUN.sub(lambda m: chinese_number(m.group()), text).replace("双", "2")
    return re.sub(r"(\d)个", r"\1", text)
