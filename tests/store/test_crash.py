"""Killing the process in the middle of an ingest leaves the database as it was before that document."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
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
        # a blank line without a page has no row (migration 0075): every node's first and last heading line does
        incomplete = [
            src for doc_id, src, n in docs
            if conn.execute("SELECT count(*) FROM nodes WHERE doc_id=?", (doc_id,)).fetchone()[0] == 0
            or conn.execute(
                "SELECT count(*) FROM nodes n WHERE n.doc_id = ? AND (SELECT count(*) FROM lines l WHERE "
                "l.doc_id = n.doc_id AND l.number IN (n.line_start, n.head_end)) < 2 - (n.line_start = n.head_end)",
                (doc_id,)).fetchone()[0]
            or conn.execute("SELECT coalesce(max(number), 0) FROM lines WHERE doc_id=?", (doc_id,)).fetchone()[0] > n
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


# The CLI's ingest, stopped at a named moment: the child says where it is and waits there, the test kills it.
# Each moment is a store step that writes; ``n`` picks its n-th occurrence (not only the first document).
STOP_AT = textwrap.dedent(
    """
    import functools, sys
    from plantrace.store import core, migrate, search_index
    from plantrace.cli.main import main

    point, nth = sys.argv[1], int(sys.argv[2])
    seen = {}

    def stop(name):
        seen[name] = seen.get(name, 0) + 1
        if name == point and seen[name] == nth:
            print(name, flush=True)
            sys.stdin.readline()  # the test kills this process here

    def before(module, attr, name):
        original = getattr(module, attr)

        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            stop(name)
            return original(*args, **kwargs)

        setattr(module, attr, wrapper)

    def after(module, attr, name):
        original = getattr(module, attr)

        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            result = original(*args, **kwargs)
            stop(name)
            return result

        setattr(module, attr, wrapper)

    after(migrate, "_run_script", "inside a migration")          # its SQL ran, not yet recorded as applied
    after(core, "_insert_document", "inside a document")         # lines and nodes written, not committed
    before(search_index, "_delete_fts", "inside a replacement")  # the old version's rows half gone
    after(search_index, "write", "after the search rows")         # FTS rows written, not committed
    after(core.Store, "_save", "between documents")               # committed (save and save_prepared)
    before(search_index, "compact", "while the index merges")
    before(core, "repack", "while the database is repacked")
    before(core, "release_free_pages", "while pages are given back")
    sys.argv = ["plantrace", *sys.argv[3:]]
    main()
    """
)
MOMENTS = [
    ("inside a migration", 3), ("inside a migration", 9), ("inside a document", 1), ("after the search rows", 2),
    ("between documents", 1), ("inside a document", 2), ("inside a replacement", 1), ("while the index merges", 1),
    ("while the database is repacked", 1), ("while pages are given back", 1),
]


@pytest.mark.slow
def test_sigkill_at_each_moment_of_an_ingest(tmp_path: Path, corpus: Path) -> None:
    """SIGKILL at every step that writes (a migration, a document, its index rows, a replacement, the merge of
    the index, giving pages back): the database stays whole, every stored document complete, and the next
    run carries on. The child signals the moment it reached, so no timing is involved."""
    db = tmp_path / "crash.db"
    folder = tmp_path / "docs"
    folder.mkdir()
    files = sorted(corpus.glob("*.txt"))[:3]
    for f in files:
        (folder / f.name).write_bytes(f.read_bytes())
    stopped = []
    for number, (moment, nth) in enumerate(MOMENTS):
        # a changed file replaces its document; two of three changed: the batch rewrites most of the database
        for source in {"inside a replacement": files[:1], "while the database is repacked": files[1:]}.get(moment, []):
            changed = folder / source.name
            changed.write_text(changed.read_text(encoding="utf-8") + f"新增第{number}段。\n", encoding="utf-8")
        cmd = [sys.executable, "-c", STOP_AT, moment, str(nth), "ingest", str(folder), "--db", str(db)]
        # its own process group: the ingest's worker processes die with it (they hold the pipes open)
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        assert proc.stdout is not None
        for line in proc.stdout:  # the CLI's own output, then the moment (flushed with it)
            if line.decode().strip() == moment:
                os.killpg(proc.pid, signal.SIGKILL)
                stopped.append(moment)
                break
        proc.communicate(timeout=300)
        state = consistency(db)
        assert state["integrity"] == "ok", (moment, state)
        assert state["incomplete"] == [] and state["orphans"] == 0, (moment, state)
        assert _index_in_step(db), moment
    assert [m for m, _ in MOMENTS] == stopped  # every moment was reached and killed there
    report = ingest_paths([folder], db)
    assert not report.failures
    assert consistency(db)["sources"] == sorted(str(folder / f.name) for f in files)
    assert _index_in_step(db)


def _index_in_step(db: Path) -> bool:
    """The FTS index has exactly the rows of search_rows (nothing half added or half deleted)."""
    with sqlite3.connect(db) as conn:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_rows'").fetchone():
            return True
        rows = conn.execute("SELECT count(*) FROM search_rows").fetchone()[0]
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts_docsize'").fetchone():
            return True
        return bool(rows == conn.execute("SELECT count(*) FROM search_fts_docsize").fetchone()[0])
