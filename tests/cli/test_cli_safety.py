"""The CLI never destroys data: exports, reads of a mistyped --db, old databases, spreadsheet formulas."""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PLANTRACE = [str(Path(sys.executable).parent / "plantrace")]
RELEASES = Path(__file__).parent.parent / "store" / "fixtures" / "releases"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*PLANTRACE, *args], capture_output=True, text=True, timeout=300, check=False, cwd=cwd)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_clean_error(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "plantrace bug" not in proc.stderr
    assert proc.stderr.lstrip().startswith("Error: ") and "\nHint: " in proc.stderr, proc.stderr
    for word in words:
        assert word in proc.stderr


@pytest.fixture()
def small_db(tmp_path: Path, corpus: Path) -> Path:
    db = tmp_path / "plans.db"
    assert run("ingest", str(corpus / "liwan_fyp14_outline_scraped.txt"), "--db", str(db)).returncode == 0
    return db


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_never_writes_over_the_database(small_db: Path, fmt: str) -> None:
    before = digest(small_db)
    for extra in ([], ["--force"]):
        proc = run("export", "--db", str(small_db), "--format", fmt, "--out", str(small_db), *extra)
        assert_clean_error(proc, "database itself")
    assert digest(small_db) == before
    assert run("ls", "--db", str(small_db)).returncode == 0


def test_export_replaces_an_existing_file_only_with_force(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.csv"
    out.write_text("my only copy of something else\n", encoding="utf-8")
    assert_clean_error(run("export", "--db", str(small_db), "--format", "csv", "--out", str(out)), "--force")
    assert out.read_text(encoding="utf-8") == "my only copy of something else\n"
    assert run("export", "--db", str(small_db), "--format", "csv", "--out", str(out), "--force").returncode == 0
    assert out.read_text(encoding="utf-8").startswith("id,")


def test_export_to_an_unwritable_place_is_a_clear_error(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "folder" / "x.jsonl"
    assert_clean_error(run("export", "--db", str(small_db), "--out", str(out)), "Cannot write")


def test_csv_cells_that_look_like_formulas_stay_text(tmp_path: Path) -> None:
    doc = tmp_path / "formula.txt"
    doc.write_text(
        "某市国民经济和社会发展第十四个五年规划纲要\n第一章 总体要求\n"
        '=HYPERLINK("http://example.com","点击")发展数字经济。\n'
        "+1+2 推进新型城镇化。\n-3 提升公共服务水平。\n@SUM(A1) 加强生态保护。\n\t=1+1 城乡融合发展。\n",
        encoding="utf-8",
    )
    db = tmp_path / "f.db"
    assert run("ingest", str(doc), "--db", str(db)).returncode == 0
    out = run("export", "--db", str(db), "--what", "nodes", "--format", "csv").stdout
    cells = [cell for row in csv.reader(io.StringIO(out)) for cell in row]
    assert any("HYPERLINK" in c for c in cells)
    for cell in cells:
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
        assert not (cell.startswith("-") and not _number(cell)), cell


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_compare_csv_cells_stay_text() -> None:
    from plantrace.cli.entities import render_csv

    rows = [{"place": "海珠区", "aspect": "定位", "value": "=cmd|' /C calc'!A0", "said_by": "@x", "doc": "d1",
             "source": "-a.txt", "line_start": 3, "line_end": 3}]
    out = list(csv.reader(io.StringIO(render_csv(rows, ["海珠区"]))))
    assert out[1][:6] == ["海珠区", "定位", "'=cmd|' /C calc'!A0", "'@x", "d1", "'-a.txt"]
    assert out[1][6:] == ["3", "3"]


@pytest.mark.parametrize("command", [["ls"], ["show", "x"], ["export"], ["projects"], ["targets"], ["search", "经济"]])
def test_reading_commands_never_create_a_database(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "plnas.db"
    assert_clean_error(run(*command, "--db", str(typo)), "No database")
    assert list(tmp_path.iterdir()) == []


def test_doctor_reports_a_missing_database_without_creating_it(tmp_path: Path) -> None:
    typo = tmp_path / "plnas.db"
    proc = run("doctor", "--db", str(typo))
    assert proc.returncode == 0 and "not created yet" in proc.stdout
    assert not typo.exists()


def test_reading_an_old_database_asks_for_db_migrate_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(RELEASES / "7963838.db", db)
    before = digest(db)
    for command in (["ls"], ["doctor"]):
        run(*command, "--db", str(db))
    assert digest(db) == before
    assert_clean_error(run("ls", "--db", str(db)), "plantrace db migrate")
    assert "upgrade(s) pending" in run("doctor", "--db", str(db)).stdout
    assert run("db", "migrate", "--db", str(db)).returncode == 0
    proc = run("ls", "--db", str(db), "--json")
    assert proc.returncode == 0 and "广州市海珠区" in proc.stdout


def test_a_postgresql_url_is_a_clear_error_not_a_folder(tmp_path: Path, corpus: Path) -> None:
    proc = run("ingest", str(corpus / "liwan_fyp14_outline_scraped.txt"), "--db", "postgresql://u:pw@127.0.0.1:1/plans",
               cwd=tmp_path)
    assert_clean_error(proc, "Cannot connect to postgresql://u:***@127.0.0.1:1/plans")
    assert list(tmp_path.iterdir()) == []
