"""A question for a figure in everyday words finds the indicator it is reported under (data/figures.toml,
issue #8): 经济涨了多少 asks for 地区生产总值, 粮食打了多少 for 粮食产量, 旅游的人 for 游客人次.

The documents are sentences of real 2026 provincial government work reports (贵州省, 宁夏回族自治区,
陕西省; public mirror johncodes404/china-provincial-gov-reports-2026), one per line."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from plantrace.search import search
from plantrace.search.expand import figure_words
from plantrace.search.query import parse_query
from plantrace.search.tokens import fold

DOCS = {
    "guizhou_2026.txt": [
        "贵州省2026年政府工作报告",
        "在酒烟煤电等传统产业下行压力加大的情况下，数字经济、新能源等新兴产业快速增长。",
        "推动经济企稳回升，全年地区生产总值增长4.9%，一般公共预算收入增长2.5%。",
    ],
    "ningxia_2026.txt": [
        "2026年宁夏回族自治区政府工作报告",
        "全年实现地区生产总值5696亿元，增长5.3%，超过全国平均水平。",
        "文化遗产游、沙漠游、酒庄游等品牌更加响亮。全区游客人次、旅游花费分别增长14%、10%，入境游客增长25%。",
        "坚守耕地红线，粮食总产量达76.28亿斤，超额完成国家下达任务。",
    ],
    "shaanxi_2026.txt": [
        "陕西省2026年政府工作报告",
        "分类推进县域经济特色化差异化发展，县域经济增长5.5％以上，主导产业产值突破1.5万亿元。",
        "地区生产总值增长5.1％，城镇新增就业44.1万人，居民人均可支配收入增长5.6％，粮食产量1347万吨。",
        "每千人口医疗卫生机构床位数、执业（助理）医师数增至7.83张、3.57个，人均预期寿命达到78.9岁。",
    ],
    "qinghai_2026.txt": [
        "青海省政府工作报告",
        "新增劳动力平均受教育年限达到14.2年，人均预期寿命再提高1.5岁，人民精神文化生活更加丰富。",
    ],
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, ingest_docs: Callable[[Path, dict[str, list[str]]], Path]) -> Path:
    return ingest_docs(tmp_path_factory.mktemp("figures"), DOCS)


@pytest.mark.parametrize(
    ("query", "answer"),
    [
        ("贵州经济涨了多少", "地区生产总值增长4.9%"),
        ("陕西的经济一年长多少", "地区生产总值增长5.1"),
        ("宁夏粮食打了多少斤", "粮食总产量达76.28亿斤"),
        ("陕西粮食打了多少", "粮食产量1347万吨"),
        ("宁夏旅游的人增长多少", "游客人次"),
        ("陕西经济增幅", "地区生产总值增长5.1"),  # terse: the kind of figure named, no 多少
        ("宁夏经济规模", "地区生产总值5696亿元"),
        ("陕西粮食产出", "粮食产量1347万吨"),
        ("陕西人的平均寿命", "人均预期寿命达到78.9岁"),  # 陕西人: the place's people; an indicator named
        ("青海人平均能活多少岁", "人均预期寿命再提高1.5岁"),
    ],
)
def test_a_question_for_a_figure_finds_the_indicator_of_the_place_first(db: Path, query: str, answer: str) -> None:
    hits = search(db, query, limit=3)
    assert hits, query
    assert answer in hits[0].snippet.replace("【", "").replace("】", "")


def _figures(query: str) -> set[str]:
    return {t.text for t in parse_query(query).terms if t.figure}


def test_the_indicator_is_added_only_to_a_question_for_a_figure() -> None:
    assert "地区生产总值" in _figures("青海经济涨了多少")
    assert "地区生产总值" in _figures("云南经济增幅")
    assert "粮食产量" in _figures("湖北粮食产出")
    assert not _figures("经济怎么转型升级")
    assert "客运量" in _figures("全国坐车的人次")
    assert "交通固定资产投资" in _figures("湖南交通建设花费")
    assert "人均预期寿命" in _figures("四川人能活多少岁")
    assert "城乡居民收入比" in _figures("湖南城乡收入差距多大")  # the longer key, not 收入 alone
    assert "人均可支配收入" not in _figures("湖南城乡收入差距多大")
    assert not _figures("粮食安全责任制")
    assert "地区生产总值" in _figures("湖南2024年经济目标")  # a target is a figure too
    assert "全员劳动生产率" in _figures("江苏人均产值有多少")
    assert "全员劳动生产率" in _figures("每个工人一年创造的价值是多少")


def test_a_key_inside_a_longer_word_or_a_named_indicator_adds_nothing() -> None:
    """收入 of 低收入 is no income statistic; a question that names its indicator (单位国内生产总值能耗)
    needs no other name for it (能耗)."""
    assert "人均可支配收入" not in _figures("低收入群众领到多少救济钱")
    assert not _figures("单位国内生产总值能耗下降了多少")


def test_figure_entries_are_simplified_and_name_an_indicator() -> None:
    text = resources.files("plantrace").joinpath("data", "figures.toml").read_text(encoding="utf-8")
    table = tomllib.loads(text)["figures"]
    assert len(table) == len(figure_words())
    for key, values in table.items():
        assert fold(key) == key and values and all(fold(v) == v and len(v) >= 2 for v in values), key


@pytest.mark.parametrize("query", ["广州经济涨了多少", "海珠区粮食打了多少"])
def test_figure_questions_give_the_same_hits_on_both_stores(
    same_hits_on_both_stores: Callable[[str], None], query: str
) -> None:
    same_hits_on_both_stores(query)


def test_a_place_and_a_word_found_nowhere_still_give_the_places_passages(db: Path) -> None:
    """陕西 + a word no passage holds: the place's words count again rather than nothing coming back."""
    hits = search(db, "陕西养蚕", limit=3)
    assert hits and all("陕西" in h.title for h in hits)
