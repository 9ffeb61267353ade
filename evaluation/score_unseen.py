"""Sample corpus and documents nobody tuned on, side by side (issue #8).

Measures: the hand-annotated lines of ``measures/gold.jsonl`` (sample corpus) and of
``unseen/gold.jsonl`` (the unseen documents outside examples/) are scored the same way: mentions are
matched by span overlap (``score_measures.match``), then each matched pair's fields are compared.
Search: the questions of ``search/questions.jsonl`` are asked of a temporary database holding the
sample corpus, those of ``unseen/questions.jsonl`` of a temporary database into which this scorer
ingests ``unseen/docs``; recall@1, recall@5 and MRR overall and for the paraphrased questions.

Figures reported per side:

- ``mention_precision/recall/f1``: spans found.
- ``all_fields_f1``: a true positive must also have value, unit, comparator, stance, year and
  metric right (the issue's "all fields right").
- field accuracies on matched pairs; ``scope`` and ``period`` only where the gold has them (the
  unseen set); a system that does not say what a figure covers scores 0 there.
- ``stance_and_year``: both right, on matched pairs.

Beside them, the dev set (``dev/annotations*.txt`` over ``dev/docs``, see ``dev/README.md``) is scored
the same way in a column marked ``dev (tuned-on)``: rules were tuned on it, so its figures say how well
the rules fit what they were written for, not how they generalise (``python -m evaluation.dev`` lists
its errors).

A fourth column, ``unseen, not exposed``, scores the unseen set without the documents listed in
``unseen/exposed.txt``: documents whose text reached people who tune the rules (a search result list
showed an excerpt and a rule was changed afterwards). Both unseen columns are reported; neither replaces
the other.

Metric names are free text on both sides, so a metric counts as right when, after dropping
spaces, punctuation and change words (增长, 下降, 年均, 新增 …), one name contains the other and the
shorter is at least a third of the longer, or the two share at least half their character bigrams
(``metric_matches``): ``地区生产总值`` matches ``地区生产总值增长`` and ``单位入选全国首批中试平台`` matches
``入选全国首批中试平台单位``; ``斤``, ``居全国`` or a name that swallowed a whole clause do not. A rank's place is
one word whichever of 位次, 排名, 名次 or 排位 names it (``省属企业利润全国位次`` matches ``利润全国排名``).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from evaluation import score_measures as sm
from evaluation import score_search as ss

HERE = Path(__file__).resolve().parent
UNSEEN = HERE / "unseen"
UNSEEN_DOCS = UNSEEN / "docs"
UNSEEN_GOLD = UNSEEN / "gold.jsonl"
UNSEEN_QUESTIONS = UNSEEN / "questions.jsonl"
UNSEEN_EXPOSED = UNSEEN / "exposed.txt"  # unseen documents whose text reached rule writers: see that file
CLEAN_SIDE = "unseen, not exposed"
DEV_DOCS = HERE / "dev" / "docs"
DEV_SIDE = "dev (tuned-on)"
DEV_SEARCH = HERE / "dev" / "search"  # search questions of the dev set (tuned on): see its README
SIDES = ("sample", "unseen")
ALL_FIELDS = ("value", "unit", "comparator", "stance", "year", "metric")
FIELDS = ("value", "value_norm", "unit", "comparator", "stance", "year", "kind", "missing_value", "metric",
          "scope", "period")  # fmt: skip
_CHANGE_WORDS = re.compile(
    r"增长|增速|增幅|涨幅|下降|降低|回落|提高|提升|减少|增加|新增|净增|年均|比上年|同比|累计|分别|达到|突破|超过|以上|以下|左右"
)
_PUNCT = re.compile(r"[\s()（）\[\]【】,，、.。:：;；“”\"'‘’·/|—-]")


@dataclass(frozen=True, slots=True)
class Item:
    """A mention with what it covers: ``scope`` (annual, period_average, period_cumulative) and ``period``."""

    mention: sm.Mention
    scope: str | None = None
    period: tuple[int, int] | None = None
    metric_canonical: str = ""


@dataclass(slots=True)
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    all_right: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    judged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    both: dict[str, int] = field(default_factory=lambda: {"stance_and_year": 0, "value_and_unit": 0})


# --- metric names -------------------------------------------------------------------------------


# 位次, 排名, 名次, 排位: one word for the place an indicator holds among its peers (全国位次 is 全国排名)
_RANK_WORDS = re.compile(r"排名|名次|排位")


def metric_key(name: str) -> str:
    """A metric name reduced to its indicator words (simplified script, no change words or punctuation; the
    words for a rank's place, 位次/排名/名次/排位, folded to 位次, on every side alike)."""
    return _RANK_WORDS.sub("位次", _CHANGE_WORDS.sub("", _PUNCT.sub("", sm.to_simplified(name))))


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def metric_matches(gold: str, predicted: str) -> bool:
    """Same indicator: one reduced name contains the other (the shorter at least two characters and a
    third of the longer), or their character bigrams overlap by a Dice coefficient of 0.5 or more."""
    a, b = metric_key(gold), metric_key(predicted)
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 2 and short in long_ and 3 * len(short) >= len(long_):
        return True
    ga, gb = _bigrams(a), _bigrams(b)
    return bool(ga and gb) and 4 * len(ga & gb) >= len(ga) + len(gb)


# --- gold and predictions -----------------------------------------------------------------------


def _period(value: Any) -> tuple[int, int] | None:
    if not value:
        return None
    start, end = value
    return int(start), int(end)


def load_unseen_gold(path: Path = UNSEEN_GOLD, docs_dir: Path = UNSEEN_DOCS) -> list[tuple[str, int, list[Item]]]:
    """The unseen gold lines (file, line, items); every text must still be the document's line."""
    out: list[tuple[str, int, list[Item]]] = []
    for number, row in enumerate(path.read_text("utf-8").splitlines(), start=1):
        obj = json.loads(row)
        raw = sm.raw_lines(obj["file"], docs_dir)[obj["line"] - 1]
        if raw != obj["text"]:
            raise ValueError(f"{path.name}:{number}: text differs from {obj['file']} line {obj['line']}")
        items = [Item(sm.gold_mention(m, raw), m.get("scope"), _period(m.get("period"))) for m in obj["mentions"]]
        out.append((obj["file"], obj["line"], items))
    return out


def load_dev_gold() -> list[tuple[str, int, list[Item]]]:
    """The dev set's gold lines, built from every ``dev/annotations*.txt`` (tuned-on)."""
    from evaluation.dev.build_gold import DOCS_DIR, build_all

    out: list[tuple[str, int, list[Item]]] = []
    for obj in build_all():
        raw = sm.raw_lines(obj["file"], DOCS_DIR)[obj["line"] - 1]
        items = [Item(sm.gold_mention(m, raw), m.get("scope"), _period(m.get("period"))) for m in obj["mentions"]]
        out.append((obj["file"], obj["line"], items))
    return out


def load_sample_gold() -> list[tuple[str, int, list[Item]]]:
    return [(gl.file, gl.line, [Item(m) for m in gl.mentions]) for gl in sm.load_gold()]


@cache
def _process(path: str) -> Any:
    from plantrace.pipeline import process_file

    return process_file(Path(path))[1]


def from_measure(m: Any) -> Item:
    """A plantrace measure as an Item; ``scope``/``period`` are read when the measure has them."""
    return Item(sm.from_measure(m), getattr(m, "scope", None), _period(getattr(m, "period", None)),
                getattr(m, "metric_canonical", None) or "")  # fmt: skip


def predictions(
    gold: Sequence[tuple[str, int, list[Item]]], docs_dir: Path
) -> tuple[dict[tuple[str, int], list[Item]], dict[str, str]]:
    """plantrace's measures on the annotated lines; files it fails on are reported and scored as empty."""
    wanted: dict[str, set[int]] = {}
    for file, line, _items in gold:
        wanted.setdefault(file, set()).add(line)
    preds: dict[tuple[str, int], list[Item]] = {}
    failures: dict[str, str] = {}
    for file, lines in sorted(wanted.items()):
        try:
            facts = _process(str(docs_dir / file))
        except Exception as exc:  # one broken file must not hide the others' figures
            failures[file] = f"{type(exc).__name__}: {exc}"
            continue
        for m in facts.measures:
            if m.line in lines:
                preds.setdefault((file, m.line), []).append(from_measure(m))
    return preds, failures


# --- scoring ------------------------------------------------------------------------------------


def checks(gold: Item, pred: Item) -> dict[str, bool | None]:
    """Which fields of a matched pair agree (None: the gold does not say, so the field is not judged)."""
    out: dict[str, bool | None] = dict(sm.field_checks(gold.mention, pred.mention))
    metric_ok = metric_matches(gold.mention.metric, pred.mention.metric) or bool(
        pred.metric_canonical and metric_matches(gold.mention.metric, pred.metric_canonical)
    )
    out["metric"] = metric_ok
    out["scope"] = None if gold.scope is None else gold.scope == pred.scope
    out["period"] = None if gold.scope in (None, "annual") else gold.period == pred.period
    return out


def score_lines(
    gold: Iterable[tuple[str, int, list[Item]]], preds: dict[tuple[str, int], list[Item]]
) -> tuple[Tally, list[dict[str, Any]]]:
    tally = Tally()
    errors: list[dict[str, Any]] = []
    for file, line, items in gold:
        pred = preds.get((file, line), [])
        pairs = sm.match([i.mention for i in items], [p.mention for p in pred])
        tally.gold += len(items)
        tally.pred += len(pred)
        tally.matched += len(pairs)
        for gi, pi in pairs:
            result = checks(items[gi], pred[pi])
            for name, ok in result.items():
                if ok is not None:
                    tally.judged[name] += 1
                    tally.correct[name] += ok
            tally.all_right += all(result[name] for name in ALL_FIELDS)
            tally.both["stance_and_year"] += bool(result["stance"] and result["year"])
            tally.both["value_and_unit"] += bool(result["value"] and result["unit"])
            wrong = [name for name, ok in result.items() if ok is False]
            if wrong:
                errors.append({"file": file, "line": line, "surface": items[gi].mention.surface, "wrong": wrong,
                               "gold": _brief(items[gi]), "pred": _brief(pred[pi])})  # fmt: skip
        found = {gi for gi, _ in pairs}
        errors += [{"file": file, "line": line, "surface": i.mention.surface, "wrong": ["missed"]}
                   for n, i in enumerate(items) if n not in found]  # fmt: skip
        taken = {pi for _, pi in pairs}
        errors += [{"file": file, "line": line, "surface": p.mention.surface, "wrong": ["spurious"]}
                   for n, p in enumerate(pred) if n not in taken]  # fmt: skip
    return tally, errors


def _brief(item: Item) -> dict[str, Any]:
    m = item.mention
    return {"value": m.value, "unit": m.unit, "comparator": m.comparator, "stance": m.stance, "year": m.year,
            "kind": m.kind, "metric": m.metric, "scope": item.scope,
            "period": list(item.period) if item.period else None}  # fmt: skip


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _f1(tp: int, pred: int, gold: int) -> float | None:
    if not pred or not gold:
        return None
    p, r = tp / pred, tp / gold
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def figures(tally: Tally) -> dict[str, Any]:
    """The reported figures of one side."""
    out: dict[str, Any] = {
        "gold": tally.gold, "predicted": tally.pred, "matched": tally.matched,
        "mention_precision": _ratio(tally.matched, tally.pred), "mention_recall": _ratio(tally.matched, tally.gold),
        "mention_f1": _f1(tally.matched, tally.pred, tally.gold),
        "all_fields_f1": _f1(tally.all_right, tally.pred, tally.gold),
        "stance_and_year": _ratio(tally.both["stance_and_year"], tally.matched),
        "value_and_unit": _ratio(tally.both["value_and_unit"], tally.matched),
    }  # fmt: skip
    for name in FIELDS:
        out[f"{name}_accuracy"] = _ratio(tally.correct[name], tally.judged[name])
    return out


def side_by_side(sides: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """{figure: {side: value}} so that the report prints one row per figure, one column per side."""
    names: list[str] = []
    for values in sides.values():
        names.extend(n for n in values if n not in names)
    return {name: {side: values.get(name) for side, values in sides.items()} for name in names}


def exposed_files(path: Path = UNSEEN_EXPOSED) -> frozenset[str]:
    """The unseen documents listed in ``exposed.txt`` (the first tab-separated field of each line)."""
    if not path.exists():
        return frozenset()
    rows = (line.split("\t", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return frozenset(row for row in rows if row and not row.startswith("#"))


def without_files(gold: list[tuple[str, int, list[Item]]], files: frozenset[str]) -> list[tuple[str, int, list[Item]]]:
    return [row for row in gold if row[0] not in files]


def measures_side(
    gold: list[tuple[str, int, list[Item]]], docs_dir: Path,
    preds_failures: tuple[dict[tuple[str, int], list[Item]], dict[str, str]] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:  # fmt: skip
    """Figures and errors of ``gold``; ``preds_failures`` are predictions already made for (a superset of) it."""
    preds, failures = preds_failures or predictions(gold, docs_dir)
    files = {row[0] for row in gold}
    failures = {file: why for file, why in failures.items() if file in files}
    tally, errors = score_lines(gold, preds)
    minor = {"scope", "period"}  # not produced before the scope/period contract lands: listed last
    errors.sort(key=lambda e: (set(e["wrong"]) <= minor, e["file"], e["line"]))
    extra: dict[str, Any] = {"errors": errors[:30], "error_count": len(errors)}
    if failures:
        extra["failures"] = failures
    return figures(tally), extra


# --- search -------------------------------------------------------------------------------------


def search_figures(ranks: Sequence[int | None], questions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    para = [r for r, q in zip(ranks, questions, strict=True) if q.get("paraphrased")]
    out: dict[str, Any] = {"questions": len(ranks)}
    for label, subset in (("", list(ranks)), ("paraphrased ", para)):
        summary = ss.summarise(subset) if subset else {"n": 0, "recall@1": None, "recall@5": None, "mrr": None}
        out[f"{label}questions"] = summary["n"]
        out[f"{label}recall@1"] = summary["recall@1"]
        out[f"{label}recall@5"] = summary["recall@5"]
        out[f"{label}mrr"] = summary["mrr"]
    return out


def search_ranks(cli: Any, corpus: Path, questions: Sequence[dict[str, Any]]) -> list[int | None]:
    """Ingest ``corpus`` into a temporary database and ask every question of it."""
    with tempfile.TemporaryDirectory(prefix="plantrace-eval-") as tmp:
        db = Path(tmp) / "eval.db"
        ss.ingest_corpus(cli, db, corpus)
        return ss.system_ranks(cli, db, questions)


def search_sides() -> tuple[dict[str, Any], dict[str, Any]]:
    cli = ss.load_cli()
    ss.require_command(cli, "search")
    sides: dict[str, Any] = {}
    misses: dict[str, Any] = {}
    sets = (("sample", ss.CORPUS, ss.QUESTIONS),
            (DEV_SIDE, DEV_SEARCH, DEV_SEARCH / "questions.jsonl"),
            ("unseen", UNSEEN_DOCS, UNSEEN_QUESTIONS))
    for side, corpus, path in sets:
        questions = ss.load_questions(path)
        ranks = grouped_ranks(cli, corpus, questions) if corpus == DEV_SEARCH else search_ranks(cli, corpus, questions)
        sides[side] = search_figures(ranks, questions)
        misses[side] = ss.misses(questions, ranks)
    return sides, misses


def grouped_ranks(cli: Any, folder: Path, questions: Sequence[dict[str, Any]]) -> list[int | None]:
    """Ranks for questions that name their corpus (``"corpus": "docs_b"``, default ``docs``), a
    folder of ``folder``: each corpus is ingested into its own database, ranks keep question order."""
    ranks: dict[int, int | None] = {}
    for corpus in sorted({q.get("corpus", "docs") for q in questions}):
        chosen = [(i, q) for i, q in enumerate(questions) if q.get("corpus", "docs") == corpus]
        found = search_ranks(cli, folder / corpus, [q for _, q in chosen])
        ranks.update({i: r for (i, _), r in zip(chosen, found, strict=True)})
    return [ranks[i] for i in range(len(questions))]


# --- report -------------------------------------------------------------------------------------

# The unseen set is held out: people who tune the rules must not see which of its items fail, so the
# report gives counts only. An independent reviewer sets PLANTRACE_EVAL_SHOW_UNSEEN=1 to list them.
SHOW_UNSEEN_ITEMS = os.environ.get("PLANTRACE_EVAL_SHOW_UNSEEN") == "1"



def main() -> dict[str, Any]:
    report: dict[str, Any] = {"task": "sample corpus, dev set (tuned-on) and unseen documents (issue #8)"}
    sample, _sample_extra = measures_side(load_sample_gold(), sm.CORPUS_DIR)
    dev, _dev_extra = measures_side(load_dev_gold(), DEV_DOCS)
    unseen_gold = load_unseen_gold()
    made = predictions(unseen_gold, UNSEEN_DOCS)
    unseen, unseen_extra = measures_side(unseen_gold, UNSEEN_DOCS, made)
    sides = {"sample": sample, DEV_SIDE: dev, "unseen": unseen}
    exposed = exposed_files()
    if exposed:
        sides[CLEAN_SIDE], _clean_extra = measures_side(without_files(unseen_gold, exposed), UNSEEN_DOCS, made)
        report["unseen_exposed_documents"] = sorted(exposed)
    report["measures"] = side_by_side(sides)
    try:
        search, misses = search_sides()
        report["search"] = side_by_side(search)
        report["search_misses_unseen_count"] = len(misses["unseen"])
        if SHOW_UNSEEN_ITEMS:
            report["search_misses_unseen"] = misses["unseen"]
    except (ss.CommandMissing, RuntimeError, ValueError) as exc:
        report["search_error"] = str(exc)
    report["unseen_measure_error_count"] = unseen_extra["error_count"]
    report["unseen_measure_failures"] = unseen_extra.get("failures", {})
    if SHOW_UNSEEN_ITEMS:
        report["unseen_measure_errors"] = unseen_extra["errors"]
    return report


if __name__ == "__main__":
    print(json.dumps(main(), ensure_ascii=False, indent=2))
