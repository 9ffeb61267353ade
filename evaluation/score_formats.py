"""Each format against the text version of the same document (issue #14), tuned-on and never tuned on apart.

Three groups of documents, each file scored against the text version of the same document:

- ``tuned``: excerpts of the sample corpus (tests/fixtures/formats/, made by scripts/make_format_fixtures.py)
  as a Word file whose heading labels come from automatic numbering (``docx``), that file printed to PDF by
  LibreOffice with CJK fonts (``pdf``), and the excerpt printed onto page images and read back by OCR
  (``scan``, made here). The format rules were written with these in view.
- ``never_tuned``: a real statistical bulletin's text (evaluation/formats/never_tuned/, made by
  evaluation/formats/make_generated.py) turned into the same three formats, plus the text file as it was
  collected (``txt``: a dump that kept running headers). No rule was written or changed with it in view.
- ``real``: files as governments published them (evaluation/formats/real/: a Word bulletin, a PDF
  bulletin), never tuned on; their text versions were made by other tools (LibreOffice's text export,
  poppler's pdftotext -layout, paragraphs joined and checked by hand) — see that folder's README. The PDF
  bulletin is also scored as a scan (``scan``): its pages rasterised as a scanner gives them
  (evaluation/formats/real_scan.py), read back by OCR, against the same hand-checked text version.

For each file:

- heading recall/precision: titles of chapter/section/item/part/box nodes, whitespace ignored; a table's rows
  (``item`` nodes whose parent is a ``table``) are rows, not headings, in the file and in its text version;
- quantity recall/precision: (value, unit, kind, year) of the measures, as multisets;
- sentences split: reference sentences (ending in 。！？；, 8 characters or more) that no single line holds
  (for OCR text, "holds" allows misread characters: 90% of the sentence's characters in order in one line);
- furniture leaked: lines that are a page number or (nearly) the running header, beyond those the text
  version has itself (a table cell that is a bare number, a title like the header);
- for scans, ``qty_flagged``: measures carrying the OCR low-confidence warning, and ``wrong_flagged``: of the
  quantities not in the text version, how many carry it.

``by_format`` sums the counts per group and format (micro-averaged). ``ocr_flags`` validates the OCR
low-confidence flag number by number on scans whose truth is known (evaluation/formats/ocr_flags.py): the
threshold chosen on the sample-corpus excerpts, reported on the never-tuned bulletin.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from plantrace.errors import PlantraceError
from plantrace.models import Node
from plantrace.pipeline import process_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "formats"
CORPUS = ROOT / "examples" / "corpus"
NEVER_TUNED = ROOT / "evaluation" / "formats" / "never_tuned"
REAL = ROOT / "evaluation" / "formats" / "real"
HEADING_KINDS = {"part", "chapter", "section", "item", "box"}
_PAGE_NUMBER = re.compile(r"^\s*(?:[—–\-一－]\s*\d{1,4}\s*[—–\-一－]|第\s*\d+\s*页.*|\d{1,4})\s*$")
_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]")
COUNTS = ("headings", "heading_hits", "headings_found", "quantities", "quantity_hits", "quantities_found",
          "sentences", "sentences_split", "furniture_leaked")


@dataclass(frozen=True)
class Case:
    """One file to score: its group and format, the file, its text version and its running header."""

    group: str
    fmt: str
    name: str
    path: Path
    reference: str  # the text version, as text
    header: str = ""


def bare(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def excerpt_text(where: dict[str, Any]) -> str:
    lines = (CORPUS / where["source"]).read_text(encoding="utf-8").splitlines()
    return "\n".join(line.strip() for line in lines[where["first"] - 1: where["last"]] if line.strip()) + "\n"


def ocr_ready() -> bool:
    return shutil.which("tesseract") is not None and all(find_spec(m) for m in ("pytesseract", "pypdfium2"))


def make_scan(text: str, header: str, out: Path) -> Path:
    from evaluation.formats.render import scan_pdf

    out.write_bytes(scan_pdf([line for line in text.splitlines() if line.strip()], header))
    return out


def cases(work: Path, *, scans: bool, groups: frozenset[str] = frozenset()) -> Iterator[Case]:
    """Every case to score (only those of ``groups`` when given); scans are made here when ``scans``."""
    if not groups or "tuned" in groups:
        yield from _tuned(work, scans=scans)
    if not groups or "never_tuned" in groups:
        yield from _never_tuned(work, scans=scans)
    if not groups or "real" in groups:
        yield from _real(work, scans=scans)


def _tuned(work: Path, *, scans: bool) -> Iterator[Case]:
    excerpts = json.loads((FIXTURES / "excerpts.json").read_text(encoding="utf-8"))
    for name, where in excerpts.items():
        text, header = excerpt_text(where), where.get("header", "")
        for fmt in ("docx", "pdf"):
            yield Case("tuned", fmt, name, FIXTURES / f"{name}.{fmt}", text, header)
        if scans:
            yield Case("tuned", "scan", name, make_scan(text, header, work / f"{name}.scan.pdf"), text, header)


def _never_tuned(work: Path, *, scans: bool) -> Iterator[Case]:
    generated = json.loads((NEVER_TUNED / "documents.json").read_text(encoding="utf-8"))
    for name, meta in generated.items():
        text = (NEVER_TUNED / meta["text"]).read_text(encoding="utf-8")
        header = meta["header"]
        yield Case("never_tuned", "txt", name, NEVER_TUNED / f"{name}.collected.txt", text, header)
        for fmt in ("docx", "pdf"):
            yield Case("never_tuned", fmt, name, NEVER_TUNED / f"{name}.{fmt}", text, header)
        if scans:
            yield Case("never_tuned", "scan", name, make_scan(text, header, work / f"{name}.scan.pdf"), text, header)


def _real(work: Path, *, scans: bool) -> Iterator[Case]:
    for path in sorted(REAL.glob("*.docx")) + sorted(REAL.glob("*.pdf")):
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        yield Case("real", path.suffix[1:], path.stem, path, text)
        if scans and path.suffix == ".pdf":
            from evaluation.formats.real_scan import scanned_copy

            copy = work / f"{path.stem}.scan.pdf"
            copy.write_bytes(scanned_copy(path.read_bytes()))
            yield Case("real", "scan", path.stem, copy, text)


def headings(nodes: tuple[Node, ...]) -> Counter[str]:
    """The titles of the heading nodes, whitespace ignored; a table's rows are not headings."""
    tables = {n.id for n in nodes if n.kind == "table"}
    return Counter(bare(n.title) for n in nodes
                   if n.kind in HEADING_KINDS and n.title and not (n.kind == "item" and n.parent in tables))


def _facts(path: Path) -> tuple[Counter[str], Counter[tuple[Any, ...]], list[str], list[Any]]:
    parsed, facts = process_file(path)
    quantities = Counter((m.value, m.unit, m.kind, m.year) for m in facts.measures)
    return headings(parsed.nodes), quantities, [line.text for line in parsed.lines], list(facts.measures)


def _like_header(line: str, header: str) -> bool:
    if not header:
        return False
    b, h = bare(line), bare(header)
    return b == h or (abs(len(b) - len(h)) <= 3 and difflib.SequenceMatcher(None, b, h).ratio() >= 0.8)


def _holds(line: str, sentence: str, *, ocr: bool = False) -> bool:
    """The line holds the sentence: exactly, or for OCR text with misread characters (90% of it, in order)."""
    if sentence in line:
        return True
    if not ocr:
        return False
    grams = {sentence[i:i + 3] for i in range(0, len(sentence) - 2, 3)}
    if sum(1 for g in grams if g in line) < len(grams) / 2:
        return False
    blocks = difflib.SequenceMatcher(None, sentence, line, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) >= 0.9 * len(sentence)


def _furniture(lines: list[str], reference: list[str], header: str) -> int:
    """Lines like a page number or the running header, beyond those the text version has itself."""
    def looks(line: str) -> bool:
        return bool(_PAGE_NUMBER.match(line)) or _like_header(line, header)

    found = Counter(bare(line) for line in lines if looks(line))
    known = Counter(bare(line) for line in reference if looks(line))
    return sum((found - known).values())


def score_case(case: Case, work: Path) -> dict[str, Any]:
    text_path = work / f"{case.group}.{case.name}.reference.txt"
    text_path.write_text(case.reference, encoding="utf-8")
    gold_heads, gold_qty, gold_lines, _ = _facts(text_path)
    sentences = [bare(s) for line in gold_lines for s in _SENTENCE.findall(line) if len(bare(s)) >= 8]
    heads, qty, lines, measures = _facts(case.path)
    joined = [bare(line) for line in lines]
    ocr = case.fmt == "scan"
    row: dict[str, Any] = {
        "group": case.group, "format": case.fmt,
        "headings": sum(gold_heads.values()), "heading_hits": sum((heads & gold_heads).values()),
        "headings_found": sum(heads.values()),
        "quantities": sum(gold_qty.values()), "quantity_hits": sum((qty & gold_qty).values()),
        "quantities_found": sum(qty.values()),
        "sentences": len(sentences),
        "sentences_split": sum(1 for s in sentences if not any(_holds(j, s, ocr=ocr) for j in joined)),
        "furniture_leaked": _furniture(lines, gold_lines, case.header),
    }
    if case.fmt == "scan":
        wrong = qty - gold_qty
        flagged = [m for m in measures if m.warning]
        row["qty_flagged"] = len(flagged)
        row["wrong_flagged"] = f"{sum(1 for m in flagged if (m.value, m.unit, m.kind, m.year) in wrong)}" \
                               f"/{sum(wrong.values())}"
    return _with_rates(row)


def _with_rates(row: dict[str, Any]) -> dict[str, Any]:
    def rate(hits: int, total: int) -> float:
        return round(hits / total, 3) if total else 1.0

    row["heading_recall"] = rate(row["heading_hits"], row["headings"])
    row["heading_precision"] = rate(row["heading_hits"], row["headings_found"])
    row["quantity_recall"] = rate(row["quantity_hits"], row["quantities"])
    row["quantity_precision"] = rate(row["quantity_hits"], row["quantities_found"])
    return row


def by_format(rows: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Counts summed per group and format, rates recomputed from the sums."""
    sums: dict[str, dict[str, Any]] = {}
    for row in rows.values():
        key = f"{row['group']}/{row['format']}"
        total = sums.setdefault(key, {"group": row["group"], "format": row["format"], "files": 0,
                                      **dict.fromkeys(COUNTS, 0)})
        total["files"] += 1
        for count in COUNTS:
            total[count] += row[count]
    return {key: _with_rates(total) for key, total in sorted(sums.items())}


def ocr_flag_validation(work: Path) -> dict[str, Any]:
    """The OCR low-confidence flag judged number by number (see evaluation/formats/ocr_flags.py): the
    threshold chosen on the tuned excerpts (``choose``), reported on the never-tuned bulletin (``report``)."""
    from evaluation.formats import ocr_flags
    from plantrace.ocr_flags import LOW_CONFIDENCE

    excerpts = json.loads((FIXTURES / "excerpts.json").read_text(encoding="utf-8"))
    choose: list[ocr_flags.Read] = []
    for name, where in excerpts.items():
        paragraphs = [line for line in excerpt_text(where).splitlines() if line.strip()]
        choose += ocr_flags.read_set(paragraphs, where.get("header", ""), work, name)
    report: list[ocr_flags.Read] = []
    for name, meta in json.loads((NEVER_TUNED / "documents.json").read_text(encoding="utf-8")).items():
        text = (NEVER_TUNED / meta["text"]).read_text(encoding="utf-8")
        report += ocr_flags.read_set([line for line in text.splitlines() if line.strip()], meta["header"], work,
                                     name)
    return {
        "threshold_in_code": LOW_CONFIDENCE,
        "threshold_chosen_on_choose": ocr_flags.choose_threshold(choose),
        "rule": f"highest recall of wrong numbers flagging at most {ocr_flags.MAX_FALSE_FLAGS:.0%} of the correct "
                "ones, on the choose set",
        "conditions": [f"{dpi}dpi/noise{noise}" for dpi, noise in ocr_flags.CONDITIONS],
        "choose": {"all": ocr_flags.rates(choose, LOW_CONFIDENCE),
                   **ocr_flags.by_condition(choose, LOW_CONFIDENCE)},
        "report": {"all": ocr_flags.rates(report, LOW_CONFIDENCE),
                   **ocr_flags.by_condition(report, LOW_CONFIDENCE)},
        "report_at_old_line_threshold_70": ocr_flags.rates(report, 70.0),
    }


def main(groups: frozenset[str] = frozenset(), formats: frozenset[str] = frozenset(),
         flags: bool = True) -> dict[str, Any]:
    """Score every case (or only those of ``groups`` / ``formats`` when given); ``flags``: validate the OCR flag."""
    rows: dict[str, dict[str, Any]] = {}
    scans = ocr_ready()
    validation: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases(Path(tmp), scans=scans and (not formats or "scan" in formats), groups=groups):
            if formats and case.fmt not in formats:
                continue
            try:
                rows[f"{case.group}/{case.name}.{case.fmt}"] = score_case(case, Path(tmp))
            except PlantraceError as exc:
                rows[f"{case.group}/{case.name}.{case.fmt}"] = {"group": case.group, "format": case.fmt,
                                                                 "failed": str(exc)}
        if scans and flags:
            validation = ocr_flag_validation(Path(tmp))
    failed = {k: v for k, v in rows.items() if "failed" in v}
    scored = {k: v for k, v in rows.items() if "failed" not in v}
    report: dict[str, Any] = {
        "by_format": by_format(scored),
        "documents": scored,
        "note": "tuned = sample-corpus excerpts the format rules were written with; never_tuned and real = "
                "files never tuned on; the text version of each document is the reference"
                + ("" if scans else "; scans skipped: the OCR extra or Tesseract is not installed"),
    }
    if validation is not None:
        report["ocr_flags"] = validation
    if failed:
        report["failed"] = failed
    return report


def _arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.score_formats",
        description="Score each format against the text version of the same document (issue #14); "
                    "prints the report as JSON. Without options: every group and format, and the OCR flag "
                    "validation (as `make eval` runs it).")
    parser.add_argument("--group", action="append", default=[], choices=("tuned", "never_tuned", "real"),
                        help="only this group (repeatable)")
    parser.add_argument("--format", action="append", default=[], choices=("txt", "docx", "pdf", "scan"),
                        help="only this format (repeatable)")
    parser.add_argument("--no-flag-validation", action="store_true",
                        help="skip the OCR flag validation (it prints and reads about 30 page images)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    _args = _arguments()
    print(json.dumps(main(frozenset(_args.group), frozenset(_args.format), not _args.no_flag_validation),
                     ensure_ascii=False, indent=2))
