"""Readers lose nothing silently: forms, void elements, block ends, deep tables; zip bombs are refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from plantrace.errors import DocumentTooLarge
from plantrace.ingest.readers import read_source

MAX = 200 << 20

ASPNET_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>规划</title></head><body>
<form name="aspnetForm" method="post" action="./Default.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<div class="main"><h1>天津市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要</h1>
<p>第一章 开启全面建设社会主义现代化大都市新征程</p><p>“十三五”时期，全市地区生产总值年均增长5%左右。</p>
<select name="links"><option>相关链接</option></select></div></form></body></html>"""


def html(tmp_path: Path, body: str) -> tuple[str, ...]:
    path = tmp_path / "page.html"
    path.write_text(body, encoding="utf-8")
    return read_source(path, max_bytes=MAX).lines


def test_a_page_wrapped_in_one_form_keeps_its_text(tmp_path: Path) -> None:
    lines = html(tmp_path, ASPNET_PAGE)
    assert "第一章 开启全面建设社会主义现代化大都市新征程" in lines
    assert "“十三五”时期，全市地区生产总值年均增长5%左右。" in lines
    assert not any("相关链接" in line for line in lines)


def test_an_unclosed_embed_does_not_swallow_the_page(tmp_path: Path) -> None:
    page = ("<html><body><p>重庆市人民政府工作报告</p><embed src=\"/flash/banner.swf\" width=\"600\">"
            "<p>一、2025年工作回顾</p><p>全市地区生产总值增长6%左右。</p></body></html>")
    assert html(tmp_path, page) == ("重庆市人民政府工作报告", "一、2025年工作回顾", "全市地区生产总值增长6%左右。")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<div>第一章 总则</div>第一条 为了推动高质量发展，制定本规划。",
         ("第一章 总则", "第一条 为了推动高质量发展，制定本规划。")),
        ("<h2>第二节 主要目标</h2>到2025年，全省研发经费投入强度达到2.5%。<p>第三节</p>尾注",
         ("第二节 主要目标", "到2025年，全省研发经费投入强度达到2.5%。", "第三节", "尾注")),
        ("前言<div>一、发展基础</div><span>成绩显著</span>",
         ("前言", "一、发展基础", "成绩显著")),
    ],
)
def test_a_block_element_ends_its_line(tmp_path: Path, body: str, expected: tuple[str, ...]) -> None:
    assert html(tmp_path, f"<html><body>{body}</body></html>") == expected


def test_dropped_text_is_reported(tmp_path: Path) -> None:
    page = ("<html><body><p>江西省人民政府工作报告</p><object data=\"plan.swf\"><p>本报告全文另见附件：二〇二六年主要"
            "预期目标及重点任务清单</p></object><p>各位代表：</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    source = read_source(path, max_bytes=MAX)
    assert source.lines == ("江西省人民政府工作报告", "各位代表：")
    assert [w.code for w in source.warnings] == ["html_dropped"]
    assert "<object>" in source.warnings[0].message


def _docx(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def test_tables_nested_deeper_than_eight_levels_keep_their_text(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("福建省“十四五”重点项目表")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "第1层"
    for depth in range(2, 13):
        inner = cell.add_table(rows=1, cols=1).cell(0, 0)
        inner.text = f"第{depth}层"
        cell = inner
    cell.add_paragraph("福州滨海新城综合医院项目")
    path = tmp_path / "nested.docx"
    path.write_bytes(_docx(document))
    source = read_source(path, max_bytes=MAX)
    text = "\n".join(source.lines)
    for depth in range(1, 13):
        assert f"第{depth}层" in text
    assert "福州滨海新城综合医院项目" in text
    assert [w.code for w in source.warnings] == ["docx_deep_tables"]


def test_a_docx_zip_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    import docx

    good = zipfile.ZipFile(io.BytesIO(_docx(docx.Document())))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in good.namelist():
            data = good.read(name)
            if name == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (40 << 20))
            archive.writestr(name, data)
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 200_000
    with pytest.raises(DocumentTooLarge, match="zip bomb") as info:
        read_source(path, max_bytes=MAX)
    assert "bomb.docx" in info.value.message and "expands" in info.value.message
