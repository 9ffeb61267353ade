"""Entity rules on phrases in the style of the corpus: projects, concepts, platforms, industries."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrace.extract.entities import extract_entities
from plantrace.extract.entities.conceptkey import chinese_number, concept_key
from plantrace.extract.entities.listsplit import split_items
from plantrace.models import Concept, IndustryMention, Platform, Project
from plantrace.pipeline import parse_file

Found = tuple[tuple[Project, ...], tuple[Concept, ...], tuple[Platform, ...], tuple[IndustryMention, ...]]


def entities(tmp_path: Path, text: str, *, fallback: bool = False) -> Found:
    """Run ingest + parse + entity extraction over ``text`` (with or without the parser's nodes)."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_file(path)
    nodes = () if fallback else parsed.nodes
    return extract_entities(parsed.document, parsed.lines, nodes)


BOX = """广州市某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要
第三章 建设现代化基础设施
第一节 完善交通网络
加快建设轨道交通。
专栏5“十四五”时期城市轨道、市政路桥重点建设项目
一、城市轨道交通项目
(一)在建项目:3号线东延段、7号线二期、广州地铁10号线。
(二)规划建设项目:8号线白云湖至广州北站段、24号线。
(三)规划研究项目:22号线南延线、城市轨道第四期建设规划线路。
二、市政道路项目
(一)骨架提升项目:白云大道(黄石东路—同泰路)改造、G快速化改造;如意大桥、车陂路北延线。
推进城市更新。加快推进老旧小区改造。
"""


@pytest.mark.parametrize("fallback", [False, True], ids=["nodes", "lines"])
@pytest.mark.parametrize(
    ("name", "category", "status"),
    [
        ("3号线东延段", "城市轨道交通项目", "在建"),
        ("7号线二期", "城市轨道交通项目", "在建"),
        ("广州地铁10号线", "城市轨道交通项目", "在建"),
        ("8号线白云湖至广州北站段", "城市轨道交通项目", "规划"),
        ("24号线", "城市轨道交通项目", "规划"),
        ("22号线南延线", "城市轨道交通项目", "研究"),
        ("城市轨道第四期建设规划线路", "城市轨道交通项目", "研究"),
        ("白云大道(黄石东路—同泰路)改造", "骨架提升项目", None),
        ("G快速化改造", "骨架提升项目", None),
        ("如意大桥", "骨架提升项目", None),
        ("车陂路北延线", "骨架提升项目", None),
    ],
)
def test_box_projects(tmp_path: Path, fallback: bool, name: str, category: str, status: str | None) -> None:
    projects = {p.name: p for p in entities(tmp_path, BOX, fallback=fallback)[0]}
    assert name in projects, sorted(projects)
    assert (projects[name].category, projects[name].status) == (category, status)
    assert projects[name].evidence.rule == "entity.project.box.v1"
    assert "城市轨道、市政路桥重点建设项目" in projects[name].box


@pytest.mark.parametrize("fallback", [False, True], ids=["nodes", "lines"])
def test_box_ends_at_prose_and_evidence_points_into_the_raw_line(tmp_path: Path, fallback: bool) -> None:
    projects = entities(tmp_path, BOX, fallback=fallback)[0]
    assert not any("老旧小区" in p.name for p in projects)
    raw_lines = BOX.splitlines()
    for project in projects:
        ev = project.evidence
        assert raw_lines[ev.line_start - 1][ev.start:ev.end] == project.name


@pytest.mark.parametrize(
    ("sentence", "names", "status"),
    [
        ("加快建设海珠湾隧道、空港大道、南沙西部快速通道等项目,实现中心城区直达。",
         ["海珠湾隧道", "空港大道", "南沙西部快速通道"], None),
        ("推进龙溪大道快速化改造、化龙—开发区西区过江通道等项目建设。",
         ["龙溪大道快速化改造", "化龙—开发区西区过江通道"], None),
        ("建成南沙港铁路、佛莞城际广州南至望洪段等项目。", ["南沙港铁路", "佛莞城际广州南至望洪段"], "建成"),
        ("开工建设广佛西环等项目。", ["广佛西环"], "在建"),
        ("规划建设广州至珠海(澳门)高铁、南沙至珠海(中山)城际等项目。",
         ["广州至珠海(澳门)高铁", "南沙至珠海(中山)城际"], "规划"),
        ("加快香港科技大学(广州)一期、广州交通大学等建设。", ["香港科技大学(广州)一期", "广州交通大学"], None),
    ],
)
def test_text_project_lists(tmp_path: Path, sentence: str, names: list[str], status: str | None) -> None:
    projects = [p for p in entities(tmp_path, "第一章 总则\n" + sentence + "\n")[0]]
    assert [p.name for p in projects] == names
    assert {p.status for p in projects} == {status}
    assert {p.evidence.rule for p in projects} == {"entity.project.list.v1"}


@pytest.mark.parametrize(
    "sentence",
    [
        "推进白云四线等交通枢纽周边配套市政道路建设。",          # not a list of projects: a kind of road
        "形成有利于推动高质量发展的指标体系、政策体系、标准体系等工作。",  # policies, not projects
        "推进4个国铁、6个城际、11个地铁等项目建设。",           # counts, not names
        "推动博物馆、图书馆、文化馆等各类公共文化设施改造和新建。",   # kinds of facility
    ],
)
def test_text_without_project_names(tmp_path: Path, sentence: str) -> None:
    assert entities(tmp_path, "第一章 总则\n" + sentence + "\n")[0] == ()


def test_broken_names_are_kept_as_written_not_invented(tmp_path: Path) -> None:
    text = "专栏3 医院项目\n一、医院项目:医院、医院增城院区二期、广州医院整体改扩建。\n"
    names = [p.name for p in entities(tmp_path, text)[0]]
    assert names == ["医院", "医院增城院区二期", "广州医院整体改扩建"]


@pytest.mark.parametrize(
    ("text", "name", "parts"),
    [
        ("构建“一区一谷一圈”发展空间布局。“一区”:琶洲人工智能与数字经济试验区,“一谷”:中大国际创新生态谷(含生物岛),"
         "“一圈”:海珠新活力文商旅融合圈。", "一区一谷一圈",
         (("一区", "琶洲人工智能与数字经济试验区"), ("一谷", "中大国际创新生态谷(含生物岛)"),
          ("一圈", "海珠新活力文商旅融合圈"))),
        ("构建“一带两区”发展新格局。一带:白鹅潭沿江总部经济带,两区:海龙广佛高质量发展科创示范区、岭南文化中心核心区。",
         "一带两区", (("一带", "白鹅潭沿江总部经济带"), ("两区", "海龙广佛高质量发展科创示范区、岭南文化中心核心区"))),
        ("構建“一區一谷一圈”發展布局。“一區”指“琶洲人工智能與數字經濟試驗區”,“一谷”指“中大國際創新生態谷”。",
         "一區一谷一圈", (("一区", "琶洲人工智能与数字经济试验区"), ("一谷", "中大国际创新生态谷"), ("一圈", ""))),
        ("实现“两区两谷双提升”:在高水平建设幸福美丽生态之城。", "两区两谷双提升",
         (("两区", ""), ("两谷", ""), ("双提升", ""))),
        ("推动“四个出新出彩”。", "四个出新出彩", ()),
        ("认真落实省委“1+1+9”工作部署。", "1+1+9", ()),
    ],
)
def test_concepts_with_parts_and_definitions(
    tmp_path: Path, text: str, name: str, parts: tuple[tuple[str, str], ...]
) -> None:
    concepts = {c.name: c for c in entities(tmp_path, "第一章 总则\n" + text + "\n")[1]}
    assert name in concepts, sorted(concepts)
    assert concepts[name].parts == parts
    assert not {"一区", "一谷", "一圈", "一區", "一带", "两区"} & set(concepts)  # parts are not concepts


@pytest.mark.parametrize(
    "text", ["“十四五”时期", "完成“十三五”规划", "增长6.5%以上", "实施5G基站建设", "PM2.5浓度", "“第一议题”制度"]
)
def test_not_concepts(tmp_path: Path, text: str) -> None:
    assert entities(tmp_path, "第一章 总则\n" + text + "\n")[1] == ()


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("建党一百周年", "建党100周年"),
        ("“一区一谷一圈”", "一區一谷一圈"),
        ("两区两谷双提升", "兩區兩谷雙提升"),
        ("四个出新出彩", "四個出新出彩"),
    ],
)
def test_concept_keys_match_across_numerals_quotes_and_scripts(left: str, right: str) -> None:
    import opencc

    to_simp = opencc.OpenCC("t2s")
    assert concept_key(to_simp.convert(left)) == concept_key(to_simp.convert(right))


@given(st.integers(min_value=1, max_value=9999))
def test_chinese_numbers_read_back(value: int) -> None:
    digits = "零一二三四五六七八九"
    text, rest = "", value
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        count, rest = divmod(rest, unit)
        if count:
            text += digits[count] + name
        elif text and rest and not text.endswith("零"):
            text += "零"
    assert chinese_number(text) == str(value)


WORD = st.text(st.sampled_from("广州海珠琶洲地铁号线隧道大道快速路二期1234东—"), min_size=1, max_size=8)
NAME = st.builds(lambda a, b: a + (f"({b})" if b else ""), WORD, st.one_of(st.none(), WORD))


@given(st.lists(NAME, min_size=1, max_size=6), st.sampled_from(["、", ";", ";"]))
def test_split_items_returns_each_name_with_its_offsets(names: list[str], separator: str) -> None:
    text = separator.join(names) + "。"
    pieces = split_items(text)
    assert [p[0] for p in pieces] == [n for n in names]
    assert all(text[start:end] == name for name, start, end in pieces)


@pytest.mark.parametrize(
    ("sentence", "name", "category"),
    [
        ("高标准建设琶洲人工智能与数字经济试验区。", "琶洲人工智能与数字经济试验区", "试验区"),
        ("加快推动粤港深度合作园、明珠科学园等重大平台建设。", "明珠科学园", "园区"),
        ("推进黄埔—从化产业共建合作区建设。", "黄埔—从化产业共建合作区", "合作区"),
        ("支持人工智能与数字经济广东省实验室建设。", "人工智能与数字经济广东省实验室", "实验室"),
        ("推动国家级增城经济技术开发区发展。", "增城经济技术开发区", "开发区"),
        ("全面强化白鹅潭商务区战略引领。", "白鹅潭商务区", "商务区"),
    ],
)
def test_platforms(tmp_path: Path, sentence: str, name: str, category: str) -> None:
    platforms = {p.name: p for p in entities(tmp_path, "第一章 总则\n" + sentence + "\n")[2]}
    assert name in platforms, sorted(platforms)
    assert platforms[name].category == category


@pytest.mark.parametrize(
    "sentence",
    ["搭建一批重大平台。", "完善公共服务平台和创新平台。", "发展平台经济。", "建设一批特色产业园。", "打造产业园区。"],
)
def test_generic_words_are_not_platforms(tmp_path: Path, sentence: str) -> None:
    assert entities(tmp_path, "第一章 总则\n" + sentence + "\n")[2] == ()


@pytest.mark.parametrize(
    ("sentence", "industries"),
    [
        ("做大做强新一代信息技术、现代商贸会展、文化旅游等主导产业。", {"新一代信息技术", "会展", "文化旅游"}),
        ("大力发展生物医药、新能源、新材料、智能装备等战略性新兴产业。",
         {"生物医药与健康", "新能源", "新材料", "高端装备"}),
        ("重點發展人工智能、智能網聯新能源汽車、生物醫藥等戰略性新興產業。",
         {"人工智能", "智能网联与新能源汽车", "生物医药与健康"}),
        ("加快氢能基础设施建设。", set()),   # no industry cue: infrastructure, not an industry promise
    ],
)
def test_industries_from_the_taxonomy(tmp_path: Path, sentence: str, industries: set[str]) -> None:
    found = entities(tmp_path, "第一章 总则\n" + sentence + "\n")[3]
    assert {m.industry for m in found} == industries
    assert all(m.sentence and m.evidence.rule.startswith("entity.industry.") for m in found)
