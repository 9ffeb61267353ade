"""Years and periods in sector plans, their reviews and half-year releases of kinds seen late.

Phrases are quoted from public texts: a city's 2021 half-year release (JS, traditional with a converter's
readings) and 国家统计局's release on the first half of 2021 (NB); 《能源生产和消费革命战略(2016—2030)》 as
reported (NY, traditional); 教育部's conference on ten years of education, 2022 (JY); a 2025 commentary
on 十四五 results (XL); the “十四五”国民健康规划 as reported by hk01 (HK, traditional) and 中新网 (ZX); 参考
消息网's copy of 央视's piece on five years of transport, 2025-10-07 (CK); a 2026 work report (report of
a province, NX).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import document, measures_of

from plantrace.extract.measures.dating import profile
from plantrace.ingest.normalise import make_lines
from plantrace.models import Measure

UNDATED: dict[str, Any] = {"doc_type": "other", "period": None, "issued": None}


def _by_value(found: tuple[Measure, ...]) -> dict[float | None, Measure]:
    """The first measure of each value."""
    out: dict[float | None, Measure] = {}
    for m in found:
        out.setdefault(m.value, m)
    return out


# JS: 比2019年同期增长, 两年平均增长 in a release that names no year of its own
HALF_YEAR = [
    "8月5日,,記者從上半年全市國(guó)民經(jīng)濟(jì)運(yùn)行情況新聞發(fā)布會(huì)上獲悉,,我市農(nóng)業(yè)生產(chǎn)形勢(shì)良好。",
    "上半年,,全市實(shí)現(xiàn)農(nóng)林牧漁及服務(wù)業(yè)總產(chǎn)值181.16億元,,同比增長(zhǎng)10.4%,,居全省第1位,。",
    "全市規(guī)模以上工業(yè)增加值同比增長(zhǎng)13.3%,,為10年來(lái)最高增幅,,比2019年同期增長(zhǎng)13.5%,兩年平均增長(zhǎng)6.5%,。",
    "全市固定資產(chǎn)投資增長(zhǎng)10.4%,,居全省第11位,,比一季度前移4位,兩年平均增長(zhǎng)5.4%,。",
]


def test_a_release_measured_against_two_years_back_is_of_the_year_after_next() -> None:
    found = measures_of(HALF_YEAR, **UNDATED)
    assert {m.year for m in found if m.kind != "other"} == {2021}
    values = _by_value(found)
    assert (values[13.5].scope, values[13.5].period) == ("period_cumulative", (2020, 2021))
    assert (values[6.5].scope, values[6.5].period) == ("period_average", (2020, 2021))
    assert (values[5.4].scope, values[5.4].period) == ("period_average", (2020, 2021))  # no base in its clause
    assert (values[13.3].scope, values[13.3].period) == ("annual", None)


def test_a_national_release_of_the_same_kind() -> None:
    # NB: 比2019年同期增长10.9%，两年平均增长5.3% (国家统计局, 2021年上半年)
    lines = make_lines(["上半年，国内生产总值532167亿元，按可比价格计算，同比增长12.7%，比2019年同期增长10.9%，"
                        "两年平均增长5.3%。"])
    prof = profile(document("statistical_bulletin", None, None, len(lines)), lines)
    assert (prof.report_year, prof.period) == (2021, (2021, 2021))


@pytest.mark.parametrize(
    ("lines", "kwargs", "value", "expected"),
    [
        # NY: a cap said for every year of a span
        (["更遠期的目標(biāo)為,2021~2030年,能源消費總量控制在60億t標(biāo)準(zhǔn)煤以內(nèi),"
          "單位國內(nèi)生產(chǎn)總值二氧化碳排放比2005年下降60%~65%。"],
         {"doc_type": "special_plan", "period": (2016, 2030)}, 60.0, ("period_average", (2021, 2030))),
        # JY: a rate held all through the years the sentence spans; the levels at its ends are single years'
        (["2012年到2021年,全国小学的净入学率从99.85%提升到了99.9%以上,初中的毛入学率始终保持在100%以上,"
          "已实现全面普及。"], UNDATED, 100.0, ("period_average", (2012, 2021))),
        (["2012年到2021年,全国小学的净入学率从99.85%提升到了99.9%以上,初中的毛入学率始终保持在100%以上,"
          "已实现全面普及。"], UNDATED, 99.85, ("annual", None)),
        # XL: always held (一直保持在) under the plan period the paragraph opens with
        (["“十四五”期间,我国经济总量连续跨越110万亿元、120万亿元、130万亿元。我国对世界经济增长的贡献率"
          "一直保持在30%左右。"], UNDATED, 30.0, ("period_average", (2021, 2025))),
        # NX: a level kept in one year of a review stays that year's
        (["2025年，城镇调查失业率保持在5.2%左右。"], {"doc_type": "work_report", "period": (2026, 2026)}, 5.2,
         ("annual", None)),
    ],
)
def test_a_level_held_through_a_span(
    lines: list[str], kwargs: dict[str, Any], value: float, expected: tuple[str, Any]
) -> None:
    found = _by_value(measures_of(lines, **kwargs))[value]
    assert (found.scope, found.period) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # HK, ZX: 在2020年(的)基础上 is the base a promised change counts from, not the value's year
        "到2025年,中國的人均預期壽命在2020年的基礎上繼續提高1歲左右,展望2035年,人均預期壽命達到80歲以上。",
        "到2025年,人均預(yù)期壽命在2020年基礎(chǔ)上繼續(xù)提高1歲左右,人均健康預(yù)期壽命同比例提高。",
    ],
)
def test_a_change_on_the_base_of_a_year(phrase: str) -> None:
    found = _by_value(measures_of([phrase], doc_type="special_plan", period=(2021, 2025)))[1.0]
    assert (found.stance, found.year, found.scope, found.period) == ("target", 2025, "period_cumulative", (2021, 2025))


# CK: a look back over a plan period, in its last year
FIVE_YEARS = [
    "参考消息网2025-10-07号报道",
    "今年是“十四五”规划收官之年。这五年,33条国家高速公路主线基本贯通,我国高速公路里程达19.1万公里。",
    "截至2024年底,公路总里程达549万公里,比“十三五”末增加约29万公里。",
    "这五年,公众出行体验更美好。全国累计建设充电停车位6.2万个,服务区充电桩覆盖率达98.4%。",
]


def test_a_look_back_on_a_plan_period_in_its_last_year() -> None:
    found = _by_value(measures_of(FIVE_YEARS, **UNDATED))
    assert {m.stance for m in found.values()} == {"actual"}
    assert (found[19.1].year, found[549.0].year, found[29.0].year) == (2025, 2024, 2024)
    assert (found[29.0].scope, found[29.0].period) == ("period_cumulative", (2021, 2024))
    assert (found[6.2].scope, found[6.2].period) == ("period_cumulative", (2021, 2025))
    # read after the plan period ended, the same text is a review written after it
    later = ["参考消息网2026-01-05号报道", *FIVE_YEARS[1:]]
    lines = make_lines(later)
    assert profile(document("other", None, None, len(lines)), lines).report_year == 2026


def test_ten_years_of_change() -> None:
    # JY: 十年提高了23.6个百分点 in a text on 2021 adds up over the ten years
    found = _by_value(measures_of(["2021年,全国共有幼儿园29.5万所,毛入园率达到了88.1%,十年提高了23.6个百分点,"
                                   "实现基本普及。"], **UNDATED))
    assert (found[88.1].year, found[88.1].scope) == (2021, "annual")
    assert (found[23.6].scope, found[23.6].period) == ("period_cumulative", (2012, 2021))


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        # 国家统计局's grain announcements without their title: 2016 (traditional, a converter's 。 in the
        # sources), 2019 (据对…), the 2018 summer grain (根据对…的调查)
        (["根據國家統(tǒng)計局對全國31個?。▍^(qū)、市)農業(yè)生產經營戶的抽樣調查和農業(yè)生產經營單位的全面統(tǒng)計,"
          "2016年全國糧食播種面積、單位面積產量、糧食總產量如下: 一、全國糧食播種面積113028.2千公頃(169542.3萬畝),"
          "比2015年減少314.7千公頃(472.1萬畝),減少0.3%。"], 2016),
        (["據(jù)國(guó)家統(tǒng)計局官網(wǎng)消息,據(jù)對(duì)全國(guó)31個(gè)省(區(qū)、市)的抽樣調(diào)查和農(nóng)業(yè)"
          "生產(chǎn)經(jīng)營(yíng)單位的全面統(tǒng)計(jì),2019年全國(guó)糧食播種面積、單位面積產(chǎn)量、總產(chǎn)量如下:",
          "三、全國(guó)糧食總產(chǎn)量66384萬(wàn)噸(13277億斤),"
          "比2018年增加594萬(wàn)噸(119億斤),增長(zhǎng)0.9%。"], 2019),
        (["根据对全国25个夏粮生产省(区、市)的调查,2018年全国夏粮播种面积、单位面积产量、总产量如下:",
          "三、全国夏粮总产量13872万吨(2774亿斤),比2017年减少306万吨(61亿斤),下降2.2%。"], 2018),
    ],
)
def test_an_announcement_of_survey_results_is_of_the_year_it_names(lines: list[str], year: int) -> None:
    found = measures_of(lines, **UNDATED)
    assert {(m.stance, m.year) for m in found} == {("actual", year)}


def test_the_next_years_of_a_report() -> None:
    # 台海网 on the 2018 national work report: 今后三年…年均 covers 2018-2020
    phrase = ("从必要性来看,要完成经济总量在2020年比2010年翻一番的目标,今后三年GDP年均增长6.3%以上就可以,"
              "收入只需要年均增长4.7%以上就可以了。")
    found = _by_value(measures_of([phrase], doc_type="work_report", period=(2018, 2018)))
    assert (found[6.3].scope, found[6.3].period) == ("period_average", (2018, 2020))
    assert (found[4.7].scope, found[4.7].period) == ("period_average", (2018, 2020))


@pytest.mark.parametrize(
    ("phrase", "years"),
    [
        # 江西 (mid-term review, 2018): a part of a year in the list, the subject between the list and 分别
        ("2016年、2017年和2018年上半年全省地区生产总值分别增长9%、8.8%、9%,均高于年均增长8.5%左右的规划目标。",
         [2016, 2017, 2018]),
        # 湖北日报 (traditional): a comma after the list, a name with a number in brackets before 分别
        ("其中,2016年、2017年、2018年上半年,全省細(xì)顆粒物(PM2.5)未達(dá)標(biāo)地級及以上城市濃度分別較2015年"
         "下降16.7%、21.2%、21.2%,規(guī)劃期末目標(biāo)為下降20%。", [2016, 2017, 2018]),
        ("2016年、2017年、2018年上半年居民人均可支配收入分別為21787元、23757元和12541元。", [2016, 2017, 2018]),
    ],
)
def test_years_listed_before_respectively(phrase: str, years: list[int]) -> None:
    found = measures_of([phrase], doc_type="work_report", period=(2019, 2019))
    assert [m.year for m in found][: len(years)] == years


# 江西 and 甘肃: a dated report on a plan's mid-term review
MIDTERM_OPENINGS = [
    (["欢迎您,", "关于《江西省国民经济和社会发展第十三个五年规划纲要》实施中期评估报告",
      "——2018年11月27日在省十三届人大常委会第九次会议上"], "2018-11-27"),
    (["关于《甘肃省国民经济和社会发展第十三个五年规划纲要》实施情况的中期评估报告",
      "——2018年11月26日在省十三届人大常委会第七次会议上"], "2018-11-26"),
]


@pytest.mark.parametrize(("opening", "issued"), MIDTERM_OPENINGS)
def test_a_dated_mid_term_review_reports_the_years_up_to_its_delivery(opening: list[str], issued: str) -> None:
    lines = make_lines([*opening, "2017年,常住人口城镇化率54.6%,比2015年提高3个百分点。"])
    prof = profile(document("fyp_outline", (2016, 2020), issued, len(lines)), lines)
    assert (prof.doc_type, prof.report_year) == ("work_report", 2019)
    # the plan itself, dated, stays a plan
    plan = make_lines(["江西省国民经济和社会发展第十三个五年规划纲要",
                       "——2016年1月28日在江西省第十二届人民代表大会第五次会议上"])
    assert profile(document("fyp_outline", (2016, 2020), "2016-01-28", len(plan)), plan).doc_type == "fyp_outline"


# 湖北日报 (traditional, undated) and 江西 (dated): the plan's own goals quoted in its mid-term review
HUBEI_REVIEW = [
    "湖北日報訊 (記者王馨)11月中旬,省十三屆人大常委會第六次會議聽取和審議了湖北省“十三五”規劃綱要(以下簡稱“綱要”)"
    "實施情況中期評估的報告。",
    "其中,2016年、2017年、2018年上半年,全省細顆粒物(PM2.5)未達標地級及以上城市濃度分別較2015年下降16.7%、21.2%、21.2%,"
    "規劃期末目標為下降20%;劣Ⅴ類水體比例分別為4.4%、4.4%、2.6%,規劃期末目標為6.1%。",
]
JIANGXI_REVIEW = [*MIDTERM_OPENINGS[0][0],
                  "2016年、2017年和2018年上半年全省地区生产总值分别增长9%、8.8%、9%,均高于年均增长8.5%左右的规划目标。"]


def test_a_plan_goal_quoted_in_its_review_is_a_promise_of_the_plan_end() -> None:
    hubei = {m.value: m for m in measures_of(HUBEI_REVIEW, doc_type="other", period=(2016, 2020))}
    assert (hubei[20.0].stance, hubei[20.0].year, hubei[20.0].period) == ("target", 2020, (2016, 2020))
    assert (hubei[6.1].stance, hubei[6.1].year) == ("target", 2020)
    assert (hubei[16.7].stance, hubei[16.7].year) == ("actual", 2016)
    jiangxi = measures_of(JIANGXI_REVIEW, period=(2016, 2020), issued="2018-11-27")
    assert [(m.value, m.stance, m.year, m.scope, m.period) for m in jiangxi] == [
        (9.0, "actual", 2016, "annual", None), (8.8, "actual", 2017, "annual", None),
        (9.0, "actual", 2018, "annual", None), (8.5, "target", 2020, "period_average", (2016, 2020))]
    # the same goal words in a plan's own text: no review, no plan of a review (the plan's reading stands)
    plan = {m.value: m for m in measures_of([JIANGXI_REVIEW[-1]], period=(2016, 2020))}
    assert plan[8.5].stance == "target"
