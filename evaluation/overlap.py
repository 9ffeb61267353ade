"""Evaluation items that also appear verbatim in the tests (``python -m evaluation.overlap``).

An evaluation set only measures what it claims if nobody tuned on it, and a phrase that sits in a
unit test has been tuned on. This module lists the items of every evaluation set that a test
repeats word for word:

- ``measures`` / ``unseen-measures``: an annotated line of ``measures/gold.jsonl`` or
  ``unseen/gold.jsonl`` contains a test string of at least ``MIN_PHRASE`` characters with two
  numbers in it, or with one number and at least ``LONG_PHRASE`` characters (a bare indicator
  name such as 一般公共预算收入, or a stock phrase such as 地区生产总值增长5%左右, is vocabulary,
  not a copied item; names are checked against the entity set);
- ``search`` / ``unseen-search``: a test string equals a question's query;
- ``entities``: a test string contains a project or concept name of ``entities/*.jsonl``
  (names of at least ``MIN_NAME`` characters);
- ``dev-measures``: the same check on the annotated lines of the dev set (``dev/annotations*.txt``).
  The dev set is tuned on, so tests may use its phrases: these overlaps are listed, never a failure.

The dev set must stay apart from the sets that are *not* tuned on: ``shared_documents`` lists every
dev document that is, or shares a quantity line with, a document of the unseen set or the sample
corpus, and that always fails.

Test strings are the string constants of ``tests/**/*.py`` (read with ``ast``, f-string parts
included) and the lines of the non-Python fixture files under ``tests/``, except
``tests/evaluation/`` (tests of the scorers, which must read the gold) and ``tests/golden/``
(snapshots of the system's own output on the corpus, not hand-chosen phrases). Tests may *read*
the corpus files by path; only text copied into a test counts. ``tests/evaluation/test_overlap.py``
fails when an item outside ``overlap_allowed.txt`` (the overlap found when the check was added)
overlaps, and when anything overlaps the unseen set at all.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
EVALUATION = ROOT / "evaluation"
ALLOWED = EVALUATION / "overlap_allowed.txt"
MIN_PHRASE = 8
LONG_PHRASE = 16
MIN_NAME = 4
FIXTURE_SUFFIXES = {".txt", ".json", ".jsonl", ".csv", ".md", ".html", ".htm", ".tsv"}
TUNED_ON = {"dev-measures"}  # listed for information: tests may use what rules are tuned on
SKIP_DIRS = {"evaluation", "golden"}  # tests of the scorers themselves; snapshots of the system's own output


@dataclass(frozen=True, slots=True)
class Overlap:
    """One evaluation item repeated in a test: which set, which item, the shared text and where."""

    set: str
    item: str
    phrase: str
    where: str


def _strings(node: ast.AST) -> Iterator[tuple[str, int]]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            yield sub.value, sub.lineno


def test_strings(tests: Path = TESTS) -> dict[str, str]:
    """Every string of the tests (constants and fixture lines) -> its first location ``path:line``."""
    found: dict[str, str] = {}
    for path in sorted(tests.rglob("*")):
        parts = path.relative_to(tests).parts
        if not path.is_file() or "__pycache__" in parts or (len(parts) > 1 and parts[0] in SKIP_DIRS):
            continue
        rel = path.relative_to(tests.parent).as_posix()
        if path.suffix == ".py":
            tree = ast.parse(path.read_text("utf-8"), filename=str(path))
            pieces = ((text, line) for value, line in _strings(tree) for text in value.split("\n"))
        elif path.suffix in FIXTURE_SUFFIXES:
            try:
                text = path.read_text("utf-8")
            except UnicodeDecodeError:
                continue
            pieces = ((line, n) for n, line in enumerate(text.split("\n"), start=1))
        else:
            continue
        for piece, line in pieces:
            piece = piece.strip()
            if piece:
                found.setdefault(piece, f"{rel}:{line}")
    return found


def _quantity_phrase(text: str) -> bool:
    """Long enough and with numbers: two numbers, or one in a phrase of ``LONG_PHRASE`` characters.

    A stock phrase with one number (地区生产总值增长5%左右) recurs in every report; a copied line
    carries several figures or a long stretch of its wording."""
    numbers = len(re.findall(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", text))
    return len(text) >= MIN_PHRASE and (numbers >= 2 or (numbers == 1 and len(text) >= LONG_PHRASE))


def _gold_lines(path: Path) -> Iterator[tuple[str, str]]:
    for row in path.read_text("utf-8").splitlines():
        if row.strip():
            obj = json.loads(row)
            yield f"{obj['file']}:{obj['line']}", obj["text"]


def _dev_lines() -> Iterator[tuple[str, str]]:
    from evaluation.dev.build_gold import build_all

    for obj in build_all():
        yield f"{obj['file']}:{obj['line']}", obj["text"]


def _questions(path: Path) -> Iterator[tuple[str, str]]:
    for row in path.read_text("utf-8").splitlines():
        if row.strip():
            obj = json.loads(row)
            yield obj["id"], obj["query"].strip().strip('"')


def _entity_names() -> Iterator[tuple[str, str]]:
    for name in ("projects.jsonl", "concepts.jsonl"):
        for row in (EVALUATION / "entities" / name).read_text("utf-8").splitlines():
            if row.strip():
                obj = json.loads(row)
                yield f"{name.split('.')[0]}:{obj['file']}:{obj['line']}:{obj['name']}", obj["name"]


def find(tests: Path = TESTS) -> list[Overlap]:
    """Every overlap between the evaluation sets and the tests, in a stable order."""
    strings = test_strings(tests)
    phrases = [(s, w) for s, w in strings.items() if _quantity_phrase(s)]
    out: list[Overlap] = []
    for label, path in (("measures", EVALUATION / "measures" / "gold.jsonl"),
                        ("unseen-measures", EVALUATION / "unseen" / "gold.jsonl")):  # fmt: skip
        for item, text in _gold_lines(path):
            hit = next(((s, w) for s, w in phrases if s in text), None)
            if hit:
                out.append(Overlap(label, item, hit[0], hit[1]))
    for item, text in _dev_lines():
        hit = next(((s, w) for s, w in phrases if s in text), None)
        if hit:
            out.append(Overlap("dev-measures", item, hit[0], hit[1]))
    for label, path in (("search", EVALUATION / "search" / "questions.jsonl"),
                        ("dev-search", EVALUATION / "dev" / "search" / "questions.jsonl"),
                        ("unseen-search", EVALUATION / "unseen" / "questions.jsonl")):  # fmt: skip
        for item, query in _questions(path):
            if query in strings:
                out.append(Overlap(label, item, query, strings[query]))
    for item, name in _entity_names():
        if len(name) < MIN_NAME:
            continue
        hit = next(((s, w) for s, w in strings.items() if name in s), None)
        if hit:
            out.append(Overlap("entities", item, hit[0][:60], hit[1]))
    return out


def item_counts() -> dict[str, int]:
    """How many items each evaluation set has (for the share that overlaps)."""
    return {
        "measures": sum(1 for _ in _gold_lines(EVALUATION / "measures" / "gold.jsonl")),
        "unseen-measures": sum(1 for _ in _gold_lines(EVALUATION / "unseen" / "gold.jsonl")),
        "dev-measures": sum(1 for _ in _dev_lines()),
        "search": sum(1 for _ in _questions(EVALUATION / "search" / "questions.jsonl")),
        "dev-search": sum(1 for _ in _questions(EVALUATION / "dev" / "search" / "questions.jsonl")),
        "unseen-search": sum(1 for _ in _questions(EVALUATION / "unseen" / "questions.jsonl")),
        "entities": sum(1 for _ in _entity_names()),
    }


SHARED_LINE = 40  # a line this long with two numbers is a document's own text, not a stock heading


def _own_line(text: str) -> bool:
    return len(text) >= SHARED_LINE and len(re.findall(r"[0-9０-９]+", text)) >= 2


def _own_lines(folder: Path) -> dict[str, str]:
    """Every long line with numbers of the ``.txt`` files under ``folder`` -> its file."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.txt")):
        for line in path.read_text("utf-8").split("\n"):
            if _own_line(line.strip()):
                found.setdefault(line.strip(), path.relative_to(ROOT).as_posix())
    return found


def shared_documents(dev_docs: Path = EVALUATION / "dev" / "docs") -> list[Overlap]:
    """Dev documents that repeat a long line with numbers of the unseen documents or of the sample
    corpus (the same document under another name, or a copy of one): each must leave the dev set."""
    others = {**_own_lines(ROOT / "examples" / "corpus"), **_own_lines(EVALUATION / "unseen" / "docs")}
    out: list[Overlap] = []
    for path in sorted(dev_docs.glob("*.txt")):
        for number, line in enumerate(path.read_text("utf-8").split("\n"), start=1):
            where = others.get(line.strip()) if _own_line(line.strip()) else None
            if where:
                out.append(Overlap("dev-documents", f"{path.name}:{number}", line.strip()[:60], where))
                break
    return out


def allowed(path: Path = ALLOWED) -> set[str]:
    """``set item`` keys of the overlap that existed when the check was added (still to be removed)."""
    if not path.exists():
        return set()
    lines = path.read_text("utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def key(overlap: Overlap) -> str:
    return f"{overlap.set} {overlap.item}"


def main() -> int:
    overlaps = find()
    counts = item_counts()
    summary = {name: {"items": n, "in_tests": sum(1 for o in overlaps if o.set == name)} for name, n in counts.items()}
    print(json.dumps({"summary": summary, "overlaps": [asdict(o) for o in overlaps]}, ensure_ascii=False, indent=1))
    shared = shared_documents()
    if shared:
        print(json.dumps({"dev_documents_shared": [asdict(o) for o in shared]}, ensure_ascii=False, indent=1))
    new = [key(o) for o in overlaps
           if o.set not in TUNED_ON and (key(o) not in allowed() or o.set.startswith("unseen"))]  # fmt: skip
    return 1 if new or shared else 0


if __name__ == "__main__":
    sys.exit(main())
