"""Search benchmark: index build time and query latency (p50/p95), beside a plain baseline.

``run(tmpdir) -> dict`` is called by ``python -m bench``. It indexes the sample corpus and a
synthetic corpus (``bench.synthetic``, default 1,000 documents), then times ~50 queries of every
kind, on SQLite and (when a PostgreSQL server can be started here) on PostgreSQL with the same
documents: PostgreSQL's p50/p95 as ratios to SQLite's in the same run. The baseline is BM25 (SQLite
FTS5) over jieba words of the original node text, with no script folding, synonyms, structure or
reranking, queried with the jieba words of the query OR-ed.

    .venv/bin/python -c "import bench.search_bench as b, json; print(json.dumps(b.run('/tmp/sb'), indent=1))"
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from plantrace.pipeline import build_bundle
from plantrace.search import index_rows, search
from plantrace.search.segment import cut
from plantrace.store import open_store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"

QUERIES = [
    # one and two characters
    "碳", "湾", "塔", "能耗", "碧道", "就业", "养老", "湿地", "会展", "医院", "5G", "GDP",
    # plan terms and phrases
    "夜间经济", "数字经济", "城市更新", "营商环境", "乡村振兴", "老旧小区改造", "粤港澳大湾区",
    "人工智能与数字经济试验区", "碳达峰碳中和", "高质量发展", "轨道交通", "生物医药", "黑臭水体",
    '"数字经济" 琶洲', '"国际消费中心城市"', '"主要预期目标"', '"城镇登记失业率"',
    # traditional script
    "夜間經濟", "碳達峰", "營商環境", "數字經濟", "醫療衛生",
    # questions
    "海珠区打算怎么发展夜间经济", "如何推进城中村改造", "从化区的生态旅游有哪些项目", "广州怎样建设国际消费中心城市",
    "哪些地方提到氢能产业", "荔湾区老城市新活力怎么做", "从化区如何推进乡村振兴", "国家怎样降低企业税费负担",
    # numeric questions
    "2021年广州地区生产总值增长目标", "2021年城镇登记失业率目标", "研发经费投入强度目标", "2025年人均GDP",
    "2016年国内生产总值增长", "单位GDP能耗下降目标", "从化2020年地区生产总值是多少", "海珠区2025年研发经费投入强度目标",
    # noise and syntax
    ";DROP TABLE documents", "NEAR(碧道", "量子引力", "*",
]


def run(tmpdir: str | Path, docs: int = 1000, postgresql: bool = True) -> dict[str, Any]:
    """Build both indexes on the sample and the synthetic corpus; time the queries on each. With
    ``postgresql`` (and a PostgreSQL server this machine can start, see tests/pgcluster.py), the same
    documents go into a PostgreSQL store too, timed with the same queries in the same run: its p50/p95 as
    ratios to SQLite's, and whether every query gave the same hits in the same order."""
    from bench.synthetic import generate

    work = Path(tmpdir)
    work.mkdir(parents=True, exist_ok=True)
    corpus = sorted(CORPUS.rglob("*.txt"))
    synthetic = list(generate(CORPUS, work / "synthetic", docs))
    server = _postgres() if postgresql else "not asked for"
    try:
        return {
            "queries": len(QUERIES),
            "baseline": "FTS5 BM25 over jieba words of the original text, query words OR-ed",
            "corpus": measure(corpus, work / "corpus", _database(server, "bench_corpus")),
            "synthetic": measure(synthetic, work / "synthetic_db", _database(server, "bench_synthetic")),
            **({"postgresql": server} if isinstance(server, str) else {}),
        }
    finally:
        if not isinstance(server, str):
            server.stop()


def _postgres() -> Any:
    """A throwaway PostgreSQL server (the test suite's), or why there is none."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import pgcluster

        return pgcluster.start()
    except Exception as exc:
        return f"PostgreSQL unavailable: {exc}"


def _database(server: Any, name: str) -> str | None:
    if isinstance(server, str):
        return None
    import pgcluster

    url: str = pgcluster.create_database(server, name)
    return url


def measure(files: list[Path], work: Path, pg_url: str | None = None) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    build = _build(files, work, pg_url)
    with open_store(work / "with.db") as store:
        ours = _latencies(lambda q: search(store, q, limit=10))
        rows = store.conn.execute("SELECT count(*) FROM search_rows").fetchone()[0]
        hits = {q: _cited(search(store, q, limit=10)) for q in QUERIES}
    conn = sqlite3.connect(work / "baseline.db")
    base = _latencies(lambda q: _baseline_query(conn, q))
    conn.close()
    out = {"documents": len(files), "index_rows": rows, "build": build, "search": ours, "baseline": base,
           "p95_ratio_to_baseline": round(ours["p95_ms"] / max(base["p95_ms"], 1e-6), 2)}
    if pg_url is not None:
        with open_store(pg_url) as pg:
            theirs = _latencies(lambda q: search(pg, q, limit=10))
            same = sum(_cited(search(pg, q, limit=10)) == hits[q] for q in QUERIES)
        out["search_postgresql"] = theirs
        out["postgresql_p50_ratio_to_sqlite"] = round(theirs["p50_ms"] / max(ours["p50_ms"], 1e-6), 2)
        out["postgresql_p95_ratio_to_sqlite"] = round(theirs["p95_ms"] / max(ours["p95_ms"], 1e-6), 2)
        out["postgresql_same_hits"] = f"{same} of {len(QUERIES)} queries"
    return out


def _cited(hits: Iterable[Any]) -> list[tuple[Any, ...]]:
    """What a hit list says, for comparing two stores: document, node, lines, kind, in order."""
    return [(h.doc, h.node, h.line_start, h.line_end, h.kind) for h in hits]


def _build(files: list[Path], work: Path, pg_url: str | None = None) -> dict[str, float]:
    """Index build = computing index rows + (store save with rows - store save without them)."""
    seconds = {"index_rows": 0.0, "save_with_index": 0.0, "save_without_index": 0.0, "baseline_index": 0.0}
    if pg_url is not None:
        seconds["save_postgresql"] = 0.0
    baseline = _baseline_db(work / "baseline.db")
    with open_store(work / "with.db") as with_index, open_store(work / "without.db") as without, \
            (open_store(pg_url) if pg_url is not None else nullcontext()) as pg:
        for path in files:
            bundle = build_bundle(path)
            seconds["index_rows"] += _timed(partial(index_rows, bundle.parsed))
            seconds["save_with_index"] += _timed(partial(with_index.save, bundle))
            seconds["save_without_index"] += _timed(partial(without.save, replace(bundle, index=())))
            seconds["baseline_index"] += _timed(partial(_baseline_insert, baseline, bundle.parsed.nodes))
            if pg is not None:
                seconds["save_postgresql"] += _timed(partial(pg.save, bundle))
    baseline.close()
    seconds["index_build"] = seconds["index_rows"] + seconds["save_with_index"] - seconds["save_without_index"]
    return {k: round(v, 3) for k, v in seconds.items()}


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _latencies(fn: Callable[[str], object]) -> dict[str, float]:
    for query in QUERIES:  # warm-up: caches, jieba's dictionary, SQLite pages
        fn(query)
    times = [_timed(partial(fn, q)) * 1000 for q in QUERIES for _ in range(3)]
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
        "max_ms": round(times[-1], 2),
    }


def _baseline_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS base USING fts5(node UNINDEXED, doc UNINDEXED, "
        "line_start UNINDEXED, line_end UNINDEXED, body)"
    )
    return conn


def _baseline_insert(conn: sqlite3.Connection, nodes: Iterable[Any]) -> None:
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO base VALUES (?, ?, ?, ?, ?)",
        ((n.id, n.doc_id, n.line_start, n.head_end, " ".join(cut(n.text))) for n in nodes if n.text),
    )
    conn.execute("COMMIT")


def build_baseline(db: str | Path, files: Iterable[Path]) -> None:
    """The plain baseline index of ``files`` (for an evaluation beside ``plantrace.search``)."""
    from plantrace.pipeline import parse_file

    conn = _baseline_db(Path(db))
    for path in files:
        _baseline_insert(conn, parse_file(path).nodes)
    conn.close()


def baseline_search(db: str | Path, query: str, limit: int = 10) -> list[dict[str, Any]]:
    """Baseline hits ``{node, doc, line_start, line_end}``, best first (see ``build_baseline``)."""
    conn = sqlite3.connect(db)
    try:
        rows = _baseline_query(conn, query, limit)
    finally:
        conn.close()
    return [dict(zip(("node", "doc", "line_start", "line_end"), r[:4], strict=True)) for r in rows]


def _baseline_query(conn: sqlite3.Connection, query: str, limit: int = 10) -> list[Any]:
    words = ['"' + w.replace('"', '""') + '"' for w in cut(query) if w.strip() and any(c.isalnum() for c in w)]
    if not words:
        return []
    sql = "SELECT node, doc, line_start, line_end, bm25(base) AS r FROM base WHERE base MATCH ? ORDER BY r LIMIT ?"
    return conn.execute(sql, (" OR ".join(words), limit)).fetchall()


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(sys.argv[1] if len(sys.argv) > 1 else "/tmp/plantrace-search-bench",
                         int(sys.argv[2]) if len(sys.argv) > 2 else 1000), indent=1))
