"""Score `plantrace search` against the hand-made questions in evaluation/search/questions.jsonl.

The corpus is ingested into a temporary SQLite database through the real CLI (in process), every
question is asked through `plantrace search QUERY --db DB --json --limit 10`, and recall@1,
recall@5 and MRR are reported overall and per kind, next to a plain BM25 baseline over jieba
tokens of the raw lines, computed in the same run.  Conventions: evaluation/search/README.md.
"""

from __future__ import annotations

import json
import math
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
QUESTIONS = Path(__file__).resolve().parent / "search" / "questions.jsonl"
LIMIT = 10
FILTER_OPTIONS = {"jurisdiction": "--jurisdiction", "doc_type": "--doc-type"}

Answer = tuple[str, int]          # (file relative to the corpus folder, physical line)


class CommandMissing(Exception):
    """The CLI (or one of its commands) does not exist yet."""


# ---------------------------------------------------------------- questions and hits


def load_questions(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def answer_set(question: dict[str, Any]) -> set[Answer]:
    return {(a["file"], int(n)) for a in question["answers"] for n in a["lines"]}


def same_file(source: str, gold_file: str) -> bool:
    """True when `source` (as stored by ingest) names the gold file (relative to the corpus)."""
    source = source.replace("\\", "/")
    return source == gold_file or source.endswith("/" + gold_file)


def hit_is_correct(hit: dict[str, Any], answers: set[Answer]) -> bool:
    start, end = int(hit["line_start"]), int(hit["line_end"])
    source = str(hit.get("source") or "")
    return any(same_file(source, f) and start <= n <= end for f, n in answers)


def first_correct_rank(hits: Sequence[dict[str, Any]], answers: set[Answer]) -> int | None:
    for rank, hit in enumerate(hits, start=1):
        if hit_is_correct(hit, answers):
            return rank
    return None


# ---------------------------------------------------------------- metrics


def recall_at(ranks: Sequence[int | None], k: int) -> float:
    if not ranks:
        return 0.0
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks)


def mean_reciprocal_rank(ranks: Sequence[int | None]) -> float:
    if not ranks:
        return 0.0
    return sum(1.0 / r for r in ranks if r is not None) / len(ranks)


def summarise(ranks: Sequence[int | None]) -> dict[str, float]:
    return {"n": len(ranks), "recall@1": round(recall_at(ranks, 1), 4),
            "recall@5": round(recall_at(ranks, 5), 4),
            "mrr": round(mean_reciprocal_rank(ranks), 4)}


def summarise_by_kind(kinds: Sequence[str], ranks: Sequence[int | None]) -> dict[str, Any]:
    by_kind: dict[str, list[int | None]] = defaultdict(list)
    for kind, rank in zip(kinds, ranks, strict=True):
        by_kind[kind].append(rank)
    return {"overall": summarise(ranks),
            "by_kind": {k: summarise(v) for k, v in sorted(by_kind.items())}}


# ---------------------------------------------------------------- BM25 baseline


def tokenize(text: str) -> list[str]:
    """jieba tokens of the raw text; whitespace and punctuation-only tokens are dropped."""
    import jieba

    return [t for t in jieba.lcut(text) if any(c.isalnum() for c in t)]


@dataclass
class BM25:
    """Okapi BM25 over a list of tokenised lines (k1=1.5, b=0.75)."""

    docs: list[list[str]]
    k1: float = 1.5
    b: float = 0.75

    def __post_init__(self) -> None:
        self.freqs = [Counter(d) for d in self.docs]
        self.lengths = [len(d) for d in self.docs]
        self.avgdl = sum(self.lengths) / max(len(self.docs), 1)
        df: Counter[str] = Counter()
        for f in self.freqs:
            df.update(f.keys())
        n = len(self.docs)
        self.idf = {t: math.log((n - c + 0.5) / (c + 0.5) + 1.0) for t, c in df.items()}

    def score(self, query: Sequence[str], i: int) -> float:
        f, norm = self.freqs[i], self.k1 * (1 - self.b + self.b * self.lengths[i] / self.avgdl)
        return sum(self.idf.get(t, 0.0) * f[t] * (self.k1 + 1) / (f[t] + norm) for t in query if t in f)

    def top(self, query: Sequence[str], k: int) -> list[int]:
        scored = [(self.score(query, i), i) for i in range(len(self.docs))]
        ranked = sorted((s for s in scored if s[0] > 0), key=lambda s: (-s[0], s[1]))
        return [i for _, i in ranked[:k]]


@dataclass(frozen=True)
class LineRecord:
    file: str      # relative to the corpus folder
    line: int


def corpus_lines(corpus: Path = CORPUS) -> list[tuple[LineRecord, str]]:
    """Every non-blank physical line of every .txt file of the corpus (README files excluded)."""
    out: list[tuple[LineRecord, str]] = []
    for path in sorted(corpus.rglob("*.txt")):
        rel = path.relative_to(corpus).as_posix()
        text = path.read_text("utf-8")
        for n, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                out.append((LineRecord(rel, n), line))
    return out


def baseline_hits(index: BM25, records: Sequence[LineRecord], query: str) -> list[dict[str, Any]]:
    """BM25 hits shaped like search hits; the baseline ignores filters (it knows no metadata)."""
    return [{"source": records[i].file, "line_start": records[i].line, "line_end": records[i].line}
            for i in index.top(tokenize(query), LIMIT)]


# ---------------------------------------------------------------- the system under test


def load_cli() -> Any:
    try:
        from plantrace.cli.main import cli
    except ImportError as exc:
        raise CommandMissing(f"plantrace CLI not importable: {exc}") from exc
    return cli


def require_command(cli: Any, name: str) -> None:
    import click

    if not isinstance(cli, click.Group) or cli.get_command(click.Context(cli), name) is None:
        raise CommandMissing(f"`plantrace {name}` does not exist yet")


def invoke(cli: Any, args: list[str]) -> str:
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, args, catch_exceptions=True)
    if result.exit_code != 0:
        detail = result.output.strip() or repr(result.exception)
        raise RuntimeError(f"plantrace {' '.join(args[:1])} failed ({result.exit_code}): {detail[:500]}")
    return result.stdout


def ingest_corpus(cli: Any, db: Path, corpus: Path = CORPUS) -> None:
    require_command(cli, "ingest")
    invoke(cli, ["ingest", str(corpus), "--db", str(db)])


def parse_json_array(stdout: str) -> list[dict[str, Any]]:
    """The JSON array printed by a listing command (tolerates lines printed before it)."""
    start = stdout.find("[")
    data = json.loads(stdout[start:]) if start >= 0 else None
    if not isinstance(data, list):
        raise ValueError(f"expected a JSON array, got: {stdout[:200]!r}")
    return data


def search_args(question: dict[str, Any], db: Path) -> list[str]:
    args = ["search", question["query"], "--db", str(db), "--json", "--limit", str(LIMIT)]
    for key, value in (question.get("filters") or {}).items():
        args += [FILTER_OPTIONS[key], str(value)]
    return args


def system_ranks(cli: Any, db: Path, questions: Iterable[dict[str, Any]]) -> list[int | None]:
    ranks = []
    for q in questions:
        hits = parse_json_array(invoke(cli, search_args(q, db)))
        ranks.append(first_correct_rank(hits, answer_set(q)))
    return ranks


def baseline_ranks(questions: Sequence[dict[str, Any]]) -> list[int | None]:
    pairs = corpus_lines()
    records = [r for r, _ in pairs]
    index = BM25([tokenize(text) for _, text in pairs])
    return [first_correct_rank(baseline_hits(index, records, q["query"]), answer_set(q))
            for q in questions]


def misses(questions: Sequence[dict[str, Any]], ranks: Sequence[int | None]) -> list[str]:
    return [q["id"] for q, r in zip(questions, ranks, strict=True) if r is None]


def main() -> dict[str, Any]:
    questions = load_questions()
    kinds = [q["kind"] for q in questions]
    base = baseline_ranks(questions)
    report: dict[str, Any] = {"questions": len(questions),
                              "baseline_bm25": summarise_by_kind(kinds, base)}
    try:
        cli = load_cli()
        require_command(cli, "search")
        with tempfile.TemporaryDirectory(prefix="plantrace-eval-") as tmp:
            db = Path(tmp) / "eval.db"
            ingest_corpus(cli, db)
            ranks = system_ranks(cli, db, questions)
    except (CommandMissing, RuntimeError, ValueError) as exc:
        return {"error": str(exc), **report}
    report["plantrace"] = summarise_by_kind(kinds, ranks)
    report["plantrace_misses"] = misses(questions, ranks)
    return report


if __name__ == "__main__":
    print(json.dumps(main(), ensure_ascii=False, indent=2))
