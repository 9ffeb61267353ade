"""Run-in headings: the short phrase before the first 。 that opens a paragraph.

``经济实力迈上新台阶。2020年地区生产总值…`` -> ``经济实力迈上新台阶``. We record a run-in heading as
the ``title`` of its paragraph (kind ``paragraph``), not as a separate node: the phrase and its
paragraph share one physical line, and a node owns whole lines.
"""

from __future__ import annotations

import re

from plantrace.parse.lexicon import lexicon

_SENTENCE_END = "。!?"
_STOP = re.compile(f"[{_SENTENCE_END}]")
_CLAUSE_MARKS = ",;:、“”《》()"


def runin_title(body: str) -> str | None:
    """The run-in heading opening ``body`` (simplified text), or None if it opens a plain sentence."""
    lex = lexicon()
    found = _STOP.search(body, 0, lex.runin_max + 1)
    stop = found.start() if found else -1
    if stop < lex.runin_min or stop >= len(body) - 1:
        return None
    head = body[:stop]
    if any(mark in head for mark in ",;:"):
        return None
    if head[0].isdigit() or head.startswith(lex.sentence_openers):
        return None
    if any(word in head for word in lex.statement_words):
        return None
    return head


def reads_as_runin(body: str) -> bool:
    """True when ``body`` opens with a run-in heading."""
    return runin_title(body) is not None


def is_prose(body: str, min_chars: int = 40) -> bool:
    """A long sentence-like line: body text, never a table cell or a heading."""
    return len(body) >= min_chars and any(ch in body for ch in _SENTENCE_END + ",;")


def is_short_cell(body: str, max_chars: int = 14) -> bool:
    """A short line with no sentence punctuation: a table cell, column header or title fragment."""
    return 0 < len(body) <= max_chars and not any(ch in body for ch in _SENTENCE_END + ",;:")
