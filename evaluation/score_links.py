"""Score the link job against evaluation/links/pairs.jsonl (conventions: evaluation/links/README.md).

The sample corpus is ingested into a temporary database and linked with the shipped thresholds
(``plantrace.linking.compute_links``). A predicted link matches a gold pair when the relation is the
same and its lower and upper line ranges contain the pair's lines. Recall: gold links matched.
Precision is measured over the judged pool: predictions whose lower range holds a lower line
annotated for that relation; such a prediction is right when it matches a gold link and wrong when it
matches a gold negative (``precision``). For ``reuse``, ``precision_strict`` also counts as wrong
every prediction from an annotated lower line to an upper line nobody annotated (a lower bound: the
annotation lists the longest shared passage of each pair, so real copies to other city lines count
against it). The tuned part and the holdout (荔湾) are reported separately.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "links" / "pairs.jsonl"
CORPUS = ROOT / "examples" / "corpus"
RELATIONS = ("reuse", "commitment", "positioning", "target")


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    from plantrace.linking import compute_links, list_links
    from plantrace.pipeline import ingest_paths

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "links.db")
        report = ingest_paths([corpus], db)
        if report.failures:
            raise RuntimeError(f"ingest failed: {[f.path for f in report.failures][:3]}")
        compute_links(db)
        return list_links(db)


def _covers(side: dict[str, Any], file: str, line: int) -> bool:
    return Path(side["source"]).name == file and side["line_start"] <= line <= side["line_end"]


def _matches(pred: dict[str, Any], pair: dict[str, Any]) -> bool:
    lower, upper = pair["lower"], pair["upper"]
    return (pred["relation"] == pair["relation"] and _covers(pred["lower"], lower["file"], lower["line"])
            and _covers(pred["upper"], upper["file"], upper["line"]))


def score(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part, holdout in (("tuned", False), ("holdout", True)):
        for relation in RELATIONS:
            pairs = [g for g in gold if g["relation"] == relation and g["holdout"] == holdout]
            out[f"{part}/{relation}"] = _score_one(relation, pairs, [p for p in preds if p["relation"] == relation])
    return out


def _score_one(relation: str, pairs: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    positives = [g for g in pairs if g["label"] == "link"]
    negatives = [g for g in pairs if g["label"] == "none"]
    found = [g for g in positives if any(_matches(p, g) for p in preds)]
    annotated = {(g["lower"]["file"], g["lower"]["line"]) for g in pairs}
    pool = [p for p in preds if any(_covers(p["lower"], f, n) for f, n in annotated)]
    right = wrong = unjudged = 0
    for p in pool:
        if any(_matches(p, g) for g in positives):
            right += 1
        elif any(_matches(p, g) for g in negatives):
            wrong += 1
        else:
            unjudged += 1
    row: dict[str, Any] = {
        "gold": len(positives), "negatives": len(negatives), "found": len(found),
        "recall": round(len(found) / len(positives), 3) if positives else None,
        "judged": right + wrong, "precision": round(right / (right + wrong), 3) if right + wrong else None,
        "negatives_linked": sum(any(_matches(p, g) for p in preds) for g in negatives),
        "unjudged": unjudged,
    }
    if relation == "reuse":
        row["precision_strict"] = round(right / (right + wrong + unjudged), 3) if right + wrong + unjudged else None
    if relation == "target":
        row["comparison_right"] = _comparisons(positives, preds)
    return row


def _comparisons(positives: list[dict[str, Any]], preds: list[dict[str, Any]]) -> str:
    right = total = 0
    for g in positives:
        hits = [p for p in preds if _matches(p, g)]
        if not hits:
            continue
        total += 1
        right += any(p.get("comparison") == g.get("comparison") and
                     bool(p.get("period_mismatch")) == bool(g.get("period_mismatch")) for p in hits)
    return f"{right}/{total}"


def main() -> dict[str, Any]:
    gold = load_gold()
    preds = predict()
    report = score(gold, preds)
    report["predicted"] = {r: sum(p["relation"] == r for p in preds) for r in RELATIONS}
    return report


if __name__ == "__main__":
    print(json.dumps(main(), ensure_ascii=False, indent=1))
