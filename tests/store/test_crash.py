"""Killing the process in the middle of an ingest leaves the database as it was before that document."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from plantrace.pipeline import ingest_paths

KILL_INSIDE_TRANSACTION = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from types import SimpleNamespace
    from plantrace.store import core
    from plantrace.pipeline import ingest_paths

    victim = sys.argv[2]

    def save(conn, bundle):
        # the document's rows are written, the transaction is open: die now
        if bundle.parsed.document.source == victim:
            os.kill(os.getpid(), signal.SIGKILL)

    core.EXTENSIONS = (*core.EXTENSIONS, SimpleNamespace(save=save, delete=lambda c, d: None, EXPORTS={}))
    ingest_paths([Path(p) for p in sys.argv[3:]], sys.argv[1])
    """
)


def consistency(db: Path) -> dict[str, object]:
    """Integrity check, and each stored document complete: all its lines and at least one node."""
    with sqlite3.connect(db) as conn:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone():
            # killed before the schema was made (a slow machine): each migration is all or nothing
            return {"integrity": ok, "sources": [], "incomplete": [], "orphans": 0}
        docs = conn.execute("SELECT id, source, lines FROM documents").fetchall()
        incomplete = [
            src for doc_id, src, n in docs
            if conn.execute("SELECT count(*) FROM lines WHERE doc_id=?", (doc_id,)).fetchone()[0] != n
            or conn.execute("SELECT count(*) FROM nodes WHERE doc_id=?", (doc_id,)).fetchone()[0] == 0
        ]
        orphans = conn.execute(
            "SELECT count(*) FROM nodes WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
    return {"integrity": ok, "sources": sorted(s for _, s, _ in docs), "incomplete": incomplete, "orphans": orphans}


def test_sigkill_inside_a_document_transaction(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "crash.db"
    files = [str(p) for p in sorted(corpus.glob("*.txt"))]
    victim = files[2]
    proc = subprocess.run(
        [sys.executable, "-c", KILL_INSIDE_TRANSACTION, str(db), victim, *files],
        capture_output=True, timeout=300, check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    state = consistency(db)
    assert state == {"integrity": "ok", "sources": files[:2], "incomplete": [], "orphans": 0}
    # the next run picks up where the crash left off
    report = ingest_paths([Path(f) for f in files], db)
    assert [r.outcome for r in report.results] == ["unchanged", "unchanged", "added", "added", "added"]
    assert consistency(db)["sources"] == files


@pytest.mark.slow
def test_sigkill_at_an_arbitrary_moment(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "crash.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "plantrace.cli.main", "ingest", str(corpus), "--db", str(db), "--json"]
    for delay in (1.5, 3.0):
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        state = consistency(db)
        assert state["integrity"] == "ok"
        assert state["incomplete"] == [] and state["orphans"] == 0
