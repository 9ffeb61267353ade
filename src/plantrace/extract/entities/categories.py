"""Canonical project categories (data/project_categories.toml): from the project's name, then its heading.

The head word of a Chinese name stands at its end (广州医科大学附属妇女儿童医院 is a hospital), so the
keyword that ends last in the name decides; a longer keyword wins at the same end. Brackets are read
past (空港大道(白云五线—机场) is a road). A box title or list heading decides only when the name says
nothing, else the category is 其他.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

RULE_NAME = "entity.project.category.name.v1"
RULE_HEADING = "entity.project.category.heading.v1"
RULE_DEFAULT = "entity.project.category.default.v1"
OTHER = "其他"

_BRACKETS = re.compile(r"[\((][^\(\)()]*[\))]")


@dataclass(frozen=True, slots=True)
class _Category:
    name: str
    markers: tuple[str, ...]
    keywords: tuple[str, ...]
    suffixes: tuple[str, ...]
    heading: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CategoryTable:
    categories: tuple[_Category, ...]
    modifiers: tuple[str, ...]          # longest first

    @property
    def names(self) -> tuple[str, ...]:
        return (*(c.name for c in self.categories), OTHER)


@cache
def category_table() -> CategoryTable:
    text = resources.files("plantrace").joinpath("data", "project_categories.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    categories = tuple(
        _Category(item["name"], tuple(item.get("markers", ())), tuple(item["keywords"]),
                  tuple(item.get("suffixes", ())), tuple(item.get("heading", ())))
        for item in data["category"]
    )
    modifiers = tuple(sorted(set(data["modifiers"]["words"]), key=lambda w: (-len(w), w)))
    return CategoryTable(categories, modifiers)


def project_category(name: str, headings: tuple[str, ...] = ()) -> tuple[str, str]:
    """(category, rule) of a project from its name, else from the nearest heading that says something.

    3号线东延段 -> 轨道交通; 广州呼吸中心 under 医院项目 -> 医疗卫生; 侨梦苑 under 改革开放 -> 其他.
    """
    table = category_table()
    by_name = _from_name(table, name)
    if by_name:
        return by_name, RULE_NAME
    for heading in headings:
        by_heading = _last_keyword(table, heading, with_heading=True)
        if by_heading:
            return by_heading, RULE_HEADING
    return OTHER, RULE_DEFAULT


def _from_name(table: CategoryTable, name: str) -> str | None:
    core = _BRACKETS.sub("", name) or name
    marked = next((c.name for c in table.categories if any(m in core for m in c.markers)), None)
    if marked:
        return marked
    stem = strip_modifiers(table, core)
    matches = [(len(stem), len(suffix), c.name) for c in table.categories for suffix in c.suffixes
               if stem.endswith(suffix) and len(stem) > len(suffix)]
    keyword = _best_match(table, core, with_heading=False)
    if keyword:
        matches.append(keyword)
    return max(matches, key=_rank)[2] if matches else None


def _rank(match: tuple[int, int, str]) -> tuple[int, int]:
    return match[0], match[1]


def strip_modifiers(table: CategoryTable, name: str) -> str:
    """白云大道快速化改造二期 -> 白云大道: drop trailing words that do not change what a project is."""
    changed = True
    while changed:
        changed = False
        for word in table.modifiers:
            if name.endswith(word) and len(name) > len(word):
                name, changed = name[: -len(word)], True
                break
    return name


def _best_match(table: CategoryTable, text: str, *, with_heading: bool) -> tuple[int, int, str] | None:
    """(end, length, category) of the keyword that ends last in ``text`` (longer first at one end)."""
    ending = _keywords_by_last_character(table, with_heading)
    if ending is None:
        return _best_match_of_all(table, text, with_heading=with_heading)
    for end in range(len(text), 0, -1):  # the last end first: the first keyword found there is the longest
        for word, category in ending.get(text[end - 1], ()):
            if len(word) <= end and text.startswith(word, end - len(word)):
                return end, len(word), category
    return None


Ending = dict[str, tuple[tuple[str, str], ...]]
_ENDING: dict[tuple[int, bool], tuple[CategoryTable, Ending | None]] = {}


def _keywords_by_last_character(table: CategoryTable, with_heading: bool) -> Ending | None:
    """(keyword, category) by the keyword's last character, longest first, then in the table's order (the
    first of equals wins, as in :func:`_best_match_of_all`); None if a keyword is empty. Speed only: a name
    is read from its end once instead of searched for every keyword."""
    known = _ENDING.get((id(table), with_heading))
    if known is None or known[0] is not table:
        pairs = [(word, category.name) for category in table.categories
                 for word in ((*category.keywords, *category.heading) if with_heading else category.keywords)]
        ending: dict[str, list[tuple[str, str]]] = {}
        for word, name in sorted(pairs, key=lambda pair: -len(pair[0])):  # stable: the table's order kept
            ending.setdefault(word[-1:], []).append((word, name))
        index = None if "" in ending else {ch: tuple(found) for ch, found in ending.items()}
        known = _ENDING[(id(table), with_heading)] = (table, index)
    return known[1]


def _best_match_of_all(table: CategoryTable, text: str, *, with_heading: bool) -> tuple[int, int, str] | None:
    """:func:`_best_match`, each keyword searched for in turn."""
    best: tuple[int, int, str] | None = None
    for category in table.categories:
        words = (*category.keywords, *category.heading) if with_heading else category.keywords
        for word in words:
            pos = text.rfind(word)
            if pos >= 0:
                match = (pos + len(word), len(word), category.name)
                if best is None or _rank(match) > _rank(best):
                    best = match
    return best


def _last_keyword(table: CategoryTable, text: str, *, with_heading: bool) -> str | None:
    found = _best_match(table, text, with_heading=with_heading)
    return found[2] if found else None
