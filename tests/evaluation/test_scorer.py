"""The measures scorer: span matching and field checks on hand-made pairs, and the gold set's integrity."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaluation.measures import build_gold  # noqa: E402

from evaluation import score_measures as sm  # noqa: E402

WR = "guangzhou_work_report_2021.txt"
WR_22 = (sm.CORPUS_DIR / WR).read_text("utf-8").split("\n")[21]


def mention(start: int, end: int, **fields: object) -> sm.Mention:
    base = sm.Mention(start=start, end=end, surface="x" * (end - start), value=6.0, value_max=None, unit="%",
                      comparator="=", stance="actual", year=2020, kind="growth", missing_value=False)  # fmt: skip
    return replace(base, **fields)  # type: ignore[arg-type]


# --- matching -------------------------------------------------------------------------------


def test_match_prefers_the_largest_overlap() -> None:
    gold = [mention(10, 16), mention(20, 24)]
    pred = [mention(14, 22), mention(9, 15)]  # pred 0 overlaps gold 0 by 2 and gold 1 by 2; pred 1 gold 0 by 5
    assert sm.match(gold, pred) == [(0, 1), (1, 0)]


def test_match_is_one_to_one_and_ignores_disjoint_spans() -> None:
    gold = [mention(0, 4)]
    pred = [mention(0, 4), mention(1, 3), mention(8, 9)]
    assert sm.match(gold, pred) == [(0, 0)]
    assert sm.match([], pred) == []
    assert sm.match(gold, [mention(4, 6)]) == []  # touching is not overlapping


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 8)), max_size=8),
       st.lists(st.tuples(st.integers(0, 50), st.integers(1, 8)), max_size=8))  # fmt: skip
def test_match_pairs_overlap_and_never_reuse(
    gold_spans: list[tuple[int, int]], pred_spans: list[tuple[int, int]]
) -> None:
    gold = [mention(s, s + n) for s, n in gold_spans]
    pred = [mention(s, s + n) for s, n in pred_spans]
    pairs = sm.match(gold, pred)
    assert len({g for g, _ in pairs}) == len(pairs) == len({p for _, p in pairs})
    assert all(sm.overlap(gold[g], pred[p]) > 0 for g, p in pairs)
    assert len(pairs) <= min(len(gold), len(pred))


# --- field checks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "value", "value_norm", "unit"),
    [
        ((2.5, "万亿元"), (2.5, "万亿元"), True, True, True),
        ((2.5, "万亿元"), (25000.0, "亿元"), False, True, False),
        ((2.5, "万亿元"), (2.5, "亿元"), True, False, False),
        ((18.42, "萬戶"), (18.42, "万户"), True, True, True),  # traditional units compare in simplified
        ((1.2, "万家"), (12000.0, "家"), False, True, False),
        ((-17.02, "%"), (17.02, "%"), True, True, True),  # a decline may be written either sign
        ((None, "公里"), (None, "公里"), True, True, True),  # a lost number on both sides
        ((None, "公里"), (0.0, "公里"), False, False, True),
    ],
)
def test_value_and_unit_checks(
    gold: tuple[float | None, str], pred: tuple[float | None, str], value: bool, value_norm: bool, unit: bool
) -> None:
    checks = sm.field_checks(mention(0, 2, value=gold[0], unit=gold[1]), mention(0, 2, value=pred[0], unit=pred[1]))
    assert (checks["value"], checks["value_norm"], checks["unit"]) == (value, value_norm, unit)


def test_range_needs_both_ends() -> None:
    gold = mention(0, 5, value=6.5, value_max=7.0, comparator="range")
    assert sm.field_checks(gold, gold)["value"]
    assert not sm.field_checks(gold, replace(gold, value_max=None))["value"]


def test_other_fields_are_compared_exactly() -> None:
    gold = mention(0, 4)
    pred = replace(gold, comparator=">=", stance="target", year=2021, kind="share", missing_value=True)
    checks = sm.field_checks(gold, pred)
    assert [name for name, ok in checks.items() if not ok] == [
        "comparator", "stance", "year", "kind", "missing_value",
    ]  # fmt: skip


# --- whole report ---------------------------------------------------------------------------


def test_score_counts_precision_recall_and_errors() -> None:
    g1 = sm.GoldLine("a.txt", 1, "…", (mention(0, 4), mention(10, 14)))
    g2 = sm.GoldLine("b.txt", 5, "…", (mention(3, 6, value=None, missing_value=True),))
    preds = {
        ("a.txt", 1): [mention(1, 4), mention(30, 33)],  # one hit, one spurious, one missed
        ("b.txt", 5): [mention(3, 6, value=None, missing_value=False, kind="count")],  # hit, two fields wrong
    }
    report = sm.score([g1, g2], preds)
    assert (report["gold"], report["predicted"], report["matched"]) == (3, 3, 2)
    assert report["precision"] == pytest.approx(2 / 3)
    assert report["recall"] == pytest.approx(2 / 3)
    assert report["field_accuracy"]["kind"]["accuracy"] == pytest.approx(0.5)
    assert report["field_accuracy"]["value"]["accuracy"] == pytest.approx(1.0)
    assert report["per_file"]["b.txt"]["precision"] == pytest.approx(1.0)
    kinds = sorted(e["error"] for e in report["worst_errors"])
    assert kinds == ["fields", "missed", "spurious"]
    fields = next(e for e in report["worst_errors"] if e["error"] == "fields")
    assert fields["fields"] == ["kind", "missing_value"]


def test_a_line_without_predictions_is_all_misses() -> None:
    report = sm.score([sm.GoldLine("a.txt", 1, "…", (mention(0, 4),))], {})
    assert (report["recall"], report["precision"], report["f1"]) == (0.0, 0.0, 0.0)


def test_locate_counts_occurrences() -> None:
    assert sm.locate("增长6%，5年年均增长6%", "6%", 2) == (11, 13)
    with pytest.raises(ValueError, match="not in line"):
        sm.locate("增长6%", "6%", 2)


def test_normalise_folds_magnitude_words() -> None:
    assert sm.normalise(2.5, "万亿元") == (2.5e12, "元")
    assert sm.normalise(6155.8, "亿元") == (6155.8e8, "元")
    assert sm.normalise(4.8, "萬座") == (4.8e4, "座")
    assert sm.normalise(500.0, "千伏") == (500.0, "千伏")


# --- the gold set itself --------------------------------------------------------------------


def test_gold_set_is_in_sync_with_annotations_and_corpus() -> None:
    """gold.jsonl is exactly what build_gold makes of annotations.txt, and every text is the raw line."""
    assert sm.GOLD_PATH.read_text("utf-8") == build_gold.render(build_gold.build())
    lines = sm.load_gold()  # raises if a text or a span no longer matches the corpus
    assert len(lines) >= 110
    assert sum(len(gl.mentions) for gl in lines) >= 320
    files = {gl.file for gl in lines}
    assert {p.name for p in sm.CORPUS_DIR.glob("*.txt")} <= files
    assert len({f for f in files if f.startswith("national/")}) >= 5
    assert sum(1 for gl in lines if not gl.mentions) >= 20  # precision-only lines


def test_gold_spans_cover_their_surfaces() -> None:
    for row in sm.GOLD_PATH.read_text("utf-8").splitlines():
        obj = json.loads(row)
        for m in obj["mentions"]:
            assert obj["text"][m["start"] : m["end"]] == m["surface"]
            assert (m["value"] is None) == m["missing_value"] or m["kind"] == "ratio"


def test_gold_line_22_of_the_work_report() -> None:
    line = next(gl for gl in sm.load_gold() if gl.file == WR and gl.line == 22)
    assert line.text == WR_22
    first = line.mentions[0]
    assert (first.surface, first.value, first.unit, first.comparator) == ("突破2.5万亿元", 2.5, "万亿元", ">=")


def test_make_eval_discovers_the_measures_scorer() -> None:
    from evaluation.__main__ import print_report, scorer_modules

    names = [name for name, _main in scorer_modules()]
    assert "score_measures" in names
    assert names == sorted(names)
    assert all(name.startswith("score_") for name in names)
    report = sm.score([sm.GoldLine("a.txt", 1, "…", (mention(0, 4),))], {("a.txt", 1): [mention(0, 4)]})
    from rich.console import Console

    console = Console(record=True, width=200)
    print_report(console, "score_measures", report)
    text = console.export_text()
    assert "precision" in text and "field_accuracy" in text and "a.txt" in text


def test_the_gold_scored_against_itself_is_perfect() -> None:
    lines = sm.load_gold()
    preds = {(gl.file, gl.line): list(gl.mentions) for gl in lines}
    report = sm.score(lines, preds)
    assert (report["precision"], report["recall"], report["f1"]) == (1.0, 1.0, 1.0)
    assert all(row["accuracy"] == 1.0 for row in report["field_accuracy"].values())
    assert report["worst_errors"] == []
