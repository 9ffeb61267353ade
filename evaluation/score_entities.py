"""Score `plantrace projects` and `plantrace concepts` against evaluation/entities/*.jsonl.

The corpus is ingested into a temporary SQLite database through the real CLI (in process); a
predicted row matches a gold row when it is in the same file, its [line_start, line_end] covers the
gold line (for concepts: the line, a definition line or a mention line) and the names are similar.
Projects are matched one-to-one; a concept may be reported at each of its mentions.  Precision is
computed over predicted rows that cover an annotated line (annotated lines are annotated exhaustively).
Conventions: evaluation/entities/README.md.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from evaluation.score_search import (
    CommandMissing,
    ingest_corpus,
    invoke,
    load_cli,
    parse_json_array,
    require_command,
    same_file,
)

GOLD = Path(__file__).resolve().parent / "entities"
OVERLAP_THRESHOLD = 0.8
_STRIP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()()]")


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def normalise_name(name: str) -> str:
    """Simplified characters, no quotes, brackets or spaces."""
    return _STRIP.sub("", _t2s().convert(name))


def overlap_ratio(a: str, b: str) -> float:
    """Shared characters (as multisets) over the length of the longer name."""
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return common / max(len(a), len(b))


def names_match(gold: str, predicted: str) -> bool:
    a, b = normalise_name(gold), normalise_name(predicted)
    if not a or not b:
        return False
    return a in b or b in a or overlap_ratio(a, b) >= OVERLAP_THRESHOLD


def gold_lines(gold: dict[str, Any]) -> set[int]:
    """The annotated line plus, for concepts, its definition and other mention lines."""
    extra = [*gold.get("definition_lines", []), *gold.get("mentions", [])]
    return {int(gold["line"]), *(int(n) for n in extra)}


def row_covers(row: dict[str, Any], gold: dict[str, Any]) -> bool:
    start = int(row["line_start"])
    end = int(row.get("line_end") or start)
    return same_file(str(row.get("source") or ""), gold["file"]) and any(
        start <= n <= end for n in gold_lines(gold))


def row_matches(row: dict[str, Any], gold: dict[str, Any]) -> bool:
    return row_covers(row, gold) and names_match(gold["name"], str(row.get("name") or ""))


def match(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy one-to-one (gold index, predicted index) pairs, closest names first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if row_matches(p, g):
                closeness = overlap_ratio(normalise_name(g["name"]), normalise_name(str(p["name"])))
                candidates.append((-closeness, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def prf(true_positives: int, n_predicted: int, n_gold: int) -> dict[str, float]:
    p = true_positives / n_predicted if n_predicted else 0.0
    r = true_positives / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": true_positives, "predicted": n_predicted, "gold": n_gold}


def on_annotated_lines(rows: Sequence[dict[str, Any]],
                       gold: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predicted rows whose line range covers at least one annotated (file, line).

    Every annotated line is annotated exhaustively, so precision is measured on those lines only.
    """
    return [r for r in rows if any(row_covers(r, g) for g in gold)]


def attribute_equal(field: str, gold: str, predicted: Any) -> bool:
    if predicted is None:
        return False
    a, b = normalise_name(gold), normalise_name(str(predicted))
    if field == "status":
        return a == b
    return bool(a and b) and (a in b or b in a)


def attribute_accuracy(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]],
                       pairs: Sequence[tuple[int, int]]) -> dict[str, dict[str, float]]:
    out = {}
    for field in ("category", "status", "place"):
        judged = [(gold[g][field], predicted[p].get(field)) for g, p in pairs if gold[g].get(field)]
        right = sum(attribute_equal(field, g, p) for g, p in judged)
        out[field] = {"accuracy": round(right / len(judged), 4) if judged else 0.0, "n": len(judged)}
    return out


def negatives_found(names: Sequence[str], negatives: Sequence[str]) -> list[str]:
    normalised = [normalise_name(n) for n in names]
    return sorted({neg for neg in negatives for n in normalised if normalise_name(neg) in n})


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_negatives(path: Path = GOLD / "negatives.txt") -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.startswith("#")]


def missed(gold: Sequence[dict[str, Any]], found: set[int]) -> list[str]:
    return [f"{g['file']}:{g['line']} {g['name']}" for i, g in enumerate(gold) if i not in found]


def score_projects(gold: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One-to-one matching: each gold project is found by at most one row and vice versa."""
    scoped = on_annotated_lines(rows, gold)
    pairs = match(gold, scoped)
    return {**prf(len(pairs), len(scoped), len(gold)),
            "attributes": attribute_accuracy(gold, scoped, pairs),
            "missed": missed(gold, {g for g, _ in pairs})}


def score_concepts(gold: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Many-to-one: a concept may be reported at each mention; a row is right if it names a gold concept."""
    scoped = on_annotated_lines(rows, gold)
    found = {i for i, g in enumerate(gold) if any(row_matches(r, g) for r in scoped)}
    right = sum(1 for r in scoped if any(row_matches(r, g) for g in gold))
    p = right / len(scoped) if scoped else 0.0
    r = len(found) / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "correct_rows": right,
            "predicted": len(scoped), "found": len(found), "gold": len(gold), "missed": missed(gold, found)}


def flatten_rows(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per cited occurrence.

    A listing may group a concept across documents, with its occurrences in a list of objects that
    carry their own `source` and `line_start` (`{"name": …, "mentions": [{"source": …}, …]}`);
    each occurrence becomes a row that keeps the group's name unless it has its own.
    """
    out: list[dict[str, Any]] = []
    for row in rows:
        occurrences = [item for value in row.values() if isinstance(value, list)
                       for item in value if isinstance(item, dict) and "line_start" in item]
        if not occurrences:
            out.append(row)
        for item in occurrences:
            out.append({**row, **item, "name": item.get("name") or row.get("name")})
    return out


def fetch(cli: Any, command: str, db: Path) -> list[dict[str, Any]]:
    require_command(cli, command)
    return flatten_rows(parse_json_array(invoke(cli, [command, "--db", str(db), "--json"])))


def main() -> dict[str, Any]:
    projects, concepts = load_jsonl(GOLD / "projects.jsonl"), load_jsonl(GOLD / "concepts.jsonl")
    negatives = load_negatives()
    try:
        cli = load_cli()
        require_command(cli, "projects")
        require_command(cli, "concepts")
        with tempfile.TemporaryDirectory(prefix="plantrace-eval-") as tmp:
            db = Path(tmp) / "eval.db"
            ingest_corpus(cli, db)
            rows = {c: fetch(cli, c, db) for c in ("projects", "concepts")}
    except (CommandMissing, RuntimeError, ValueError) as exc:
        return {"error": str(exc)}
    project_report = score_projects(projects, rows["projects"])
    concept_report = score_concepts(concepts, rows["concepts"])
    names = [str(r.get("name") or "") for rs in rows.values() for r in rs]
    found = negatives_found(names, negatives)
    return {"projects": project_report, "concepts": concept_report,
            "negatives_found": len(found), "negatives": found}


if __name__ == "__main__":
    print(json.dumps(main(), ensure_ascii=False, indent=2))
