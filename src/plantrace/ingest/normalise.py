"""Line normalisation: whitespace, zero glyphs, full-width ASCII, and the simplified layer.

Every normalised line keeps an index back to the original line, so any span found in the
normalised or simplified text can be cited in the original.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from plantrace.models import Line, Script

_SPACES = {"\u00a0", "\u3000", "\t", "\u2002", "\u2003", "\u2009", "\u200b", "\ufeff", "\r", "\x0b", "\x0c"}
_ZERO_LIKE = {"○", "O", "o", "0", "〇", "◯", "Ｏ", "０"}
_CN_DIGITS = set("一二三四五六七八九十〇零两百千")


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF
        or 0x2000 <= code <= 0x206F  # general punctuation: — “ ” …
        or 0xF900 <= code <= 0xFAFF
    )


def _fold_width(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    return " " if ch in _SPACES else ch


def _unify_zeros(chars: list[str]) -> None:
    """二O三五 / 二○三五 -> 二〇三五: a zero-like glyph between Chinese numerals is 〇."""
    for i, ch in enumerate(chars):
        if ch in _ZERO_LIKE and ch != "0":
            left = chars[i - 1] if i > 0 else ""
            right = chars[i + 1] if i + 1 < len(chars) else ""
            near_digit = left in _CN_DIGITS or right in _CN_DIGITS
            if ch == "○" and near_digit or ch in {"O", "o", "Ｏ", "◯"} and left in _CN_DIGITS and right in _CN_DIGITS:
                chars[i] = "〇"


def normalise(raw: str) -> tuple[str, tuple[int, ...]]:
    """Return the normalised text of one line and, for each of its characters, the raw offset."""
    chars = [_fold_width(ch) for ch in raw]
    _unify_zeros(chars)
    out: list[str] = []
    index: list[int] = []
    pending_space = False
    for offset, ch in enumerate(chars):
        if ch == " ":
            pending_space = bool(out)
            continue
        if pending_space and not (_is_cjk(out[-1]) or _is_cjk(ch)):
            out.append(" ")
            index.append(offset - 1)
        pending_space = False
        out.append(ch)
        index.append(offset)
    return "".join(out), tuple(index)


@functools.lru_cache(maxsize=1)
def _converter() -> object:
    import opencc  # native library with its dictionaries bundled: nothing loads from the network

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert to simplified characters, keeping the length (falls back to per-character)."""
    if not text or text.isascii():
        return text
    convert = _converter().convert  # type: ignore[attr-defined]
    simp: str = convert(text)
    if len(simp) == len(text):
        return simp
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)


def make_lines(raw_lines: Iterable[str]) -> tuple[Line, ...]:
    """Build the normalised, simplified lines of a document, numbered from 1."""
    lines = []
    for number, raw in enumerate(raw_lines, start=1):
        text, index = normalise(raw)
        lines.append(Line(number=number, raw=raw, text=text, simp=to_simplified(text), index=index))
    return tuple(lines)


def detect_script(lines: Iterable[Line]) -> Script:
    """``hant`` when many characters change under t2s, ``hans`` when almost none do."""
    changed = total = 0
    for line in lines:
        for a, b in zip(line.text, line.simp, strict=True):
            if _is_cjk(a) and a != b:
                changed += 1
            total += _is_cjk(a)
    if total < 20:
        return "unknown"
    ratio = changed / total
    if ratio > 0.08:
        return "hant"
    if ratio > 0.02:
        return "mixed"
    return "hans"
