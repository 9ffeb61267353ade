"""Skip a regular expression on a line that cannot hold a match (speed only: no result changes).

Most lines hold no year, no plan period and no rank, yet each pattern scanning for one walks the whole
line. :func:`may_match` first checks that the line holds the characters every match of the pattern must
hold, which ``str.__contains__`` finds many times faster than the pattern's own scan. The characters are
read off the pattern itself (its parsed form), so a pattern changed by a rule keeps a correct filter: a
literal character outside any optional part is required; a branch requires what all its alternatives
require; a character class of a few literal characters requires one of them. When nothing is known to be
required, the line is scanned as before.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# A requirement: a set of characters of which a matching text holds at least one.
Clause = frozenset[str]

_MAX_CLASS = 16  # a character class of more literal characters than this is not worth checking
_CHECKS: dict[re.Pattern[str], tuple[str | re.Pattern[str], ...]] = {}


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text``."""
    checks = _CHECKS.get(pattern)
    if checks is None:
        checks = _CHECKS[pattern] = tuple(_check(clause) for clause in requirements(pattern))
    for check in checks:
        if isinstance(check, str):
            if check not in text:
                return False
        elif check.search(text) is None:
            return False
    return True


def _check(clause: Clause) -> str | re.Pattern[str]:
    """A clause of one character as itself, of several as a character class (one pass over the text)."""
    if len(clause) == 1:
        return next(iter(clause))
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(clause)) + "]")


def requirements(pattern: re.Pattern[str]) -> tuple[Clause, ...]:
    """The clauses every match of ``pattern`` satisfies (smallest first; empty when none is known)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    clauses = set(_sequence(sre_parse.parse(pattern.pattern, pattern.flags)))
    return tuple(sorted(clauses, key=lambda c: (len(c), sorted(c))))


def _sequence(items: Any) -> list[Clause]:
    """The clauses of a sequence of parsed items: every item's."""
    found: list[Clause] = []
    for op, av in items:
        found.extend(_item(op, av))
    return found


def _item(op: Any, av: Any) -> list[Clause]:
    if op is sre.LITERAL:
        return [frozenset(chr(av))]
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return [] if add_flags & re.IGNORECASE else _sequence(sub)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op is getattr(sre, "POSSESSIVE_REPEAT", None):
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else []
    if op is sre.ASSERT:  # a positive lookahead or lookbehind: its characters are in the text too
        return _sequence(av[1])
    if op is sre.BRANCH:
        return _branch(av[1])
    if op is sre.IN:
        return _class(av)
    return []  # anything else (negative assertions, categories, ANY, anchors …) requires nothing known


def _branch(alternatives: Any) -> list[Clause]:
    """The characters every alternative requires, else one clause: a character of the smallest clause of
    each alternative (nothing if an alternative requires nothing)."""
    each = [_sequence(alternative) for alternative in alternatives]
    if not all(each):
        return []
    common = set.intersection(*({next(iter(c)) for c in clauses if len(c) == 1} for clauses in each))
    if common:
        return [frozenset(ch) for ch in sorted(common)]
    return [frozenset().union(*(min(clauses, key=len) for clauses in each))]


def _class(items: Any) -> list[Clause]:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return []  # NEGATE, a category (\d) or a wide range: not a few literal characters
        if len(chars) > _MAX_CLASS:
            return []
    return [frozenset(chars)]
