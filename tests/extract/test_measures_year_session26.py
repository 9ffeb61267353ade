"""Year, stance and period of session 26 (issue #8): which year is 'now' for a text and which part of it
dates a value, read on real phrases of several governments (dev and sample lines, public pages; never
unseen ones).

Sources: 网易 on 温州's report for 2026 (WZ); 南都 on 肇庆's report for 2025 (ZQ); a digest of 镇原's report
for 2024 (ZY).
"""

from __future__ import annotations

import pytest

from plantrace.ingest.dates import report_year

# WZ: news that only looks back on the year the report reviews (its results, its count up to November)
WENZHOU = [
    "1月20日,温州市十四届人大六次会议开幕。会上,温州市政府工作报告指出,温州2025年地区生产总值突破万亿元大关。"
    "至此,温州也成为继杭州、宁波之后,浙江的第三座GDP万亿城市,为“十四五”规划画上了圆满的句号。",
    "其实要说浙江经济2025年最稳的预期,那一定是温州挺进“GDP万亿俱乐部”。2024年,温州全市地区生产总值已经达到9719亿元,"
    "距离万亿GDP,仅差了不到300亿元。2025年破万亿,就是临门一脚的事。",
    "民营经济的金名片擦得更亮。民营经济始终是温州最鲜明的发展底色与核心竞争力。截至2025年11月,"
    "在册民营企业和个体工商户合计156.4万户,全省靠前;民营规上工业企业增加值占规上工业比重90.8%。",
    "工业经济压舱石实现稳稳支撑。这里有一组数据:2025年,温州完成工业用地(用海)供应1.52万亩和“数据得地”供地1.02万亩,"
    "均创历年新高。",
]
# ZQ: the year planned for, its goal said with 力争突破 (a word of plans wins over a word of results)
ZHAOQING = [
    "肇庆:2025年GDP力争突破3000亿元",
    "南都讯 记者蔡雯 2025年,肇庆市要实现GDP(地区生产总值)增长5%左右,总量力争突破3000亿元。",
    "据悉,2024年,肇庆完成GDP2917.85亿元、同比增长2.2%。",
]
# ZY: a digest that reviews 2023 and plans 2024
ZHENYUAN = [
    "回顾2023年工作成果🏆",
    "展望2024年工作目标🎯",
    "2024年,我们将继续深入学习贯彻新时代中国特色社会主义思想,紧紧围绕全面建设社会主义现代化国家这个总目标,"
    "努力实现以下目标:",
]


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        (WENZHOU, 2026),  # the latest year is told as results: the report of the year after
        (ZHAOQING, 2025),  # the latest year is planned for
        (ZHENYUAN, 2024),
    ],
)
def test_news_that_only_looks_back_is_of_the_year_after_the_last_year_it_names(lines: list[str], year: int) -> None:
    assert report_year(lines) == year
