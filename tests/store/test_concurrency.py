"""Many writers at once, on both stores: processes ingesting overlapping files and entering
observations lose nothing and duplicate nothing (each document is stored once, with exactly the rows
a lone process stores; each observation once, however many writers enter it), and the audit log of
what they did through the app's write path is complete: one entry per observation entered and per
document uploaded, numbered without gaps, its hash chain intact."""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.process
import queue
import time
from datetime import UTC, datetime
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest

from plantrace.pipeline import build_bundle, ingest_paths
from plantrace.store import open_store

WRITERS = 4
AUDITED = 3  # observations each writer enters through the app's audited write path


def _ingest(db: str, files: list[str], start: Event, out: multiprocessing.Queue, me: int,  # type: ignore[type-arg]
            upload: str) -> None:
    from plantrace.accounts import Principal
    from plantrace.tracking import add_observation
    from plantrace.web import capabilities, changes

    start.wait()
    report = ingest_paths([Path(f) for f in files], db)
    editor = Principal(f"writer{me}", "editor", "*", "session")
    changes.store_upload(db, Path(upload).name, Path(upload).read_bytes(), 1 << 24, editor)  # the same by all
    for k in range(AUDITED):  # audited, as the app and API enter them: one audit entry each
        row = {"jurisdiction": "广州市海珠区", "indicator": "地区生产总值", "year": 2015 + k,
               "value": 1500.0 + 10 * me + k, "source": f"writer {me} 统计公报", "unit": "亿元"}
        capabilities.add_observation(db, row, actor=f"writer{me}", now=datetime(2026, 12, 6, 1, me, k, tzinfo=UTC))
    for year in range(2016, 2021):  # the same five values entered by every writer, and one of its own
        add_observation(db, jurisdiction="广州市", indicator="地区生产总值", year=year, value=20000.0 + year,
                        source=f"{year}年统计公报", who="office", when="2026-12-06T00:00:00+00:00")
    add_observation(db, jurisdiction="广州市", indicator="地区生产总值", year=2021, value=28000.0 + me,
                    source=f"writer {me}", who=f"writer{me}", when="2026-12-06T00:00:00+00:00")
    out.put([(r.path, r.outcome, r.error) for r in report.results])


def _collect(out: multiprocessing.Queue,  # type: ignore[type-arg]
             procs: list[multiprocessing.process.BaseProcess]) -> list[tuple[str, str, str]]:
    """Each writer's report; a writer that dies says so at once instead of leaving the others waiting for it."""
    results: list[tuple[str, str, str]] = []
    reports, hung = 0, time.monotonic() + 900  # a hang guard, not a speed limit
    while reports < len(procs):
        assert time.monotonic() < hung, "the writers stopped reporting"
        try:
            results += out.get(timeout=2)
            reports += 1
        except queue.Empty:
            dead = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
            assert not dead, f"a writer died (exit codes {dead}); its traceback is in the captured stderr"
    return results


def _snapshot(db: str, without: str = "") -> dict[str, list[dict[str, object]]]:
    """Every exported table's rows (those of the uploaded document ``without`` left out)."""
    with open_store(db, write=False) as store:
        skip = {d["id"] for d in store.documents() if without and str(d["source"]).endswith(without)}
        return {name: [r for r in store.export_rows(name) if not skip & {r.get("doc"), r.get("id"), r.get("doc_id")}]
                for name in store.export_names()}


def test_overlapping_writers_store_each_document_once(db: str, corpus: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # uploads to a PostgreSQL store are kept under ./uploads
    files = sorted(str(p) for p in corpus.glob("*.txt") if p.stat().st_size < 100_000)
    files += [str(corpus / "national" / "national_work_report_2011.txt")]
    upload = str(corpus / "national" / "national_work_report_2013.txt")  # uploaded by every writer at once
    # every writer gets an overlapping, differently ordered share: each file is written by 2-3 writers
    shares = [files[i:] + files[:i] for i in range(WRITERS)]
    shares = [share[: len(files) - 1] for share in shares]
    open_store(db).close()  # the schema exists before the race (creating it concurrently is tested elsewhere)
    build_bundle(Path(files[0]))  # load the word lists once here: forked writers share them
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_ingest, args=(db, share, start, out, i, upload)) for i, share in enumerate(shares)]
    for proc in procs:
        proc.start()
    start.set()
    results = _collect(out, procs)
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    assert [r for r in results if r[2]] == []
    added = sorted(path for path, outcome, _ in results if outcome == "added")
    assert added == sorted(files)  # each document added by exactly one writer; the others saw it stored
    assert {outcome for _, outcome, _ in results} <= {"added", "unchanged"}
    _audit_is_complete(db, upload)
    reference = str(tmp_path / "alone.db")
    ingest_paths([Path(f) for f in files], reference)
    got, want = _snapshot(db, without=Path(upload).name), _snapshot(reference)
    assert {k: len(v) for k, v in got.items()} == {k: len(v) for k, v in want.items()}
    assert got == want
    with open_store(db, write=False) as store:
        sql = "SELECT id, year, value FROM track_observations WHERE jurisdiction = ? ORDER BY year, value"
        rows = store.conn.execute(sql, ("广州市",)).fetchall()
    assert len({r[0] for r in rows}) == len(rows) == 5 + WRITERS  # shared ones once, each writer's own
    assert [r[1] for r in rows] == [2016, 2017, 2018, 2019, 2020] + [2021] * WRITERS


def _audit_is_complete(db: str, upload: str) -> None:
    """One audit entry per audited observation (with its value) and one for the upload; seq 1..N; chain intact."""
    from plantrace import accounts

    entries, total = accounts.audit_log(db)
    assert total == len(entries) == WRITERS * AUDITED + 1
    assert sorted(e["seq"] for e in entries) == list(range(1, total + 1))
    assert accounts.audit_intact(db)
    uploads = [e for e in entries if e["action"] == "document.upload"]
    assert len(uploads) == 1 and uploads[0]["new_value"]["file"] == Path(upload).name
    with open_store(db, write=False) as store:
        sql = "SELECT recorded_by, year, value FROM track_observations WHERE jurisdiction = ? ORDER BY 1, 2"
        written = [tuple(r) for r in store.conn.execute(sql, ("广州市海珠区",))]
    audited = sorted((e["actor"], int(e["target"].split()[-1]), e["new_value"]["value"])
                     for e in entries if e["action"] in ("observation.add", "observation.correct"))
    assert len(written) == WRITERS * AUDITED
    assert audited == sorted(written), json.dumps(audited, ensure_ascii=False)
