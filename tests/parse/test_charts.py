"""Labels read off a chart's picture (OCR of a scan, or a PDF drawing its charts as text) are one
``chart_labels`` note: not body text, not a heading, not a quantity (issue #14)."""

from __future__ import annotations

import pytest
from parse_helpers import parse_lines

from plantrace.parse.charts import is_label, is_year_row

BODY = "全年全市粮食播种面积2066.70万亩，总产量902.61万吨，减产3.2%。"
AFTER = "全年全市油料产量56.43万吨，比上年增产6.8%，其中花生产量50.65万吨，增产7.5%。"


def _labels(nodes: tuple) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    return [(n.line_start, n.line_end) for n in nodes if ("role", "chart_labels") in n.attrs]


@pytest.mark.parametrize(("line", "label"), [
    ("2017年2018年2019年2020年2021年2022年2023年", True),       # a time axis (周口, OCR)
    ("2019年 2020年 2021年 2022年 2023年", True),
    ("2017年”2018年“2019年“2020年“2021年”2022年2023年", True),  # OCR reads the tick marks as quotes
    ("单位：万吨", True),
    ("单位：元，%", True),
    ("1,000", True),
    ("20,000 20.0", True),
    ("站901.90 912 48 934.30 923.72", True),                    # a bar's edge read as 站
    ("-10", True),
    ("2000 2005 2010 2019 2020", True),                          # bare years: a label after a caption
    ("2023年", False),
    ("2019-2023年全市一般公共预算收入及增长速度", False),
    ("秋粮394.03 4.8", False),                                   # a table row: its name is words
    ("全年全市完成造林面积74.43万亩。", False),
    ("一、综合", False),
])
def test_what_a_chart_label_line_is(line: str, label: bool) -> None:
    assert is_label(line) is label


def test_year_row_needs_three_years_and_nothing_else() -> None:
    assert is_year_row("2021年2022年2023年")
    assert not is_year_row("2022年2023年")
    assert not is_year_row("2000 2005 2010 2019 2020")  # a yearbook table's header
    assert not is_year_row("2021年2022年2023年全市粮食产量")


def test_labels_after_a_figure_caption_are_one_note() -> None:
    _, _, nodes, _ = parse_lines([
        "二、农业", BODY, "图1 2017-2023年周口市粮食总产量", "单位：万吨", "1,000", "901.90 912.48 934.30",
        "900", "800", "2017年2018年2019年2020年2021年2022年2023年", AFTER,
    ])
    caption = next(n for n in nodes if ("role", "figure_caption") in n.attrs)
    assert (caption.line_start, caption.title) == (3, "2017-2023年周口市粮食总产量")
    assert _labels(nodes) == [(4, 9)]
    assert next(n for n in nodes if n.line_start == 10).kind == "paragraph"


def test_a_time_axis_without_a_caption_still_makes_labels() -> None:
    """OCR misread 图2 as 2: the run is known by its row of years; a legend line inside it goes with it."""
    _, _, nodes, _ = parse_lines([
        "十、人民生活和社会保障", BODY, "2 2019-2023年全市居民人均可支配收入及增速", "25,000 23102 25.0",
        "20,000 20.0", "15,000 15.0", "2019年 2020年 2021年 2022年 2023年", "居民人均可支配收入 增速", "-10", AFTER,
    ])
    assert _labels(nodes) == [(4, 9)]
    assert next(n for n in nodes if n.line_start == 3).kind == "paragraph"


@pytest.mark.parametrize("lines", [
    ["一、综合", BODY, "单位：万吨", "1,000", "900", AFTER],                 # numbers, no caption, no axis
    ["一、综合", BODY, "表1 主要农产品产量", "粮食 | 1223474 | 1.8", "秋粮 | 1016850 | 0.9", AFTER],
    ["一、综合", BODY, "图1 全市粮食总产量", AFTER],                           # a caption alone
    ["一、综合", BODY, "项目 2000 2005 2010 2019 2020", "2000 2005 2010 2019 2020", "51073 58286 91015 109785",
     AFTER],                                                                    # a yearbook table flattened
])
def test_no_labels_without_a_caption_or_a_time_axis(lines: list[str]) -> None:
    _, _, nodes, _ = parse_lines(lines)
    assert _labels(nodes) == []
