"""Entity rules on phrases in the style of the corpus: projects, concepts, platforms, industries."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrace.extract.entities import extract_entities
from plantrace.extract.entities.conceptkey import chinese_number, concept_key
from plantrace.extract.entities.listsplit import shared_suffixes, split_items
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
    assert (projects[name].group, projects[name].status) == (category, status)
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


@pytest.mark.parametrize("script", ["hant", "hans"])
def test_numbers_sharing_a_suffix_are_expanded_with_the_surface_kept(tmp_path: Path, script: str) -> None:
    sentence = ("繼續推進地鐵8號線東延段、10號、11號、18號、28號線(佛山經廣州至東莞城際)、"
                "車陂路—新滘東路隧道等項目建設。")   # Haizhu outline, line 259
    if script == "hans":
        sentence = ("继续推进地铁8号线东延段、10号、11号、18号、28号线(佛山经广州至东莞城际)、"
                    "车陂路—新滘东路隧道等项目建设。")
    path = tmp_path / "doc.txt"
    path.write_text("第一章 总则\n" + sentence + "\n", encoding="utf-8")
    raw = path.read_text(encoding="utf-8").splitlines()[1]
    projects = {p.name_simp: p for p in entities(tmp_path, "第一章 总则\n" + sentence + "\n")[0]}
    assert {"地铁8号线东延段", "10号线", "11号线", "18号线", "28号线(佛山经广州至东莞城际)"} <= set(projects)
    expanded = projects["10号线"]
    assert expanded.name == ("10號線" if script == "hant" else "10号线")
    assert expanded.evidence.rule == "entity.project.shared_suffix.v1"
    assert raw[expanded.evidence.start:expanded.evidence.end] == expanded.name[:-1]   # the surface as written
    assert expanded.category == "轨道交通"
    assert projects["地铁8号线东延段"].evidence.rule == "entity.project.list.v1"


@given(st.lists(st.integers(1, 40), min_size=1, max_size=6), st.integers(1, 40), st.sampled_from(["号线", "號線"]))
def test_bare_numbers_take_the_suffix_of_the_line_that_closes_their_run(
    numbers: list[int], last: int, suffix: str
) -> None:
    names = ["地铁8号线东延段", *(f"{n}{suffix[0]}" for n in numbers), f"{last}{suffix}(城际)", "车陂路隧道", "9号"]
    starts = [sum(len(n) + 1 for n in names[:i]) for i in range(len(names))]
    shared = shared_suffixes(names, starts)
    assert set(shared) == set(range(1, len(numbers) + 1))        # the trailing 9号 has no closing line
    joined = "、".join(names)
    assert all(joined[at] == suffix[1] for at in shared.values())


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("加快推进团一大纪念馆和广州妇女运动历史展陈等项目。", ["团一大纪念馆", "广州妇女运动历史展陈"]),
        ("推进市八医院三期、紧急医学救援指挥中心和医学观察场所建设。", ["市八医院三期", "紧急医学救援指挥中心"]),
        ("完成了芳村大道南快捷化改造等一批道路建设以及龙溪立交、五丫口大桥等项目。", ["龙溪立交", "五丫口大桥"]),
        ("继续推进国家医学中心和区域医疗中心、高水平医院建设。", []),   # kinds on both sides, and not one name
    ],
)
def test_conjunctions_keep_the_sides_that_are_project_names(tmp_path: Path, sentence: str, names: list[str]) -> None:
    assert [p.name for p in entities(tmp_path, "第一章 总则\n" + sentence + "\n")[0]] == names


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
    # a city plan: the places inside names (增城 -> 增城区) are the city's districts, from the gazetteer
    title = "广州市国民经济和社会发展第十四个五年规划纲要\n"
    platforms = {p.name: p for p in entities(tmp_path, title + "第一章 总则\n" + sentence + "\n")[2]}
    assert name in platforms, sorted(platforms)
    assert platforms[name].category == category


@pytest.mark.parametrize(
    "sentence",
    ["搭建一批重大平台。", "完善公共服务平台和创新平台。", "发展平台经济。", "建设一批特色产业园。", "打造产业园区。",
     # counted designations, titles awarded nationwide, chains, fragments and kinds after a place
     "构建“两轴两商圈”商业格局。", "打造西部三大产业带。", "推进南部三个产教融合集聚区建设。",
     "新设12个跨境电子商务综合试验区。", "争创全国一流爱国主义教育基地。", "获评全國青少年校園足球改革試驗區。",
     "完善众创空间—孵化器—加速器—科技园全链条孵化体系。", "加快建设化龙—开发区西区过江通道。",
     "由主要依靠第二产业带动向三次产业协同带动转变。", "高水平建设廣州市重大產業功能區。",
     "共建粤港澳联合实验室。", "依托中國廣州人力資源服務產業園琶洲核心園區。", "探索建设低碳园区。",
     "建设城中村改造合作平台。", "完善慈善發展平臺。"],
)
def test_generic_words_are_not_platforms(tmp_path: Path, sentence: str) -> None:
    assert entities(tmp_path, "第一章 总则\n" + sentence + "\n")[2] == ()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the name starts after the verb, its complement or a preposition, never inside a word
        ("支持骨干文化企业做强天河区国家文化出口基地。", "天河区国家文化出口基地"),
        ("做大做精江南西商圈,完善周边路网。", "江南西商圈"),
        ("推进“一区三城”与深圳深港科技创新合作区、光明科学城联动。", "深圳深港科技创新合作区"),
        ("发挥好全国股转系统华南基地作用。", "全国股转系统华南基地"),
        ("管理好中国上海自由贸易试验区。", "中国上海自由贸易试验区"),
        ("推動國家超級計算廣州中心賦能琶洲人工智能與數字經濟試驗區建設。", "琶洲人工智能與數字經濟試驗區"),
        ("整體提高琶洲人工智能與數字經濟試驗區發展能級。", "琶洲人工智能與數字經濟試驗區"),
        # a place the tagger splits (从 / 化) is not a leading preposition
        ("打造从化温泉生态经济总部集聚区。", "从化温泉生态经济总部集聚区"),
        ("加快共建广清经济特别合作区。", "广清经济特别合作区"),
        ("推动广州开发区、天河中央商务区、白云新城发展。", "天河中央商务区"),
    ],
)
def test_platform_names_start_at_a_word_boundary(tmp_path: Path, sentence: str, name: str) -> None:
    names = {p.name for p in entities(tmp_path, "第一章 总则\n" + sentence + "\n")[2]}
    assert name in names, sorted(names)
    assert all(not other.endswith(name) or other == name for other in names), sorted(names)


@pytest.mark.parametrize(
    ("sentence", "industries"),
    [
        ("做大做强新一代信息技术、现代商贸会展、文化旅游等主导产业。", {"新一代信息技术", "会展", "文化旅游"}),
        ("大力发展生物医药、新能源、新材料、智能装备等战略性新兴产业。",
         {"生物医药与健康", "新能源", "新材料", "高端装备"}),
        ("重點發展人工智能、智能網聯新能源汽車、生物醫藥等戰略性新興產業。",
         {"人工智能", "智能网联与新能源汽车", "生物医药与健康"}),
        ("加快氢能基础设施建设。", set()),   # no industry cue: infrastructure, not an industry promise
        # a task, a technology list, an institution or another word is not an industry
        ("这对于推动经济增长方式转变、加强节能环保工作具有十分重要的意义。", set()),
        ("产业结构不断优化,5G、大数据、人工智能等新技术应用日益广泛。", set()),
        ("推進大数据、云计算、人工智能等数字技能培训力度,服务数字经济。", {"数字经济"}),
        ("充分發揮琶洲會展與數字經濟知識產權保護中心作用。", set()),
        ("设立广州绿色金融研究院等高端智库,服务产业发展。", set()),
        ("构建类脑智能技术与应用领域自主创新体系,推动产业发展。", set()),
        ("推动农业与科普教育、健康养生等产业深度融合。", {"康养"}),            # not 康养 inside 健康养生
        ("围绕从化客运站和汽车站等交通节点,发展现代商贸产业。", {"商贸"}),
        # a list of new technologies that are also new business forms stays an industry list
        ("助推平臺經濟、共享經濟、在線經濟等新技術新業態新模式發展。", {"数字经济"}),
        ("加快新材料、新能源、人工智能、集成电路等技术研发和转化,做大做强产业集群。",
         {"新材料", "新能源", "人工智能", "新一代信息技术"}),
    ],
)
def test_industries_from_the_taxonomy(tmp_path: Path, sentence: str, industries: set[str]) -> None:
    found = entities(tmp_path, "第一章 总则\n" + sentence + "\n")[3]
    assert {m.industry for m in found} == industries
    assert all(m.sentence and m.evidence.rule.startswith("entity.industry.") for m in found)
