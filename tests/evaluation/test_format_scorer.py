"""The per-format scorer (issue #14): its measures on hand-made lines, and its data never tuned on in place."""

from __future__ import annotations

from pathlib import Path

from evaluation import score_formats as sf

HEADER = "洛阳市2023年国民经济和社会发展统计公报"


def test_furniture_is_page_numbers_and_the_header_beyond_what_the_text_version_has() -> None:
    reference = ["2023年洛阳市国民经济和社会发展统计公报", "全年粮食产量241.5万吨。", "120"]
    lines = [*reference, "一 3 一", "- 4 -", HEADER, "洛阳市2023年国民经济和社会发展统汁公报", "120"]
    # the page numbers, the header and its misread copy leak; the title and one "120" cell are in the text too
    assert sf._furniture(lines, reference, HEADER) == 5
    assert sf._furniture(reference, reference, HEADER) == 0


def test_a_sentence_is_held_whole_or_split() -> None:
    sentence = sf.bare("全年全市粮食种植面积744.8万亩。")
    assert sf._holds("二、农业全年全市粮食种植面积744.8万亩。其中，小麦", sentence)
    assert not sf._holds("全年全市粮食种植面积744.8", sentence)
    # OCR text: one misread character is still the whole sentence, half of it is not
    assert sf._holds("全年全市粮食种植而积744.8万亩。", sentence, ocr=True)
    assert not sf._holds("全年全市粮食种植而积744.8万亩。", sentence)
    assert not sf._holds("全年全市粮食种植", sentence, ocr=True)


def test_by_format_sums_counts_and_recomputes_rates() -> None:
    rows = {
        "a": sf._with_rates({"group": "real", "format": "pdf", **dict.fromkeys(sf.COUNTS, 0), "headings": 4,
                             "heading_hits": 3, "headings_found": 3, "quantities": 10, "quantity_hits": 9,
                             "quantities_found": 12}),
        "b": sf._with_rates({"group": "real", "format": "pdf", **dict.fromkeys(sf.COUNTS, 0), "headings": 6,
                             "heading_hits": 6, "headings_found": 8, "quantities": 10, "quantity_hits": 10,
                             "quantities_found": 10}),
    }
    total = sf.by_format(rows)["real/pdf"]
    assert total["files"] == 2
    assert (total["heading_recall"], total["heading_precision"]) == (0.9, 0.818)
    assert (total["quantity_recall"], total["quantity_precision"]) == (0.95, 0.864)


def test_every_group_and_format_has_files_and_text_versions(tmp_path: Path) -> None:
    found = list(sf.cases(tmp_path, scans=False))
    assert {(c.group, c.fmt) for c in found} >= {
        ("tuned", "docx"), ("tuned", "pdf"), ("never_tuned", "txt"), ("never_tuned", "docx"),
        ("never_tuned", "pdf"), ("real", "docx"), ("real", "pdf"),
    }
    for case in found:
        assert case.path.is_file(), case.path
        assert len(case.reference) > 500, case.name
    # files never tuned on are not the sample corpus's documents
    assert not {c.name for c in found if c.group != "tuned"} & {c.name for c in found if c.group == "tuned"}


def test_ocr_numbers_are_judged_against_the_printed_page() -> None:
    from evaluation.formats.ocr_flags import Read, page_numbers

    from plantrace.ingest.ocr import OcrLine

    printed = ["全年粮食产量241.5万吨，比上年增长1.2%。", "一 3 一"]
    read = [OcrLine("全年粮食产量241.5万吨，比上年增长1.7%。", 98.0, (), (("241.5", 99.1), ("1.7%", 96.0))),
            OcrLine("一3一", 99.0, (), (("3", 99.0),))]
    assert page_numbers(printed, read, "c") == [Read("241.5", 99.1, True, "c"), Read("1.7%", 96.0, False, "c"),
                                                Read("3", 99.0, True, "c")]
    # a speck read as a digit, and a decimal point lost, are wrong too
    lost = [OcrLine("全年粮食产量2415万吨，比上年增长1.2%。8", 98.0, (), (("2415", 97.0), ("1.2%", 99.0), ("8", 60.0)))]
    assert [r.correct for r in page_numbers(printed[:1], lost, "c")] == [False, True, False]


def test_the_flag_threshold_is_the_best_recall_within_the_false_flag_budget() -> None:
    from evaluation.formats.ocr_flags import Read, choose_threshold, rates

    right = [Read("1", 99.5, True, "c")] * 18 + [Read("2", 97.0, True, "c"), Read("3", 90.0, True, "c")]
    wrong = [Read("4", 95.0, False, "c"), Read("5", 98.0, False, "c"), Read("6", 99.6, False, "c")]
    threshold = choose_threshold(right + wrong)
    # the lowest threshold flagging 95 and 98 (99.6 cannot be caught without flagging the 18 read at 99.5)
    assert threshold == 98.1
    assert rates(right + wrong, threshold)["flagged_wrong"] == 2
    assert rates(right + wrong, threshold)["flagged_correct_rate"] <= 0.10


def test_a_real_pdf_scanned_has_no_text_layer_and_keeps_its_pages() -> None:
    import io

    from evaluation.formats.real_scan import scanned_copy
    from pypdf import PdfReader

    source = sf.REAL / "zhoukou_stat_bulletin_2023.pdf"
    copy = PdfReader(io.BytesIO(scanned_copy(source.read_bytes())))
    assert len(copy.pages) == len(PdfReader(source).pages)
    assert not any((page.extract_text() or "").strip() for page in copy.pages)


def test_a_tables_rows_are_not_headings(tmp_path: Path) -> None:
    """An indicator table's rows are ``item`` nodes of a ``table``: rows, not headings; numbered items are."""
    from plantrace.pipeline import process_file

    text = ("一、农业\n全年粮食总产量122.35万吨，比上年增长1.8%。\n表3 主要农产品产量\n"
            "指标 | 产量（吨） | 比上年增长（%）\n粮食 | 1223474 | 1.8\n其中：夏粮 | 206624 | 6.2\n"
            "（一）粮食生产\n全年粮食种植面积31.14万公顷。\n")
    path = tmp_path / "bulletin.txt"
    path.write_text(text, encoding="utf-8")
    parsed, _ = process_file(path)
    assert {n.title for n in parsed.nodes if n.kind == "item"} >= {"粮食", "其中:夏粮"}
    assert sf.headings(parsed.nodes) == {"农业": 1, "粮食生产": 1}


def test_text_version_of_an_html_export_keeps_paragraphs_and_table_rows() -> None:
    from evaluation.formats.text_version import lines

    html = ("<html><body><p>二、农业</p><div><p>全年粮食总产量122.35万吨。</p></div><table><tr><td>指标</td>"
            "<td colspan='2'>产量</td></tr><tr><td>粮食</td><td>1223474</td><td>1.8</td></tr></table>"
            "<p> </p><p>三、工业</p></body></html>")
    assert list(lines(html)) == ["二、农业", "全年粮食总产量122.35万吨。", "指标 | 产量 | ", "粮食 | 1223474 | 1.8",
                                 "三、工业"]


def test_text_version_of_a_pdf_layout_joins_paragraphs_and_writes_table_rows() -> None:
    from evaluation.formats.pdf_text_version import lines

    layout = ("                 一、综       合\n\n   根据市（州）生产总值统一核算结果，全年全州生产总\n"
              "值1329.65亿元，比上年增长4.0%。\n\n                                           —   1—\f"
              "     年末全州常住人口375.73万人。年末户籍人口489.93万\n人，比上年末增加0.33万人。\n"
              "             表2 2023年农林牧渔业总产值及其增长速度\n"
              "            指标名称         绝对数（亿元）       比上年增长（%）\n"
              " 农林牧渔业总产值                  481.96         4.2\n"
              "   林    业                  86.95          4.2\n"
              "   居民消费价格指数               100.0\n")
    assert list(lines(layout)) == [
        "一、综合", "根据市（州）生产总值统一核算结果，全年全州生产总值1329.65亿元，比上年增长4.0%。",
        "年末全州常住人口375.73万人。年末户籍人口489.93万人，比上年末增加0.33万人。",
        "表2 2023年农林牧渔业总产值及其增长速度", "指标名称 | 绝对数（亿元） | 比上年增长（%）",
        "农林牧渔业总产值 | 481.96 | 4.2", "林业 | 86.95 | 4.2", "居民消费价格指数 | 100.0",
    ]
