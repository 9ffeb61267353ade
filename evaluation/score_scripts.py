"""Script invariance: a document and the same document in another script give the same facts.

plantrace reads simplified and traditional text alike, and full-width digits and signs like ASCII ones (its
rules run on a normalised, simplified layer of each line), so writing a simplified document another way must
change nothing it finds: not the structure tree, not the metadata, not a quantity's fields, not a district's
guidance row. Two variants are made of each document:

- ``traditional``: converted to traditional characters (OpenCC ``s2t``);
- ``full-width``: its ASCII digits, letters and signs written full-width (``１３４７．１％``), as some web pages
  and Word files have them.

Every difference is a rule that read the text as written instead of its normalised layer. This needs no
annotation, so it runs on every simplified text of the sample corpus and of the dev set (tuned-on); the unseen
set is left alone.

Outputs are compared after mapping both sides to one form (simplified characters, ASCII for full-width forms).
The simplified side is first written in the variant and mapped back, so that OpenCC's own round-trip changes
(坐标 -> 座標 -> 座标) are not counted as plantrace's. Files whose name says they are traditional (``hant``) are
skipped.

``python -m evaluation.score_scripts`` prints the report; ``make eval`` includes it.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
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


_FULL_WIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}  # ! to ~ -> ！ to ～
_ASCII = {code + 0xFEE0: code for code in range(0x21, 0x7F)}


def to_full_width(text: str) -> str:
    return text.translate(_FULL_WIDTH)


VARIANTS: dict[str, Callable[[str], str]] = {"traditional": to_traditional, "full-width": to_full_width}


def _canonical(value: Any, variant: Callable[[str], str] | None) -> Any:
    """``value`` with every string in one form: simplified characters, ASCII for full-width forms (``variant``:
    written in that variant first, for the original's side)."""
    if isinstance(value, str):
        text = variant(value) if variant else value
        return str(_converter("t2s").convert(text)).translate(_ASCII)
    if isinstance(value, list | tuple):
        return tuple(_canonical(item, variant) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [f.name for f in dataclasses.fields(value) if f.name not in SKIPPED_ENTITY_FIELDS]
        kept = [(name, getattr(value, name)) for name in fields]
        return _canonical(tuple(kept), variant)
    return value


def _views(path: Path, variant: Callable[[str], str] | None) -> dict[str, Any]:
    """What is compared of one document: its measures by position, nodes, metadata and entities."""
    parsed, facts = process_file(path)

    def simple(value: Any) -> Any:
        return _canonical(value, variant)

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
    """One document against its copy in another script."""

    file: str
    measures: int = 0  # measures found on either side
    same_measures: int = 0
    differences: list[str] = dataclasses.field(default_factory=list)


def compare(path: Path, folder: Path, variant: str = "traditional") -> Comparison:
    """Write ``path`` in ``variant`` (a key of :data:`VARIANTS`) in ``folder`` and compare what plantrace finds
    in both."""
    convert = VARIANTS[variant]
    copy = folder / path.name
    copy.write_text(convert(path.read_text(encoding="utf-8")), encoding="utf-8")
    simple, copied = _views(path, convert), _views(copy, None)
    result = Comparison(path.name)
    a, b = simple["measures"], copied["measures"]
    for key in sorted(set(a) | set(b)):
        result.measures += 1
        if a.get(key) == b.get(key):
            result.same_measures += 1
        else:
            result.differences.append(f"measure at line {key[0]} [{key[1]}:{key[2]}]: {a.get(key)} != {b.get(key)}")
    for part in ("nodes", "metadata", "warnings"):
        if simple[part] != copied[part]:
            result.differences.append(f"{part} differ")
    for kind in ENTITY_KINDS:
        if simple["entities"][kind] != copied["entities"][kind]:
            result.differences.append(f"{kind} differ")
    return result


def simplified_texts(folders: Iterable[Path]) -> Iterator[Path]:
    """The text files of ``folders`` that are not marked traditional (``hant`` in the name)."""
    for folder in folders:
        yield from sorted(p for p in folder.glob("*.txt") if "hant" not in p.name)


def main() -> dict[str, Any]:
    report: dict[str, Any] = {"task": "script invariance: each simplified text against its traditional and "
                                      "full-width copies"}  # fmt: skip
    for (side, folders), variant in itertools.product(SETS.items(), VARIANTS):
        kinds: Counter[str] = Counter()
        files = measures = same = 0
        examples: list[str] = []
        with tempfile.TemporaryDirectory() as tmp:
            for path in simplified_texts(folders):
                result = compare(path, Path(tmp), variant)
                files += 1
                measures += result.measures
                same += result.same_measures
                for difference in result.differences:
                    kinds[difference.split(" at line")[0].split(" differ")[0]] += 1
                    if len(examples) < 10:
                        examples.append(f"{result.file}: {difference}")
        report[f"{side}, {variant}"] = {
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
