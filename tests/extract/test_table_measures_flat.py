"""Quantities of tables written one cell a line, and of tables whose headers say little (rule measure.table.v1).

Layouts of the dev documents (tuned-on) of five governments: 桐乡's annual-plan table (预期目标 / 实际完成 /
备注 under a caption with the year), 国家统计局's grain table (quantities with their units in the headers), a
district's bulletin table (单位 and 比上年增长 columns), 长顺县's table (traditional, pinyin debris) and 荆门东宝区's
table under a 单位:吨 line.
"""

from __future__ import annotations

from pathlib import Path

from plantrace.models import Measure
from plantrace.pipeline import process_file


def _measures(tmp_path: Path, lines: list[str]) -> list[tuple[object, ...]]:
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    found: list[Measure] = [m for m in process_file(path)[1].measures if m.rule == "measure.table.v1"]
    return [(m.surface, m.value, m.unit, m.stance, m.year, m.kind, m.metric, m.direction) for m in found]


def _spread(cells: list[str]) -> list[str]:
    return [line for cell in cells for line in (cell, "")]


def test_annual_plan_columns_take_the_caption_year_and_say_their_stance(tmp_path: Path) -> None:
    lines = ["关于桐乡市2024年国民经济和社会发展计划执行情况及2025年国民经济和社会发展计划草案的报告", "",
             "一、2024年全市国民经济和社会发展计划执行情况", "", "1:2024年全市国民经济和社会发展主要指标完成情况", "",
             *_spread(["指标名称", "预期目标", "实际完成", "备注", "一、综合发展", "", "", "1.地区生产总值",
                       "增长6.5%左右", "增长4.8%", "1347.1亿元", "2.全员劳动生产率", "20.5万元/", "20.5万元/",
                       "3.一般公共预算收入", "增长5%", "下降4.6%", "102.1亿元"])]
    assert _measures(tmp_path, lines) == [
        ("6.5%左右", 6.5, "%", "target", 2024, "growth", "地区生产总值", None),
        ("4.8%", 4.8, "%", "actual", 2024, "growth", "地区生产总值", None),
        ("1347.1亿元", 1347.1, "亿元", "actual", 2024, "level", "地区生产总值", None),
        ("20.5万元", 20.5, "万元", "target", 2024, "level", "全员劳动生产率", None),
        ("20.5万元", 20.5, "万元", "actual", 2024, "level", "全员劳动生产率", None),
        ("5%", 5.0, "%", "target", 2024, "growth", "一般公共预算收入", None),
        ("4.6%", 4.6, "%", "actual", 2024, "growth", "一般公共预算收入", "down"),
        ("102.1亿元", 102.1, "亿元", "actual", 2024, "level", "一般公共预算收入", None),
    ]


def test_quantity_columns_with_their_units_in_the_headers(tmp_path: Path) -> None:
    lines = ["2024年全国粮食产量公告", "", "表1 2024年全国粮食播种面积、总产量及单位面积产量情况", "", "",
             *_spread(["播种面积", "(千公顷)", "总产量", "(万吨)", "单位面积产量", "(公斤/公顷)",
                       "全年粮食", "119319. 1", "70649. 9", "5921. 1", "1、 夏粮", "26613. 1", "14989. 0", "5632. 2"])]
    found = _measures(tmp_path, lines)
    assert found[:3] == [
        ("119319. 1", 119319.1, "千公顷", "actual", 2024, "level", "全年粮食播种面积", None),
        ("70649. 9", 70649.9, "万吨", "actual", 2024, "level", "全年粮食总产量", None),
        ("5921. 1", 5921.1, "公斤/公顷", "actual", 2024, "level", "全年粮食单位面积产量", None),
    ]
    assert [m[6] for m in found[3:]] == ["夏粮播种面积", "夏粮总产量", "夏粮单位面积产量"]


def test_a_growth_on_the_year_before_makes_a_table_of_results(tmp_path: Path) -> None:
    lines = ["一、综合", "表一: 地 区 生 产 总 值", "指 标 |", "单位 |", "2021年 |", "比上年增长(%) |",
             "地区生产总值 |", "亿元 |", "91.3 |", "7.5 |", "第一产业 |", "亿元 |", "6.2 |", "6.9 |"]
    assert _measures(tmp_path, lines) == [
        ("91.3", 91.3, "亿元", "actual", 2021, "level", "地区生产总值", None),
        ("7.5", 7.5, "%", "actual", 2021, "growth", "地区生产总值", None),
        ("6.2", 6.2, "亿元", "actual", 2021, "level", "第一产业", None),
        ("6.9", 6.9, "%", "actual", 2021, "growth", "第一产业", None),
    ]


def test_traditional_headers_with_pinyin_debris(tmp_path: Path) -> None:
    lines = ["長順縣2016年國民經濟和社會發展統計公報", "表1 長順縣2016年地區生產總值構成表", "|",
             "行業(yè)名稱 |", "現價(jià) (萬元) |", "不變價(jià) (萬元) |", "增速 (%) |", "行業占 比(%) |", "|",
             "地區(qū)生產(chǎn)總值 |", "529757 |", "520278 |", "13.1 |", "100 |"]
    assert _measures(tmp_path, lines) == [
        ("529757", 529757.0, "万元", "actual", 2016, "level", "地区生产总值现价", None),
        ("520278", 520278.0, "万元", "actual", 2016, "level", "地区生产总值不变价", None),
        ("13.1", 13.1, "%", "actual", 2016, "growth", "地区生产总值", None),
        ("100", 100.0, "%", "actual", 2016, "share", "地区生产总值行业占比", None),
    ]


def test_a_unit_line_above_the_header_gives_the_cells_their_unit(tmp_path: Path) -> None:
    lines = ["二、农业", "表1:2020年全区主要农产品产量", "2020年全区主要农产品产量 | |", "单位:吨 | |",
             "产品名称 | 产量 |", "粮食 | 143972 |", "#稻谷 | 118787 |"]
    assert _measures(tmp_path, lines) == [
        ("143972", 143972.0, "吨", "actual", 2020, "level", "粮食产量", None),
        ("118787", 118787.0, "吨", "actual", 2020, "level", "稻谷产量", None),
    ]


def test_a_table_in_traditional_characters_is_read_like_its_simplified_text(tmp_path: Path) -> None:
    """Cells are read in the simplified layer: 增長6.5%左右 is a growth and 1347.1億元 keeps its unit (桐乡's
    layout written in traditional characters, as 长顺县's and other pages are)."""
    import opencc

    s2t = opencc.OpenCC("s2t")
    simplified = ["2024年计划执行情况", "", "1:2024年全市国民经济和社会发展主要指标完成情况", "",
                  *_spread(["指标名称", "预期目标", "实际完成", "备注", "1.地区生产总值", "增长6.5%左右", "增长4.8%",
                            "1347.1亿元", "2.全员劳动生产率", "20.5万元/", "20.5万元/"])]
    traditional = [str(s2t.convert(line)) for line in simplified]
    assert traditional[4] == "指標名稱"
    found = _measures(tmp_path, traditional)
    assert [(surface, unit, kind) for surface, _, unit, _, _, kind, _, _ in found] == [
        ("6.5%左右", "%", "growth"), ("4.8%", "%", "growth"), ("1347.1億元", "亿元", "level"),
        ("20.5萬元", "万元", "level"), ("20.5萬元", "万元", "level"),
    ]
    assert {m[6] for m in found} == {"地区生产总值", "全员劳动生产率"}
    (tmp_path / "s").mkdir()
    assert [m[1:] for m in _measures(tmp_path / "s", simplified)] == [m[1:] for m in found]


def test_full_width_digits_in_table_cells_are_read_like_ascii(tmp_path: Path) -> None:
    """A bulletin's table written with full-width digits and signs (９１．３, ７．５％): each cell is read in
    the line's normalised layer, the surface kept as written."""
    def wide(text: str) -> str:
        return text.translate({code: code + 0xFEE0 for code in range(0x21, 0x7F)})

    lines = ["2021年国民经济和社会发展统计公报", "", "表1 2021年地区生产总值", "",
             *_spread(["指标", "单位", "2021年", "比上年增长(%)", "地区生产总值", "亿元", wide("91.3"), wide("7.5"),
                       "第一产业", "亿元", wide("6.2"), wide("6.9")])]
    assert _measures(tmp_path, lines) == [
        ("９１．３", 91.3, "亿元", "actual", 2021, "level", "地区生产总值", None),
        ("７．５", 7.5, "%", "actual", 2021, "growth", "地区生产总值", None),
        ("６．２", 6.2, "亿元", "actual", 2021, "level", "第一产业", None),
        ("６．９", 6.9, "%", "actual", 2021, "growth", "第一产业", None),
    ]


def test_a_second_heading_row_gives_each_cell_its_group_and_year(tmp_path: Path) -> None:
    """榕江县's 2016 bulletin (贵州, traditional with pinyin debris, fresh batch 29): 現價(億元) over 2015年 / 2016年,
    then 增速%, 構成% and 貢獻% one cell each: the two levels in 亿元 of their years, the growth of the later year, the
    shares of the later year named by the row and the column. (The heading row of 国家统计局's half-year table as
    宁强县's site copied it, 绝对额(亿元) and 比上年同期增长(% over quarters, is read the same way: tests/parse.)"""
    lines = ["2016年,在縣委的正確領(lǐng)導(dǎo)下,經(jīng)濟(jì)運(yùn)行穩(wěn)中有進(jìn)。",
             "附表1: 按當(dāng)年價(jià)格計(jì)算的國內(nèi)生產(chǎn)總值",
             "|", "項(xiàng) 目 |", "現(xiàn)價(jià)(億元) |", "增速% (可比價(jià)) |", "構(gòu)成% |", "貢獻(xiàn)% |",
             "|", "|", "2015年 |", "2016年 |", "||||", "|", "國內(nèi)生產(chǎn)總值 |", "48.26 |", "56.69 |", "13.5 |",
             "— |", "— |", "|", "第一產(chǎn)業(yè) |", "14.22 |", "16.35 |", "6.2 |", "28.8 |", "1.8 |",
             "二、農(nóng) 業(yè)"]
    assert _measures(tmp_path, lines) == [
        ("48.26", 48.26, "亿元", "actual", 2015, "level", "国内生产总值", None),
        ("56.69", 56.69, "亿元", "actual", 2016, "level", "国内生产总值", None),
        ("13.5", 13.5, "%", "actual", 2016, "growth", "国内生产总值", None),
        ("14.22", 14.22, "亿元", "actual", 2015, "level", "第一产业", None),
        ("16.35", 16.35, "亿元", "actual", 2016, "level", "第一产业", None),
        ("6.2", 6.2, "%", "actual", 2016, "growth", "第一产业", None),
        ("28.8", 28.8, "%", "actual", 2016, "share", "第一产业构成", None),
        ("1.8", 1.8, "%", "actual", 2016, "share", "第一产业贡献", None),
    ]
