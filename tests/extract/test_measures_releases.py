"""Texts whose kind a word of their opening misnames, and years that are not the time of a value.

Phrases are quoted from public texts: the untitled 2024 statistical bulletin of 松原市 (SY), the
review of 崇信县's plan execution in 2017's first half by its people's congress (CX), 平武县's report on
the plan's execution in 2019's first half (PW), and a county's report on its 2007 plan execution read to
its 2008 congress, reposted on a site with a 2022 timestamp (XJ).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of

UNDATED: dict[str, Any] = {"doc_type": "other", "period": None, "issued": None}


def dated(lines: list[str]) -> list[tuple[str, str, int | None]]:
    return [(m.surface, m.stance, m.year) for m in measures_of(lines, **UNDATED)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # SY: a bulletin's body that names the plan period its year belongs to is no plan
        (["2024年是实现“十四五”规划目标任务的关键一年。面对宏观环境的深刻变化，松原市坚持以高质量发展为主线。",
          "一、综合",
          "初步核算，全年全市实现地区生产总值1002.18亿元，按可比价格计算，比上年增长3.8%。其中，第一产业增加值"
          "241.09亿元，比上年增长3.8%；第二产业增加值237.72亿元，增长0.5%。",
          "全年出生人口1.15万人，出生率为5.46‰；死亡人口1.98万人，死亡率为9.39‰。"],
         [("1002.18亿元", "actual", 2024), ("3.8%", "actual", 2024), ("241.09亿元", "actual", 2024),
          ("3.8%", "actual", 2024), ("237.72亿元", "actual", 2024), ("0.5%", "actual", 2024),
          ("1.15万人", "actual", 2024), ("5.46‰", "actual", 2024), ("1.98万人", "actual", 2024),
          ("9.39‰", "actual", 2024)]),
        # CX: a review of the plan's execution in the first half of a year reports that year's results
        # (今年上半年 too), even when dated later in the year
        (["关于崇信县2017年上半年国民经济和社会发展计划执行情况的审查意见",
          "时间:2017-11-22 来源:",
          "会议认为,上半年全县地区生产总值完成11.3亿元,占年计划的41.8%,同比增长9.3%。",
          "会议指出,今年上半年国民经济和社会发展计划执行工作中还存在一些困难和问题。三是项目建设进展不平衡。"
          "受项目建设用地、资金和前期审批手续等因素影响,有38个项目未入库。"],
         [("11.3亿元", "actual", 2017), ("41.8%", "actual", 2017), ("9.3%", "actual", 2017),
          ("38个", "actual", 2017)]),
        # PW: the same for a government department's own report on the first half
        (["关于2019年上半年国民经济和社会发展 计划执行情况的报告",
          "2019-11-18 16:54文章来源:发改局",
          "——地区生产总值(GDP)22.99亿元,同比增长6%(下同)。",
          "——旅游总收入23.63亿元,增长7.95%。"],
         [("22.99亿元", "actual", 2019), ("6%", "actual", 2019), ("23.63亿元", "actual", 2019),
          ("7.95%", "actual", 2019)]),
        # XJ: 按2005年可比价格 is the year prices are taken at, not the time of the value; a reposting
        # site's timestamp yields to the year the report plans for (2008年…计划草案)
        (["国民经济和社会发展计划执行情况及国民经济和社会发展计划草案的报告",
          "时间:2022-03-27 10:17:00",
          "受县人民政府委托,现将2007年国民经济和社会发展计划执行情况及2008年国民经济和社会发展计划草案提请"
          "县第十六届人大二次会议审议。",
          "一、2007年国民经济和社会发展计划执行情况",
          "全年实现现价地区生产总值24.9亿元,按2005年可比价格(下同)计算,比上年(下同)增长10.0%。其中一、二、"
          "三产业现价增加值分别达到9.98亿元、4.2亿元、10.72亿元,分别增长2.4%、30.7%和10.7%。"],
         [("24.9亿元", "actual", 2007), ("10.0%", "actual", 2007), ("9.98亿元", "actual", 2007),
          ("4.2亿元", "actual", 2007), ("10.72亿元", "actual", 2007), ("2.4%", "actual", 2007),
          ("30.7%", "actual", 2007), ("10.7%", "actual", 2007)]),
    ],
)
def test_release_kind_and_years(lines: list[str], expected: list[tuple[str, str, int | None]]) -> None:
    assert dated(lines) == expected


# 从化区's 14th-FYP outline (sample corpus, examples/corpus): its first chapter reviews the 十三五 period.
# The chapter headings are written here as a digest would (“十三五”成就); the other lines are the outline's.
PLAN_OPENING_WITH_REVIEW = [
    "广州市从化区国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
    "一、“十三五”成就",
    "“十三五”期间,面对世界百年未有之大变局,从化区坚持以习近平新时代中国特色社会主义思想为指导。",
    "二、“十四五”发展目标",
    "推动固体废弃物综合处理中心餐厨垃圾及易腐有机废弃物处理厂加快建设,到2025年,生活垃圾处理能力达到4100吨/日。",
    "完善可回收物利用体系,优化可回收物回收网点和大件垃圾投放拆解点布局,到2025年,生活垃圾回收利用率达42%以上。",
]


def test_a_plan_that_opens_with_a_review_stays_a_plan() -> None:
    found = measures_of(PLAN_OPENING_WITH_REVIEW, **UNDATED)
    assert [(m.surface, m.stance, m.year) for m in found] == [
        ("4100吨/日", "target", 2025), ("42%以上", "target", 2025)]


def test_a_text_that_looks_back_throughout_is_a_review() -> None:
    # 商洛日报 (2016): 回眸“十二五” over results only is a review, its figures results of 2015
    lines = ["回眸“十二五”", "2015年的辉煌成就", "全年实现生产总值621.83亿元、增长11.2%,增速位居全省第三。",
             "“十二五”以来,累计完成固定资产投资2530亿元。"]
    found = measures_of(lines, **UNDATED)
    assert [(m.surface, m.stance) for m in found] == [
        ("621.83亿元", "actual"), ("11.2%", "actual"), ("第三", "actual"), ("2530亿元", "actual")]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # 水利部's 2012 water resources bulletin, page 5 of its PDF: a sector's bulletin dates its page by
        # its title (the page names no year where the figures stand)
        (["Page 5 - 2012年中国水资源公报", "P. 5",
          "镇人均生活用水量(含公共用水)216L/d,农村居民人均生活用水量", "79L/d。"],
         [("216L/d", "actual", 2012), ("79L/d", "actual", 2012)]),
        # 新华网 (2016): 今年春节假日期间 is a part of the year already past, its figures results of 2016
        (["春節假期全國接待游客超3億人次", "發布時間:2016-02-14 22:20:00",
          "國家旅游局14日發布,今年春節假日期間,全國共接待游客3.02億人次,比上年同期增長15.6%;"
          "實現旅游收入3651億元,按可比口徑增長16.3%。"],
         [("3億人次", "actual", 2016), ("3.02億人次", "actual", 2016), ("15.6%", "actual", 2016),
          ("3651億元", "actual", 2016), ("16.3%", "actual", 2016)]),
    ],
)
def test_sector_bulletins_and_holiday_releases(lines: list[str], expected: list[tuple[str, str, int | None]]) -> None:
    assert dated(lines) == expected


WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-01-28"}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # 内蒙古 2026 (dev): works done in a five-year review add up over the five years
        (["五年来，我们坚定不移走生态优先、绿色发展为导向的高质量发展新路子。"
          "建成绿色矿山437个，完成历史遗留矿山生态修复117平方公里。"],
         [("437个", "period_cumulative", (2021, 2025)), ("117平方公里", "period_cumulative", (2021, 2025))]),
        # 齐河 (2021, dev): an indicator 完成 its year's level is no work done, even in a review
        (["五年来，全县综合实力显著增强。2020年,齐河县完成地区生产总值348亿元;一般公共预算收入完成32.9亿元。"],
         [("348亿元", "annual", None), ("32.9亿元", "annual", None)]),
    ],
)
def test_works_done_in_a_review_add_up(lines: list[str], expected: list[tuple[str, str, Any]]) -> None:
    found = measures_of(lines, path=("一、“十四五”时期工作回顾",), **WR2026)
    assert [(m.surface, m.scope, m.period) for m in found] == expected
