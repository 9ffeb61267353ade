"""Scanned PDFs read by OCR (issue #14): a page printed from a sample excerpt with a CJK font onto an
image (no text layer) is read back by Tesseract; low-confidence numbers are flagged through to the measures.

The end-to-end tests need the OCR extra and Tesseract with chi_sim (``make system`` installs them; CI runs
them). The layout and flagging tests feed Tesseract's word table (as ``image_to_data`` returns it) in directly.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from evaluation.formats.render import scan_pdf

from plantrace import extract, ingest, parse
from plantrace.errors import EmptyDocument, MissingExtra
from plantrace.ingest import ocr
from plantrace.ingest.clean import clean
from plantrace.ingest.metadata import detect_metadata
from plantrace.ingest.readers import make_source, read_source
from plantrace.library import targets
from plantrace.models import DocWarning, Facts, SourceText
from plantrace.ocr_flags import LOW_CODE, doubtful_numbers
from plantrace.pipeline import build_bundle, process_file
from plantrace.store import open_store

MAX = 50_000_000
ROOT = Path(__file__).resolve().parents[2]
HAVE_OCR = (shutil.which("tesseract") is not None and importlib.util.find_spec("pytesseract") is not None
            and importlib.util.find_spec("pypdfium2") is not None)
needs_ocr = pytest.mark.skipif(not HAVE_OCR, reason="the OCR extra and tesseract-ocr-chi-sim (make system)")
HEADER = "广州市人民政府工作报告"
PAGE_NUMBER = re.compile(r"^\s*[-—一]\s*\d+\s*[-—一]\s*$")


def excerpt(source: str, first: int, last: int) -> list[str]:
    raw = (ROOT / "examples" / "corpus" / source).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in raw[first - 1:last] if line.strip()]


def bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two pages of the Guangzhou 2021 report printed onto images: header on each, 一 N 一 at the foot."""
    paragraphs = excerpt("guangzhou_work_report_2021.txt", 5, 28)[5:13]
    path = tmp_path_factory.mktemp("scan") / "gz_report_scan.pdf"
    path.write_bytes(scan_pdf(paragraphs, HEADER, lines_per_page=14))
    return path


@pytest.fixture(scope="module")
def read_scan(scanned: Path) -> tuple[SourceText, Facts]:
    """The scan read once by OCR (it takes seconds a page): its source text and its facts."""
    document, cleaned = ingest.load(scanned)
    nodes, _ = parse.parse_document(document, cleaned)
    return cleaned.source, extract.extract_facts(document, cleaned.lines, nodes)


@needs_ocr
def test_a_scanned_report_is_read_by_ocr(read_scan: tuple[SourceText, Facts]) -> None:
    source = read_scan[0]
    text = [bare(line) for line in source.lines]
    assert source.format == "pdf" and source.encoding == "ocr"
    assert source.pages[0] == 1 and source.pages[-1] == 2
    assert len(source.confidence) == len(source.lines) == len(source.page_lines)
    assert all(0 <= c <= 100 for c in source.confidence)
    assert sum(source.confidence) / len(source.confidence) > 75
    # the real recognised text, wrapped lines joined back into whole sentences
    assert any("2020年地区生产总值突破2.5万亿元,增长2.7%" in line for line in text)
    assert any("地方一般公共预算支出2953.04亿元" in line for line in text)
    # the running header and the page numbers are gone, and the removal is said
    assert not any(line == HEADER or PAGE_NUMBER.match(line) for line in text)
    codes = {w.code for w in source.warnings}
    assert {"ocr", "pdf_furniture"} <= codes


@needs_ocr
def test_measures_of_a_scan_match_the_text_version(read_scan: tuple[SourceText, Facts], tmp_path: Path) -> None:
    text_path = tmp_path / "gz_report.txt"
    text_path.write_text("\n".join(excerpt("guangzhou_work_report_2021.txt", 5, 28)[5:13]) + "\n", encoding="utf-8")
    _, gold = process_file(text_path)
    found = read_scan[1]
    key = lambda m: (m.value, m.unit)  # noqa: E731
    gold_keys = {key(m) for m in gold.measures if m.value is not None}
    found_keys = {key(m) for m in found.measures if m.value is not None}
    assert {(2.5, "万亿元"), (2953.04, "亿元"), (269.67, "万户")} <= found_keys
    assert len(gold_keys & found_keys) >= 0.85 * len(gold_keys)


Word = tuple[str, float] | list[tuple[str, float]]


def _hocr(lines: list[list[Word]]) -> str:
    """Tesseract's hOCR of one page as ``-c hocr_char_boxes=1`` writes it: one block, the lines, their words,
    and a confidence per character. A word is (text, confidence) — every character read with that confidence —
    or a list of (character, confidence)."""
    def word(w: Word, k: int) -> str:
        chars = [(ch, w[1]) for ch in w[0]] if isinstance(w, tuple) else w
        own = min(conf for _, conf in chars)
        inner = "".join(f"<span class='ocrx_cinfo' title='x_bboxes 0 0 9 9; x_conf {conf}'>{ch}</span>"
                        for ch, conf in chars)
        return f"<span class='ocrx_word' id='word_{k}' title='bbox 0 0 9 9; x_wconf {own:.0f}'>{inner}</span>"

    body = "".join(f"<span class='ocr_line' id='line_{n}' title='bbox 0 0 9 9'>"
                   f"{''.join(word(w, k) for k, w in enumerate(ws))}</span>" for n, ws in enumerate(lines, start=1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
            f"<div class='ocr_page' title='bbox 0 0 99 99'><div class='ocr_carea'><p class='ocr_par'>{body}</p>"
            "</div></div></body></html>")


PAGE_ONE: list[list[Word]] = [
    [("广州市", 95.0), ("人民政府", 96.0), ("工作", 94.0), ("报告", 95.0)],
    [("经济", 93.0), ("实力", 92.0), ("迈上", 94.0), ("新", 95.0), ("台阶", 95.0), ("。", 90.0),
     ("2020", 99.0), ("年", 95.0), ("地区", 93.0), ("生产", 94.0), ("总值", 93.0), ("突破", 93.0),
     ("2.5", 99.0), ("万亿", 92.0), ("元", 92.0), ("，", 90.0), ("增长", 93.0), ("2.7%", 99.0), ("。", 90.0)],
    # one digit of 2953.04 read with low confidence, inside a word with Chinese read well
    [("地方", 93.0), ("一般", 92.0), ("公共", 94.0), ("预算", 93.0),
     [("支", 99.0), ("出", 99.0), ("2", 99.0), ("9", 99.0), ("5", 41.0), ("3", 99.0), (".", 98.0), ("0", 99.0),
      ("4", 99.0), ("亿", 99.0), ("元", 99.0)],
     ("，", 90.0), ("年均", 92.0), ("增长", 93.0), ("11%", 99.0), ("。", 90.0)],
    [("一", 80.0), ("12", 98.0), ("一", 80.0)],
]
PAGE_TWO: list[list[Word]] = [
    [("广州市", 95.0), ("人民政府", 96.0), ("工作", 94.0), ("报告", 95.0)],
    # a word read poorly around a number read well: the number is not doubtful
    [("常住", 93.0), ("人口", 92.0), ("年均", 94.0), [("增", 30.0), ("加", 35.0), ("4", 99.0), ("5", 98.0)],
     ("万人", 95.0), ("。", 90.0)],
    [("-", 80.0), ("13", 98.0), ("-", 80.0)],
]


def test_ocr_characters_become_lines_with_confidence_and_doubtful_numbers() -> None:
    lines = ocr.hocr_lines(_hocr(PAGE_ONE))
    assert lines[1].text.startswith("经济实力迈上新台阶。2020年地区生产总值突破2.5万亿元，增长2.7%")
    assert lines[2].text == "地方一般公共预算支出2953.04亿元，年均增长11%。"
    assert lines[2].doubtful == (("2953.04", 41.0),)  # the number named whole, with its least certain digit
    assert lines[2].numbers == (("2953.04", 41.0), ("11%", 99.0))
    assert lines[1].doubtful == ()
    assert 85 < lines[2].confidence < 97
    page_two = ocr.hocr_lines(_hocr(PAGE_TWO))
    assert page_two[1].text == "常住人口年均增加45万人。" and page_two[1].doubtful == ()


def test_latin_words_keep_a_space_and_chinese_none() -> None:
    line = ocr.hocr_lines(_hocr([[("GDP", 97.0), ("增长", 96.0), ("5.2%", 97.0), ("PM2.5", 96.0), ("35", 97.0)]]))[0]
    assert line.text == "GDP增长5.2% PM2.5 35"
    assert [number for number, _ in line.numbers] == ["5.2%", "2.5", "35"]


def test_a_word_without_character_boxes_lends_its_confidence_to_its_characters() -> None:
    hocr = ('<html xmlns="http://www.w3.org/1999/xhtml"><body><span class="ocr_line">'
            "<span class='ocrx_word' title='bbox 0 0 9 9; x_wconf 52'>增长6%</span></span></body></html>")
    assert ocr.hocr_lines(hocr)[0].doubtful == (("6%", 52.0),)


def test_page_numbers_and_running_header_of_a_scan_are_removed_and_said() -> None:
    scan = ocr.lay_out_scan([ocr.hocr_lines(_hocr(PAGE_ONE)), ocr.hocr_lines(_hocr(PAGE_TWO))])
    assert not any(line in {"一12一", "-13-", HEADER} for line in scan.lines)
    assert scan.pages == [1, 1, 2]
    assert len(scan.confidence) == 3 and 85 < scan.confidence[1] < 97  # the mean of its characters' confidences
    furniture = next(w for w in scan.warnings if w.code == "pdf_furniture")
    assert "page number" in furniture.message and HEADER in furniture.message
    low = [w for w in scan.warnings if w.code == LOW_CODE]
    assert [(w.line_start, doubtful_numbers(w)) for w in low] == [(2, ("2953.04",))]
    assert not [w for w in scan.warnings if w.code == "ocr_unclear"]  # every line is read above 60


def test_a_line_read_with_low_confidence_is_said_unclear() -> None:
    blurred: list[list[Word]] = [[(word[0], 35.0) for word in PAGE_ONE[1] if isinstance(word, tuple)]]
    scan = ocr.lay_out_scan([ocr.hocr_lines(_hocr(blurred))])
    assert scan.confidence == [35.0]
    assert [(w.code, w.line_start) for w in scan.warnings if w.code.startswith("ocr_")] == [
        ("ocr_unclear", 1), (LOW_CODE, 1), (LOW_CODE, 1), (LOW_CODE, 1)]  # and its numbers 2020, 2.5, 2.7%
    assert "1 line(s) below 60" in next(w.message for w in scan.warnings if w.code == "ocr")


def test_a_measure_read_from_a_doubtful_number_carries_the_warning(tmp_path: Path) -> None:
    scan = ocr.lay_out_scan([ocr.hocr_lines(_hocr(PAGE_ONE)), ocr.hocr_lines(_hocr(PAGE_TWO))])
    source = make_source(tmp_path / "scan.pdf", b"%PDF-scan", "pdf", "ocr", scan.lines, scan.warnings,
                         pages=tuple(scan.pages))
    cleaned = clean(source)
    document = detect_metadata(cleaned)
    nodes, _ = parse.parse_document(document, cleaned)
    measures = extract.extract_facts(document, cleaned.lines, nodes).measures
    warned = {m.value: m.warning for m in measures if m.value is not None}
    assert warned[2953.04] == LOW_CODE
    assert warned[11] is None and warned[2.5] is None and warned[45] is None
    assert any(w.code == LOW_CODE and w.line_start == 2 for w in document.warnings)


def test_the_warning_of_a_measure_is_stored_and_listed(tmp_path: Path) -> None:
    text = tmp_path / "report.txt"
    text.write_text("地方一般公共预算支出2953.04亿元，年均增长11%。\n", encoding="utf-8")
    bundle = build_bundle(text)
    doc = bundle.parsed.document
    doc = type(doc)(**{**{f: getattr(doc, f) for f in doc.__dataclass_fields__},
                       "warnings": (DocWarning(LOW_CODE, "OCR read the number 「2953.04」 with confidence 41/100",
                                               1, 1),)})
    measures = extract.extract_facts(doc, bundle.parsed.lines, bundle.parsed.nodes).measures
    parsed = type(bundle.parsed)(document=doc, lines=bundle.parsed.lines, removed=bundle.parsed.removed,
                                 nodes=bundle.parsed.nodes)
    bundle = type(bundle)(parsed=parsed, facts=type(bundle.facts)(measures=measures), index=bundle.index)
    with open_store(tmp_path / "t.db") as store:
        store.save(bundle)
    rows = targets(tmp_path / "t.db", doc=doc.id)
    assert {r["value"]: r["warning"] for r in rows} == {2953.04: LOW_CODE, 11: None}


@needs_ocr
def test_ocr_needed_but_tesseract_missing_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    path = tmp_path / "scan.pdf"
    path.write_bytes(scan_pdf(["地区生产总值增长6%左右。"]))
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    with pytest.raises(MissingExtra, match=r"scan\.pdf.*no text layer.*Tesseract engine is not installed") as caught:
        read_source(path, max_bytes=MAX)
    assert "tesseract-ocr-chi-sim" in caught.value.hint and "plantrace[ocr]" in caught.value.hint
    assert ocr.engine_status().startswith("the Tesseract engine is not installed. pip install")


@needs_ocr
def test_doctor_says_the_ocr_engine_is_ready() -> None:
    assert re.fullmatch(r"Tesseract \d[\w.\-]* with chi_sim: ready", ocr.engine_status())


@needs_ocr
def test_ocr_needed_but_the_model_missing_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan_pdf(["地区生产总值增长6%左右。"]))
    monkeypatch.setattr(ocr, "LANGUAGES", "chi_sim+zzz")
    with pytest.raises(MissingExtra, match=r"no model for zzz"):
        read_source(path, max_bytes=MAX)


def test_ocr_needed_but_the_extra_missing_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan_pdf(["地区生产总值增长6%左右。"]))
    monkeypatch.setitem(sys.modules, "pytesseract", None)
    with pytest.raises(MissingExtra, match=r"no text layer.*OCR extra is not installed") as caught:
        read_source(path, max_bytes=MAX)
    assert "plantrace[ocr]" in caught.value.hint


@needs_ocr
def test_a_blank_scan_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.pdf"
    path.write_bytes(scan_pdf([]))
    with pytest.raises(EmptyDocument, match=r"no text layer and OCR found no text"):
        read_source(path, max_bytes=MAX)
