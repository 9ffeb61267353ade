"""The dev set's gold, read from every ``evaluation/dev/annotations*.txt`` (tuned-on, issue #8).

Each helper keeps its own annotation file (``annotations.txt`` for stance, year, scope and period;
``annotations_metric.txt`` for indicator names, units and not-a-quantity lines …), all in the
format of ``evaluation/unseen/build_gold.py``, all over documents in ``evaluation/dev/docs/``. The
gold is built from them each time it is read (no generated file to keep in step); a line that two
files annotate is an error, so that no mention is counted twice.

Run ``python -m evaluation.dev.build_gold`` to check the annotations and count them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evaluation.unseen import build_gold as unseen_gold

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / "docs"


def sources(folder: Path = HERE) -> list[Path]:
    """Every annotation file of the dev set: ``annotations.txt`` first, then the others by name."""
    return unseen_gold.sources(folder)


def build_all(folder: Path = HERE, docs_dir: Path = DOCS_DIR) -> list[dict[str, Any]]:
    """The gold objects of every annotation file; ValueError when two files annotate one line (the unseen
    set's reader, over this folder)."""
    return unseen_gold.build_all(folder, docs_dir)


def main() -> int:
    objects = build_all()
    mentions = sum(len(obj["mentions"]) for obj in objects)
    files = len({obj["file"] for obj in objects})
    names = ", ".join(p.name for p in sources())
    sys.stdout.write(f"{names}: {len(objects)} lines in {files} documents, {mentions} mentions\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
