"""Scale benchmark: ingest throughput in-process and on Spark, search latency on SQLite and PostgreSQL.

``run(work, docs) -> dict`` is called by ``python -m bench`` (``--scale-docs N``; 0 skips it). On a
synthetic corpus of N documents (``plantrace.synthetic``, seed 14) it measures, each phase in its own
process so that its peak memory is its own:

- ``read_decode`` — the baseline: reading and decoding the files alone;
- ``ingest_sqlite`` — the in-process pipeline into SQLite (``ingest_paths``);
- ``ingest_postgresql`` — the same into PostgreSQL (a server started for the run, as in the tests);
- ``spark_local_1`` / ``spark_local_2`` — ``plantrace batch ingest`` on Spark local mode, 1 and 2 workers
  (the driver's peak memory, and the JVM's and Python workers' together);
- search latency p50/p95 of the search benchmark's queries on both stores, and PostgreSQL's as a ratio
  to SQLite's.

Times are also given as ratios to the baseline of the same run, so figures compare across machines.
Run alone: ``.venv/bin/python -m bench.scale_bench --docs 200``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"

PHASES = {
    "read_decode": "for p in files: p.read_bytes().decode('utf-8')",
    "ingest_sqlite": "from plantrace.pipeline import ingest_paths\n"
                     "r = ingest_paths(files, os.environ['BENCH_DB'])\nassert not r.failures, r.failures[:3]",
    "ingest_postgresql": "from plantrace.pipeline import ingest_paths\n"
                         "r = ingest_paths(files, os.environ['BENCH_PG'])\nassert not r.failures, r.failures[:3]",
    "spark_local_1": "from plantrace.batch.spark import ingest\n"
                     "r = ingest(files, master='local[1]', db=os.environ['BENCH_DB'])\nassert not r.failures",
    "spark_local_2": "from plantrace.batch.spark import ingest\n"
                     "r = ingest(files, master='local[2]', db=os.environ['BENCH_DB'])\nassert not r.failures",
}

RUNNER = """
import json, os, resource, sys, time
from pathlib import Path
files = [Path(p) for p in json.loads(sys.stdin.read())]
t0 = time.perf_counter()
{body}
dt = time.perf_counter() - t0
print(json.dumps({{"seconds": dt, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "children_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}}))
"""


def _phase(name: str, files: list[Path], env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER.format(body=PHASES[name])], input=json.dumps([str(f) for f in files]),
        capture_output=True, text=True, check=False, env={**os.environ, **env}, cwd=ROOT,
    )
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _latency(db: str, queries: list[str]) -> dict[str, Any]:
    from plantrace.search import search
    from plantrace.store import open_store

    times = []
    with open_store(db, write=False) as store:
        search(store, queries[0], limit=10)  # warm caches (word lists, statement plans)
        for query in queries:
            t0 = time.perf_counter()
            search(store, query, limit=10)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"queries": len(times), "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 2)}


def run(work: Path, docs: int = 1000, seed: int = 14) -> dict[str, Any]:
    from plantrace.synthetic import generate

    work.mkdir(parents=True, exist_ok=True)
    files = list(generate(CORPUS, work / "synthetic", docs, seed))
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    report: dict[str, Any] = {"documents": len(files), "megabytes": round(size_mb, 2), "seed": seed,
                              "baseline": "read_decode = reading and decoding the files alone", "phases": {}}
    server = _postgres()
    try:
        for name in PHASES:
            env = {"BENCH_DB": str(work / f"{name}.db")}
            if name == "ingest_postgresql":
                if isinstance(server, str):
                    report["phases"][name] = {"skipped": server}
                    continue
                env["BENCH_PG"] = _database(server, "bench_ingest")
            result = _phase(name, files, env)
            if "seconds" in result:
                result["docs_per_s"] = round(len(files) / result["seconds"], 3)
                result["mb_per_s"] = round(size_mb / result["seconds"], 3)
            report["phases"][name] = result
            print(f"  scale {name:>18}: {json.dumps(result)}", file=sys.stderr)
        base = report["phases"]["read_decode"]["seconds"]
        for result in report["phases"].values():
            if "seconds" in result:
                result["ratio_to_baseline"] = round(result["seconds"] / base, 1)
        ingest = report["phases"]["ingest_sqlite"].get("seconds")
        for name in ("ingest_postgresql", "spark_local_1", "spark_local_2"):
            seconds = report["phases"][name].get("seconds")
            if ingest and seconds:
                report["phases"][name]["ratio_to_in_process_sqlite"] = round(seconds / ingest, 2)
        report["search"] = _search(work, server)
    finally:
        if not isinstance(server, str):
            server.stop()
    return report


def _search(work: Path, server: Any) -> dict[str, Any]:
    from bench.search_bench import QUERIES

    out: dict[str, Any] = {"sqlite": _latency(str(work / "ingest_sqlite.db"), QUERIES)}
    if not isinstance(server, str):
        url = server.url("bench_ingest")
        out["postgresql"] = _latency(url, QUERIES)
        out["postgresql_p50_ratio_to_sqlite"] = round(out["postgresql"]["p50_ms"] / out["sqlite"]["p50_ms"], 2)
        out["postgresql_p95_ratio_to_sqlite"] = round(out["postgresql"]["p95_ms"] / out["sqlite"]["p95_ms"], 2)
    return out


def _postgres() -> Any:
    """A throwaway PostgreSQL server (the test suite's), or why there is none."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import pgcluster

        return pgcluster.start()
    except Exception as exc:
        return f"PostgreSQL unavailable: {exc}"


def _database(server: Any, name: str) -> str:
    import pgcluster

    url: str = pgcluster.create_database(server, name)
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench-scale.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = run(Path(tmp), args.docs)
    report["bench_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
