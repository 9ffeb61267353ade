"""Year and stance from what a text says about its own date and from headings without numbers.

Phrases are quoted from public texts: 交通运输部's digest of the 2019 transport bulletin (JT),
江苏省's 2012 statistical bulletin (JS), 国家统计局's release on the first quarter of 2021 in
traditional script (GJ), news of 广东省's 2024 work report in traditional script (GD), 青海省's 2026
work report (QH), 内蒙古自治区's 2026 work report and its annex (NM), 邯郸市's 2025 work report (HD)
and a newspaper's digest of 湖北省's 2025 work report (HB).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of

UNDATED: dict[str, Any] = {"doc_type": "other", "period": None, "issued": None}
WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-02-04"}
WR2025: dict[str, Any] = {"doc_type": "work_report", "period": (2025, 2025), "issued": None}


def stances(lines: list[str], doc: dict[str, Any]) -> list[tuple[str, str, int | None]]:
    return [(m.surface, m.stance, m.year) for m in measures_of(lines, **doc)]


@pytest.mark.parametrize(
    ("lines", "doc", "expected"),
    [
        # JT: the publication date stands before the bulletin's title: the title's year is the one covered
        (["2020年5月12日,交通运输部发布了《2019年交通运输行业发展统计公报》。 "
          "截至2019年年底,交通运输行业相关统计数据如下。",
          "基础设施",
          "全国铁路营业里程达到13.9万km,比上年增长6.1%,其中高铁营业里程达到3.5万km。"], UNDATED,
         [("13.9万km", "actual", 2019), ("6.1%", "actual", 2019), ("3.5万km", "actual", 2019)]),
        # JS: the title first, the publication date after it
        (["2012年江苏省国民经济和社会发展统计公报", "(2013年2月20日)",
          "经济在转型升级中平稳增长。初步核算,全省实现生产总值54058.2亿元,按可比价格计算,比上年增长10.1%。"], UNDATED,
         [("54058.2亿元", "actual", 2012), ("10.1%", "actual", 2012)]),
        # GJ: a release on the first quarter of a year reports that year (a web date 2021/04/19 opens it)
        (["8.5%!一季度牛奶產量穩定增長",
          "2021/04/19近日,國務院新聞辦在京舉辦新聞發布會,國家統計局新聞發言人、國民經濟綜合統計司司長劉愛華介紹2021年一季度國民經濟"
          "運行情況。初步核算,一季度國內生產總值249310億元,按可比價格計算,同比增長18.3%。",
          "一季度,全國肉牛出欄1101萬頭,比上年同期增加54萬頭,增長5.2%。"], UNDATED,
         [("8.5%", "actual", 2021), ("249310億元", "actual", 2021), ("18.3%", "actual", 2021),
          ("1101萬頭", "actual", 2021), ("54萬頭", "actual", 2021), ("5.2%", "actual", 2021)]),
    ],
)
def test_the_year_a_text_covers(lines: list[str], doc: dict[str, Any], expected: list[tuple[Any, ...]]) -> None:
    assert stances(lines, doc) == expected


@pytest.mark.parametrize(
    ("lines", "doc", "expected"),
    [
        # GD: 今年(2024年) names the year; a list of goals after 主要預期目標是: runs over its ；-separated items
        (["廣東省省長王偉中作省政府工作報告時表示,今年(2024年)廣東省發展面臨的有利條件強於不利因素,預期地區生產總值增長5%。",
          "王偉中指,今年經濟社會發展的主要預期目標是:地區生產總值增長5%;固定資產投資增長4%,社會消費品零售總額增長6%;"
          "城鎮調查失業率5.5%左右,城鎮新增就業人數110萬人以上;糧食產量1270萬噸。"], UNDATED,
         [("5%", "target", 2024), ("5%", "target", 2024), ("4%", "target", 2024), ("6%", "target", 2024),
          ("5.5%左右", "target", 2024), ("110萬人以上", "target", 2024), ("1270萬噸", "target", 2024)]),
        # QH: the same list in a text of unknown kind dated by its 2026 report
        (["今年发展主要预期目标是：全省地区生产总值增长4.5%左右、力争更好结果；城镇新增就业6万人以上，"
          "农牧区劳动力转移就业106万人次以上。"], {"doc_type": "other", "period": None, "issued": "2026-01-27"},
         [("4.5%左右", "target", 2026), ("6万人以上", "target", 2026), ("106万人次以上", "target", 2026)]),
    ],
)
def test_a_list_of_goals_after_a_colon(lines: list[str], doc: dict[str, Any], expected: list[tuple[Any, ...]]) -> None:
    assert stances(lines, doc) == expected


@pytest.mark.parametrize(
    ("lines", "doc", "expected"),
    [
        # NM: an annex's heading without a number (2026年自治区民生实事) makes its items this year's promises,
        # after a review heading of the report body
        (["一、“十四五”时期和2025年工作回顾", "全年地区生产总值增长5.2%。", "附件", "2026年自治区民生实事",
          "2.实现城镇新增就业18万人以上，发布就业岗位50万个以上，释放政策性岗位4.5万个（牵头单位：人社厅）。"], WR2026,
         [("5.2%", "actual", 2025), ("18万人以上", "target", 2026), ("50万个以上", "target", 2026),
          ("4.5万个", "target", 2026)]),
        # HD: a heading line with a year and no punctuation opens the review; 争取…项目69个 there is a result
        (["2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单",
          "(一)经济实力实现新跃升。地区生产总值完成4704.3亿元、增长6.1%。项目建设提速增效。争取增发国债项目69个,"
          "获得国债资金97.4亿元。"], WR2025,
         [("4704.3亿元", "actual", 2024), ("6.1%", "actual", 2024), ("69个", "actual", 2024),
          ("97.4亿元", "actual", 2024)]),
        # HB: ■ headings of a digest split last year's results from this year's goals
        (["■ 2024年成绩单", "●预计全省地区生产总值增长6%左右", "●粮食总产达到557亿斤",
          "■ 2025年经济社会发展的主要预期目标", "●经济增长6%左右", "●粮食产量继续保持500亿斤以上"], WR2025,
         [("6%左右", "actual", 2024), ("557亿斤", "actual", 2024), ("6%左右", "target", 2025),
          ("500亿斤以上", "target", 2025)]),
    ],
)
def test_headings_without_numbers(lines: list[str], doc: dict[str, Any], expected: list[tuple[Any, ...]]) -> None:
    assert stances(lines, doc) == expected


@pytest.mark.parametrize(
    "line",
    ["图5-1 2011~2020年全国发电量及增速情况", "2013年02月21日 20:05   来源:中国经济网",
     "图3 2018-2022年全员劳动生产率[5]", "2012年江苏省国民经济和社会发展统计公报。"],
)
def test_captions_and_dates_are_no_headings(line: str) -> None:
    from plantrace.extract.measures.regions import heading_of

    assert heading_of(line) is None


WR2024_REVIEW: dict[str, Any] = {"doc_type": "work_report", "period": (2025, 2025), "issued": None}


def covered(lines: list[str], doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(m.surface, m.stance, m.year, m.scope, m.period) for m in measures_of(lines, **doc)]


@pytest.mark.parametrize(
    ("lines", "doc", "expected"),
    [
        # 赤峰市 2025: “十四五”期间 qualifies a project in the period the report is written in; it dates nothing
        (["一、2024年工作回顾",
          "玉龙机场旅客吞吐量突破200万大关。东北电网“十四五”期间投资最大的单体项目巴林—奈曼—阜新500千伏输变电工程竣工投运。"],
         WR2024_REVIEW,
         # (突破200万大关 is a milestone passed: kind other, of no year, like the READMEs' thresholds)
         [("200万", "actual", None, "annual", None), ("500千伏", "actual", 2024, "annual", None)]),
        # HD: 累计 under a one-year review adds up within that year
        (["2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单",
          "(一)经济实力实现新跃升。加力落实消费品以旧换新等政策,举办系列促消费活动,累计拉动消费126亿元。"], WR2025,
         [("126亿元", "actual", 2024, "annual", None)]),
        # 宁夏 2026: 由上年729万人 is the year before the one reviewed
        (["过去一年，全区经济实现稳中有进。常住人口由上年729万人增加到732万人，城镇化率达69.1%。"], WR2026,
         [("729万人", "actual", 2024, "annual", None), ("732万人", "actual", 2025, "annual", None),
          ("69.1%", "actual", 2025, "annual", None)]),
        # NM annex: 由每生每年5元 is a start value per head, not a yearly average
        (["附件", "2026年自治区民生实事",
          "3.将学生意外伤害责任保险从义务教育阶段扩大到高中阶段和普惠性幼儿园，保费由每生每年5元提高至10元。"],
         WR2026, [("5元", "actual", 2025, "annual", None), ("10元", "target", 2026, "annual", None)]),
        # 中国能源大数据报告 2021: 累计容量 from one year's stock to another's (2011~2020年) is two stocks
        (["近十年来,我国发电装机保持增长趋势。2011~2020年,我国发电装机累计容量从10.62亿千瓦增长到22亿千瓦。"],
         {"doc_type": "other", "period": None, "issued": "2021-06-01"},
         [("10.62亿千瓦", "actual", 2011, "annual", None), ("22亿千瓦", "actual", 2020, "annual", None)]),
    ],
)
def test_time_of_qualifiers_sums_and_start_values(
    lines: list[str], doc: dict[str, Any], expected: list[tuple[Any, ...]]
) -> None:
    assert covered(lines, doc) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # 赤峰市 2025: 左右 after the last value of a list covers every value of it
        ("预计城乡居民人均可支配收入分别增长5%和7.5%左右。", [("5%", "~"), ("7.5%左右", "~")]),
        # 浙江省 2021: 分别突破 before the first value covers every value of the list
        ("到2025年,全省生产总值、人均生产总值分别突破8.5万亿元、13万元,数字经济增加值占生产总值比重达到60%左右。",
         [("8.5万亿元", ">="), ("13万元", ">="), ("60%左右", "~")]),
        # 贵州省 2026: each value of the list keeps its own word
        ("一二三产增加值年均分别增长3.5%左右、6%左右、5%左右。", [("3.5%左右", "~"), ("6%左右", "~"), ("5%左右", "~")]),
        # 重庆市 2020 plan report: values of different units are no list (增长45%以上 is another figure's)
        ("科技型企业突破1.6万家、增长45%以上。", [("1.6万家", ">="), ("45%以上", ">=")]),
        # JT: no shared word, no comparator
        ("全国公路桥梁87.83万座、6063.46万m,比上年增加2.68万座、494.86万m。",
         [("87.83万座", "="), ("6063.46万m", "="), ("2.68万座", "="), ("494.86万m", "=")]),
    ],
)
def test_a_comparator_shared_by_a_list(phrase: str, expected: list[tuple[str, str]]) -> None:
    doc = {"doc_type": "work_report", "period": None, "issued": "2026-01-27"}
    assert [(m.surface, m.comparator) for m in measures_of([phrase], **doc)] == expected


@pytest.mark.parametrize(
    ("lines", "doc", "expected"),
    [
        # 宁德市 2013 (traditional, converter debris): news of a plan's mid-term evaluation reviews results; the
        # plan it cites is not the text (2011~2012年平均年增速 is an average over those years)
        (["寧德市“十二五”規(guī)劃交出期中成績單",
          "寧德網(wǎng)消息(記者 楊洋) 《寧德市國民經(jīng)濟和社會發(fā)展第十二個五年規(guī)劃綱要》(下稱《綱要》)"
          "實施兩年多來進展如何?",
          "2011~2012年我市經(jīng)濟平均年增速達13.9%,2013年上半年增長12.6%。與此同時,2011年我市經(jīng)濟總量和公共財政總收入"
          "位置前移至第八位。"], {"doc_type": "fyp_outline", "period": (2011, 2015), "issued": None},
         [("13.9%", "actual", 2012, "period_average", (2011, 2012)), ("12.6%", "actual", 2013, "annual", None),
          ("第八位", "actual", 2011, "annual", None)]),
        # a 2025 digest of national results: 年均 after the value, 平均贡献率 over the plan period so far
        (["“十四五”期间GDP年均实际增长5.5%,远高于同期世界3.9%的年均增速,2021年—2024年年均增长率达到5.5%。"
          "人工智能芯片企业寒武纪2025年前三季度实现营业收入46.1亿元。"], UNDATED,
         [("5.5%", "actual", 2025, "period_average", (2021, 2025)),
          ("3.9%", "actual", 2025, "period_average", (2021, 2025)),
          ("5.5%", "actual", 2024, "period_average", (2021, 2024)), ("46.1亿元", "actual", 2025, "annual", None)]),
    ],
)
def test_texts_about_a_plan_and_averages(
    lines: list[str], doc: dict[str, Any], expected: list[tuple[Any, ...]]
) -> None:
    assert covered(lines, doc) == expected


def test_years_listed_before_respectively_go_to_the_values_in_order() -> None:
    # a 2025 digest of national results: 2024年、2025年分别发行…
    lines = ["2024年、2025年分别发行1万亿元、1.3万亿元超长期特别国债,提供15%—20%或定额度补贴。"]
    assert [(m.surface, m.year) for m in measures_of(lines, **UNDATED)][:2] == [("1万亿元", 2024), ("1.3万亿元", 2025)]


def test_a_milestone_word_covers_every_value_of_its_list() -> None:
    phrase = "经济总量连续跨越110万亿元、120万亿元、130万亿元大关,2024年预计达到140万亿元左右。"
    assert [(m.surface, m.comparator) for m in measures_of([phrase], **UNDATED)] == [
        ("110万亿元", ">="), ("120万亿元", ">="), ("130万亿元", ">="), ("140万亿元左右", "~")]


def test_a_plan_report_plans_for_the_year_of_its_draft() -> None:
    # 城口县 2025: 2024年…计划执行情况与2025年计划草案 reviews 2024 and plans 2025 (the 2025 of its title is
    # no reviewed year)
    lines = ["城口县发展和改革委员会关于印发《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》"
             "的通知", "城口县2024年国民经济和社会发展计划", "执行情况与2025年计划草案报告",
             "一、2024年国民经济和社会发展计划执行情况",
             "2024年,面对严峻复杂的国际环境和艰巨繁重的改革发展稳定任务,全县地区生产总值增长5.1%。",
             "二、2025年经济社会发展主要目标", "全县地区生产总值增长6%左右。"]
    assert stances(lines, UNDATED) == [("5.1%", "actual", 2024), ("6%左右", "target", 2025)]


def test_the_report_year_of_an_npc_review_of_a_plan_report() -> None:
    from measures_support import document

    from plantrace.extract.measures import timeline as T
    from plantrace.ingest.normalise import make_lines

    # 武汉市 2024: the NPC's review names the 2023 execution and the 2024 draft
    lines = make_lines(["武汉市第十五届人民代表大会第三次会议审查了市发展和改革委员会受市人民政府委托提出的"
                        "《关于武汉市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告》。",
                        "一、2023年计划执行情况总体较好"])
    prof = T.profile(document("other", None, None, len(lines)), lines)
    assert (prof.doc_type, prof.report_year) == ("work_report", 2024)


def test_an_amount_added_over_a_framed_review_adds_up() -> None:
    # 内蒙古 2026: 增加近1000亿元 in a 这五年 paragraph adds up over the five years, the levels stay annual;
    # 云南 2026: 工业增加值 is no 增加
    lines = ["——这五年综合经济实力大幅提升。经济总量达到2.67万亿元，一般公共预算收入增加近1000亿元，"
             "稳步达到3000亿元以上。",
             "这五年，我们完整准确全面贯彻新发展理念。工业增加值突破7600亿元。"]
    five = (2021, 2025)
    assert covered(lines, WR2026) == [
        ("2.67万亿元", "actual", 2025, "annual", None), ("1000亿元", "actual", 2025, "period_cumulative", five),
        ("3000亿元以上", "actual", 2025, "annual", None), ("7600亿元", "actual", 2025, "annual", None)]


def test_a_year_in_an_upper_heading_outweighs_the_words_of_a_deeper_one() -> None:
    # 长寿区 2023 budget report: (一)…重点工作开展情况 under 一、2022年财政工作情况 reviews 2022
    lines = ["重庆市长寿区财政局关于重庆市长寿区2022年预算执行情况和2023年预算草案的报告", "一、2022年财政工作情况",
             "(一)主要政策落实及重点工作开展情况。", "1.加强助企纾困,稳定宏观经济大盘。",
             "一是加大减税降费力度。兑现组合式税费支持政策17.3亿元,其中留抵退税13.8亿元,有效提振市场主体信心。"]
    assert stances(lines, UNDATED) == [("17.3亿元", "actual", 2022), ("13.8亿元", "actual", 2022)]
