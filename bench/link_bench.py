"""The link job's time and memory on the sample corpus and on synthetic corpora of 100 and 1,000
documents, each in its own subprocess (peak memory is its own), so growth with corpus size shows.

Each corpus is ingested first (not timed here: the ingest phases are timed by ``bench/__main__``);
then ``plantrace.linking.compute_links`` runs with two workers. The report gives seconds, seconds per
document and per linked pair, peak memory of the parent and of the workers, and the link counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

RUNNER = """
import json, resource, sys, time
from plantrace.linking import compute_links
db = sys.argv[1]
t0 = time.perf_counter()
report = compute_links(db, workers=2)
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "documents": report.documents, "pairs": len(report.pairs), "links": report.counts}))
"""

INGEST = """
import json, sys
from pathlib import Path
from plantrace.pipeline import ingest_paths
files = [Path(p) for p in json.loads(sys.stdin.read())]
report = ingest_paths(files, sys.argv[1])
print(len(report.failures))
"""


def _ingest(files: list[Path], db: Path) -> None:
    subprocess.run([sys.executable, "-c", INGEST, str(db)], input=json.dumps([str(f) for f in files]),
                   capture_output=True, text=True, check=True)


def measure(label: str, files: list[Path], db: Path) -> dict[str, Any]:
    if not db.exists():
        _ingest(files, db)
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(db)], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["seconds_per_document"] = round(result["seconds"] / max(1, result["documents"]), 4)
    result["seconds_per_pair"] = round(result["seconds"] / max(1, result["pairs"]), 4)
    print(f"  link {label:>14}: {result['documents']:5d} docs {result['pairs']:5d} pairs "
          f"{result['seconds']:8.1f} s  peak {result['peak_rss_mb']:.0f} MB"
          f" (workers {result['worker_peak_rss_mb']:.0f} MB)",
          file=sys.stderr)
    return result


def run(corpus: Path, work: Path, sizes: tuple[int, ...] = (100, 1000)) -> dict[str, Any]:
    from bench.synthetic import generate

    work.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"sample": measure("sample", sorted(corpus.rglob("*.txt")), work / "sample.db")}
    for size in sizes:
        files = list(generate(corpus, work / f"synthetic-{size}", size))
        report[f"synthetic_{size}"] = measure(f"synthetic {size}", files, work / f"synthetic-{size}.db")
    small, large = report.get(f"synthetic_{sizes[0]}"), report.get(f"synthetic_{sizes[-1]}")
    if small and large and small["seconds"]:
        report["growth"] = {
            "documents": round(large["documents"] / max(1, small["documents"]), 1),
            "seconds": round(large["seconds"] / small["seconds"], 1),
            "pairs": round(large["pairs"] / max(1, small["pairs"]), 1),
        }
    return report
