r"""Skip a regular expression on a line that cannot hold a match, or scan it faster (speed only: no result changes).

Most lines hold no year, no plan period and no rank, yet each pattern scanning for one walks the whole
line. :func:`may_match` first checks that the line holds the characters every match of the pattern must
hold, which ``str.__contains__`` finds many times faster than the pattern's own scan. The characters are
read off the pattern itself (its parsed form), so a pattern changed by a rule keeps a correct filter: a
literal character outside any optional part is required; a branch requires what all its alternatives
require; a character class of a few literal characters requires one of them. When nothing is known to be
required, the line is scanned as before.

:func:`fast` gives a pattern the same matches with a lookahead of the characters a match can start with in
front: a pattern that opens with a lookbehind or with alternatives the engine cannot see a first character of
(``(?<!\d)(?:19|20)\d{2}…年``) otherwise tries its whole opening at every position of the line; with the
lookahead it is about twice as fast. A pattern whose opening character the engine already sees is returned
as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# A requirement: a set of characters of which a matching text holds at least one.
Clause = frozenset[str]

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}
_FAST: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
_MAX_CLASS = 16  # a character class of more literal characters than this is not worth checking
_CHECKS: dict[int, tuple[re.Pattern[str], tuple[str | re.Pattern[str], ...], re.Pattern[str] | None]] = {}


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text``."""
    known = _CHECKS.get(id(pattern))  # by id: a pattern's own hash reads its whole compiled code
    if known is None or known[0] is not pattern:
        checks = tuple(_check(clause) for clause in requirements(pattern))
        known = _CHECKS[id(pattern)] = (pattern, checks, _end_check(pattern))
    for check in known[1]:
        if check.__class__ is str:
            if check not in text:
                return False
        elif check.search(text) is None:  # type: ignore[union-attr]
            return False
    end = known[2]
    return end is None or end.search(text, max(0, len(text) - 2)) is not None


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


def _end_check(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern anchored at the end (``…$``): the characters a match can end with, as a pattern that
    finds one at the end of a text (before a final newline, as ``$`` allows); None for other patterns."""
    if pattern.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    if not items or items[-1] not in ((sre.AT, sre.AT_END), (sre.AT, sre.AT_END_STRING)):
        return None
    last = _last(items[:-1])
    return re.compile(rf"[{last}]\n?\Z") if last else None


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


def fast(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, or an equivalent pattern (the same matches and groups) that finds them faster."""
    known = _FAST.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _FAST[id(pattern)] = (pattern, _with_first_characters(pattern))
    return known[1]


def first_characters(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str] | None:
    """A pattern matching, at the start of a text, a character some match of one of ``patterns`` can start with
    (None when one pattern's first characters are not known): a text it does not match is matched by none of
    ``patterns`` at its start."""
    firsts = [None if p.flags & re.IGNORECASE else _first(sre_parse.parse(p.pattern, p.flags)) for p in patterns]
    if not firsts or any(first is None for first in firsts):
        return None
    return re.compile("[" + "".join(firsts) + "]")  # type: ignore[arg-type]


def _with_first_characters(pattern: re.Pattern[str]) -> re.Pattern[str]:
    if pattern.flags & re.IGNORECASE:
        return pattern
    items = sre_parse.parse(pattern.pattern, pattern.flags)
    first = _first(items)
    if not first or _opens_with_a_character(items):
        return pattern
    try:
        return re.compile(f"(?=[{first}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global flags written inside the pattern: leave it as it is
        return pattern


def _first(items: Any) -> str | None:
    """The characters a match can start with, as the inside of a character class; None when unknown."""
    for op, av in items:
        if op is sre.ASSERT_NOT or op is sre.AT or (op is sre.ASSERT and av[0] < 0):
            continue  # a lookbehind, a negative lookahead or an anchor consumes nothing
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] < 1:
            return None  # optional: the match may start with what follows it
        return _edge(op, av, _first)
    return None


def _last(items: Any) -> str | None:
    """The characters a match of a sequence can end with, as the inside of a character class; None when
    unknown (or when the sequence may match nothing)."""
    parts: list[str] = []
    for op, av in reversed(items):
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # consumes nothing
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0:
            optional = _last(av[2])  # an optional ending, or what stands before it
            if optional is None:
                return None
            parts.append(optional)
            continue
        one = _last_of(op, av)
        return None if one is None else "".join([*parts, one])
    return None


def _last_of(op: Any, av: Any) -> str | None:
    return _edge(op, av, _last)


def _edge(op: Any, av: Any, inner: Callable[[Any], str | None]) -> str | None:
    """The characters one item of a pattern can start (``inner`` = :func:`_first`) or end (:func:`_last`) with."""
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.IN:
        return _class_text(av)
    if op is sre.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else inner(av[3])
    if op is sre.BRANCH:
        parts = [inner(alternative) for alternative in av[1]]
        return None if any(part is None for part in parts) else "".join(parts)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return inner(av[2])
    return None


def _class_text(items: Any) -> str | None:
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None  # a negated class or another category
    return "".join(parts)


def _opens_with_a_character(items: Any) -> bool:
    """Whether the engine sees the pattern's first character itself (a literal, a class, alternatives that
    each open with a literal): a lookahead in front would only slow it down."""
    if not items:
        return False
    op, av = items[0]
    if op is sre.SUBPATTERN:
        return _opens_with_a_character(av[3])
    if op is sre.BRANCH:
        return all(alternative and alternative[0][0] is sre.LITERAL for alternative in av[1])
    return op is sre.LITERAL or op is sre.IN
