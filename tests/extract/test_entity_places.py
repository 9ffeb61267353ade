"""Places inside entity names come from the national gazetteer around each document's jurisdiction,
for any city or province (no hand list of one city)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.extract.entities import extract_entities
from plantrace.extract.entities.context import places_near
from plantrace.pipeline import parse_file


@pytest.mark.parametrize(
    ("jurisdiction", "inside", "outside"),
    [
        ("广州市海珠区", [("从化", "从化区"), ("海珠区", "海珠区"), ("增城", "增城区")], ["广州", "朝阳"]),
        ("贵州省贵阳市", [("花溪", "花溪区"), ("观山湖区", "观山湖区"), ("开阳县", "开阳县")], ["从化", "贵州"]),
        ("西宁市城中区", [("城东区", "城东区"), ("大通", "大通回族土族自治县")], ["西宁"]),
        ("云南省", [("昆明", "昆明市"), ("大理", "大理白族自治州"), ("西双版纳", "西双版纳傣族自治州")], ["云南"]),
        ("内蒙古自治区", [("鄂尔多斯", "鄂尔多斯市"), ("阿拉善", "阿拉善盟")], ["包头市东河区"]),
        ("中华人民共和国", [("新疆", "新疆维吾尔自治区"), ("广西", "广西壮族自治区")], ["广州"]),
    ],
)
def test_places_near_a_jurisdiction(jurisdiction: str, inside: list[tuple[str, str]], outside: list[str]) -> None:
    pairs = places_near(jurisdiction)
    for pair in inside:
        assert pair in pairs, pair
    assert not {name for name, _ in pairs} & set(outside)


def test_unknown_jurisdiction_knows_no_places() -> None:
    assert places_near("") == ()
    assert places_near("某某市") == ()


# 云南省 2026 work report (johncodes404/china-provincial-gov-reports-2026): projects named by city.
YUNNAN = """云南省2026年政府工作报告
——2026年1月28日在云南省第十四届人民代表大会第四次会议上
各位代表:
一、2026年重点工作
(一)加快构建现代化基础设施体系
专栏1 重大交通项目
1.铁路:加快建设渝昆高铁、文山至蒙自铁路。
2.机场:推进昆明长水国际机场改扩建工程、西双版纳嘎洒国际机场改扩建工程。
"""


def test_project_places_from_the_gazetteer(tmp_path: Path) -> None:
    path = tmp_path / "yunnan.txt"
    path.write_text(YUNNAN, encoding="utf-8")
    parsed = parse_file(path)
    assert (parsed.document.jurisdiction, parsed.document.level) == ("云南省", "province")
    projects = {p.name: p for p in extract_entities(parsed.document, parsed.lines, parsed.nodes)[0]}
    assert projects["昆明长水国际机场改扩建工程"].place == "昆明市"
    assert projects["西双版纳嘎洒国际机场改扩建工程"].place == "西双版纳傣族自治州"
    assert projects["渝昆高铁"].place == "云南省"


# 宁夏回族自治区 and 陕西省 2026 work reports: lists closed by 等(一批)(重点)项目/工程.
LISTS = """陕西省2026年政府工作报告
——2026年1月27日在陕西省第十四届人民代表大会第四次会议上
各位代表:
一、2025年工作回顾
最高法、海关总署等数据中心建成,新华三图灵小镇等一批重点工程开工。
推进古贤水利枢纽、蒋家窑则水库、引汉济渭二期、宝鸡峡灌区改造等项目建设。
"""


def test_project_lists_closed_by_a_batch(tmp_path: Path) -> None:
    path = tmp_path / "lists.txt"
    path.write_text(LISTS, encoding="utf-8")
    parsed = parse_file(path)
    projects = {p.name: p for p in extract_entities(parsed.document, parsed.lines, parsed.nodes)[0]}
    assert projects["新华三图灵小镇"].status == "在建"      # 等一批重点工程开工: no verb before the list
    assert {"古贤水利枢纽", "蒋家窑则水库", "引汉济渭二期", "宝鸡峡灌区改造"} <= set(projects)
    assert projects["宝鸡峡灌区改造"].place == "宝鸡市"      # a city of the province, from the gazetteer
    assert "一批重点工程" not in {p.category for p in projects.values()}
