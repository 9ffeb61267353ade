"""The side-by-side scorer (evaluation/score_unseen.py) on a tiny hand-made case, not on evaluation items."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaluation import score_measures as sm  # noqa: E402
from evaluation import score_unseen as su  # noqa: E402


def item(start: int, end: int, scope: str | None = "annual", period: tuple[int, int] | None = None,
         **fields: object) -> su.Item:  # fmt: skip
    base = sm.Mention(start=start, end=end, surface="x" * (end - start), value=5.0, value_max=None, unit="%",
                      comparator="~", stance="target", year=2026, kind="growth", missing_value=False,
                      metric="地区生产总值增长")  # fmt: skip
    return su.Item(replace(base, **fields), scope, period)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("地区生产总值增长", "地区生产总值", True),
        ("城乡居民收入比", "城乡居民收入比", True),
        ("入选全国首批中试平台单位", "单位入选全国首批中试平台", True),
        ("粮食产量", "斤左右", False),
        ("新能源汽车产量全国排名", "居全国", False),
        ("地区生产总值", "全市地区生产总值达到33757.93亿元、增长5.3%，奋力谱写中国式现代化", False),
        ("節水灌溉率", "节水灌溉率", True),
    ],
)
def test_metric_names_match_by_indicator_words(gold: str, predicted: str, same: bool) -> None:
    assert su.metric_matches(gold, predicted) is same


def test_the_words_for_a_ranks_place_are_one_word() -> None:
    names = {su.metric_key(f"地区生产总值全省{word}") for word in ("位次", "排名", "名次", "排位")}
    assert names == {"地区生产总值全省位次"}
    assert su.metric_matches("规模以上工业企业营业收入增速全省位次", "营业收入全省排名")
    assert not su.metric_matches("规模以上工业企业营业收入增速全省位次", "营业收入")


def test_one_line_counts_spans_fields_and_both_stance_and_year() -> None:
    gold = [("doc.txt", 3, [item(0, 4), item(10, 14, year=2030, scope="period_average", period=(2026, 2030)),
                            item(20, 24)])]  # fmt: skip
    preds = {("doc.txt", 3): [item(0, 4), item(11, 14, year=2026, scope="annual"), item(30, 33)]}
    tally, errors = su.score_lines(gold, preds)
    report = su.figures(tally)
    assert (report["gold"], report["predicted"], report["matched"]) == (3, 3, 2)
    assert report["mention_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["all_fields_f1"] == pytest.approx(1 / 3, abs=1e-4)  # the second match has the wrong year
    assert report["stance_and_year"] == 0.5
    assert report["scope_accuracy"] == 0.5
    assert report["period_accuracy"] == 0.0  # judged only where the gold has a period
    assert sorted(w for e in errors for w in e["wrong"]) == ["missed", "period", "scope", "spurious", "year"]


def test_a_system_without_scope_scores_zero_on_scope_and_sample_gold_is_not_judged() -> None:
    assert su.checks(item(0, 2), item(0, 2, scope=None))["scope"] is False
    assert su.checks(item(0, 2, scope=None), item(0, 2, scope=None))["scope"] is None


def test_search_figures_split_off_the_paraphrased_questions() -> None:
    questions = [{"id": "a", "paraphrased": False}, {"id": "b", "paraphrased": True}, {"id": "c", "paraphrased": True}]
    out = su.search_figures([1, 6, None], questions)
    assert (out["questions"], out["recall@1"], out["recall@5"]) == (3, pytest.approx(1 / 3, abs=1e-4),
                                                                   pytest.approx(1 / 3, abs=1e-4))  # fmt: skip
    assert (out["paraphrased questions"], out["paraphrased recall@5"], out["paraphrased mrr"]) == (
        2, 0.0, pytest.approx(1 / 12, abs=1e-4))  # fmt: skip


def test_side_by_side_has_one_row_per_figure() -> None:
    table = su.side_by_side({"sample": {"f1": 0.9, "n": 3}, "unseen": {"f1": 0.8}})
    assert table == {"f1": {"sample": 0.9, "unseen": 0.8}, "n": {"sample": 3, "unseen": None}}


def test_exposed_documents_are_listed_by_file_and_left_out_of_the_clean_column(tmp_path: Path) -> None:
    listing = tmp_path / "exposed.txt"
    listing.write_text("# a comment\nb.txt\t2026-12-07\tshown in a search result list\n\n", encoding="utf-8")
    assert su.exposed_files(listing) == frozenset({"b.txt"})
    assert su.exposed_files(tmp_path / "absent.txt") == frozenset()
    gold = [("a.txt", 1, [item(0, 4)]), ("b.txt", 2, [item(0, 4)])]
    preds = {("a.txt", 1): [item(0, 4)], ("b.txt", 2): [item(0, 4, year=2020)]}
    whole, _ = su.measures_side(gold, tmp_path, (preds, {"b.txt": "broken"}))
    clean, extra = su.measures_side(su.without_files(gold, frozenset({"b.txt"})), tmp_path, (preds, {"b.txt": "x"}))
    assert (whole["gold"], whole["all_fields_f1"]) == (2, 0.5)
    assert (clean["gold"], clean["all_fields_f1"]) == (1, 1.0)
    assert "failures" not in extra  # a failure of a left-out file is not the clean column's
