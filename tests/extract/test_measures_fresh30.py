"""The classes the thirtieth fresh dev batch (2016 provincial work reports, issue #8) showed at its first shot, on
real phrases of several governments.

Sources: 华声在线 on 湖南's 2016 work report (HN16, 2016-01-25, a dev document), 云南省政府新闻办's press conference
on 玉溪's five years (YX17, 2017-09-19, the stored page corpus) and the State Council's 2007 work report (GWY07, the
sample corpus); for undated news of a report, 今日湖北 (HB16, a dev document), 中新网湖北 on 宜昌 (YC16) and 天水日报
(TS06), the stored page corpus.
"""

from __future__ import annotations

import pytest
from measures_support import document, measures_of

from plantrace.extract.measures.timeline import profile
from plantrace.ingest.normalise import make_lines


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



# An undated work report's news that states results of a year: the report of the year after.
# HB16: 今日湖北's digest of 湖北's 2016 work report (a dev document, traditional script converted), no date, no 2016
HB16 = [
    "湖北省十二届人大四次会议今日上午开幕,省长王国生向大会作政府工作报告。以下为录音摘要:",
    "2015年这些数据很给力",
    "2015年社会消费品零售总额达到13978亿元,居全国第6位;建筑业总产值突破1万亿元,由全国第9位进至第3位。",
]
# YC16: 中新网湖北 on 宜昌's 2016 work report (as copied by baogaosu, its date in a form no reader takes)
YC16 = [
    "1月21日上午,宜昌市第五届人民代表大会第七次会议在宜昌剧院隆重开幕。",
    "“十二五”时期,生产总值连跨两个千亿级台阶,2015年达到3384.8亿元,地方公共财政预算收入达到339.1亿元,"
    "全社会固定资产投资达到3085亿元,五年累计完成投资10573亿元。",
]
# TS06: 天水日报 on 天水's 2006 work report (as copied by a web page, dated 2月28日 without a year)
TS06 = [
    "2月28日的秦州剧院彩旗飘展、鼓乐喧天,三百多名人大代表满怀着人民的嘱托和对未来美好的期望,"
    "参加天水市第四届人民代表大会第七次会议。",
    "2005年,我市生产总值达到146.2亿元,比“九五”末增长了68.1%,年均增长10.9%;人均生产总值达到4189元。",
]


@pytest.mark.parametrize(("text", "year", "value"), [(HB16, 2016, "13978亿元"), (YC16, 2016, "3384.8亿元"),
                                                     (TS06, 2006, "146.2亿元")])
def test_an_undated_reports_news_stating_a_years_results_is_of_the_year_after(
        text: list[str], year: int, value: str) -> None:
    """2015年社会消费品零售总额达到13978亿元, 2015年达到3384.8亿元: news of a work report with no date and no year it
    plans is the report of the year after the last year it states results of; those results are of that year."""
    assert profile(document("work_report", None), make_lines(text)).report_year == year
    found = {m.surface: (m.stance, m.year) for m in measures_of(text, doc_type="work_report", period=None)}
    assert found[value] == ("actual", year - 1)
