"""Questions whose words no document uses: the thesaurus (词林 synonym groups) and the shorter
strings inside the word find the paragraph; a query with no word found at all stays unfound.

The documents are sentences of real 2026 provincial government work reports (内蒙古自治区, 青海省,
西藏自治区, 宁夏回族自治区; public mirror johncodes404/china-provincial-gov-reports-2026)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from plantrace.search import search
from plantrace.search.expand import pieces, thesaurus
from plantrace.search.query import back_off, inner_words, parse_query

DOCS = {
    "neimenggu_2026.txt": [
        "2026年内蒙古自治区政府工作报告",
        "完成年度政府隐性债务化解和清理拖欠企业账款任务,严肃查处新增隐性债务、化债不实等问题,做好PPP存量项目风险防范。",
        "有序发展低空经济,制定各行业场景应用推广方案,完善低空基础设施和配套保障服务,开展通用机场适配性改造。",
        "出台财政承受能力评估办法和中央竞争性项目资金配套办法,规范政府购买服务行为。",
    ],
    "qinghai_2026.txt": [
        "青海省2026年政府工作报告",
        "多层次社会保障体系不断健全,连续5年提高企业退休人员基本养老金、4次提高城乡居民基础养老金。",
        "健康青海行动深入推进,在16家医疗机构设置“免陪护”病房,集中采购药品、耗材平均降价超50%,异地就医直接结算率位居全国前列。",
        "粮食总产量连续18年保持在100万吨以上,能源安全综合保障体系更加健全。",
    ],
    "xizang_2026.txt": [
        "西藏自治区2026年政府工作报告",
        "推进学前教育优质普惠发展,农牧区免费学前教育生均标准从380元提高至1000元,支持有条件的幼儿园招收2—3岁幼儿。",
        "深入实施乡村振兴战略,推进农牧区人居环境整治,持续改善农牧民生产生活条件。",
    ],
    "ningxia_2026.txt": [  # the question's other words, without the subject
        "宁夏回族自治区2026年政府工作报告",
        "创建群众信访问题依法容缺化解机制,信访积案化解率达97.5%。",
        "全面提高防范化解风险能力,加快构建新安全格局。",
        "着力解决“屋子冷”,城市居民起居室供热标准由18℃提高到20℃。",
        "免费开展适龄女孩HPV疫苗接种、妇女“两癌”筛查等50余万人次。",
    ],
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, ingest_docs: Callable[[Path, dict[str, list[str]]], Path]) -> Path:
    return ingest_docs(tmp_path_factory.mktemp("backoff"), DOCS)


@pytest.mark.parametrize(
    ("word", "synonym"),
    [("负债", "欠债"), ("看病", "就医"), ("勘探", "探矿"), ("游客", "旅游者")],
)
def test_thesaurus_gives_synonyms_of_two_characters_or_more(word: str, synonym: str) -> None:
    found = thesaurus(word)
    assert synonym in found
    assert all(len(w) >= 2 for w in found)


def test_pieces_are_bigrams_or_characters() -> None:
    assert pieces("退休金") == ("退休", "休金")
    assert pieces("扩招") == ("扩", "招")
    assert pieces("GDP") == ()


def test_back_off_widens_only_the_absent_words() -> None:
    parsed = parse_query("提高退休金")
    backed = back_off(parsed, frozenset({"退休金"}))
    widened = next(t for t in backed.terms if t.text == "退休金")
    assert widened.backed and "退休" in widened.parts
    assert next(t for t in backed.terms if t.text == "提高") == next(t for t in parsed.terms if t.text == "提高")
    assert back_off(parsed, frozenset()) is parsed


@pytest.mark.parametrize(
    ("query", "doc", "words"),
    [
        ("提高退休金", "qinghai_2026.txt", "退休人员基本养老金"),  # a piece of the word: 退休
        ("地方政府负债怎么化解", "neimenggu_2026.txt", "隐性债务化解"),  # the character 债
        ("异地看病结算", "qinghai_2026.txt", "异地就医"),  # 词林: 看病 = 就医
        ("幼儿园免费", "xizang_2026.txt", "免费学前教育"),
    ],
)
def test_questions_in_other_words_find_the_paragraph_first(db: Path, query: str, doc: str, words: str) -> None:
    first = search(db, query, limit=3)[0]
    assert first.source.endswith(doc), first
    assert words in first.snippet.replace("【", "").replace("】", "")


def test_a_query_whose_words_nobody_writes_finds_nothing(db: Path) -> None:
    assert search(db, "深海潜航器") == []


@pytest.mark.parametrize(
    ("word", "inside"),
    [("看病贵", "看病"), ("政府借", "政府"), ("出风险", "风险"), ("庄稼种", "庄稼"), ("多大面积", "面积")],
)
def test_inner_words_are_the_dictionary_words_inside(word: str, inside: str) -> None:
    assert inside in inner_words(word)
    assert word not in inner_words(word)


def test_inner_words_count_beside_a_word_found_or_two_words_that_find_some() -> None:
    everywhere = lambda word: True  # noqa: E731 - every alternative is held by some passage
    alone = back_off(parse_query("引力波"), frozenset({"引力波"}), present=everywhere)
    assert alone is parse_query("引力波") or "引力" not in next(t for t in alone.terms if t.text == "引力波").variants
    both = back_off(parse_query("政府借的债出风险没"), frozenset({"政府借", "债出", "风险没"}), present=everywhere)
    assert "政府" in next(t for t in both.terms if t.text == "政府借").variants
    assert "风险" in next(t for t in both.terms if t.text == "风险没").variants


@pytest.mark.parametrize(
    ("query", "doc", "words"),
    [
        ("群众看病贵", "qinghai_2026.txt", "异地就医"),  # 群众 is found elsewhere: 看病贵 -> 看病 = 就医
        ("城里屋子冷的问题", "ningxia_2026.txt", "屋子冷"),
    ],
)
def test_a_word_nobody_writes_is_widened_even_when_other_words_find_enough(
    db: Path, query: str, doc: str, words: str
) -> None:
    first = search(db, query, limit=3)[0]
    assert first.source.endswith(doc), first
    assert words in first.snippet.replace("【", "").replace("】", "")


def test_a_question_none_of_whose_words_is_found_takes_the_words_inside_them(db: Path) -> None:
    """政府 / 借的钱 / 出风险没 (lone characters glued to words): 政府, 借的钱 (债务, everyday.toml) and
    风险 find the debt paragraph."""
    hits = search(db, "政府借的钱出风险没", limit=3)
    plain = [(h.source, h.snippet.replace("【", "").replace("】", "")) for h in hits]  # 债务 is marked too
    assert any(source.endswith("neimenggu_2026.txt") and "隐性债务化解" in text for source, text in plain), hits
    assert all("政府" in h.snippet or "风险" in h.snippet for h in hits)
