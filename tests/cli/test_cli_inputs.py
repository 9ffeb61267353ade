"""Hostile inputs and machine trouble: inert output, what a folder scan skips, errors people can act on."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

PLANTRACE = [str(Path(sys.executable).parent / "plantrace")]
ROOT = Path(__file__).resolve().parents[2]

BODY = ("某市国民经济和社会发展第十四个五年规划纲要\x1b]0;pwned\x07\n第一章 总则 [bold]加粗[/bold] :x:\n"
        "\x1b[2J发展经济，:thumbs_up: 增长6%。\n" + "推进高质量发展，建设现代化经济体系。\n" * 40)


def spawn(*args: str, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    """In a child process: for what could hang (a FIFO) if the fix regressed."""
    return subprocess.run([*PLANTRACE, *args], capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture()
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """The real entry point (``run_command`` on the ``plantrace`` group) in this process: fast."""
    from plantrace.cli.main import cli
    from plantrace.cli.output import run_command

    def invoke(*args: str, cwd: Path | None = None) -> Result:
        capsys.readouterr()
        with monkeypatch.context() as patch:
            patch.setattr(sys, "argv", ["plantrace", *args])
            if cwd is not None:
                patch.chdir(cwd)
            code = run_command(cli)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return invoke


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def assert_clean_error(proc: Result | subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "plantrace bug" not in proc.stderr
    assert proc.stderr.lstrip().startswith("Error: ") and "\nHint: " in proc.stderr, proc.stderr
    for word in words:
        assert word in proc.stderr, proc.stderr


def test_document_text_and_file_names_are_printed_inert(tmp_path: Path, run: Callable[..., Result]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b[31mred.txt").write_text(BODY, encoding="utf-8")
    db = str(tmp_path / "x.db")
    outputs = [run("ingest", str(folder), "--db", db)]
    outputs += [run(*c, "--db", db) for c in (["ls"], ["show", "evil"], ["show", "evil", "--outline"],
                                               ["search", "发展经济"], ["show", "evil", "--node", "2"])]
    for proc in outputs:
        assert proc.returncode == 0, proc.stderr
        assert "\x1b" not in proc.stdout + proc.stderr and "\x07" not in proc.stdout
    shown = "".join(p.stdout for p in outputs)
    assert ":x:" in shown and "❌" not in shown and "👍" not in shown
    assert "[bold]加粗[/bold]" in shown
    assert "\\x1b]0;pwned\\x07" in shown  # visible, not acted on
    # JSON keeps the text exactly (escaped by JSON itself)
    listed = json.loads(run("ls", "--db", db, "--json").stdout)
    assert listed[0]["title"].endswith("\x1b]0;pwned\x07")


def test_a_folder_scan_says_what_it_skipped_and_never_leaves_the_folder(
    tmp_path: Path, run: Callable[..., Result]
) -> None:
    secret = tmp_path / "outside.txt"
    secret.write_text("江苏省人民政府工作报告\n机密内容不应被读入。\n", encoding="utf-8")
    folder = tmp_path / "plans"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "plan.txt").write_text(BODY.replace("\x1b", ""), encoding="utf-8")
    os.symlink(secret, folder / "link.txt")
    os.symlink(tmp_path, folder / "up")
    os.mkfifo(folder / "pipe.txt")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    (folder / "table.xlsx").write_bytes(b"PK\x03\x04" + b"\0" * 100)
    proc = run("ingest", str(folder), "--db", str(tmp_path / "x.db"), "--json")
    assert proc.returncode == 0, proc.stderr
    rows = {Path(r["path"]).name: r for r in json.loads(proc.stdout)}
    assert rows["plan.txt"]["outcome"] == "added"
    assert "symbolic link" in rows["link.txt"]["skipped"] and "symbolic link" in rows["up"]["skipped"]
    assert "FIFO" in rows["pipe.txt"]["skipped"]
    assert "'.doc'" in rows["old.doc"]["skipped"] and "'.xlsx'" in rows["table.xlsx"]["skipped"]
    assert "机密" not in run("export", "--db", str(tmp_path / "x.db"), "--what", "nodes").stdout
    summary = run("ingest", str(folder), "--db", str(tmp_path / "x.db")).stdout
    assert "5 skipped" in summary and "skipped, unsupported format '.doc'" in summary


def test_a_fifo_given_by_name_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    proc = spawn("ingest", str(fifo), "--db", str(tmp_path / "x.db"))
    assert proc.returncode == 1 and "not a regular file" in proc.stdout + proc.stderr
    assert_clean_error(spawn("parse", str(fifo)), "not a regular file")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--encoding", "nosuch"], ["Unknown encoding 'nosuch'", "gb18030"]),
        (["--max-mb", "0"], ["--max-mb 0"]),
        (["--max-mb", "-1"], ["--max-mb -1"]),
        (["--max-mb", "99999999999999999999"], ["--max-mb 99999999999999999999"]),
    ],
)
def test_bad_reading_options_are_refused_before_anything_is_read(
    tmp_path: Path, corpus: Path, args: list[str], words: list[str], run: Callable[..., Result]
) -> None:
    db = tmp_path / "x.db"
    assert_clean_error(run("ingest", str(corpus / "liwan_fyp14_outline_scraped.txt"), "--db", str(db), *args), *words)
    assert not db.exists()


def test_settings_max_file_mb_and_encoding_apply_to_parse_and_measures(
    tmp_path: Path, run: Callable[..., Result]
) -> None:
    (tmp_path / "plantrace.toml").write_text('max_file_mb = 1\nencoding = "nosuch"\n', encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text("推进高质量发展。\n" * 100_000, encoding="utf-8")
    for command in ("parse", "measures"):
        assert_clean_error(run(command, str(big), cwd=tmp_path), "Unknown encoding")
    (tmp_path / "plantrace.toml").write_text("max_file_mb = 1\n", encoding="utf-8")
    for command in ("parse", "measures"):
        assert_clean_error(run(command, str(big), cwd=tmp_path), "more than the limit")


def test_setting_search_limit_applies(tmp_path: Path, sample_db: Path, run: Callable[..., Result]) -> None:
    (tmp_path / "plantrace.toml").write_text("search_limit = 2\n", encoding="utf-8")
    hits = json.loads(run("search", "发展", "--db", str(sample_db), "--json", cwd=tmp_path).stdout)
    assert len(hits) == 2


def test_show_refuses_a_node_of_another_document(sample_db: Path, run: Callable[..., Result]) -> None:
    docs = json.loads(run("ls", "--db", str(sample_db), "--json").stdout)
    haizhu = next(d["doc"] for d in docs if "haizhu" in d["source"])
    liwan = next(d["doc"] for d in docs if "liwan" in d["source"])
    proc = run("show", haizhu, "--node", f"{liwan}.3", "--db", str(sample_db))
    assert_clean_error(proc, "is not a node of", f"plantrace show {haizhu} --outline")


def test_a_gbk_encoded_query_is_a_clear_error(sample_db: Path, run: Callable[..., Result]) -> None:
    query = os.fsdecode("规划".encode("gbk"))
    assert_clean_error(run("search", query, "--db", str(sample_db)), "not valid UTF-8", "UTF-8")


def test_a_full_disk_is_said_plainly(tmp_path: Path, corpus: Path) -> None:
    """SQLite's own 'database or disk is full' (here from a page limit) becomes Error/Hint, not a bug report."""
    from plantrace.errors import StoreError
    from plantrace.pipeline import build_bundle
    from plantrace.store import open_store

    db = tmp_path / "full.db"
    with open_store(db) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StoreError, match="is full") as info:
            store.save(build_bundle(corpus / "guangzhou_fyp14_outline_partial.txt"))
        assert "Free some space" in info.value.hint
        assert store.documents() == []


def test_a_read_only_database_is_said_plainly_not_called_foreign(tmp_path: Path, corpus: Path) -> None:
    from plantrace.store.core import database_error

    db = tmp_path / "ro.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x)")
    ro = sqlite3.connect(db.absolute().as_uri() + "?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        ro.execute("INSERT INTO t VALUES (1)")
    error = database_error(info.value, str(db))
    assert "read-only" in error.message and "not a plantrace database" not in error.message


def test_every_hint_names_a_command_and_a_file_that_exist() -> None:
    from plantrace.cli.main import cli

    commands = set(cli.commands)
    named = []
    for path in (ROOT / "src" / "plantrace").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for hint in re.findall(r"hint\s*=\s*(?:f?\"[^\"]*\"\s*)+|default_hint\s*=\s*\"[^\"]*\"", text):
            for command in re.findall(r"`plantrace ([a-z][a-z-]*)", hint):
                named.append(command)
                assert command in commands, f"{path.name}: hint names `plantrace {command}`"
            for doc in re.findall(r"docs/[\w./-]+\.md", hint):
                assert (ROOT / doc).is_file(), f"{path.name}: hint names {doc}"
    assert {"ls", "ingest", "doctor", "db"} <= set(named)
