"""`python -m bench --out out/bench.json`: speed and memory, as ratios to a baseline of the same run.

Each phase runs in its own subprocess so that its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import json
import os
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
    # the yardstick of issue #9: jieba segmentation alone of the same text, one core, with jieba as it ships
    # (its default dictionary, loaded from jieba's own cache, default HMM mode) ...
    "segment_jieba": "import jieba\nfor p in files: jieba.lcut(p.read_text(encoding='utf-8'))",
    "segment_jieba_startup": "import jieba\njieba.initialize()",
    # ... and with plantrace's segmenter (plantrace.segmentation: jieba's algorithm and dictionary run by
    # jieba-rs, the same words as jieba), called the same way
    "segment": "from plantrace.segmentation import base_tokenizer\ntok = base_tokenizer()\n"
               "for p in files: list(tok.cut(p.read_text(encoding='utf-8')))",
    # what segmentation costs before its first text: importing the segmenter and loading its dictionary
    "segment_startup": "from plantrace.segmentation import base_tokenizer\nbase_tokenizer()",
    # what an ingest costs before its first text: imports, dictionaries, lexicons, compiled patterns (one
    # two-line document ingested, so that every lazily loaded part is loaded)
    "ingest_startup": "from plantrace.pipeline import ingest_paths\nimport os, pathlib\n"
                      "tiny = pathlib.Path(os.environ['BENCH_DB'] + '.txt')\n"
                      "tiny.write_text('某市2025年国民经济和社会发展计划\\n'\n"
                      "                '地区生产总值增长6%左右，建设广州人工智能产业园。\\n', encoding='utf-8')\n"
                      "r = ingest_paths([tiny], os.environ['BENCH_DB'], workers=1)\n"
                      "assert not r.failures, r.failures\n"
                      "from plantrace.segmentation import pos_tagger\npos_tagger()  # loaded by the first project name",
    "load": "from plantrace import ingest\nfor p in files: ingest.load(p)",
    "parse": "from plantrace.pipeline import parse_file\nfor p in files: parse_file(p)",
    "extract": "from plantrace.pipeline import process_file\nfor p in files: process_file(p)",
    "ingest_db": "from plantrace.pipeline import ingest_paths\nimport os\n"
                 "r = ingest_paths(files, os.environ['BENCH_DB'], workers=1)\nassert not r.failures, r.failures[:3]",
    # the same ingest with a process pool for read+parse+extract (one writer): every core of the machine
    "ingest_db_parallel": "from plantrace.pipeline import ingest_paths\nimport os\n"
                          "r = ingest_paths(files, os.environ['BENCH_DB'], workers=os.cpu_count() or 1)\n"
                          "assert not r.failures, r.failures[:3]",
}

RUNNER = """
import json, os, resource, sys, time
from pathlib import Path
files = [Path(p) for p in json.loads(sys.stdin.read())]
_u = resource.getrusage(resource.RUSAGE_SELF)
cpu0 = _u.ru_utime + _u.ru_stime  # the interpreter's start-up is not the phase's
t0 = time.perf_counter()
{body}
dt = time.perf_counter() - t0
own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime - cpu0
print(json.dumps({{"seconds": dt, "cpu_seconds": cpu, "peak_rss_mb": own.ru_maxrss / 1024}}))
"""


def run_phase(name: str, files: list[Path], db: Path) -> dict[str, Any]:
    code = RUNNER.format(body=PHASES[name])
    proc = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps([str(f) for f in files]), capture_output=True,
        text=True, check=True, env={**_env(), "BENCH_DB": str(db)},
    )
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _env() -> dict[str, str]:
    """The phases' environment: this one, except that Python keeps the bytecode it compiles. With
    PYTHONDONTWRITEBYTECODE (set on some development machines) every phase would compile plantrace's
    modules from source again (~0.1 CPU s), which an installed package never does (pip compiles them when
    it installs, as it did jieba's): :func:`compile_bytecode` compiles them once before the phases."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_bytecode() -> None:
    """Compile plantrace's modules once (``__pycache__``, ignored by git), as installing the package does."""
    import plantrace

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(plantrace.__file__).parent)],
                   capture_output=True, check=True, env=_env())


def measure(label: str, files: list[Path], workdir: Path, repeat: int = 1) -> dict[str, Any]:
    """Each phase ``repeat`` times in turn (all phases, then all again): the run with the fewest CPU seconds
    is kept, the steadiest figure when other programs share the machine (they only ever add time)."""
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in PHASES}
    for _ in range(max(1, repeat)):
        for name in PHASES:
            db = workdir / f"{label}-{name}.db"
            for old in workdir.glob(db.name + "*"):
                old.unlink()
            runs[name].append(run_phase(name, files, db))
    phases: dict[str, Any] = {}
    for name in PHASES:
        result = min(runs[name], key=lambda r: float(r["cpu_seconds"]))
        if repeat > 1:
            result["cpu_seconds_of_each_run"] = [round(float(r["cpu_seconds"]), 3) for r in runs[name]]
        result["mb_per_s"] = round(size_mb / result["seconds"], 3)
        result["docs_per_s"] = round(len(files) / result["seconds"], 2)
        phases[name] = result
        print(f"  {label:>10} {name:>12}: {result['mb_per_s']:8.2f} MB/s  {result['docs_per_s']:8.1f} docs/s"
              f"  peak {result['peak_rss_mb']:.0f} MB", file=sys.stderr)
    base = phases["read_decode"]["seconds"]
    for result in phases.values():
        result["ratio_to_baseline"] = round(result["seconds"] / base, 1)
    parse_s = phases["parse"]["seconds"]
    corpus_bytes = sum(f.stat().st_size for f in files)
    db_bytes = _db_bytes(workdir / f"{label}-ingest_db.db")
    tables = _table_bytes(workdir / f"{label}-ingest_db.db")
    return {
        "documents": len(files), "megabytes": round(size_mb, 2), "characters": chars, "phases": phases,
        "extract_vs_parse_ratio": round(phases["extract"]["seconds"] / parse_s, 2),
        # issue #9's ratios: goal <= 1.0 (one core) for ingest vs segmentation, <= 5.0 for the database size.
        # Two yardsticks: "jieba" = jieba as it ships (jieba.lcut, the yardstick); "our_segmenter" =
        # plantrace.segmentation (jieba-rs, ~10x as fast as jieba for the same words)
        **_segmentation_ratios(phases, "jieba", "segment_jieba"),
        **_segmentation_ratios(phases, "our_segmenter", "segment"),
        "startup_cpu_seconds": {"ingest": round(phases["ingest_startup"]["cpu_seconds"], 2),
                                "segment_jieba": round(phases["segment_jieba_startup"]["cpu_seconds"], 2),
                                "segment": round(phases["segment_startup"]["cpu_seconds"], 2)},
        # a batch over all cores (the ingest's process pool: `plantrace ingest --workers N`, N = cores by
        # default) against one core: wall-clock speed-up (meaningful only on an idle machine) and the CPU
        # seconds it spends in all against one core's (the pool's overhead: forking, passing results back)
        "parallel_speedup": round(phases["ingest_db"]["seconds"] / phases["ingest_db_parallel"]["seconds"], 2),
        "parallel_vs_one_core_cpu_ratio": round(phases["ingest_db_parallel"]["cpu_seconds"]
                                                / phases["ingest_db"]["cpu_seconds"], 2),
        "cores": os.cpu_count(),
        "database_bytes": db_bytes,
        "database_vs_corpus_ratio": round(db_bytes / corpus_bytes, 2),
        "database_tables_vs_corpus": {name: round(size / corpus_bytes, 2) for name, size in tables.items()},
    }


def _segmentation_ratios(phases: dict[str, Any], name: str, segment: str) -> dict[str, float]:
    """Ingest against one segmentation phase: wall and CPU, one process and the pool, and the text work
    alone (each phase less what it costs before its first text: imports, dictionaries)."""
    seg, startup, ingest, pool = (phases[segment], phases[segment + "_startup"], phases["ingest_db"],
                                  phases["ingest_db_parallel"])
    return {
        f"ingest_vs_{name}_ratio": round(ingest["seconds"] / seg["seconds"], 2),
        f"parallel_ingest_vs_{name}_ratio": round(pool["seconds"] / seg["seconds"], 2),
        # CPU seconds (all processes of the phase): steady when other programs share the machine, as they do
        # on the development machine (wall-clock ratios there measure the load); the parallel one is the
        # work a batch does in all
        f"ingest_vs_{name}_cpu_ratio": round(ingest["cpu_seconds"] / seg["cpu_seconds"], 2),
        f"parallel_ingest_vs_{name}_cpu_ratio": round(pool["cpu_seconds"] / seg["cpu_seconds"], 2),
        f"ingest_vs_{name}_cpu_ratio_after_startup": round(
            (ingest["cpu_seconds"] - phases["ingest_startup"]["cpu_seconds"])
            / max(seg["cpu_seconds"] - startup["cpu_seconds"], 1e-9), 2),
    }


def _table_bytes(db: Path) -> dict[str, int]:
    """Bytes on disk per table and index, largest first (SQLite's dbstat; empty if not compiled in)."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        try:
            rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
        except sqlite3.OperationalError:
            return {}
    return {str(name): int(size) for name, size in rows[:12]}


def _db_bytes(db: Path) -> int:
    """The database as it rests on disk: checkpointed, its WAL and shared-memory files included."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


LINE_SCALING = """
import json, sys, time
from pathlib import Path
from plantrace.pipeline import process_file
out = {}
for chars in json.loads(sys.argv[1]):
    path = Path(sys.argv[2]) / f"line{chars}.txt"
    unit = "2025年地区生产总值增长6.5%，达到3000亿元，"
    path.write_text("某市国民经济和社会发展统计公报\\n" + unit * (chars // len(unit)) + "\\n", encoding="utf-8")
    t0 = time.perf_counter()
    process_file(path)
    out[chars] = time.perf_counter() - t0
print(json.dumps(out))
"""


def line_scaling(workdir: Path, sizes: tuple[int, ...] = (10_000, 20_000, 40_000)) -> dict[str, Any]:
    """Seconds to read, parse and extract one file of a single line of N characters, N doubling.

    ``doubling_ratio`` is t(2N)/t(N) at the largest step: about 2 when the work is linear in the line
    length, about 4 when it is quadratic.
    """
    proc = subprocess.run([sys.executable, "-c", LINE_SCALING, json.dumps(list(sizes)), str(workdir)],
                          capture_output=True, text=True, check=True, env=_env())
    seconds = {int(k): v for k, v in json.loads(proc.stdout.strip().splitlines()[-1]).items()}
    ratio = seconds[sizes[-1]] / max(seconds[sizes[-2]], 1e-9)
    print(f"  line length {', '.join(f'{n:,}: {seconds[n]:.2f}s' for n in sizes)} -> doubling ratio {ratio:.2f}",
          file=sys.stderr)
    return {"seconds_by_line_chars": seconds, "doubling_ratio": round(ratio, 2),
            "meaning": "t(2N)/t(N): ~2 linear, ~4 quadratic"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench.json")
    parser.add_argument("--docs", type=int, default=1000, help="size of the synthetic corpus")
    parser.add_argument("--scale-docs", default="1000",
                        help="sizes of the synthetic corpora for the scale bench (Spark, PostgreSQL), "
                             "e.g. 1000,10000; 0 skips it")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each ingest phase this many times and keep the run with the fewest CPU seconds")
    parser.add_argument("--parts", default="ingest,search,link,scale",
                        help="what to run, comma-separated: ingest (sample and synthetic corpora: speed and size "
                             "ratios, line-length scaling), search, link, scale")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    report: dict[str, Any] = {
        "python": platform.python_version(), "machine": platform.machine(), "started": time.time(),
        "baseline": "read_decode = reading and decoding the files alone",
        "cpu_seconds": "resource.getrusage, the phase's process and its children (its worker pool), start-up "
                       "of the interpreter excluded; the ratios named *_cpu_* use them and are the ones to read "
                       "on a shared machine",
    }
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "ingest" in parts:
            _ingest_part(report, work, args.docs, args.repeat)
        if "search" in parts:
            report["search"] = _search_bench(work)
            report.setdefault("ratios", {}).update({
                f"search.{part}.{key}": report["search"][part][key]
                for part in ("corpus", "synthetic") if isinstance(report["search"].get(part), dict)
                for key in ("postgresql_p50_ratio_to_sqlite", "postgresql_p95_ratio_to_sqlite")
                if key in report["search"][part]
            })
        if "link" in parts:
            print("bench: link job (sample, synthetic 100 and 1,000 documents)", file=sys.stderr)
            from bench import link_bench

            report["link"] = link_bench.run(CORPUS, work / "link")
        from bench import scale_bench

        scale_sizes = scale_bench.sizes_arg(args.scale_docs) if "scale" in parts else []
        if scale_sizes:
            print(f"bench: scale (Spark, PostgreSQL) on {scale_sizes} synthetic documents", file=sys.stderr)
            report["scale"] = scale_bench.run(work / "scale", scale_sizes)
    report["bench_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"bench: report written to {args.out}", file=sys.stderr)


def _ingest_part(report: dict[str, Any], work: Path, docs: int, repeat: int = 1) -> None:
    """Issue #9's ratios on the sample corpus and a synthetic one: ingest against segmentation, database
    against corpus size, a batch on all cores against one, and the line-length scaling."""
    from bench.synthetic import generate

    print("bench: sample corpus", file=sys.stderr)
    report["corpus"] = measure("corpus", sorted(CORPUS.rglob("*.txt")), work, repeat)
    print(f"bench: synthetic corpus of {docs} documents", file=sys.stderr)
    synthetic = list(generate(CORPUS, work / "synthetic", docs))
    report["synthetic"] = measure("synthetic", synthetic, work, repeat)
    report["line_length_scaling"] = line_scaling(work)
    report["ratios"] = {
        f"{part}.{key}": report[part][key]
        for part in ("corpus", "synthetic")
        for key in (*(f"{k}_{yardstick}_{r}" for yardstick in ("jieba", "our_segmenter")
                      for k, r in (("ingest_vs", "ratio"), ("ingest_vs", "cpu_ratio"),
                                   ("ingest_vs", "cpu_ratio_after_startup"), ("parallel_ingest_vs", "ratio"),
                                   ("parallel_ingest_vs", "cpu_ratio"))),
                    "parallel_speedup", "parallel_vs_one_core_cpu_ratio", "database_vs_corpus_ratio")
    } | {"line_length_doubling_ratio": report["line_length_scaling"]["doubling_ratio"]}
    print(f"bench: ratios {json.dumps(report['ratios'])}", file=sys.stderr)


def _search_bench(work: Path) -> dict[str, Any]:
    try:
        from bench import search_bench  # type: ignore[attr-defined]
    except ImportError:
        return {"skipped": "bench/search_bench.py not present"}
    result: dict[str, Any] = search_bench.run(work / "search")
    return result


if __name__ == "__main__":
    main()
