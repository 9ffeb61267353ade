"""How far two annotators agree (issue #8): annotation B against annotation A, and plantrace against each.

A is dev batches 26 and 27 (``evaluation/dev/annotations_fresh26.txt`` and ``annotations_fresh27.txt``, the
gold); B is ``evaluation/agreement/annotations_b.txt``, a second, independent annotation of the same lines
(not gold), settled on the written conventions of ``evaluation/dev/README.md`` ("Conventions settled"); B as it was
committed blind, before any convention was settled, is ``annotations_b_blind.txt``. "B blind vs A" is the measure of
how far two annotators agree; "B settled vs A" agrees by construction on every settled point. Every pair is scored
with ``evaluation.score_unseen``'s matcher and field checks
(``score_lines``, ``figures``): the second side of a pair plays the prediction. Run::

    python -m evaluation.agreement.score          # a small table
    python -m evaluation.agreement.score --json   # figures and the disagreements of B against A
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from evaluation import score_measures as sm
from evaluation import score_unseen as su
from evaluation.unseen.build_gold import build

HERE = Path(__file__).resolve().parent
DEV = HERE.parent / "dev"
DOCS_DIR = DEV / "docs"
A_SOURCES = (DEV / "annotations_fresh26.txt", DEV / "annotations_fresh27.txt")
B_SOURCE = HERE / "annotations_b.txt"
B_BLIND_SOURCE = HERE / "annotations_b_blind.txt"
ROWS = ("gold", "predicted", "matched", "mention_f1", "all_fields_f1", "stance_and_year", "value_accuracy",
        "unit_accuracy", "comparator_accuracy", "stance_accuracy", "year_accuracy", "kind_accuracy",
        "metric_accuracy", "scope_accuracy", "period_accuracy")  # fmt: skip

Lines = list[tuple[str, int, list[su.Item]]]


def load(sources: tuple[Path, ...] | list[Path], docs_dir: Path = DOCS_DIR) -> Lines:
    """The annotated lines of ``sources`` as (file, line, items), like ``score_unseen.load_dev_gold``."""
    out: Lines = []
    for source in sources:
        for obj in build(source, docs_dir):
            raw = sm.raw_lines(obj["file"], docs_dir)[obj["line"] - 1]
            items = [su.Item(sm.gold_mention(m, raw), m.get("scope"), su._period(m.get("period")))
                     for m in obj["mentions"]]  # fmt: skip
            out.append((obj["file"], obj["line"], items))
    return out


def as_predictions(lines: Lines) -> dict[tuple[str, int], list[su.Item]]:
    return {(file, line): items for file, line, items in lines}


def compare(reference: Lines, other: Lines) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Figures and disagreements of ``other`` scored against ``reference`` on the reference's lines."""
    if {(f, n) for f, n, _ in reference} != {(f, n) for f, n, _ in other}:
        raise ValueError("the two annotations do not cover the same lines")
    tally, errors = su.score_lines(reference, as_predictions(other))
    return su.figures(tally), errors


def by_field(errors: list[dict[str, Any]]) -> dict[str, int]:
    """How many disagreements each field (or missed / spurious) has."""
    return dict(Counter(name for e in errors for name in e["wrong"]).most_common())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    a, b, blind = load(A_SOURCES), load([B_SOURCE]), load([B_BLIND_SOURCE])
    preds, failures = su.predictions(a, DOCS_DIR)
    sides: dict[str, dict[str, Any]] = {}
    sides["B blind vs A"], blind_errors = compare(a, blind)
    sides["B settled vs A"], errors = compare(a, b)
    sides["plantrace vs A"] = su.figures(su.score_lines(a, preds)[0])
    sides["plantrace vs B"] = su.figures(su.score_lines(b, preds)[0])
    if "--json" in args:
        out = {"figures": sides, "b_blind_vs_a_by_field": by_field(blind_errors), "b_vs_a_by_field": by_field(errors),
               "b_vs_a_errors": errors, "failures": failures}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
        return 0
    names = list(sides)
    sys.stdout.write(f"{'':22}" + "".join(f"{n:>16}" for n in names) + "\n")
    for row in ROWS:
        cells = "".join(f"{'-' if sides[n].get(row) is None else sides[n][row]!s:>16}" for n in names)
        sys.stdout.write(f"{row:22}{cells}\n")
    sys.stdout.write(f"B blind vs A disagreements by field: {by_field(blind_errors)}\n")
    sys.stdout.write(f"B (settled) vs A disagreements by field: {by_field(errors)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
