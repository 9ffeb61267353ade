"""Search over the sample corpus: short and long queries, both scripts, phrases, filters, safety."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import plantrace
from plantrace.search import Hit, search

HZ = "haizhu_fyp14_outline_hant.txt"
GZ = "guangzhou_fyp14_outline_partial.txt"
CH = "conghua_fyp14_outline_2022.txt"
WR = "guangzhou_work_report_2021.txt"


def _where(hits: list[Hit]) -> list[tuple[str, int]]:
    return [(Path(h.source).name, h.line_start) for h in hits]


def _covers(hit: Hit, name: str, line: int) -> bool:
    return Path(hit.source).name == name and hit.line_start <= line <= hit.line_end


@pytest.mark.parametrize(
    ("query", "name", "line"),
    [
        ("碧道", HZ, 279),                       # two characters, traditional document
        ("能耗", GZ, 356),                       # two characters
        ("夜间经济", CH, 162),
        ("夜間經濟", CH, 162),                   # traditional query, simplified document
        ("海珠碧道", HZ, 279),                   # simplified query, traditional document
        ("碳強度", GZ, 363),                     # mixed script query
        ("万里碧道", GZ, 331),
        ("荔湾区老城市新活力怎么做", "liwan_fyp14_outline_scraped.txt", 11),  # question words dropped
        ("如何推进城中村改造", WR, 188),
        ("5G基站", WR, 156),
        ("海珠濕地品質提升", HZ, 278),
        ("一核两翼三带", CH, 9),
        ("广佛同城", HZ, 102),
        ("从化区计划建设哪些交通项目", CH, 284),
        ("海珠区的科技创新平台有哪些", HZ, 244),
        ("广州市2021年要建成多少5G基站", WR, 156),
    ],
)
def test_finds_the_paragraph_in_the_top_five(sample_store: str, query: str, name: str, line: int) -> None:
    hits = search(sample_store, query, limit=5)
    assert any(_covers(h, name, line) for h in hits), _where(hits)


@pytest.mark.parametrize("query", ["碳", "湾", "塔"])
def test_one_character_queries_match_and_are_marked(sample_store: str, query: str) -> None:
    hits = search(sample_store, query, limit=5)
    assert len(hits) == 5
    assert all(f"【{query}】" in h.snippet or "【" in h.snippet for h in hits)


def test_traditional_document_is_quoted_in_its_own_script(sample_store: str) -> None:
    hit = next(h for h in search(sample_store, "建设海珠碧道", limit=5) if Path(h.source).name == HZ)
    assert "【建設海珠碧道】" in hit.snippet or "【碧道】" in hit.snippet
    assert "碧道" in hit.snippet and "建設" in hit.snippet


def test_snippet_keeps_original_text(sample_store: str) -> None:
    hit = search(sample_store, "夜间经济", limit=1, doc=CH)[0]
    assert hit.snippet.replace("【", "").replace("】", "").startswith("激活“白+黑”全天候消费")
    assert hit.snippet.count("【夜间经济】") == 2


def test_quoted_phrase_must_occur_as_written(sample_store: str) -> None:
    hits = search(sample_store, '"数字经济" 琶洲', limit=10)
    assert hits
    assert all("数字经济" in h.snippet.replace("【", "").replace("】", "").replace("數字經濟", "数字经济")
               for h in hits)
    assert "琶洲" in hits[0].snippet


def test_phrase_differs_from_words(sample_store: str) -> None:
    phrase = {(h.doc, h.node) for h in search(sample_store, '"主要预期目标"', limit=50)}
    words = {(h.doc, h.node) for h in search(sample_store, "主要 预期 目标", limit=50)}
    assert phrase and len(phrase) < len(words)


def test_question_puts_the_specific_paragraph_first(sample_store: str) -> None:
    hits = search(sample_store, "海珠区打算怎么发展夜间经济", limit=3)
    assert "夜間經濟" in hits[0].snippet


@pytest.mark.parametrize(
    ("filters", "expect"),
    [
        ({"doc": HZ}, {HZ}),
        ({"doc": "examples/corpus/" + CH}, {CH}),
        ({"kind": "paragraph"}, None),
        ({"doc_type": "statistical_bulletin"}, set()),
        ({"year": 1990}, set()),
    ],
)
def test_filters(sample_store: str, filters: dict[str, str], expect: set[str] | None) -> None:
    hits = search(sample_store, "碧道", limit=20, **filters)  # type: ignore[arg-type]
    names = {Path(h.source).name for h in hits}
    if expect is None:
        assert names and all(h.node_kind == "paragraph" for h in hits)
    else:
        assert names == expect


def test_doc_filter_by_id_prefix(sample_store: str) -> None:
    first = search(sample_store, "碧道", limit=1, doc=HZ)[0]
    assert {h.doc for h in search(sample_store, "碧道", limit=20, doc=first.doc[:6])} == {first.doc}


@pytest.mark.parametrize(
    "query",
    ['"', "'", "*", "OR", "NEAR(", "-", ";DROP TABLE documents", '碧道" OR "x', "碧道 NOT 海珠", "(碧道",
     "碧道*", "body:碧道", "^碧道", "' OR 1=1 --", "\\", "%", "_", "NEAR(碧道 海珠, 2)"],
)
def test_syntax_characters_are_text(sample_db: Path, query: str) -> None:
    hits = search(sample_db, query, limit=5)
    assert isinstance(hits, list)
    conn = sqlite3.connect(sample_db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 7
    conn.close()


def test_syntax_words_still_search_the_rest(sample_store: str) -> None:
    assert _where(search(sample_store, "碧道 OR", limit=3)) == _where(search(sample_store, "碧道 or", limit=3))
    assert any(_covers(h, HZ, 279) for h in search(sample_store, "NEAR(碧道", limit=5))


@pytest.mark.parametrize("query", ["", "   ", "的", "怎么", "弦论引力波", "zzzqqq", "。,、"])
def test_nothing_found_is_an_empty_list(sample_store: str, query: str) -> None:
    assert search(sample_store, query) == []


def test_hits_follow_the_contract(sample_store: str) -> None:
    hits = search(sample_store, "夜间经济", limit=5)
    rows = [h.as_dict() for h in hits]
    for row in rows:
        assert {"doc", "source", "title", "node", "path", "line_start", "line_end", "score", "snippet"} <= set(row)
        assert "【" in row["snippet"]  # type: ignore[operator]
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)  # type: ignore[type-var]


def test_table_of_contents_is_not_a_hit(sample_store: str) -> None:
    """GZ L1-L98 is the TOC: its headings repeat the body's and must not come back as hits."""
    hits = search(sample_store, "加快建设具有全球影响力的国际消费中心城市", limit=20, doc=GZ)
    assert all(h.line_start > 98 or h.node_kind != "toc" for h in hits)
    assert all(h.node_kind != "toc" for h in hits)


def test_top_level_search_function_and_a_plain_package(sample_store: str) -> None:
    import types

    hits = plantrace.search_documents(sample_store, "夜间经济", limit=5)
    assert hits and hits == search(sample_store, "夜间经济", limit=5)
    import plantrace.search as package

    assert type(package) is types.ModuleType and not callable(package)  # type checkers accept it
    assert callable(package.index_rows)


def test_missing_database_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    from plantrace.errors import NotFound

    with pytest.raises(NotFound, match="No database"):
        search(tmp_path / "nope.db", "碧道")
    assert not (tmp_path / "nope.db").exists()


@pytest.mark.parametrize(
    ("query", "filters", "expect"),
    [
        ("碧道", {"jurisdiction": "海珠区", "doc_type": "fyp_outline"}, {HZ}),
        ("碧道", {"jurisdiction": "海珠區"}, {HZ}),                       # either script
        ("碧道", {"jurisdiction": "广州市", "level": "city"}, {GZ, WR}),
        ("碧道", {"jurisdiction": "深圳"}, set()),
        ("就业", {"level": "national"}, {"national_work_report_2011.txt", "national_work_report_2016.txt"}),
        ("就业", {"year": 2016}, {"national_work_report_2016.txt"}),
        ("就业", {"doc_type": "work_report", "year": 2021}, {WR}),
    ],
)
def test_metadata_filters(sample_store: str, query: str, filters: dict[str, object], expect: set[str]) -> None:
    hits = search(sample_store, query, limit=50, **filters)  # type: ignore[arg-type]
    assert {Path(h.source).name for h in hits} == expect


def test_known_items_are_found(sample_db: Path) -> None:
    """Any 4-6 character stretch of a paragraph, held by at most 5 passages, finds that paragraph."""
    import random
    import re

    conn = sqlite3.connect(sample_db)
    rows = _row_texts(conn)
    rng = random.Random(14)
    tried = 0
    for doc, line, simp in rng.sample(rows, 150):
        stretches = re.findall(r"[\u4e00-\u9fff]{8,}", simp)
        if not stretches:
            continue
        stretch = rng.choice(stretches)
        start = rng.randrange(0, len(stretch) - 5)
        query = stretch[start : start + rng.choice([4, 5, 6])]
        if sum(query in text for _, _, text in rows) > 5:
            continue
        tried += 1
        hits = search(sample_db, query, limit=5)
        assert any(h.doc == doc and h.line_start <= line <= h.line_end for h in hits), query
    conn.close()
    assert tried > 80


def _row_texts(conn: sqlite3.Connection) -> list[tuple[str, int, str]]:
    from plantrace.store.simp_edits import decode

    """(doc, first line, simplified text) of every index row: its own lines (listed in ``maps``) joined."""
    lines = {(d, n): decode(raw, edits)
             for d, n, raw, edits in conn.execute("SELECT doc_id, number, raw, simp_edits FROM lines")}
    out = []
    for doc, line, maps in conn.execute("SELECT doc_id, line_start, maps FROM search_rows ORDER BY id"):
        numbers = [int(entry.partition("=")[0]) for entry in maps.split(";") if entry]
        out.append((doc, line, "\n".join(lines[doc, n] for n in numbers)))
    return out


def test_a_pasted_passage_finds_its_source(sample_store: str, corpus: Path) -> None:
    """Chinese quotes (“读懂中国”) are punctuation, not required phrases: a pasted line finds itself."""
    line = (corpus / WR).read_text(encoding="utf-8").splitlines()[45].strip()
    assert "“" in line
    hits = search(sample_store, line[:150], limit=3)
    assert _covers(hits[0], WR, 46)
