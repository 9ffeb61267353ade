"""Year and stance of session 28 (issue #8), read on real phrases of several governments (dev lines and
public pages; never unseen ones).

Sources:
- TR: 經濟通 news of the 十四五 transport results (交通运输部, 2025-07-21, traditional script; dev batch 25,
  ``transport_fyp14_results_news_2025_hant_etnet.txt``), and the same briefing in simplified script
  (https://www.jrhz.info/hot/1898165.html);
- SZ: 朔州市政府新闻办's briefing on the city's 十四五 results, a page in traditional script with converter
  debris (http://www.xzyoga.com.cn/xxgk/xwfbh/szfxwfbh/202510/t20251024_748887.shtml);
- SC: news of 四川's 十四五 wind and solar plan (dev ``sichuan_wind_solar_fyp14_news_2021_yes933.txt``);
- EN: news of the national 能源生产和消费革命战略 (dev ``energy_revolution_strategy_2017_hant_victorzhang.txt``).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of

# what ingest gives a news page naming “十四五” without a date: a text of no known kind, the plan's years
NEWS: dict[str, Any] = {"doc_type": "other", "period": (2021, 2025)}


def _dated(lines: list[str], **doc: Any) -> dict[str, tuple[str, int | None]]:
    return {m.surface: (m.stance, m.year) for m in measures_of(lines, **{**NEWS, **doc})}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # TR: results dated 截至2024年底 and 「十四五」前4年 in news of the plan's results (not the plan's promises)
        (["《駐京專電》交通部:「十四五」前4年交通固投同比增23%",
          "《經濟通通訊社駐京記者黃燕明21日北京專電》交通運輸部部長劉偉在國新辦發布會上表示,截至2024年底,"
          "鐵路營業里程達到16.2萬公里,比「十三五」末增加了約1.6萬公里;「十四五」前4年交通固定資產投資達到15.2萬億元"
          "人民幣,同比增長了23.3%。"],
         {"23%": ("actual", 2024), "16.2萬公里": ("actual", 2024), "1.6萬公里": ("actual", 2024),
          "15.2萬億元": ("actual", 2024), "23.3%": ("actual", 2024)}),
        # SZ: a city's results, 由2020年的…增加至2024年的… (the year reached is a result, not a deadline)
        (["朔州市發(fā)展和改革委員會黨組成員、副主任李清發(fā)介紹,全市地區(qū)生產總值由2020年的1100.5億元增加至2024年的"
          "1328.5億元,前四年年均增長3.6%;人均GDP由2020年的6.9萬元提高至2024年的8.5萬元,高于全省平均水平……",
          "“十四五”以來,我市緊緊圍繞高質量發(fā)展主題,主要指標和重點任務總體進展順利。產業(yè)質效大幅提升,"
          "高新技術企業(yè)達120家。"],
         {"1100.5億元": ("actual", 2020), "1328.5億元": ("actual", 2024), "3.6%": ("actual", 2024),
          "6.9萬元": ("actual", 2020), "8.5萬元": ("actual", 2024), "120家": ("actual", 2024)}),
    ],
)
def test_news_of_a_plans_results_is_written_after_the_last_year_it_reports(
    lines: list[str], expected: dict[str, tuple[str, int | None]]
) -> None:
    assert _dated(lines) == expected


def test_news_typed_a_plan_by_the_plans_name_that_states_no_goal_reports_results() -> None:
    # TR (simplified): “十四五”规划确定的…指标 names the plan, but nothing in the text is promised, and it states
    # results of a year inside the plan's period (于2024年提前完成, 截至2024年底)
    found = _dated(["刘伟表示,“十四五”规划确定的17项主要指标中,6项指标已经于2024年提前完成。",
                    "截至2024年底,铁路营业里程达到16.2万公里,其中高铁增加了1万公里;公路总里程达到549万公里。"
                    "“十四五”前四年交通固定资产投资达到15.2万亿元,同比增长23.3%。"])
    assert found == {"16.2万公里": ("actual", 2024),
                     "1万公里": ("actual", 2024), "549万公里": ("actual", 2024), "15.2万亿元": ("actual", 2024),
                     "23.3%": ("actual", 2024)}


@pytest.mark.parametrize(
    ("lines", "doc", "expected"),
    [
        # SC: news of a plan, dated in its first year: its goals stay promises, its base a result
        (["日期:2021-05-21",
          "根据送审稿提出的目标,到2025年底,建成光伏、风电装机容量各1000万千瓦。根据全国新能源消纳监测预警中心数据,"
          "到2020年底,四川省风、光的累计装机规模分别为426、191万千瓦。"],
         {}, {"1000万千瓦": ("target", 2025), "426": ("actual", 2020),
              "191万千瓦": ("actual", 2020)}),
        # EN: news of a strategy whose goals (到2020年, 比2015年下降) outnumber nothing it reports
        (["4月25日,國家發(fā)展與改革委員會和國家能源局印發(fā)《能源生產(chǎn)和消費革命戰(zhàn)略(2016—2030)》,明確到2020年,"
          "能源消費總量控制在50億t標(biāo)準(zhǔn)煤以內(nèi),非化石能源占比15%,單位國內(nèi)生產(chǎn)總值二氧化碳排放比2015年下降18%."],
         {"period": (2016, 2030)}, {"50億t": ("target", 2020), "15%": ("target", 2020), "18%": ("target", 2020)}),
    ],
)
def test_news_of_a_plans_goals_keeps_them_promises(
    lines: list[str], doc: dict[str, Any], expected: dict[str, tuple[str, int | None]]
) -> None:
    assert _dated(lines, **doc) == expected


# Policy addresses of 澳门 for a fiscal year, read in the November before it (public pages):
# MO26: 財華社 and 中央社 (udn.com) on the address for 2026 (http://www.szkeh.com/newscenter/print_content/691c2fdc5a77127e8864ca67,
#       https://udn.com/news/story/7333/9147731); MO22: 經濟通 on the address for 2022
#       (http://etnet.com.hk/www/tc/news/categorized_news_detail.php?category=latest&newsid=ETN311116919);
# MO15: news of the address for 2015, read in March after a change of government
#       (http://jili518.com/a/kanzixun/xingyexinwen/20150813/528.html).
ADDRESS: dict[str, Any] = {"doc_type": "other", "period": None}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # MO26: 今年前3季, 截至今年9月底 are of the year it is read in (2025), not of the fiscal year
        (["【財華社訊】11月18日,澳門特區行政長官岑浩輝今日發表澳門特區政府2026年財政年度施政報告。",
          "根據報告，澳門今年前3季的本地生產毛額（GDP）為3013.3億澳門元（約新台幣1.17兆元），較去年同期上升4.2%。",
          "截至今年9月底，澳門的財政儲備為6580億元，其中基本儲備及超額儲備分別為1673億元及4907億元。"],
         {"3013.3億澳門元": ("actual", 2025), "4.2%": ("actual", 2025),
          "6580億元": ("actual", 2025), "1673億元": ("actual", 2025), "4907億元": ("actual", 2025)}),
        # MO22: 明年 is the fiscal year it plans
        (["澳門行政長官賀一誠今日發表2022年度施政報告,提到明年將繼續發放現金分享款項,當地永久居民可獲派1萬澳門元,"
          "而非永久居民派則可獲6000澳門元。"],
         {"1萬澳門元": ("target", 2022), "6000澳門元": ("target", 2022)}),
        # MO15: read early in its fiscal year (截至今年1月底), 今年 is that year
        (["当天下午,崔世安在向特区立法会全体会议作2015年财政年度施政报告时亮出上述“家底”。 他介绍,截至今年1月底,"
          "特区政府财政储备中的基本储备为1343亿元,超额储备为2078亿元。2014年财政年度的预算结余为902.96亿元。"],
         {"1343亿元": ("actual", 2015), "2078亿元": ("actual", 2015), "902.96亿元": ("actual", 2014)}),
    ],
)
def test_a_policy_address_for_a_fiscal_year_is_read_late_in_the_year_before_it(
    lines: list[str], expected: dict[str, tuple[str, int | None]]
) -> None:
    assert _dated(lines, **ADDRESS) == expected


# News of a plan's results typed a plan by the plan's name, whose own words say it is written inside the plan's
# years (public pages): LC: 聊城日报 on the city's 十四五 results (http://lcrb.lcxw.cn/paper/pc/content/content_73541.html);
# FJ: 福建省人民政府新闻办公室's briefing on the province's 十四五 results (http://www.ptszx.cn/news-7279.html).
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # LC: 今年是“十四五”规划收官之年 (and its goals named, 完成“十四五”规划目标任务): what “十四五”以来 brought
        (["“十四五”聊城经济社会发展向新向好",
          "本报讯 (记者 林金彦) 今年是“十四五”规划收官之年,市政府新闻办策划举行“‘十四五’发展看聊城”系列主题新闻发布会,"
          "介绍全市各部门落实经济社会高质量发展要求,完成“十四五”规划目标任务的生动实践和丰硕成果。7月24日上午,"
          "系列主题新闻发布会的第一场召开,邀请市发展改革委有关负责同志总体介绍五年来我市经济社会发展基本情况,并回答记者提问。",
          "会上,市发展改革委副主任张娅介绍,“十四五”规划实施以来,我市固定资产投资增速、研发支出与生产总值之比等重点任务"
          "目标超出预期,地区生产总值、财政收入增长等进展符合预期,“十四五”规划各项目标任务即将顺利完成。",
          "产业结构优化。“十四五”以来,全市新增高新技术企业651家、新增科技型中小企业1092家。工业技改投资年均增长14.7%,"
          "增速连续四年居全省前列。"],
         {"651家": ("actual", 2025), "1092家": ("actual", 2025), "14.7%": ("actual", 2025)}),
        # FJ: 从2020年的…增长至2024年的… states results of the plan's own years (and 预计今年 an estimate)
        (["8月12日,福建省人民政府新闻办公室召开高质量完成“十四五”规划,在中国式现代化建设中奋勇争先系列主题新闻发布会"
          "(第一场),介绍有关情况并答记者问。",
          "发布会上 首先介绍了 福建省“十四五”规划的实施成效 ↓↓↓",
          "五年里,福建省地区生产总值从2020年的4.37万亿元增长至2024年的5.78万亿元,预计今年将超过6万亿元,接连跨越两个万亿元台阶。",
          "人均地区生产总值从2020年的10.53万元增长至2024年的13.79万元,居全国第4位。",
          "国家高新技术企业超1.5万家,五年间年均增长30%。"],
         {"4.37万亿元": ("actual", 2020), "5.78万亿元": ("actual", 2024), "6万亿元": ("actual", 2025),
          "10.53万元": ("actual", 2020), "13.79万元": ("actual", 2024), "第4位": ("actual", 2024),
          "1.5万家": ("actual", 2025), "30%": ("actual", 2025)}),
    ],
)
def test_news_typed_a_plan_that_is_written_inside_the_plans_years_reports_results(
    lines: list[str], expected: dict[str, tuple[str, int | None]]
) -> None:
    found = _dated(lines)
    assert {surface: found.get(surface) for surface in expected} == expected


def test_a_plans_goals_without_a_word_of_promise_stay_promises() -> None:
    # 文汇报 on the 临港新片区 “十四五” plan (https://dzb.whb.cn/2021-08-13/1/detail-733547.html): a plan states
    # its base and the goals of its last year, not results of the years between
    found = _dated(["《中国(上海)自由贸易试验区临港新片区发展“十四五”规划》昨天发布。",
                    "地区生产总值(GDP)在2018年基础上翻两番,年均增速达到25%左右;常住人口规模达到80万人左右。"])
    assert found == {"翻两番": ("target", 2025), "25%左右": ("target", 2025), "80万人左右": ("target", 2025)}
