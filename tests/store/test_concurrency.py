"""Many writers at once, on both stores: processes ingesting overlapping files and entering
observations lose nothing and duplicate nothing (each document is stored once, with exactly the rows
a lone process stores; each observation once, however many writers enter it)."""

from __future__ import annotations

import multiprocessing
from multiprocessing.synchronize import Event
from pathlib import Path

from plantrace.pipeline import build_bundle, ingest_paths
from plantrace.store import open_store

WRITERS = 4


def _ingest(db: str, files: list[str], start: Event, out: multiprocessing.Queue, me: int) -> None:  # type: ignore[type-arg]
    from plantrace.tracking import add_observation

    start.wait()
    report = ingest_paths([Path(f) for f in files], db)
    for year in range(2016, 2021):  # the same five values entered by every writer, and one of its own
        add_observation(db, jurisdiction="广州市", indicator="地区生产总值", year=year, value=20000.0 + year,
                        source=f"{year}年统计公报", who="office", when="2026-12-06T00:00:00+00:00")
    add_observation(db, jurisdiction="广州市", indicator="地区生产总值", year=2021, value=28000.0 + me,
                    source=f"writer {me}", who=f"writer{me}", when="2026-12-06T00:00:00+00:00")
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
    procs = [ctx.Process(target=_ingest, args=(db, share, start, out, i)) for i, share in enumerate(shares)]
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
    with open_store(db, write=False) as store:
        rows = store.conn.execute("SELECT id, year, value FROM track_observations ORDER BY year, value").fetchall()
    assert len({r[0] for r in rows}) == len(rows) == 5 + WRITERS  # shared ones once, each writer's own
    assert [r[1] for r in rows] == [2016, 2017, 2018, 2019, 2020] + [2021] * WRITERS
