"""Word headings by formatting alone (issue #14): outline levels, Heading/标题 styles, short bold lines —
and what is not a heading: a table's cells, bold words inside a sentence, a bold sentence, a caption."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plantrace.ingest.docx_text import docx_layout
from plantrace.pipeline import process_file

BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"
RESULT = "全年全区地区生产总值达到550亿元，比上年增长6.5%。"


def _outline(paragraph: Any, level: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    found = OxmlElement("w:outlineLvl")
    found.set(qn("w:val"), str(level))
    paragraph._p.get_or_add_pPr().append(found)


def _bold(document: Any, text: str) -> Any:
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    return paragraph


def _docx(build: Callable[[Any], None]) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _headings(data: bytes) -> dict[str, str]:
    lines, _, headings, _ = docx_layout(Path("t.docx"), data)
    return {line: heading for line, heading in zip(lines, headings, strict=True) if heading}


def _heading_styles(document: Any) -> None:
    document.add_paragraph("广州市海珠区国民经济和社会发展第十四个五年规划纲要", style="Title")
    document.add_paragraph("总体要求", style="Heading 1")
    document.add_paragraph(BODY)
    document.add_paragraph("发展环境", style="Heading 2")
    document.add_paragraph(RESULT)


def _chinese_style_names(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    for level in (1, 2):  # WPS names its heading styles 标题 1, 标题 2 (no outline level in the style)
        document.styles.add_style(f"标题 {level}", WD_STYLE_TYPE.PARAGRAPH).base_style = document.styles["Normal"]
    document.add_paragraph("巩固提升脱贫攻坚成果", style="标题 1")
    document.add_paragraph(BODY)
    document.add_paragraph("推进乡村全面振兴", style="标题 2")
    document.add_paragraph(RESULT)


def _outline_levels(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    _outline(document.add_paragraph("构建现代产业体系"), 0)        # on the paragraph
    document.add_paragraph(BODY)
    style = document.styles.add_style("二级标题", WD_STYLE_TYPE.PARAGRAPH)
    derived = document.styles.add_style("二级标题加粗", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = style
    pPr = style.element.get_or_add_pPr()
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    found = OxmlElement("w:outlineLvl")
    found.set(qn("w:val"), "1")
    pPr.append(found)
    document.add_paragraph("壮大战略性新兴产业", style="二级标题加粗")  # from the style it is based on
    document.add_paragraph(RESULT)
    _outline(document.add_paragraph("正文级别的段落"), 9)            # 9: body text


def _bold_lines(document: Any) -> None:
    _bold(document, "推动高质量发展")
    paragraph = document.add_paragraph("全年粮食产量")
    paragraph.add_run("241.5万吨").bold = True
    paragraph.add_run("，比上年增长1.2%。")
    _bold(document, "全年全区地区生产总值达到550亿元，比上年增长6.5%。")
    _bold(document, "表1 主要指标")
    table = document.add_table(rows=3, cols=2)
    for i, row in enumerate([("指标", "2025年"), ("地区生产总值", "550亿元"), ("城镇化率", "88%")]):
        for j, value in enumerate(row):
            table.cell(i, j).paragraphs[0].add_run(value).bold = True
    box = document.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].add_run("专栏1 重大工程").bold = True
    box.add_paragraph().add_run("城市更新工程").bold = True


@pytest.mark.parametrize(("build", "expected"), [
    (_heading_styles, {"总体要求": "outline1", "发展环境": "outline2"}),
    (_chinese_style_names, {"巩固提升脱贫攻坚成果": "outline1", "推进乡村全面振兴": "outline2"}),
    (_outline_levels, {"构建现代产业体系": "outline1", "壮大战略性新兴产业": "outline2"}),
    (_bold_lines, {"推动高质量发展": "bold", "表1 主要指标": ""} | {}),
])
def test_heading_style_of_each_line(build: Callable[[Any], None], expected: dict[str, str]) -> None:
    assert _headings(_docx(build)) == {k: v for k, v in expected.items() if v}


def _tree(tmp_path: Path, build: Callable[[Any], None]) -> list[tuple[str, str, str]]:
    path = tmp_path / "plan.docx"
    path.write_bytes(_docx(build))
    parsed, _ = process_file(path)
    by_id = {n.id: n for n in parsed.nodes}
    return [(n.kind, n.title or n.text[:5], by_id[n.parent].title if n.parent else "")
            for n in parsed.nodes]


def test_styled_headings_nest_as_chapters_and_sections(tmp_path: Path) -> None:
    assert _tree(tmp_path, _heading_styles) == [
        ("paragraph", "广州市海珠", ""), ("chapter", "总体要求", ""), ("paragraph", "坚持稳中求", "总体要求"),
        ("section", "发展环境", "总体要求"), ("paragraph", "全年全区地", "发展环境"),
    ]


def test_outline_levels_nest_and_level_nine_is_body(tmp_path: Path) -> None:
    tree = _tree(tmp_path, _outline_levels)
    assert tree[:4] == [("chapter", "构建现代产业体系", ""), ("paragraph", "坚持稳中求", "构建现代产业体系"),
                        ("section", "壮大战略性新兴产业", "构建现代产业体系"),
                        ("paragraph", "全年全区地", "壮大战略性新兴产业")]
    assert tree[4][0] == "paragraph"


def test_bold_heading_yes_table_cells_bold_runs_and_captions_no(tmp_path: Path) -> None:
    tree = _tree(tmp_path, _bold_lines)
    headings = [title for kind, title, _ in tree if kind in ("chapter", "section", "item") and "|" not in title]
    rows = {title for kind, title, parent in tree if kind == "item" and parent == "表1主要指标"}
    assert ("table", "表1主要指标", "推动高质量发展") in tree   # the bold caption is the table's title
    assert rows == {"地区生产总值", "城镇化率"}                   # bold cells are rows, not headings
    assert [h for h in headings if h not in rows] == ["推动高质量发展"]
    assert ("box", "重大工程", "推动高质量发展") in tree            # a box's bold title is found by its label
