"""Many writers at once, on both stores: processes ingesting overlapping files lose nothing and
duplicate nothing (each document is stored once, with exactly the rows a lone process stores)."""

from __future__ import annotations

import multiprocessing
from multiprocessing.synchronize import Event
from pathlib import Path

from plantrace.pipeline import build_bundle, ingest_paths
from plantrace.store import open_store

WRITERS = 4


def _ingest(db: str, files: list[str], start: Event, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    start.wait()
    report = ingest_paths([Path(f) for f in files], db)
    out.put([(r.path, r.outcome, r.error) for r in report.results])


def _snapshot(db: str) -> dict[str, list[dict[str, object]]]:
    with open_store(db, write=False) as store:
        return {name: list(store.export_rows(name)) for name in store.export_names()}


def test_overlapping_writers_store_each_document_once(db: str, corpus: Path, tmp_path: Path) -> None:
    files = sorted(str(p) for p in corpus.glob("*.txt") if p.stat().st_size < 100_000)
    files += [str(corpus / "national" / "national_work_report_2011.txt")]
    # every writer gets an overlapping, differently ordered share: each file is written by 2-3 writers
    shares = [files[i:] + files[:i] for i in range(WRITERS)]
    shares = [share[: len(files) - 1] for share in shares]
    open_store(db).close()  # the schema exists before the race (creating it concurrently is tested elsewhere)
    build_bundle(Path(files[0]))  # load the word lists once here: forked writers share them
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_ingest, args=(db, share, start, out)) for share in shares]
    for proc in procs:
        proc.start()
    start.set()
    results = [row for _ in procs for row in out.get(timeout=600)]
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    assert [r for r in results if r[2]] == []
    added = sorted(path for path, outcome, _ in results if outcome == "added")
    assert added == sorted(files)  # each document added by exactly one writer; the others saw it stored
    assert {outcome for _, outcome, _ in results} <= {"added", "unchanged"}
    reference = str(tmp_path / "alone.db")
    ingest_paths([Path(f) for f in files], reference)
    got, want = _snapshot(db), _snapshot(reference)
    assert {k: len(v) for k, v in got.items()} == {k: len(v) for k, v in want.items()}
    assert got == want
