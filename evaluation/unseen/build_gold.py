"""Build ``unseen/gold.jsonl`` from the hand-written ``unseen/annotations*.txt``.

``annotations.txt`` holds the set as first made; a document added later (a replacement for one that
was exposed to rule writers, see ``exposed.txt``) is annotated in a file of its own
(``annotations_replacement.txt``), read after it. A line annotated in two files is an error.

Run: ``python -m evaluation.unseen.build_gold``. The format extends ``evaluation/measures``' one
with the two fields of the measures contract that say what a figure covers::

    @ chongqing_work_report_2026.txt 34 stance=actual year=2025 scope=annual
    41580元    | 41580 | 元   | =  | level | 全体居民人均可支配收入
    超过70万人 | 70    | 万人 | >= | count | 城镇新增就业 | actual | 2025 | period_average | 2021-2025

A row is ``surface | value | unit | comparator | kind | metric [| stance [| year [| scope [| period]]]]``.
stance, year, scope and period default to the block header (``year=none``; ``scope=annual``;
``period=2021-2025`` or none). An empty cell keeps the default. ``value`` is a number, ``a~b`` for a
range, ``?`` for a number lost from the source, ``-`` for a quantity without a single value.
``surface#2`` is the second occurrence of the surface on the line. A block with no rows is a line
annotated as holding no quantity at all (a negative: every mention predicted there is spurious).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from evaluation.measures.build_gold import COMPARATORS, KINDS, check_disjoint, parse_value
from evaluation.score_measures import locate, raw_lines

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "annotations.txt"
GOLD_PATH = HERE / "gold.jsonl"
DOCS_DIR = HERE / "docs"
SCOPES = {"annual", "period_average", "period_cumulative"}
STANCES = {"actual", "target"}


def _year(text: str) -> int | None:
    return None if text in ("", "none") else int(text)


def _period(text: str) -> list[int] | None:
    if text in ("", "none"):
        return None
    start, end = text.split("-")
    return [int(start), int(end)]


def header(line: str) -> dict[str, Any]:
    parts = line[1:].split()
    opts = dict(part.split("=", 1) for part in parts[2:])
    return {
        "file": parts[0], "line": int(parts[1]), "stance": opts.get("stance", "actual"),
        "year": _year(opts.get("year", "none")), "scope": opts.get("scope", "annual"),
        "period": _period(opts.get("period", "none")),
    }  # fmt: skip


def _cell(cells: list[str], index: int) -> str | None:
    """The cell at ``index`` when present and not empty (None keeps the block default)."""
    return cells[index] if len(cells) > index and cells[index] != "" else None


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
    stance = _cell(cells, 6) or block["stance"]
    year = _year(cells[7]) if _cell(cells, 7) is not None else block["year"]
    scope = _cell(cells, 8) or block["scope"]
    period = _period(cells[9]) if _cell(cells, 9) is not None else block["period"]
    if comparator not in COMPARATORS or kind not in KINDS or scope not in SCOPES or stance not in STANCES:
        raise ValueError(f"bad comparator, kind, scope or stance: {row!r}")
    if (scope == "annual") != (period is None):
        raise ValueError(f"a period scope needs a period, an annual one none: {row!r}")
    if period is not None and year != period[1]:
        raise ValueError(f"a period figure's year is the period's end year: {row!r}")
    start, end = locate(text, surface, occurrence)
    return {"surface": surface, "start": start, "end": end, "value": value, "value_max": value_max,
            "unit": cells[2], "comparator": comparator, "stance": stance, "year": year, "kind": kind,
            "missing_value": missing, "metric": cells[5], "scope": scope, "period": period}  # fmt: skip


def build(source: Path = SOURCE, docs_dir: Path = DOCS_DIR) -> list[dict[str, Any]]:
    """Parse annotations.txt into gold.jsonl objects, checking every surface against its line."""
    objects: list[dict[str, Any]] = []
    block: dict[str, Any] = {}
    seen: set[tuple[str, int]] = set()
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            if line.startswith("@"):
                block = header(line)
                where = (block["file"], block["line"])
                if where in seen:
                    raise ValueError(f"line annotated twice: {where}")
                seen.add(where)
                text = raw_lines(block["file"], docs_dir)[block["line"] - 1]
                objects.append({"file": block["file"], "line": block["line"], "text": text, "mentions": []})
            else:
                objects[-1]["mentions"].append(mention(line, block, objects[-1]["text"]))
        except (ValueError, IndexError, KeyError) as exc:
            raise ValueError(f"{source.name}:{number}: {exc}") from exc
    check_disjoint(objects)
    return objects


def sources(folder: Path = HERE) -> list[Path]:
    """Every annotation file of the unseen set: ``annotations.txt`` first, then the later ones by name."""
    return sorted(folder.glob("annotations*.txt"), key=lambda p: (p.name != SOURCE.name, p.name))


def build_all(folder: Path = HERE, docs_dir: Path = DOCS_DIR) -> list[dict[str, Any]]:
    """The gold objects of every annotation file, in file order; ValueError when two files annotate a line."""
    objects: list[dict[str, Any]] = []
    owner: dict[tuple[str, int], str] = {}
    for source in sources(folder):
        for obj in build(source, docs_dir):
            where = (obj["file"], obj["line"])
            if where in owner:
                raise ValueError(f"{source.name}: {where[0]} line {where[1]} is already annotated in {owner[where]}")
            owner[where] = source.name
            objects.append(obj)
    return objects


def render(objects: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in objects)


def main() -> int:
    objects = build_all()
    GOLD_PATH.write_text(render(objects), encoding="utf-8")
    mentions = sum(len(obj["mentions"]) for obj in objects)
    sys.stdout.write(f"wrote {GOLD_PATH}: {len(objects)} lines, {mentions} mentions\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
