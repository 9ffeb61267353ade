"""Names that came from the wrong place, the tail (session 30, issue #8, "metric"), on real phrases of several
governments.

Sources: a city's news of its economy in 2025 H1 (H1-25, dev set), a city's news of its economy in 2021 H1 (H1-21,
dev set, traditional script with pinyin debris), a province's statistics release on its industry in 2024 1-4月
(P24, stored page corpus of the search tools, gybag.com copy of a government site).
"""

from __future__ import annotations

import pytest
from measures_support import one

# a growth breadth (增长面: the share of the industries its sentence counts that grew) is a share of the sector whose
# value added the line gives before it, also past a full stop (从增长面看,…): not a growth rate, not of nothing
BREADTHS = [
    pytest.param("二是工业运行稳中有进。上半年,规上工业增加值增长7.4%,较一季度回升0.3个百分点。从增长面看,38个大类行业中"
                 "32个实现增长、增长面84.2%,较一季度提升7.9个百分点。", "84.2%", "规上工业增长面", id="H1-25"),
    pytest.param("全市規(guī)模以上工業(yè)增加值同比增長(zhǎng)13.3%,,為10年來(lái)最高增幅,。規(guī)模以上工業(yè)企業(yè)"
                 "營(yíng)業(yè)收入增長(zhǎng)31.0%,,居全省第8位;利潤(rùn)增長(zhǎng)180.3%,,居全省第3位,。分行業(yè)看,"
                 "全市35個(gè)行業(yè)大類中28個(gè)行業(yè)增加值實(shí)現(xiàn)增長(zhǎng),,增長(zhǎng)面為80%,。", "80%",
                 "规模以上工业增长面", id="H1-21"),
    pytest.param("1-4月,全省规模以上工业增加值同比增长8.5%,较一季度提高1.2个百分点,居全国第8位。分行业门类看,1-4月,采矿业同比"
                 "增长10.1%,较一季度提高9.2个百分点;制造业增长8.5%。分行业大类看,1-4月,全省38个行业大类中,22个行业增加值同比"
                 "实现增长,增长面达57.9%。", "57.9%", "规模以上工业增长面", id="P24"),
]


@pytest.mark.parametrize(("phrase", "surface", "name"), BREADTHS)
def test_a_growth_breadth_is_a_share_of_the_sector(phrase: str, surface: str, name: str) -> None:
    found = {m.surface: m for m in one(phrase, doc_type="statistical_bulletin", period=(2025, 2025), issued=None)}
    assert (found[surface].metric, found[surface].kind, found[surface].direction) == (name, "share", None)
