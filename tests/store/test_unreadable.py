"""Folders and files the user may not read: skipped or refused with the reason, the rest ingested.

Permissions mean nothing to root, so as root the scan and ingest run in a forked child that has given
up root for the unprivileged ``nobody`` user (the tree is made by root and handed to that user).
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from plantrace.pipeline import ingest_paths, scan
from plantrace.store import migrate

PLAN = "某县国民经济和社会发展第十四个五年规划纲要\n第一章 发展基础\n地区生产总值年均增长6.5%。\n"


@pytest.fixture()
def tree() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="plantrace-perm-"))
    try:
        (root / "open").mkdir()
        (root / "open" / "plan.txt").write_text(PLAN, encoding="utf-8")
        (root / "locked").mkdir()
        (root / "locked" / "hidden.txt").write_text(PLAN.replace("某县", "某区"), encoding="utf-8")
        (root / "secret.txt").write_text(PLAN.replace("某县", "某市"), encoding="utf-8")
        if os.geteuid() == 0:
            uid = pwd.getpwnam("nobody").pw_uid
            for path in (root, root / "open", root / "open" / "plan.txt", root / "locked", root / "secret.txt"):
                os.chown(path, uid, -1)
        (root / "locked").chmod(0)
        (root / "secret.txt").chmod(0)
        yield root
    finally:
        (root / "locked").chmod(0o700)
        shutil.rmtree(root)


def _as_unprivileged(root: Path) -> dict[str, dict[str, str | None]]:
    """Scan and ingest ``root`` as a user without root's powers; rows by file or folder name."""
    def work() -> dict[str, dict[str, str | None]]:
        found = scan([root])
        report = ingest_paths(found, root / "x.db")
        return {Path(r.path).name: {"skipped": r.skipped, "error": r.error,
                                    "outcome": str(r.outcome) if r.outcome else None} for r in report.results}

    if os.geteuid() != 0:
        return work()
    # The package's own files are read before root is given up: an installed plantrace is readable by
    # every user, a checkout in a private folder (a 0700 temporary clone) is not, and that is not under test.
    migrate.available()
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        code = 0
        try:
            os.close(read_end)
            os.setgid(pwd.getpwnam("nobody").pw_gid)
            os.setgroups([])
            os.setuid(pwd.getpwnam("nobody").pw_uid)
            with os.fdopen(write_end, "w", encoding="utf-8") as out:
                out.write(json.dumps(work(), ensure_ascii=False))
        except BaseException:
            traceback.print_exc()  # reaches the test's captured stderr
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as handle:
        payload = handle.read()
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the unprivileged child failed"
    rows: dict[str, dict[str, str | None]] = json.loads(payload)
    return rows


def test_an_unreadable_folder_and_file_are_said_and_the_rest_is_ingested(tree: Path) -> None:
    rows = _as_unprivileged(tree)
    assert rows["plan.txt"]["outcome"] == "added"
    assert rows["locked"]["skipped"] is not None and "folder not read" in rows["locked"]["skipped"]
    assert "hidden.txt" not in rows
    assert rows["secret.txt"]["error"] is not None and "permission denied" in rows["secret.txt"]["error"]
