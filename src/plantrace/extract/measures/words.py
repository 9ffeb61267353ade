"""The word lists of data/measure_words.toml, compiled once into the patterns the rules use."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Words:
    ge_prefix: re.Pattern[str]
    le_prefix: re.Pattern[str]
    approx_prefix: re.Pattern[str]
    suffix: re.Pattern[str]
    suffix_comparators: dict[str, str]
    growth_verb: re.Pattern[str]
    change_verb: re.Pattern[str]
    change_head: re.Pattern[str]
    added_head: re.Pattern[str]
    capacity_noun: re.Pattern[str]
    people_flow: re.Pattern[str]
    direction_verb: re.Pattern[str]
    per_capita: re.Pattern[str]
    growth_nouns: re.Pattern[str]
    of_target: re.Pattern[str]
    target_cues: re.Pattern[str]
    actual_cues: re.Pattern[str]
    actual_headings: re.Pattern[str]
    target_headings: re.Pattern[str]
    doc_types: tuple[tuple[str, re.Pattern[str]], ...]
    rank_cues: re.Pattern[str]
    rank_context: re.Pattern[str]
    relative_years: re.Pattern[str]
    period_growth: re.Pattern[str]
    five_year_frame: re.Pattern[str]
    relative_shifts: tuple[tuple[re.Pattern[str], int], ...]
    after_unit_codes: str
    missing_strong_units: tuple[str, ...]
    missing_weak_units: tuple[str, ...]
    missing_cues: tuple[str, ...]
    not_after_weak_unit: dict[str, str]
    metric_leading: str
    metric_trailing: str
    action_end: re.Pattern[str]
    action_start: re.Pattern[str]
    noun_stops: re.Pattern[str]
    not_noun_start: str
    not_noun_words: tuple[str, ...]
    enumerated_heads: frozenset[str]
    joined_names: tuple[str, ...] = ()
    attributes: frozenset[str] = frozenset()
    generic_heads: frozenset[str] = frozenset()
    split_heads: tuple[tuple[str, tuple[str, ...]], ...] = ()
    respective_verbs: re.Pattern[str] = re.compile("(?!)")
    listed_verbs: re.Pattern[str] = re.compile("(?!)")
    people_nouns: re.Pattern[str] = re.compile("(?!)")
    class_after: re.Pattern[str] = re.compile("(?!)")
    deed_lead: re.Pattern[str] = re.compile("(?!)")
    object_deeds: tuple[str, ...] = ()

    def relative_shift(self, word: str) -> int:
        """Years from the report year of a matched relative expression (去年 -> -1)."""
        for pattern, shift in self.relative_shifts:
            if pattern.fullmatch(word):
                return shift
        return 0


def alternation(items: list[str]) -> str:
    return "(?:" + "|".join(items) + ")"


def _plain(items: list[str]) -> str:
    """Literal words, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True)) + ")"


def _direction(spec: dict[str, Any]) -> re.Pattern[str]:
    """One pattern with groups ``up``/``down``; the last match before a value wins."""
    stop = re.escape(spec["not_after"])
    return re.compile(f"(?:(?P<up>{_plain(spec['up'])})|(?P<down>{_plain(spec['down'])}))(?![{stop}])")


def _deed_lead(deeds: list[str], adverbs: list[str]) -> re.Pattern[str]:
    """A clause opening with what was done to the things it counts (加快新建改扩建及维修改造…): group ``deed``."""
    deed = _plain(deeds)
    return re.compile(f"{_plain(adverbs)}*(?P<deed>{deed}(?:[和及、]?{deed})*)") if deeds else re.compile("(?!)")


@cache
def words() -> Words:
    text = resources.files("plantrace").joinpath("data/measure_words.toml").read_text(encoding="utf-8")
    return _compile(tomllib.loads(text))


def _compile(data: dict[str, Any]) -> Words:
    cmp, kinds, stance, missing, metric = (
        data["comparators"], data["kinds"], data["stance"], data["missing"], data["metric"])
    return Words(
        ge_prefix=re.compile(alternation(cmp["ge_prefix"]) + "(?:了)?(?:分别)?$"),
        le_prefix=re.compile(alternation(cmp["le_prefix"]) + "(?:分别)?$"),
        approx_prefix=re.compile(alternation(cmp["approx_prefix"]) + "(?:为|达|占)?$"),
        suffix=re.compile(_plain(list(cmp["suffix"]))),
        suffix_comparators=dict(cmp["suffix"]),
        # (对全省经济增长贡献率达13%: the share of the growth, not a growth)
        growth_verb=re.compile(alternation(kinds["growth_verbs"]) + "(?![到至为值]|贡献)[^增下降提减]{0,4}$"),
        change_verb=re.compile(alternation(kinds["change_verbs"]) + "(?![到至为])(?:了)?(?:约|近|超过|逾)?$"),
        change_head=re.compile(
            alternation(kinds["change_heads"]) + "(?![到至为]|项目)(?!.*?" + _plain(kinds["money_flows"])
            + ")[^\\d,，。；;、]{1,14}$"),
        added_head=re.compile(alternation(kinds["added_heads"])),
        capacity_noun=re.compile(_plain(kinds["capacity_nouns"])),
        people_flow=re.compile(alternation(kinds["people_flows"]) + "[^\\d,，。；;、]{0,6}$"),
        direction_verb=_direction(data["direction"]),
        per_capita=re.compile(_plain(kinds["per_capita"])),
        growth_nouns=re.compile(alternation(kinds["growth_nouns"])),
        of_target=re.compile(_plain(kinds["of_target"]) + "(?:完成)?(?:数|额|量|值)?的$"),
        target_cues=re.compile(alternation(stance["target_cues"])),
        actual_cues=re.compile(alternation(stance["actual_cues"])),
        actual_headings=re.compile(alternation(stance["actual_headings"])),
        target_headings=re.compile(alternation(stance["target_headings"])),
        doc_types=tuple((name, re.compile(alternation(cues))) for name, cues in data["doc_types"].items()),
        rank_cues=re.compile(alternation(data["ranks"]["cues"])),
        rank_context=re.compile(alternation(data["ranks"]["context"])),
        relative_years=re.compile(alternation(list(data["time"]["relative"]))),
        period_growth=re.compile(_plain(data["time"]["period_growth"])),
        five_year_frame=re.compile(alternation(data["time"]["five_year_frame"])),
        relative_shifts=tuple((re.compile(k), int(v)) for k, v in data["time"]["relative"].items()),
        after_unit_codes=data["codes"]["after_unit"],
        missing_strong_units=tuple(missing["strong_units"]),
        missing_weak_units=tuple(missing["weak_units"]),
        missing_cues=tuple(missing["cues"]),
        not_after_weak_unit=dict(missing["not_after"]),
        metric_leading="|".join(metric["leading"]),
        metric_trailing="|".join(metric["trailing"]),
        action_end=re.compile(alternation(metric["action_end"]) + "$"),
        action_start=re.compile(alternation(metric["action_end"])),
        noun_stops=re.compile(alternation(metric["noun_stops"]) + ".*$"),
        not_noun_start=metric["not_noun_start"],
        not_noun_words=tuple(metric["not_noun_words"]),
        enumerated_heads=frozenset(metric["enumerated_heads"]),
        joined_names=tuple(metric.get("joined_names", ())),
        attributes=frozenset(metric.get("attributes", ())),
        generic_heads=frozenset(metric.get("generic_heads", ())),
        split_heads=tuple((head, tuple(items)) for head, items in metric.get("split_heads", {}).items()),
        respective_verbs=re.compile("分别" + _plain(metric.get("respective_verbs", [])) + "$"),
        listed_verbs=re.compile(
            _plain(metric["respective_verbs"]) if metric.get("respective_verbs") else "(?!)"),
        people_nouns=re.compile(_plain(kinds.get("people_nouns", []))),
        class_after=re.compile("的?[\u4e00-\u9fff]{0,6}?" + _plain(kinds.get("class_heads", []))),
        deed_lead=_deed_lead(metric.get("deeds", []), metric.get("deed_adverbs", [])),
        object_deeds=tuple(metric.get("object_deeds", ())),
    )
