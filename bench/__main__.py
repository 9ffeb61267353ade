"""`python -m bench --out out/bench.json`: speed and memory, as ratios to a baseline of the same run.

Each phase runs in its own subprocess so that its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"

PHASES = {
    # baseline: reading and decoding the files alone
    "read_decode": "for p in files: p.read_bytes().decode('utf-8')",
    "load": "from plantrace import ingest\nfor p in files: ingest.load(p)",
    "parse": "from plantrace.pipeline import parse_file\nfor p in files: parse_file(p)",
    "extract": "from plantrace.pipeline import process_file\nfor p in files: process_file(p)",
    "ingest_db": "from plantrace.pipeline import ingest_paths\nimport os\n"
                 "r = ingest_paths(files, os.environ['BENCH_DB'])\nassert not r.failures, r.failures[:3]",
}

RUNNER = """
import json, os, resource, sys, time
from pathlib import Path
files = [Path(p) for p in json.loads(sys.stdin.read())]
t0 = time.perf_counter()
{body}
dt = time.perf_counter() - t0
print(json.dumps({{"seconds": dt, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def run_phase(name: str, files: list[Path], db: Path) -> dict[str, Any]:
    code = RUNNER.format(body=PHASES[name])
    proc = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps([str(f) for f in files]), capture_output=True,
        text=True, check=True, env={**_env(), "BENCH_DB": str(db)},
    )
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def measure(label: str, files: list[Path], workdir: Path) -> dict[str, Any]:
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    phases: dict[str, Any] = {}
    for name in PHASES:
        db = workdir / f"{label}-{name}.db"
        result = run_phase(name, files, db)
        result["mb_per_s"] = round(size_mb / result["seconds"], 3)
        result["docs_per_s"] = round(len(files) / result["seconds"], 2)
        phases[name] = result
        print(f"  {label:>10} {name:>12}: {result['mb_per_s']:8.2f} MB/s  {result['docs_per_s']:8.1f} docs/s"
              f"  peak {result['peak_rss_mb']:.0f} MB", file=sys.stderr)
    base = phases["read_decode"]["seconds"]
    for result in phases.values():
        result["ratio_to_baseline"] = round(result["seconds"] / base, 1)
    parse_s = phases["parse"]["seconds"]
    return {
        "documents": len(files), "megabytes": round(size_mb, 2), "characters": chars, "phases": phases,
        "extract_vs_parse_ratio": round(phases["extract"]["seconds"] / parse_s, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench.json")
    parser.add_argument("--docs", type=int, default=1000, help="size of the synthetic corpus")
    args = parser.parse_args()
    from bench.synthetic import generate

    report: dict[str, Any] = {
        "python": platform.python_version(), "machine": platform.machine(), "started": time.time(),
        "baseline": "read_decode = reading and decoding the files alone",
    }
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print("bench: sample corpus", file=sys.stderr)
        report["corpus"] = measure("corpus", sorted(CORPUS.rglob("*.txt")), work)
        print(f"bench: synthetic corpus of {args.docs} documents", file=sys.stderr)
        synthetic = list(generate(CORPUS, work / "synthetic", args.docs))
        report["synthetic"] = measure("synthetic", synthetic, work)
        report["search"] = _search_bench(work)
        print("bench: link job (sample, synthetic 100 and 1,000 documents)", file=sys.stderr)
        from bench import link_bench

        report["link"] = link_bench.run(CORPUS, work / "link")
    report["bench_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"bench: report written to {args.out}", file=sys.stderr)


def _search_bench(work: Path) -> dict[str, Any]:
    try:
        from bench import search_bench  # type: ignore[attr-defined]
    except ImportError:
        return {"skipped": "bench/search_bench.py not present"}
    result: dict[str, Any] = search_bench.run(work / "search")
    return result


if __name__ == "__main__":
    main()
