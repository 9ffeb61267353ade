"""The parser's word lists, read once from ``plantrace/data/headings.toml``."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from plantrace.prefilter import fast


@dataclass(frozen=True, slots=True)
class Lexicon:
    runin_max: int
    runin_min: int
    sentence_openers: tuple[str, ...]
    statement_words: tuple[str, ...]
    note_prefixes: tuple[str, ...]
    figure_omitted: tuple[str, ...]
    figure_caption_max: int
    annex_prefixes: tuple[str, ...]
    annex_titles: tuple[str, ...]
    note_sections: tuple[str, ...]
    unnumbered_words: tuple[str, ...]
    unnumbered_max: int
    toc_headers: tuple[str, ...]
    front_matter: tuple[str, ...]
    toc_min_top_level: int
    toc_min_lines: int
    deleted_numbers: tuple[re.Pattern[str], ...]

    @property
    def deleted_number_slot(self) -> re.Pattern[str]:
        """All deleted-number patterns as one alternation (one scan per line)."""
        return _alternation(tuple(p.pattern for p in self.deleted_numbers))

    def deleted_number_slot_without(self, char: str) -> re.Pattern[str]:
        """The deleted-number patterns that do not hold ``char``, as one alternation that the engine scans
        for their first characters (:func:`plantrace.prefilter.fast`)."""
        return fast(_alternation(tuple(p.pattern for p in self.deleted_numbers if char not in p.pattern)))


@functools.lru_cache(maxsize=8)
def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the word lists (cached: the file is read once per process)."""
    text = resources.files("plantrace").joinpath("data", "headings.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    runin, toc = data["runin"], data["toc"]
    return Lexicon(
        runin_max=int(runin["max_chars"]),
        runin_min=int(runin["min_chars"]),
        sentence_openers=tuple(runin["sentence_openers"]),
        statement_words=tuple(runin["statement_words"]),
        note_prefixes=tuple(data["notes"]["prefixes"]),
        figure_omitted=tuple(data["figures"]["omitted_markers"]),
        figure_caption_max=int(data["figures"]["max_caption_chars"]),
        annex_prefixes=tuple(data["annex"]["prefixes"]),
        annex_titles=tuple(data["annex"]["titles"]),
        note_sections=tuple(data["annex"]["note_sections"]),
        unnumbered_words=tuple(data["unnumbered"]["work_report_words"]),
        unnumbered_max=int(data["unnumbered"]["max_chars"]),
        toc_headers=tuple(toc["headers"]),
        front_matter=tuple(toc["front_matter"]),
        toc_min_top_level=int(toc["min_top_level"]),
        toc_min_lines=int(toc["min_lines"]),
        deleted_numbers=tuple(re.compile(p) for p in data["deleted_numbers"]["patterns"]),
    )
