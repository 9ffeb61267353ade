"""Places named in a query: 海珠区打算怎么发展夜间经济 asks about 广州市海珠区.

A place is a stored jurisdiction named by itself or by a shorter form (广州市海珠区 -> 海珠区, 海珠;
广州市 -> 广州), or a word for the country (国家, 全国, 我国) at the start of the question. It is the
*most specific* part of a jurisdiction that counts: 广州 names 广州市, not 广州市海珠区.
The place is a boost for ranking, never a filter; its words are dropped from the content terms
when something else is left to search for.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from plantrace.gazetteer import gazetteer
from plantrace.search.segment import cut, stopwords
from plantrace.search.tokens import fold

_ADMIN_SUFFIX = ("自治区", "自治州", "新区", "省", "市", "区", "县")
_PARTS = re.compile(r".+?(?:自治区|自治州|新区|省|市|区|县)|.+$")
_MIN_REST = 2  # characters of content that must remain for the place words to be dropped


@dataclass(frozen=True, slots=True)
class Place:
    """A place found in a query: the words as typed and the stored jurisdictions they name."""

    words: str
    jurisdictions: tuple[str, ...]
    start: int = 0
    docs: frozenset[str] = frozenset()  # a place no document has as jurisdiction: the documents naming it

    def owns(self, jurisdiction: str, doc: str) -> bool:
        """Whether a passage of this document (with this jurisdiction) is the place's own."""
        return jurisdiction in self.jurisdictions or doc in self.docs

    def strip(self, text: str) -> str:
        """The query without the place words (a space in their stead)."""
        return text[: self.start] + " " + text[self.start + len(self.words):]


def find_place(query: str, stored: list[tuple[str, str]]) -> Place | None:
    """The place a query names, given the stored (jurisdiction, level) pairs; None if it names none."""
    text = fold(query)
    local = _local_place(text, [j for j, _ in stored])
    if local is not None:
        return local
    return _national_place(text, stored)


def _local_place(text: str, jurisdictions: list[str]) -> Place | None:
    """The jurisdiction with most of its parts named in the query (广州市海珠区 over 广州市), then the
    longest name; the place words run from its first named part to its last."""
    best: tuple[int, int, str, Place] | None = None
    for jurisdiction in jurisdictions:
        spans = [s for part in _PARTS.findall(fold(jurisdiction)) if (s := _named(text, part))]
        last = _named(text, _last_part(fold(jurisdiction)))
        if last is None:
            continue
        start = min(s[0] for s in spans)
        place = Place(text[start: _people(text, last[1])], (), start)
        key = (len(spans), last[1] - last[0], jurisdiction, place)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    chosen = fold(best[2])
    owners = tuple(sorted(j for j in jurisdictions if fold(j) == chosen))
    return Place(best[3].words, owners, best[3].start)


def division_named(query: str) -> Place | None:
    """A division of the national gazetteer the query names as a word of its own (赤峰去年工业规模 ->
    赤峰: its full name, or the short name of a province or prefecture), when no stored jurisdiction
    is named: the documents that name it stand for it (see ``ranking``). None if it names none."""
    text = fold(query)
    national, _ = _place_words()
    position = 0
    for word in cut_all(text):
        if len(word) >= 2 and word not in national and gazetteer().is_name(word, shorts_down_to=2):
            return Place(word, (), position)
        position += len(word)
    return None


def _named(text: str, part: str) -> tuple[int, int] | None:
    """Where the longest name of a jurisdiction part occurs as whole words in ``text``."""
    for name in short_names(part):
        start = _word_at(text, name)
        if start >= 0:
            return start, start + len(name)
    return None


def _national_place(text: str, stored: list[tuple[str, str]]) -> Place | None:
    """A word for the country opening the question (国家怎样…, 2016年全国…, 去年全国…), or opening any query when
    it can name nothing else (全国小麦单产; not 国家高新区)."""
    words, national = _place_words()
    owners = tuple(sorted(j for j, level in stored if level == national))
    if not owners:
        return None
    asks = any(w in text for w in _question_words())
    lead = re.match(r"\s*(?:(?:19|20)\d\d年|去年|今年|上年|前年|明年)?", text)
    at = lead.end() if lead else 0
    for word in words:
        if (asks or word in _national_alone()) and text.startswith(word, at) and _is_word(text, word, at):
            return Place(word, owners, at)
    return None


def _last_part(jurisdiction: str) -> str:
    parts = _PARTS.findall(jurisdiction)
    return parts[-1] if parts else jurisdiction


@functools.lru_cache(maxsize=256)
def place_names(jurisdiction: str) -> tuple[str, ...]:
    """The names a passage may call a jurisdiction by: its last part with and without suffix."""
    return short_names(_last_part(fold(jurisdiction)))


def short_names(part: str) -> tuple[str, ...]:
    """``海珠区`` -> (``海珠区``, ``海珠``): the name with and without its suffix (two characters or more);
    a division of the national gazetteer by its short names (新疆维吾尔自治区 -> 新疆)."""
    names = [part]
    known = [s for d in gazetteer().lookup(part) if d.name == part and d.level != "national" for s in d.short]
    if known:
        return tuple(n for n in dict.fromkeys([part, *known]) if len(n) >= 2)
    for suffix in _ADMIN_SUFFIX:
        if part.endswith(suffix) and len(part) - len(suffix) >= 2:
            names.append(part[: -len(suffix)])
            break
    return tuple(n for n in names if len(n) >= 2)


def _people(text: str, end: int) -> int:
    """The end of the place words: after 人 when it follows the name as a word (玉林人回乡, 陕西人平均寿命:
    the place's people are the place; not 人口 of 广州人口, 人才 of 玉林人才)."""
    return end + 1 if text.startswith("人", end) and end + 1 in _cuts(text) else end


def _cuts(text: str) -> set[int]:
    """Where jieba cuts ``text`` (the offsets between its words, both ends included)."""
    position, cuts = 0, {0}
    for word in cut_all(text):
        position += len(word)
        cuts.add(position)
    return cuts


def _word_at(text: str, name: str) -> int:
    """Where ``name`` occurs in ``text`` as whole words (not inside 广州塔), else -1."""
    start = text.find(name)
    while start >= 0:
        if _is_word(text, name, start):
            return start
        start = text.find(name, start + 1)
    return -1


def _is_word(text: str, name: str, start: int) -> bool:
    """Whether jieba cuts ``text`` at both ends of ``name`` (the place is not part of a longer word), or
    the word is the place's people (陕西人平均寿命: 陕西人 is a word of its own)."""
    cuts = _cuts(text)
    end = start + len(name)
    return start in cuts and (end in cuts or (text.startswith("人", end) and end + 1 in cuts))


def cut_all(text: str) -> list[str]:
    """jieba words of ``text``, whitespace included, so their lengths add up to the text's length."""
    out: list[str] = []
    for piece in re.split(r"(\s+)", text):
        if piece:
            out.extend([piece] if piece.isspace() else cut(piece))
    return out


def strip_place(query: str, place: Place | None) -> str:
    """The folded query without the place words, when enough content is left; else the folded query."""
    text = fold(query)
    if place is None or place.docs:  # a place only named in the documents is a word they hold too
        return text
    rest = place.strip(text)
    content = re.sub(r"[\W\d_]+", "", rest)
    return rest if len(content) >= _MIN_REST else text


@functools.lru_cache(maxsize=1)
def _question_words() -> frozenset[str]:
    """Question words (怎样, 哪些 …): 国家 opens a question, not a name like 国家高新区."""
    words, _ = _place_words()
    return frozenset(w for w in stopwords() if len(w) > 1) - frozenset(words)


@functools.lru_cache(maxsize=1)
def _places_table() -> dict[str, Any]:
    """The ``[places]`` table of ``data/synonyms.toml``, read once."""
    text = resources.files("plantrace").joinpath("data", "synonyms.toml").read_text(encoding="utf-8")
    return dict(tomllib.loads(text)["places"])


@functools.lru_cache(maxsize=1)
def _national_alone() -> frozenset[str]:
    return frozenset(fold(w) for w in _places_table()["national_alone"])


@functools.lru_cache(maxsize=1)
def _place_words() -> tuple[tuple[str, ...], str]:
    """The words for the country (longest first) and the level they name."""
    places = _places_table()
    words = tuple(sorted((fold(w) for w in places["national_words"]), key=lambda w: (-len(w), w)))
    return words, str(places["national_level"])
