"""Scale benchmark: ingest throughput in-process and on Spark, search latency on SQLite and PostgreSQL.

``run(work, sizes) -> dict`` is called by ``python -m bench`` (``--scale-docs 1000,10000``; 0 skips
it). The synthetic corpus (``plantrace.synthetic``, seed 14, its size distribution that of a national
corpus) is written once for the largest size; each smaller size is its first N documents. For each
size, each phase in its own process:

- ``read_decode`` — the baseline: reading and decoding the files alone;
- ``ingest_sqlite`` — the in-process pipeline into SQLite (``ingest_paths``, one process);
- ``ingest_postgresql`` — the same into PostgreSQL (a server started for the run, as in the tests);
- ``spark_local_1`` / ``spark_local_2`` — ``plantrace batch ingest`` on Spark local mode with 1 and 2
  workers, into SQLite;
- then search latency p50/p95 of the search benchmark's queries on both stores (``search_*``).

Memory: a sampler polls each phase's whole process tree every 0.5 s (psutil): the driver, the JVM and
the Python workers Spark forks. ``peak_tree_rss_mb`` is the largest sum seen (resident sizes summed:
pages the forked workers share are counted once per process, so it is an upper bound); ``by_role``
gives each role's own peak. ``rss_growth_in_run`` is the peak of the phase's second half over that of
its first half, and ``memory_growth`` (per phase, across sizes) the largest size's peak over the
smallest's: both about 1.0 when memory stays flat as the corpus grows. The PostgreSQL server's own
processes are not counted.

Times are given as ratios to the baseline of the same run (``ratio_to_baseline``), and throughput
as a ratio to the in-process SQLite ingest of the same size, so figures compare across machines.
The report is written after every phase (``--out``): an interrupted run keeps what it measured.

Run alone: ``nice -n 19 .venv/bin/python -m bench.scale_bench --docs 1000,10000 --out bench/results/x.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"

# In the order they run: the two stores first (search is measured as soon as both are filled).
_INGEST = ("from plantrace.pipeline import ingest_paths\n"
           "r = ingest_paths(files, os.environ['{db}'], on_file=progress)\nassert not r.failures, r.failures[:3]")
_SPARK = ("from plantrace.batch.spark import ingest\n"
          "r = ingest(files, master='local[{n}]', db=os.environ['BENCH_DB'], on_file=progress)\nassert not r.failures")
PHASES = {
    "read_decode": "for p in files: p.read_bytes().decode('utf-8')",
    "ingest_sqlite": _INGEST.replace("{db}", "BENCH_DB"),
    "ingest_postgresql": _INGEST.replace("{db}", "BENCH_PG"),
    "spark_local_2": _SPARK.replace("{n}", "2"),
    "spark_local_1": _SPARK.replace("{n}", "1"),
}

RUNNER = """
import json, os, resource, sys, time
from pathlib import Path
files = [Path(p) for p in json.loads(sys.stdin.read())]
_log, _done = open(os.environ["BENCH_PROGRESS"], "a"), [0]
def progress(*_):  # every 25 documents: how many are done, when (kept if the phase is stopped)
    _done[0] += 1
    if _done[0] % 25 == 0 or _done[0] == len(files):
        _log.write(json.dumps({{"documents": _done[0], "seconds": time.perf_counter() - t0}}) + "\\n")
        _log.flush()
t0 = time.perf_counter()
{body}
dt = time.perf_counter() - t0
print(json.dumps({{"seconds": dt, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

LATENCY = """
import json, statistics, sys, time
from plantrace.search import search
from plantrace.store import open_store
db, budget, queries = sys.argv[1], float(sys.argv[2]), json.loads(sys.stdin.read())
times = []
start = time.perf_counter()
with open_store(db, write=False) as store:
    search(store, queries[0], limit=10)  # warm caches (word lists, statement plans)
    for query in queries:
        t0 = time.perf_counter()
        search(store, query, limit=10)
        times.append((time.perf_counter() - t0) * 1000)
        if time.perf_counter() - start > budget:
            break
times.sort()
print(json.dumps({"queries": len(times), "of": len(queries), "p50_ms": round(statistics.median(times), 2),
                  "p95_ms": round(times[max(0, int(len(times) * 0.95 + 0.5) - 1)], 2),
                  "max_ms": round(times[-1], 2)}))
"""


class TreeSampler:
    """The resident memory of a process and all its descendants, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.every = every
        self.samples: list[tuple[float, float]] = []  # (seconds since start, MB of the whole tree)
        self.by_role: dict[str, float] = {}
        self.cpu: dict[int, tuple[str, float]] = {}  # pid -> (role, user + system seconds, last seen)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._start = time.perf_counter()

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        import psutil

        while not self._stop.is_set():
            roles: dict[str, float] = {}
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            for proc in procs:
                try:
                    rss = proc.memory_info().rss / 2**20
                    role = ("driver" if proc.pid == self.root.pid
                            else "jvm" if "java" in proc.name() else "python_workers")
                    times = proc.cpu_times()
                except psutil.Error:
                    continue
                roles[role] = roles.get(role, 0.0) + rss
                self.cpu[proc.pid] = (role, times.user + times.system)
            self.samples.append((time.perf_counter() - self._start, sum(roles.values())))
            for role, mb in roles.items():
                self.by_role[role] = max(self.by_role.get(role, 0.0), mb)
            self._stop.wait(self.every)

    def cpu_seconds(self) -> dict[str, float]:
        """CPU seconds (user + system) of the tree, by role, as last sampled (a process's last half
        second before it ended is missed)."""
        out: dict[str, float] = {}
        for role, seconds in self.cpu.values():
            out[role] = out.get(role, 0.0) + seconds
        return {role: round(v, 1) for role, v in sorted(out.items())} | {"total": round(sum(out.values()), 1)}

    def summary(self) -> dict[str, Any]:
        if not self.samples:
            return {}
        cpu = {"cpu_seconds": self.cpu_seconds()}
        end = self.samples[-1][0]
        if len(self.samples) < 8:  # too short a run to tell
            return {"peak_tree_rss_mb": round(max(mb for _, mb in self.samples), 1),
                    "by_role_peak_mb": {role: round(mb, 1) for role, mb in sorted(self.by_role.items())}, **cpu}
        first = [mb for t, mb in self.samples if t <= end / 2] or [0.0]
        second = [mb for t, mb in self.samples if t > end / 2] or first
        return {
            "peak_tree_rss_mb": round(max(mb for _, mb in self.samples), 1),
            "by_role_peak_mb": {role: round(mb, 1) for role, mb in sorted(self.by_role.items())},
            "rss_growth_in_run": round(max(second) / max(max(first), 1e-9), 2),
            "samples": len(self.samples),
            **cpu,
        }


def _monitored(argv: list[str], stdin: str, env: dict[str, str],
               limit: float | None = None) -> tuple[subprocess.CompletedProcess[str], Any]:
    """Run a phase with its tree sampled; after ``limit`` seconds the whole tree is stopped (exit -9)."""
    import psutil

    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, **env}, cwd=ROOT)
    with TreeSampler(proc.pid) as sampler:
        try:
            out, err = proc.communicate(stdin, timeout=limit)
        except subprocess.TimeoutExpired:
            tree = [proc.pid, *(c.pid for c in psutil.Process(proc.pid).children(recursive=True))]
            for pid in tree:  # only this phase's own processes
                with contextlib.suppress(psutil.Error):
                    psutil.Process(pid).kill()
            out, err = proc.communicate()
            err += f"\nstopped after {limit} seconds"
    return subprocess.CompletedProcess(argv, proc.returncode, out, err), sampler.summary()


def _phase(name: str, files: Sequence[Path], env: dict[str, str], limit: float | None = None) -> dict[str, Any]:
    argv = [sys.executable, "-c", RUNNER.format(body=PHASES[name])]
    progress = Path(env["BENCH_PROGRESS"])
    done, memory = _monitored(argv, json.dumps([str(f) for f in files]), env, limit)
    if done.returncode != 0 and progress.is_file() and progress.read_text().strip():
        last = json.loads(progress.read_text().strip().splitlines()[-1])
        return {"stopped": f"after {limit} seconds" if limit and done.returncode == -9 else "failed",
                "documents_done": last["documents"], "of": len(files), "seconds_at_last": last["seconds"],
                "partial_docs_per_s": round(last["documents"] / last["seconds"], 3), **memory}
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        return {"error": lines[-1] if lines else f"exit {done.returncode}", **memory}
    return {**json.loads(done.stdout.strip().splitlines()[-1]), **memory}


def _latency(db: str, queries: list[str], budget: float = 600.0) -> dict[str, Any]:
    """p50/p95 of the queries, each run once after one warm-up; stops after ``budget`` seconds (then
    ``queries`` < ``of``). ``BENCH_SEARCH_PYTHONPATH`` runs another checkout's search code."""
    env = {"PYTHONPATH": os.environ["BENCH_SEARCH_PYTHONPATH"]} if os.environ.get("BENCH_SEARCH_PYTHONPATH") else {}
    argv = [sys.executable, "-c", LATENCY, db, str(budget)]
    done, memory = _monitored(argv, json.dumps(queries, ensure_ascii=False), env)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        return {"error": lines[-1] if lines else f"exit {done.returncode}"}
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "peak_tree_rss_mb": memory.get("peak_tree_rss_mb")}


def run(work: Path, sizes: Sequence[int] = (1000,), seed: int = 14, out: Path | None = None,
        phases: Sequence[str] = tuple(PHASES), keep: bool = False, limit: float | None = None) -> dict[str, Any]:
    """Measure every phase at every size (smallest first); ``out`` gets the report after each phase.
    A phase still running after ``limit`` seconds is stopped: its entry says how many documents it
    had done, when (``stopped``, ``documents_done``); search is then measured on what was stored."""
    from plantrace.synthetic import generate

    sizes = sorted(set(sizes))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    all_files = list(generate(CORPUS, work / "synthetic", sizes[-1], seed))
    report: dict[str, Any] = {
        "seed": seed, "sizes": sizes, "cores": os.cpu_count(),
        "corpus_seconds_to_generate": round(time.perf_counter() - started, 1),
        "baseline": "read_decode = reading and decoding the same files alone, in the same run",
        "by_size": {},
    }

    def save() -> None:
        report["memory_growth"] = _growth(report)
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")

    from bench.search_bench import _postgres  # a throwaway server (the test suite's), or why there is none

    server = _postgres()
    try:
        for size in sizes:
            report["by_size"][str(size)] = part = {}
            _measure(part, all_files[:size], work, server, phases, save, limit)
            if not keep:
                for db in work.glob(f"*-{size}.db*"):
                    db.unlink()
    finally:
        if not isinstance(server, str):
            server.stop()
        if not keep:
            shutil.rmtree(work / "synthetic", ignore_errors=True)
    report["seconds"] = round(time.perf_counter() - started, 1)
    save()
    return report


def _measure(part: dict[str, Any], files: Sequence[Path], work: Path, server: Any, phases: Sequence[str],
             save: Callable[[], None], limit: float | None = None) -> None:
    size = len(files)
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    part.update({"documents": size, "megabytes": round(size_mb, 2), "characters": chars,
                 "mean_chars_per_document": round(chars / size), "phases": {}})
    stores: dict[str, str] = {}
    order = ["read_decode", *[p for p in phases if p != "read_decode"]]
    for name in order:
        env = {"BENCH_DB": str(work / f"{name}-{size}.db"), "BENCH_PROGRESS": str(work / f"{name}-{size}.progress")}
        if name == "ingest_postgresql":
            if isinstance(server, str):
                part["phases"][name] = {"skipped": server}
                continue
            env["BENCH_PG"] = _database(server, f"bench_{size}")
        print(f"  scale {size:>6} {name:>18}: running", file=sys.stderr, flush=True)
        result = _phase(name, files, env, limit)
        if "seconds" in result:
            result["docs_per_s"] = round(size / result["seconds"], 3)
            result["mb_per_s"] = round(size_mb / result["seconds"], 3)
            result["seconds_per_document"] = round(result["seconds"] / size, 4)
            if result.get("cpu_seconds", {}).get("total"):
                result["cpu_seconds_per_document"] = round(result["cpu_seconds"]["total"] / size, 4)
        if name in ("ingest_sqlite", "ingest_postgresql") and ("seconds" in result or "documents_done" in result):
            stores[name.removeprefix("ingest_")] = env["BENCH_PG" if name == "ingest_postgresql" else "BENCH_DB"]
        part["phases"][name] = result
        _ratios(part)
        print(f"  scale {size:>6} {name:>18}: {json.dumps(result)}", file=sys.stderr, flush=True)
        save()
        if name == "ingest_postgresql" or (name == order[-1] and "search" not in part):
            part["search_documents_stored"] = {k: _stored(v) for k, v in stores.items()}
            part["search"] = _search(stores)  # as soon as both stores are filled
            print(f"  scale {size:>6} search: {json.dumps(part['search'])}", file=sys.stderr, flush=True)
            save()


def _stored(db: str) -> int | None:
    from plantrace.store import open_store

    try:
        with open_store(db, write=False) as store:
            return len(store.documents())
    except Exception:
        return None


def _ratios(part: dict[str, Any]) -> None:
    phases = part["phases"]
    base = phases.get("read_decode", {}).get("seconds")
    ingest = phases.get("ingest_sqlite", {}).get("seconds")
    cpu_ingest = phases.get("ingest_sqlite", {}).get("cpu_seconds", {}).get("total")
    for name, result in phases.items():
        if "seconds" not in result:
            continue
        if base:
            result["ratio_to_baseline"] = round(result["seconds"] / base, 1)
        if ingest and name != "read_decode":
            result["throughput_ratio_to_in_process_sqlite"] = round(ingest / result["seconds"], 2)
        cpu = result.get("cpu_seconds", {}).get("total")
        if cpu_ingest and cpu and name != "read_decode":
            result["cpu_ratio_to_in_process_sqlite"] = round(cpu / cpu_ingest, 2)


def _growth(report: dict[str, Any]) -> dict[str, Any]:
    """Per phase: the peak memory of the largest size measured over that of the smallest."""
    sizes = [s for s in report["by_size"].values() if s["phases"]]
    if len(sizes) < 2:
        return {}
    first, last = sizes[0], sizes[-1]
    out: dict[str, Any] = {"from_documents": first["documents"], "to_documents": last["documents"]}
    for name, result in last["phases"].items():
        before = first["phases"].get(name, {}).get("peak_tree_rss_mb")
        after = result.get("peak_tree_rss_mb")
        if before and after:
            out[name] = round(after / before, 2)
    return out


def _search(stores: dict[str, str]) -> dict[str, Any]:
    from bench.search_bench import QUERIES

    out: dict[str, Any] = {name: _latency(db, list(QUERIES)) for name, db in stores.items()}
    sqlite, pg = out.get("sqlite", {}), out.get("postgresql", {})
    if "p50_ms" in sqlite and "p50_ms" in pg:
        out["postgresql_p50_ratio_to_sqlite"] = round(pg["p50_ms"] / sqlite["p50_ms"], 2)
        out["postgresql_p95_ratio_to_sqlite"] = round(pg["p95_ms"] / sqlite["p95_ms"], 2)
    return out


def _database(server: Any, name: str) -> str:
    import pgcluster

    url: str = pgcluster.create_database(server, name)
    return url


def sizes_arg(text: str) -> list[int]:
    """``1000`` or ``1000,10000`` (0 alone: none)."""
    return [n for n in (int(part) for part in text.replace(" ", ",").split(",") if part) if n > 0]


def main(argv: Sequence[str] | None = None, runner: Callable[..., dict[str, Any]] = run) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=sizes_arg, default=[1000], help="sizes, e.g. 1000,10000")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench-scale.json")
    parser.add_argument("--phases", default=",".join(PHASES), help="which phases (comma-separated)")
    parser.add_argument("--work", type=Path, help="keep the corpus and stores here (default: a temporary folder)")
    parser.add_argument("--phase-limit", type=float, help="stop a phase after this many seconds (say how far it got)")
    args = parser.parse_args(argv)
    phases = [p for p in args.phases.split(",") if p]
    unknown = set(phases) - set(PHASES)
    if unknown:
        parser.error(f"unknown phases {sorted(unknown)}; known: {', '.join(PHASES)}")
    if args.work:
        report = runner(args.work, args.docs, out=args.out, phases=phases, keep=True, limit=args.phase_limit)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            report = runner(Path(tmp), args.docs, out=args.out, phases=phases, limit=args.phase_limit)
    report["bench_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report["command"] = " ".join(["python -m bench.scale_bench", *(argv if argv is not None else sys.argv[1:])])
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "by_size"}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
