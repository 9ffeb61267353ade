"""The word lists of the entities stage, loaded once from ``plantrace/data/*.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """The word lists. Compared and hashed by identity (``eq=False``): the patterns compiled from it are
    cached per lexicon, and hashing every list on each lookup cost more than the matching."""

    box_markers: tuple[str, ...]
    box_not_projects: tuple[str, ...]
    box_title_noise: tuple[str, ...]
    status: tuple[tuple[str, str], ...]          # longest key first
    project_verbs: tuple[str, ...]               # longest first
    project_list_ends: tuple[str, ...]
    project_generic: frozenset[str]
    status_labels: frozenset[str]
    project_not_suffixes: tuple[str, ...]
    conjunctions: tuple[str, ...]
    facility_suffixes: tuple[str, ...]
    generic_prefixes: tuple[str, ...]
    platform_suffixes: tuple[tuple[str, str], ...]  # longest suffix first
    platform_stop: tuple[str, ...]               # longest first
    platform_stop_set: frozenset[str]
    platform_proper: tuple[str, ...]
    platform_strict: frozenset[str]
    not_proper: frozenset[str]
    platform_phrases: tuple[str, ...]
    platform_generic: frozenset[str]
    platform_after_place: frozenset[str]
    platform_after_place_prefixes: tuple[str, ...]
    platform_min_stem: int
    platform_max_len: int
    spam: tuple[str, ...]
    numerals: str
    concept_exclude: frozenset[str]
    concept_tails: tuple[str, ...]
    industries: tuple[tuple[str, str], ...]      # (synonym, canonical), longest first
    industry_not_words: tuple[str, ...]
    industry_followers: tuple[str, ...]
    industry_technology_tails: tuple[str, ...]
    guidance_titles: tuple[str, ...]
    guidance_columns: tuple[tuple[str, str], ...]   # (header word, column name), longest first


def _load(name: str) -> dict[str, Any]:
    text = resources.files("plantrace").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _longest_first(pairs: dict[str, str] | list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    items = pairs.items() if isinstance(pairs, dict) else pairs
    return tuple(sorted(set(items), key=lambda kv: (-len(kv[0]), kv[0])))


def _by_length(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def lexicon() -> Lexicon:
    data = _load("entities.toml")
    taxonomy = _load("industries.toml")
    industries = [(syn, item["name"]) for item in taxonomy["industry"] for syn in item["synonyms"]]
    return Lexicon(
        box_markers=tuple(data["box"]["markers"]),
        box_not_projects=tuple(data["box"]["not_projects"]),
        box_title_noise=_by_length(data["box"]["title_noise"]),
        status=_longest_first(data["status"]),
        project_verbs=_by_length(data["project"]["verbs"]),
        project_list_ends=tuple(data["project"]["list_ends"]),
        project_generic=frozenset(data["project"]["generic"]),
        status_labels=frozenset(data["project"]["status_labels"]),
        project_not_suffixes=tuple(data["project"]["not_suffixes"]),
        conjunctions=_by_length(data["project"]["conjunctions"]),
        facility_suffixes=tuple(data["project"]["facility_suffixes"]),
        generic_prefixes=tuple(data["project"]["generic_prefixes"]),
        platform_suffixes=_longest_first(data["platform"]["suffixes"]),
        platform_stop=_by_length(data["platform"]["stop"]["words"]),
        platform_stop_set=frozenset(data["platform"]["stop"]["words"]),
        platform_proper=tuple(data["platform"]["generic"]["proper"]),
        platform_strict=frozenset(data["platform"]["stop"]["strict_categories"]),
        not_proper=frozenset(data["platform"]["generic"]["not_proper"]),
        platform_phrases=_by_length(data["platform"]["stop"]["phrases"]),
        platform_generic=frozenset(data["platform"]["generic"]["names"]),
        platform_after_place=frozenset(data["platform"]["generic"]["after_place"]),
        platform_after_place_prefixes=tuple(data["platform"]["generic"]["after_place_prefixes"]),
        platform_min_stem=int(data["platform"]["generic"]["min_stem"]),
        platform_max_len=int(data["platform"]["generic"]["max_len"]),
        spam=tuple(data["spam"]["words"]),
        numerals=str(data["concept"]["numerals"]),
        concept_exclude=frozenset(data["concept"]["exclude"]),
        concept_tails=_by_length(data["concept"]["unquoted_tails"]),
        industries=_longest_first(industries),
        industry_not_words=tuple(taxonomy["filters"]["not_industry"]),
        industry_followers=tuple(taxonomy["filters"]["followers"]),
        industry_technology_tails=tuple(taxonomy["filters"]["technology_tails"]),
        guidance_titles=tuple(data["guidance"]["titles"]),
        guidance_columns=_longest_first(
            [(word, column) for column in ("positioning", "focus", "platforms") for word in data["guidance"][column]]
        ),
    )
