"""Levels markers alone do not tell (plantrace.parse.levels): unnumbered top-level headings of work
reports, 一是 lines, sections of notes, and chapter/section kinds by depth. Fixtures are short
excerpts of real 2026 provincial work reports (内蒙古, 云南, 宁夏, 青海, from the public mirror
johncodes404/china-provincial-gov-reports-2026), cut to a few lines each."""

from __future__ import annotations

from collections.abc import Sequence

from tests.parse.parse_helpers import headings, make_document
from tests.parse.parse_helpers import parse_lines as parse_untyped

from plantrace.ingest.metadata import detect_metadata
from plantrace.models import Node
from plantrace.parse import parse_document


def parse_lines(lines: Sequence[str]) -> tuple[None, None, tuple[Node, ...], None]:
    """Parse with metadata detected from the text (the document type decides unnumbered headings)."""
    _, cleaned = make_document(lines)
    nodes, _ = parse_document(detect_metadata(cleaned), cleaned)
    return None, None, nodes, None

OPENING = ["政府工作报告", "——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上", "各位代表:"]

# 内蒙古自治区 2026: two unnumbered parts, the second holding 一、 chapters and (一) sections.
NEIMENGGU = [
    *OPENING,
    "“十四五”时期发展成就和2025年工作回顾",
    "“十四五”时期内蒙古发展历程极不平凡,极为难忘。",
    "——这五年综合经济实力大幅提升。地区生产总值迈上2万亿元新台阶。",
    "“十五五”时期主要目标和2026年重点工作",
    "今年经济社会发展的主要预期目标是:地区生产总值增长5%左右。",
    "一、把铸牢中华民族共同体意识作为民族地区各项工作的主线",
    "铸牢中华民族共同体意识是新时代党的民族工作的主线。",
    "(一)加强中华民族共有精神家园建设。深入实施中华民族视觉形象工程。",
    "(二)促进各民族广泛交往交流交融。把各民族交往交流交融融入城乡建设。",
    "二、全力抓好七项重点工作",
    "(一)立足壮大实体经济,建设体现内蒙古特色优势的现代化产业体系。",
    "一要加快传统产业提质升级。实施工业领域设备更新改造项目。",
]


def test_unnumbered_parts_and_numbered_levels_by_depth() -> None:
    _, _, nodes, _ = parse_lines(NEIMENGGU)
    outline = [(kind, label) for kind, label, _ in headings(nodes) if kind != "item"]
    assert outline == [
        ("part", None), ("part", None), ("chapter", "一、"), ("section", "(一)"), ("section", "(二)"),
        ("chapter", "二、"), ("section", "(一)"),
    ]
    parts = [n for n in nodes if n.kind == "part"]
    assert [p.title for p in parts] == ["“十四五”时期发展成就和2025年工作回顾", "“十五五”时期主要目标和2026年重点工作"]
    chapters = [n for n in nodes if n.kind == "chapter"]
    assert {c.parent for c in chapters} == {parts[1].id}
    assert nodes[-1].kind == "paragraph"  # 一要…: a paragraph of its section, not a heading


# 宁夏回族自治区 2026: 一是 paragraphs inside a (cn) section; 云南省 2026: 一、 at the top.
NINGXIA = [
    *OPENING,
    "三、2026年重点工作",
    "(八)着力办好民生实事,在全面提高人民生活品质上取得新进展。",
    "一是深化就业促进工程。",
    "实施就业优先政策,城镇新增就业7.5万人以上。",
    "二是深化社保扩面提标工程。健全完善多层次社会保障体系。",
]


def test_shi_lines_are_paragraphs_not_headings() -> None:
    _, _, nodes, _ = parse_lines(NINGXIA)
    kinds = [(n.kind, n.label) for n in nodes if n.line_start > len(OPENING)]
    assert kinds[:2] == [("chapter", "三、"), ("section", "(八)")]
    assert [k for k, _ in kinds[2:]] == ["paragraph", "paragraph", "paragraph"]


def test_a_short_sentence_line_is_not_an_unnumbered_heading() -> None:
    # 青海省 2026: short run-in lines ending in 。 under a numbered chapter stay paragraphs.
    _, _, nodes, _ = parse_lines([*OPENING, "一、2025年和“十四五”时期工作回顾", "生态底色更加亮丽。",
                                  "始终坚持生态优先、绿色发展,推进生态文明高地建设迈上新台阶。"])
    assert [n.kind for n in nodes if n.line_start > len(OPENING)] == ["chapter", "paragraph", "paragraph"]


def test_plans_keep_their_chapters_and_items() -> None:
    _, _, nodes, _ = parse_untyped(["第一章 发展基础", "一、经济实力显著增强", "全区经济总量持续扩大。"])
    assert [(n.kind, n.label) for n in nodes[:2]] == [("chapter", "第一章"), ("item", "一、")]


# Notes after the text, in the layout of the 注释 first appended to the 2010 national report
# (entries named in Xinhua's report of 2010-03-05; definitions shortened).
NOTES = [
    *OPENING,
    "一、2025年工作回顾",
    "推进电信网、广播电视网和互联网“三网”融合取得实质性进展。",
    "注释",
    "1.“三网”融合:指电信网、广播电视网和互联网在向宽带通信网、数字电视网、下一代互联网演进过程中融合发展。",
    "2.物联网:指通过信息传感设备,把物品与互联网连接起来,进行信息交换和通信的网络。",
]


def test_a_notes_section_holds_notes() -> None:
    _, _, nodes, _ = parse_lines(NOTES)
    tail = [(n.kind, n.label) for n in nodes if n.line_start > len(OPENING) + 2]
    assert tail == [("annex", None), ("note", "1."), ("note", "2.")]
    assert all(dict(n.attrs).get("role") == "note_section" for n in nodes if n.kind == "note")


def test_unnumbered_headings_only_in_work_reports() -> None:
    _, _, nodes, _ = parse_untyped(NEIMENGGU)  # no document type known: the lines stay paragraphs
    assert not [n for n in nodes if n.kind == "part"]
