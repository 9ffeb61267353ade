"""Readers: txt, html, docx, pdf round trips, and every input error naming the file."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from plantrace.errors import (
    BinaryFile,
    BrokenFile,
    DocumentTooLarge,
    EmptyDocument,
    InputError,
    MissingExtra,
    NotFound,
    UnsupportedFormat,
)
from plantrace.ingest import load
from plantrace.ingest.html_text import html_lines
from plantrace.ingest.readers import read_source

MAX = 50 * 1024 * 1024
WR_HEAD = ["广州市人民政府工作报告(2021年)", "——2021年1月29日在广州市第十五届人民代表大会第六次会议上",
           "广州市市长 温国辉", "各位代表:", "现在,我代表广州市人民政府,向大会报告工作,请予审议。"]


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF written by hand: one ``Tj`` per line in Helvetica (ASCII text only)."""
    body: list[tuple[int, bytes]] = [(1, b"<< /Type /Catalog /Pages 2 0 R >>")]
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    body.append((2, f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode()))
    body.append((3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"))
    for i, lines in enumerate(pages):
        shown = [f"({line.replace('(', '[').replace(')', ']')}) Tj T*" for line in lines]
        stream = "\n".join(["BT /F1 12 Tf 14 TL 72 720 Td", *shown, "ET"]).encode() if lines else b"0 0 m 9 9 l S"
        number = 4 + 2 * i
        page = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                f"<< /Font << /F1 3 0 R >> >> /Contents {number + 1} 0 R >>")
        body.append((number, page.encode()))
        body.append((number + 1, b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, content in body:
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
    return bytes(out)


def make_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("广州市人民政府工作报告(2021年)")
    document.add_paragraph("")
    document.add_paragraph("各位代表:")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "指标", "2020年", "2025年"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "地区生产总值"
    table.cell(1, 2).text = "增长6%左右"
    paragraph = document.add_paragraph("第一行")
    paragraph.add_run().add_break()
    paragraph.add_run("第二行。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# txt ------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".TXT", ""])
def test_text_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"report{suffix}"
    path.write_text("\n".join(WR_HEAD), encoding="utf-8")
    source = read_source(path, max_bytes=MAX)
    assert source.format == "txt"
    assert source.lines == tuple(WR_HEAD)
    assert len(source.sha256) == 64


def test_same_bytes_same_file_same_id(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n".join(WR_HEAD), encoding="utf-8")
    b.write_text("\n".join(WR_HEAD), encoding="utf-8")
    assert load(a)[0].id == load(a)[0].id
    # the same bytes under another path are another document (the store links them as duplicates)
    assert load(a)[0].sha256 == load(b)[0].sha256 and load(a)[0].id != load(b)[0].id
    before = load(b)[0].id
    b.write_text("\n".join(WR_HEAD) + "\n再见。", encoding="utf-8")
    assert load(b)[0].id != before


# html -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告_广州市人民政府</title>
<script>document.write('不应出现')</script><style>.x{color:red}</style></head><body>
<nav>首页 &gt; 新闻</nav><noscript>请启用脚本</noscript><iframe src="https://example.invalid/"></iframe>
<div id="c"><h1>广州市人民政府工作报告(2021年)</h1><p>各位代表:</p>
<p>现在,我代表广州市人民政府,
向大会报告工作。<br>请予审议。</p>
<table><tr><td>指标</td><td>2025年</td></tr></table><ul><li>一是<b>稳增长</b></li><li>二是惠民生</li></ul>
<pre>第一行
第二行</pre></div><img src="https://example.invalid/x.png" onerror="alert(1)"></body></html>"""


def test_html_block_structure(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    source = read_source(path, max_bytes=MAX)
    assert source.format == "html"
    assert source.lines == (
        "广州市人民政府工作报告(2021年)", "各位代表:", "现在,我代表广州市人民政府, 向大会报告工作。",
        "请予审议。", "指标", "2025年", "一是稳增长", "二是惠民生", "第一行", "第二行",
    )


GOV_PAGE = """<html><head><meta charset="utf-8"><title>纲要_荔湾区人民政府</title></head><body>
<div class="crumb">您现在的位置:<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="info">发布时间:2021-07-28 来源:区发展改革局 【字体:大 中 小】</div>
<h1>广州市荔湾区国民经济和社会发展第十四个五年规划和2035年远景目标纲要</h1>
<p>“十三五”时期全区经济保持持续稳定发展,综合实力显著增强,人民生活水平不断提高。</p>
<p>到2025年,全区地区生产总值年均增长6%左右,创新能力显著提升。</p>
<div class="foot"><p>版权所有:广州市荔湾区人民政府</p><p>粤ICP备05008887号 粤公网安备 44010302000101号</p></div>
</body></html>"""


def test_html_page_through_load(tmp_path: Path) -> None:
    path = tmp_path / "liwan.html"
    path.write_text(GOV_PAGE, encoding="utf-8")
    document, cleaned = load(path)
    assert [(r.line_start, r.line_end, r.reason) for r in cleaned.removed] == [
        (1, 2, "web_chrome"), (6, 7, "footer"),
    ]
    assert (document.format, document.title, document.jurisdiction, document.period) == (
        "html", "广州市荔湾区国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "广州市荔湾区", (2021, 2025),
    )


def test_html_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "gbk.htm"
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
    path.write_bytes((page + "<body><p>广州市人民政府</p></body></html>").encode("gb2312"))
    source = read_source(path, max_bytes=MAX)
    assert source.encoding == "gb2312"
    assert source.lines == ("广州市人民政府",)


def test_html_wrong_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "wrong.html"
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>广州市人民政府</p></body></html>'
    path.write_bytes(page.encode("utf-8"))
    source = read_source(path, max_bytes=MAX)
    assert (source.encoding, source.lines) == ("utf-8", ("广州市人民政府",))


def test_html_without_suffix_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved_page"
    path.write_text(PAGE, encoding="utf-8")
    assert read_source(path, max_bytes=MAX).format == "html"


def test_hostile_html_deep_nesting_and_huge_attribute() -> None:
    deep = "<div>" * 50_000 + "深层文字" + "</div>" * 50_000 + "<p>尾</p>"
    assert html_lines(deep, Path("deep.html")) == ["深层文字", "尾"]
    huge = '<p title="' + "x" * 2_000_000 + '" onclick="' + "y" * 100_000 + '">正文</p>'
    assert html_lines(huge, Path("huge.html")) == ["正文"]
    unclosed = "<p>一<p>二<table><tr><td>三" + "<b>" * 1000 + "四<td>五"
    assert html_lines(unclosed, Path("unclosed.html")) == ["一", "二", "三四", "五"]


@pytest.mark.parametrize(
    ("name", "content", "lines"),
    [
        ("page.xhtml", '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
         "<body><p>各位代表:</p></body></html>", ("各位代表:",)),
        ("link.html", "https://www.gov.cn/zhengce/content/2021-12/12/content_5667817.htm",
         ("https://www.gov.cn/zhengce/content/2021-12/12/content_5667817.htm",)),
    ],
)
def test_html_edge_cases_raise_no_warnings(tmp_path: Path, name: str, content: str, lines: tuple[str, ...]) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert read_source(path, max_bytes=MAX).lines == lines


def test_html_with_only_chrome_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>x()</script></head><body><nav>首页</nav></body></html>", "utf-8")
    with pytest.raises(EmptyDocument, match=r"empty\.html"):
        read_source(path, max_bytes=MAX)


# docx -----------------------------------------------------------------------------------


def test_docx_paragraphs_and_cells_in_order(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx())
    source = read_source(path, max_bytes=MAX)
    assert source.format == "docx"
    assert source.lines == (
        "广州市人民政府工作报告(2021年)", "", "各位代表:", "指标 | 2020年 | 2025年",
        "地区生产总值 |  | 增长6%左右", "第一行", "第二行。",
    )
    document, _ = load(path)
    assert document.title == "广州市人民政府工作报告(2021年)"
    assert document.period == (2021, 2021)


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("")
    document.add_table(rows=1, cols=2)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "blank.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(EmptyDocument, match=r"blank\.docx"):
        read_source(path, max_bytes=MAX)


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04 this is not a zip",
        _zip({"hello.txt": "no word document here"}),
        make_docx()[:600],
    ],
    ids=["bad-zip", "zip-without-document", "truncated"],
)
def test_broken_docx(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    with pytest.raises(BrokenFile, match=r"broken\.docx"):
        read_source(path, max_bytes=MAX)


def test_docx_with_damaged_xml(tmp_path: Path) -> None:
    good = zipfile.ZipFile(io.BytesIO(make_docx()))
    parts = {name: good.read(name).decode("utf-8", "replace") for name in good.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"][:300]
    path = tmp_path / "damaged.docx"
    path.write_bytes(_zip(parts))
    with pytest.raises(BrokenFile, match=r"damaged\.docx"):
        read_source(path, max_bytes=MAX)


# pdf (hand-written PDFs with ASCII text: pypdf cannot write text, CJK fonts are not embedded) ---


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([["Guangzhou Work Report 2021", "GDP grew 2.7% in 2020."], ["Page two."]]))
    source = read_source(path, max_bytes=MAX)
    assert source.format == "pdf"
    assert source.lines == ("Guangzhou Work Report 2021", "GDP grew 2.7% in 2020.", "Page two.")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []]))
    with pytest.raises(EmptyDocument, match=r"scan\.pdf.*no text layer") as caught:
        read_source(path, max_bytes=MAX)
    assert "OCR" in caught.value.hint


@pytest.mark.parametrize("data", [b"%PDF-1.4\nnot really a pdf", make_pdf([["x"]])[:150]], ids=["junk", "cut"])
def test_broken_pdf(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(BrokenFile, match=r"broken\.pdf"):
        read_source(path, max_bytes=MAX)


def test_pdf_bytes_in_a_txt_file_are_read_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "misnamed.txt"
    path.write_bytes(make_pdf([["Hello plan."]]))
    assert read_source(path, max_bytes=MAX).format == "pdf"


# errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("empty.txt", b"", EmptyDocument),
        ("blank.txt", b" \n\t\r\n  \n", EmptyDocument),
        ("wide-blank.txt", "\u3000\u3000\n\u00a0\n".encode(), EmptyDocument),
        ("utf16-blank.txt", "  \n ".encode("utf-16"), EmptyDocument),
        ("nul.txt", b"abc\x00\x01\x02\x03def\x00\x00\x00\x10", BinaryFile),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), BinaryFile),
        ("program", b"\x7fELF\x02\x01\x01" + bytes(100), BinaryFile),
        ("table.xlsx", b"PK\x03\x04", UnsupportedFormat),
        ("old.doc", b"\xd0\xcf\x11\xe0", UnsupportedFormat),
    ],
)
def test_input_errors_name_the_file(tmp_path: Path, name: str, data: bytes, error: type[InputError]) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error) as caught:
        read_source(path, max_bytes=MAX)
    assert name in caught.value.message
    assert caught.value.hint
    assert caught.value.status == 422


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("各位代表:" * 100, encoding="utf-8")
    with pytest.raises(DocumentTooLarge, match=r"big\.txt") as caught:
        load(path, max_bytes=100)
    assert "100" in caught.value.message
    assert load(path, max_bytes=10_000)[1].lines


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match=r"nothing\.txt"):
        read_source(tmp_path / "nothing.txt", max_bytes=MAX)
    with pytest.raises(UnsupportedFormat, match=r"directory"):
        read_source(tmp_path, max_bytes=MAX)


@pytest.mark.parametrize(
    ("suffix", "blocked", "package", "extra"),
    [
        (".docx", "docx", "python-docx", "docx"),
        (".pdf", "pypdf", "pypdf", "pdf"),
        (".html", "bs4", "beautifulsoup4", "html"),
    ],
)
def test_missing_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, blocked: str, package: str, extra: str
) -> None:
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(make_docx() if suffix == ".docx" else make_pdf([["x"]]) if suffix == ".pdf" else b"<p>x</p>")
    monkeypatch.setitem(sys.modules, blocked, None)  # importing it now raises ImportError
    with pytest.raises(MissingExtra) as caught:
        read_source(path, max_bytes=MAX)
    assert package in caught.value.message
    assert f"plantrace[{extra}]" in caught.value.hint
