"""A year typed alone (2022年) quotes nothing about the question: a passage naming only the year
must not come before the one that answers (excerpts of the national 2022 statistical bulletin and of
潮州's 2021 work report); a passage naming the year and the subject still counts as quoting it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from plantrace.search import search

DOCS = {
    "bulletin_2022.txt": [
        "中华人民共和国2022年国民经济和社会发展统计公报",
        "国家统计局",
        "2022年是党和国家历史上极为重要的一年。党的二十大胜利召开。",
        "图3 2018-2022年全员劳动生产率",
        "年末全国人口141175万人,比上年末减少85万人,其中城镇常住人口92071万人。",
        "初步核算,全年国内生产总值1210207亿元,比上年增长3.0%。",
        "全年粮食种植面积11833万公顷,比上年增加70万公顷。",
        "全年城镇新增就业1206万人,比上年少增63万人。",
        "全年全国居民人均可支配收入36883元,比上年增长5.0%。",
        "全年全部工业增加值401644亿元,比上年增长3.4%。",
    ],
    "chaozhou_2021.txt": [
        "政府工作报告",
        "——2021年2月2日在潮州市第十五届人民代表大会第七次会议上",
        "2020年全市实现生产总值1097亿元、一般公共预算收入48.6亿元。",
        "常住人口城镇化率达65.8%。城乡居民人均可支配收入2.33万元,年均增长6.7%。",
        "“五大产业集群”加快构建,发布国内唯一一个日用陶瓷价格成本指数。",
        "新加坡丰益国际等世界500强企业入驻,“一园六区”引进项目470个。",
        "四大发展平台有效构筑,获评广东沿海经济带建设先锋。",
    ],
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, ingest_docs: Callable[[Path, dict[str, list[str]]], Path]) -> Path:
    return ingest_docs(tmp_path_factory.mktemp("years"), DOCS)


@pytest.mark.parametrize(
    ("query", "words"),
    [("2020年潮州城镇化率", "城镇化率达65.8%"), ("2022年城镇新增就业多少", "城镇新增就业1206万人")],
)
def test_the_answer_comes_before_passages_naming_only_the_year(db: Path, query: str, words: str) -> None:
    first = next(h for h in search(db, query, limit=5) if h.kind == "passage")
    assert words in first.snippet.replace("【", "").replace("】", ""), first
