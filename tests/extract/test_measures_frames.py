"""Stance, year and period from the words that open a paragraph, and documents without a date.

Phrases are quoted from public texts: the 2026 government work reports of 云南 (YN), 陕西 (SX) and
西藏 (XZ) (as collected in johncodes404/china-provincial-gov-reports-2026), the 2021 work report of
潮州市 (CZ), the news of the 2020 work report of 北京市 (BJ), the 2021 statistical bulletin of a
county (published without title on a county statistics site), the 2019 statistical bulletin of
洪洞县 (HT), the 2016 bulletin of 长顺县 (CS, traditional script with a converter's pinyin) and a
newspaper's report of the national “十四五”可再生能源发展规划 (KZ, traditional script, 2022).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import document, measures_of, paragraph

from plantrace.extract.measures import extract_measures
from plantrace.extract.measures import timeline as T
from plantrace.ingest.normalise import make_lines

WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-01-28"}
WR2021: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2021-02-02"}
UNDATED: dict[str, Any] = {"doc_type": "other", "period": None, "issued": None}
REVIEW = ("一、“十四五”时期和2025年工作回顾",)


def covered(lines: list[str], doc: dict[str, Any], path: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
    return [(m.surface, m.stance, m.year, m.scope, m.period) for m in measures_of(lines, path=path, **doc)]


FIVE = (2021, 2025)


@pytest.mark.parametrize(
    ("lines", "doc", "path", "expected"),
    [
        # YN: a lead line 这五年，… frames the figures of the paragraph after it: increments add up over
        # the five years, a stock stays the level of the last year
        (["这五年，我们完整准确全面贯彻新发展理念，全力推动高质量发展。",
          "大保、丽香、弥蒙等新线投入运营，新增铁路里程989公里。电力总装机超1.7亿千瓦。"], WR2026, REVIEW,
         [("989公里", "actual", 2025, "period_cumulative", FIVE), ("1.7亿千瓦", "actual", 2025, "annual", None)]),
        # YN: a paragraph that opens with its own year is no longer framed by the five years before it
        (["这五年，我们完整准确全面贯彻新发展理念，全力推动高质量发展。",
          "各位代表！刚刚过去的2025年，是云南发展历程中具有重要里程碑意义的一年。完成地区生产总值32765亿元、增长4.1%。"],
         WR2026, REVIEW,
         [("32765亿元", "actual", 2025, "annual", None), ("4.1%", "actual", 2025, "annual", None)]),
        # SX: 五年来 opening the paragraph reaches counts made by an event after them, far from the frame
        (["各位代表！2025年目标任务顺利完成，标志着“十四五”圆满收官。五年来，我们牢记嘱托、感恩奋进。"
          "五是民生福祉持续改善。30个县区通过国家义务教育优质均衡发展评估，人均预期寿命达到78.9岁。"], WR2026, REVIEW,
         [("30个", "actual", 2025, "period_cumulative", FIVE), ("78.9岁", "actual", 2025, "annual", None)]),
        # SX: 每年 in a five-year review is an average over those years
        (["五年来，我们牢记嘱托、感恩奋进。每年城镇新增就业40万人以上，城乡居民人均收入年均增长5.3％、7.7％。"],
         WR2026, REVIEW,
         [("40万人以上", "actual", 2025, "period_average", FIVE), ("5.3％", "actual", 2025, "period_average", FIVE),
          ("7.7％", "actual", 2025, "period_average", FIVE)]),
        # XZ: 连续5年 with a rate, 办理…N件 over the five years
        (["各位代表！过去五年，按照党中央和自治区党委的部署，我们始终坚持政治引领。"
          "带头过紧日子，自治区本级一般性支出连续5年压减比例超5%。办理人大代表建议1293件、政协委员提案1584件。"],
         WR2026, REVIEW,
         [("5%", "actual", 2025, "period_average", FIVE), ("1293件", "actual", 2025, "period_cumulative", FIVE),
          ("1584件", "actual", 2025, "period_cumulative", FIVE)]),
        # SX: start values of a five-year review without their year are of the year before it
        (["五年来，我们牢记嘱托、感恩奋进。5G基站从1.9万座增加到14.3万座。"], WR2026, REVIEW,
         [("1.9万座", "actual", 2020, "annual", None), ("14.3万座", "actual", 2025, "annual", None)]),
        # XZ: one start year for a list of start values
        (["城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元。"], WR2026, REVIEW,
         [("46503元", "actual", 2021, "annual", None), ("16935元", "actual", 2021, "annual", None),
          ("58794元", "actual", 2025, "annual", None), ("23184元", "actual", 2025, "annual", None)]),
        # YN: a doubling within 3 years at the end of a review covers the last three years
        (["这五年，我们完整准确全面贯彻新发展理念。全社会研发投入年均增长10.5%，高新技术企业数3年翻一番。"],
         WR2026, REVIEW,
         [("10.5%", "actual", 2025, "period_average", FIVE),
          ("翻一番", "actual", 2025, "period_cumulative", (2023, 2025))]),
        # KZ: the share of an increment over a named plan period covers that period
        (["“十四五”时期,可再生能源发电量增量在全社会用电量增量中的占比超过50%。"], WR2021, (),
         [("50%", "target", 2025, "period_cumulative", FIVE)]),
        # CZ: a 2021 report's 过去五年 is the 十三五 period
        (["过去五年,经济总量完成历史性跨越。“一园六区”引进项目470个,常住人口城镇化率达65.8%。"], WR2021,
         ("“十三五”时期的工作回顾",),
         [("470个", "actual", 2020, "period_cumulative", (2016, 2020)), ("65.8%", "actual", 2020, "annual", None)]),
        # BJ: results opened by 初步预计 stay results of last year whatever the section says, in every
        # sentence of the paragraph
        (["初步预计，全市地区生产总值比上年增长6.2%左右，一般公共预算收入增长0.5%；居民消费价格上涨2.3%。"],
         {"doc_type": "work_report", "period": None, "issued": "2020-01-12"},
         ("三、以人民满意为目标，提升政府治理能力和水平",),
         [("6.2%左右", "actual", 2019, "annual", None), ("0.5%", "actual", 2019, "annual", None),
          ("2.3%", "actual", 2019, "annual", None)]),
    ],
)
def test_paragraph_frames(lines: list[str], doc: dict[str, Any], path: tuple[str, ...],
                          expected: list[tuple[Any, ...]]) -> None:
    assert covered(lines, doc, path) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a county bulletin published without its title: the year its text opens with
        (["2021年,在县委、县政府的坚强领导下,全县经济发展保持稳中向好、稳中提质的态势,实现“十四五”良好开局。",
          "一、综合",
          "全年生产总值(GDP)235.28亿元,同比增长9.2%。分产业看,第一产业增加值29.08亿元,同比增长7.9%;",
          "全年粮食产量499000吨,同比增长1.4%;油料产量27992吨,同比增长6.0%。"],
         [("235.28亿元", "actual", 2021), ("9.2%", "actual", 2021), ("29.08亿元", "actual", 2021),
          ("7.9%", "actual", 2021), ("499000吨", "actual", 2021), ("1.4%", "actual", 2021),
          ("27992吨", "actual", 2021), ("6.0%", "actual", 2021)]),
        # HT: the year of a bulletin's title, not of a chart's span of years
        (["2019年洪洞县国民经济和社会发展统计公报",
          "图1 2015-2019年全县生产总值及其增长速度",
          "全县居民消费价格比上年上涨2.7%,商品零售价格总指数比上年上涨1.5%;农业生产资料价格比上年上涨10.8%。"],
         [("2.7%", "actual", 2019), ("1.5%", "actual", 2019), ("10.8%", "actual", 2019)]),
        # XZ: a work report's excerpt without title or date reviews the year it opens with
        (["2025年极不平凡。习近平总书记再次亲临西藏视察。",
          "地区生产总值增长7%，固定资产投资增长17.2%，城镇调查失业率控制在5%以内。"],
         [("7%", "actual", 2025), ("17.2%", "actual", 2025), ("5%以内", "actual", 2025)]),
        # GZ, SX: a year named by its place in a plan period dates an excerpt without title or date
        (["今年是实施“十五五”规划的开局之年。主要预期目标是：地区生产总值增长5%左右。"],
         [("5%左右", "target", 2026)]),
        (["刚刚过去的一年，是“十四五”收官之年。地区生产总值增长5.1％，城镇新增就业44.1万人。"],
         [("5.1％", "actual", 2025), ("44.1万人", "actual", 2025)]),
        # CS: a bulletin's title read through a converter's pinyin (統(tǒng)計(jì)公報(bào))
        (["2016年國民經(jīng)濟(jì)和社會(huì)發(fā)展統(tǒng)計(jì)公報(bào)[1]",
          "長順縣統(tǒng)計(jì)局",
          "全年人均地區(qū)生產(chǎn)總值達(dá)28322元,比去年新增3637元,增長12.7%。"],
         [("28322元", "actual", 2016), ("3637元", "actual", 2016), ("12.7%", "actual", 2016)]),
        # KZ: news of a plan dated by its web timestamp; the plan's name gives its period
        (["九部門聯(lián)合印發(fā)規(guī)劃:到2025年可再生能源年發(fā)電量約為3.3萬億千瓦時",
          "2022-06-02 作者:丁怡婷",
          "《規(guī)劃》提出,到2025年,可再生能源消費總量達到10億噸標準煤左右,占一次能源消費18%左右。"],
         [("3.3萬億千瓦時", "target", 2025), ("10億噸標準煤左右", "target", 2025), ("18%左右", "target", 2025)]),
    ],
)
def test_documents_without_a_date(lines: list[str], expected: list[tuple[str, str, int]]) -> None:
    assert [(m.surface, m.stance, m.year) for m in measures_of(lines, **UNDATED)] == expected


@pytest.mark.parametrize(
    ("lines", "period", "expected"),
    [
        # a county report's third part without its date: 今年 is the year of the plan heading after it
        (["今年经济社会发展主要预期目标是:全县地区生产总值增长7%左右,一般公共预算收入增长5%。",
          "三、2025年主要工作安排",
          "(一)坚持农业农村优先发展。完成高标准农田建设3.2万亩。"],
         None,
         [("7%左右", "target", 2025), ("5%", "target", 2025), ("3.2万亩", "target", 2025)]),
        # 任泽区 (Hebei) 2021 bulletin without its title, a 十四五 period in its metadata: 初步核算 opens
        # a bulletin's paragraph, so its figures are results of the year it opens with
        (["2021年,在区委、区政府的坚强领导下,全区经济平稳增长,实现了“十四五”良好开局。",
          "一、综合",
          "初步核算,全区生产总值完成719183万元,同比增长6.7%。"],
         (2021, 2025),
         [("719183万元", "actual", 2021), ("6.7%", "actual", 2021)]),
        # a district bulletin of 2021 (Inner Mongolia): 根据地区生产总值统一核算结果
        (["2021年是“十四五”开局之年,也是建党100周年。",
          "一、综合",
          "根据地区生产总值统一核算结果,全年实现地区生产总值382419万元,同比增长7.6%(按不变价计算)。"],
         (2021, 2025),
         [("382419万元", "actual", 2021), ("7.6%", "actual", 2021)]),
    ],
)
def test_undated_excerpts_dated_by_their_headings_and_bulletin_words(
        lines: list[str], period: tuple[int, int] | None, expected: list[tuple[str, str, int]]) -> None:
    found = measures_of(lines, doc_type="other", period=period, issued=None)
    assert [(m.surface, m.stance, m.year) for m in found] == expected


def test_results_of_this_year_so_far_in_a_dated_text() -> None:
    """今年1—11月 (a city statistics bureau's release of 2023-12-20): results so far, not promises."""
    found = measures_of(["今年1—11月,全市规模以上工业增加值同比增长6.1%,增速较1—10月提升0.7个百分点。"],
                        doc_type="other", period=None, issued="2023-12-20")
    assert [(m.surface, m.stance, m.year) for m in found] == [("6.1%", "actual", 2023), ("0.7个百分点", "actual", 2023)]


@pytest.mark.parametrize(
    ("lines", "period", "expected"),
    [
        # 国家统计局 (2016) and 泉州晚报 (2021): a dated release on part of a year that does not name it
        (["前三季度国民经济运行稳中有进、稳中提质", "(2016年10月19日)", "中华人民共和国国家统计局",
          "初步核算,前三季度国内生产总值529971亿元,按可比价格计算,同比增长6.7%。"],
         None, [("529971亿元", "actual", 2016), ("6.7%", "actual", 2016)]),
        (["1-11月 泉州社会消费品零售总额同比增长11.8%", "2021-12-27 15:11:16 来源:泉州晚报",
          "今年以来,全市规上工业增加值同比增长9.7%。",  # the paper's 今年前11个月, shortened
          "1~11月,全市社会消费品零售总额5303.31亿元,同比增长11.8%,居全省第二位。"],
         None, [("11.8%", "actual", 2021), ("9.7%", "actual", 2021), ("5303.31亿元", "actual", 2021),
                ("11.8%", "actual", 2021), ("第二位", "actual", 2021)]),
        # 商洛日报 (2016): a look back on the 十二五 period is no plan; its date is the report's
        (["发布日期:2016年02月18日 上一版  下一版", "回眸“十二五”", "2015年的辉煌成就",
          "全年实现生产总值621.83亿元、增长11.2%,增速位居全省第三。"],
         (2011, 2015), [("621.83亿元", "actual", 2015), ("11.2%", "actual", 2015), ("第三", "actual", 2015)]),
        # 德州 (2017 report, traditional script): an undated five-year review of the years after its base
        (["五年來,經濟保持較快增長,地區生產總值年均增長9.9%,人均GDP突破5萬元,一般公共預算收入是2011年的1.9倍。"],
         None, [("9.9%", "actual", 2016), ("5萬元", "actual", 2016), ("1.9倍", "actual", 2016)]),
    ],
)
def test_releases_and_reviews_without_a_plain_date(
        lines: list[str], period: tuple[int, int] | None, expected: list[tuple[str, str, int]]) -> None:
    found = measures_of(lines, doc_type="other", period=period, issued=None)
    assert [(m.surface, m.stance, m.year) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "stance", "period"),
    [
        ("初步统计,全市地区生产总值预计完成4725亿元,增长7.5%;", "actual", None),
        ("——过去一年，坚决扛起经济大市责任担当，经济回升向好态势持续巩固。", "actual", None),
        ("主要预期目标是：地区生产总值增长5%左右。", "target", None),
        ("各位代表！五年来，我们大力加强政府自身建设。", None, (2021, 2025)),
        ("“十四五”时期，全省经济总量迈上新台阶。", None, (2021, 2025)),
        ("今后五年，我们将全力推动高质量发展。", None, None),  # a promise, not a review
        ("我们坚持比“十三五”时期更高的标准。", None, None),  # not opening the paragraph
    ],
)
def test_line_frame(text: str, stance: str | None, period: tuple[int, int] | None) -> None:
    frame = T.line_frame(text, T.Profile("work_report", 2026, (2026, 2026)))
    assert (frame.stance, frame.period) == (stance, period)


@pytest.mark.parametrize(
    ("head", "period", "report_year"),
    [
        ("《“十四五”可再生能源发展规划》公开发布", (2021, 2025), None),
        ("关于印发节水型社会建设“十三五”规划的通知", (2016, 2020), None),
        ("湖北省综合交通运输发展规划(2021—2025年)", (2021, 2025), None),
        ("2022-06-02 10:26:06 作者:丁怡婷", None, 2022),
    ],
)
def test_period_and_date_from_the_opening_text(head: str, period: tuple[int, int] | None,
                                               report_year: int | None) -> None:
    lines = make_lines([head, "正文。"])
    prof = T.profile(document("other", None, None, len(lines)), lines)
    assert prof.period == period
    if report_year is not None:
        assert prof.report_year == report_year


def test_a_frame_reaches_the_subsections_of_its_section() -> None:
    """GZ (贵州 2026): 回望过去五年 before the review's numbered subsections; 2020年到2025年 spans a from-to."""
    lines = ["各位代表！2025年主要目标任务的完成，标志着“十四五”规划顺利收官。"
             "回望过去五年，贵州经济社会发展条件明显改善。",
             "（三）坚定不移大抓产业主攻工业。",
             "新增五星级饭店16家、等级民宿638家。2020年到2025年，工业投资占固定资产投资比重从17.9%提升到35.5%。"]
    made = make_lines(lines)
    nodes = (paragraph(1, lines[0], REVIEW), paragraph(2, lines[1], REVIEW),
             paragraph(3, lines[2], (*REVIEW, "（三）坚定不移大抓产业主攻工业")))
    found = extract_measures(document("work_report", None, "2026-01-27", len(made)), made, nodes)
    assert [(m.surface, m.year, m.scope, m.period) for m in found] == [
        ("16家", 2025, "period_cumulative", FIVE), ("638家", 2025, "period_cumulative", FIVE),
        ("17.9%", 2020, "annual", None), ("35.5%", 2025, "annual", None)]


def test_start_values_after_the_years_they_are_compared_across() -> None:
    """GZ: after 从2020年的…提高到2025年的…, a further 从98元/月 is a start value of the review's base year."""
    found = measures_of(["城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年，"
                         "城乡居民基础养老金最低标准从98元/月提高到178元/月。"],
                        doc_type="work_report", period=None, issued="2026-01-27", path=REVIEW)
    assert [(m.surface, m.year) for m in found] == [
        ("645元/月", 2020), ("4318元/年", 2020), ("801元/月", 2025), ("7226元/年", 2025),
        ("98元/月", 2020), ("178元/月", 2025)]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # 泽州 2023 and 邯郸 2025 reviews: obtaining money or projects from above is no promise by itself
        ("争取上级资金20.2亿元", None),
        ("争取增发国债项目69个", None),
        ("争取超长期特别国债“两重”建设项目54个", None),
        # but striving for a level or a year stays one
        ("争取到2025年全市地区生产总值达到5000亿元", "target"),
        ("力争地区生产总值增长6%", "target"),
    ],
)
def test_obtaining_funds_is_no_promise(sentence: str, stance: str | None) -> None:
    assert T.sentence_stance(sentence) == stance


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # a goal named as the purpose a result serves is no promise (national analyses of 2024, county reviews)
        ("上半年GDP同比增长5.0%,为实现全年增长5.0%左右的预期目标奠定了良好的基础。", "actual"),
        ("为完成全年目标任务提供了有力支撑", None),
        ("确保完成全年目标任务", "target"),
    ],
)
def test_a_goal_named_as_a_purpose(sentence: str, stance: str | None) -> None:
    assert T.sentence_stance(sentence) == stance


def test_a_name_holding_a_word_of_promise() -> None:
    """国家卫健委 (2024 news of the 2023 bulletin): 人均预期寿命 is an indicator, not 预期 (expected)."""
    assert T.sentence_stance("根据《公报》,我国人均预期寿命达到78.6岁,婴儿死亡率下降到4.5‰。") is None


def test_a_news_item_opening_with_the_year_it_reports() -> None:
    """央视网 (January 2023): the year opening the reported clause dates the release's figures."""
    found = measures_of(["央视网消息:生态环境部1月17日举行例行发布会介绍,2022年,全国空气质量稳中向好。",
                         "此外,全国地表水质量持续向好。全国水质优良断面比例为87.9%,同比上升3个百分点;"
                         "劣Ⅴ类断面比例为0.7%,同比下降0.5个百分点。"],
                        doc_type="other", period=None, issued=None)
    assert [(m.surface, m.stance, m.year) for m in found] == [
        ("87.9%", "actual", 2022), ("3个百分点", "actual", 2022), ("0.7%", "actual", 2022),
        ("0.5个百分点", "actual", 2022)]
