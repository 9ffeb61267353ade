"""Build ``gold.jsonl`` from the hand-written ``annotations.txt`` (run: ``python -m evaluation.measures.build_gold``).

annotations.txt, one block per annotated line::

    @ guangzhou_work_report_2021.txt 22 stance=actual year=2020
    突破2.5万亿元 | 2.5 | 万亿元 | >= | level | 地区生产总值
    2.7%          | 2.7 | %      | =  | growth | 地区生产总值
    6%#2          | 6   | %      | =  | growth | 地区生产总值 | actual | 2020

A mention row is ``surface | value | unit | comparator | kind | metric [| stance [| year]]``;
stance and year default to the block header (``year=none`` for null). ``surface#2`` is the second
occurrence of the surface on the line. ``value`` is a number, ``a~b`` for a range (value, value_max),
``?`` for a number lost from the source (missing_value true), or ``-`` for a quantity that
has no single value (a ratio ``0.5:25:74.5``). A block with no rows is a line
annotated as holding no quantity at all. ``#`` at the start of a line is a comment.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

from evaluation.score_measures import CORPUS_DIR, GOLD_PATH, locate, raw_lines

SOURCE = Path(__file__).resolve().parent / "annotations.txt"
COMPARATORS = {">=", "<=", "~", "=", "range"}
KINDS = {"level", "growth", "share", "count", "change", "ratio", "rank", "other"}


def _year(text: str) -> int | None:
    return None if text in ("", "none") else int(text)


def header(line: str) -> dict[str, Any]:
    parts = line[1:].split()
    opts = dict(part.split("=", 1) for part in parts[2:])
    return {"file": parts[0], "line": int(parts[1]), "stance": opts.get("stance", "actual"),
            "year": _year(opts.get("year", "none"))}  # fmt: skip


def parse_value(text: str) -> tuple[float | None, float | None, bool]:
    if text == "?":
        return None, None, True
    if text == "-":
        return None, None, False
    if "~" in text:
        low, high = text.split("~")
        return float(low), float(high), False
    return float(text), None, False


def mention(row: str, block: dict[str, Any], text: str) -> dict[str, Any]:
    cells = [cell.strip() for cell in row.split("|")]
    if len(cells) < 6:
        raise ValueError(f"too few cells: {row!r}")
    surface, occurrence = cells[0], 1
    if "#" in surface:
        surface, number = surface.rsplit("#", 1)
        occurrence = int(number)
    value, value_max, missing = parse_value(cells[1])
    comparator, kind = cells[3], cells[4]
    if comparator not in COMPARATORS or kind not in KINDS:
        raise ValueError(f"bad comparator or kind: {row!r}")
    stance = cells[6] if len(cells) > 6 and cells[6] else block["stance"]
    year = _year(cells[7]) if len(cells) > 7 else block["year"]
    start, end = locate(text, surface, occurrence)
    return {"surface": surface, "start": start, "end": end, "value": value, "value_max": value_max,
            "unit": cells[2], "comparator": comparator, "stance": stance, "year": year, "kind": kind,
            "missing_value": missing, "metric": cells[5]}  # fmt: skip


def build(source: Path = SOURCE, corpus_dir: Path = CORPUS_DIR) -> list[dict[str, Any]]:
    """Parse annotations.txt into the gold.jsonl objects, checking every surface against its line."""
    objects: list[dict[str, Any]] = []
    block: dict[str, Any] = {}
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            if line.startswith("@"):
                block = header(line)
                text = raw_lines(block["file"], corpus_dir)[block["line"] - 1]
                objects.append({"file": block["file"], "line": block["line"], "text": text, "mentions": []})
            else:
                objects[-1]["mentions"].append(mention(line, block, objects[-1]["text"]))
        except (ValueError, IndexError, KeyError) as exc:
            raise ValueError(f"{source.name}:{number}: {exc}") from exc
    check_disjoint(objects)
    return objects


def check_disjoint(objects: list[dict[str, Any]]) -> None:
    """Two gold mentions of one line never overlap (a nested surface needs ``#n``)."""
    for obj in objects:
        spans = sorted((m["start"], m["end"], m["surface"]) for m in obj["mentions"])
        for (_s1, e1, a), (s2, _e2, b) in itertools.pairwise(spans):
            if s2 < e1:
                raise ValueError(f"{obj['file']}:{obj['line']}: {a!r} overlaps {b!r}")


def render(objects: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in objects)


def main() -> int:
    GOLD_PATH.write_text(render(build()), encoding="utf-8")
    sys.stdout.write(f"wrote {GOLD_PATH}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
