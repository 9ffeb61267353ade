"""Metadata a user gives at ingest (``--issued``, ``--jurisdiction``, ``--doc-type``) for what a text lacks."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from plantrace import pipeline
from plantrace.errors import InputError
from plantrace.ingest.metadata import checked_given, given_issued, given_region
from plantrace.models import Given

# an excerpt that names neither its date, nor its place, nor its kind (lines of several governments' reports)
EXCERPT = ("过去一年，全市地区生产总值增长5.2%，城镇新增就业5.3万人。\n"
           "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业5万人以上。\n"
           "去年粮食总产量达到218亿斤。\n")


@pytest.mark.parametrize(("text", "iso"), [
    ("2026-01-27", "2026-01-27"), ("2026-1-7", "2026-01-07"), ("2026/01/27", "2026-01-27"),
    ("2026.2", "2026-02"), ("2026", "2026"), (" 2019-12-31 ", "2019-12-31"),
])
def test_a_given_date_is_read_as_precisely_as_it_is_written(text: str, iso: str) -> None:
    assert given_issued(text) == iso


@pytest.mark.parametrize("text", ["2026-13-01", "2026-02-30", "26-01-27", "二〇二六年", "1850", "tomorrow", ""])
def test_a_date_that_cannot_be_read_is_an_error_with_a_hint(text: str) -> None:
    with pytest.raises(InputError) as caught:
        given_issued(text)
    assert "YYYY-MM-DD" in caught.value.hint


@pytest.mark.parametrize(("name", "full", "level"), [
    ("贵州省", "贵州省", "province"), ("新疆", "新疆维吾尔自治区", "province"), ("遵义市", "遵义市", "city"),
    ("廣西壯族自治區", "广西壮族自治区", "province"), ("全国", "中华人民共和国", "national"),
    ("广州市海珠区", "广州市海珠区", "district"),
])
def test_a_given_place_is_read_with_the_national_gazetteer(name: str, full: str, level: str) -> None:
    region = given_region(name)
    assert (region.name, region.level) == (full, level)


@pytest.mark.parametrize("name", ["火星省", "某市", "abc"])
def test_a_place_the_gazetteer_does_not_know_is_an_error(name: str) -> None:
    with pytest.raises(InputError, match="administrative division"):
        given_region(name)


def test_checked_given_normalises_once_for_a_run() -> None:
    assert checked_given(Given(issued="2026-1", jurisdiction="新疆")) == Given(issued="2026-01",
                                                                              jurisdiction="新疆维吾尔自治区")
    with pytest.raises(InputError, match="not a document type"):
        checked_given(Given(doc_type="novel"))  # type: ignore[arg-type]  # from the API, as typed


@pytest.fixture()
def excerpt(tmp_path: Path) -> Path:
    path = tmp_path / "excerpt.txt"
    path.write_text(EXCERPT, encoding="utf-8")
    return path


def _years(path: Path, given: Given | None) -> dict[str, tuple[str, int | None]]:
    _, facts = pipeline.process_file(path, given=given)
    return {m.surface: (m.stance, m.year) for m in facts.measures}


def test_a_given_date_dates_what_the_text_counts_from_it(excerpt: Path) -> None:
    undated = _years(excerpt, None)
    assert undated["5%左右"] == ("target", None)  # without a date, 今年 is no year
    dated = _years(excerpt, Given(issued="2026-01-27", doc_type="work_report"))
    assert dated["5.2%"] == ("actual", 2025)
    assert dated["5%左右"] == ("target", 2026)
    assert dated["218亿斤"] == ("actual", 2025)
    earlier = _years(excerpt, Given(issued="2019-02", doc_type="work_report"))
    assert earlier["5%左右"] == ("target", 2019)


def test_what_is_given_wins_and_the_document_says_so(excerpt: Path) -> None:
    read = pipeline.parse_file(excerpt).document
    given = pipeline.parse_file(excerpt, given=Given(issued="2026-01-27", jurisdiction="遵义市",
                                                     doc_type="work_report")).document
    assert (read.issued, read.jurisdiction, read.doc_type) == (None, "", "other")
    assert (given.issued, given.jurisdiction, given.level, given.doc_type, given.period) == (
        "2026-01-27", "遵义市", "city", "work_report", (2026, 2026))
    note = next(w for w in given.warnings if w.code == "metadata_given")
    assert "2026-01-27" in note.message and "the text says no date" in note.message
    assert not any(w.code == "metadata_given" for w in read.warnings)
    assert given.id != read.id  # another version of the same file


def test_a_date_in_the_text_is_kept_unless_one_is_given(tmp_path: Path) -> None:
    path = tmp_path / "dated.txt"
    opening = "某市政府工作报告\n——2025年1月20日在市第十七届人民代表大会第五次会议上\n"
    path.write_text(opening + EXCERPT, encoding="utf-8")
    assert pipeline.parse_file(path).document.issued == "2025-01-20"
    document = pipeline.parse_file(path, given=Given(issued="2026-01-27")).document
    assert document.issued == "2026-01-27"
    assert "the text says 2025-01-20" in next(w.message for w in document.warnings if w.code == "metadata_given")


# -- the CLI ---------------------------------------------------------------------------------------------------


@dataclass
class Result:
    returncode: int
    out: str
    err: str


@pytest.fixture()
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    from plantrace.cli.main import cli
    from plantrace.cli.output import run_command

    def invoke(*args: str) -> Result:
        capsys.readouterr()
        with monkeypatch.context() as patch:
            patch.setattr(sys, "argv", ["plantrace", *args])
            code = run_command(cli)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return invoke


def test_ingest_with_given_metadata_and_again_with_other_values(run: Callable[..., Result], excerpt: Path,
                                                                tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    first = run("ingest", str(excerpt), "--db", db, "--workers", "1", "--json", "--issued", "2025-01",
                "--doc-type", "work_report", "--jurisdiction", "贵州")
    assert first.returncode == 0, first.err
    assert json.loads(first.out)[0]["outcome"] == "added"
    again = run("ingest", str(excerpt), "--db", db, "--json", "--issued", "2025-01", "--doc-type", "work_report",
                "--jurisdiction", "贵州")
    assert json.loads(again.out)[0]["outcome"] == "unchanged"
    other = run("ingest", str(excerpt), "--db", db, "--json", "--issued", "2026-01-27", "--doc-type",
                "work_report", "--jurisdiction", "贵州")
    assert json.loads(other.out)[0]["outcome"] == "replaced"
    with sqlite3.connect(db) as conn:
        docs = conn.execute("SELECT jurisdiction, level, doc_type, issued FROM documents").fetchall()
        years = dict(conn.execute("SELECT surface, year FROM measures WHERE stance = 'target'").fetchall())
    assert docs == [("贵州省", "province", "work_report", "2026-01-27")]  # one document, the last version
    assert years["5%左右"] == 2026
    shown = run("show", excerpt.name, "--db", db)
    assert "metadata_given" in shown.out and "2026-01-27" in shown.out


@pytest.mark.parametrize(("option", "value", "says"), [
    ("--issued", "2026-02-30", "not a date"),
    ("--jurisdiction", "火星省", "administrative division"),
])
def test_a_bad_given_value_fails_before_any_file_is_read(run: Callable[..., Result], excerpt: Path, tmp_path: Path,
                                                         option: str, value: str, says: str) -> None:
    db = tmp_path / "p.db"
    result = run("ingest", str(excerpt), "--db", str(db), option, value)
    assert result.returncode == 1
    assert says in result.err and "Hint:" in result.err
    assert not db.exists()  # nothing read, nothing created
    assert run("measures", str(excerpt), option, value).returncode == 1
