"""A document is its resolved path; the same content at two paths is two documents, linked as duplicates."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from plantrace.pipeline import build_bundle, ingest_paths
from plantrace.store import open_store

TIANJIN = "天津市国民经济和社会发展第十四个五年规划纲要\n第一章 发展基础\n地区生产总值年均增长5%左右。\n"
JIANGSU = "江苏省人民政府工作报告\n一、2025年工作回顾\n全省地区生产总值增长5.5%左右。\n"


def test_the_same_file_by_relative_and_absolute_path_is_one_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TIANJIN, encoding="utf-8")
    db = tmp_path / "t.db"
    assert ingest_paths([Path("a.txt")], db).results[0].outcome == "added"
    Path("a.txt").write_text(TIANJIN + "第二章 主要目标\n", encoding="utf-8")
    assert ingest_paths([tmp_path / "a.txt"], db).results[0].outcome == "replaced"
    assert ingest_paths([Path("./a.txt")], db).results[0].outcome == "unchanged"
    with open_store(db, write=False) as store:
        docs = store.documents()
    assert len(docs) == 1 and docs[0]["lines"] == 4


def test_a_file_overwritten_with_another_documents_content_is_read_again(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TIANJIN, encoding="utf-8")
    b.write_text(JIANGSU, encoding="utf-8")
    db = tmp_path / "t.db"
    assert [r.outcome for r in ingest_paths([a, b], db).results] == ["added", "added"]
    shutil.copy(a, b)
    result = ingest_paths([b], db).results[0]
    assert result.outcome == "replaced"
    with open_store(db, write=False) as store:
        docs = {Path(d["source"]).name: d for d in store.documents()}
        assert set(docs) == {"a.txt", "b.txt"}
        assert docs["b.txt"]["title"] == docs["a.txt"]["title"] == "天津市国民经济和社会发展第十四个五年规划纲要"
        assert docs["b.txt"]["duplicates"] == [docs["a.txt"]["id"]]
        assert docs["a.txt"]["duplicates"] == [docs["b.txt"]["id"]]
        assert store.duplicates(docs["a.txt"]["id"]) == [docs["b.txt"]["id"]]
        assert "江苏" not in " ".join(line["raw"] for line in store.lines(docs["b.txt"]["id"], 1, 10))


def test_the_same_content_under_two_paths_is_two_documents(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    a, b = tmp_path / "a.txt", tmp_path / "x" / "a.txt"
    a.write_text(JIANGSU, encoding="utf-8")
    b.write_text(JIANGSU, encoding="utf-8")
    db = tmp_path / "t.db"
    assert [r.outcome for r in ingest_paths([a, b], db).results] == ["added", "added"]
    assert [r.outcome for r in ingest_paths([a, b], db).results] == ["unchanged", "unchanged"]
    with open_store(db, write=False) as store:
        docs = store.documents()
    assert len(docs) == 2 and docs[0]["sha256"] == docs[1]["sha256"] and docs[0]["id"] != docs[1]["id"]


def test_a_file_that_changes_between_two_saves_leaves_one_document(tmp_path: Path) -> None:
    """The existence check runs inside the save's transaction: two stale saves of one path keep one row."""
    path = tmp_path / "r.txt"
    path.write_text(TIANJIN, encoding="utf-8")
    first = build_bundle(path)
    path.write_text(TIANJIN + "第二章 主要目标\n", encoding="utf-8")
    second = build_bundle(path)
    db = tmp_path / "t.db"
    with open_store(db) as one, open_store(db) as two:
        statements: list[str] = []
        two.conn.raw.set_trace_callback(statements.append)  # type: ignore[attr-defined]
        assert one.save(first) == "added"
        assert two.save(second) == "replaced"
        assert one.save(second) == "unchanged"
        assert len(two.documents()) == 1
    # what the save decides from (does this document or this path exist?) is read under the write lock
    reads = [i for i, sql in enumerate(statements) if sql.lstrip().upper().startswith("SELECT")]
    assert statements[0] == "BEGIN IMMEDIATE" and reads and min(reads) > 0


def test_a_symlinked_path_is_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text(JIANGSU, encoding="utf-8")
    link = tmp_path / "link.txt"
    os.symlink(real, link)
    db = tmp_path / "t.db"
    assert ingest_paths([real], db).results[0].outcome == "added"
    assert ingest_paths([link], db).results[0].outcome == "unchanged"


def test_a_file_named_in_gbk_goes_in_with_a_readable_name(tmp_path: Path) -> None:
    name = os.fsdecode(str(tmp_path).encode() + b"/" + "江苏省政府工作报告.txt".encode("gbk"))
    Path(name).write_text(JIANGSU, encoding="utf-8")
    db = tmp_path / "t.db"
    report = ingest_paths([Path(name)], db)
    assert not report.failures, report.failures
    with open_store(db, write=False) as store:
        assert Path(store.documents()[0]["source"]).name == "江苏省政府工作报告.txt"
