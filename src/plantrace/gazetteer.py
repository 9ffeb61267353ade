"""A national gazetteer: every Chinese administrative division, its level, its parents and its short names.

The divisions come from the ``cpca`` package's bundled table of administrative codes (GB/T 2260
six-digit codes: province, prefecture, county; about 3,500 rows) and its list of the 56 nationalities,
read straight from the installed package's files (nothing is fetched at run time, and cpca itself, which
pulls pandas in, is never imported). Any stage may use it: metadata (the jurisdiction of a title),
link (a place hierarchy), entities and search (the place a passage or question names).

- ``lookup("海珠")`` -> every division that a name (full or short, either script) may mean;
- ``resolve("朝阳区", context="长春市")`` -> the one it means there, or None when still ambiguous;
- ``parse("广州市海珠区")`` -> 海珠区, read part by part, each part inside the one before;
- ``chain(d)`` -> 中华人民共和国 → 广东省 → 广州市 → 海珠区; ``full_name(d)`` -> 广东省广州市海珠区.

Levels follow :data:`plantrace.models.document.Level`: ``national``, ``province`` (省, 自治区, 直辖市,
特别行政区), ``city`` (地级市, 自治州, 地区, 盟), ``district`` (市辖区) and ``county`` (县, 自治县,
县级市, 旗, 自治旗, 林区, 特区). ``kind`` names the exact type.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrace.models.document import Level

NATIONAL_CODE = "000000"
NATIONAL_NAME = "中华人民共和国"
_NATIONAL_SHORT = ("中国",)
# Rows of the code table that hold no division of their own (their children hang from the row above).
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})  # provincial codes of the 直辖市
# Type suffixes, longest first: the name without one is a short name when two characters or more remain.
_SUFFIXES = (
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "省", "市", "盟", "区", "县", "旗",
)
_UNIT_CHARS = frozenset("省市区县州旗盟新")  # a short name followed by one of these is part of another name
_RANK: dict[Level, int] = {"national": 0, "province": 1, "city": 2, "district": 3, "county": 3}


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division. ``code`` is its six-digit code, ``parent`` the code of the
    division it belongs to (``NATIONAL_CODE`` for a province, None for the country)."""

    code: str
    name: str
    level: Level
    kind: str
    parent: str | None
    short: tuple[str, ...] = field(default=())

    @property
    def rank(self) -> int:
        """0 for the country, 1 province, 2 prefecture, 3 county-level."""
        return _RANK[self.level]

    @property
    def names(self) -> tuple[str, ...]:
        """The full name, then the short names."""
        return (self.name, *self.short)


@dataclass(frozen=True, slots=True)
class Mention:
    """A division named in a text: where, with which words."""

    division: Division
    start: int
    end: int
    words: str


class Gazetteer:
    """All divisions, indexed by code and by every name (full and short) they go by."""

    def __init__(self, divisions: Iterable[Division]) -> None:
        self._by_code: dict[str, Division] = {}
        self._by_name: dict[str, list[Division]] = {}
        self._children: dict[str, list[Division]] = {}
        for division in divisions:
            self._by_code[division.code] = division
            for name in division.names:
                self._by_name.setdefault(name, []).append(division)
            if division.parent is not None:
                self._children.setdefault(division.parent, []).append(division)
        self._longest = max(map(len, self._by_name))

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Division]:
        return iter(self._by_code.values())

    @property
    def country(self) -> Division:
        return self._by_code[NATIONAL_CODE]

    def by_code(self, code: str) -> Division | None:
        """The division with this code (6 digits; a longer statistical code is cut to its first 6)."""
        return self._by_code.get(code[:6])

    def children(self, division: Division) -> tuple[Division, ...]:
        return tuple(self._children.get(division.code, ()))

    def parent(self, division: Division) -> Division | None:
        return self._by_code.get(division.parent) if division.parent else None

    def chain(self, division: Division) -> tuple[Division, ...]:
        """From the country down to ``division``: 中华人民共和国, 广东省, 广州市, 海珠区."""
        out = [division]
        while (up := self.parent(out[-1])) is not None:
            out.append(up)
        return tuple(reversed(out))

    def full_name(self, division: Division) -> str:
        """The names of the chain below the country: 广东省广州市海珠区; 北京市朝阳区; 新疆维吾尔自治区."""
        return "".join(d.name for d in self.chain(division) if d.level != "national")

    def contains(self, outer: Division, inner: Division) -> bool:
        """Whether ``inner`` is ``outer`` or lies inside it."""
        return outer in self.chain(inner)

    def lookup(self, name: str, context: str | Sequence[str] = "") -> list[Division]:
        """Every division ``name`` may mean (full or short name, either script), the likeliest first:
        those whose parents are named in ``context`` (a text, or names), then the higher levels."""
        key = simplify(name.strip())
        texts = _texts(context)
        found = self._by_name.get(key, [])
        return sorted(found, key=lambda d: (-self._context_score(d, texts), d.name != key, d.rank, d.code))

    def resolve(self, name: str, context: str | Sequence[str] = "") -> Division | None:
        """The one division ``name`` means, using ``context`` to choose among namesakes (朝阳区 of
        北京市 or of 长春市); a compound name (广州市海珠区, 北京朝阳区) is read part by part. None when
        unknown, or when namesakes remain that neither the name nor the context tells apart."""
        key = simplify(name.strip())
        if key in self._by_name:
            return self._choose(self._by_name[key], _texts(context))
        found = self.prefix(key, context)
        return found[0] if found is not None and found[1] == len(key) else None

    def prefix(self, text: str, context: str | Sequence[str] = "") -> tuple[Division, int] | None:
        """The division a text starts with, read part by part (广州市海珠区人民政府 -> 海珠区, 6), and
        how many characters name it. None if it starts with no division's name, or with a name of
        namesakes that neither the following parts nor the context tell apart."""
        simp = simplify(text)
        texts = _texts(context)
        readings = []
        for first, end in self._names_at(simp, 0, None, full_only=False):
            last, stop = self._follow(simp, first, end)
            readings.append((stop, self._context_score(first, texts), last))
        if not readings:
            return None
        top = max(r[:2] for r in readings)
        lasts = {r[2] for r in readings if r[:2] == top}
        return (lasts.pop(), top[0]) if len(lasts) == 1 else None

    def is_name(self, word: str, *, shorts_down_to: int = 3) -> bool:
        """Whether ``word`` (simplified) names a division: its full name, or the short name of a
        division of rank ``shorts_down_to`` or higher (2: 广州, 黔东南, not 城中 of 城中区)."""
        return any(d.name == word or d.rank <= shorts_down_to for d in self._by_name.get(word, ()))

    def name_at(self, text: str, position: int = 0) -> str | None:
        """The longest division name (full or short, two characters or more) that starts at
        ``position`` of a simplified text, else None."""
        for end in range(min(len(text), position + self._longest), position + 1, -1):
            if text[position:end] in self._by_name:
                return text[position:end]
        return None

    def mentions(self, text: str, *, shorts: bool = False) -> list[Mention]:
        """Divisions named in a text, left to right, the longest reading at each place. A compound
        (广州市海珠区) yields its last part. Full names count, and the short names of provinces
        (新疆, 广东); other short names (白云, 长安, 朝阳) only with ``shorts`` or inside a compound,
        and a two-character full name (城区, 南县) only inside a compound: alone they are too often
        ordinary words. Namesakes are told apart by the text around them; a mention whose namesakes
        stay ambiguous is left out."""
        simp = simplify(text)
        out: list[Mention] = []
        position = 0
        while position < len(simp):
            found = self._mention_at(simp, position, shorts)
            if found is None:
                position += 1
                continue
            division, end = found
            out.append(Mention(division, position, end, text[position:end]))
            position = end
        return out

    def _mention_at(self, simp: str, position: int, shorts: bool) -> tuple[Division, int] | None:
        options = self._names_at(simp, position, None, full_only=not shorts)
        if not options:
            return None
        end = max(e for _, e in options)
        firsts = [d for d, e in options if e == end]
        followed = [self._follow(simp, d, end) for d in firsts]
        stop = max(s for _, s in followed)
        lasts = list(dict.fromkeys(d for d, s in followed if s == stop))
        if stop == end and len(simp[position:end]) <= 2 and lasts[0].name == simp[position:end]:
            return None  # 城区, 南县 alone
        chosen = self._choose(lasts, [simp])
        return (chosen, stop) if chosen is not None else None

    def _follow(self, text: str, current: Division, position: int) -> tuple[Division, int]:
        """Read further parts inside ``current``: the last division read and where reading stopped."""
        while options := self._names_at(text, position, current, full_only=False):
            current, position = options[0]
        return current, position

    def _names_at(
        self, text: str, position: int, within: Division | None, *, full_only: bool
    ) -> list[tuple[Division, int]]:
        """Divisions (inside ``within`` when given) whose name starts at ``position``: the longest
        name only, with its end; full names and province short names only when ``full_only``."""
        for end in range(min(len(text), position + self._longest), position + 1, -1):
            words = text[position:end]
            names = self._by_name.get(words, [])
            if full_only:
                names = [d for d in names if d.name == words or d.level == "province"]
            if end < len(text) and text[end] in _UNIT_CHARS:
                names = [d for d in names if d.name == words]  # 南沙 of 南沙新区 is not 南沙区
            if within is not None:
                names = [d for d in names if d != within and self.contains(within, d)]
            if names:
                return [(d, end) for d in names]
        return []

    def _choose(self, candidates: Sequence[Division], texts: Sequence[str]) -> Division | None:
        """One of namesakes: the one whose parents the context names most; None on a tie."""
        if len(candidates) == 1:
            return candidates[0]
        ranked = sorted(candidates, key=lambda d: -self._context_score(d, texts))
        scores = [self._context_score(d, texts) for d in ranked]
        if scores[0] > scores[1]:
            return ranked[0]
        return None

    def _context_score(self, division: Division, texts: Sequence[str]) -> int:
        """How many of a division's parents (below the country) the context names."""
        if not texts:
            return 0
        score = 0
        for up in self.chain(division)[1:-1]:
            if any(name in text for text in texts for name in up.names):
                score += 1
        return score


def _texts(context: str | Sequence[str]) -> list[str]:
    items = [context] if isinstance(context, str) else list(context)
    return [simplify(c) for c in items if c]


def simplify(text: str) -> str:
    """Simplified characters, so 廣州市 and 广州市 look the same (OpenCC, offline)."""
    if text.isascii():
        return text
    return str(_converter().convert(text))


@functools.lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc  # native, offline dictionaries

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The national gazetteer, built once per process from the installed cpca tables."""
    nations = _nationalities()
    rows = _code_rows()
    real = {code: name for code, name in rows if name not in _PLACEHOLDERS}
    divisions = [Division(NATIONAL_CODE, NATIONAL_NAME, "national", "国家", None, _NATIONAL_SHORT)]
    for code, name in sorted(real.items()):
        level, kind = _level_kind(code, name)
        parent = _parent_code(code, real)
        divisions.append(Division(code, name, level, kind, parent, short_names(name, nations)))
    return Gazetteer(divisions)


def _code_rows() -> list[tuple[str, str]]:
    text = _package_text("cpca/resources/adcodes.csv")
    return [(row["adcode"][:6], row["name"].strip()) for row in csv.DictReader(io.StringIO(text))]


@functools.lru_cache(maxsize=1)
def _nationalities() -> tuple[str, ...]:
    """The 56 nationalities, with and without 族 (维吾尔族, 维吾尔), longest first."""
    names = {n.strip() for n in _package_text("cpca/resources/56_nations.csv").splitlines() if n.strip()}
    names |= {n[:-1] for n in names if n.endswith("族") and len(n) > 2}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def _package_text(path: str) -> str:
    from plantrace.errors import MissingExtra

    spec = importlib.util.find_spec("cpca")  # found without importing it (importlib.metadata costs more)
    if spec is None or not spec.submodule_search_locations:
        raise MissingExtra("the gazetteer needs the cpca package", hint="pip install cpca (a plantrace dependency)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return (folder.parent / path).read_text(encoding="utf-8")


def _parent_code(code: str, real: dict[str, str]) -> str:
    if code.endswith("0000"):
        return NATIONAL_CODE
    province = code[:2] + "0000"
    if code.endswith("00"):
        return province
    prefecture = code[:4] + "00"
    return prefecture if prefecture in real else province


def _level_kind(code: str, name: str) -> tuple[Level, str]:
    if code.endswith("0000"):
        if code[:2] in _MUNICIPALITIES:
            return "province", "直辖市"
        return "province", next((s for s in ("特别行政区", "自治区", "省") if name.endswith(s)), "省")
    if code.endswith("00"):
        kind = next((s for s in ("自治州", "地区", "盟") if name.endswith(s)), "地级市")
        return "city", kind
    for suffix, kind in (("自治县", "自治县"), ("自治旗", "自治旗"), ("林区", "林区"), ("特区", "特区")):
        if name.endswith(suffix):
            return "county", kind
    if name.endswith("区"):
        return "district", "市辖区"
    if name.endswith("市"):
        return "county", "县级市"
    return "county", "旗" if name.endswith("旗") else "县"


_ETHNIC_TAIL = re.compile("(?:自治区|自治州|自治县|自治旗)$")


def short_names(name: str, nationalities: Sequence[str] = ()) -> tuple[str, ...]:
    """The shorter names a division goes by: 广州市 -> 广州; 新疆维吾尔自治区 -> 新疆; 延边朝鲜族自治州 ->
    延边; 海珠区 -> 海珠. Nothing shorter than two characters (城区, 郊区 keep their name)."""
    stem = name
    if _ETHNIC_TAIL.search(stem):
        stem = _ETHNIC_TAIL.sub("", stem)
        changed = True
        while changed:
            changed = False
            for nation in nationalities or _nationalities():
                if stem.endswith(nation) and len(stem) - len(nation) >= 2:
                    stem, changed = stem[: -len(nation)], True
                    break
    else:
        for suffix in _SUFFIXES:
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
    if len(stem) < 2 or stem == name:
        return ()
    return (stem,)
