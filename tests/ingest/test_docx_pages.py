"""Pages of a Word file (issue #14): from the page breaks the file records, so `show --pages` and citations
("p. 3") work for .docx as they do for PDF — and a file that records no break says its pages are unknown.

Word writes ``w:lastRenderedPageBreak`` where each page ended when it last laid the file out (also right
after an explicit break, which must not count twice); other editors write only explicit breaks
(``w:br w:type="page"``, ``w:pageBreakBefore``, a section starting on a new page). The files are made here.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement

from plantrace import library, search_documents
from plantrace.ingest.readers import read_source
from plantrace.pipeline import ingest_paths

MAX = 50_000_000
PLANTRACE = str(Path(sys.executable).parent / "plantrace")
CHAPTERS = ("第一章 发展基础", "第二章 总体要求", "第三章 重点任务", "第四章 保障措施")
BODY = ("“十四五”时期，全市地区生产总值年均增长6%左右，城镇新增就业每年12万人以上。",
        "到2025年，常住人口城镇化率达到72%，森林覆盖率保持在45%以上。",
        "建设高标准农田30万亩，粮食产量稳定在150万吨以上。",
        "单位地区生产总值能耗下降13.5%，完成省下达任务。")


def _rendered_break(run: object) -> None:
    """Word's mark that a page ended here when it last laid the file out, put before the run's text."""
    run._r.insert(0 if run._r.rPr is None else 1, OxmlElement("w:lastRenderedPageBreak"))  # type: ignore[attr-defined]


def word_file(*, rendered: bool, explicit: bool) -> bytes:
    """Four chapters, one a page. Page 1 ends inside chapter 1's body paragraph; chapter 3 follows an explicit
    page break, chapter 4 a section that starts on a new page. ``rendered``: Word's layout marks are there too."""
    document = Document()
    document.add_heading(CHAPTERS[0], level=1)
    wrapped = document.add_paragraph()
    wrapped.add_run(BODY[0])
    second_half = wrapped.add_run("上半年完成全年目标的一半。")
    if rendered:
        _rendered_break(second_half)
    heading = document.add_heading(CHAPTERS[1], level=1)
    if not rendered and explicit:
        heading.paragraph_format.page_break_before = True
    document.add_paragraph(BODY[1])
    if explicit:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading = document.add_heading(CHAPTERS[2], level=1)
    if rendered:
        _rendered_break(heading.runs[0])  # Word marks the page start after an explicit break too
    document.add_paragraph(BODY[2])
    if explicit:
        document.add_section(WD_SECTION.NEW_PAGE)
    heading = document.add_heading(CHAPTERS[3], level=1)
    if rendered:
        _rendered_break(heading.runs[0])
    document.add_paragraph(BODY[3])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pages_of(source_lines: tuple[str, ...], pages: tuple[int, ...]) -> dict[str, int]:
    return {line: page for line, page in zip(source_lines, pages, strict=True) if line in CHAPTERS}


def test_pages_from_words_rendered_layout_and_explicit_breaks(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(word_file(rendered=True, explicit=True))
    source = read_source(path, max_bytes=MAX)
    assert len(source.pages) == len(source.lines)
    # chapter 2 follows the page end inside chapter 1's paragraph; the explicit break before chapter 3 and
    # Word's mark after it are one page end, not two; the new section starts page 4
    assert pages_of(source.lines, source.pages) == dict(zip(CHAPTERS, (1, 2, 3, 4), strict=True))
    wrapped = next(k for k, line in enumerate(source.lines) if line.startswith(BODY[0]))
    assert source.pages[wrapped] == 1  # a paragraph is cited by the page it begins on
    assert not [w for w in source.warnings if w.code == "docx_pages"]


def test_explicit_breaks_alone_give_pages_and_say_they_may_be_too_low(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(word_file(rendered=False, explicit=True))
    source = read_source(path, max_bytes=MAX)
    assert pages_of(source.lines, source.pages) == dict(zip(CHAPTERS, (1, 2, 3, 4), strict=True))
    said = [w.message for w in source.warnings if w.code == "docx_pages"]
    assert len(said) == 1 and "3 explicit page and section break(s)" in said[0] and "too low" in said[0]


def test_a_word_file_without_breaks_has_no_pages_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(word_file(rendered=False, explicit=False))
    source = read_source(path, max_bytes=MAX)
    assert source.pages == ()
    db = str(tmp_path / "p.db")
    assert not ingest_paths([path], db).failures
    run = [PLANTRACE, "show", "plan.docx", "--db", db, "--pages"]
    text = subprocess.run(run, capture_output=True, text=True, check=True, env={**os.environ, "COLUMNS": "200"}).stdout
    assert "pages unknown: the Word file records no page breaks" in " ".join(text.split())


@pytest.fixture
def paged_word(tmp_path: Path) -> tuple[str, Path]:
    path = tmp_path / "plan.docx"
    path.write_bytes(word_file(rendered=True, explicit=True))
    db = str(tmp_path / "p.db")
    assert not ingest_paths([path], db).failures
    return db, path


def test_word_nodes_measures_and_hits_cite_their_page(paged_word: tuple[str, Path]) -> None:
    db, _ = paged_word
    rows = library.nodes(db, "plan.docx")
    chapters = {r["title"]: r["page"] for r in rows if r["kind"] == "chapter"}
    assert chapters == {"发展基础": 1, "总体要求": 2, "重点任务": 3, "保障措施": 4}
    assert all(r["page_line"] is None for r in rows)  # Word records no printed line on the page
    found = {m["value"]: m["page"] for m in library.targets(db, doc="plan.docx")}
    assert found[72] == 2 and found[13.5] == 4
    hits = search_documents(db, "粮食产量", doc=library.document(db, "plan.docx")["id"])
    assert hits and hits[0].page == 3


def test_show_pages_of_a_word_file_through_the_cli(paged_word: tuple[str, Path]) -> None:
    db, _ = paged_word
    run = [PLANTRACE, "show", "plan.docx", "--db", db, "--pages", "--json"]
    rows = json.loads(subprocess.run(run, capture_output=True, text=True, check=True).stdout)
    assert [r["page"] for r in rows if r["kind"] == "chapter"] == [1, 2, 3, 4]
