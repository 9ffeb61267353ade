"""The classes the thirtieth fresh dev batch (2016 provincial work reports, issue #8) showed at its first shot, on
real phrases of several governments.

Sources: 华声在线 on 湖南's 2016 work report (HN16, 2016-01-25, a dev document), 云南省政府新闻办's press conference
on 玉溪's five years (YX17, 2017-09-19, the stored page corpus) and the State Council's 2007 work report (GWY07, the
sample corpus).
"""

from __future__ import annotations

import pytest
from measures_support import measures_of


@pytest.mark.parametrize(
    ("lines", "surface", "issued", "period"),
    [
        # HN16: a total of the five years reviewed, in a sentence that names no period but its 5年
        (["5年完成基础设施投资2.2万亿元;城镇化率达到50.89%;建成高标准农田1495万亩。"], "2.2万亿元", "2016-01-25",
         (2011, 2015)),
        # YX17: the same with 累计
        (["为全力打好“五网”建设攻坚战,玉溪市5年累计投资2754亿元用于基础设施建设,年均增长32.8%。"], "2754亿元",
         "2017-09-19", (2012, 2016)),
        (["5年累计投入691亿元,千方百计保基本、兜底线、促公平,民生福祉持续改善。"], "691亿元", "2017-09-19",
         (2012, 2016)),
        # GWY07: 连续三年累计投入 adds up three years (was an average)
        (["中央财政连续三年累计投入 90亿元,用于农村寄宿制学校建设工程,7651所学校受益。"], "90亿元", "2007-03-05",
         (2004, 2006)),
    ],
)
def test_a_flow_done_in_the_last_n_years_adds_them_up(
    lines: list[str], surface: str, issued: str, period: tuple[int, int]
) -> None:
    year = int(issued[:4])
    found = {m.surface: m for m in measures_of(lines, doc_type="work_report", period=(year, year), issued=issued)}
    assert (found[surface].scope, found[surface].period) == ("period_cumulative", period)

