"""Entities of the sample corpus: real lines, both scripts, both parser paths, no spam ever."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from plantrace.extract.entities import extract_entities, extract_guidance_rows
from plantrace.models import ParsedDocument
from plantrace.pipeline import parse_file

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
GZ, HZ, CH, LW, WR = (
    "guangzhou_fyp14_outline_partial.txt", "haizhu_fyp14_outline_hant.txt", "conghua_fyp14_outline_2022.txt",
    "liwan_fyp14_outline_scraped.txt", "guangzhou_work_report_2021.txt",
)


@cache
def parsed(name: str) -> ParsedDocument:
    return parse_file(CORPUS / name)


@cache
def found(name: str, fallback: bool = False) -> tuple:  # type: ignore[type-arg]
    doc = parsed(name)
    return extract_entities(doc.document, doc.lines, () if fallback else doc.nodes)


@pytest.mark.parametrize("fallback", [False, True], ids=["nodes", "lines"])
@pytest.mark.parametrize(
    ("line", "name", "category", "status"),
    [
        (245, "3号线东延段", "城市轨道交通项目", "在建"),       # GZ 专栏15 (一)在建项目
        (245, "22号线", "城市轨道交通项目", "在建"),
        (246, "8号线白云湖至广州北站段", "城市轨道交通项目", "规划"),
        (247, "22号线南延线", "城市轨道交通项目", "研究"),
        (249, "白云大道(黄石东路—同泰路)改造", "骨架提升项目", None),
        (249, "云城东路隧道延长工程", "骨架提升项目", None),
        (249, "如意大桥", "骨架提升项目", None),            # after ; in the same item
        (258, "从化明珠生物医药健康产业园天然气分布式能源站", "区域综合能源项目", None),
        (401, "中共三大会址纪念馆改扩建", "文化基础设施重点建设项目", "在建"),
        (402, "中国近代史博物馆新馆(中国共产党广州历史陈列馆)", "文化基础设施重点建设项目", "规划"),
        (506, "医院增城院区二期", "医院项目", None),            # deleted hospital name: kept as written
    ],
)
def test_gz_box_projects(fallback: bool, line: int, name: str, category: str, status: str | None) -> None:
    rows = [p for p in found(GZ, fallback)[0] if p.name == name]
    assert rows, name
    project = rows[0]
    assert (project.evidence.line_start, project.group, project.status) == (line, category, status)
    raw = parsed(GZ).lines[line - 1].raw
    assert raw[project.evidence.start:project.evidence.end] == name


def test_gz_box_counts_do_not_depend_on_the_parser() -> None:
    with_nodes = {(p.name, p.category, p.group, p.status) for p in found(GZ)[0]
                  if p.evidence.rule != "entity.project.list.v1"}
    from_lines = {(p.name, p.category, p.group, p.status) for p in found(GZ, True)[0]
                  if p.evidence.rule != "entity.project.list.v1"}
    assert with_nodes == from_lines
    assert len(with_nodes) >= 150


def test_haizhu_traditional_names_keep_their_script_with_a_simplified_layer() -> None:
    projects = {p.name: p for p in found(HZ)[0]}
    assert projects["海珠灣隧道"].name_simp == "海珠湾隧道"
    assert projects["海珠灣隧道"].place == "海珠区"
    platforms = {p.name_simp: p for p in found(HZ)[2]}
    assert platforms["琶洲人工智能与数字经济试验区"].name == "琶洲人工智能與數字經濟試驗區"


@pytest.mark.parametrize(("doc", "name"), [(GZ, "一区一谷一圈"), (HZ, "一區一谷一圈")])
def test_the_same_concept_across_documents_and_scripts(doc: str, name: str) -> None:
    concepts = {c.name: c for c in found(doc)[1]}
    assert concepts[name].key == "1区1谷1圈"
    assert dict(concepts[name].parts)["一区"] == "琶洲人工智能与数字经济试验区"


def test_anniversary_with_numeral_drift_shares_a_key() -> None:
    gz = {c.key for c in found(GZ)[1]}
    wr = {c.key for c in found(WR)[1]}
    assert "建党100周年" in gz & wr


def test_conghua_layout_defined_in_the_city_plan_belongs_to_conghua() -> None:
    concept = next(c for c in found(GZ)[1] if c.name == "一核两翼三带")
    assert concept.place == "从化区"
    parts = dict(concept.parts)
    assert parts["一核"] == "从化中心城区"
    assert parts["三带"].startswith("“太平—鳌头—街口”创新创业产业带")


@pytest.mark.parametrize("fallback", [False, True], ids=["nodes", "lines"])
def test_guidance_rows_rebuilt_from_the_city_plan(fallback: bool) -> None:
    doc = parsed(GZ)
    rows = extract_guidance_rows(doc.document, doc.lines, () if fallback else doc.nodes)
    assert [r.district for r in rows] == ["越秀区", "海珠区", "荔湾区", "天河区", "白云区", "黄埔区", "花都区",
                                          "番禺区", "南沙区", "从化区", "增城区"]
    haizhu = rows[1]
    assert (haizhu.evidence.line_start, haizhu.evidence.line_end) == (197, 200)
    assert haizhu.positioning.startswith("努力建成数字经济示范区")
    assert "新一代信息技术" in haizhu.focus
    assert "琶洲人工智能与数字经济试验区" in haizhu.platforms


def test_guidance_facts_carry_the_district() -> None:
    platforms = {p.name: p for p in found(GZ)[2]}
    assert platforms["琶洲人工智能与数字经济试验区"].place == "海珠区"
    assert platforms["白鹅潭沿江总部经济带"].place == "荔湾区"
    industries = {(m.place, m.industry) for m in found(GZ)[3] if m.evidence.rule == "entity.industry.guidance.v2"}
    assert {("海珠区", "人工智能"), ("荔湾区", "文化旅游"), ("从化区", "都市农业")} <= industries


SPAM = ("网投", "澳门在线", "人已围观", "文章统计", "标签云", "微信公众号", "版权所有", "ICP备", "字体:")


@pytest.mark.parametrize("name", [GZ, HZ, CH, LW, WR])
@pytest.mark.parametrize("fallback", [False, True], ids=["nodes", "lines"])
def test_spam_and_chrome_never_become_entities(name: str, fallback: bool) -> None:
    projects, concepts, platforms, industries = found(name, fallback)
    names = [p.name for p in projects] + [c.name for c in concepts] + [p.name for p in platforms]
    names += [m.sentence for m in industries]
    assert not [n for n in names if any(word in n for word in SPAM)]


def test_spam_lines_inside_the_body_are_skipped(tmp_path: Path) -> None:
    text = ("第一章 总则\n澳门在线网投平台 人已围观\n高标准建设琶洲人工智能与数字经济试验区。\n"
            "推荐澳门在线网投平台、真人视讯平台等项目建设。\n")
    path = tmp_path / "spam.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    projects, concepts, platforms, _ = extract_entities(doc.document, doc.lines, doc.nodes)
    assert [p.name for p in platforms] == ["琶洲人工智能与数字经济试验区"]
    assert projects == () and concepts == ()


@pytest.mark.parametrize("name", [GZ, HZ, CH, LW, WR])
def test_every_entity_has_evidence_in_the_document(name: str) -> None:
    doc = parsed(name)
    node_ids = {n.id for n in doc.nodes}
    for group in found(name):
        for entity in group:
            ev = entity.evidence
            assert ev.doc == doc.document.id and ev.node in node_ids
            assert 1 <= ev.line_start <= ev.line_end <= doc.document.lines
            assert re.fullmatch(r"entity(\.[a-z_]+)+\.v[0-9]+", ev.rule), ev.rule
