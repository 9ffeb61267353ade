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
