"""Dates and periods of a document: when it was issued, which years it covers.

Rules come from ``data/metadata.toml``; everything reads the simplified layer of kept lines.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from plantrace.numerals import cn_int as cn_int  # the shared reader of numerals

_YEAR = re.compile(r"((?:19|20)\d\d)年")
FIRST_FYP_STARTS = {1: 1953, 2: 1958}  # the 3rd plan started in 1966 after three years of adjustment


@functools.lru_cache(maxsize=1)
def metadata_rules() -> dict[str, Any]:
    text = resources.files("plantrace.data").joinpath("metadata.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True, slots=True)
class YearRule:
    pattern: re.Pattern[str]
    offset: int


@functools.lru_cache(maxsize=1)
def _year_rules() -> tuple[YearRule, ...]:
    rules = metadata_rules()["report_year"]["rule"]
    return tuple(YearRule(re.compile(rule["pattern"]), int(rule["offset"])) for rule in rules)


@functools.lru_cache(maxsize=16)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def issued_date(simps: Sequence[str]) -> str | None:
    """The delivery/issue date near the top: ``——2021年1月29日在…``, a date line, an approval note."""
    rules = metadata_rules()["issued"]
    head = simps[: int(rules["search_lines"])]
    for pattern in rules["patterns"]:
        for simp in head:
            if (match := _compiled(pattern).search(simp)) and (found := _iso(*map(int, match.groups()[:3]))):
                return found
    cn = _compiled(rules["cn_date"])
    for simp in head:
        if match := cn.search(simp):
            found = _iso(*(cn_int(group) for group in match.groups()))
            if found:
                return found
    return None


def _last_year(match: re.Match[str]) -> int | None:
    years = [group for group in match.groups() if group and group.isdigit() and len(group) == 4]
    return int(years[-1]) if years else None


def _year_by_pairs(simps: Sequence[str]) -> int | None:
    """Fallback: the year Y such that Y-1 (reviewed) and Y (planned) are mentioned most together; the year
    after Y when Y is the latest year named and the text tells it as results (:func:`_told_as_results`)."""
    counts = Counter(int(year) for simp in simps for year in _YEAR.findall(simp))
    pairs = {year: counts[year - 1] + counts[year] for year in counts if counts[year - 1]}
    if not pairs:
        return None
    year = max(pairs, key=lambda year: (pairs[year], year))
    return year + 1 if year == max(counts) and _told_as_results(simps, year) else year


_SENTENCE = re.compile(r"[^。！？!?\n]+")


def _told_as_results(simps: Sequence[str], year: int) -> bool:
    """Whether the sentences naming ``year`` state its results (突破, 截至…) more often than its plans
    (目标, 安排, 力争 …; a sentence with a word of plans is a plan)."""
    rules = metadata_rules()["report_year"]
    planned, reviewed = _compiled(rules["planned"]), _compiled(rules["reviewed"])
    said = [s for simp in simps for s in _SENTENCE.findall(simp) if f"{year}年" in s]
    plans = sum(1 for s in said if planned.search(s))
    results = sum(1 for s in said if not planned.search(s) and reviewed.search(s))
    return results > plans


def report_year(simps: Sequence[str]) -> int | None:
    """The year a work report plans for (the year it is delivered in)."""
    for rule in _year_rules():
        for simp in simps:
            if (match := rule.pattern.search(simp)) and (year := _last_year(match)):
                return year + rule.offset
    return _year_by_pairs(simps)


def fyp_years(ordinal: int) -> tuple[int, int]:
    """The years of the n-th five-year plan: 11 -> (2006, 2010), 14 -> (2021, 2025)."""
    start = FIRST_FYP_STARTS.get(ordinal, 1966 + 5 * (ordinal - 3))
    return start, start + 4


def explicit_period(simps: Sequence[str]) -> tuple[int, int] | None:
    """A written range ``(2021—2025年)`` in the first of ``simps`` that has one."""
    pattern = _compiled(metadata_rules()["period"]["explicit"])
    for simp in simps:
        for match in pattern.finditer(simp):
            start, end = int(match.group(1)), int(match.group(2))
            if 1949 <= start < end <= start + 30:
                return start, end
    return None


def ordinal_period(simps: Sequence[str]) -> tuple[int, int] | None:
    """``第十四个五年`` / ``十四五`` in the first of ``simps`` that has one."""
    pattern = _compiled(metadata_rules()["period"]["ordinal"])
    for simp in simps:
        if match := pattern.search(simp):
            unit = match.group(2) or match.group(3)
            ordinal = cn_int(match.group(1)) if match.group(1) else 10 + (cn_int(unit) or 0)
            if ordinal and 1 <= ordinal <= 30:
                return fyp_years(ordinal)
    return None
