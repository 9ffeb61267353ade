"""Word files as governments write them: automatic numbering, Heading styles, 专栏 boxes, furniture.

The fixtures under tests/fixtures/formats/ are generated from the sample corpus by
scripts/make_format_fixtures.py: their heading labels live in numbering.xml, not in the text runs.
"""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest

from plantrace.ingest.docx_numbering import Numbering, format_number, join_label
from plantrace.ingest.docx_text import docx_read
from plantrace.ingest.readers import read_source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
MAX = 50 * 1024 * 1024


def _reference(name: str) -> list[str]:
    """The text version: the excerpt's lines of the sample document, stripped, blank lines dropped."""
    where = json.loads((FIXTURES / "excerpts.json").read_text(encoding="utf-8"))[name]
    lines = (CORPUS / where["source"]).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[where["first"] - 1: where["last"]] if line.strip()]


@pytest.mark.parametrize("name", ["conghua_outline", "guangzhou_report_2021", "guangzhou_outline_box"])
def test_generated_word_file_reads_as_its_text_version(name: str) -> None:
    source = read_source(FIXTURES / f"{name}.docx", max_bytes=MAX)
    nfkc = [unicodedata.normalize("NFKC", line) for line in source.lines]
    assert nfkc == [unicodedata.normalize("NFKC", line) for line in _reference(name)]


def test_labels_come_from_numbering_not_from_the_runs() -> None:
    import docx

    document = docx.Document(str(FIXTURES / "conghua_outline.docx"))
    runs = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert runs[0].startswith("全面建成小康社会")  # the run has no 第一章 …
    lines = read_source(FIXTURES / "conghua_outline.docx", max_bytes=MAX).lines
    assert "第一章 全面建成小康社会" in lines[0]  # … the reader puts it back
    assert [line[:3] for line in lines if line.startswith("第") and line[2] in "章节"] == [
        "第一章", "第一节", "第二节",
    ]


def test_box_as_one_cell_table_keeps_title_and_body() -> None:
    lines = read_source(FIXTURES / "guangzhou_outline_box.docx", max_bytes=MAX).lines
    title = next(i for i, line in enumerate(lines) if line.startswith("专栏18"))
    assert lines[title] == "专栏18 绿色生活创建行动"
    assert lines[title + 1].startswith("一、节约型机关创建行动")
    assert lines[title + 7].startswith("七、绿色建筑创建行动")


def test_header_and_footer_kept_apart_and_said() -> None:
    path = FIXTURES / "conghua_outline.docx"
    lines, warnings = docx_read(path, path.read_bytes())
    header = "广州市从化区国民经济和社会发展第十四个五年规划"
    assert header not in lines
    assert [w.code for w in warnings] == ["docx_kept_apart"]
    assert header in warnings[0].message


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"), (35, "chineseCountingThousand", "三十五"),
        (105, "chineseCounting", "一百零五"), (3, "ideographTraditional", "丙"),
        (12, "chineseLegalSimplified", "拾贰"), (4, "decimalEnclosedCircle", "④"),
        (4, "lowerRoman", "iv"), (27, "upperLetter", "AA"), (7, "decimal", "7"),
        (12, "ideographDigital", "一二"),
    ],
)
def test_word_number_formats(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


def _numbering_xml(levels: str, nums: str) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return (f'<w:numbering xmlns:w="{w}"><w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum>'
            f"{nums}</w:numbering>").encode()


def _lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def test_counters_restart_below_a_higher_level_and_start_override() -> None:
    from lxml import etree

    levels = (_lvl(0, "chineseCounting", "第%1章") + _lvl(1, "chineseCounting", "第%2节")
              + _lvl(2, "decimal", "%2.%3"))
    nums = ('<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="6"><w:abstractNumId w:val="1"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>')
    numbering = Numbering.from_part(etree.fromstring(_numbering_xml(levels, nums)))
    seen = [numbering.label("5", lvl) for lvl in (0, 1, 1, 2, 2, 0, 1, 2)]
    assert seen == ["第一章", "第一节", "第二节", "二.1", "二.2", "第二章", "第一节", "一.1"]
    assert numbering.label("6", 0) == "第三章"
    assert numbering.label("7", 0) == ""  # an unknown list prints nothing


def test_no_restart_when_lvl_restart_is_zero() -> None:
    from lxml import etree

    levels = _lvl(0, "chineseCounting", "%1、") + _lvl(1, "decimal", "%2.", '<w:lvlRestart w:val="0"/>')
    numbering = Numbering.from_part(etree.fromstring(_numbering_xml(levels, '<w:num w:numId="1">'
                                                                    '<w:abstractNumId w:val="1"/></w:num>')))
    assert [numbering.label("1", lvl) for lvl in (0, 1, 1, 0, 1)] == ["一、", "1.", "2.", "二、", "3."]


def test_numbering_from_the_heading_style() -> None:
    """Heading styles that carry numPr (the usual Word template) number their paragraphs."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
                                  + _lvl(0, "chineseCounting", "第%1部分") + "</w:abstractNum>"))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    style = document.styles["Heading 1"]
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>'))
    document.add_paragraph("加快建设现代化经济体系", style="Heading 1")
    document.add_paragraph("到2025年,全区地区生产总值达到550亿元。")
    document.add_paragraph("推进乡村全面振兴", style="Heading 1")
    buffer = io.BytesIO()
    document.save(buffer)
    lines, _ = docx_read(Path("styled.docx"), buffer.getvalue())
    assert lines == [
        "第一部分 加快建设现代化经济体系", "到2025年,全区地区生产总值达到550亿元。", "第二部分 推进乡村全面振兴",
    ]


@pytest.mark.parametrize(
    ("label", "text", "joined"),
    [("第一章", "总体要求", "第一章 总体要求"), ("一、", "主要目标", "一、主要目标"),
     ("（二）", "动能转换", "（二）动能转换"), ("", "正文", "正文"), ("1.", "指标", "1.指标")],
)
def test_join_label(label: str, text: str, joined: str) -> None:
    assert join_label(label, text) == joined


def test_text_box_kept_out_of_the_body_and_said() -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("全面推进乡村振兴，建设宜居宜业和美乡村。")
    box = ('<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><w:txbxContent><w:p><w:r>'
           "<w:t>图片说明：高标准农田建设现场</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>")
    paragraph.add_run()._r.append(parse_xml(box))
    buffer = io.BytesIO()
    document.save(buffer)
    lines, warnings = docx_read(Path("boxed.docx"), buffer.getvalue())
    assert lines == ["全面推进乡村振兴，建设宜居宜业和美乡村。"]
    assert [w.code for w in warnings] == ["docx_kept_apart"] and "1 text box" in warnings[0].message
