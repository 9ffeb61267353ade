"""Cleaning rules loaded from data files: ``data/chrome.toml`` and ``data/spam.toml``."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

Zone = Literal["head", "tail", "edges", "any"]
_ZONES = ("head", "tail", "edges", "any")


@dataclass(frozen=True, slots=True)
class ChromeRule:
    """One chrome/footer pattern: ``name`` is dotted and versioned (``chrome.breadcrumb.v1``)."""

    name: str
    reason: str
    zone: Zone
    max_chars: int
    pattern: re.Pattern[str]

    def applies(self, zone: str) -> bool:
        return self.zone == "any" or self.zone == zone or (self.zone == "edges" and zone in ("head", "tail"))


@dataclass(frozen=True, slots=True)
class ChromeRules:
    head_lines: int
    tail_lines: int
    prose_min_chars: int
    tail_follow_max_chars: int
    rules: tuple[ChromeRule, ...]

    def match(self, simp: str, zone: str) -> ChromeRule | None:
        """The first rule of ``zone`` matching a line's simplified text, if any."""
        return first_match(self.in_zone(zone), simp)

    def in_zone(self, zone: str) -> tuple[ChromeRule, ...]:
        """The rules that apply in ``zone``, in their order."""
        return tuple(rule for rule in self.rules if rule.applies(zone))


def first_match(rules: tuple[ChromeRule, ...], simp: str) -> ChromeRule | None:
    """The first of ``rules`` matching a line's simplified text, if any (rules of one zone: see ``in_zone``)."""
    for rule in rules:
        if len(simp) <= rule.max_chars and rule.pattern.search(simp):
            return rule
    return None


_LATIN_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class TermSet:
    """Literal terms, matched fast: a plain alternation for terms starting with a Chinese
    character, a caseless one (tried only on lines with Latin letters) for the others."""

    cjk: re.Pattern[str]
    latin: re.Pattern[str] | None

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = [match.span() for match in self.cjk.finditer(text)]
        if self.latin is not None and _LATIN_LETTER.search(text):
            found = sorted(found + [match.span() for match in self.latin.finditer(text)])
        return _disjoint(found)

    def remove(self, text: str) -> str:
        for start, end in reversed(self.spans(text)):
            text = text[:start] + text[end:]
        return text


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


@dataclass(frozen=True, slots=True)
class SpamVocabulary:
    mask: TermSet
    weak: TermSet
    line_share: float
    min_kept_chars: int


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("plantrace.data").joinpath(name).read_text(encoding="utf-8"))


def _rule(entry: dict[str, Any]) -> ChromeRule:
    zone = entry["zone"]
    if zone not in _ZONES:
        raise ValueError(f"chrome rule {entry['name']}: unknown zone {zone!r} (known: {', '.join(_ZONES)})")
    return ChromeRule(
        name=entry["name"], reason=entry["reason"], zone=zone, max_chars=int(entry["max_chars"]),
        pattern=re.compile(entry["pattern"]),
    )


@functools.lru_cache(maxsize=1)
def chrome_rules() -> ChromeRules:
    data = _load("chrome.toml")
    zones = data["zones"]
    return ChromeRules(
        head_lines=int(zones["head_lines"]), tail_lines=int(zones["tail_lines"]),
        prose_min_chars=int(zones["prose_min_chars"]),
        tail_follow_max_chars=int(zones["tail_follow_max_chars"]),
        rules=tuple(_rule(entry) for entry in data["rule"]),
    )


def _caseless(term: str) -> str:
    """``bet365`` -> ``[bB][eE][tT]365``."""
    return "".join(f"[{ch.lower()}{ch.upper()}]" if ch.isascii() and ch.isalpha() else re.escape(ch) for ch in term)


def _pattern(terms: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(_caseless(term) for term in sorted(terms, key=len, reverse=True)))


def term_set(terms: list[str]) -> TermSet:
    """Literal alternations are fast only when every branch starts with a literal character,
    so terms that start with a Latin letter or digit get a pattern of their own."""
    unique = sorted({term.lower() for term in terms})
    cjk = [term for term in unique if not term[0].isascii()]
    latin = [term for term in unique if term[0].isascii()]
    return TermSet(cjk=_pattern(cjk), latin=_pattern(latin) if latin else None)


@functools.lru_cache(maxsize=1)
def spam_vocabulary() -> SpamVocabulary:
    data = _load("spam.toml")
    return SpamVocabulary(
        mask=term_set(data["mask"]), weak=term_set(data["weak"]),
        line_share=float(data["line_share"]), min_kept_chars=int(data["min_kept_chars"]),
    )
