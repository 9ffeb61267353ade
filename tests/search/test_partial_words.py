"""Words of a question that no passage holds as typed: the user's own words inside a term glued to
a lone character (港口运 of 港口运了多少货), and some of a word's bigrams (大学生 in 大学毕业生).

The documents are sentences of real work reports (宁波 2023, 广州 2024, 杭州 2023, 成都 2024)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from plantrace.search import search
from plantrace.search.query import typed_words

DOCS = {
    "ningbo_2023.txt": [
        "2023年宁波市政府工作报告",
        "全年港口货物吞吐量12.6亿吨,宁波舟山港连续14年位居全球第一,集装箱吞吐量3530万标准箱。",
        "深入实施制造业高质量发展行动,新增国家级专精特新“小巨人”企业30家。",
    ],
    "guangzhou_2024.txt": [
        "2024年广州市政府工作报告",
        "完善住房保障体系,加快发展保障性租赁住房,推进城中村改造和城市更新。",
        "为新就业大学毕业生提供保障性租赁住房,发放就业见习补贴。",
    ],
    "hangzhou_2023.txt": [
        "2023年杭州市政府工作报告",
        "全面落实大学生创业担保贷款政策,新增城镇就业28万人。",
        "加快建设国际消费中心城市,社会消费品零售总额增长5%。",
    ],
    "chengdu_2024.txt": [
        "2024年成都市政府工作报告",
        "推进公园城市示范区建设,新增绿道1000公里。",
        "高标准建设天府绿道体系,让绿道串联公园、社区和乡村。",
    ],
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, ingest_docs: Callable[[Path, dict[str, list[str]]], Path]) -> Path:
    return ingest_docs(tmp_path_factory.mktemp("partial"), DOCS)


@pytest.mark.parametrize(
    ("term", "words"),
    [("港口运", ("港口",)), ("工资交", ("工资",)), ("人比例", ("比例",)), ("引力波", ()), ("港口", ())],
)
def test_typed_words_are_the_words_a_glued_term_was_made_of(term: str, words: tuple[str, ...]) -> None:
    assert typed_words(term) == words


def test_a_question_of_glued_words_finds_the_paragraph_of_the_words_typed(db: Path) -> None:
    """港口运 (港口 + 运) is no word and no passage holds it: 港口, the word typed, finds the port."""
    hits = search(db, "港口运", limit=3)
    assert hits and hits[0].source.endswith("ningbo_2023.txt") and "吞吐量" in hits[0].snippet, hits
    assert search(db, "去年运", limit=3) == []  # 去年 is typed too, but no passage holds it


def test_a_word_half_found_earns_part_credit(db: Path) -> None:
    """大学生住房: the paragraph on 大学毕业生 and 住房 before the one on 住房 alone (大学 of 大学生)."""
    texts = [h.snippet.replace("【", "").replace("】", "") for h in search(db, "大学生住房", limit=5)]
    graduates = next(i for i, t in enumerate(texts) if "大学毕业生" in t)
    housing = next(i for i, t in enumerate(texts) if "完善住房保障体系" in t)
    assert graduates < housing, texts


def test_a_question_asking_how_many_prefers_the_passage_with_a_figure(db: Path) -> None:
    first = search(db, "绿道 多少", limit=3)[0]
    assert "1000" in first.snippet, first


def test_a_question_not_asking_for_a_figure_keeps_the_plain_order(db: Path) -> None:
    """The same words without 多少: the passage naming 绿道 twice comes first, as before."""
    assert "天府绿道" in search(db, "绿道", limit=3)[0].snippet.replace("【", "").replace("】", "")
