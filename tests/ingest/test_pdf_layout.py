"""PDF text layers laid back into text: page furniture removed and said, wrapped lines joined, pages kept.

The fixtures are the sample documents printed by LibreOffice with Noto CJK fonts
(scripts/make_format_fixtures.py); the phrases in the unit tables come from several governments' plans.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from plantrace.ingest.pdf_layout import close_cjk_spaces, lay_out
from plantrace.ingest.readers import read_source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
MAX = 50 * 1024 * 1024


def _reference(name: str) -> list[str]:
    where = json.loads((FIXTURES / "excerpts.json").read_text(encoding="utf-8"))[name]
    lines = (CORPUS / where["source"]).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[where["first"] - 1: where["last"]] if line.strip()]


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(
    ("name", "header"),
    [("conghua_outline", "广州市从化区国民经济和社会发展第十四个五年规划"),
     ("guangzhou_report_2021", "广州市人民政府工作报告"),
     ("guangzhou_outline_box", "广州市国民经济和社会发展第十四个五年规划")],
)
def test_printed_pdf_loses_its_furniture_and_keeps_paragraphs(name: str, header: str) -> None:
    source = read_source(FIXTURES / f"{name}.pdf", max_bytes=MAX)
    assert header not in source.lines
    assert not any(re.fullmatch(r"[—\-一]\s*\d+\s*[—\-一]", line.strip()) for line in source.lines)
    furniture = [w for w in source.warnings if w.code == "pdf_furniture"]
    assert furniture and header in furniture[0].message and "page number" in furniture[0].message
    body = {_bare(line) for line in source.lines}
    reference = _reference(name)
    whole = [line for line in reference if _bare(line) in body]
    assert len(whole) >= 0.75 * len(reference), [line[:20] for line in reference if line not in whole]


def test_page_of_every_line() -> None:
    source = read_source(FIXTURES / "conghua_outline.pdf", max_bytes=MAX)
    assert len(source.pages) == len(source.lines)
    assert list(source.pages) == sorted(source.pages) and source.pages[0] == 1 and source.pages[-1] >= 4
    assert "第一节“十三五”时期发展成就" in source.lines
    at = {line[:6]: page for line, page in zip(source.lines, source.pages, strict=True)}
    assert at["第一章全面建"] == 1 and at["第二节面临主"] > 1


def test_quantities_survive_line_wraps() -> None:
    text = "\n".join(read_source(FIXTURES / "guangzhou_report_2021.pdf", max_bytes=MAX).lines)
    assert re.search(r"\d万亿元", text)
    assert not re.search(r"\d\s+[万亿元%年倍个]|[万亿元年]\s+\d", text)  # no number cut from its unit


@pytest.mark.parametrize("number", ["— 12 —", "一 12 一", "- 3 -", "第 3 页", "第3页 共10页", "7", "－ 5 －"])
def test_page_numbers_removed(number: str) -> None:
    one, two = "到2025年，全区地区生产总值达到550亿元左右，年均增长6%。", "森林覆盖率保持在62%以上。"
    laid = lay_out([["贵州省国民经济和社会发展规划", one, number], ["贵州省国民经济和社会发展规划", two, number]])
    assert laid.lines == [one, two]
    assert laid.removed["page number"] == 2 and laid.removed["贵州省国民经济和社会发展规划"] == 2


def test_wrapped_sentence_joined_across_lines_and_pages() -> None:
    pages = [
        ["第三章 加快建设现代化产业体系",
         "坚持把发展经济着力点放在实体经济上，推进产业基础高级化、产业链现代化，到",
         "2025年，规模以上工业增加值年均增长8%左右，数字经济核心产业增加值占地区",
         "生产总值比重达到10%。",
         "一、做强先进制造业"],
        ["以智能制造为主攻方向，推动制造业高端化、智能化、绿色化发展，打造一批千亿",
         "级产业集群。"],
    ]
    laid = lay_out(pages)
    assert laid.lines == [
        "第三章加快建设现代化产业体系",
        "坚持把发展经济着力点放在实体经济上，推进产业基础高级化、产业链现代化，到2025年，规模以上工业增加值年均"
        "增长8%左右，数字经济核心产业增加值占地区生产总值比重达到10%。",
        "一、做强先进制造业",
        "以智能制造为主攻方向，推动制造业高端化、智能化、绿色化发展，打造一批千亿级产业集群。",
    ]
    assert laid.pages == [1, 1, 1, 2]
    assert laid.page_lines == [1, 2, 5, 1]  # where each line begins on its page, wrapped lines counted


def test_a_number_wrapped_inside_chinese_text_is_joined_but_latin_words_are_not() -> None:
    pages = [["全面推进美丽乡村建设，全年新建和改造农村公路1200公里，完成农村危房改造2",
              "739户，农村自来水普及率达到90%。"]]
    assert lay_out(pages).lines == [
        "全面推进美丽乡村建设，全年新建和改造农村公路1200公里，完成农村危房改造2739户，农村自来水普及率达到90%。"]
    latin = [["The outline was adopted by the provincial people's congress in March", "2021 and revised in 2023."]]
    assert lay_out(latin).lines == latin[0]  # a full Latin line ending in a word, then a number: two words


def test_line_on_the_page_leaves_out_the_running_header() -> None:
    pages = [["四川省国民经济和社会发展规划", "第一章 发展基础", "全省粮食产量稳定在700亿斤以上。", "— 1 —"],
             ["四川省国民经济和社会发展规划", "第二章 总体要求", "", "森林覆盖率达到42%。", "— 2 —"]]
    laid = lay_out(pages)
    assert laid.lines[2:] == ["第二章总体要求", "森林覆盖率达到42%。"]
    assert laid.pages == [1, 1, 2, 2] and laid.page_lines == [1, 2, 1, 2]


def test_short_line_and_sentence_end_are_not_joined() -> None:
    pages = [["宁夏回族自治区2026年政府工作报告", "各位代表：",
              "过去一年，全区地区生产总值增长5.5%，一般公共预算收入增长3.1%，居民收入稳步增长。",
              "今年经济社会发展的主要预期目标是："]]
    assert lay_out(pages).lines == ["宁夏回族自治区2026年政府工作报告", "各位代表：",
                                    "过去一年，全区地区生产总值增长5.5%，一般公共预算收入增长3.1%，居民收入稳步增长。",
                                    "今年经济社会发展的主要预期目标是："]


@pytest.mark.parametrize(
    ("printed", "text"),
    [("到 2025 年全市地区生产总值达到 1.2 万亿元", "到2025年全市地区生产总值达到1.2万亿元"),
     ("新建 5G 基站 1.2 万座", "新建5G基站1.2万座"),
     ("GDP grew 2.7% in 2020.", "GDP grew 2.7% in 2020."),
     ("第一节“ ”十三五 时期发展成就", "第一节“十三五”时期发展成就"),
     ("“一核两翼三带”城乡功能不断提升", "“一核两翼三带”城乡功能不断提升")],
)
def test_spaces_between_chinese_and_digits_closed(printed: str, text: str) -> None:
    assert close_cjk_spaces(printed) == text
