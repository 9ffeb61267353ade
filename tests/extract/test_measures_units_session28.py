"""Units written as symbols (issue #8, session 28): superscripts, compound units with a middle dot, a unit per a
span of time, bandwidth; on real phrases.

Sources (the page corpus of the search tools, each phrase as the page writes it, cut to the clause):
- WR: 水利部 figures of the 2018 water resources bulletin as a data site cites them (datacn.info,
  "数据来源:中国国家水利部"): 亿m³ with the superscript;
- CJ: 水利部 长江流域灾后水利建设调研报告 (2016, 规划计划司): flows in m3/s;
- WB: 水利部 2016年中国水资源公报 (traditional copy of 中国发展门户网) and the 2020 公报 on mwr.gov.cn (PDF
  spacing): 亿m3 and 亿 m3;
- EB: 中电联 monthly figures (2016): a daily rate of electricity, 亿千瓦时/天;
- GD: 广东省统计局 on the 十一五 (2011): a yearly capacity, 万吨/年;
- LA: a hydropower bid document (老挝怀拉涅河水电项目, 中国电建): 亿kW·h;
- GB: 国务院办公厅 指导意见 on broadband (2015) and 工信部 (2015, traditional copy): Mbps;
- NM: 内蒙古自治区统计局 on livestock (2014, traditional copy of CCTV) and 内蒙古's 十一五 livestock news (2010,
  traditional): 亿头只, 万头(只) (青海's 2025 work report in the dev set writes 万头只 too);
- HE: 国家卫生健康委 (2023, traditional copy of 中国新闻网) and a city's health gazetteer (地方志): 12/10萬以下,
  10/10万以下;
- GR: 国家统计局关于2015年粮食产量的公告 as a web page copied it, its table flattened into rows with ``|``;
- WE: wells counted by 眼 in the news of 宣化县水务局, 顺义区水务局, 多伦县水利局 (traditional copies for the
  first two);
- MG: a magnitude word reached or come near to, without a digit: 宁夏's 2025 work report (dev set) and the national
  work reports of 2014 and 2018 (sample corpus lines that the measures gold does not annotate).
The middle-dot glyphs ・ and • of 千瓦・时 / 千瓦•时 were not found in real text; those cases are probes written in
the style of a bulletin, kept to show that the other glyphs read as the table's ``·``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from measures_support import one

from plantrace.pipeline import process_file

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}


def values(phrase: str) -> list[tuple[str, float | None, str]]:
    return [(m.surface, m.value, m.unit) for m in one(phrase, **BULLETIN)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the superscript of a cubic metre is read as its digit, as the unit table writes it (WR)
        (
            "截至2018年,全国水资源总量为27462.5亿m³,其中西藏自治区的水资源总量最多,为4658.2亿m³。",
            [("27462.5亿m³", 27462.5, "亿m3"), ("4658.2亿m³", 4658.2, "亿m3")],
        ),
        ("全国的主要供水是来自地表水,共计4952.7亿m³,占全部供水量的82.33%", [
            ("4952.7亿m³", 4952.7, "亿m3"), ("82.33%", 82.33, "%")]),
        # the digit as the bulletins write it, with and without a space after the magnitude (WB)
        ("全國地表水資源量31273.9億m3,折合年徑流深330.3mm", [
            ("31273.9億m3", 31273.9, "亿m3"), ("330.3mm", 330.3, "mm")]),
        ("全国水资源总量 31605.2 亿 m3,比多年平均值偏多 14.0%。", [
            ("31605.2 亿 m3", 31605.2, "亿m3"), ("14.0%", 14.0, "%")]),
        # a flow per second (CJ) and per day, a daily rate of electricity (EB), a yearly capacity (GD)
        ("最大汇流流量分别达27100m3/s、15000m3/s、25000m3/s", [
            ("27100m3/s", 27100.0, "m3/s"), ("15000m3/s", 15000.0, "m3/s"), ("25000m3/s", 25000.0, "m3/s")]),
        ("制造业日均用电量88.6亿千瓦时/天", [("88.6亿千瓦时/天", 88.6, "亿千瓦时/天")]),
        ("广东炼油能力达4550万吨/年。", [("4550万吨/年", 4550.0, "万吨/年")]),
        # a compound unit with its middle dot (LA)
        ("多年平均发电量2.9375亿kW·h,输电线路长度约41", [("2.9375亿kW·h", 2.9375, "亿kW·h")]),
        # bandwidth (GB), also in traditional script
        ("主要城市宽带用户平均接入速率达到20Mbps,其他设区市城区达到10Mbps", [
            ("20Mbps", 20.0, "Mbps"), ("10Mbps", 10.0, "Mbps")]),
        ("直轄市和省會城市等主要城市寬帶平均接入速率要達到30Mbps", [("30Mbps", 30.0, "Mbps")]),
        # probes: the dot in other glyphs, a superscript of an area, a daily capacity in Latin letters
        ("全年全社会用电量98.7亿千瓦・时,增长5.2%", [("98.7亿千瓦・时", 98.7, "亿千瓦·时"), ("5.2%", 5.2, "%")]),
        ("全年发电量45.6亿千瓦•时", [("45.6亿千瓦•时", 45.6, "亿千瓦·时")]),
        ("年末建成区面积56.7km²", [("56.7km²", 56.7, "km2")]),
        ("城市日供水能力120万m3/日", [("120万m3/日", 120.0, "万m3/日")]),
        # wells (WE)
        ("鋪設地下固定低壓輸水管道130公里,更新配套機井48眼", [("130公里", 130.0, "公里"), ("48眼", 48.0, "眼")]),
        ("更新機井25眼,封填機井25眼,新建井房56座", [("25眼", 25.0, "眼"), ("25眼", 25.0, "眼"), ("56座", 56.0, "座")]),
        ("共新建水源井64眼。在成井中最小出水量15吨/小时", [("64眼", 64.0, "眼"), ("15吨/小时", 15.0, "吨/小时")]),
        # cattle and sheep counted together (NM)
        ("全區牲畜總頭數達到1.29億頭只,同比去年增長9.27%", [("1.29億頭只", 1.29, "亿头只"), ("9.27%", 9.27, "%")]),
        ("全區牲畜總頭數達到10798.5萬頭(只),總增率為59.1%", [
            ("10798.5萬頭(只)", 10798.5, "万头(只)"), ("59.1%", 59.1, "%")]),
    ],
)
def test_symbol_units(phrase: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert values(phrase) == expected


def test_rates_and_dotted_units_have_base_values() -> None:
    """The new forms keep their dimension: 亿千瓦·时 is energy in 千瓦时, m3/s a volume per second."""
    phrase = "全年发电量45.6亿千瓦·时,最大流量27100m3/s,平均接入速率达到20Mbps"
    by_surface = {m.surface: m for m in one(phrase, **BULLETIN)}
    assert (by_surface["45.6亿千瓦·时"].base_value, by_surface["45.6亿千瓦·时"].base_unit) == (45.6e8, "千瓦时")
    assert (by_surface["27100m3/s"].base_value, by_surface["27100m3/s"].base_unit) == (27100.0, "立方米/s")
    assert by_surface["20Mbps"].dimension == "bandwidth"


def test_a_slash_and_a_time_word_glued_to_letters_is_no_rate() -> None:
    """5t/day: the time letter starts a word, so the unit stays t."""
    assert values("日产能力5t/day") == [("5t", 5.0, "t")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a rate per 100 000 people keeps the comparator after it (HE)
        ("力爭到2030年我國孕產婦死亡率下降到12/10萬以下", [("12/10萬以下", "<=")]),
        ("至1989年发病率均在10/10万以下。1990年市区发病率为3.7/10万", [("10/10万以下", "<="), ("3.7/10万", "=")]),
    ],
)
def test_a_rate_per_people_takes_its_comparator(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.comparator) for m in one(phrase, **BULLETIN)] == expected


def test_a_flattened_table_whose_header_leaves_out_the_name_column(tmp_path: Path) -> None:
    """GR: the header row opens with the first value column (播种面积 (千公顷)) and ends with an empty cell; the caption
    is the table's first row (its first cell alone filled) and gives the year."""
    path = tmp_path / "grain.txt"
    path.write_text("\n".join([
        "国家统计局关于2015年粮食产量的公告",
        "表 1 2015 年粮食播种面积、单位面积产量及总产量情况 | |||",
        "播种面积 (千公顷) | 单位面积产量 (公斤/公顷) | 总产量 (万吨) | |",
        "全年粮食 | 113340.5 | 5482.9 | 62143.5 |",
        "一、分季节 | |||",
        "1、夏粮 | 27692.3 | 5096.0 | 14112.0 |",
    ]), encoding="utf-8")
    found = [(m.line, m.surface, m.value, m.unit, m.metric, m.year, m.stance) for m in process_file(path)[1].measures]
    assert found == [
        (4, "113340.5", 113340.5, "千公顷", "全年粮食播种面积", 2015, "actual"),
        (4, "5482.9", 5482.9, "公斤/公顷", "全年粮食单位面积产量", 2015, "actual"),
        (4, "62143.5", 62143.5, "万吨", "全年粮食总产量", 2015, "actual"),
        (6, "27692.3", 27692.3, "千公顷", "夏粮播种面积", 2015, "actual"),
        (6, "5096.0", 5096.0, "公斤/公顷", "夏粮单位面积产量", 2015, "actual"),
        (6, "14112.0", 14112.0, "万吨", "夏粮总产量", 2015, "actual"),
    ]


def test_a_glance_is_no_well() -> None:
    """一眼望去, 眼下: 眼 after a single Chinese numeral or before a word it starts counts nothing (a probe)."""
    assert values("站在山顶一眼望去,眼下正是春耕时节") == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a magnitude word come near to or reached, without a digit, is 1 of it (MG)
        ("发放育儿补贴近亿元，婴幼儿托位增加", [("亿元", 1.0, "亿元", "~")]),
        ("出境旅游近亿人次。", [("亿人次", 1.0, "亿人次", "~")]),
        ("农村危房改造1700多万户，上亿人喜迁新居。", [
            ("1700多万户", 1700.0, "万户", ">="), ("上亿人", 1.0, "亿人", ">=")]),
        # …but not 上 of another word (线上, 跃上…台阶), nor 万 without its unit (probes)
        ("线上亿元级项目", []),
        ("带动就业近万人,年产值过万", [("万人", 1.0, "万人", "~")]),
    ],
)
def test_a_magnitude_word_reached_is_one_of_it(phrase: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert [(m.surface, m.value, m.unit, m.comparator) for m in one(phrase, **BULLETIN)] == expected
