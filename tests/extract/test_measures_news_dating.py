"""How news texts are dated and typed: an office or institute named after planning does not make a text a
plan; a news text that names the year it plans for is of that year even after a line that calls the year by
its place; a briefing on a plan's results, undated, whose goals are met by the end of this year, reports the
plan's last year so far.

Phrases are quoted from public texts: 靖西网 on the 2020 西部百强县 ranking (JX); 教育部's briefings of 2020,
traditional (JY), and of 2022 (JZ); 荆楚网 on 鄂州鄂城区's report for 2023, traditional (EC); 南都 on 中山's
report for 2025 (ZS); 交通运输部's briefing on 十四五 results, traditional (JT); 国家能源局's (NY).
"""

from __future__ import annotations

from measures_support import document, measures_of

from plantrace.extract.measures.dating import profile
from plantrace.ingest.normalise import make_lines
from plantrace.models import Measure


def _profile(raw: list[str]) -> tuple[str, int | None, tuple[int, int] | None]:
    lines = make_lines(raw)
    prof = profile(document("other", None, None, len(lines)), lines)
    return prof.doc_type, prof.report_year, prof.period


# JX
RANKING = [
    "2020中国西部百强县揭晓,平果市再上榜单,位列第59位,居广西首位!",
    "靖西网JX201975923 2020-09-23",
    "9月22日,竞争力智库、中国经济导报社、中国信息协会信息化发展研究院和北京中新城市规划设计研究院在北京联合发布了"
    "《中国西部地区县域发展监测报告2020》(以下简称《报告》)。",
]
# JZ
EDUCATION = [
    "教育部今天(9月27日)举行新闻发布会,介绍从数据看党的十八大以来我国教育改革发展成效。教育部发展规划司司长刘昌亚介绍,"
    "2021年,全国共有各级各类学校52.93万所,在校生2.91亿人。",
]


def test_an_office_or_institute_named_after_planning_makes_no_plan() -> None:
    assert _profile(RANKING)[0] == "other"
    assert _profile(EDUCATION)[0] == "other"
    assert _profile(["国务院印发《“十四五”现代综合交通运输体系发展规划》。"])[0] == "special_plan"


# EC: the opening of a report in December, the year it plans for named by its place first
DECEMBER_NEWS = [
    "荊楚網(湖北日報網)訊(記者呂鑒蕾、陶輝 通訊員饒黎、吳盈珊)12月19日,鄂州市鄂城區十屆人大二次會議開幕。",
    "當天出爐的政府工作報告指出,2023年是貫徹黨的二十大精神開局之年,是習近平總書記考察鄂州鄂城10周年,也是鄂州建市40周年。",
    "2023年,鄂城區經濟社會發展主要預期目標是:錨定“十四五”期間縣域經濟沖十進百的目標,堅持穩字當頭、穩中求進。",
    "力爭固定資產投資增幅16%以上、規上工業產值增幅13%以上。",
]
# ZS
TARGETS_NEWS = [
    "3月27日上午,中山市第十六届人民代表大会第五次会议在中山市文化艺术中心开幕,会议听取和审议了中山市人民政府工作报告。",
    "报告指出,2025年,中山全市经济社会发展主要预期目标是:地区生产总值增长5.5%;固定资产投资提质提效,社会消费品零售总额增长5%。",
]


def test_news_of_a_report_is_of_the_year_its_targets_are_set_for() -> None:
    assert _profile(DECEMBER_NEWS)[1] == 2023
    assert _profile(TARGETS_NEWS)[1] == 2025
    found = measures_of(DECEMBER_NEWS, doc_type="other", period=None)
    assert {(m.surface, m.stance, m.year) for m in found if m.unit == "%"} == {
        ("16%以上", "target", 2023), ("13%以上", "target", 2023)}


# JT: undated, the goals to be met by the end of the year
TRANSPORT = [
    "交通運輸部:「十四五」指標年底前全部完成",
    "國家交通運輸部部長劉偉表示,「十四五」規劃的17項交通運輸主要指標中,6項指標去年提前完成,其餘高速鐵路營業里程、"
    "樞紐機場軌道交通接入率等11項指標,年底前亦將全部完成。",
    "劉偉在「高質量完成十四五規劃」系列主題新聞發布會表示,截至去年年底,鐵路營業里程達到16.2萬公里,比「十三五」末增加約"
    "1.6萬公里,其中高鐵增加1萬公里;公路總里程達到549萬公里。",
    "過去一年,平均每天約有1.8億人次跨區域出行、每天運送1.6億噸貨物。城市軌道交通運營里程約1.1萬公里、居世界首位,"
    "比「十三五」末增加48.5%。",
]
# NY: undated, this year expected to pass the goal
ENERGY = [
    "国务院新闻办公室于8月26日举行“高质量完成‘十四五’规划”系列主题新闻发布会,介绍“十四五”时期能源高质量发展成就。",
    "国家发展改革委党组成员、国家能源局局长王宏志介绍,“十四五”以来,国家能源局扎实推进能源绿色低碳转型发展。",
    "以供应结构的优化带动消费结构加快调整,“十四五”非化石能源消费比重目标是20%,去年已经达到了19.8%,"
    "今年预计可以超额完成这一目标。",
    "目前我国终端用能中,电能比重已经达到30%左右,明显高于世界平均水平。",
]
# JY: dated by the page, a briefing on the period's results in its last year
BRIEFING_2020 = [
    "教育部:普惠性幼兒園覆蓋率達76%",
    "添加時間:2020-12-1",
    "今天上午,教育部舉辦發布會,介紹“十三五”期間國家教育發展情況。",
    "劉昌亞介紹,“十三五”規劃確定的教育發展主要目標任務將如期實現。2019年,我國九年義務教育鞏固率達到94.8%。",
    "目前,我國建立了覆蓋全學段的學生資助政策體系,累計資助貧困學生3.91億人次、資助金額達7739億元。",
]


def _values(found: tuple[Measure, ...]) -> dict[float | None, tuple[str, int | None]]:
    return {m.value: (m.stance, m.year) for m in found}


def test_a_briefing_on_a_plans_results_reports_its_last_year_so_far() -> None:
    assert _profile(TRANSPORT) == ("statistical_bulletin", 2025, (2025, 2025))
    assert _profile(ENERGY) == ("statistical_bulletin", 2025, (2025, 2025))
    assert _profile(BRIEFING_2020) == ("statistical_bulletin", 2020, (2020, 2020))
    transport = _values(measures_of(TRANSPORT, doc_type="other", period=(2021, 2025)))
    assert transport[16.2] == transport[549.0] == ("actual", 2024)  # 截至去年年底
    energy = _values(measures_of(ENERGY, doc_type="other", period=(2021, 2025)))
    assert energy[19.8] == ("actual", 2024)
    assert energy[30.0] == ("actual", 2025)  # 目前
    assert _values(measures_of(BRIEFING_2020, doc_type="other", period=(2016, 2020)))[94.8] == ("actual", 2019)


def test_a_plan_that_names_its_results_so_far_stays_a_plan() -> None:
    # without the closing words the undated text keeps the plan's own reading
    assert _profile(TRANSPORT[2:])[0] == "special_plan"


# 国家发改委's programme for the 十四五 period as reported (traditional; a page date the rules do not read), and
# the national 2012 report's 十二五 programme: a plan period's programme (方案) is a plan of that period
PROGRAMME = [
    "中國|發改委印發「新型城鎮化實施方案」 目標2025年提高全國常住人口城鎮化率",
    "國家發改委印發「十四五新型城鎮化實施方案」通知,提及到2025年,全國常住人口城鎮化率穩步提高。",
    "城市可持續發展能力明顯增強,城鎮開發邊界全面劃定,新增建設用地規模控制在2950萬畝以內,"
    "地級及以上城市空氣質量優良天數比率提高到87.5%,城市建成區綠化覆蓋率超過43%。",
]


def test_a_plan_periods_programme_is_a_plan_of_that_period() -> None:
    assert _profile(PROGRAMME)[0::2] == ("special_plan", (2021, 2025))
    assert _profile(["发布实施“十二五”节能减排综合性工作方案、控制温室气体排放工作方案。"])[0::2] == (
        "special_plan", (2011, 2015))
    found = _values(measures_of(PROGRAMME, doc_type="other", period=None))
    assert found[2950.0] == found[87.5] == found[43.0] == ("target", 2025)
    # a quarter-hour is no plan period (十五 needs its quotes)
    assert _profile(["打造十五分钟便民生活圈实施方案。"])[0] == "other"
