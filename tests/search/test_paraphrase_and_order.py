"""Hits in score order; a paragraph about the subject above a list that only names it; questions in
other words than the text's (query expansion: concepts.toml, metrics.toml, synonyms.toml).

The documents are excerpts of real 2026 provincial government work reports (云南省, 内蒙古自治区,
陕西省, from the public mirror johncodes404/china-provincial-gov-reports-2026), a few lines each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from plantrace.cli.main import cli
from plantrace.search import search
from plantrace.search.query import parse_query

OPENING = "各位代表:\n现在,我代表省人民政府向大会报告工作,请予审议,并请省政协委员和其他列席人员提出意见。\n"
DOCS = {
    "yunnan_2026.txt": [
        "云南省2026年政府工作报告",
        "——2026年1月28日在云南省第十四届人民代表大会第四次会议上",
        "一、“十四五”时期和2025年工作回顾",
        "完成地区生产总值32765亿元、增长4.1%,规模以上工业增加值增长4.5%,社会消费品零售总额增长2.4%,"
        "居民人均可支配收入增长4.6%。",
        "立足实际发展生物医药、新材料、先进装备制造、数字经济、低空经济、生物制造等新兴产业和未来产业,"
        "大力发展现代服务业。",
        "全力做好污染防治工作。深入打好蓝天、碧水、净土保卫战,九大高原湖泊水质持续改善。",
    ],
    "neimenggu_2026.txt": [
        "2026年内蒙古自治区政府工作报告",
        "——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上",
        "一、“十五五”时期主要目标和2026年重点工作",
        "今年经济社会发展的主要预期目标是:地区生产总值增长5%左右;城镇调查失业率5.7%左右;"
        "居民收入增长与经济增长同步;粮食产量超过840亿斤。",
        "有序发展低空经济,制定各行业场景应用推广方案,完善低空基础设施和配套保障服务,开展通用机场适配性改造。",
    ],
    "shaanxi_2026.txt": [
        "陕西省2026年政府工作报告",
        "——2026年1月27日在陕西省第十四届人民代表大会第四次会议上",
        "一、2026年重点工作",
        "积极发展首发经济、夜间经济、演艺经济,扩大中华老字号、陕西老字号品牌影响力。",
        "培育低空经济产业生态,建设西安、汉中等低空装备制造聚集区。",
    ],
    "ningxia_2026.txt": [
        "2026年宁夏回族自治区政府工作报告",
        "——2026年2月3日在宁夏回族自治区第十三届人民代表大会第五次会议上",
        "一、2025年工作总结和“十四五”发展成就",
        "引进华为智能生活馆、砂之船奥莱等首店100多家,首发经济成为消费新热点。",
    ],
}


@pytest.fixture(scope="module")
def provinces_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from plantrace.pipeline import ingest_paths

    folder = tmp_path_factory.mktemp("provinces")
    for name, lines in DOCS.items():
        (folder / name).write_text(lines[0] + "\n" + lines[1] + "\n" + OPENING + "\n".join(lines[2:]) + "\n",
                                   encoding="utf-8")
    db = folder / "p.db"
    report = ingest_paths(sorted(folder.glob("*.txt")), db)
    assert not report.failures, report.failures
    return db


def _texts(db: Path, query: str, limit: int = 5) -> list[str]:
    return [h.snippet.replace("【", "").replace("】", "") for h in search(db, query, limit=limit)]


@pytest.mark.parametrize("query", ["低空经济", "地区生产总值增长", "污染防治", "居民人均可支配收入", "经济增速"])
def test_hits_come_back_in_score_order_in_the_library_and_the_cli(provinces_db: Path, query: str) -> None:
    scores = [h.score for h in search(provinces_db, query, limit=10)]
    assert scores and scores == sorted(scores, reverse=True)
    out = CliRunner().invoke(cli, ["search", query, "--db", str(provinces_db), "--json", "--limit", "10"])
    assert out.exit_code == 0, out.output
    shown = [row["score"] for row in json.loads(out.output)]
    assert shown == sorted(shown, reverse=True)


def test_sample_corpus_hits_are_in_score_order(sample_db: Path) -> None:
    for query in ["夜间经济", "增强特色小镇发展动能", "十一五期间单位国内生产总值能耗下降多少", "碧道"]:
        scores = [h.score for h in search(sample_db, query, limit=10)]
        assert scores == sorted(scores, reverse=True), query


@pytest.mark.parametrize(
    ("query", "about", "listed"),
    [
        ("低空经济", "有序发展低空经济", "数字经济、低空经济、生物制造"),
        ("首发经济", "首发经济成为消费新热点", "首发经济、夜间经济、演艺经济"),
    ],
)
def test_a_paragraph_about_the_subject_outranks_a_list_naming_it(
    provinces_db: Path, query: str, about: str, listed: str
) -> None:
    texts = _texts(provinces_db, query, limit=5)
    where = {key: next(i for i, t in enumerate(texts) if key in t) for key in (about, listed)}
    assert where[about] < where[listed]


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("经济增速", "地区生产总值增长5%左右"),
        ("粮食收成", "粮食产量超过840亿斤"),
        ("老百姓收入增长了多少", "居民人均可支配收入增长4.6%"),
        ("污染治理", "全力做好污染防治工作"),
    ],
)
def test_questions_in_other_words_find_the_passage(provinces_db: Path, question: str, written: str) -> None:
    assert any(written in t for t in _texts(provinces_db, question)), question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("老百姓收入", "居民人均可支配收入"),   # a phrasing of concepts.toml, then the metric's name
        ("人均可支配收入", "居民人均可支配收入"),  # a synonym in the metrics lexicon
        ("农民收入", "农村居民人均可支配收入"),
        ("百姓看病", "医疗"),                    # words combine: 百姓 + 看病
    ],
)
def test_query_expansion(question: str, expected: str) -> None:
    variants = {v for t in parse_query(question).terms for v in t.variants}
    assert expected in variants


def test_a_short_name_of_an_autonomous_region_names_its_place(provinces_db: Path) -> None:
    from plantrace.search.place import place_names

    assert place_names("宁夏回族自治区") == ("宁夏回族自治区", "宁夏")
    hits = search(provinces_db, "宁夏首发经济", limit=3)
    assert hits and Path(hits[0].source).name == "ningxia_2026.txt"
    hits = search(provinces_db, "陕西首发经济", limit=3)
    assert hits and Path(hits[0].source).name == "shaanxi_2026.txt"
