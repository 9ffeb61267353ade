"""``python -m evaluation.dev``: the dev set's measures figures and every error on it (tuned-on).

The dev set is what the rule writers tune on, so its errors may be read line by line (unlike the
unseen set's, which nobody reads). ``--json`` prints the errors as JSON lines instead of a table;
``--only annotations_x.txt`` scores only the lines of one annotation file (a fresh batch: its
first-shot figures are honest ones).
"""

from __future__ import annotations

import json
import sys

from evaluation import score_unseen as su


def main(argv: list[str]) -> int:
    gold = su.load_dev_gold()
    if "--only" in argv:
        from evaluation.dev.build_gold import HERE
        from evaluation.unseen.build_gold import build

        source = HERE / argv[argv.index("--only") + 1]
        keep = {(obj["file"], obj["line"]) for obj in build(source, HERE / "docs")}
        gold = [entry for entry in gold if (entry[0], entry[1]) in keep]
    preds, failures = su.predictions(gold, su.DEV_DOCS)
    tally, errors = su.score_lines(gold, preds)
    figures = su.figures(tally)
    if "--json" in argv:
        for error in errors:
            sys.stdout.write(json.dumps(error, ensure_ascii=False) + "\n")
        return 0
    for name, value in figures.items():
        sys.stdout.write(f"{name:24} {value}\n")
    for file, message in failures.items():
        sys.stdout.write(f"FAILED {file}: {message}\n")
    sys.stdout.write(f"{len(errors)} errors (python -m evaluation.dev --json lists them)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
