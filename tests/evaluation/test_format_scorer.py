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
