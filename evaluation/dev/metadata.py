"""``python -m evaluation.dev.metadata``: the jurisdiction plantrace reads for the dev documents (tuned-on).

``metadata_jurisdiction.jsonl`` holds, for 54 dev documents whose title names no place (news pages,
excerpts, bulletins without their title), the jurisdiction a reader assigns from the first
paragraphs, or ``""`` where they name none (then claiming one is an error). It was written by hand
before the rules for these texts were changed. Prints accuracy, the documents given a place they
do not name (false claims) and every miss.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
GOLD = HERE / "metadata_jurisdiction.jsonl"


def main() -> int:
    from plantrace.pipeline import process_file

    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = false_claims = 0
    misses: list[str] = []
    for row in rows:
        got = process_file(HERE / "docs" / row["file"])[0].document.jurisdiction
        ok = got == row["jurisdiction"] or (bool(row["jurisdiction"]) and got.endswith(row["jurisdiction"]))
        right += ok
        false_claims += bool(got) and not row["jurisdiction"]
        if not ok:
            misses.append(f"{row['file']}: want {row['jurisdiction'] or '(none)'!r}, got {got or '(none)'!r}")
    print(f"documents {len(rows)}  right {right}  accuracy {right / len(rows):.3f}  false claims {false_claims}")
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
