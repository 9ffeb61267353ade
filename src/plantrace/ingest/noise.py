"""Noise detectors over normalised lines: spam spans, zones, teasers, cut titles, duplicates.

Each detector returns line numbers (or spans); :mod:`plantrace.ingest.clean` decides what to do.
All matching reads ``Line.simp`` so traditional documents behave like simplified ones.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from plantrace.ingest.rules import ChromeRules, SpamVocabulary
from plantrace.models import Line

SENTENCE_END = re.compile(r"[。!?;!?;]")
_ELLIPSIS = re.compile(r"(\.{2,}|…+|。。+)$")
_TEASER_LABEL = re.compile(r"^(简介|摘要|导读|内容提要|提要|概要|内容简介)\s*:?")
_BOOK_TITLE = re.compile(r"《([^《》]{8,80})》")
_NOTICE_TITLE = re.compile(r"关于印发(.{8,80}?)的通知")
_TITLE_WORD = re.compile(r"(纲要|规划|计划|报告|公报|方案|意见|办法|通知|决定)")
_TITLE_WORD_END = re.compile(r"(纲要|规划|计划|报告|公报|方案|意见|办法|通知|决定)$")
_TITLE_END = re.compile(r"[。!?;!?;)”」』》]$")
_URL = re.compile(r"(?i)(https?://|www\.)[\w./?=&%-]+|[\w-]+\.(com|net|cc|vip|top|me)\b")
_SYMBOLS = re.compile(r"[\W_]+")
TEASER_WINDOW = 4
DUPLICATE_WINDOW = 6
DUPLICATE_MIN_CHARS = 30
CUT_TITLE_MIN_CHARS = 6


def spam_spans(simp: str, vocab: SpamVocabulary) -> list[tuple[int, int]]:
    """Spans of masked spam terms in one line."""
    return vocab.mask.spans(simp)


def mostly_spam(simp: str, spans: Sequence[tuple[int, int]], vocab: SpamVocabulary) -> bool:
    """A line with spam terms where the spam (with weak words and URLs) leaves little else."""
    if not spans:
        return False
    rest = _URL.sub("", vocab.weak.remove(vocab.mask.remove(simp)))
    kept = len(_SYMBOLS.sub("", rest))
    total = max(len(_SYMBOLS.sub("", simp)), 1)
    return kept < vocab.min_kept_chars or (total - kept) / total >= vocab.line_share


def is_prose(line: Line, rules: ChromeRules) -> bool:
    """A paragraph of running text: long enough, with a sentence end, not a teaser cut by ``...``."""
    simp = line.simp
    return (
        len(simp) >= rules.prose_min_chars
        and SENTENCE_END.search(simp) is not None
        and _ELLIPSIS.search(simp) is None
    )


def edge_zones(lines: Sequence[Line], rules: ChromeRules) -> tuple[list[int], list[int]]:
    """Line numbers of the head zone (before the first prose line) and tail zone (after the last)."""
    nonblank = [line for line in lines if line.text]
    head: list[int] = []
    for line in nonblank[: rules.head_lines]:
        if is_prose(line, rules):
            break
        head.append(line.number)
    tail: list[int] = []
    for line in reversed(nonblank[-rules.tail_lines :]):
        if is_prose(line, rules):
            break
        tail.append(line.number)
    return head, sorted(set(tail) - set(head))


def _next_nonblank(lines: Sequence[Line], position: int, count: int) -> list[Line]:
    found: list[Line] = []
    for line in itertools.islice(lines, position + 1, None):
        if line.text:
            found.append(line)
            if len(found) == count:
                break
    return found


def _teaser_stem(simp: str) -> str | None:
    # the ellipsis ends the line: searched from the start of the line's last run of its characters (speed
    # only: a search from the line's start tried the pattern at every character)
    cut = _ELLIPSIS.search(simp, len(simp.rstrip(".…。\n")))
    if cut is None:
        return None
    return _TEASER_LABEL.sub("", simp[: cut.start()]).strip()


def _covered(stem: str, other: str) -> bool:
    """Most of ``stem`` (at least its last 12 characters and 60%) occurs in ``other``."""
    probe = stem[-12:]
    at = other.find(probe)
    if at < 0:
        return False
    end = at + len(probe)
    length = 0
    while length < len(stem) and length < end and stem[-1 - length] == other[end - 1 - length]:
        length += 1
    return length >= 0.6 * len(stem)


def teasers(lines: Sequence[Line]) -> set[int]:
    """Lines ending with ``...`` whose text is repeated in full just below (a page's summary box)."""
    found: set[int] = set()
    for position, line in enumerate(lines):
        stem = _teaser_stem(line.simp) if line.text else None
        if stem is None or len(stem) < 12:
            continue
        if any(_covered(stem, other.simp) for other in _next_nonblank(lines, position, TEASER_WINDOW)):
            found.add(line.number)
    return found


def title_candidates(lines: Sequence[Line], limit: int = 60) -> list[str]:
    """Titles seen near the top: 《…》 contents, ``关于印发X的通知`` and short lines naming a
    document type."""
    titles: list[str] = []
    for line in [line for line in lines if line.text][:limit]:
        titles.extend(_BOOK_TITLE.findall(line.simp))
        titles.extend(_NOTICE_TITLE.findall(line.simp))
        if len(line.simp) <= 80 and _TITLE_WORD.search(line.simp) and not SENTENCE_END.search(line.simp):
            titles.append(line.simp)
    return titles


def _cuts(simp: str, title: str) -> bool:
    """``simp`` ends with a proper beginning (at least six characters) of ``title``."""
    longest = min(len(simp), len(title) - 1)
    return any(simp.endswith(title[:k]) for k in range(longest, CUT_TITLE_MIN_CHARS - 1, -1))


def cut_titles(lines: Sequence[Line], head: Sequence[int]) -> set[int]:
    """Head lines that are a title cut off mid-word (a web page's truncated ``<title>``).

    A line that ends like a complete title (``…规划``, ``…》``) is never a cut one."""
    titles = title_candidates(lines)
    by_number = {line.number: line for line in lines}
    found: set[int] = set()
    for number in head:
        simp = _ELLIPSIS.sub("", by_number[number].simp)
        if len(simp) < 8 or "《" in simp or _TITLE_END.search(simp) or _TITLE_WORD_END.search(simp):
            continue
        if any(_cuts(simp, title) for title in titles if title != simp):
            found.add(number)
    return found


def duplicates(lines: Sequence[Line], skip: set[int]) -> set[int]:
    """Long sentences repeated byte for byte within a few lines: the later copy is noise."""
    recent: dict[str, int] = {}
    seen = 0
    found: set[int] = set()
    for line in lines:
        if not line.text or line.number in skip:
            continue
        seen += 1
        simp = line.simp
        if len(simp) < DUPLICATE_MIN_CHARS or not SENTENCE_END.search(simp):
            continue
        last = recent.get(simp)
        if last is not None and seen - last <= DUPLICATE_WINDOW:
            found.add(line.number)
        else:
            recent[simp] = seen
    return found


_CRUMB_SEPARATOR = re.compile(r"^(>|>>|»|›|/|→)$")
CRUMB_MAX_CHARS = 16
LABEL_VALUE_MAX_CHARS = 24


def split_breadcrumbs(lines: Sequence[Line], head: Sequence[int], rules: ChromeRules) -> set[int]:
    """A breadcrumb trail written one item a line (首页 / > / 政府信息公开 / > / 政府工作报告): each
    separator line of the head zone and the short lines on either side of it."""
    zone = [line for line in lines if line.number in set(head)]
    found: set[int] = set()
    for position, line in enumerate(zone):
        if not _CRUMB_SEPARATOR.match(line.simp):
            continue
        found.add(line.number)
        for near in zone[max(position - 1, 0): position + 2]:
            if near.raw.strip() and len(near.simp) <= CRUMB_MAX_CHARS and not is_prose(near, rules):
                found.add(near.number)
    return found


def label_values(lines: Sequence[Line], labels: set[int], rules: ChromeRules) -> set[int]:
    """The value line after a credit label that stands alone (来源: / 宁夏日报客户端): ``labels``
    are the numbers of the lines found as such labels."""
    nonblank = [line for line in lines if line.text]
    found: set[int] = set()
    for line, after in itertools.pairwise(nonblank):
        if line.number in labels and line.simp.endswith(":") and after.number not in labels and (
            after.raw.strip() and len(after.simp) <= LABEL_VALUE_MAX_CHARS and not is_prose(after, rules)
        ):
            found.add(after.number)
    return found


def repeated_head_lines(lines: Sequence[Line], head: Sequence[int], chrome: set[int]) -> set[int]:
    """Head-zone lines that repeat an earlier head line word for word with page chrome at or
    between the two copies (a page title shown above and below the breadcrumb, a channel name
    twice): the later copies. A table of contents followed by its headings has no chrome between."""
    first: dict[str, int] = {}
    found: set[int] = set()
    wanted = set(head)
    for line in lines:
        if line.number not in wanted or not line.raw.strip():
            continue
        earlier = first.setdefault(line.simp, line.number)
        if earlier != line.number and any(n in chrome for n in range(earlier, line.number)):
            found.add(line.number)
    return found
