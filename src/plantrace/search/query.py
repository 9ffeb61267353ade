"""Turn what a user typed into search terms: quoted phrases, words, synonyms, and FTS5 expressions.

Everything the user typed reaches FTS5 only as quoted token phrases (see ``tokens.Phrase``), so
quotes, ``*``, ``OR``, ``NEAR(``, ``-`` or ``;DROP TABLE`` are searched as text, never run.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources

from plantrace.search.expand import (
    character_words,
    concept_words,
    figure_phrases,
    phrase_expansions,
    pieces,
    thesaurus,
    word_variants,
)
from plantrace.search.neighbours import neighbours
from plantrace.search.segment import cut, cut_for_search, is_word, stopwords
from plantrace.search.tokens import fold, query_phrase, runs

# Only ASCII double quotes make a required phrase: “…” and 「…」 are ordinary punctuation in
# Chinese text (a pasted passage is full of them); their content is searched like other words.
_QUOTED = re.compile(r'"([^"]*)"')
_SEPARATORS = re.compile(r"[\s,;:!?()\[\]{}<>'\"“”‘’、,。;:!?()【】《》〈〉「」『』…—]+")


# A question whose answer is a figure: how many, how much, what share, by how much
_ASKS_NUMBER = re.compile(
    r"多少|几[个项家所座条户万亿千百十倍成]|多大|多高|多长|多快|多不多|数量|比例|比重|占比|百分之几"
)
# A terse question naming what kind of figure it wants (经济增幅, 粮食产出, 游客规模, 物价走势, 出行人数, 经济目标)
_NAMES_FIGURE = re.compile(
    r"增幅|增速|涨幅|降幅|增长率|规模|体量|总量|产出|产量|走势|水平|强度|浓度|天数|里程|总长|客流|排名|人数|人次|面积|花费|目标"
)
MAX_TERMS = 64  # a pasted page is searched by its first terms and characters:
MAX_CHARS = 400  # enough to find where it comes from, and fast


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to look for: its text, the synonyms that also count, and whether it must occur."""

    text: str
    variants: tuple[str, ...]
    required: bool = False
    bonus: bool = False  # a multi-word stretch of the query: extra credit when found verbatim
    parts: tuple[str, ...] = ()  # shorter words inside a long one (交通项目 -> 交通, 项目)
    part: bool = False  # this term is such a part: searched only when whole terms find too little
    backed: bool = False  # no document uses the word: thesaurus synonyms and pieces were added
    loose: tuple[str, ...] = ()  # variants from the thesaurus for a rare word: they count less
    figure: bool = False  # a bonus stretch naming the indicator a question for a figure means (地区生产总值)
    lone: bool = False  # a lone character between stopwords (煤 of 挖了多少煤): weighs less than a word
    local: tuple[str, ...] = ()  # no passage of the place asked holds the word: its characters there (种 of 种子)

    def fts(self, strict: bool = False) -> str | None:
        """FTS expression: any variant. The loose ones of a word some passage holds are left out (they
        are searched on their own: BM25 must not count a synonym beside the word), and with ``strict``
        (the word's weight) those of a word nobody writes too."""
        skip = self.loose if strict or not self.backed else ()
        variants = [v for v in self.variants if v not in skip]
        phrases = sorted({p.fts() for v in variants if (p := query_phrase(v)) is not None})
        if not phrases:
            return None
        return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    terms: tuple[Term, ...]
    asks_number: bool = False  # 多少, 几个, 比例: the answer is a figure
    relative: tuple[str, int] | None = None  # 去年 -> ("去年", -1): a year counted from each document's own

    @property
    def scored(self) -> tuple[Term, ...]:
        """Terms that count for coverage (bonus stretches and parts only add credit)."""
        return tuple(t for t in self.terms if not t.bonus and not t.part)

    def match_all(self) -> str | None:
        """FTS expression: every term (each through its synonyms), plus bonus stretches for BM25 (not the
        indicators a question for a figure means: they fetch passages and rank those of the place asked
        first, see ``ranking._tier``, but a passage is no closer to the question for holding one)."""
        return _combine(self.scored, "AND", extra=[t for t in self.terms if t.bonus and not t.figure])

    def match_verbatim(self) -> str | None:
        """FTS expression: any multi-word stretch of the query as written (plus required terms)."""
        bonus = [t for t in self.terms if t.bonus]
        if not bonus:
            return None
        required = [t for t in self.terms if t.required]
        return _combine(required, "AND", extra=bonus) if required else _combine(bonus, "OR")

    def match_any(self, skip: frozenset[str] = frozenset()) -> str | None:
        """FTS expression: the required terms, and any of the others (minus ``skip``)."""
        required = [t for t in self.terms if t.required]
        optional = [t for t in self.terms if not t.required and t.text not in skip]
        if not required:
            return _combine(optional, "OR")
        return _combine(required, "AND", extra=optional)


def back_off(
    parsed: ParsedQuery, absent: frozenset[str], present: Callable[[str], bool] | None = None
) -> ParsedQuery:
    """``parsed`` with each word in ``absent`` (no document uses it) widened: its thesaurus synonyms
    and the dictionary words inside it with their synonyms as variants (看病贵 -> 看病, 就医, 医疗;
    出风险 -> 风险), and, when another word of the query is found (高校 of 高校扩招), the shorter
    strings inside it as parts (see :mod:`plantrace.search.expand`). ``present`` (a word -> whether
    any passage holds it) keeps only the alternatives that can be found.

    When no word of the query is found, inner words count only if two words or more find some
    (政府借的钱会不会出风险 -> 政府, 风险), or, for a term glued from the user's words and a lone
    character (港口运), the words typed: a dictionary word's inner word alone would find a passage
    by chance, so words nobody writes stay unfound (深水潜航 is not 潜力, 引力波 not 吸引力).
    ``parsed`` itself when no word can be widened."""
    several = any(t.text not in absent for t in parsed.scored)  # parts only beside a word found
    widen = [t for t in parsed.terms if t.text in absent and not (t.bonus or t.part or t.required or t.backed)]
    inner = {t.text: _inner_alternatives(t, present) for t in widen}
    if not several and sum(bool(v) for v in inner.values()) < 2:
        inner = {t.text: _inner_alternatives(t, present, typed=True) for t in widen}
    terms: list[Term] = []
    changed = False
    for term in parsed.terms:
        if term not in widen:
            terms.append(term)
            continue
        own = thesaurus(term.text, present)
        more = tuple(w for w in dict.fromkeys((*own, *inner.get(term.text, ()))) if w not in term.variants)
        more = more[:_MAX_ALTERNATIVES]
        near = tuple(w for w in _near(term.text, present) if w not in term.variants and w not in more)
        parts = tuple(p for p in (*term.parts, *(pieces(term.text) if several else ())) if p != term.text)
        parts = tuple(dict.fromkeys(parts))
        if not more and not near and parts == term.parts:
            terms.append(term)
            continue
        changed = True
        terms.append(replace(term, variants=(*term.variants, *more, *near), parts=parts, backed=True, loose=near))
        terms.extend(Term(p, (p,), part=True) for p in parts if p not in term.parts)
    return replace(parsed, terms=tuple(_unique(terms))) if changed else parsed


def widen_rare(parsed: ParsedQuery, rare: frozenset[str], present: Callable[[str], bool]) -> ParsedQuery:
    """``parsed`` with each word in ``rare`` (a word few passages hold: 诊所, 歇脚) taking as alternatives
    its thesaurus synonyms that some passage holds (a passage holding only a synonym earns less than
    one holding the word, see ``ranking._credit``); ``parsed`` itself when none has any."""
    terms: list[Term] = []
    for term in parsed.terms:
        if term.text in rare and not (term.bonus or term.part or term.required or term.backed):
            found = (*thesaurus(term.text, present), *_near(term.text, present))
            more = tuple(w for w in dict.fromkeys(found) if w not in term.variants)[:_MAX_RARE]
            term = replace(term, variants=(*term.variants, *more), loose=more) if more else term
        terms.append(term)
    return replace(parsed, terms=tuple(terms)) if terms != list(parsed.terms) else parsed


_MAX_RARE = 4  # synonyms a rare word takes on
_MAX_NEAR = 4  # word-vector neighbours a word nobody writes takes on


def _near(word: str, present: Callable[[str], bool] | None) -> tuple[str, ...]:
    """The word-vector neighbours of ``word`` (犯罪 -> 刑事, 案件), or of the first word typed inside it
    that the vectors know (小诊所建 -> those of 诊所); see :mod:`plantrace.search.neighbours`."""
    for candidate in dict.fromkeys((word, *typed_words(word), *inner_words(word))):
        found = neighbours(candidate, present, _MAX_NEAR)
        if found:
            return found
    return ()
_MAX_ALTERNATIVES = 8  # alternatives a word nobody writes takes on (the thesaurus's and its inner words' first)


def _inner_alternatives(
    term: Term, present: Callable[[str], bool] | None, typed: bool = False
) -> tuple[str, ...]:
    """The dictionary words that make up most of a word no passage holds (two thirds of its
    characters or more), longest first, each followed by its thesaurus synonyms; only those some
    passage holds when ``present`` is given. A shorter word inside it is only a part (发电能力 is
    not 能力). ``typed``: only the words the user typed, when ``term`` is not a word itself but
    words glued to a lone character (港口运 of 港口运了多少货 -> 港口; 引力波 is a word: nothing)."""
    found: list[str] = []
    glued = typed_words(term.text)  # the user's own words (诊所 of 小诊所建) count whatever their length
    for word in glued if typed else inner_words(term.text):
        # most of the word (看病 of 看病贵, not 能力 of 发电能力), or a word the user typed
        if word in glued or 3 * len(word) >= 2 * len(term.text):
            found += [word, *thesaurus(word, present)]
    out = [w for w in dict.fromkeys(found) if w not in term.variants]
    return tuple(w for w in out if present is None or present(w))


def typed_words(word: str) -> tuple[str, ...]:
    """The words of two or more characters a query term was glued from (港口运 -> 港口); () for a
    dictionary word (引力波) or a term of one word."""
    if is_word(word):
        return ()
    return tuple(w for w in cut(word) if len(w) >= 2 and w != word)


def inner_words(word: str) -> tuple[str, ...]:
    """The dictionary words of two or more characters inside a CJK word, longest first
    (看病贵 -> 看病; 政府借 -> 政府, a lone character glued to a word; 多大面积 -> 大面积, 面积 …)."""
    if len(word) < 3 or runs(word) != [word] or word.isascii():
        return ()
    inner = {w for w in cut_for_search(word) if len(w) >= 2 and w != word} | _longer_words_inside(word)
    return tuple(sorted(inner, key=lambda w: (-len(w), word.index(w), w)))


def _combine(terms: tuple[Term, ...] | list[Term], op: str, extra: list[Term] | None = None) -> str | None:
    parts = [e for t in terms if (e := t.fts())]
    if not parts:
        return None
    expr = f" {op} ".join(parts)
    more = [e for t in extra or [] if (e := t.fts())]
    if more:
        expr = f"({expr}) AND ({' OR '.join([*parts, *more])})"
    return expr


def parse_query(text: str) -> ParsedQuery:
    """Stretches in ASCII double quotes are required phrases; the rest is split into words without stopwords."""
    folded, relative = relative_year(drop_intent(fold(text[:MAX_CHARS])))
    terms: list[Term] = []
    for match in _QUOTED.finditer(folded):
        phrase = next((g for g in match.groups() if g is not None), "").strip()
        if runs(phrase):
            terms.append(Term(phrase, expand(phrase), required=True))
    rest = _QUOTED.sub(" ", folded).replace('"', " ")
    for chunk in _SEPARATORS.split(rest):
        terms.extend(_chunk_terms(chunk))
    asks = bool(_ASKS_NUMBER.search(folded))
    if asks or _NAMES_FIGURE.search(folded):  # 经济涨了多少, 经济增幅: the indicator the figure is reported
        # under (地区生产总值), found verbatim
        words = frozenset([*(w for chunk in _SEPARATORS.split(rest) for w in cut(chunk)), *(t.text for t in terms)])
        terms.extend(Term(names[0], names, bonus=True, figure=True) for _, names in figure_phrases(rest, words))
    return ParsedQuery(tuple(_unique(terms))[:MAX_TERMS], asks_number=asks, relative=relative)


def relative_year(text: str) -> tuple[str, tuple[str, int] | None]:
    """``text`` without the year it counts from the report (汉滨区去年经济增长多少 -> 汉滨区 经济增长多少), and
    that word with its offset (``data/synonyms.toml`` ``[relative_years]``: 去年 -> -1, 今年 -> 0); the text
    itself and None when it names none, or several (去年和今年). A comparison (比上年) is no such year."""
    found = [m for m in _relative_pattern().finditer(text)]
    if len({m.group(0) for m in found}) != 1:
        return text, None
    word = found[0].group(0)
    return _relative_pattern().sub(" ", text), (word, _relative_years()[word])


@functools.lru_cache(maxsize=1)
def _relative_years() -> dict[str, int]:
    text = resources.files("plantrace").joinpath("data", "synonyms.toml").read_text(encoding="utf-8")
    return {fold(k): int(v) for k, v in tomllib.loads(text)["relative_years"].items()}


@functools.lru_cache(maxsize=1)
def _relative_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_relative_years(), key=lambda w: (-len(w), w)))
    return re.compile(f"(?<![比较同])(?:{words})")


def drop_intent(text: str) -> str:
    """Drop the qualifiers and generic nouns after a question word (哪些主要平台 -> 哪些 平台,
    采取哪些措施 -> 采取哪些): the question word itself goes with the stopwords."""
    return _intent_pattern().sub(lambda m: m.group(1) + " ", text)


@functools.lru_cache(maxsize=1)
def _intent_pattern() -> re.Pattern[str]:
    text = resources.files("plantrace").joinpath("data", "synonyms.toml").read_text(encoding="utf-8")
    intent = tomllib.loads(text)["intent"]
    asks = "|".join(re.escape(w) for w in sorted(intent["question_words"], key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(intent["after_question"], key=len, reverse=True))
    return re.compile(f"({asks})(?:{after})+")


def _chunk_terms(chunk: str) -> list[Term]:
    """Words of one unpunctuated stretch; each run of words between stopwords also as a bonus."""
    if not runs(chunk):
        return []
    out: list[Term] = []
    words = _words(chunk)
    if len(words) > 1:  # the chunk as typed, stopwords and all: the best evidence when it occurs
        out.append(Term(chunk.strip(), (chunk.strip(),), bonus=True))
    for _, written in phrase_expansions(chunk):  # 老百姓收入 -> 居民人均可支配收入
        out.append(Term(written[0], written, bonus=True))
    stretches = _stretches(words)
    if len(stretches) > 1:  # a lone character between stopwords (怎么做) says nothing on its own,
        kept = [s for s in stretches if len(s) > 1 or not _single(s[0])]  # unless it stands for a word
        out.extend(_character_term(s[0]) for s in stretches if kept and len(s) == 1 and s[0] in character_words())
        out.extend(Term(s[0], (s[0],), lone=True) for s in stretches
                   if kept and len(s) == 1 and _single(s[0]) and s[0] not in character_words())
        stretches = kept or stretches
    for stretch in stretches:
        words = [w for glued in _merge_single_characters(stretch) for w in _unglued(glued)]
        for word in words:
            parts = sub_words(word)
            out.append(Term(word, expand(word), parts=parts))
            out.extend(Term(p, (p,), part=True) for p in parts)
        joined = "".join(stretch)
        if len(words) > 1 and len(runs(joined)) == 1:
            out.append(Term(joined, (joined,), bonus=True))
    return out


def _character_term(char: str) -> Term:
    """A lone character of the question that stands for a word (网 -> 网络, 宽带, 光网): the words, not
    the character (a passage holding 网 anywhere is not about the network)."""
    words = character_words()[char]
    return Term(words[0], words)


def _words(chunk: str) -> list[str]:
    """jieba words, keeping synonym-list terms (``R&D``, ``PM2.5``) whole."""
    words: list[str] = []
    for i, piece in enumerate(_synonym_pattern().split(chunk)):
        if piece:
            words.extend([piece] if i % 2 else [part for w in cut(piece) for part in _split_stopword(w)])
    return words


def _split_stopword(word: str) -> list[str]:
    """jieba knows some question phrases as words (哪些项目): split the question word off."""
    for stop in _long_stopwords():
        if len(stop) > 1 and len(word) - len(stop) >= 2:
            if word.startswith(stop):
                return [stop, word[len(stop):]]
            if word.endswith(stop):
                return [word[: -len(stop)], stop]
    return [word]


@functools.lru_cache(maxsize=1)
def _long_stopwords() -> tuple[str, ...]:
    """Stopwords of two or more characters, longest first (a fixed order: results must not vary)."""
    return tuple(sorted((w for w in stopwords() if len(w) > 1), key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=1)
def _synonym_pattern() -> re.Pattern[str]:
    """Synonym-list terms, longest first; Latin ones only as whole words (``AI`` not inside ``MAIN``)."""
    found = {m for group in synonym_groups().values() for m in group if len(m) > 1}
    members = sorted(found, key=lambda m: (-len(m), m))
    return re.compile("(" + "|".join(_whole(m) for m in members) + ")", re.IGNORECASE)


def _whole(member: str) -> str:
    before = r"(?<![A-Za-z0-9])" if member[0].isascii() and member[0].isalnum() else ""
    after = r"(?![A-Za-z0-9])" if member[-1].isascii() and member[-1].isalnum() else ""
    return before + re.escape(member) + after


def sub_words(word: str) -> tuple[str, ...]:
    """The longest dictionary words inside a long word (城中村改造 -> 城中村, 改造); () for short ones."""
    if len(word) < 4 or runs(word) != [word] or word.isascii():
        return ()
    inner = {w for w in cut_for_search(word) if len(w) >= 2 and w != word}
    inner |= _longer_words_inside(word)
    return tuple(sorted(w for w in inner if not any(w != o and w in o for o in inner)))


def _longer_words_inside(word: str) -> set[str]:
    """Dictionary words of three or more characters inside ``word`` (jieba's search mode gives only
    two and three: 老旧小区改造 -> 老旧小区); two-character ones are too often accidental (放达)."""
    n = len(word)
    return {word[i:j] for i in range(n) for j in range(i + 3, n + 1) if (i, j) != (0, n) and is_word(word[i:j])}


def _stretches(words: list[str]) -> list[list[str]]:
    """Split words at stopwords and at words without letters or digits."""
    found: list[list[str]] = [[]]
    for word in words:
        if word in stopwords() or not runs(word):
            found.append([])
        else:
            found[-1].append(word)
    return [s for s in found if s]


def _merge_single_characters(words: list[str]) -> list[str]:
    """Glue one-character CJK words: two or more in a row make a word (``碧`` ``道`` -> ``碧道``,
    ``降`` ``费`` -> ``降费``), a lone one joins the next word (``老`` ``城市`` -> ``老城市``, else the
    previous one), and a number takes the character after it (``2021`` ``年`` -> ``2021年``)."""
    out: list[str] = []
    pending = ""
    for word in words:
        if _single(word) and not pending and out and out[-1].isdigit():
            out[-1] += word
        elif _single(word):
            pending += word
        elif len(pending) == 1:
            out.append(pending + word)
            pending = ""
        else:
            out.extend([pending, word] if pending else [word])
            pending = ""
    if len(pending) == 1 and out:
        out[-1] += pending
    elif pending:
        out.append(pending)
    return out


def _single(word: str) -> bool:
    return len(word) == 1 and not word.isascii()


def expand(term: str) -> tuple[str, ...]:
    """The term, its synonyms (``GDP`` -> ``地区生产总值`` …), the other names of the metric it
    names and the official words for an everyday word (see :mod:`plantrace.search.expand`)."""
    group = synonym_groups().get(term.lower())
    synonyms = tuple(g for g in group if g.lower() != term.lower()) if group else ()
    return word_variants(term, synonyms)


def _unglued(word: str) -> list[str]:
    """A string glued from a lone character and a word (see :func:`_merge_single_characters`), cut
    again where an everyday word of the lexicon lies inside it: the word the character was glued to
    when that word has official terms of its own (居民收入涨 -> 居民收入, 养老金发 -> 养老金: the verb
    says nothing a passage would write), or the lexicon word the character begins (看电视信号 ->
    看电视, 电视信号); ``[word]`` itself otherwise, and for any dictionary word."""
    if len(word) < 3 or is_word(word):
        return [word]
    for core in (word[:-1], word[1:]):
        if is_word(core) and len(expand(core)) > 1:
            return [core]
    for size in range(len(word) - 2, 1, -1):
        head, rest = word[:size], word[size:]
        if head in concept_words() and is_word(rest) and len(rest) >= 2:
            return [head, rest]
    return [word]


@functools.lru_cache(maxsize=1)
def synonym_groups() -> dict[str, tuple[str, ...]]:
    """Every member of ``data/synonyms.toml`` (lower-cased) -> its whole group."""
    text = resources.files("plantrace").joinpath("data", "synonyms.toml").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for group in tomllib.loads(text)["groups"]:
        members = tuple(fold(g) for g in group)
        for member in members:
            out[member.lower()] = members
    return out


def _unique(terms: list[Term]) -> list[Term]:
    """First of each text (a whole word wins over the same text as a part or bonus stretch)."""
    whole = {t.text for t in terms if not t.part and not t.bonus}
    seen: set[tuple[str, bool]] = set()
    out = []
    for term in terms:
        key = (term.text, term.bonus)
        if key not in seen and not (term.part and term.text in whole):
            seen.add(key)
            out.append(term)
    return out
