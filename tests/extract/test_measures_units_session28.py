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
- GB: 国务院办公厅 指导意见 on broadband (2015) and 工信部 (2015, traditional copy): Mbps.
The middle-dot glyphs ・ and • of 千瓦・时 / 千瓦•时 were not found in real text; those cases are probes written in
the style of a bulletin, kept to show that the other glyphs read as the table's ``·``.
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

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
