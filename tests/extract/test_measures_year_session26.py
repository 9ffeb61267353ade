"""Year, stance and period of session 26 (issue #8): which year is 'now' for a text and which part of it
dates a value, read on real phrases of several governments (dev and sample lines, public pages; never
unseen ones).

Sources: 网易 on 温州's report for 2026 (WZ); 南都 on 肇庆's report for 2025 (ZQ); a digest of 镇原's report
for 2024 (ZY); 闽南日报 on 漳州's report for 2010, traditional (ZZ); news of 济南's report for 2025 (JN);
西藏's report for 2026 (XZ); 宁夏's report for 2026 (NX).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of

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


# ZZ: the title names the year of the goals; the body's lead misnames it (2009年政府工作总体要求)
ZHANGZHOU = [
    "政府工作报告提出:2010年漳州经济社会发展预期目标",
    "本网讯(闽南日报记者)代市长陈冬昨日在政府工作报告中提出2009年政府工作总体要求和经济社会发展的预期目标。",
]


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        (ZHANGZHOU, 2010),  # the place between the year and its goals: 2010年漳州经济社会发展预期目标
        # JN: 2025年济南市经济社会发展的总体要求
        (["报告中指出,2025年济南市经济社会发展的总体要求是:坚持以习近平新时代中国特色社会主义思想为指导。",
          "2025年济南市经济社会发展主要预期目标是:地区生产总值增长5.5%。"], 2025),
    ],
)
def test_the_year_of_a_reports_goals_may_name_its_place_between(lines: list[str], year: int) -> None:
    assert report_year(lines) == year


def _facts(lines: list[str], **doc: Any) -> list[tuple[Any, ...]]:
    return [(m.surface, m.stance, m.year, m.scope, m.period) for m in measures_of(lines, **doc)]


REPORT_2026: dict[str, Any] = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-31"}


XIZANG_HEADING = ("一、2025年和“十四五”时期工作回顾",)
NINGXIA_HEADING = ("一、2025年工作总结和“十四五”发展成就",)


@pytest.mark.parametrize(
    ("lines", "path", "expected"),
    [
        # XZ: a lead line of one year's work over 一是…五是… under a heading of the year and the plan period
        (["一年来，我们重点做了以下工作。",
          "三是提质增效育产业扬优势。清洁能源电力装机突破1300万千瓦。高原炊具累计销售5.1亿元。",
          "五是久久为功抓改革增活力。财政科技投入实现翻番增长。"], XIZANG_HEADING,
         [("1300万千瓦", "actual", 2025, "annual", None), ("5.1亿元", "actual", 2025, "annual", None),
          ("翻番", "actual", 2025, "annual", None)]),
        # NX: the same after 过去一年; the five-year review after it (这五年) adds up again
        (["过去一年，全区各项事业取得了一系列标志性成果。一年来，我们重点抓了五个方面工作：",
          "教育发展持续加力。稳步扩大教育资源供给，新增高中学位8700多个，普通高中升学率超过76%。",
          "这五年，我区人民富裕的保障更加有力。每年将75%以上的财力用于民生，5年累计投入6200多亿元。"],
         NINGXIA_HEADING,
         [("8700多个", "actual", 2025, "annual", None), ("76%", "actual", 2025, "annual", None),
          ("75%以上", "actual", 2025, "period_average", (2021, 2025)),
          ("6200多亿元", "actual", 2025, "period_cumulative", (2021, 2025))]),
    ],
)
def test_one_years_work_under_a_heading_of_the_year_and_the_plan_period_is_of_that_year(
    lines: list[str], path: tuple[str, ...], expected: list[tuple[Any, ...]]
) -> None:
    assert _facts(lines, path=path, **REPORT_2026) == expected


FIVE_YEARS = ("一、2025年工作总结和“十四五”发展成就",)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # NX: people counted by a bare magnitude before what happened to them add up over the five years
        (["这五年，我区人民富裕的保障更加有力。城乡人居环境持续改善，改造老旧小区、抗震宜居农房等23万多户，"
          "100多万群众住上了安全房。"],
         [("23万多户", "actual", 2025, "period_cumulative", (2021, 2025)),
          ("100多万", "actual", 2025, "period_cumulative", (2021, 2025))]),
        # SX (陕西's 2021 digest, traditional): the same under a line naming the plan period
        (["“十三五”成就:", "288萬農村貧困人口實現脫貧"],
         [("288萬", "actual", 2020, "period_cumulative", (2016, 2020))]),
        # NM (内蒙古 2026): amounts listed after 完成 share it with the works after the list
        (["这五年生态安全屏障进一步夯实。完成2100万千瓦火电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造。"],
         [("2100万千瓦", "actual", 2025, "period_cumulative", (2021, 2025)),
          ("2812万吨", "actual", 2025, "period_cumulative", (2021, 2025)),
          ("395台", "actual", 2025, "period_cumulative", (2021, 2025))]),
        # GZ (广州 2021, sample): the counts of such a list did already
        (["五年来，全面完成6个旧村、109个旧厂、442个老旧小区改造项目。"],
         [("6个", "actual", 2020, "period_cumulative", (2016, 2020)),
          ("109个", "actual", 2020, "period_cumulative", (2016, 2020)),
          ("442个", "actual", 2020, "period_cumulative", (2016, 2020))]),
    ],
)
def test_what_a_five_year_review_counts_or_completes_in_a_list_adds_up(
    lines: list[str], expected: list[tuple[Any, ...]]
) -> None:
    year = expected[0][2] + 1
    doc = {"doc_type": "work_report", "period": (year, year), "issued": f"{year}-01-20"}
    assert _facts(lines, path=FIVE_YEARS if year == 2026 else (), **doc) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # 包头 (news of its 2026 report, one line of headed bullets): a paragraph opening with the plan period's
        # achievements reviews the period, far into the line; 五年净增 is a change over the last five years
        (["“十四五”发展成就 综合经济实力实现新跃升 经济年均增长8%,在百强城市中名列前茅。 “两个稀土基地”建设取得"
          "标志性成果。 城市品质塑造取得新突破 五年净增近8万人口,建成区绿化覆盖率达到44.7%。 生态环境状况发生新变化"
          " 发行全国首张“草票”、绿电国际碳足迹证书,获评国家首批碳达峰试点城市、联合国“自然城市”。 人民生活水平得到"
          "新提高 全体居民收入稳居全区第一,城镇新增就业21万人。"],
         [("8%", "actual", 2025, "period_average", (2021, 2025)),
          ("8万", "actual", 2025, "period_cumulative", (2021, 2025)),
          ("44.7%", "actual", 2025, "annual", None), ("第一", "actual", 2025, "annual", None),
          ("21万人", "actual", 2025, "period_cumulative", (2021, 2025))]),
        # 陕西 (a digest of its 2021 report, traditional): the achievements' line over the lines after it
        (["“十三五”成就:", "生產總值年均增長6.3%", "全省城鎮化率提高5.5個百分點"],
         [("6.3%", "actual", 2020, "period_average", (2016, 2020)),
          ("5.5個百分點", "actual", 2020, "period_cumulative", (2016, 2020))]),
    ],
)
def test_a_paragraph_opening_with_a_plan_periods_achievements_reviews_the_period(
    lines: list[str], expected: list[tuple[Any, ...]]
) -> None:
    year = expected[0][2] + 1
    assert _facts(lines, doc_type="work_report", period=(year, year), issued=f"{year}-01-21") == expected


@pytest.mark.parametrize(
    ("lines", "path", "expected"),
    [
        # 内蒙古 2026: things settled, set up or given in the five years reviewed add up over them
        (["——这五年民生福祉不断增进。落户4个国家区域医疗中心，布局39个自治区专科区域医疗中心，医保集中带量采购为群众"
          "减负237亿元。4万户农牧民用上稳定可靠的电。增设电动汽车充电桩3.2万个。43所高校、职业院校和538所中小学与"
          "北京市学校结对办学。"], (),
         [("4个", "period_cumulative"), ("39个", "period_cumulative"), ("237亿元", "period_cumulative"),
          ("4万户", "period_cumulative"), ("3.2万个", "period_cumulative"), ("43所", "period_cumulative"),
          ("538所", "period_cumulative")]),
        # 内蒙古 2026: a length that ends a list of works shares the list's verb
        (["——这五年民生福祉不断增进。改造城镇老旧小区7323个、棚户区5.2万套、危旧房3.1万套（户）、老旧管道1.68万公里。"],
         (), [("7323个", "period_cumulative"), ("5.2万套", "period_cumulative"), ("3.1万套", "period_cumulative"),
              ("1.68万公里", "period_cumulative")]),
        # 聊城 (its report for 2024): the same list in a review of one year is of that year
        (["过去一年，全市新改建道路59条,改造雨污合流管网203公里、老旧燃气管网54公里。"], (),
         [("59条", "annual"), ("203公里", "annual"), ("54公里", "annual")]),
        # 包头 2026: hospitals counted before they moved up the ranking
        (["“十四五”发展成就 人民生活水平得到新提高 基础教育水平保持全区领先,6家公立医院“国考”晋位升级。"], (),
         [("6家", "period_cumulative")]),
        # 宁夏 2026: a fall the plan period is measured by, told among one year's work, stays the period's
        (["一年来，我们重点抓了五个方面工作：",
          "绿色低碳发展取得实效。全区能耗强度累计下降17.3%，获得国家节能考核优秀等次。"], NINGXIA_HEADING,
         [("17.3%", "period_cumulative")]),
    ],
)
def test_what_a_review_of_the_plan_period_settles_or_sets_up_adds_up(
    lines: list[str], path: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert [(m.surface, m.scope) for m in measures_of(lines, path=path, **REPORT_2026)] == expected


def test_a_task_of_the_year_that_sets_things_up_stays_of_that_year() -> None:
    # 贵州 2025 (its tasks): 增设 in a plan of one year is of that year
    found = measures_of(["（9）持续推进平安贵州建设，完成200个乡镇专职消防队提质强能，增设2万个电动自行车充电端口。"],
                        doc_type="work_report", period=(2025, 2025), issued="2025-01-15", path=("三、2025年重点工作",))
    assert [(m.surface, m.stance, m.year, m.scope) for m in found] == [
        ("200个", "target", 2025, "annual"), ("2万个", "target", 2025, "annual")]


def test_the_month_of_an_event_dates_its_own_sentence_only() -> None:
    # 内蒙古 2026: the month of a visit dates its own sentence, not the count of the sentence after it
    lines = ["“十四五”时期内蒙古发展历程极不平凡。2023年6月习近平总书记亲临内蒙古考察并发表重要讲话，勉励我们在中国式"
             "现代化建设中闯出新路来。国务院出台《关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见》，44个国家部委"
             "制定配套支持文件。"]
    assert _facts(lines, **REPORT_2026) == [("44个", "actual", 2025, "period_cumulative", (2021, 2025))]


def test_a_days_dateline_still_dates_the_news_after_it() -> None:
    # 仙桃 (湖北日报, 2024): a day's date is the dateline of news of that year; the rank after it is of that year
    lines = ["湖北日报客户端讯2024年7月31日,2024县域经济创新发展论坛在北京成功举办。仙桃由去年的第56位提升至第54位。"]
    found = measures_of(lines, doc_type="other", period=None, issued="2024-08-01")
    assert [(m.surface, m.year) for m in found] == [("第56位", 2023), ("第54位", 2024)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # 云南 2026: places counted with a bracket in their noun, institutions put into operation, people whose risk
        # was removed, before what happened to them in the five years reviewed
        (["这五年，我们深入践行以人民为中心的发展思想。89万监测对象稳定消除返贫致贫风险。11个县（市、区）通过国家义务"
          "教育优质均衡县评估认定。3个国家区域医疗中心投入运营。"],
         [("89万", "period_cumulative"), ("11个", "period_cumulative"), ("3个", "period_cumulative")]),
        # 贵州 2026: the same with 建立
        (["五年来，我们加力保障和改善民生。70个县（市、特区）与省外三甲医院建立帮扶协作关系。"],
         [("70个", "period_cumulative")]),
    ],
)
def test_what_was_counted_before_its_event_adds_up_over_a_review_bracket_or_not(
    lines: list[str], expected: list[tuple[str, str]]
) -> None:
    assert [(m.surface, m.scope) for m in measures_of(lines, **REPORT_2026)] == expected
