"""The sample corpus: the structures DATA-NOTES items 8-13 describe, checked against the real lines."""

from __future__ import annotations

from parse_helpers import node_at, parse_corpus

GZ = "guangzhou_fyp14_outline_partial.txt"
HZ = "haizhu_fyp14_outline_hant.txt"
CH = "conghua_fyp14_outline_2022.txt"
LW = "liwan_fyp14_outline_scraped.txt"
WR = "guangzhou_work_report_2021.txt"


def test_gz_split_and_glued_headings() -> None:
    _, _, nodes, _ = parse_corpus(GZ)
    chapter = node_at(nodes, 103)
    assert (chapter.label, chapter.head_end) == ("第七章", 105)
    assert chapter.title == "扩大高水平对外开放,构建开放型经济新格局"
    glued = node_at(nodes, 178)                                   # 第一节加强国土空间开发保护加快国土空间…
    assert (glued.kind, glued.title, glued.parent) == ("section", "加强国土空间开发保护", node_at(nodes, 174).id)
    assert node_at(nodes, 106).path == ("第七章 扩大高水平对外开放,构建开放型经济新格局",)


def test_gz_box14_table_rows() -> None:
    _, _, nodes, _ = parse_corpus(GZ)
    box = node_at(nodes, 188)
    assert (box.kind, box.label, box.head_end, box.line_end) == ("box", "专栏14", 192, 236)
    rows = [n for n in nodes if n.parent == box.id]
    assert [r.title for r in rows] == ["越秀区", "海珠区", "荔湾区", "天河区", "白云区", "黄埔区", "花都区",
                                       "番禺区", "南沙区", "从化区", "增城区"]
    haizhu = rows[1]
    assert (haizhu.kind, haizhu.line_start, haizhu.head_end) == ("item", 197, 200)
    assert [k for k, _ in haizhu.attrs] == ["功能定位", "发展重点", "重点平台"]
    assert dict(haizhu.attrs)["重点平台"].startswith("构建“一区一谷一圈”发展空间布局")
    assert rows[9].line_start == 229 and dict(rows[9].attrs)["重点平台"].startswith("优化“一核两翼三带”")


def test_gz_boxes_close_where_the_body_resumes() -> None:
    _, _, nodes, _ = parse_corpus(GZ)
    expected = {243: 251, 256: 260, 345: 347, 349: 356, 400: 402, 457: 463, 502: 508, 550: 555}
    assert {n.line_start: n.line_end for n in nodes if n.kind == "box" and n.line_start != 188} == expected
    assert node_at(nodes, 252).parent == node_at(nodes, 237).id     # 二、 after 专栏15's 二、
    assert node_at(nodes, 348).parent == node_at(nodes, 343).id     # run-in paragraph after 专栏17
    assert node_at(nodes, 357).parent == node_at(nodes, 338).id     # 三、 after 专栏18's 七、
    assert node_at(nodes, 403).parent == node_at(nodes, 396).id     # 二、 after 专栏19's 二、


def test_gz_deleted_numbers_and_truncation() -> None:
    _, _, _, warnings = parse_corpus(GZ)
    deleted = next(w for w in warnings if w.code == "deleted_numbers")
    assert int(deleted.message.split()[0]) >= 35
    assert [w.code for w in warnings].count("truncated") == 1       # body stops after ch.15 of 17


def test_hz_fourteen_empty_boxes_and_orphan_note() -> None:
    _, _, nodes, warnings = parse_corpus(HZ)
    boxes = [n for n in nodes if n.kind == "box"]
    assert [b.number for b in boxes] == [str(i) for i in range(1, 15)]
    assert [w.line_start for w in warnings if w.code == "empty_box"] == [b.line_start for b in boxes]
    note = node_at(nodes, 127)
    assert (note.kind, note.line_start, note.head_end, note.parent) == ("note", 127, 132, node_at(nodes, 126).id)
    assert ("table_missing", 127, 132) in [(w.code, w.line_start, w.line_end) for w in warnings]
    assert ("figure_missing", 139) in [(w.code, w.line_start) for w in warnings]


def test_hz_list_numbers_glued_to_years() -> None:
    _, _, nodes, _ = parse_corpus(HZ)
    item = node_at(nodes, 116)
    assert (item.kind, item.label, item.number, item.title) == ("item", "1.", "1", "2035年遠景目標")
    # 第三節 發展目標 is missing from the body: the TOC restores it in the path (the parent stays L107)
    assert item.path[1:] == ("第三節 發展目標", "1.2035年遠景目標") and item.parent == node_at(nodes, 107).id
    assert node_at(nodes, 108).path[1:] == ("第二節 指導方針", "1.指導思想")


def test_ch_notes_without_tables_and_figure() -> None:
    _, _, nodes, warnings = parse_corpus(CH)
    assert [(n.line_start, n.head_end) for n in nodes if n.kind == "note"] == [(15, 15), (46, 47), (285, 285)]
    assert [(w.code, w.line_start) for w in warnings] == [("table_missing", 15), ("table_missing", 46),
                                                          ("figure_missing", 285)]
    assert node_at(nodes, 15).parent == node_at(nodes, 6).id        # in the section, not in paragraph L14


def test_lw_paragraphs_only() -> None:
    document, _, nodes, warnings = parse_corpus(LW)
    assert {n.kind for n in nodes} == {"paragraph", "note"}
    assert node_at(nodes, 33).kind == "note" and node_at(nodes, 33).head_end == 35
    assert node_at(nodes, 39).title == "国际发展环境"
    codes = [w.code for w in warnings]
    assert "no_headings" in codes and "table_missing" in codes
    assert ("truncated" in codes) != any(w.code == "truncated" for w in document.warnings)  # never twice


def test_wr_items_and_runin_paragraphs() -> None:
    _, _, nodes, _ = parse_corpus(WR)
    # a report without 章/节: 一、 is its chapter level and (一) its section level, as in plan outlines
    assert [n.label for n in nodes if n.kind == "chapter" and n.parent is None] == ["一、", "二、", "三、"]
    item = node_at(nodes, 20)
    assert (item.label, item.title) == ("(一)", "综合实力显著提升")
    para = node_at(nodes, 22)
    assert (para.kind, para.title, para.parent) == ("paragraph", "经济实力迈上新台阶", item.id)
    assert node_at(nodes, 90).label == "一是"


def test_national_report_fullwidth_markers() -> None:
    _, _, nodes, _ = parse_corpus("national/national_work_report_2016.txt")
    top = [(n.label, n.title) for n in nodes if n.kind == "chapter" and n.parent is None]
    assert top == [("一、", "2015年工作回顾"), ("二、", "“十三五”时期主要目标任务和重大举措"),
                   ("三、", "2016年重点工作")]
    assert node_at(nodes, 93).label == "(一)"
