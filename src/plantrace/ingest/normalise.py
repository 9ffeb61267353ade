"""Line normalisation: whitespace, zero glyphs, full-width ASCII, and the simplified layer.

Every normalised line keeps an index back to the original line, so any span found in the
normalised or simplified text can be cited in the original. The work is done with
``str.translate`` and regular expressions, not per character in Python: ingest reads megabytes.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Sequence

from plantrace.models import Line, Script

_SPACES = "\u00a0\u3000\t\u2002\u2003\u2009\u200b\ufeff\r\x0b\x0c"
# Full-width ASCII variants -> ASCII; odd spaces -> " ". Every mapping is one char to one char,
# so offsets survive the translation unchanged.
_FOLD = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {ch: " " for ch in _SPACES}
_FOLDABLE = re.compile("[\uff01-\uff5e" + re.escape(_SPACES) + "]")  # re.sub beats str.translate here
_CN_DIGIT = "一二三四五六七八九十〇零两百千"
# 二O三五, 二○○五: zero-like glyphs between Chinese numerals; ○ also next to one numeral.
_ZERO_BETWEEN = re.compile(f"(?<=[{_CN_DIGIT}])[○Oo◯〇]+(?=[{_CN_DIGIT}])")
_ZERO_CIRCLE = re.compile(f"(?<=[{_CN_DIGIT}])[○◯]+|[○◯]+(?=[{_CN_DIGIT}])")
_WORDS = re.compile(r"[^ ]+")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# Converter debris: the pinyin of a character in brackets right after it (報(bào)告, 萬(wàn)). Only
# lower-case syllables with a tone mark, so (GDP), (1) or (试行) are never touched.
_PINYIN = re.compile(f"(?<=[\u3400-\u9fff])\\((?=[a-z{_TONED}ü]*[{_TONED}])[a-z{_TONED}ü]{{1,7}}\\)")
_CJK_CLASS = (
    "\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2000-\u206f\uf900-\ufaff"
)
_CJK_CHAR = re.compile(f"[{_CJK_CLASS}]")
_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")


def _is_cjk(ch: str) -> bool:
    return _CJK_CHAR.match(ch) is not None


def _fold(match: re.Match[str]) -> str:
    return _FOLD[match.group()]


def _zeros(match: re.Match[str]) -> str:
    return "〇" * len(match.group())


def _unify_zeros(text: str) -> str:
    """二O三五 / 二○三五 -> 二〇三五: a zero-like glyph between Chinese numerals is 〇."""
    if "○" not in text and "◯" not in text and "O" not in text and "o" not in text:
        return text
    return _ZERO_CIRCLE.sub(_zeros, _ZERO_BETWEEN.sub(_zeros, text))


def normalise(raw: str) -> tuple[str, tuple[int, ...]]:
    """Return the normalised text of one line and, for each of its characters, the raw offset.

    Runs of spaces are dropped, except one space kept between two non-CJK characters
    (``PM 2.5`` stays readable, ``前 言`` becomes ``前言``).
    """
    folded = _unify_zeros(_FOLDABLE.sub(_fold, raw))
    if "(" in folded and _PINYIN.search(folded):
        stripped, base = _without_pinyin(folded)
        text, index = _spaces(stripped)
        return text, tuple(base[i] for i in index)
    return _spaces(folded)


def _without_pinyin(folded: str) -> tuple[str, list[int]]:
    """``folded`` without bracketed pinyin after characters (報(bào)告 -> 報告), and for each
    character kept its offset in ``folded``."""
    keep = [True] * len(folded)
    for match in _PINYIN.finditer(folded):
        keep[match.start() : match.end()] = [False] * (match.end() - match.start())
    index = [i for i, k in enumerate(keep) if k]
    return "".join(folded[i] for i in index), index


def _spaces(folded: str) -> tuple[str, tuple[int, ...]]:
    """Runs of spaces dropped, except one between two non-CJK characters; offsets into ``folded``."""
    if " " not in folded:
        return folded, tuple(range(len(folded)))
    parts: list[str] = []
    index: list[int] = []
    for match in _WORDS.finditer(folded):
        start, end = match.span()
        if parts and not (_is_cjk(parts[-1][-1]) or _is_cjk(folded[start])):
            parts.append(" ")
            index.append(start - 1)
        parts.append(match.group())
        index.extend(range(start, end))
    return "".join(parts), tuple(index)


@functools.lru_cache(maxsize=1)
def _converter() -> object:
    import opencc  # native library with its dictionaries bundled: nothing loads from the network

    return opencc.OpenCC("t2s")


def _char_by_char(text: str) -> str:
    convert = _converter().convert  # type: ignore[attr-defined]
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)


def to_simplified(text: str) -> str:
    """Convert to simplified characters, keeping the length (falls back to per-character)."""
    if not text or text.isascii():
        return text
    convert = _converter().convert  # type: ignore[attr-defined]
    simp: str = convert(text)
    if len(simp) == len(text):
        return simp
    return _char_by_char(text)


# Corner brackets and double prime quotes (「十四五」, 〝十一五〞, 『…』) are the quotation marks of traditional
# script and of some converted copies: the simplified layer writes them as simplified script does (“…”, ‘…’),
# one character for one, so every rule reads one kind of quotation mark.
_QUOTES = str.maketrans("「」〝〞『』", "“”“”‘’")


def _simplify_all(texts: Sequence[str]) -> list[str]:
    """Convert many lines in one call; a line whose length changed is redone on its own."""
    return [text.translate(_QUOTES) for text in _converted(texts)]


def _converted(texts: Sequence[str]) -> list[str]:
    joined = "\n".join(texts)
    if joined.isascii():
        return list(texts)
    convert = _converter().convert  # type: ignore[attr-defined]
    converted: str = convert(joined)
    parts = converted.split("\n")
    if len(parts) != len(texts):
        return [to_simplified(text) for text in texts]
    return [s if len(s) == len(t) else to_simplified(t) for s, t in zip(parts, texts, strict=True)]


def make_lines(
    raw_lines: Iterable[str], pages: Sequence[int] = (), page_lines: Sequence[int] = (),
    confidence: Sequence[float] = (),
) -> tuple[Line, ...]:
    """Build the normalised, simplified lines of a document, numbered from 1.

    ``pages``/``page_lines`` (a PDF's, one per line, or empty) give each line its printed page and place;
    ``confidence`` (a scan's, one per line, or empty) OCR's confidence in each line."""
    raws = list(raw_lines)
    normalised = [normalise(raw) for raw in raws]
    simps = _simplify_all([text for text, _ in normalised])
    paged = len(pages) == len(raws)
    placed = paged and len(page_lines) == len(raws)
    read = len(confidence) == len(raws)
    return tuple(
        Line(number=number, raw=raw, text=text, simp=simp, index=index,
             page=pages[number - 1] if paged else None, page_line=page_lines[number - 1] if placed else None,
             ocr_confidence=confidence[number - 1] if read else None)
        for number, (raw, (text, index), simp) in enumerate(zip(raws, normalised, simps, strict=True), 1)
    )


def mask_spans(line: Line, spans: Iterable[tuple[int, int]]) -> Line:
    """Remove ``[start, end)`` spans of ``text``/``simp`` from a line, keeping ``index`` aligned."""
    keep = [True] * len(line.text)
    for start, end in spans:
        keep[start:end] = [False] * (end - start)
    text = "".join(ch for ch, k in zip(line.text, keep, strict=True) if k)
    simp = "".join(ch for ch, k in zip(line.simp, keep, strict=True) if k)
    index = tuple(i for i, k in zip(line.index, keep, strict=True) if k)
    return Line(number=line.number, raw=line.raw, text=text, simp=simp, index=index, page=line.page,
                page_line=line.page_line, ocr_confidence=line.ocr_confidence)


def detect_script(lines: Iterable[Line]) -> Script:
    """``hant`` when many characters change under t2s, ``hans`` when almost none do."""
    changed = total = 0
    for line in lines:
        total += sum(len(run) for run in _CJK_RUN.findall(line.text))
        if line.text != line.simp:
            if len(line.text) != len(line.simp):
                raise ValueError(f"line {line.number}: its simplified text is not as long as its text")
            changed += sum(map(operator.ne, line.text, line.simp))  # counted in C
    if total < 20:
        return "unknown"
    ratio = changed / total
    if ratio > 0.08:
        return "hant"
    if ratio > 0.02:
        return "mixed"
    return "hans"
