"""Cleaning: normalise every line, mask spam, and record the runs removed as noise.

Nothing is deleted: ``CleanText.lines`` holds every physical line; ``removed`` names the runs
later stages should skip, each with a reason (``web_chrome``, ``footer``, ``spam``,
``duplicate``). Chrome is looked for at the head and tail of the document (see
``data/chrome.toml``); in the body only patterns no plan text contains are removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from plantrace.ingest.noise import (
    cut_titles,
    duplicates,
    edge_zones,
    is_prose,
    label_values,
    mostly_spam,
    repeated_head_lines,
    spam_spans,
    split_breadcrumbs,
    teasers,
)
from plantrace.ingest.normalise import make_lines, mask_spans
from plantrace.ingest.rules import ChromeRules, chrome_rules, first_match, spam_vocabulary
from plantrace.models import CleanText, DocWarning, Line, Removed, SourceText


def _mask_spam(lines: Sequence[Line]) -> tuple[list[Line], dict[int, str], set[int]]:
    """Mask spam terms in every line; return the lines, the masked terms by line, the spam lines."""
    vocab = spam_vocabulary()
    out: list[Line] = []
    masked: dict[int, str] = {}
    spam_lines: set[int] = set()
    for line in lines:
        spans = spam_spans(line.simp, vocab) if line.text else []
        if not spans:
            out.append(line)
            continue
        if mostly_spam(line.simp, spans, vocab):
            spam_lines.add(line.number)
        masked[line.number] = "、".join(dict.fromkeys(line.simp[s:e] for s, e in spans))
        out.append(mask_spans(line, spans))
    return out, masked, spam_lines


Reason = tuple[str, str]  # (reason, name of the rule that found it)
_LABEL_RULES = frozenset({"chrome.page_credit.v1", "chrome.timestamp.v1"})  # 来源: / 时间: labels


def _chrome(lines: Sequence[Line], rules: ChromeRules) -> tuple[dict[int, Reason], set[int]]:
    """Reasons for chrome lines: rule matches by zone, then short lines following a tail footer."""
    head, tail = edge_zones(lines, rules)
    zone_of = {number: "head" for number in head} | {number: "tail" for number in tail}
    reasons: dict[int, Reason] = {}
    rows = table_rows(lines)
    in_zone = {zone: rules.in_zone(zone) for zone in ("head", "tail", "body")}
    for line in lines:
        if not line.text or line.number in rows:
            continue
        rule = first_match(in_zone[zone_of.get(line.number, "body")], line.simp)
        if rule is not None:
            reasons[line.number] = (rule.reason, rule.name)
    by_number = {line.number: line for line in lines}
    following: str | None = None
    for number in tail:
        line = by_number[number]
        if number in reasons:
            following = reasons[number][0]
        elif following and line.raw.strip() and len(line.simp) <= rules.tail_follow_max_chars and not is_prose(
            line, rules
        ):
            reasons[number] = (following, "chrome.tail_follow.v1")
    for number in split_breadcrumbs(lines, head, rules):
        reasons.setdefault(number, ("web_chrome", "chrome.breadcrumb_lines.v1"))
    head_chrome = {n for n in head if n in reasons and reasons[n][1] in _LABEL_RULES}
    for number in label_values(lines, head_chrome, rules):
        reasons.setdefault(number, (reasons[_label_before(lines, number)][0], "chrome.label_value.v1"))
    for number in repeated_head_lines(lines, head, set(reasons)):
        reasons.setdefault(number, ("web_chrome", "chrome.repeated_title.v1"))
    cut = cut_titles(lines, head)
    for number in cut:
        reasons.setdefault(number, ("web_chrome", "chrome.cut_title.v1"))
    for number in teasers(lines):
        reasons.setdefault(number, ("web_chrome", "chrome.teaser.v1"))
    return reasons, cut


def table_rows(lines: Sequence[Line]) -> set[int]:
    """Lines of a table written row by row (cells between ``|``): two or more consecutive lines with the
    same number of cells, two at least. They are body text, never a menu of links (首页 | 政务公开 | …)."""
    found: set[int] = set()
    run: list[int] = []
    width = 0
    for line in lines:
        cells = line.simp.count("|") + 1 if line.text else 0
        if cells >= 2 and cells == width:
            run.append(line.number)
            continue
        if len(run) >= 2:
            found.update(run)
        run, width = ([line.number], cells) if cells >= 2 else ([], 0)
    if len(run) >= 2:
        found.update(run)
    return found


def _label_before(lines: Sequence[Line], number: int) -> int:
    """The number of the non-blank line before line ``number``."""
    return max(line.number for line in lines if line.text and line.number < number)


def classify(lines: Sequence[Line], spam_lines: set[int]) -> tuple[dict[int, Reason], set[int]]:
    """The removal reason of every noisy line by number (blank lines are never noise), and the
    lines that are cut-off copies of the title."""
    reasons, cut = _chrome(lines, chrome_rules())
    for number in spam_lines:
        reasons.setdefault(number, ("spam", "spam.line.v1"))
    for number in duplicates(lines, skip=set(reasons)):
        reasons.setdefault(number, ("duplicate", "duplicate.nearby.v1"))
    return reasons, cut


def removed_runs(lines: Iterable[Line], reasons: dict[int, Reason]) -> tuple[Removed, ...]:
    """Merge noisy lines into runs of one reason; blank lines between them do not break a run.

    A line left empty by spam masking is noise, not a blank line: it keeps its reason. A run's
    ``rule`` lists the distinct rules that found its lines, in order."""
    runs: list[Removed] = []
    current: Removed | None = None
    for line in lines:
        reason, rule = reasons.get(line.number, (None, ""))
        if not line.text and reason is None:
            continue
        if current is not None and reason == current.reason:
            rules = current.rule if rule in current.rule.split(",") else f"{current.rule},{rule}"
            current = Removed(current.line_start, line.number, current.reason, rules)
            continue
        if current is not None:
            runs.append(current)
        current = Removed(line.number, line.number, reason, rule) if reason else None
    if current is not None:
        runs.append(current)
    return tuple(runs)


def _warnings(
    lines: Sequence[Line], masked: dict[int, str], reasons: dict[int, Reason], cut: set[int]
) -> tuple[DocWarning, ...]:
    found = [
        DocWarning("spam_masked", f"spam terms removed from the line: {terms}", number, number)
        for number, terms in sorted(masked.items())
        if number not in reasons
    ]
    found += [
        DocWarning("truncated", f"line {number} is a cut-off copy of the title", number, number)
        for number in sorted(cut)
    ]
    return tuple(found)


def clean(source: SourceText) -> CleanText:
    """Normalise the lines of ``source`` and find its chrome, footer, spam and duplicate runs."""
    lines, masked, spam_lines = _mask_spam(make_lines(source.lines, source.pages, source.page_lines,
                                                                source.confidence))
    reasons, cut = classify(lines, spam_lines)
    return CleanText(
        source=source,
        lines=tuple(lines),
        removed=removed_runs(lines, reasons),
        warnings=_warnings(lines, masked, reasons, cut),
    )
