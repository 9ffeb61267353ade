"""Factors a passage's relevance is multiplied by in :mod:`plantrace.search.ranking`, beside BM25 and the share of
the query it covers: what the passage is about (a list entry or its opening words), and the year the query names
or counts from the report (去年)."""

from __future__ import annotations

import json
import re
from typing import Any

from plantrace.search.numeric import report_year
from plantrace.search.query import ParsedQuery
from plantrace.search.tokens import fold

Row = dict[str, Any]

_YEAR_BOOST = 1.5  # a passage of a document whose period covers the year the query names
_LIST_FACTOR = 0.6  # a passage naming the query's words only as list entries
_LIST_MIN = 3  # list separators (、) in a sentence that make it an enumeration
_OPENING_BOOST = 1.15  # a passage that opens with the query's words (its run-in heading)
_OPENING_CHARS = 16  # a passage "opens with" words found this close to its start
_YEAR = re.compile(r"((?:19|20)\d\d)年?")


def aboutness(row: Row, parsed: ParsedQuery) -> float:
    """Less for a passage that names the query's words only as entries of a list (…、夜间经济、…),
    more for one that opens with them (its run-in heading): that passage is about the subject.
    Judged on the longest stretch of the query the passage holds (首发经济, not 经济)."""
    body = row["simp"].lower()
    words = sorted({v.lower() for t in parsed.terms for v in t.variants if len(v) >= 2 and v.lower() in body},
                   key=lambda v: (-len(v), v))
    if not words:
        return 1.0
    spots = [(m.start(), m.end()) for m in re.finditer(re.escape(words[0]), body)]
    if all(_listed(body, start, end) for start, end in spots):
        return _LIST_FACTOR
    return _OPENING_BOOST if any(start < _OPENING_CHARS for start, _ in spots) else 1.0


def _listed(body: str, start: int, end: int) -> bool:
    """An entry of an enumeration: a list separator right before or after it, in a sentence that
    has at least ``_LIST_MIN`` of them."""
    before = body[start - 1] if start > 0 else ""
    after = body[end] if end < len(body) else ""
    if before != "、" and after != "、" and not body.startswith("等", end):
        return False
    left = max(body.rfind(ch, 0, start) for ch in "。;!?")
    right = min((i for ch in "。;!?" if (i := body.find(ch, end)) >= 0), default=len(body))
    return body.count("、", left + 1, right) >= _LIST_MIN


def query_year(parsed: ParsedQuery) -> int | None:
    """The one year the query names (2016年国家如何…), else None."""
    years = {int(m.group(1)) for t in parsed.scored if (m := _YEAR.fullmatch(t.text))}
    return years.pop() if len(years) == 1 else None


def year_boost(row: Row, year: int | None) -> float:
    """More for a document whose period covers the year the query names (the 2016 work report for 2016)."""
    start, end = row.get("period_start"), row.get("period_end")
    if year is None or start is None or end is None:
        return 1.0
    return _YEAR_BOOST if int(start) <= year <= int(end) else 1.0


def relative_boost(row: Row, relative: tuple[str, int] | None) -> float:
    """More for a passage about the year a question counts from the report (去年 of a 2025 report: a
    passage or heading naming 2024年, or the word itself: 今年发展的主要预期目标); 1 without one."""
    if relative is None:
        return 1.0
    word, offset = relative
    text = row["simp"] + " " + fold(" ".join(json.loads(row["path"])))
    target = report_year(row)
    named = target is not None and f"{target + offset}年" in text
    return _YEAR_BOOST if named or word in text else 1.0


