"""Decide the text encoding of a file, deterministically.

Order: an explicit encoding; a byte-order mark; a UTF-16 NUL pattern; strict UTF-8; strict GB18030
and Big5 ranked by how plausible their characters are; charset-normalizer as the last resort.
The plausibility of a decoding is the share of its characters that are common: ASCII text, CJK
punctuation, or one of the ~7,000 most frequent Chinese characters (GB2312 level 1 and Big5 level
1), so a Big5 file misread as GB18030 (which always "succeeds") loses to its real encoding.
"""

from __future__ import annotations

import codecs
import functools
import re

from plantrace.errors import BinaryFile, DecodeFailure

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK_CANDIDATES = ("gb18030", "big5", "cp950", "big5hkscs")
# Encodings decided by a BOM, a NUL pattern or a strict decoding (not by charset-normalizer's guess).
CERTAIN_ENCODINGS = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", *_CJK_CANDIDATES})
_SAMPLE_BYTES = 64 * 1024
_SAMPLE_CHARS = 20_000
MIN_PLAUSIBLE = 0.7
_PLAIN = re.compile(r"[\t\n\r\x20-\x7e\u3000-\u303f\uff01-\uff5e\u2010-\u2027\u00a0]+")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _decode_pairs(encoding: str, leads: range, trails: list[int]) -> set[str]:
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                continue
    return chars


@functools.lru_cache(maxsize=1)
def common_hanzi() -> frozenset[str]:
    """GB2312 level-1 (3,755 simplified) and Big5 level-1 (5,401 traditional) characters."""
    gb = _decode_pairs("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))
    big5 = _decode_pairs("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    return frozenset(gb | big5)


def plausibility(text: str) -> float:
    """Share of characters that are plain ASCII/CJK punctuation or common Chinese characters."""
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return 0.0
    rest = _PLAIN.sub("", sample)
    common = common_hanzi()
    good = len(sample) - len(rest) + sum(1 for ch in rest if ch in common)
    return good / len(sample)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_binary(data: bytes) -> bool:
    """Text in UTF-8, GB18030 or Big5 has no control bytes besides tab, newline, return, form feed."""
    sample = data[:_SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(len(sample) // 100, 2)


def _utf16_by_nuls(data: bytes) -> str | None:
    """BOM-less UTF-16: ASCII characters leave NUL bytes on one side of each pair."""
    sample = data[:_SAMPLE_BYTES]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = max(len(sample) // 2, 1)
    if len(data) % 2 == 0 and odd > 4 * even and odd >= pairs * 0.05:
        return "utf-16-le"
    if len(data) % 2 == 0 and even > 4 * odd and even >= pairs * 0.05:
        return "utf-16-be"
    return None


def _best_cjk(data: bytes) -> tuple[str, str] | None:
    """The most plausible strict CJK decoding; one that needs private-use characters ranks last."""
    best: tuple[tuple[bool, float], str, str] | None = None
    for encoding in _CJK_CANDIDATES:
        text = _strict(data, encoding)
        if text is None:
            continue
        rank = (_PRIVATE_USE.search(text) is None, plausibility(text))
        if best is None or rank > best[0]:
            best = (rank, encoding, text)
    if best is None or best[0][1] < MIN_PLAUSIBLE:
        return None
    return best[2], best[1]


def _fallback(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None or match.encoding is None:
        return None
    text = str(match)
    if _CONTROL.search(text[:_SAMPLE_CHARS]) or plausibility(text) < MIN_PLAUSIBLE:
        return None
    return text, match.encoding


def _explicit(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DecodeFailure(
            f"{name}: unknown encoding {encoding!r}.", hint="Use a name like utf-8, gb18030, big5, utf-16."
        ) from None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise DecodeFailure(
            f"{name}: the bytes at offset {exc.start} are not valid {encoding}.",
            hint="Leave the encoding out to detect it, or give the real one (gb18030, big5, utf-16 …).",
        ) from None


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; ``name`` is used in error messages."""
    if encoding:
        return _explicit(data, name, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom) and (text := _strict(data, codec)) is not None:
            return text, codec
    if b"\x00" in data:
        codec16 = _utf16_by_nuls(data)
        text16 = _strict(data, codec16) if codec16 else None
        if codec16 and text16 is not None and plausibility(text16) >= MIN_PLAUSIBLE:
            return text16, codec16
        raise BinaryFile(f"{name}: the file contains NUL bytes and is not UTF-16 text.")
    if _looks_binary(data):
        raise BinaryFile(f"{name}: the file is full of control bytes: it is not text.")
    text8 = _strict(data, "utf-8")
    if text8 is not None:
        return text8, "utf-8"
    found = _best_cjk(data) or _fallback(data)
    if found is None:
        raise DecodeFailure(f"{name}: the encoding could not be detected (not UTF-8, GB18030, Big5 or UTF-16).")
    return found
