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
