"""Nesting, split and glued headings, boxes, tables, notes and figures on documents written in the corpus style."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from parse_helpers import headings, node_at, parse_lines

from plantrace.parse.lexicon import lexicon
from plantrace.prefilter import requirements

PARA = "坚持实施更大范围、更宽领域、更深层次对外开放,提升投资贸易自由化便利化水平,深化商品和要素流动型开放。"
TOPICS = ("对外开放", "科技创新", "城市更新", "乡村振兴", "生态环境", "公共服务", "社会治理", "数字经济")


def para(i: int) -> str:
    """A distinct body paragraph (ingest drops repeated paragraphs as duplicates)."""
    return f"坚持推进{TOPICS[i % len(TOPICS)]}工作,提升第{i + 1}项重点任务的实施水平,完善相关体制机制和政策体系。"


def test_split_chapter_heading_over_three_lines() -> None:
    _, _, nodes, _ = parse_lines(["第七章", "扩大高水平对外开放,", "构建开放型经济新格局", PARA])
    chapter = nodes[0]
    assert (chapter.kind, chapter.label, chapter.number) == ("chapter", "第七章", "7")
    assert chapter.title == "扩大高水平对外开放,构建开放型经济新格局"
    assert (chapter.line_start, chapter.head_end, chapter.line_end) == (1, 3, 4)
    assert nodes[1].parent == chapter.id and nodes[1].path == ("第七章 扩大高水平对外开放,构建开放型经济新格局",)


def test_split_title_without_comma_is_joined_with_one() -> None:
    _, _, nodes, _ = parse_lines(["第九章", "强化全周期城市规划建设管理", "提升宜居宜业宜游城市品质", PARA])
    assert nodes[0].title == "强化全周期城市规划建设管理,提升宜居宜业宜游城市品质"
    assert nodes[0].head_end == 3


def test_nesting_chapter_section_items_paragraphs() -> None:
    lines = ["第七章 扩大高水平对外开放", "第一节深化自贸试验区制度创新", "一、打造国际经贸新规则策源地", para(1),
             "(一)对标国际高标准投资贸易规则", para(2), "二、推动自贸试验区扩容提质", para(3),
             "第二节 积极拓展全面开放空间", para(4)]
    _, _, nodes, _ = parse_lines(lines)
    by_line = {n.line_start: n for n in nodes}
    assert by_line[2].parent == by_line[1].id
    assert by_line[3].parent == by_line[2].id
    assert by_line[5].parent == by_line[3].id and by_line[5].number == "1"
    assert by_line[7].parent == by_line[2].id          # 二、 closes (一) and 一、
    assert by_line[9].parent == by_line[1].id          # 第二节 closes the items
    assert by_line[6].path == ("第七章 扩大高水平对外开放", "第一节 深化自贸试验区制度创新",
                               "一、打造国际经贸新规则策源地", "(一)对标国际高标准投资贸易规则")
    assert (by_line[3].line_end, by_line[7].line_end, by_line[2].line_end, by_line[1].line_end) == (6, 8, 8, 10)


def test_dash_items_are_leaves() -> None:
    lines = ["2.基本原则", "——坚持党的全面领导。坚持和完善党领导经济社会发展的体制机制。",
             "——坚持以人民为中心。坚持人民主体地位。",
             "锚定2035年率先基本实现社会主义现代化的远景目标,综合考虑发展环境。"]
    _, _, nodes, _ = parse_lines(lines)
    assert [(n.kind, n.label, n.title) for n in nodes[:3]] == [
        ("item", "2.", "基本原则"), ("item", "——", "坚持党的全面领导"), ("item", "——", "坚持以人民为中心")]
    assert nodes[3].parent == nodes[0].id


def test_runin_heading_is_the_paragraph_title() -> None:
    _, _, nodes, _ = parse_lines(["(一)综合实力显著提升。充分发挥国家中心城市引领作用。",
                                  "经济实力迈上新台阶。2020年地区生产总值突破2.5万亿元。"])
    assert nodes[0].title == "综合实力显著提升"
    assert (nodes[1].kind, nodes[1].title, nodes[1].parent) == ("paragraph", "经济实力迈上新台阶", nodes[0].id)
    assert nodes[1].path == ("(一)综合实力显著提升",)


def test_box_items_reuse_body_markers_and_close_on_decrease() -> None:
    lines = ["第三节建设安全韧性的市政基础设施", "一、畅通城市交通网络", para(1),
             "专栏15“十四五”时期城市轨道、市政路桥重点建设项目", "一、城市轨道交通项目",
             "(一)在建项目:3号线东延段、5号线东延段", "二、市政道路项目", "(一)骨架提升项目:火炉山隧道",
             "二、构建清洁低碳安全高效能源体系", para(2)]
    _, _, nodes, _ = parse_lines(lines)
    by_line = {n.line_start: n for n in nodes}
    box = by_line[4]
    assert (box.kind, box.label, box.number) == ("box", "专栏15", "15")
    assert box.title == "“十四五”时期城市轨道、市政路桥重点建设项目"
    assert by_line[5].parent == box.id and by_line[7].parent == box.id
    assert by_line[6].parent == by_line[5].id and by_line[8].parent == by_line[7].id
    assert by_line[9].parent == by_line[1].id          # 二 after 二 in the box: back to the body
    assert box.line_end == 8


def test_box_closes_on_runin_paragraph() -> None:
    lines = ["二、加快形成绿色生活方式", "专栏17“十四五”时期垃圾处理设施重点建设项目",
             "一、资源热力电厂:福山循环经济产业园", "二、生物质综合处理厂:广州东部固体资源再生中心",
             "推广绿色低碳生活新风尚。开展绿色生活创建行动,建设节约型机关。"]
    _, _, nodes, _ = parse_lines(lines)
    assert nodes[4].parent == nodes[0].id
    assert nodes[1].line_end == 4


def test_empty_box_then_body_text() -> None:
    lines = ["第二节 强化创新主体及载体培育", "专栏6:海珠区“十四五”期间科创体系重大工程",
             "提高科技成果产出及转化动力。深化科技成果权属改革,完善科技成果转化机制。",
             "专栏7:海珠区“十四五”期间总部建设项目", "面积约16平方公里,整体定位为广州历史文化传承地。"]
    _, _, nodes, warnings = parse_lines(lines)
    assert [n.parent for n in nodes[1:]] == [nodes[0].id] * 4
    assert [(w.code, w.line_start) for w in warnings if w.code == "empty_box"] == [("empty_box", 2), ("empty_box", 4)]


def test_orphan_note_with_numbered_continuation_is_one_note() -> None:
    lines = ["二、“十四五”时期经济社会发展主要目标", "奋力推进社会治理效能得到新提升。",
             "注:1.森林覆盖率指标将根据国土三调数据进行修正。",
             "2.利用从化仓库储备的市级和其他储备粮。", "第三章坚定不移践行习近平生态文明思想"]
    _, _, nodes, warnings = parse_lines(lines)
    note = node_at(nodes, 3)
    assert (note.kind, note.label, note.line_start, note.head_end) == ("note", "注", 3, 4)
    assert note.parent == nodes[0].id                  # not glued to the paragraph before
    assert [(w.code, w.line_start, w.line_end) for w in warnings] == [("table_missing", 3, 4)]


def test_note_continuation_across_a_blank_line() -> None:
    lines = ["说明:1.表中两项指标数据为预计数。", "", "2.城镇登记失业人员就业率指标。表中数据为2019年数据。"]
    _, _, nodes, _ = parse_lines(lines)
    assert len(nodes) == 1 and nodes[0].head_end == 3


def test_figure_captions_warn_figure_missing() -> None:
    lines = ["一、完善内畅外联的交通体系", "构建“对内通达、对外畅通”的现代综合交通体系。", "图4 从化区“十四五”交通规划",
             "图:海珠区“一区一谷一圈”发展布局(略)"]
    _, _, nodes, warnings = parse_lines(lines)
    assert [(n.kind, n.label) for n in nodes[2:]] == [("note", "图4"), ("note", "图")]
    assert [(w.code, w.line_start) for w in warnings] == [("figure_missing", 3), ("figure_missing", 4)]


def test_flattened_table_rebuilt_into_rows() -> None:
    lines = ["专栏14“十四五”时期各区发展指引", "区", "功能定位", "发展重点", "重点平台",
             "越秀区", "提升国际大都市核心区发展能级。", "形成以现代服务业为主体的产业体系。",
             "构建“一轴三带六组团”总体布局。",
             "海珠区", "努力建成数字经济示范区、产城融合引领区。", "全力打造数字经济新引擎,大力发展总部经济。",
             "构建“一区一谷一圈”发展空间布局。", "第三节建设安全韧性的市政基础设施"]
    _, _, nodes, warnings = parse_lines(lines)
    box, yuexiu, haizhu, section = nodes
    assert (box.head_end, box.line_end, dict(box.attrs)["columns"]) == (5, 13, "区|功能定位|发展重点|重点平台")
    assert (yuexiu.kind, yuexiu.title, yuexiu.line_start, yuexiu.head_end) == ("item", "越秀区", 6, 9)
    assert haizhu.attrs == (("功能定位", "努力建成数字经济示范区、产城融合引领区。"),
                            ("发展重点", "全力打造数字经济新引擎,大力发展总部经济。"),
                            ("重点平台", "构建“一区一谷一圈”发展空间布局。"))
    assert haizhu.parent == box.id and section.parent is None
    assert not [w for w in warnings if w.code == "empty_box"]


def test_short_list_in_box_is_not_a_table() -> None:
    lines = ["专栏3 重点平台", "琶洲实验室", "中大国际创新生态谷", "海珠湿地", "广州塔"]
    _, _, nodes, _ = parse_lines(lines)
    assert [n.kind for n in nodes] == ["box", "paragraph", "paragraph", "paragraph", "paragraph"]
    assert all(n.parent == nodes[0].id for n in nodes[1:])


def test_fragments_of_one_paragraph_are_merged() -> None:
    lines = ["——三大攻坚战开局良好。细颗粒物(PM", "2.5", ")浓度继续下降,生态文明建设成效显著。", "",
             "稳健的货币政策要松紧适度。广义货币M", "2", "和社会融资规模增速要与国内生产总值名义增速相匹配。"]
    _, _, nodes, _ = parse_lines(lines)
    assert [(n.kind, n.line_start, n.head_end) for n in nodes] == [("item", 1, 3), ("paragraph", 5, 7)]


def test_heading_broken_around_book_title_link() -> None:
    lines = ["三、关于《", "国民经济和社会发展第十一个五年规划纲要(草案)", "》的说明", "", PARA]
    _, _, nodes, _ = parse_lines(lines)
    assert nodes[0].title == "关于《国民经济和社会发展第十一个五年规划纲要(草案)》的说明"
    assert nodes[0].head_end == 3


def test_document_without_headings() -> None:
    lines = ["  “十四五”时期(2021—2025年),是我国在全面建成小康社会之后开启新征程的第一个五年。", "",
             "  国际发展环境。一是世界处于百年未有之大变局,和平与发展仍然是时代主题。"]
    _, _, nodes, warnings = parse_lines(lines)
    assert [n.kind for n in nodes] == ["paragraph", "paragraph"]
    assert nodes[1].title == "国际发展环境"
    assert [w.code for w in warnings] == ["no_headings"]


def test_truncated_last_paragraph() -> None:
    lines = ["第十五章 保障和改善民生", "完善以居住证为载体、以积分制为办法的基本公共服务提供机制,推动来穗人员更好融入"]
    _, _, _, warnings = parse_lines(lines)
    assert [(w.code, w.line_start) for w in warnings] == [("truncated", 2)]


def test_deleted_numbers_counted_once() -> None:
    lines = ["一、畅通城市交通网络", "到年,城市轨道交通运营里程力争达公里,全市%中小学开展智慧教育。",
             "广州市国民经济和社会发展第十四个五年(—年)规划和年远景目标纲要。"]
    _, _, _, warnings = parse_lines(lines)
    deleted = [w for w in warnings if w.code == "deleted_numbers"]
    assert len(deleted) == 1
    assert deleted[0].message.startswith("5 places") and (deleted[0].line_start, deleted[0].line_end) == (2, 3)


def test_ids_and_orders() -> None:
    document, _, nodes, _ = parse_lines(["第七章 扩大高水平对外开放", para(1), para(2)])
    assert [n.id for n in nodes] == [f"{document.id}.{i}" for i in range(3)]
    assert [n.order for n in nodes] == [0, 1, 2]
    assert headings(nodes) == [("chapter", "第七章", "扩大高水平对外开放")]


def test_note_after_a_rebuilt_table_belongs_to_the_table() -> None:
    lines = ["专栏3 重点平台一览表", "区", "平台", "越秀区", "提升国际大都市核心区发展能级,建设北京路文化核心区。",
             "海珠区", "建设琶洲人工智能与数字经济试验区。", "注:平台名称以正式批复为准。", para(5)]
    _, _, nodes, warnings = parse_lines(lines)
    box, row1, row2, note, paragraph = nodes
    assert (row1.title, row2.title) == ("越秀区", "海珠区")
    assert (note.kind, note.parent) == ("note", box.id) and paragraph.parent is None
    assert not warnings


def test_bare_marker_line_is_a_paragraph_not_an_item() -> None:
    _, _, nodes, _ = parse_lines(["(二)", para(6), "第七章", "扩大高水平对外开放", para(7)])   # GZ L101
    assert [(n.kind, n.label, n.parent) for n in nodes[:2]] == [("paragraph", "(二)", None), ("paragraph", None, None)]


@given(st.lists(st.sampled_from(["到", "年", "%", "(", ")", "—", "达", "公里", "千伏", "5", "世界强", "以", "为",
                                 "远景", "和", "，", "新增", "万千瓦", "底"]), max_size=40).map("".join))
def test_deleted_number_slots_are_found_the_same_with_or_without_the_percent_patterns(text: str) -> None:
    """A line without ``%`` is scanned without the patterns that hold one: they need one to match."""
    everything = lexicon().deleted_number_slot
    slots = (everything if "%" in text else lexicon().deleted_number_slot_without("%")).finditer(text)
    assert [m.span() for m in slots] == [m.span() for m in everything.finditer(text)]
    for pattern in lexicon().deleted_numbers:
        assert "%" not in pattern.pattern or frozenset("%") in requirements(pattern)
