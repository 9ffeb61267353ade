"""A normalised key for named concepts: simplified, unquoted, numerals as Arabic digits."""

from __future__ import annotations

import re

from plantrace.numerals import cn_int

_RUN = re.compile(r"[一二两三四五六七八九十百千](?:[一二两三四五六七八九十百千]|(?<=[百千])[零〇])*")
_NOISE = re.compile(r"[\s“”\"'‘’「」『』《》·、,,]")


def chinese_number(run: str) -> str:
    """一百 -> 100; 十九 -> 19; 两 -> 2; a run that is not one number (十十) -> each character read alone."""
    value = cn_int(run)
    if value is not None:
        return str(value)
    return "".join(str(cn_int(ch) if cn_int(ch) is not None else ch) for ch in run)


def concept_key(name: str) -> str:
    """“建党一百周年” -> 建党100周年; 四个出新出彩 -> 4出新出彩; “一区一谷一圈” -> 1区1谷1圈."""
    text = _NOISE.sub("", name)
    text = _RUN.sub(lambda m: chinese_number(m.group()), text).replace("双", "2")
    return re.sub(r"(\d)个", r"\1", text)
