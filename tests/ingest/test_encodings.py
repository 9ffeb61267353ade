"""Encodings: the same corpus text saved as GB18030, Big5, UTF-16 … gives identical Lines."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from plantrace.errors import BinaryFile, DecodeFailure
from plantrace.ingest import load
from plantrace.ingest.encoding import decode_bytes, plausibility
from plantrace.ingest.readers import read_source

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
MAX = 50 * 1024 * 1024
SIMPLIFIED = ["guangzhou_work_report_2021.txt", "liwan_fyp14_outline_scraped.txt", "conghua_fyp14_outline_2022.txt"]
TRADITIONAL = "haizhu_fyp14_outline_hant.txt"


def corpus_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def big5_safe(text: str) -> str:
    """HZ with the two characters Big5 lacks (〇 U+3007, 墻) replaced by ones it has."""
    return text.replace("〇", "○").replace("墻", "牆")


def lines_of(path: Path, **kwargs: str) -> tuple[tuple[str, str, tuple[int, ...]], ...]:
    _, cleaned = load(path, **kwargs)  # type: ignore[arg-type]
    return tuple((line.text, line.simp, line.index) for line in cleaned.lines)


@pytest.mark.parametrize(
    ("name", "codec", "expected"),
    [
        *[(name, "gb18030", "gb18030") for name in SIMPLIFIED],
        (TRADITIONAL, "gb18030", "gb18030"),
        *[(name, "utf-16", "utf-16") for name in [*SIMPLIFIED, TRADITIONAL]],  # with a BOM
        *[(name, "utf-16-le", "utf-16-le") for name in SIMPLIFIED],  # BOM-less: the NUL pattern
        *[(name, "utf-16-be", "utf-16-be") for name in SIMPLIFIED],
        *[(name, "utf-8-sig", "utf-8-sig") for name in SIMPLIFIED],
    ],
)
def test_same_lines_in_every_encoding(tmp_path: Path, name: str, codec: str, expected: str) -> None:
    text = corpus_text(name)
    path = tmp_path / name
    path.write_bytes(text.encode(codec))
    document, _ = load(path)
    assert document.encoding == expected
    assert lines_of(path) == lines_of(CORPUS / name)


@pytest.mark.parametrize("codec", ["big5", "cp950"])
def test_big5_traditional_document(tmp_path: Path, codec: str) -> None:
    text = big5_safe(corpus_text(TRADITIONAL))
    utf8, big5 = tmp_path / "hz_utf8.txt", tmp_path / "hz_big5.txt"
    utf8.write_text(text, encoding="utf-8")
    big5.write_bytes(text.encode(codec))
    document, cleaned = load(big5)
    assert document.encoding in {"big5", "cp950"}
    assert lines_of(big5) == lines_of(utf8)
    assert document.title.startswith("廣州市海珠區")
    assert len(cleaned.lines) == 359


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("海珠區人民政府", "big5", "big5"),
        ("广州市人民政府", "gbk", "gb18030"),
        ("廣州市海珠區", "gbk", "gb18030"),  # traditional characters saved as GBK
        ("各位代表:\n现在,我代表市人民政府,向大会报告工作。", "gb18030", "gb18030"),
        ("ASCII only, 2021", "utf-8", "utf-8"),
    ],
)
def test_short_texts(text: str, codec: str, expected: str) -> None:
    assert decode_bytes(text.encode(codec), "t") == (text, expected)


def test_explicit_encoding_wins(tmp_path: Path) -> None:
    path = tmp_path / "wr.txt"
    path.write_bytes("广州市人民政府工作报告".encode("gb18030"))
    assert read_source(path, encoding="gb18030", max_bytes=MAX).encoding == "gb18030"
    with pytest.raises(DecodeFailure, match=r"wr\.txt"):
        read_source(path, encoding="utf-8", max_bytes=MAX)
    with pytest.raises(DecodeFailure, match=r"unknown encoding"):
        read_source(path, encoding="no-such-codec", max_bytes=MAX)


def test_undecodable_bytes_fail_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 40)
    with pytest.raises((DecodeFailure, BinaryFile)) as caught:
        read_source(path, max_bytes=MAX)
    assert "noise.txt" in caught.value.message
    assert caught.value.hint


def test_nul_bytes_that_are_not_utf16_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02\x03\x00\x00\xff\xfe\x00" * 100)
    with pytest.raises(BinaryFile, match=r"blob\.txt"):
        read_source(path, max_bytes=MAX)


def test_control_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "packed.txt"
    path.write_bytes(bytes(range(1, 32)) * 30 + "广州".encode())
    with pytest.raises(BinaryFile, match=r"packed\.txt"):
        read_source(path, max_bytes=MAX)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Le plan quinquennal: croissance économique, qualité de vie, réformes.\n" * 5, "cp1252"),
        ("中華人民共和國國民經濟和社會發展第十四個五年規劃綱要\n", "big5"),
    ],
)
def test_fallback_and_big5(text: str, codec: str) -> None:
    decoded, used = decode_bytes(text.encode(codec), "f.txt")
    assert decoded == text
    assert codecs.lookup(used).name in {codecs.lookup(codec).name, "cp1250", "cp1252", "iso8859-1", "big5"}


def test_a_statistical_guess_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le plan quinquennal: croissance économique, qualité de vie.\n".encode("cp1252") * 5)
    document, _ = load(path)
    assert document.warnings[0].code == "encoding_guessed"
    assert not load(CORPUS / SIMPLIFIED[0])[0].warnings


def test_utf32_bom(tmp_path: Path) -> None:
    path = tmp_path / "u32.txt"
    path.write_bytes(codecs.BOM_UTF32_LE + "各位代表:\n".encode("utf-32-le"))
    assert read_source(path, max_bytes=MAX).lines == ("各位代表:",)


def test_plausibility_prefers_the_real_encoding() -> None:
    text = corpus_text(TRADITIONAL)[:3000]
    misread = big5_safe(text).encode("big5").decode("gb18030", errors="replace")
    assert plausibility(text) > 0.95
    assert plausibility(misread) < 0.7
