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
