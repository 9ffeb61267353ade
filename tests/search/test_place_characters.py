"""Words a place's documents never write, and lone characters of a question.

从化种子: 从化's plan writes 种业 and 种质, never 种子, which 广州's plan writes: the characters of the word stand
for it in the place's own passages (``search.local``), and the place's passage comes first. A lone character
between stopwords (煤 of 一年出多少煤) is a word of the question, worth less than a word. Lines of 广州's and
从化's 14th-FYP plans (``examples/corpus``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from plantrace.search import search
from plantrace.search.query import parse_query

DOCS = {
    "conghua_fyp14_outline.txt": [
        "广州市从化区国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        "第一章 发展环境",
        "依托谷越种公猪基因库、荔博园荔枝种质资源圃、流溪娟鱼等种业繁育基地,打造广州北部种业发展新高地。",
        "加快探索改革有利于构建更高水平、更高层次的外向型经济体制机制,推进贸易稳定发展,增强对外贸易综合竞争力。",
    ],
    "guangzhou_fyp14_outline.txt": [
        "广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        "第一章 发展环境",
        "提升农业科技创新能力,在生物农业、设施农业、信息农业、生态循环农业和种子种苗等领域加快突破,"
        "开展设施栽培、健康养殖、精深加工、贮藏保鲜等关键技术联合攻关。",
    ],
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory, ingest_docs: Callable[[Path, dict[str, list[str]]], Path]) -> Path:
    return ingest_docs(tmp_path_factory.mktemp("characters"), DOCS)


@pytest.mark.parametrize(
    ("query", "source"),
    [
        ("从化种子", "conghua_fyp14_outline.txt"),  # 从化 never writes 种子: 种 of 种质, 种公猪 stands for it
        ("从化区种子", "conghua_fyp14_outline.txt"),
        ("广州种子", "guangzhou_fyp14_outline.txt"),  # 广州 writes it: the word as asked
    ],
)
def test_place_passage_through_characters(plans: Path, query: str, source: str) -> None:
    hits = search(plans, query, limit=3)
    assert hits[0].source.endswith(source), [(h.source, h.snippet) for h in hits]


def test_characters_only_for_words_the_place_never_writes(plans: Path) -> None:
    """从化 writes 贸易: its passage saying so comes first, no character stands in."""
    hits = search(plans, "从化贸易", limit=3)
    assert hits[0].source.endswith("conghua_fyp14_outline.txt") and "贸易" in hits[0].snippet


@pytest.mark.parametrize(
    ("query", "lone"),
    [
        ("大同一年出多少煤", {"煤"}),
        ("山西去年挖了几吨煤", {"挖"}),
        ("怎么做", set()),  # the only stretch: the character is the query, a word of its own
        ("有没有网和电", set()),  # characters that stand for words (网络, 电力) are those words
    ],
)
def test_lone_characters_are_words_of_the_question(query: str, lone: set[str]) -> None:
    assert {t.text for t in parse_query(query).scored if t.lone} == lone

