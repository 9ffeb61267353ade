"""Each format against the text version of the same document (issue #14).

The documents are excerpts of the sample corpus turned into the files a government posts
(tests/fixtures/formats/, made by scripts/make_format_fixtures.py): a Word file whose heading labels
come from automatic numbering, and that Word file printed to PDF by LibreOffice with CJK fonts. The
reference is the same excerpt as plain text. For each format:

- heading recall/precision: titles of chapter/section/item/part/box nodes, whitespace ignored;
- quantity recall/precision: (value, unit, kind, year) of the measures, as multisets;
- sentences split: reference sentences (ending in 。！？；, 8 characters or more) that no single line holds;
- furniture leaked: lines that are a page number or the running header.

These are sample-corpus figures (the rules were written with these documents in view), not unseen ones.
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from plantrace.pipeline import process_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "formats"
CORPUS = ROOT / "examples" / "corpus"
FORMATS = ("docx", "pdf")
HEADING_KINDS = {"part", "chapter", "section", "item", "box"}
_PAGE_NUMBER = re.compile(r"^\s*(?:[—–\-一－]\s*\d{1,4}\s*[—–\-一－]|第\s*\d+\s*页.*|\d{1,4})\s*$")
_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]")


def bare(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def reference_text(where: dict[str, Any]) -> str:
    lines = (CORPUS / where["source"]).read_text(encoding="utf-8").splitlines()
    return "\n".join(line.strip() for line in lines[where["first"] - 1: where["last"]] if line.strip()) + "\n"


def _facts(path: Path) -> tuple[Counter[str], Counter[tuple[Any, ...]], list[str]]:
    parsed, facts = process_file(path)
    headings = Counter(bare(n.title) for n in parsed.nodes if n.kind in HEADING_KINDS and n.title)
    quantities = Counter((m.value, m.unit, m.kind, m.year) for m in facts.measures)
    return headings, quantities, [line.text for line in parsed.lines]


def _pr(found: Counter[Any], gold: Counter[Any]) -> tuple[float, float]:
    hits = sum((found & gold).values())
    return (hits / sum(gold.values()) if gold else 1.0, hits / sum(found.values()) if found else 1.0)


def score_document(name: str, where: dict[str, Any], work: Path) -> dict[str, dict[str, Any]]:
    text_path = work / f"{name}.txt"
    text_path.write_text(reference_text(where), encoding="utf-8")
    gold_heads, gold_qty, gold_lines = _facts(text_path)
    sentences = [bare(s) for line in gold_lines for s in _SENTENCE.findall(line) if len(bare(s)) >= 8]
    header = bare(where.get("header", ""))
    rows: dict[str, dict[str, Any]] = {}
    for fmt in FORMATS:
        heads, qty, lines = _facts(FIXTURES / f"{name}.{fmt}")
        head_r, head_p = _pr(heads, gold_heads)
        qty_r, qty_p = _pr(qty, gold_qty)
        joined = [bare(line) for line in lines]
        split = sum(1 for s in sentences if not any(s in line for line in joined))
        leaked = sum(1 for line in lines if _PAGE_NUMBER.match(line) or (header and bare(line) == header))
        rows[f"{name}.{fmt}"] = {
            "headings": sum(gold_heads.values()), "heading_recall": head_r, "heading_precision": head_p,
            "quantities": sum(gold_qty.values()), "quantity_recall": qty_r, "quantity_precision": qty_p,
            "sentences": len(sentences), "sentences_split": split, "furniture_leaked": leaked,
        }
    return rows


def main() -> dict[str, Any]:
    excerpts = json.loads((FIXTURES / "excerpts.json").read_text(encoding="utf-8"))
    rows: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, where in excerpts.items():
            rows.update(score_document(name, where, Path(tmp)))
    return {"documents": rows, "note": "sample-corpus excerpts; the text version of each is the reference"}


if __name__ == "__main__":
    print(json.dumps(main(), ensure_ascii=False, indent=2))
