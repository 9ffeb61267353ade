"""Score tracking against the hand-read national target-result pairs in ``track/pairs.jsonl``.

The twenty national work reports are ingested into a temporary database, ``track build`` runs,
and each gold pair is looked up:

- **found**: a tracked target with the pair's indicator, scope and year (a plan target: its
  period) and the same value (a relational target: the same comparator);
- **matched**: of the found ones, the observation the status rests on is the gold one (same file,
  line and value), or both are none;
- **status**: the status equals the gold status (a target not found counts as wrong), judged as of
  the gold observation's year for plan targets (a mid-period pair is judged with what was known then).

The tuned part and the holdout part (odd target years, plans set in odd years) are reported apart.
``python -m evaluation.score_track --tuned-errors`` lists the misses of the tuned part only.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from plantrace import pipeline, tracking
from plantrace.track.model import Assessment, Target

ROOT = Path(__file__).resolve().parent.parent
PAIRS_PATH = Path(__file__).resolve().parent / "track" / "pairs.jsonl"
CORPUS_DIR = ROOT / "examples" / "corpus" / "national"


def load_pairs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PAIRS_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_national() -> tuple[list[Target], list[Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "national.db")
        pipeline.ingest_paths([CORPUS_DIR], db)
        tracking.build_tracking(db)
        assessed = tracking.tracking_status(db)
        from plantrace.store import open_store
        from plantrace.store import track as track_store

        with open_store(db) as store:
            found = [tracking.row_observation(r) for r in track_store.observations(store.conn)]
    return [a.target for a in assessed], found


def _same_value(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-6)


def find_target(pair: dict[str, Any], targets: Sequence[Target]) -> Target | None:
    period = tuple(pair["period"]) if pair["period"] and pair["scope"] != "annual" else None
    gold = pair["target"]
    for t in targets:
        if t.jurisdiction != pair["jurisdiction"] or t.indicator != pair["indicator"] or t.scope != pair["scope"]:
            continue
        if t.year != pair["year"] or (period is not None and t.period != period):
            continue
        if gold["comparator"] == "sync" and t.comparator in ("sync", "gt"):
            return t
        if _same_value(t.value, gold["value"]):
            return t
    return None


def _obs_matches(pair: dict[str, Any], assessment: Assessment) -> bool:
    gold, seen = pair["observation"], assessment.observation
    if gold is None or seen is None:
        return gold is None and seen is None
    return (Path(seen.evidence.source).name == Path(gold["source"]).name and seen.evidence.line_start == gold["line"]
            and _same_value(seen.value, float(gold["value"])))


def score(pairs: Sequence[dict[str, Any]], targets: Sequence[Target], found: Sequence[Any]
          ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    parts: dict[str, dict[str, int]] = {name: {"pairs": 0, "found": 0, "matched": 0, "status": 0,
                                               "status_found": 0} for name in ("tuned", "holdout", "all")}
    errors: list[dict[str, Any]] = []
    for pair in pairs:
        target = find_target(pair, targets)
        names = ("holdout" if pair["holdout"] else "tuned", "all")
        for name in names:
            parts[name]["pairs"] += 1
        if target is None:
            errors.append({"id": pair["id"], "holdout": pair["holdout"], "problem": "target not found"})
            continue
        as_of = pair["observation"]["year"] if pair["observation"] and pair["scope"] != "annual" else None
        if pair["scope"] != "annual" and pair["observation"] is None:
            as_of = None
        assessment = tracking.assess_all([target], found, as_of=as_of)[0]
        matched = _obs_matches(pair, assessment)
        right = assessment.status == pair["status"]
        for name in names:
            parts[name]["found"] += 1
            parts[name]["matched"] += int(matched)
            parts[name]["status"] += int(right)
            parts[name]["status_found"] += int(right)
        if not (matched and right):
            seen = assessment.observation
            errors.append({"id": pair["id"], "holdout": pair["holdout"], "gold_status": pair["status"],
                           "status": assessment.status, "gold_obs": pair["observation"] and
                           (Path(pair["observation"]["source"]).name, pair["observation"]["line"],
                            pair["observation"]["value"]),
                           "obs": seen and (Path(seen.evidence.source).name, seen.evidence.line_start, seen.value)})
    report = {name: _rates(c) for name, c in parts.items()}
    return report, errors


def _rates(c: dict[str, int]) -> dict[str, Any]:
    def share(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    return {"pairs": c["pairs"], "targets_found": share(c["found"], c["pairs"]),
            "observation_matched": share(c["matched"], c["found"]),
            "status_accuracy": share(c["status"], c["pairs"]),
            "status_accuracy_found": share(c["status_found"], c["found"])}


def main() -> dict[str, Any]:
    targets, found = build_national()
    report, errors = score(load_pairs(), targets, found)
    return {"gold": str(PAIRS_PATH.relative_to(ROOT)), "by_part": report,
            "holdout_errors": sum(1 for e in errors if e["holdout"]),
            "tuned_errors": sum(1 for e in errors if not e["holdout"])}


if __name__ == "__main__":
    targets, found = build_national()
    report, errors = score(load_pairs(), targets, found)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if "--tuned-errors" in sys.argv:
        for error in errors:
            if not error["holdout"]:
                print(json.dumps(error, ensure_ascii=False))
