"""A web page's furniture above a text without a title or date does not change how the text is dated.

The profile of a document (its type, plan period and report year) reads windows on the opening lines. Furniture
the parser takes out (breadcrumbs, font-size and share bars) used to fill those windows and push the text's
opening lines out of them: 中新社's news of the 十四五 mid-term review read its results as targets, and 网易's news
of 江西's cities' 2026 targets dated a count of cities to 2030 (dev documents, tuned-on). Furniture with a year
(a page's date) is still read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.pipeline import process_file

FURNITURE = ["首页 > 新闻中心 > 政务要闻", "【字体：大 中 小】 打印本页 关闭窗口", "分享到：微信 微博 QQ空间",
             "当前位置：首页 >> 要闻 >> 正文", "【打印】【关闭】【收藏】"]  # fmt: skip

MIDTERM_NEWS = [
    "发布时间:2024-11-01 14:40:55 来源: sp20241101",
    "中新社 北京12月26日电 (记者 梁晓辉 张素)《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"
    "(下称《纲要》)实施已有两年多时间。",
    "当日在十四届全国人大常委会第七次会议上,国家发改委主任郑栅洁作《〈中华人民共和国国民经济和社会发展第十四个五年规划和"
    "2035年远景目标纲要〉实施中期评估报告》(下称“报告”)。",
    "《纲要》从经济发展、创新驱动等五个方面提出20项主要指标。报告称,总的看,目标和指标的实现情况基本达到预期进度要求。",
    "报告还称,两年多来,以国内大循环为主体、国内国际双循环相互促进的新发展格局加快构建,内需对经济增长的贡献率由2020年的"
    "74.7%提高到2022年的82.9%,强大国内市场对全球资源要素的引力场效应增强。",
]
TARGETS_NEWS = [
    "江西城市“超车记”②:11设区市立下“军令状”,2026谁将一马当先?", "", "0", "分享至", "",
    "(原标题:江西城市“超车记”②:11设区市立下“军令状”,2026谁将一马当先?)", "",
    "马年春节假期过后,实干为要更为紧迫,更需以奋跃而上的姿态抢抓开局。", "",
    "今年是“十五五”规划开局起步之年,站在新的历史起点,赣鄱大地春潮涌动,千帆竞发。", "",
    "自1月以来,全省11个设区市陆续进入“两会时间”,在系统总结“十四五”规划收官之年发展成效的基础上,科学谋划“十五五”开局之年的蓝图。",
]


def _dated(tmp_path: Path, name: str, lines: list[str]) -> list[tuple[object, ...]]:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(m.surface, m.stance, m.year, m.scope, m.period) for m in process_file(path)[1].measures]


@pytest.mark.parametrize("above", [1, 3, 5])
def test_results_of_a_review_stay_results_under_the_furniture(tmp_path: Path, above: int) -> None:
    plain = _dated(tmp_path, "plain.txt", MIDTERM_NEWS)
    assert ("82.9%", "actual", 2022, "annual", None) in plain
    assert _dated(tmp_path, "page.txt", [*FURNITURE[:above], *MIDTERM_NEWS]) == plain


@pytest.mark.parametrize("above", [1, 3, 5])
def test_a_count_in_this_years_news_keeps_its_year_under_the_furniture(tmp_path: Path, above: int) -> None:
    plain = _dated(tmp_path, "plain.txt", TARGETS_NEWS)
    assert ("11个", "target", 2026, "annual", None) in plain
    assert _dated(tmp_path, "page.txt", [*FURNITURE[:above], *TARGETS_NEWS]) == plain


def test_furniture_with_a_year_is_still_read(tmp_path: Path) -> None:
    """The profile reads the text's lines and, of the furniture, only the lines with a year (a page's date)."""
    from plantrace.extract.measures import _read_for_dating

    path = tmp_path / "page.txt"
    lines = ["一季度东丰县经济实现跨越式发展", "中国网 china.com.cn 时间: 2011-04-15", "|",
             "【字体：大 中 小】 打印本页 关闭窗口", "截至3月末,全县地区生产总值实现19.5亿元。"]  # fmt: skip
    path.write_text("\n".join(lines), encoding="utf-8")
    parsed = process_file(path)[0]
    assert [(r.line_start, r.line_end) for r in parsed.removed] == [(2, 4)]
    read = _read_for_dating(parsed.lines, parsed.nodes)
    assert [line.number for line in read] == [1, 2, 5]


@pytest.mark.parametrize(("date", "text", "expected"), [
    ("发布时间:2024-10-25 来源:市农业农村局",
     "前三季度,全市实现农林牧渔业增加值31.36亿元,同比增长4.8%,其中农林牧渔服务业增加值2.06亿元,增长9.5%。",
     [("31.36亿元", 2024), ("4.8%", 2024), ("2.06亿元", 2024), ("9.5%", 2024)]),
    ("时间:2017-06-12",
     "1-5月,全區一般公共預算收入完成56033萬元,完成年初預算的45.5%,同比增長28.1%。",
     [("56033萬元", 2017), ("45.5%", 2017), ("28.1%", 2017)]),
    ("2021-07-20 09:30 来源:市统计局",
     "上半年,全市实现农林牧渔及服务业总产值181.16亿元,同比增长10.4%。",
     [("181.16亿元", 2021), ("10.4%", 2021)]),
], ids=["q3_agriculture", "jan_may_finance_hant", "h1_economy"])  # fmt: skip
def test_a_dated_page_opening_with_part_of_a_year_reports_the_year_of_its_date(
    tmp_path: Path, date: str, text: str, expected: list[tuple[str, int]]
) -> None:
    """A release on part of a year without a title (甘肃's city agriculture news, a district's finance in
    traditional script, a city's half-year economy; dev documents): its page's date gives the year, not the
    year before it as a report's would."""
    found = _dated(tmp_path, "release.txt", ["首页 > 统计数据 > 数据发布", date, "", text])
    assert [(surface, year) for surface, _, year, _, _ in found] == expected
    assert {stance for _, stance, _, _, _ in found} == {"actual"}
