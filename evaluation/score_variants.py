"""Variants of a document that must read the same: another script, full-width digits, a web page's furniture.

plantrace reads simplified and traditional text alike, and full-width digits and signs like ASCII ones (its
rules run on a normalised, simplified layer of each line), and it takes a web page's furniture out before it
reads the text. So writing a simplified document another way must change nothing it finds: not the structure
tree, not the metadata, not a quantity's fields, not a district's guidance row. Three variants are made of each
document:

- ``traditional``: converted to traditional characters (OpenCC ``s2t``);
- ``full-width``: its ASCII digits, letters and signs written full-width (``１３４７．１％``), as some web pages
  and Word files have them;
- ``page furniture``: a web page's breadcrumb, font-size and share bars above the text and its editor, QR-code,
  print and related-links lines below it, none with a date. Line numbers are compared less the lines put
  before the text; a node's last line is not compared (the blank lines before the furniture end the last
  node), nor are entities (their evidence carries line numbers).

Every difference is a rule that read the text as written instead of its normalised layer. This needs no
annotation, so it runs on every simplified text of the sample corpus and of the dev set (tuned-on); the unseen
set is left alone.

Outputs are compared after mapping both sides to one form (simplified characters, ASCII for full-width forms).
The simplified side is first written in the variant and mapped back, so that OpenCC's own round-trip changes
(坐标 -> 座標 -> 座标) are not counted as plantrace's. Files whose name says they are traditional (``hant``) are
skipped.

``python -m evaluation.score_variants`` prints the report; ``make eval`` includes it.
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


FURNITURE_ABOVE = ("首页 > 新闻中心 > 政务要闻", "【字体：大 中 小】 打印本页 关闭窗口", "分享到：微信 微博 QQ空间")
FURNITURE_BELOW = ("", "责任编辑：张明", "扫一扫在手机打开当前页", "【打印本页】【关闭窗口】", "相关链接：")


def with_furniture(text: str) -> str:
    return "\n".join((*FURNITURE_ABOVE, text.rstrip("\n"), *FURNITURE_BELOW)) + "\n"


@dataclasses.dataclass(frozen=True)
class Variant:
    """A way of writing a document: the conversion, and how its lines line up with the original's."""

    convert: Callable[[str], str]
    characters: bool = True  # it writes characters another way: the original's outputs are written so too
    shift: int = 0  # lines the variant puts before the text
    node_fields: tuple[str, ...] = NODE_FIELDS
    parts: tuple[str, ...] = ("nodes", "metadata", "warnings", "entities")


VARIANTS: dict[str, Variant] = {
    "traditional": Variant(to_traditional),
    "full-width": Variant(to_full_width),
    "page furniture": Variant(with_furniture, False, len(FURNITURE_ABOVE),
                              tuple(f for f in NODE_FIELDS if f != "line_end"), ("nodes", "metadata", "warnings")),
}


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


def _views(path: Path, variant: Variant, *, original: bool) -> dict[str, Any]:
    """What is compared of one document: its measures by position, nodes, metadata and entities; line numbers
    less the lines the variant puts before the text (``original``: the document itself)."""
    parsed, facts = process_file(path)
    shift = 0 if original else variant.shift

    def simple(value: Any) -> Any:
        return _canonical(value, variant.convert if original and variant.characters else None)

    def field(item: Any, name: str) -> Any:
        value = getattr(item, name)
        return value - shift if name.startswith("line") or name == "head_end" else value

    measures = {(m.line - shift, m.start, m.end): simple(tuple(field(m, f) for f in MEASURE_FIELDS))
                for m in facts.measures if m.line > shift}  # fmt: skip
    return {
        "measures": measures,
        "nodes": [simple(tuple(field(n, f) for f in variant.node_fields)) for n in parsed.nodes
                  if n.line_start > shift],
        "metadata": {f: simple(getattr(parsed.document, f)) for f in META_FIELDS},
        "warnings": [w.code for w in parsed.document.warnings],
        "entities": {kind: sorted(map(repr, map(simple, getattr(facts, kind)))) for kind in ENTITY_KINDS},
    }


@dataclasses.dataclass
class Comparison:
    """One document against a variant of it."""

    file: str
    measures: int = 0  # measures found on either side
    same_measures: int = 0
    differences: list[str] = dataclasses.field(default_factory=list)


def compare(path: Path, folder: Path, variant: str = "traditional") -> Comparison:
    """Write ``path`` in ``variant`` (a key of :data:`VARIANTS`) in ``folder`` and compare what plantrace finds
    in both."""
    chosen = VARIANTS[variant]
    copy = folder / path.name
    copy.write_text(chosen.convert(path.read_text(encoding="utf-8")), encoding="utf-8")
    simple, copied = _views(path, chosen, original=True), _views(copy, chosen, original=False)
    result = Comparison(path.name)
    a, b = simple["measures"], copied["measures"]
    for key in sorted(set(a) | set(b)):
        result.measures += 1
        if a.get(key) == b.get(key):
            result.same_measures += 1
        else:
            result.differences.append(f"measure at line {key[0]} [{key[1]}:{key[2]}]: {a.get(key)} != {b.get(key)}")
    for part in ("nodes", "metadata", "warnings"):
        if part in chosen.parts and simple[part] != copied[part]:
            result.differences.append(f"{part} differ")
    for kind in ENTITY_KINDS:
        if "entities" in chosen.parts and simple["entities"][kind] != copied["entities"][kind]:
            result.differences.append(f"{kind} differ")
    return result


def simplified_texts(folders: Iterable[Path]) -> Iterator[Path]:
    """The text files of ``folders`` that are not marked traditional (``hant`` in the name)."""
    for folder in folders:
        yield from sorted(p for p in folder.glob("*.txt") if "hant" not in p.name)


def main() -> dict[str, Any]:
    report: dict[str, Any] = {"task": "variants: each simplified text against its traditional and full-width "
                                      "copies and the page it would be on the web"}  # fmt: skip
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
