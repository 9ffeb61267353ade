"""``python -m evaluation.dev.search_dev``: the search dev set's figures and every miss (tuned-on).

The dev questions (``dev/search/questions.jsonl``) are what the search ranking is tuned on, so
their misses may be read one by one (unlike the unseen set's). Each corpus is ingested through the
real CLI into a database kept under ``--keep DIR`` (default: a temporary folder), so a tuning loop
does not ingest again; questions are asked through the CLI exactly as ``make eval`` asks them.

Options: ``--corpus docs_g`` (only that corpus's questions), ``--keep DIR`` (reuse databases),
``--show`` (the top hits of each miss and of each answer found below rank 1).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from evaluation import score_search as ss
from evaluation import score_unseen as su

QUESTIONS = su.DEV_SEARCH / "questions.jsonl"


def _option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv else None


def run(argv: list[str]) -> dict[str, Any]:
    questions = ss.load_questions(QUESTIONS)
    only = _option(argv, "--corpus")
    if only:
        questions = [q for q in questions if q.get("corpus", "docs") == only]
    keep = _option(argv, "--keep")
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="plantrace-dev-search-"))
    folder.mkdir(parents=True, exist_ok=True)
    cli = ss.load_cli()
    ranks: list[int | None] = []
    shown: list[dict[str, Any]] = []
    for corpus in sorted({q.get("corpus", "docs") for q in questions}):
        db = folder / f"{corpus}.db"
        if not db.exists():
            ss.ingest_corpus(cli, db, su.DEV_SEARCH / corpus)
        for q in questions:
            if q.get("corpus", "docs") != corpus:
                continue
            hits = ss.parse_json_array(ss.invoke(cli, ss.search_args(q, db)))
            rank = ss.first_correct_rank(hits, ss.answer_set(q))
            ranks.append(rank)
            if rank != 1 and "--show" in argv:
                top = [f"{h['source'].rsplit('/', 1)[-1]}:{h['line_start']}-{h['line_end']} {h['score']}"
                       for h in hits[:5]]
                shown.append({"id": q["id"], "query": q["query"], "rank": rank, "top": top})
    ordered = [q for c in sorted({q.get("corpus", "docs") for q in questions})
               for q in questions if q.get("corpus", "docs") == c]
    return {"figures": su.search_figures(ranks, ordered), "misses": ss.misses(ordered, ranks), "shown": shown}


def main(argv: list[str]) -> int:
    report = run(argv)
    for name, value in report["figures"].items():
        sys.stdout.write(f"{name:24} {value}\n")
    sys.stdout.write(f"misses: {' '.join(report['misses'])}\n")
    for item in report["shown"]:
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
