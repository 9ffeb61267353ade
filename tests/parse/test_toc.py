"""Table of contents: detected once, not counted as body headings, and used to report missing headings."""

from __future__ import annotations

from parse_helpers import headings, parse_corpus, parse_lines

from plantrace.parse.toc import compact, glued_title_end

TOC = ["目录", "第一章 发展基础", "第一节 发展环境", "第二节 指导方针", "第二章 创新驱动",
       "第一节 建设科技创新轴", "附件1 重大项目表"]
BODY_TEXT = "“十三五”时期,全市经济社会发展取得显著成就,综合实力迈上新台阶,人民生活水平明显提高。"


def test_toc_is_one_node_with_entries() -> None:
    _, _, nodes, _ = parse_lines([*TOC, "第一章 发展基础", "第一节 发展环境", BODY_TEXT])
    toc = nodes[0]
    assert (toc.kind, toc.line_start, toc.line_end, toc.parent) == ("toc", 1, 7, None)
    assert toc.attrs[0] == ("2", "第一章 发展基础") and len(toc.attrs) == 6
    assert headings(nodes[1:]) == [("chapter", "第一章", "发展基础"), ("section", "第一节", "发展环境")]


def test_missing_chapters_and_headings_come_from_the_toc() -> None:
    _, _, _, warnings = parse_lines([*TOC, "第一章 发展基础", "第一节 发展环境", BODY_TEXT])
    found = {w.code: w for w in warnings}
    assert (found["missing_chapters"].line_start, found["missing_chapters"].line_end) == (5, 7)
    assert found["missing_chapters"].message.startswith("2 of 6")
    assert (found["missing_headings"].line_start, found["missing_headings"].line_end) == (4, 6)


def test_toc_without_header_needs_two_chapters() -> None:
    lines = ["第一章 发展基础", "第一节 发展环境", "第二节 指导方针", "第三节 主要目标", BODY_TEXT]
    _, _, nodes, _ = parse_lines(lines)
    assert "toc" not in [n.kind for n in nodes]


def test_glued_heading_title_is_cut_where_the_toc_entry_ends() -> None:
    lines = ["第九章强化城市规划建设管理", "第一节加强国土空间开发保护", "第二节优化城市空间布局",
             "第十章全面推进乡村振兴", "第九章 强化城市规划建设管理",
             "第一节加强国土空间开发保护加快国土空间总体规划获批,强化规划战略性、科学性。"]
    _, _, nodes, warnings = parse_lines(lines)
    section = nodes[-1]
    assert (section.kind, section.title, section.line_start) == ("section", "加强国土空间开发保护", 6)
    assert section.simp.endswith("强化规划战略性、科学性。")      # the glued paragraph stays in its own text
    assert {w.code for w in warnings} == {"missing_chapters", "missing_headings", "truncated"}  # 第十章 absent


def test_glued_title_end() -> None:
    title = "加强国土空间开发保护加快国土空间总体规划获批,强化规划战略性"
    assert glued_title_end(title, compact("第一节加强国土空间开发保护"), "第一节") == 10
    assert glued_title_end(title, compact("第一节优化城市空间布局"), "第一节") is None


def test_guangzhou_toc_lines_1_to_98_and_missing_chapters() -> None:
    _, _, nodes, warnings = parse_corpus("guangzhou_fyp14_outline_partial.txt")
    tocs = [n for n in nodes if n.kind == "toc"]
    assert [(t.line_start, t.line_end, len(t.attrs)) for t in tocs] == [(1, 98, 98)]
    chapters = [n.number for n in nodes if n.kind == "chapter"]
    assert chapters == [str(i) for i in range(7, 16)]                # TOC not counted twice
    missing = next(w for w in warnings if w.code == "missing_chapters")
    assert missing.message.startswith("10 of 98")                    # ch. 1-6, 16, 17 and two annexes
    for absent in ("第一章", "第六章", "第十六章", "第十七章", "附件1", "附件2"):
        assert absent in missing.message or absent in missing.message.replace(" ", "")


def test_haizhu_toc_gives_paths_to_sections_whose_chapter_is_missing() -> None:
    _, _, nodes, warnings = parse_corpus("haizhu_fyp14_outline_hant.txt")
    toc = next(n for n in nodes if n.kind == "toc")
    assert (toc.line_start, toc.line_end) == (8, 84)
    section = next(n for n in nodes if n.line_start == 218)
    assert section.parent is None
    assert section.path == ("第五章 深挖內需潛力,服務構建新發展格局", "第三節 擴大和引入優質投資")
    assert ("path_from_toc", "1") in section.attrs
    codes = [w.code for w in warnings]
    assert "missing_chapters" in codes and "missing_headings" in codes
