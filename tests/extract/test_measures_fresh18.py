"""The classes the eighteenth fresh dev batch (city work reports of 2025 and 2026, issue #8) showed at its
first shot, on real phrases of several governments: which year a text without its title or date is about.

Sources (the stored page corpus): the second pages of the 2025 work reports of 池州 (CZ) and 芜湖 (WH); 郑州日报
on the targets of 郑州's 2026 report (ZZ); 南阳日报's review of the 十四五 years (NY, 2026); 包头晚报 on the 十四五
achievements in 包头's 2026 report (BT); 海峡导报's digest of 厦门's 2026 report (XM); 泉州's city site's summary of its
2026 report (QZ); a blog's digest of 镇原县's
2024 report (ZY); news of the 2025 reports of 昆明 (KM), 中山 (ZS) and 济南 (JN). (国家能源局's undated briefing on the
十四五 energy results, news of the period's last year, stays a release of that year: the dev set holds it whole.)
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import document, measures_of

from plantrace.extract.measures.dating import profile
from plantrace.ingest.normalise import make_lines

PLAN_WORDS_14: dict[str, Any] = {"doc_type": "other", "period": (2021, 2025), "issued": None}
PLAN_WORDS_15: dict[str, Any] = {"doc_type": "other", "period": (2026, 2030), "issued": None}
UNDATED: dict[str, Any] = {"doc_type": "other", "period": None, "issued": None}
UNDATED_REPORT: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": None}


@pytest.mark.parametrize(
    ("lines", "meta", "year"),
    [
        (  # CZ: the second part of a report, typed a plan by the name of the plan whose last year it plans
            ["二、2025年工作安排",
             "今年是实施“十四五”规划的收官之年,也是池州现代化建设的重要一年。",
             "今年经济社会发展的主要预期目标是:地区生产总值增长6.5%以上,固定资产投资增长8%以上,"
             "规模以上工业增加值增长9%以上,城镇新增就业1.3万人、调查失业率控制在5.5%以内。"],
            PLAN_WORDS_14, 2025,
        ),
        (  # WH: the same, the year said by its number
            ["二、2025年重点工作",
             "2025年是“十四五”规划的收官之年,是开启“十五五”新征程的重要之年,也是省域副中心城市建设的关键之年。",
             "综合考虑各方面因素,主要预期目标是:地区生产总值增长6%以上;固定资产投资增长6%左右;"
             "规上工业增加值增长9%以上。"],
            PLAN_WORDS_14, 2025,
        ),
        (  # ZZ: news of a report's targets in the first year of the plan it names
            ["2026年",
             "2026年是实施“十五五”规划的开局之年,经济社会发展要求高、挑战多、任务重,开局关乎全局。",
             "主要预期目标是:地区生产总值增长5%以上,固定资产投资增长5%左右,规上工业增加值增长8.5%左右。",
             "加快推进机场三期工程、中国邮政航空枢纽等项目建设。新增国际航线5~8条,机场货邮吞吐量达到110万吨。"],
            PLAN_WORDS_15, 2026,
        ),
    ],
)
def test_a_text_that_plans_a_year_of_the_plan_it_names_is_that_years_report(
        lines: list[str], meta: dict[str, Any], year: int) -> None:
    found = measures_of(lines, **meta)
    assert found and {(m.stance, m.year) for m in found} == {("target", year)}


def test_a_review_that_names_the_year_it_looks_back_on_keeps_its_results() -> None:
    # ZZ (the report itself): 2025年是“十四五”收官之年 said of the year reviewed, in a text that looks back
    lines = ["一、2025年及“十四五”工作回顾",
             "2025年是“十四五”收官之年,也是牢记嘱托、感恩奋进、砥砺前行的一年。",
             "一年来,较好完成了市十六届人大三次会议确定的目标任务。初步核算,地区生产总值突破1.52万亿元、增长5.4%,"
             "社会消费品零售总额增长5%,一般公共预算收入增长2.3%。"]
    found = measures_of(lines, **PLAN_WORDS_14)
    assert found and {m.stance for m in found} == {"actual"} and {m.year for m in found} == {2025}


@pytest.mark.parametrize(
    ("lines", "meta", "expected"),
    [
        (  # NY: a review of a plan period's achievements, dated after the period
            ["2026年2月8日,南阳日报全文刊发《“十四五”时期南阳经济社会发展成就》。",
             "五年来,南阳始终把高质量发展作为首要任务,经济规模持续扩大、发展质量不断提升。",
             "“十四五”时期,南阳经济总量先后跨越4000亿元、5000亿元大关,2025年全市地区生产总值5167.86亿元,"
             "稳居全省第3位,较上年增长6.5%,高于全省0.9个百分点。"],
            PLAN_WORDS_14, {"5167.86亿元": ("actual", 2025), "第3位": ("actual", 2025), "6.5%": ("actual", 2025),
                            "0.9个百分点": ("actual", 2025)},
        ),
        (  # BT: a news page of the 2026 sessions listing the 十四五 achievements (its title names the 十五五)
            ["2026-01-22", "当前报纸名称:包头晚报",
             "高质量建设“1144”现代化产业体系 奋力实现“十五五”良好开局",
             "“十四五”发展成就 综合经济实力实现新跃升 经济年均增长8%、总量增加近2000亿元,在百强城市中排名提升31位。"
             " 城市品质塑造取得新突破 五年净增近8万人口,建成区绿化覆盖率达到44.7%,高铁“T”字型枢纽东西向贯通。"],
            PLAN_WORDS_15, {"8%": ("actual", 2025), "44.7%": ("actual", 2025)},
        ),
    ],
)
def test_a_dated_review_of_a_plan_periods_achievements_reports_results(
        lines: list[str], meta: dict[str, Any], expected: dict[str, tuple[str, int]]) -> None:
    found = {m.surface: (m.stance, m.year) for m in measures_of(lines, **meta)}
    assert {surface: found.get(surface) for surface in expected} == expected


@pytest.mark.parametrize(
    ("lines", "surface", "year"),
    [
        (  # XM: a digest's heading that names the year it looks back on after the review word
            ["2026年是“十五五”开局之年。今年的政府工作报告,既交出了一份亮点纷呈的“2025年厦门答卷”。",
             "8个维度回顾2025",
             "强化“四大招商”,签约项目3890个、总投资超1.2万亿元,其中百亿级项目25个。"],
            "3890个", 2025,
        ),
        (  # ZY: the same in a blog's digest of a county report
            ["尊敬的各位领导、各位代表,大家好!", "回顾2023年工作成果",
             "过去的一年,镇原县在县委、县政府的坚强领导下,全县人民团结一心,砥砺奋进,取得了显著的成绩。",
             "经济发展稳中向好,全县GDP增长6%,财政收入增长5%,城乡居民人均可支配收入分别增长7%和8%。"],
            "6%", 2023,
        ),
    ],
)
def test_a_review_heading_may_name_its_year_after_the_review_word(lines: list[str], surface: str, year: int) -> None:
    found = {m.surface: m.year for m in measures_of(lines, **UNDATED_REPORT)}
    assert found.get(surface) == year


def test_news_that_tells_the_year_a_report_plans_for_dates_its_tasks() -> None:
    # KM: the report's targets, told by news of it, date the tasks after them
    lines = ["1月12日上午,昆明市第十五届人民代表大会第五次会议在昆明会堂开幕。政府工作报告指出,2025年全市经济社会发展"
             "主要预期目标建议为:地区生产总值增长5%左右,产业投资增长7%左右。",
             "加快重大项目建设。力争纳入省级重点项目150个以上,实施市级重点项目350个。科学编制“十五五”规划,"
             "争取更多项目纳入国家和省规划。"]
    found = {m.surface: (m.stance, m.year) for m in measures_of(lines, **UNDATED_REPORT)}
    assert found.get("350个") == ("target", 2025)


@pytest.mark.parametrize(
    "lines",
    [
        ["3月27日上午,中山市第十六届人民代表大会第五次会议在中山市文化艺术中心开幕,会议听取和审议了中山市人民政府工作报告。",
         "报告指出,2025年,中山全市经济社会发展主要预期目标是:地区生产总值增长5.5%;社会消费品零售总额增长5%。"],  # ZS
        ["1月13日,济南市第十八届人民代表大会第四次会议开幕,会上作政府工作报告。",
         "报告中指出,2025年济南市经济社会发展的总体要求是:坚持以习近平新时代中国特色社会主义思想为指导。"],  # JN
    ],
)
def test_a_report_said_to_set_a_years_targets_is_that_years_report(lines: list[str]) -> None:
    assert profile(document(**UNDATED_REPORT, lines=len(lines)), make_lines(lines)).report_year == 2025


@pytest.mark.parametrize(
    ("lines", "year", "expected"),
    [
        (  # XM: a digest's heading names the year it looks back on after the review word
            ["2026年是“十五五”开局之年。今年的政府工作报告,既交出了一份亮点纷呈的“2025年厦门答卷”,也锚定了2026年的发展方向。",
             "8个维度回顾2025",
             "签约百亿级项目25个",
             "推进关港航贸、内外贸一体化,出口增长8.6%,对金砖国家、共建“一带一路”国家出口分别增长16.5%和22.7%,"
             "光伏产品、电动汽车出口分别增长74.9%和73.8%,文化产品贸易增长6.7%。"],
            2026, {"25个": ("actual", 2025), "8.6%": ("actual", 2025), "16.5%": ("actual", 2025)},
        ),
        (  # ZY: the same, and the heading that looks ahead closes it
            ["在这春意盎然的季节里,我们齐聚一堂,共同回顾过去一年的工作成果,展望新的一年发展蓝图,我代表镇原县政府,"
             "向大家汇报2024年的工作报告。🌟",
             "回顾2023年工作成果🏆",
             "基础设施建设稳步推进,投资10亿元,实施了一批重点基础设施项目,全县交通、水利、能源等基础设施条件得到明显改善。🚗🌊",
             "展望2024年工作目标🎯",
             "基础设施建设提速,投资15亿元,实施一批重点基础设施项目,全面提升全县基础设施水平。🚗🌊"],
            2024, {"10亿元": ("actual", 2023), "15亿元": ("target", 2024)},
        ),
        (  # QZ: a summary page's year standing alone, then its results one to a line
            ["2026年泉州市政府工作报告", "  2025年,", "  泉州传承弘扬、创新发展“晋江经验”,", "  扩需求 稳增长",
             "  ◆省、市重点项目完成投资2500多亿元,新开工、竣工项目400多个。",
             "  ◆高标准落实“四个倍增”计划,认定高新技术企业554家。"],
            2026, {"2500多亿元": ("actual", 2025), "554家": ("actual", 2025)},
        ),
    ],
)
def test_a_digests_short_year_heading_frames_the_lines_below_it(
        lines: list[str], year: int, expected: dict[str, tuple[str, int]]) -> None:
    found = {m.surface: (m.stance, m.year)
             for m in measures_of(lines, doc_type="work_report", period=(year, year), issued=None)}
    assert {surface: found.get(surface) for surface in expected} == expected
