"""Everyday words find the official terms of government text (data/everyday.toml, issue #8).

The documents are sentences of real 2026 provincial government work reports (贵州省, 宁夏回族自治区,
陕西省, 青海省; public mirror johncodes404/china-provincial-gov-reports-2026), one per line, each
written in the administration's terms; the questions are asked in the words people use."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from plantrace.search import search
from plantrace.search.expand import concept_words
from plantrace.search.query import parse_query
from plantrace.search.segment import cut, everyday_words
from plantrace.search.tokens import fold

DOCS = {
    "guizhou_2026.txt": [
        "贵州省2026年政府工作报告",
        "扎实推进“六六就业稳岗计划”,每年城镇新增就业60万人以上、省外务工劳动力稳定在600万人左右。",
        "深化政金企对接,创新金融产品,着力解决企业融资难、融资贵问题。",
        "深化“四好农村路”建设,提质改造农村公路差等路1200公里,农村公路优良中等路比率稳定在85%以上。",
        "扩大普惠养老服务供给,向中度失能以上老年人发放养老服务消费补贴,扩大农村互助养老服务试点。",
    ],
    "ningxia_2026.txt": [
        "2026年宁夏回族自治区政府工作报告",
        "建成一批小公园、小市场等“十小项目”,新增免费停车位7万多个,切实方便了群众生活。",
    ],
    "shaanxi_2026.txt": [
        "陕西省2026年政府工作报告",
        "稳妥推进基本医疗保险省级统筹,扩大企业职工医疗保险参保面,完善异地就医管理服务。",
    ],
}


def _table() -> dict[str, dict[str, list[str]]]:
    text = resources.files("plantrace").joinpath("data", "everyday.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, ingest_docs: Callable[[Path, dict[str, list[str]]], Path]) -> Path:
    return ingest_docs(tmp_path_factory.mktemp("everyday"), DOCS)


@pytest.mark.parametrize(
    ("query", "answer"),
    [
        ("外出打工的人数", "省外务工劳动力"),
        ("企业借钱太难", "融资难、融资贵"),
        ("村里的路修得怎么样", "提质改造农村公路"),
        ("停车难问题", "新增免费停车位"),
        ("照顾失能老人", "向中度失能以上老年人"),
        ("外地看病能不能直接报销", "异地就医"),
    ],
)
def test_an_everyday_question_finds_the_official_wording_first(db: Path, query: str, answer: str) -> None:
    hits = search(db, query, limit=3)
    assert hits, query
    assert answer in hits[0].snippet.replace("【", "").replace("】", "")


@pytest.mark.parametrize(
    ("word", "official"),
    [("打工", "务工"), ("借钱", "融资"), ("看病", "医疗"), ("上学", "教育"), ("房子", "住房"), ("老人", "养老"),
     ("堵车", "交通拥堵"), ("租房", "租赁住房"), ("停电", "供电"), ("警察", "公安"), ("欠的钱", "债务"),
     ("取暖", "供暖"), ("坐飞机", "民航")],
)
def test_everyday_words_take_the_official_terms(word: str, official: str) -> None:
    assert official in concept_words()[word]


def test_lexicon_entries_earn_their_place() -> None:
    """Simplified keys and values (queries are folded before lookup), no value that already contains its
    key (substring matching finds it anyway), no key listed in two domains, every key cut whole."""
    seen: dict[str, str] = {}
    for domain, entries in _table().items():
        if domain == "characters":  # a lone character stands for words (网 -> 网络): see below
            assert all(len(k) == 1 and vs and k not in vs for k, vs in entries.items())
            continue
        for key, values in entries.items():
            assert fold(key) == key and all(fold(v) == v for v in values), key
            assert values and not any(key in v for v in values), key
            assert key not in seen, f"{key} in {seen.get(key)} and {domain}"
            seen[key] = domain
    assert all(cut(word) == [word] for word in everyday_words())


@pytest.mark.parametrize(("query", "word"), [("今年养老金发得怎样", "养老金"), ("居民收入涨得快不快", "居民收入")])
def test_a_verb_glued_to_a_lexicon_word_leaves_the_word_whole(query: str, word: str) -> None:
    """A lone character after a word is glued to it (老 城市 -> 老城市); not when the word has official
    terms of its own and the glued string is no word (养老金发 -> 养老金)."""
    texts = [t.text for t in parse_query(query).scored]
    assert word in texts
    assert not any(t.startswith(word) and t != word for t in texts)


EVERYDAY_QUESTIONS = [
    "老百姓看病难", "个体户借钱难不难", "打工的人多不多", "孩子上学", "老人每月拿多少退休金", "农村的路", "堵车怎么办",
]


@pytest.mark.parametrize("query", EVERYDAY_QUESTIONS)
def test_everyday_questions_give_the_same_hits_on_both_stores(
    same_hits_on_both_stores: Callable[[str], None], query: str
) -> None:
    """The expansions reach both stores as the same FTS expressions: same passages, same order, same scores."""
    same_hits_on_both_stores(query)


@pytest.mark.parametrize(
    ("query", "words", "one"),
    [("山里的村子有没有网和电", {"网络", "电力"}, "网"), ("小区有没有水和气", {"供水", "天然气"}, "水")],
)
def test_a_lone_character_that_stands_for_a_word_is_searched_as_the_word(query: str, words: set[str], one: str) -> None:
    terms = parse_query(query).scored
    assert words <= {t.text for t in terms}
    assert one not in {v for t in terms for v in t.variants}


def test_a_question_of_one_character_stays_a_one_character_search() -> None:
    assert [t.text for t in parse_query("网").scored] == ["网"]
