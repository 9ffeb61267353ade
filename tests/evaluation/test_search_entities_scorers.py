"""The search and entity scorers: metric functions on hand-made inputs, and the gold data's integrity."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
import opencc
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evaluation import score_entities as se  # noqa: E402
from evaluation import score_search as ss  # noqa: E402

T2S = opencc.OpenCC("t2s")
TOC = {"guangzhou_fyp14_outline_partial.txt": range(1, 99), "haizhu_fyp14_outline_hant.txt": range(8, 85)}
CHROME = {"liwan_fyp14_outline_scraped.txt": {1, 3, 5, 7, *range(197, 206)},
          "guangzhou_work_report_2021.txt": {1, 3, 7, *range(237, 244)},
          "guangzhou_fyp14_outline_partial.txt": {564}, "conghua_fyp14_outline_2022.txt": {1}}
KINDS = {"short", "two_char", "one_char", "phrase", "question", "numeric", "cross_script", "filter"}


def corpus_line(file: str, line: int) -> str:
    return (ss.CORPUS / file).read_text("utf-8").split("\n")[line - 1]


def hit(source: str, start: int, end: int | None = None) -> dict[str, Any]:
    return {"source": source, "line_start": start, "line_end": start if end is None else end}


# ---------------------------------------------------------------- ranking metrics


@pytest.mark.parametrize(("ranks", "k", "expected"), [
    ([1, 3, None, 6], 1, 0.25),
    ([1, 3, None, 6], 5, 0.5),
    ([1, 3, None, 6], 10, 0.75),
    ([None, None], 5, 0.0),
    ([], 5, 0.0),
])
def test_recall_at_k(ranks: list[int | None], k: int, expected: float) -> None:
    assert ss.recall_at(ranks, k) == pytest.approx(expected)


def test_mean_reciprocal_rank() -> None:
    assert ss.mean_reciprocal_rank([1, 3, None, 6]) == pytest.approx((1 + 1 / 3 + 1 / 6) / 4)
    assert ss.mean_reciprocal_rank([None]) == 0.0
    assert ss.mean_reciprocal_rank([]) == 0.0


def test_summarise_by_kind_splits_and_counts() -> None:
    report = ss.summarise_by_kind(["short", "numeric", "short"], [1, None, 2])
    assert report["overall"] == {"n": 3, "recall@1": 0.3333, "recall@5": 0.6667, "mrr": 0.5}
    assert report["by_kind"]["short"] == {"n": 2, "recall@1": 0.5, "recall@5": 1.0, "mrr": 0.75}
    assert report["by_kind"]["numeric"]["recall@5"] == 0.0


@pytest.mark.parametrize(("source", "gold", "same"), [
    ("haizhu_fyp14_outline_hant.txt", "haizhu_fyp14_outline_hant.txt", True),
    ("examples/corpus/haizhu_fyp14_outline_hant.txt", "haizhu_fyp14_outline_hant.txt", True),
    ("/abs/examples/corpus/national/national_work_report_2019.txt", "national/national_work_report_2019.txt", True),
    ("examples\\corpus\\national\\national_work_report_2019.txt", "national/national_work_report_2019.txt", True),
    ("x/other_national/national_work_report_2019.txt", "national/national_work_report_2019.txt", False),
    ("examples/corpus/liwan_fyp14_outline_scraped.txt", "haizhu_fyp14_outline_hant.txt", False),
])
def test_same_file(source: str, gold: str, same: bool) -> None:
    assert ss.same_file(source, gold) is same


def test_first_correct_rank_uses_file_and_line_range() -> None:
    answers = {("haizhu_fyp14_outline_hant.txt", 216), ("conghua_fyp14_outline_2022.txt", 162)}
    hits = [hit("examples/corpus/haizhu_fyp14_outline_hant.txt", 210, 215),   # range stops short
            hit("examples/corpus/liwan_fyp14_outline_scraped.txt", 216),       # right line, wrong file
            hit("examples/corpus/haizhu_fyp14_outline_hant.txt", 214, 217)]    # contains 216
    assert ss.first_correct_rank(hits, answers) == 3
    assert ss.first_correct_rank(hits[:2], answers) is None
    assert ss.first_correct_rank([], answers) is None


def test_search_args_carry_filters_as_options() -> None:
    question = {"query": "碧道", "filters": {"jurisdiction": "广州市海珠区", "doc_type": "fyp_outline"}}
    args = ss.search_args(question, Path("x.db"))
    assert args[:7] == ["search", "碧道", "--db", "x.db", "--json", "--limit", "10"]
    assert args[7:] == ["--jurisdiction", "广州市海珠区", "--doc-type", "fyp_outline"]


@pytest.mark.parametrize(("stdout", "length"), [
    ('[{"doc": "a", "line_start": 1}]', 1),
    ('Ingested 3 files\n[]', 0),
])
def test_parse_json_array(stdout: str, length: int) -> None:
    assert len(ss.parse_json_array(stdout)) == length


def test_parse_json_array_rejects_an_object() -> None:
    with pytest.raises(ValueError, match="JSON array"):
        ss.parse_json_array('{"ok": false}')


# ---------------------------------------------------------------- BM25 baseline


def test_tokenize_drops_punctuation_and_spaces() -> None:
    tokens = ss.tokenize("推进“数字经济”发展, 建设碧道。")
    assert tokens == ["推进", "数字", "经济", "发展", "建设", "碧道"]


def test_bm25_ranks_the_rare_term_first() -> None:
    docs = [["广州", "发展", "经济"], ["广州", "碧道", "建设"], ["广州", "发展", "建设"]]
    index = ss.BM25(docs)
    assert index.top(["碧道"], 3) == [1]
    assert index.top(["碧道", "广州"], 3)[0] == 1
    assert index.idf["碧道"] > index.idf["广州"] > 0


def test_bm25_prefers_the_shorter_line_for_equal_counts() -> None:
    index = ss.BM25([["碧道", "a", "b", "c", "d", "e"], ["碧道", "f"], ["g"]])
    assert index.top(["碧道"], 2) == [1, 0]
    assert index.score(["碧道"], 1) > index.score(["碧道"], 0) > 0


def test_bm25_term_frequency_saturates() -> None:
    index = ss.BM25([["碧道"], ["碧道", "碧道"], ["其他"]])
    once, twice = index.score(["碧道"], 0), index.score(["碧道"], 1)
    assert once < twice < 2 * once


def test_bm25_without_matching_terms_returns_nothing() -> None:
    index = ss.BM25([["广州"], ["海珠"]])
    assert index.top(["从化"], 5) == []
    assert index.score(["从化"], 0) == 0.0


def test_baseline_finds_a_real_line() -> None:
    pairs = [(ss.LineRecord("guangzhou_work_report_2021.txt", 148), corpus_line("guangzhou_work_report_2021.txt", 148)),
             (ss.LineRecord("guangzhou_work_report_2021.txt", 22), corpus_line("guangzhou_work_report_2021.txt", 22))]
    index = ss.BM25([ss.tokenize(text) for _, text in pairs])
    hits = ss.baseline_hits(index, [r for r, _ in pairs], "广州期货交易所")
    assert hits[0] == hit("guangzhou_work_report_2021.txt", 148)


def test_require_command_reports_a_missing_command() -> None:
    group = click.Group("plantrace", commands=[click.Command("ingest")])
    ss.require_command(group, "ingest")
    with pytest.raises(ss.CommandMissing, match="search"):
        ss.require_command(group, "search")


def test_search_scorer_reports_a_missing_command_with_the_baseline(monkeypatch: pytest.MonkeyPatch) -> None:
    group = click.Group("plantrace", commands=[click.Command("ingest")])
    monkeypatch.setattr(ss, "load_cli", lambda: group)
    monkeypatch.setattr(ss, "baseline_ranks", lambda qs: [1] * len(qs))
    report = ss.main()
    assert "search" in report["error"] and "plantrace" not in report
    assert report["baseline_bm25"]["overall"]["recall@1"] == 1.0


def test_entity_scorer_reports_missing_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    group = click.Group("plantrace", commands=[click.Command("ingest")])
    monkeypatch.setattr(se, "load_cli", lambda: group)
    report = se.main()
    assert set(report) == {"error"} and "projects" in report["error"]


# ---------------------------------------------------------------- name matching


@pytest.mark.parametrize(("gold", "predicted", "same"), [
    ("3号线东延段", "广州地铁3号线东延段", True),                   # one contains the other
    ("广佛环线", "廣佛環線", True),                                 # traditional vs simplified
    ("一核两翼三带", "“一核两翼三带”", True),                       # quotes stripped
    ("从化大道(二期)", "从化大道 (二期)", True),                   # spaces and brackets stripped
    ("黄埔—从化产业共建合作区", "黄埔—从化合作共建区", True),       # naming drift, overlap 10/12
    ("10号线", "11号线", False),                                    # overlap 3/4 < 0.8
    ("火炉山隧道", "白云大道下穿隧道", False),
    ("", "广州美术馆", False),
])
def test_names_match(gold: str, predicted: str, same: bool) -> None:
    assert se.names_match(gold, predicted) is same


def test_overlap_ratio_counts_repeated_characters_once_each() -> None:
    assert se.overlap_ratio("一区一谷一圈", "一区一谷一圈") == 1.0
    assert se.overlap_ratio("一区", "一一") == 0.5
    assert se.overlap_ratio("", "一区") == 0.0


GZ = "guangzhou_fyp14_outline_partial.txt"


def row(name: str, start: int, end: int | None = None, source: str = f"examples/corpus/{GZ}",
        **attrs: Any) -> dict[str, Any]:
    return {"name": name, "source": source, "line_start": start, "line_end": end or start, **attrs}


def gold_project(name: str, line: int, **attrs: Any) -> dict[str, Any]:
    return {"file": GZ, "line": line, "name": name, "category": "文化设施", "status": None, "place": None, **attrs}


def test_match_is_one_to_one_and_prefers_the_closest_name() -> None:
    gold = [gold_project("广东美术馆", 401), gold_project("广州美术馆", 401)]
    predicted = [row("广州美术馆", 401), row("广东美术馆", 400, 402)]
    assert se.match(gold, predicted) == [(0, 1), (1, 0)]


def test_match_needs_the_file_and_the_line() -> None:
    gold = [gold_project("广州粤剧院", 401)]
    assert se.match(gold, [row("广州粤剧院", 402)]) == []
    assert se.match(gold, [row("广州粤剧院", 401, source="examples/corpus/x.txt")]) == []
    assert se.match(gold, [row("广州粤剧院", 399, 403)]) == [(0, 0)]


def test_prf() -> None:
    assert se.prf(3, 4, 6) == {"precision": 0.75, "recall": 0.5, "f1": 0.6, "tp": 3, "predicted": 4, "gold": 6}
    assert se.prf(0, 0, 5)["f1"] == 0.0


def test_score_projects_counts_only_rows_on_annotated_lines() -> None:
    gold = [gold_project("广东美术馆", 401, status="在建"), gold_project("广州博物馆", 402, status="规划")]
    rows = [row("广东美术馆", 401, category="文化设施", status="在建"),
            row("广州博物馆", 402, category="文化", status="在建"),
            row("越秀公园", 402),                 # spurious, on an annotated line
            row("火炉山隧道", 249)]               # line not annotated: outside the scope of precision
    report = se.score_projects(gold, rows)
    assert (report["tp"], report["predicted"], report["gold"]) == (2, 3, 2)
    assert report["precision"] == 0.6667 and report["recall"] == 1.0
    assert report["attributes"]["category"] == {"accuracy": 1.0, "n": 2}   # 文化 is inside 文化设施
    assert report["attributes"]["status"] == {"accuracy": 0.5, "n": 2}
    assert report["attributes"]["place"] == {"accuracy": 0.0, "n": 0}
    assert report["missed"] == []


def test_score_concepts_accepts_each_mention() -> None:
    gold = [{"file": GZ, "line": 267, "name": "三旧", "parts": [], "definition_lines": [268], "mentions": [272]}]
    rows = [row("三旧", 267), row("“三旧”", 272), row("三园", 272)]
    report = se.score_concepts(gold, rows)
    assert (report["correct_rows"], report["predicted"], report["found"]) == (2, 3, 1)
    assert report["recall"] == 1.0 and report["precision"] == 0.6667


def test_flatten_rows_expands_grouped_occurrences() -> None:
    grouped = {"name": "一核两翼三带", "parts": [{"part": "一核", "definition": ""}], "documents": 2,
               "mentions": [{"source": f"examples/corpus/{GZ}", "line_start": 232, "line_end": 232},
                            {"source": "examples/corpus/conghua_fyp14_outline_2022.txt", "name": "“一核两翼三带”",
                             "line_start": 9, "line_end": 9}]}
    flat = se.flatten_rows([grouped, row("火炉山隧道", 249)])
    assert [(r["name"], r["line_start"]) for r in flat] == [
        ("一核两翼三带", 232), ("“一核两翼三带”", 9), ("火炉山隧道", 249)]
    assert flat[1]["source"].endswith("conghua_fyp14_outline_2022.txt")


def test_negatives_found_after_normalisation() -> None:
    names = ["澳門在線網投平台", "广佛环线", "“十四五”时期重点项目"]
    assert se.negatives_found(names, ["澳门在线网投平台", "十四五", "总访问量"]) == ["十四五", "澳门在线网投平台"]


# ---------------------------------------------------------------- the gold data itself


def questions() -> list[dict[str, Any]]:
    return ss.load_questions()


def test_questions_are_many_unique_and_typed() -> None:
    qs = questions()
    assert len(qs) >= 90
    assert len({q["id"] for q in qs}) == len(qs)
    assert {q["kind"] for q in qs} == KINDS
    assert all(set(q.get("filters", {})) <= set(ss.FILTER_OPTIONS) for q in qs)
    assert all(q.get("filters") for q in qs if q["kind"] == "filter")


def test_questions_cover_every_guangzhou_document_and_national_reports() -> None:
    files = {a["file"] for q in questions() for a in q["answers"]}
    local = {p.name for p in ss.CORPUS.glob("*.txt")}
    assert local <= files
    assert len({f for f in files if f.startswith("national/")}) >= 5


def test_answer_lines_exist_and_are_neither_toc_nor_chrome() -> None:
    for q in questions():
        for answer in q["answers"]:
            for n in answer["lines"]:
                assert corpus_line(answer["file"], n).strip(), (q["id"], answer["file"], n)
                assert n not in TOC.get(answer["file"], ()), (q["id"], n)
                assert n not in CHROME.get(answer["file"], set()), (q["id"], n)


def entities(name: str) -> list[dict[str, Any]]:
    return se.load_jsonl(se.GOLD / name)


@pytest.mark.parametrize(("name", "minimum"), [("projects.jsonl", 110), ("concepts.jsonl", 35)])
def test_entity_gold_names_are_on_their_lines(name: str, minimum: int) -> None:
    rows = entities(name)
    assert len(rows) >= minimum
    for r in rows:
        assert T2S.convert(r["name"]) in T2S.convert(corpus_line(r["file"], r["line"])), r


def test_project_gold_fields() -> None:
    rows = entities("projects.jsonl")
    assert all(r["status"] in {"在建", "规划", "研究", None} and r["category"] for r in rows)
    keys = [(r["file"], r["line"], r["name"]) for r in rows]
    assert len(set(keys)) == len(keys)


def test_concept_gold_definitions_point_at_real_lines() -> None:
    for r in entities("concepts.jsonl"):
        for n in se.gold_lines(r):
            assert corpus_line(r["file"], n).strip(), r


def test_no_gold_name_is_a_negative() -> None:
    names = [r["name"] for f in ("projects.jsonl", "concepts.jsonl") for r in entities(f)]
    assert se.negatives_found(names, se.load_negatives()) == []
    assert "澳门在线网投平台" in se.load_negatives()


def test_gold_files_are_valid_jsonl() -> None:
    for path in [ss.QUESTIONS, se.GOLD / "projects.jsonl", se.GOLD / "concepts.jsonl"]:
        for line in path.read_text("utf-8").splitlines():
            assert isinstance(json.loads(line), dict)
