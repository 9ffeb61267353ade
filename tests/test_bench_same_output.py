"""`python -m bench.same_output`: two ingests of the same folder give the same dump; another text does not."""

from __future__ import annotations

from pathlib import Path

from bench.same_output import main


def _folder(corpus: Path, where: Path, *, lines: int = 40) -> Path:
    """The opening lines of two sample documents, as a two-document folder."""
    where.mkdir(exist_ok=True)
    for name in ("guangzhou_work_report_2021.txt", "conghua_fyp14_outline_2022.txt"):
        head = (corpus / name).read_text(encoding="utf-8").splitlines()[:lines]
        (where / name).write_text("\n".join(head) + "\n", encoding="utf-8")
    return where


def test_two_runs_give_equal_dumps_of_every_table(corpus: Path, tmp_path: Path) -> None:
    folder = _folder(corpus, tmp_path / "docs")
    assert main([str(folder), "--dump", str(tmp_path / "a.dump")]) == 0
    assert main([str(folder), "--dump", str(tmp_path / "b.dump"), "--db-out", str(tmp_path / "b.sqlite3")]) == 0
    a = (tmp_path / "a.dump").read_bytes()
    assert a == (tmp_path / "b.dump").read_bytes()
    tables = {line.split(b"\t", 1)[0] for line in a.splitlines()}
    assert {b"documents", b"nodes", b"measures", b"search_rows"} <= tables
    assert b'"\xe5\x9c\xb0\xe5\x8c\xba' in a  # the search terms are in the dump ("地区…")
    assert (tmp_path / "b.sqlite3").exists()


def test_another_text_gives_another_dump(corpus: Path, tmp_path: Path) -> None:
    assert main([str(_folder(corpus, tmp_path / "docs")), "--dump", str(tmp_path / "a.dump")]) == 0
    assert main([str(_folder(corpus, tmp_path / "docs", lines=39)), "--dump", str(tmp_path / "b.dump")]) == 0
    assert (tmp_path / "a.dump").read_bytes() != (tmp_path / "b.dump").read_bytes()
