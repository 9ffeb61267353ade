"""Word automatic numbering: the label (第一章, 第一节, 一、, 1.) a paragraph shows but its runs do not hold.

Word keeps the numbering definitions in ``word/numbering.xml``: an ``abstractNum`` has one ``lvl``
per list level (start value, number format, ``lvlText`` like ``第%1章``), a ``num`` points to an
``abstractNum`` and may override start values. A paragraph takes part through ``w:numPr`` in its own
properties or in its style (following ``basedOn``). Counters run per list and a level's counter
restarts when a higher level advances.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "〇一二三四五六七八九"
_TRADITIONAL = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_PLACEHOLDER = re.compile(r"%([1-9])")
_NO_SPACE_AFTER = tuple("、.．)）:：")


def _chinese(n: int, digits: str = _DIGITS, ten: str = "十", hundred: str = "百") -> str:
    """1..999 the way Word's chineseCounting prints them (十, 十一, 二十, 一百零五)."""
    if n <= 0 or n >= 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    out = digits[hundreds] + hundred if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + ten
    elif hundreds and units:
        out += "零"
    if units:
        out += digits[units]
    return out


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """The counter ``n`` in Word's number format ``fmt`` (ECMA-376 ST_NumberFormat)."""
    formats: dict[str, Callable[[], str]] = {
        "chineseCounting": lambda: _chinese(n),
        "chineseCountingThousand": lambda: _chinese(n),
        "ideographDigital": lambda: "".join(_DIGITS[int(d)] for d in str(n)),
        "chineseLegalSimplified": lambda: _chinese(n, _TRADITIONAL, "拾", "佰"),
        "ideographTraditional": lambda: _HEAVENLY[(n - 1) % 10],
        "lowerLetter": lambda: _letters(n),
        "upperLetter": lambda: _letters(n).upper(),
        "lowerRoman": lambda: _roman(n),
        "upperRoman": lambda: _roman(n).upper(),
        "decimalEnclosedCircle": lambda: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
        "decimalEnclosedCircleChinese": lambda: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
        "decimalZero": lambda: f"{n:02d}",
        "decimalFullWidth": lambda: str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}),
        "none": lambda: "",
    }
    return formats.get(fmt, lambda: str(n))()


@dataclass(frozen=True, slots=True)
class _Lvl:
    start: int
    fmt: str
    text: str | None
    restart: int | None  # restart after this 1-based level advances; None: after any higher level


def _val(element: Any, tag: str) -> str | None:
    child = element.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _levels(abstract: Any) -> dict[int, _Lvl]:
    levels: dict[int, _Lvl] = {}
    for lvl in abstract.findall(f"{_W}lvl"):
        restart = _val(lvl, "lvlRestart")
        levels[_int(lvl.get(f"{_W}ilvl"), 0)] = _Lvl(
            start=_int(_val(lvl, "start"), 1), fmt=_val(lvl, "numFmt") or "decimal",
            text=_val(lvl, "lvlText"), restart=None if restart is None else _int(restart, 0),
        )
    return levels


@dataclass
class Numbering:
    """The numbering definitions of one document and the running counters while reading it."""

    lists: dict[str, dict[int, _Lvl]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_part(cls, element: Any | None) -> Numbering:
        if element is None:
            return cls()
        abstracts = {a.get(f"{_W}abstractNumId"): _levels(a) for a in element.findall(f"{_W}abstractNum")}
        lists: dict[str, dict[int, _Lvl]] = {}
        for num in element.findall(f"{_W}num"):
            levels = dict(abstracts.get(_val(num, "abstractNumId"), {}))
            for override in num.findall(f"{_W}lvlOverride"):
                ilvl = _int(override.get(f"{_W}ilvl"), 0)
                start = _val(override, "startOverride")
                if ilvl in levels and start is not None:
                    old = levels[ilvl]
                    levels[ilvl] = _Lvl(_int(start, old.start), old.fmt, old.text, old.restart)
            lists[num.get(f"{_W}numId") or ""] = levels
        return cls(lists=lists)

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the list's counter at ``ilvl`` and return the label Word prints ("" for none/bullets)."""
        levels = self.lists.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        lvl = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else lvl.start
        for lower, spec in levels.items():
            if lower > ilvl and spec.restart != 0 and (spec.restart is None or spec.restart <= ilvl + 1):
                counters.pop(lower, None)
        if lvl.fmt == "bullet" or not lvl.text:
            return ""

        def number(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            spec = levels.get(level)
            if spec is None:
                return ""
            return format_number(counters.get(level, spec.start), spec.fmt)

        return _PLACEHOLDER.sub(number, lvl.text)


def join_label(label: str, text: str) -> str:
    """``第一章`` + ``总体要求`` -> ``第一章 总体要求``; ``一、`` + ``目标`` -> ``一、目标``."""
    if not label:
        return text
    if not text or label.endswith(_NO_SPACE_AFTER):
        return label + text
    return f"{label} {text}"
