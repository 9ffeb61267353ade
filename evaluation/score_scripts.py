"""Script invariance: a document and the same document in traditional characters give the same facts.

plantrace reads simplified and traditional text alike (its rules run on a simplified layer of each line), so
converting a simplified document to traditional characters (OpenCC ``s2t``) must change nothing it finds: not
the structure tree, not the metadata, not a quantity's fields, not a district's guidance row. Every difference
is a rule that read the text as written instead of its simplified layer. This needs no annotation, so it runs
on every simplified text of the sample corpus and of the dev set (tuned-on); the unseen set is left alone.

Outputs are compared after mapping both sides to simplified characters. The traditional side is mapped with
``t2s``; the simplified side with ``s2t`` then ``t2s``, so that OpenCC's own round-trip changes (坐标 -> 座標 ->
座标) are not counted as plantrace's. Files whose name says they are traditional (``hant``) are skipped.

``python -m evaluation.score_scripts`` prints the report; ``make eval`` includes it.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from plantrace.pipeline import process_file

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "sample": (ROOT / "examples" / "corpus", ROOT / "examples" / "corpus" / "national"),
    "dev (tuned-on)": (ROOT / "evaluation" / "dev" / "docs",),
}
MEASURE_FIELDS = ("line", "start", "end", "value", "value_max", "unit", "comparator", "stance", "year", "kind",
                  "metric", "scope", "period", "direction")  # fmt: skip
NODE_FIELDS = ("kind", "number", "label", "title", "line_start", "line_end", "head_end")
META_FIELDS = ("title", "doc_type", "jurisdiction", "level", "period", "issued")
ENTITY_KINDS = ("projects", "concepts", "platforms", "industries", "guidance")
SKIPPED_ENTITY_FIELDS = frozenset({"id", "doc", "doc_id", "node", "parent", "text", "simp"})


@functools.cache
def _converter(config: str) -> Any:
    import opencc  # native, offline dictionaries

    return opencc.OpenCC(config)


def to_traditional(text: str) -> str:
    return str(_converter("s2t").convert(text))


def _simplified(value: Any, *, round_trip: bool) -> Any:
    """``value`` with every string in simplified characters (``round_trip``: through s2t first)."""
    if isinstance(value, str):
        text = to_traditional(value) if round_trip else value
        return str(_converter("t2s").convert(text))
    if isinstance(value, list | tuple):
        return tuple(_simplified(item, round_trip=round_trip) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [f.name for f in dataclasses.fields(value) if f.name not in SKIPPED_ENTITY_FIELDS]
        kept = [(name, getattr(value, name)) for name in fields]
        return _simplified(tuple(kept), round_trip=round_trip)
    return value


def _views(path: Path, *, round_trip: bool) -> dict[str, Any]:
    """What is compared of one document: its measures by position, nodes, metadata and entities."""
    parsed, facts = process_file(path)

    def simple(value: Any) -> Any:
        return _simplified(value, round_trip=round_trip)

    measures = {(m.line, m.start, m.end): simple(tuple(getattr(m, f) for f in MEASURE_FIELDS)) for m in facts.measures}
    return {
        "measures": measures,
        "nodes": [simple(tuple(getattr(n, f) for f in NODE_FIELDS)) for n in parsed.nodes],
        "metadata": {f: simple(getattr(parsed.document, f)) for f in META_FIELDS},
        "warnings": [w.code for w in parsed.document.warnings],
        "entities": {kind: sorted(map(repr, map(simple, getattr(facts, kind)))) for kind in ENTITY_KINDS},
    }


@dataclasses.dataclass
class Comparison:
    """One document against its traditional-script copy."""

    file: str
    measures: int = 0  # measures found on either side
    same_measures: int = 0
    differences: list[str] = dataclasses.field(default_factory=list)


def compare(path: Path, folder: Path) -> Comparison:
    """Convert ``path`` to traditional characters in ``folder`` and compare what plantrace finds in both."""
    copy = folder / path.name
    copy.write_text(to_traditional(path.read_text(encoding="utf-8")), encoding="utf-8")
    simple, traditional = _views(path, round_trip=True), _views(copy, round_trip=False)
    result = Comparison(path.name)
    a, b = simple["measures"], traditional["measures"]
    for key in sorted(set(a) | set(b)):
        result.measures += 1
        if a.get(key) == b.get(key):
            result.same_measures += 1
        else:
            result.differences.append(f"measure at line {key[0]} [{key[1]}:{key[2]}]: {a.get(key)} != {b.get(key)}")
    for part in ("nodes", "metadata", "warnings"):
        if simple[part] != traditional[part]:
            result.differences.append(f"{part} differ")
    for kind in ENTITY_KINDS:
        if simple["entities"][kind] != traditional["entities"][kind]:
            result.differences.append(f"{kind} differ")
    return result


def simplified_texts(folders: Iterable[Path]) -> Iterator[Path]:
    """The text files of ``folders`` that are not marked traditional (``hant`` in the name)."""
    for folder in folders:
        yield from sorted(p for p in folder.glob("*.txt") if "hant" not in p.name)


def main() -> dict[str, Any]:
    report: dict[str, Any] = {"task": "script invariance: each simplified text against its traditional copy"}
    for side, folders in SETS.items():
        kinds: Counter[str] = Counter()
        files = measures = same = 0
        examples: list[str] = []
        with tempfile.TemporaryDirectory() as tmp:
            for path in simplified_texts(folders):
                result = compare(path, Path(tmp))
                files += 1
                measures += result.measures
                same += result.same_measures
                for difference in result.differences:
                    kinds[difference.split(" at line")[0].split(" differ")[0]] += 1
                    if len(examples) < 10:
                        examples.append(f"{result.file}: {difference}")
        report[side] = {
            "files": files,
            "measures": measures,
            "measures_identical": round(same / measures, 4) if measures else None,
            "differences": dict(kinds),
            "examples": examples,
        }
    return report


if __name__ == "__main__":
    json.dump(main(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
