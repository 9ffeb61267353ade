"""Score plantrace's quantity extraction against the hand-annotated lines in ``measures/gold.jsonl``.

Only annotated lines are scored, and on them *every* quantity mention was annotated, so both
precision and recall are measured. Predicted and gold mentions are matched per line by character
span overlap (greedy, largest overlap first); field accuracies are computed on matched pairs.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD_PATH = Path(__file__).resolve().parent / "measures" / "gold.jsonl"
CORPUS_DIR = ROOT / "examples" / "corpus"
FIELDS = ("value", "value_norm", "unit", "comparator", "stance", "year", "kind", "missing_value")
MAGNITUDES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))
MAX_ERRORS = 20


@dataclass(frozen=True, slots=True)
class Mention:
    """One quantity mention on one line, gold or predicted, with its span in the raw line."""

    start: int
    end: int
    surface: str
    value: float | None
    value_max: float | None
    unit: str
    comparator: str
    stance: str
    year: int | None
    kind: str
    missing_value: bool
    metric: str = ""


@dataclass(frozen=True, slots=True)
class GoldLine:
    file: str
    line: int
    text: str
    mentions: tuple[Mention, ...]


@dataclass(slots=True)
class Tally:
    """Counts for one scope (all files, or one file)."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def prf(self) -> dict[str, float]:
        precision = self.matched / self.pred if self.pred else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1}


# --- gold -----------------------------------------------------------------------------------


def raw_lines(file: str, corpus_dir: Path = CORPUS_DIR) -> list[str]:
    """Physical lines of a corpus file (``file`` is relative to the corpus folder)."""
    return (corpus_dir / file).read_text(encoding="utf-8").split("\n")


def locate(text: str, surface: str, occurrence: int = 1) -> tuple[int, int]:
    """Span of the ``occurrence``-th appearance of ``surface`` in ``text``; ValueError if absent."""
    start = -1
    for _ in range(occurrence):
        start = text.find(surface, start + 1)
        if start < 0:
            raise ValueError(f"surface {surface!r} (#{occurrence}) not in line {text[:40]!r}…")
    return start, start + len(surface)


def gold_mention(obj: dict[str, Any], text: str) -> Mention:
    if "start" in obj and "end" in obj:
        start, end = int(obj["start"]), int(obj["end"])
        if text[start:end] != obj["surface"]:
            raise ValueError(f"span {start}:{end} is not {obj['surface']!r} in {text[:40]!r}…")
    else:
        start, end = locate(text, obj["surface"])
    value = obj["value"]
    return Mention(
        start=start, end=end, surface=obj["surface"],
        value=None if value is None else float(value),
        value_max=None if obj.get("value_max") is None else float(obj["value_max"]),
        unit=obj["unit"], comparator=obj["comparator"], stance=obj["stance"], year=obj["year"],
        kind=obj["kind"], missing_value=bool(obj["missing_value"]), metric=obj.get("metric") or "",
    )  # fmt: skip


def load_gold(path: Path = GOLD_PATH, corpus_dir: Path = CORPUS_DIR) -> list[GoldLine]:
    """Read gold.jsonl and check every ``text`` is still byte-identical to the corpus line."""
    lines: list[GoldLine] = []
    for number, row in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not row.strip():
            continue
        obj = json.loads(row)
        raw = raw_lines(obj["file"], corpus_dir)[obj["line"] - 1]
        if raw != obj["text"]:
            raise ValueError(f"{path.name}:{number}: text differs from {obj['file']} line {obj['line']}")
        mentions = tuple(gold_mention(m, raw) for m in obj["mentions"])
        lines.append(GoldLine(obj["file"], obj["line"], raw, mentions))
    return lines


# --- predictions ----------------------------------------------------------------------------


@cache
def _process(path: str) -> tuple[Any, Any]:
    from plantrace.pipeline import process_file

    return process_file(Path(path))


def from_measure(m: Any) -> Mention:
    """A plantrace ``Measure`` as a scorer ``Mention``."""
    return Mention(
        start=m.start, end=m.end, surface=m.surface, value=m.value, value_max=m.value_max, unit=m.unit,
        comparator=m.comparator, stance=m.stance, year=m.year, kind=m.kind, missing_value=m.missing_value,
        metric=m.metric,
    )  # fmt: skip


def predicted(file: str, wanted: frozenset[int], corpus_dir: Path = CORPUS_DIR) -> dict[int, list[Mention]]:
    """plantrace's measures on the wanted lines of one file, keyed by line (cached per file)."""
    _parsed, facts = _process(str(corpus_dir / file))
    out: dict[int, list[Mention]] = {line: [] for line in wanted}
    for m in facts.measures:
        if m.line in out:
            out[m.line].append(from_measure(m))
    return out


# --- matching and field comparison ----------------------------------------------------------


def overlap(a: Mention, b: Mention) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(gold: Sequence[Mention], pred: Sequence[Mention]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by span overlap: largest overlap first, then nearest starts."""
    candidates = [
        (-overlap(g, p), abs(g.start - p.start), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if overlap(g, p) > 0
    ]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _neg, _dist, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _close(a: float | None, b: float | None) -> bool:
    """Equal within 1e-6 relative, sign ignored: a decline (下降3%) may be -3 or 3 (gold uses -3)."""
    if a is None or b is None:
        return a is b
    return math.isclose(abs(a), abs(b), rel_tol=1e-6, abs_tol=1e-12)


@cache
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@cache
def to_simplified(text: str) -> str:
    """Units of the traditional document are compared in simplified characters."""
    return str(_t2s().convert(text))


def normalise(value: float | None, unit: str) -> tuple[float | None, str]:
    """Fold a leading magnitude word into the value: (2.5, 万亿元) -> (2.5e12, 元)."""
    unit = to_simplified(unit.strip())
    for word, factor in MAGNITUDES:
        if unit.startswith(word):
            return (None if value is None else value * factor), unit[len(word) :]
    return value, unit


def field_checks(gold: Mention, pred: Mention) -> dict[str, bool]:
    """Which fields of a matched pair agree."""
    g_norm, p_norm = normalise(gold.value, gold.unit), normalise(pred.value, pred.unit)
    g_max, p_max = normalise(gold.value_max, gold.unit)[0], normalise(pred.value_max, pred.unit)[0]
    return {
        "value": _close(gold.value, pred.value) and _close(gold.value_max, pred.value_max),
        "value_norm": _close(g_norm[0], p_norm[0]) and _close(g_max, p_max),
        "unit": to_simplified(gold.unit.strip()) == to_simplified(pred.unit.strip()),
        "comparator": gold.comparator == pred.comparator,
        "stance": gold.stance == pred.stance,
        "year": gold.year == pred.year,
        "kind": gold.kind == pred.kind,
        "missing_value": gold.missing_value == pred.missing_value,
    }


# --- scoring --------------------------------------------------------------------------------


def _brief(m: Mention) -> dict[str, Any]:
    keys = ("surface", "value", "value_max", "unit", "comparator", "stance", "year", "kind", "missing_value")
    return {key: getattr(m, key) for key in keys}


def _error(where: tuple[str, int], what: str, severity: int, **detail: Any) -> dict[str, Any]:
    return {"file": where[0], "line": where[1], "error": what, "severity": severity, **detail}


def score_line(
    where: tuple[str, int], gold: Sequence[Mention], pred: Sequence[Mention], tallies: Iterable[Tally]
) -> list[dict[str, Any]]:
    """Add one line's counts to each tally; return its errors for the human-readable list."""
    pairs = match(gold, pred)
    errors: list[dict[str, Any]] = []
    checks = [field_checks(gold[gi], pred[pi]) for gi, pi in pairs]
    for tally in tallies:
        tally.gold += len(gold)
        tally.pred += len(pred)
        tally.matched += len(pairs)
        for check in checks:
            for name, ok in check.items():
                tally.correct[name] += ok
    for (gi, pi), check in zip(pairs, checks, strict=True):
        wrong = [name for name, ok in check.items() if not ok]
        if wrong:
            detail = {"fields": wrong, "gold": _brief(gold[gi]), "pred": _brief(pred[pi])}
            errors.append(_error(where, "fields", len(wrong), **detail))
    matched_gold, matched_pred = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    errors += [_error(where, "missed", 9, gold=_brief(g)) for i, g in enumerate(gold) if i not in matched_gold]
    errors += [_error(where, "spurious", 9, pred=_brief(p)) for i, p in enumerate(pred) if i not in matched_pred]
    return errors


def accuracy_table(tally: Tally) -> dict[str, dict[str, Any]]:
    return {
        name: {
            "correct": tally.correct[name],
            "matched": tally.matched,
            "accuracy": tally.correct[name] / tally.matched if tally.matched else 0.0,
        }
        for name in FIELDS
    }


def worst(errors: list[dict[str, Any]], limit: int = MAX_ERRORS) -> list[dict[str, Any]]:
    """Half missed/spurious mentions, half matched pairs with the most wrong fields, in file order."""
    ranked = sorted(errors, key=lambda e: (-e["severity"], e["file"], e["line"]))
    spans = [e for e in ranked if e["error"] != "fields"]
    fields = [e for e in ranked if e["error"] == "fields"]
    take_fields = min(len(fields), max(limit // 2, limit - len(spans)))
    chosen = fields[:take_fields] + spans[: limit - take_fields]
    return sorted(chosen, key=lambda e: (e["file"], e["line"]))


def score(gold_lines: Sequence[GoldLine], preds: dict[tuple[str, int], list[Mention]]) -> dict[str, Any]:
    """The report, given the gold lines and the predictions on those lines."""
    total = Tally()
    per_file: dict[str, Tally] = {}
    errors: list[dict[str, Any]] = []
    for gl in gold_lines:
        where = (gl.file, gl.line)
        tallies = (total, per_file.setdefault(gl.file, Tally()))
        errors += score_line(where, gl.mentions, preds.get(where, []), tallies)
    return {
        "task": "measures",
        "lines": len(gold_lines),
        "files": len(per_file),
        "gold": total.gold,
        "predicted": total.pred,
        "matched": total.matched,
        **total.prf(),
        "field_accuracy": accuracy_table(total),
        "per_file": {
            name: {"gold": t.gold, "pred": t.pred, "matched": t.matched, **t.prf()}
            for name, t in sorted(per_file.items())
        },
        "worst_errors": worst(errors),
    }


def collect_predictions(
    gold_lines: Sequence[GoldLine],
) -> tuple[dict[tuple[str, int], list[Mention]], dict[str, str]]:
    """Predictions on the annotated lines, and the files plantrace failed on (scored as no output)."""
    wanted: dict[str, set[int]] = {}
    for gl in gold_lines:
        wanted.setdefault(gl.file, set()).add(gl.line)
    preds: dict[tuple[str, int], list[Mention]] = {}
    failures: dict[str, str] = {}
    for file, lines in sorted(wanted.items()):
        try:
            found = predicted(file, frozenset(lines))
        except Exception as exc:  # one broken file must not hide the others' scores
            failures[file] = f"{type(exc).__name__}: {exc}"
            continue
        for line, mentions in found.items():
            preds[(file, line)] = mentions
    return preds, failures


def main() -> dict[str, Any]:
    """Run plantrace on every annotated file and score it against the gold annotations."""
    gold_lines = load_gold()
    preds, failures = collect_predictions(gold_lines)
    report = score(gold_lines, preds)
    if failures:
        report["failures"] = failures
    return report
