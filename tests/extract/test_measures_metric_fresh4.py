"""Plan figures, milestones passed, counts that are no outputs and lists of ranks: the classes the
metric helper's fourth fresh dev batch showed (issue #8), on real phrases of several governments.

Sources: budget execution of a district of 安徽 (AH, ahtxq.gov.cn, first half), of 云南昭通 (ZT, 2018 first
half), of a district in traditional script with converter debris (NK), of 云南大姚县 (DY) and 泉州市泉港区's
2023 final accounts (QG); 四川日报 on the province's 2021 economy, traditional (SC); a column on 徐州's GDP,
traditional (XZ); 湖北日报 on 仙桃 (XT); 国家统计局's August power output (PW); 央视新闻 on the provinces'
2023 budgets (CC); a news item on 2023 fiscal figures (MF); the explanation of the 十五五 proposal,
traditional (XJ); the 2026 work reports of 青海 (QH), 陕西 (SX), 贵州 (GZ), 内蒙古 (NM) and 宁夏 (NX);
长沙县's 2023 work report (CS); 河南罗山县's budget execution (LS); 晋城市泽州县's 2023 report digest
(ZZ), 温州市洞头区's 2015 plan execution (DT), 商洛日报 on the 十二五 (SL), 四川's 2016 National Day tourism
(SC16), 2017 tourism figures (TR17), news of the 十四五 outline draft in traditional script and of its mid-term
review (FYP14), 松原's 2024 bulletin (SY), 崇信's 2017 plan execution (CX), 汉滨区's 2025 report (HB), 海南日报's
2021 budget graphic (HN), 今晚报 on 天津's harvest (TJ) and news of 仙游's 2026 report (XY).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

BULLETIN: dict[str, Any] = {"doc_type": "statistical_bulletin", "period": None, "issued": None}
OUTLINE: dict[str, Any] = {"doc_type": "fyp_outline", "period": (2026, 2030), "issued": None}


def rows(phrase: str, doc: dict[str, Any] = BULLETIN) -> list[tuple[Any, ...]]:
    return [(m.surface, m.metric, m.kind, m.stance) for m in one(phrase, **doc)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # an amount after 年初预算数 is the year's plan; the percentage of it how much of the plan was done;
        # the values after them measure the subject again
        ("1-6月份全区一般公共预算收入累计完成61646万元,占年初预算数109466万元的56.3%,同比增长10.7%,"  # AH
         "增收5939万元。",
         [("61646万元", "一般公共预算收入", "level", "actual"),
          ("109466万元", "一般公共预算收入年初预算", "level", "target"),
          ("56.3%", "一般公共预算收入占年初预算", "ratio", "actual"),
          ("10.7%", "一般公共预算收入", "growth", "actual"),
          ("5939万元", "一般公共预算收入", "change", "actual")]),
        ("一般公共预算支出累计完成107752万元,完成预算数257288万元的41.9%,比上年减支9240万元,下降7.9%。",  # DY
         [("107752万元", "一般公共预算支出", "level", "actual"),
          ("257288万元", "一般公共预算支出预算", "level", "target"),
          ("41.9%", "一般公共预算支出完成预算", "ratio", "actual"),
          ("9240万元", "一般公共预算支出", "change", "actual"),
          ("7.9%", "一般公共预算支出", "growth", "actual")]),
        ("全市一般公共财政预算收入完成38.3亿元,同比增收6.5亿元,增长20.4%,完成年初预算的53.5%",  # ZT
         [("38.3亿元", "一般公共财政预算收入", "level", "actual"),
          ("6.5亿元", "一般公共财政预算收入", "change", "actual"),
          ("20.4%", "一般公共财政预算收入", "growth", "actual"),
          ("53.5%", "一般公共财政预算收入完成年初预算", "ratio", "actual")]),
        ("全區(qū)完成公共財(cái)政預(yù)算收入20348萬(wàn)元,為預(yù)算的55.3%,同比增長(zhǎng)8.2%。",  # NK
         [("20348萬(wàn)元", "公共财政预算收入", "level", "actual"),
          ("55.3%", "公共财政预算收入完成预算", "ratio", "actual"),
          ("8.2%", "公共财政预算收入", "growth", "actual")]),
        ("一般公共預算總收入1011746萬元,完成預算數(shù)107.06%", [  # QG
            ("1011746萬元", "一般公共预算总收入", "level", "actual"),
            ("107.06%", "一般公共预算总收入完成预算", "ratio", "actual")]),
    ],
)
def test_values_measured_against_a_plan_figure(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    assert rows(phrase) == expected


def test_a_list_of_percentages_of_a_plan_takes_the_list_before_it() -> None:
    # XT: three counts, then how much of each year's target they are
    found = rows("新签约、新开工亿元以上项目153个、146个,完成全年目标的117.7%、146%。")
    assert [(s, m, k) for s, m, k, _ in found[-2:]] == [
        ("117.7%", "新签约亿元以上项目完成全年目标", "ratio"), ("146%", "新开工亿元以上项目完成全年目标", "ratio")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a milestone passed is at least its value, of no year (kind other), named by what passed it
        ("全省經濟總量首次邁上5萬億元新臺階", [("5萬億元", 5.0, ">=", "经济总量台阶")]),  # SC
        ("2019年、2021年、2024年,徐州GDP分別邁過7000億元、8000億元和9000億元大關",  # XZ
         [("7000億元", 7000.0, ">=", "徐州GDP大关"), ("8000億元", 8000.0, ">=", "徐州GDP大关"),
          ("9000億元", 9000.0, ">=", "徐州GDP大关")]),
        ("地区生产总值先后跨越700亿元、800亿元、900亿元、1000亿元4个关口",  # XT: 4个 counts the milestones
         [("700亿元", 700.0, ">=", "地区生产总值关口"), ("800亿元", 800.0, ">=", "地区生产总值关口"),
          ("900亿元", 900.0, ">=", "地区生产总值关口"), ("1000亿元", 1000.0, ">=", "地区生产总值关口")]),
        # …or by the value before it in its sentence
        ("九大类民生支出8081.5亿元,首次突破8000亿元大关",  # CC
         [("8081.5亿元", 8081.5, "=", "九大类民生支出"), ("8000亿元", 8000.0, ">=", "九大类民生支出大关")]),
        # a value passed right before the value reached is the milestone; the value reached is the indicator's
        ("日均发电首次突破300亿千瓦时,达302.0亿千瓦时",  # PW
         [("300亿千瓦时", 300.0, ">=", "日均发电关口"), ("302.0亿千瓦时", 302.0, "=", "日均发电")]),
    ],
)
def test_milestones_passed(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    found = one(phrase, **BULLETIN)
    assert [(m.surface, m.value, m.comparator, m.metric) for m in found] == expected
    assert all((m.kind, m.year) == ("other", None) for m in found if m.metric.endswith(("大关", "关口", "台阶")))


def test_a_milestone_to_reach_is_a_goal_of_its_indicator() -> None:
    # GZ: a 十五五 goal (迈上3万亿元台阶) is a level to reach by the period's end
    (_growth, level) = one("全省地区生产总值年均增长5%左右、迈上3万亿元台阶", **OUTLINE)
    assert (level.value, level.comparator, level.kind, level.stance, level.year, level.metric) == (
        3.0, ">=", "level", "target", 2030, "地区生产总值")


@pytest.mark.parametrize(
    "phrase",
    [
        "去年31个省份财政收入全部正增长",  # CC: the provinces a statistic is taken over
        "31个省份的财政收入均实现了正增长",  # MF
        "黨中央組織6個調研組,赴12個省區市進行專題調研",  # XJ: groups sent and the places they went to
        "委託李強同志先後召開經濟界、科技界、基層代表3個座談會",  # XJ: meetings held
        "在2024赛迪百强县榜单中,湖北8个县市上榜",  # XT
    ],
)
def test_counts_of_places_groups_and_meetings_are_not_quantities(phrase: str) -> None:
    assert one(phrase, **BULLETIN) == []


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("绿电外送拓展至22个省区市", "22个"),  # QH: places reached are an output
        ("30个县区通过国家义务教育优质均衡发展评估", "30个"),  # SX: places that achieved a standard
        ("新建5G基站1万个", "1万个"),  # NM: outputs, whatever the measure word
        ("发布就业岗位50万个以上", "50万个以上"),  # NX
    ],
)
def test_counts_of_outputs_stay_quantities(phrase: str, surface: str) -> None:
    assert [m.surface for m in one(phrase, **BULLETIN)] == [surface]


def test_ranks_listed_after_the_first_keep_their_names() -> None:
    # CS: only the first rank of the list has a ranking word before it
    found = one("位居全国百强县投资潜力第3、新型城镇化质量第4、县域经济基本竞争力第5。", **BULLETIN)
    assert [(m.surface, m.value, m.kind, m.metric) for m in found] == [
        ("第3", 3.0, "rank", "百强县投资潜力全国排名"), ("第4", 4.0, "rank", "新型城镇化质量排名"),
        ("第5", 5.0, "rank", "县域经济基本竞争力排名")]


def test_a_rank_without_its_ordinal_and_the_rank_of_a_share() -> None:
    (rank,) = one("2017年,仙桃重返全国县域经济百强,位居86位", **BULLETIN)  # XT
    assert (rank.surface, rank.value, rank.kind) == ("86位", 86.0, "rank")
    found = one("税收占比为62.57%,位居全市第9位。", **BULLETIN)  # LS: the share is what is ranked
    assert [(m.surface, m.metric) for m in found] == [("62.57%", "税收占比"), ("第9位", "税收占比全市排名")]


def test_a_question_ends_a_name_and_months_open_none() -> None:
    found = one("哪些省份变化比较明显?西藏(31.7%)、吉林(26.3%)可圈可点。", **BULLETIN)  # CC
    assert [m.metric for m in found][:1] == ["西藏"]
    (m,) = one("1-5月,全县财政一般公共预算支出完成195043万元", **BULLETIN)  # LS
    assert m.metric == "财政一般公共预算支出"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a generic head (投资, 增加值, 总量) is of the subject before it in its sentence (not of a comparison)
        ("58个重点项目进展顺利,全年完成投资141.6亿元", [("58个", "重点项目"), ("141.6亿元", "重点项目投资")]),  # ZZ
        ("27家规模以上企业实现产值49.45亿元,同比增长3%,实现增加值8.10亿元",  # DT
         [("27家", "规模以上企业"), ("49.45亿元", "规模以上企业产值"), ("3%", "规模以上企业产值"),
          ("8.10亿元", "规模以上企业增加值")]),
        ("生产总值年均增长12.9%,高于全省1.8个百分点,总量是2010年的2.2倍",  # SL (the gap named by its growth: fresh21)
         [("12.9%", "生产总值"), ("1.8个百分点", "生产总值增速高于全省"), ("2.2倍", "生产总值总量")]),
        # …and so is what a rank says of it (数量, 增量, 总量 before the group ranked in)
        ("新增“五上”企业62户,增量全市第一。",  # HB
         [("62户", "新增五上企业"), ("第一", "新增五上企业增量全市排名")]),
        ("地区生产总值达到556.4亿元,首次突破500亿元大关,总量在全省91个县(市)中继续排名第一;",  # ZZ
         [("556.4亿元", "地区生产总值"), ("500亿元", "地区生产总值大关"), ("第一", "地区生产总值总量排名")]),
    ],
)
def test_generic_heads_take_their_owner(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.metric) for m in one(phrase, **BULLETIN)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 倍多 and 成多 are more than the number; ≤ and ≥ are comparators, not names; 严守 holds a floor;
        # 约占…的 is about the share
        ("前4天接待21.19万人,同比增长6倍多。", [("21.19万人", "="), ("6倍多", ">=")]),  # SC16
        ("城镇登记失业率≤4%;人口自然增长率控制在6‰以内", [("4%", "<="), ("6‰以内", "<=")]),  # DT
        ("  ·嚴(yán)守18億畝耕地紅線", [("18億畝", ">=")]),  # FYP14
        ("创建单位共接待中外游客18亿人次,约占全国旅游人数的40.5%", [("18亿人次", "="), ("40.5%", "~")]),  # TR17
    ],
)
def test_comparators_written_around_the_number(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.comparator) for m in one(phrase, **BULLETIN)] == expected


def test_names_and_values_below_zero_and_ratios_without_a_unit() -> None:
    found = one("城镇登记失业率≤4%", **BULLETIN)  # DT: the sign is no part of the name
    assert [m.metric for m in found] == ["城镇登记失业率"]
    found = one("自然增长率为-3.93‰。人口性别比为98.5(以女性为100)。", **BULLETIN)  # SY
    assert [(m.surface, m.value, m.kind, m.metric) for m in found] == [
        ("-3.93‰", -3.93, "share", "自然增长率"), ("98.5", 98.5, "ratio", "人口性别比")]  # a rate of people
    found = one("城乡居民人均收入年均增长5.3％、7.7％，收入比缩小至2.54", **BULLETIN)  # SX
    (ratio,) = [m for m in found if m.unit == ""]
    assert (ratio.value, ratio.kind, ratio.metric) == (2.54, "ratio", "收入比")
    # CX: (下同) says the convention holds below; it names nothing
    found = one("全年实现现价地区生产总值24.9亿元,按2005年可比价格(下同)计算,比上年(下同)增长10.0%", **BULLETIN)
    assert [m.metric for m in found] == ["现价地区生产总值", "现价地区生产总值"]


@pytest.mark.parametrize(
    "phrase",
    [
        "区级领导带队招商考察32次",  # HB: how often, not how many
        "组织政银企对接活动11场次",  # HB
        "11项主要经济指标中,有6项没有完成“双过半”目标任务",  # CX: items of a count of indicators
        "主要指标中16项基本符合或快于预期",  # FYP14 mid-term review
    ],
)
def test_frequencies_and_items_of_indicators_are_not_quantities(phrase: str) -> None:
    assert one(phrase, **BULLETIN) == []


def test_a_year_inside_a_name_is_the_values_time() -> None:
    # a digest of 十四五 results (2025): the year and the quarters belong to the value, not to the indicator
    (m,) = one("人工智能芯片企业寒武纪2025年前三季度实现营业收入46.1亿元", **BULLETIN)
    assert m.metric == "人工智能芯片企业寒武纪营业收入"


def test_a_label_line_names_the_value_under_it() -> None:
    # HN: a newspaper graphic's text, one label a line over its figures (海南日报, 2021)
    lines = ["全省地方", "一般公共预算收入", "479.89亿元 同比增长45.8%⬆", "上半年全省地方一般公共预算支出",
             "949.49亿元 同比增长12.9%"]
    found = measures_of(lines, **BULLETIN)
    assert [(m.surface, m.metric) for m in found] == [
        ("479.89亿元", "一般公共预算收入"), ("45.8%", "一般公共预算收入"),
        ("949.49亿元", "地方一般公共预算支出"), ("12.9%", "地方一般公共预算支出")]


def test_the_place_and_the_praise_are_no_part_of_a_name() -> None:
    # TJ: 今晚报 on the city's first-half harvest
    found = one("今年上半年,本市178万亩夏粮喜获丰收,总产量73万吨,平均亩产410公斤,再创历史新高。", **BULLETIN)
    assert [m.metric for m in found][:1] == ["夏粮"]


def test_patacas_and_the_words_of_a_macau_report() -> None:
    # 财华社 on 澳门's 2026 policy address, traditional: 億澳門元 is one unit; 按年实质 and 初值 name nothing
    found = one("2025年首三季度,澳門本地生產總值初值為3013.3億澳門元,按年實質增長4.2%。", **BULLETIN)
    assert [(m.surface, m.unit, m.metric) for m in found] == [
        ("3013.3億澳門元", "亿澳门元", "澳门本地生产总值"), ("4.2%", "%", "澳门本地生产总值")]


def test_groups_listed_before_a_rate_the_text_s_keywords_and_a_survey_name() -> None:
    # XY: 仙游's 2026 report in the news (Dec 2025)
    found = one("10个主要流域国省控断面、17个集中式饮用水水源地水质达标率均实现100%", **BULLETIN)
    assert [(m.surface, m.metric) for m in found] == [("100%", "集中式饮用水水源地水质达标率")]
    assert one("从8个关键字里感受过去一年", **BULLETIN) == []
    assert one("全国1%人口抽样调查高质量完成", **BULLETIN) == []
