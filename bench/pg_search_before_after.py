"""PostgreSQL search latency before/after a change, beside SQLite, on stores made once (bench/reports).

Each measurement is a fresh process running another checkout's code (``PYTHONPATH``): open the store,
one warm-up query, then the search benchmark's 54 queries once each (as ``bench/scale_bench.py`` does);
SQLite, PostgreSQL with the code before and PostgreSQL with the code after take turns, ``--rounds``
times, so that all three see the same minutes of a shared machine's load. Hits are compared too.

    .venv/bin/python -m bench.pg_search_before_after --sqlite syn1000.db --postgresql postgresql://…/syn1000 \\
        --before /tmp/before/src --after /tmp/after/src --rounds 2
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

ONE = """
import json, sys, time
sys.path.insert(0, sys.argv[2])
from bench.search_bench import QUERIES
from plantrace.search import search
from plantrace.store import open_store
times, hits = [], {}
with open_store(sys.argv[1], write=False) as store:
    search(store, QUERIES[0], limit=10)
    for q in QUERIES:
        t0 = time.perf_counter()
        found = search(store, q, limit=10)
        times.append((time.perf_counter() - t0) * 1000)
        hits[q] = [(h.doc, h.node, h.line_start, h.line_end, h.kind) for h in found]
print(json.dumps({"times": times, "hits": hits}, ensure_ascii=False))
"""


def _one(db: str, src: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, "-c", ONE, db, str(ROOT)], env=env, capture_output=True, text=True,
                          check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"p50_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95 + 0.5) - 1)], 1), "max_ms": round(ordered[-1], 1)}


def compare(sqlite: str, postgresql: str, before: str, after: str, rounds: int = 2) -> dict[str, Any]:
    runs = (("sqlite", sqlite, after), ("postgresql_before", postgresql, before),
            ("postgresql_after", postgresql, after))
    times: dict[str, list[float]] = {name: [] for name, _, _ in runs}
    hits: dict[str, dict[str, Any]] = {}
    loads = []
    for _ in range(rounds):
        for name, db, src in runs:
            loads.append(os.getloadavg()[0])
            result = _one(db, src)
            times[name] += result["times"]
            hits[name] = result["hits"]
            print(name, _summary(result["times"]), file=sys.stderr, flush=True)
    out: dict[str, Any] = {name: _summary(values) for name, values in times.items()}
    for name in ("postgresql_before", "postgresql_after"):
        out[f"{name}_ratio_to_sqlite"] = {"p50": round(out[name]["p50_ms"] / out["sqlite"]["p50_ms"], 2),
                                         "p95": round(out[name]["p95_ms"] / out["sqlite"]["p95_ms"], 2)}
        same = sum(hits[name][q] == hits["sqlite"][q] for q in hits["sqlite"])
        out[f"{name}_same_hits_as_sqlite"] = f"{same} of {len(hits['sqlite'])}"
    out["rounds"] = rounds
    out["load_average_range"] = [round(min(loads), 1), round(max(loads), 1)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sqlite", required=True)
    parser.add_argument("--postgresql", required=True)
    parser.add_argument("--before", required=True, help="the src folder of the code before")
    parser.add_argument("--after", required=True, help="the src folder of the code after")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    print(json.dumps(compare(args.sqlite, args.postgresql, args.before, args.after, args.rounds), indent=1))


if __name__ == "__main__":
    main()
