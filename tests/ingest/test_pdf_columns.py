"""Two-column PDF pages read column by column, from the positions of their text.

The PDFs are written by the test (tests/pdfwriter.py); the sentences come from several governments'
statistical bulletins and plans, printed in two columns as bulletins often are. Most producers draw a
page in reading order (pypdf's order is then right); some draw it row by row across both columns.
"""

from __future__ import annotations

import re
from pathlib import Path

from pdfwriter import Placed, column_lines, write_pdf
from plantrace.ingest.pdf_columns import Piece, find_gutter, rows_of
from plantrace.ingest.readers import read_source

MAX = 10 * 1024 * 1024

LEFT = [
    "一、综合",
    "初步核算，全年全省地区生产总值",
    "60132.9亿元，比上年增长6.0%。其中，",
    "第一产业增加值5773.1亿元，增长3.0%；",
    "第二产业增加值21593.5亿元，增长",
]
RIGHT = [
    "6.3%；第三产业增加值32766.3亿元，",
    "增长6.2%。三次产业结构为9.6∶35.9∶",
    "54.5。",
    "二、农业",
    "全年粮食产量3593.8万吨，增长1.1%。",
]


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _row_by_row(left: list[Placed], right: list[Placed]) -> list[Placed]:
    """Both columns drawn across the page one printed row at a time (left, right, left, …)."""
    out: list[Placed] = []
    for n in range(max(len(left), len(right))):
        out += left[n:n + 1] + right[n:n + 1]
    return out


def _check_bulletin(tmp_path: Path, page: list[Placed]) -> None:
    source = read_source(write_pdf(tmp_path / "bulletin.pdf", [page]), max_bytes=MAX)
    text = "\n".join(source.lines)
    assert source.lines[0] == "四川省2023年国民经济和社会发展统计公报"
    assert "一、综合" in source.lines and "二、农业" in source.lines
    # the sentence runs down the left column and on at the top of the right one: read whole, in order
    assert "第二产业增加值21593.5亿元，增长6.3%；第三产业增加值32766.3亿元，增长6.2%。" in _bare(text)
    assert text.index("一、综合") < text.index("二、农业")


TITLE = (160.0, 60.0, "四川省2023年国民经济和社会发展统计公报")


def test_two_columns_drawn_row_by_row_are_read_left_then_right(tmp_path: Path) -> None:
    _check_bulletin(tmp_path, [TITLE, *_row_by_row(column_lines(LEFT, 56, 100), column_lines(RIGHT, 310, 100))])


def test_two_columns_drawn_column_by_column_keep_their_order(tmp_path: Path) -> None:
    _check_bulletin(tmp_path, [TITLE, *column_lines(LEFT, 56, 100), *column_lines(RIGHT, 310, 100)])


def test_a_full_width_heading_between_two_bands_of_columns(tmp_path: Path) -> None:
    one = ["一、经济运行", "全年全区地区生产总值比上年增长5.6%，", "全体居民人均可支配收入比上年增长6.1%。"]
    two = ["二、对外开放", "全年货物进出口总额比上年增长3.2%，", "全年实际使用外资金额比上年增长8.0%。"]
    three = ["三、农业", "全年粮食总产量比上年增长1.5%，全年", "油料产量比上年增长2.4%，蔬菜产量"]
    four = ["四、工业", "全年规模以上工业增加值增长7.1%，其中", "高技术制造业增加值比上年增长9.9%。"]
    top = _row_by_row(column_lines(one, 56, 80), column_lines(two, 310, 80))
    middle = [(56.0, 150.0, "专栏1 “十四五”时期经济社会发展主要指标完成情况说明")]
    bottom = _row_by_row(column_lines(three, 56, 180), column_lines(four, 310, 180))
    source = read_source(write_pdf(tmp_path / "bands.pdf", [top + middle + bottom]), max_bytes=MAX)
    heads = [line for line in source.lines if re.match(r"[一二三四]、|专栏", line)]
    assert [h[:3] for h in heads] == ["一、经", "二、对", "专栏1", "三、农", "四、工"]


def test_a_one_column_page_is_left_as_it_was(tmp_path: Path) -> None:
    lines = ["到2025年，全市地区生产总值达到3万亿元左右，年均增长6%左右，人均地区生产总值达到",
             "18万元，常住人口城镇化率达到88%，研发经费投入强度达到3.5%。",
             "一、加快建设现代化产业体系", "坚持把发展经济的着力点放在实体经济上。"]
    source = read_source(write_pdf(tmp_path / "one.pdf", [column_lines(lines, 56, 80)]), max_bytes=MAX)
    assert source.lines[0].startswith("到2025年") and source.lines[0].endswith("研发经费投入强度达到3.5%。")
    assert source.lines[1:] == ("一、加快建设现代化产业体系", "坚持把发展经济的着力点放在实体经济上。")


def _piece(x: float, y: float, text: str) -> Piece:
    return Piece(x, x + len(text) * 10.0, y, 10.0, text)


def test_tables_are_not_read_as_columns() -> None:
    two = [("指标", "2025年"), ("地区生产总值", "5.5%"), ("粮食产量", "700亿斤"), ("森林覆盖率", "42%"),
           ("城镇化率", "65%"), ("研发投入强度", "2.5%"), ("人均预期寿命", "79岁")]
    pieces = [p for n, (a, b) in enumerate(two) for p in (_piece(56, 700 - 16 * n, a), _piece(320, 700 - 16 * n, b))]
    assert find_gutter(rows_of(pieces), 0, 595) is None
    five = [("地区生产总值(亿元)", "2540.1", "3400", "6%左右", "预期性")] * 8
    xs = (56.0, 220.0, 290.0, 360.0, 440.0)
    pieces = [_piece(x, 700 - 16 * n, cell) for n, row in enumerate(five) for x, cell in zip(xs, row, strict=True)]
    assert find_gutter(rows_of(pieces), 0, 595) is None
