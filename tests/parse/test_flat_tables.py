"""Tables a web page wrote one cell a line (parse/flat.py), and the lines that must not become one.

Layouts of the dev documents (tuned-on): 桐乡's annual-plan table (blank lines between cells, a group row, a
missing 备注), a district bulletin's table with a trailing ``|`` on each cell and a 单位 column, 国家统计局's grain
table (no heading over the rows' names, units on lines of their own, 其中), 长顺县's one-row table with a
converter's pinyin, and 荆门东宝区's table written row by row under its title and unit lines.
"""

from __future__ import annotations

from parse_helpers import parse_lines

from plantrace.models import Node


def _tables(nodes: tuple[Node, ...]) -> list[tuple[Node, list[Node]]]:
    return [(t, [n for n in nodes if n.parent == t.id and n.kind == "item"]) for t in nodes if t.kind == "table"]


def _spread(cells: list[str]) -> list[str]:
    """One cell a line with a blank line after each, as a web page's copy writes a table."""
    return [line for cell in cells for line in (cell, "")]


def test_annual_plan_table_with_blank_lines_a_group_row_and_a_missing_cell() -> None:
    lines = ["一、2024年全市国民经济和社会发展计划执行情况", "", "1:2024年全市国民经济和社会发展主要指标完成情况", "",
             *_spread(["指标名称", "预期目标", "实际完成", "备注", "一、综合发展", "", "", "1.地区生产总值",
                       "增长6.5%左右", "增长4.8%", "1347.1亿元", "2.全员劳动生产率", "20.5万元/", "20.5万元/"]),
             "", "3.一般公共预算收入", "", "增长5%", "", "下降4.6%", "", "102.1亿元", "", "二、2025年主要目标"]
    _, _, nodes, _ = parse_lines(lines)
    [(table, rows)] = _tables(nodes)
    assert table.title == "1:2024年全市国民经济和社会发展主要指标完成情况"
    assert dict(table.attrs)["columns"] == "指标名称|预期目标|实际完成|备注"
    assert table.parent == nodes[0].id  # the table sits in its section; 一、综合发展 is a row, not a chapter
    assert [(r.title, dict(r.attrs).get("实际完成"), dict(r.attrs).get("备注")) for r in rows] == [
        ("一、综合发展", None, None), ("1.地区生产总值", "增长4.8%", "1347.1亿元"),
        ("2.全员劳动生产率", "20.5万元/", None), ("3.一般公共预算收入", "下降4.6%", "102.1亿元")]
    assert nodes[-1].kind == "chapter" and nodes[-1].parent is None


def test_bulletin_table_with_a_trailing_bar_and_a_unit_column() -> None:
    lines = ["表一: 地 区 生 产 总 值", "指 标 |", "单位 |", "2021年 |", "比上年增长(%) |",
             "地区生产总值 |", "亿元 |", "91.3 |", "7.5 |", "第一产业 |", "亿元 |", "6.2 |", "6.9 |",
             "交通运输、仓储和邮政业 |", "亿元 |", "10 |", "5.9 |",
             "2021年,全区新增各类市场主体2383户,同比增长15.7%。"]
    _, _, nodes, _ = parse_lines(lines)
    [(table, rows)] = _tables(nodes)
    assert dict(table.attrs)["columns"] == "指标|单位|2021年|比上年增长(%)"
    assert [(r.title, r.line_start, r.line_end) for r in rows] == [
        ("地区生产总值", 6, 9), ("第一产业", 10, 13), ("交通运输、仓储和邮政业", 14, 17)]
    assert dict(rows[0].attrs) == {"单位": "亿元", "2021年": "91.3", "比上年增长(%)": "7.5"}
    assert nodes[-1].kind == "paragraph" and nodes[-1].line_start == 18


def test_grain_table_without_a_heading_over_the_names_and_units_on_their_own_lines() -> None:
    lines = ["表1 2024年全国粮食播种面积、总产量及单位面积产量情况", "", "",
             *_spread(["播种面积", "(千公顷)", "总产量", "(万吨)", "单位面积产量", "(公斤/公顷)",
                       "全年粮食", "119319. 1", "70649. 9", "5921. 1", "", "", "一、 分季节", "", "",
                       "1、 夏粮", "26613. 1", "14989. 0", "5632. 2", "其中: 稻谷", "29006. 9", "20753. 5", "7154. 7"]),
             "注:", "", "1. 根据部分地区小麦实际产量对数据进行了修正。"]
    _, _, nodes, _ = parse_lines(lines)
    [(table, rows)] = _tables(nodes)
    assert table.title.startswith("表1 2024年全国粮食播种面积") and table.line_start == 1
    assert dict(table.attrs)["columns"] == "|播种面积(千公顷)|总产量(万吨)|单位面积产量(公斤/公顷)"
    assert [r.title for r in rows] == ["全年粮食", "一、分季节", "1、夏粮", "其中:稻谷"]  # spaces folded
    assert dict(rows[-1].attrs)["总产量(万吨)"] == "20753. 5"
    [note] = [n for n in nodes if n.kind == "note"]
    assert note.parent == table.id


def test_one_full_row_under_a_heading_that_says_what_every_column_holds() -> None:
    lines = ["全年人均地區生產總值達28322元,比去年新增3637元,增長12.7%。", "表1 長順縣2016年地區生產總值構成表", "|",
             "行業(yè)名稱 |", "現價(jià) (萬元) |", "不變價(jià) (萬元) |", "增速 (%) |", "行業占 比(%) |", "|",
             "地區(qū)生產(chǎn)總值 |", "529757 |", "520278 |", "13.1 |", "100 |"]
    _, _, nodes, _ = parse_lines(lines)
    [(table, [row])] = _tables(nodes)
    assert table.title == "表1長順縣2016年地區生產總值構成表"  # the space between words folded
    assert (row.line_start, row.line_end, len(row.attrs)) == (10, 14, 4)


def test_grid_under_its_title_and_unit_lines() -> None:
    lines = ["表1:2020年全区主要农产品产量", "2020年全区主要农产品产量 | |", "单位:吨 | |", "产品名称 | 产量 |",
             "粮食 | 143972 |", "#稻谷 | 118787 |", "三、工业和建筑业"]
    _, _, nodes, _ = parse_lines(lines)
    [(table, rows)] = _tables(nodes)
    assert (table.title, table.line_start, table.head_end) == ("表1:2020年全区主要农产品产量", 1, 4)
    assert dict(table.attrs)["columns"] == "产品名称|产量|"
    assert [r.title for r in rows] == ["粮食", "#稻谷"]


def test_lines_of_a_bar_alone_are_no_table() -> None:
    lines = ["|", "信息来源:中国交通新闻网 |", "发布时间:2017-04-21 09:37:00 |",
             "一季度全国完成交通固定资产投资4000亿元。"]
    _, _, nodes, _ = parse_lines(lines)
    assert not _tables(nodes)


def test_runs_of_short_lines_that_are_not_tables() -> None:
    names = ["第一组", "", "张明", "", "李华", "", "王芳", "", "赵强", "", "刘洋"]
    headings = ["目录", "一、2024年工作回顾", "二、2025年目标任务", "三、2025年重点工作", "四、加强政府自身建设"]
    signature = ["桐乡市发展和改革局", "", "2025年3月26日", "", "各位代表:"]
    debris = ["首页", "政务公开", "打印", "关闭", "浏览次数:1234", "字号:大 中 小", "分享到"]
    counts_without_a_heading = ["重点项目", "", "实施项目", "", "128个", "", "完成投资", "", "526亿元"]
    for lines in (names, headings, signature, debris, counts_without_a_heading):
        _, _, nodes, _ = parse_lines(lines)
        assert not _tables(nodes), lines


def test_a_heading_row_without_two_rows_of_numbers_is_no_table() -> None:
    lines = ["指标名称", "2024年目标", "2024年完成", "地区生产总值", "增长6%", "一般公共预算收入", "详见附表"]
    _, _, nodes, _ = parse_lines(lines)
    assert not _tables(nodes)


# A second heading row of sub-columns under the first one's groups (fresh batch 29): 榕江县's 2016 bulletin (RJ16,
# 贵州, traditional with a converter's pinyin, a dev document: the years under 現價 only) and 国家统计局's 2017
# half-year GDP table as 宁强县's site copied it (NQ17, 陕西, nqs.gov.cn 2017-07-24: two sub-columns under each group).
RJ16_TABLE = ["附表1: 按當(dāng)年價(jià)格計(jì)算的國內(nèi)生產(chǎn)總值", "|", "項(xiàng) 目 |",
              "現(xiàn)價(jià)(億元) |", "增速% (可比價(jià)) |", "構(gòu)成% |", "貢獻(xiàn)% |", "|", "|",
              "2015年 |", "2016年 |", "||||", "|", "國內(nèi)生產(chǎn)總值 |", "48.26 |", "56.69 |", "13.5 |", "— |",
              "— |", "|", "第一產(chǎn)業(yè) |", "14.22 |", "16.35 |", "6.2 |", "28.8 |", "1.8 |", "|",
              "第二產(chǎn)業(yè) |", "12.82 |", "14.60 |", "15.2 |", "25.7 |", "4.0 |",
              "二、農(nóng) 業(yè)"]
NQ17_TABLE = ["1  20172季度和上半年GDP初步核算数据", "",
              *_spread(["绝对额(亿元)", "比上年同期增长(%", "2季度", "上半年", "2季度", "上半年",
                        "GDP", "200807", "381490", "6.9", "6.9", "第一产业", "13333", "21987", "3.8", "3.5",
                        "第二产业", "82983", "152987", "6.4", "6.4"]),
              "  注:1.绝对额按现价计算,增长速度按不变价计算;"]


def test_a_second_heading_row_of_years_under_the_first_group() -> None:
    """RJ16: five cells a row under four groups and two years: the years are the first group's (現價), the other
    groups one cell each; a line of several | is an empty cell."""
    _, _, nodes, _ = parse_lines(RJ16_TABLE)
    [(table, rows)] = _tables(nodes)
    columns = dict(table.attrs)["columns"].split("|")
    assert [c.replace(" ", "") for c in columns[1:]] == [
        "現價(億元)2015年", "現價(億元)2016年", "增速%(可比價)", "構成%", "貢獻%"]  # (the pinyin read past)
    assert len(rows) == 3


def test_a_second_heading_row_of_quarters_under_each_group() -> None:
    """NQ17: four cells a row under two groups and four sub-columns: two under each group."""
    _, _, nodes, _ = parse_lines(NQ17_TABLE)
    [(table, rows)] = _tables(nodes)
    assert dict(table.attrs)["columns"].split("|")[1:] == [
        "绝对额(亿元)2季度", "绝对额(亿元)上半年", "比上年同期增长(%2季度", "比上年同期增长(%上半年"]
    assert [r.title for r in rows] == ["GDP", "第一产业", "第二产业"]
