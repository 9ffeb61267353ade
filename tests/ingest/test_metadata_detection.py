"""Metadata: title, jurisdiction, level, type, period, date and script of the corpus and of
openings written in the style of other governments' documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrace.ingest import load
from plantrace.ingest.clean import clean
from plantrace.ingest.dates import cn_int, explicit_period, fyp_years, report_year
from plantrace.ingest.metadata import detect_metadata, document_id, region_prefix
from plantrace.models import Document, SourceText

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
GZ_FYP = "广州市国民经济和社会发展第十四个五年规划和年远景目标纲要"  # 2035 was lost in scraping
HZ = "廣州市海珠區國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要"
CH = "广州市从化区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
LW = "广州市荔湾区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
FYP14 = (2021, 2025)
BODY = [
    "各位代表:",
    "现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。",
    "一、2021年工作回顾",
    "过去一年,我们坚持稳中求进工作总基调,全市经济社会发展取得新成效。",
]


@pytest.mark.parametrize(
    ("name", "title", "jurisdiction", "level", "doc_type", "period", "issued", "script"),
    [
        ("guangzhou_fyp14_outline_partial.txt", GZ_FYP, "广州市", "city", "fyp_outline", FYP14, None, "hans"),
        ("haizhu_fyp14_outline_hant.txt", HZ, "广州市海珠区", "district", "fyp_outline", FYP14, "2021-07-26", "hant"),
        ("conghua_fyp14_outline_2022.txt", CH, "广州市从化区", "district", "fyp_outline", FYP14, None, "hans"),
        ("liwan_fyp14_outline_scraped.txt", LW, "广州市荔湾区", "district", "fyp_outline", FYP14, None, "hans"),
        ("guangzhou_work_report_2021.txt", "广州市人民政府工作报告(2021年)", "广州市", "city", "work_report",
         (2021, 2021), "2021-01-29", "hans"),
        ("national/national_work_report_2010.txt", "国务院政府工作报告(2010年)", "中华人民共和国", "national",
         "work_report", (2010, 2010), None, "hans"),
        ("national/national_work_report_2017.txt", "国务院政府工作报告(2017年)", "中华人民共和国", "national",
         "work_report", (2017, 2017), "2017-03-05", "hans"),
        ("national/national_work_report_2001.txt", "国务院政府工作报告(2001年)", "中华人民共和国", "national",
         "work_report", (2001, 2001), None, "hans"),
    ],
)
def test_corpus_metadata(
    name: str, title: str, jurisdiction: str, level: str, doc_type: str,
    period: tuple[int, int], issued: str | None, script: str,
) -> None:
    document, cleaned = load(CORPUS / name)
    got = (document.title, document.jurisdiction, document.level, document.doc_type, document.period,
           document.issued, document.script)
    assert got == (title, jurisdiction, level, doc_type, period, issued, script)
    assert document.lines == len(cleaned.lines)
    assert document.id == document_id(document.sha256, document.source)


@pytest.mark.parametrize("year", range(2000, 2020))
def test_every_national_report_knows_its_year(year: int) -> None:
    document, _ = load(CORPUS / "national" / f"national_work_report_{year}.txt")
    assert document.title == f"国务院政府工作报告({year}年)"
    assert document.period == (year, year)
    assert (document.level, document.doc_type) == ("national", "work_report")
    assert [w.code for w in document.warnings if w.code == "title_inferred"] == ["title_inferred"]


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("liwan_fyp14_outline_scraped.txt", ["truncated"]),  # the page title on L3 is cut off
        ("haizhu_fyp14_outline_hant.txt", []),
        ("guangzhou_work_report_2021.txt", []),
    ],
)
def test_corpus_warnings(name: str, codes: list[str]) -> None:
    assert [w.code for w in load(CORPUS / name)[0].warnings] == codes


def detect(lines: list[str]) -> Document:
    source = SourceText(source="t.txt", sha256="ab" * 32, format="txt", encoding="utf-8", lines=tuple(lines))
    return detect_metadata(clean(source))


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (["浙江省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"],
         ("浙江省", "province", "fyp_outline", FYP14)),
        (["北京市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"],
         ("北京市", "province", "fyp_outline", FYP14)),
        (["内蒙古自治区国民经济和社会发展第十三个五年规划纲要"],
         ("内蒙古自治区", "province", "fyp_outline", (2016, 2020))),
        (["湖南省长沙市长沙县国民经济和社会发展第十四个五年规划纲要"],
         ("湖南省长沙市长沙县", "county", "fyp_outline", FYP14)),
        (["杭州市余杭区“十四五”生态环境保护规划"], ("杭州市余杭区", "district", "special_plan", FYP14)),
        (["成都市综合交通运输发展规划(2021—2025年)"], ("成都市", "city", "special_plan", FYP14)),
        (["2020年深圳市国民经济和社会发展统计公报"], ("深圳市", "city", "statistical_bulletin", (2020, 2020))),
        (["深圳市2020年国民经济和社会发展统计公报"], ("深圳市", "city", "statistical_bulletin", (2020, 2020))),
        (["武汉市人民政府工作报告", *BODY], ("武汉市", "city", "work_report", (2022, 2022))),
        (["南沙區國民經濟和社會發展第十四個五年規劃綱要"], ("南沙区", "district", "fyp_outline", FYP14)),
    ],
)
def test_written_openings(opening: list[str], expected: tuple[object, ...]) -> None:
    document = detect([*opening, *BODY[1:2]])
    assert (document.jurisdiction, document.level, document.doc_type, document.period) == expected
    assert document.title == opening[0]


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("——2022年1月6日在武汉市第十五届人民代表大会第一次会议上", "2022-01-06"),
        ("2021年7月26日", "2021-07-26"),
        ("二〇二一年二月二十日", "2021-02-20"),
        ("(2021年4月20日广州市十五届人民代表大会第六次会议批准)", "2021-04-20"),
        ("(年4月20日广州市十五届人民代表大会第六次会议批准)", None),  # a deleted year is not guessed
        ("2021年2月30日", None),
        ("时间:2021-02-04 来源:广州日报", None),  # web chrome, removed before dates are read
    ],
)
def test_issued_dates(line: str, issued: str | None) -> None:
    assert detect(["某某市人民政府工作报告", line, *BODY]).issued == issued


GOV_CN_PAGE = """首页 | 政务公开 | 政务服务 | 互动交流
字号：大 中 小
打印
国务院关于印发“十四五”数字经济发展规划的通知
国发〔2021〕29号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
现将《“十四五”数字经济发展规划》印发给你们，请认真贯彻执行。
国务院
2021年12月12日
（此件公开发布）
“十四五”数字经济发展规划
数字经济是继农业经济、工业经济之后的主要经济形态，是以数据资源为关键要素的新经济形态。
一、发展现状和形势
“十三五”时期，我国深入实施数字经济发展战略，不断完善数字基础设施，加快培育新业态新模式。
【我要纠错】 责任编辑：张三
扫一扫在手机打开当前页""".splitlines()

PROVINCE_REPORT = """政府工作报告
——2023年1月12日在广东省第十四届人民代表大会第一次会议上
广东省省长 王伟中
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、过去五年工作回顾
过去五年，全省经济总量连续跨越10万亿元、11万亿元、12万亿元台阶。""".splitlines()


def test_state_council_notice_page() -> None:
    source = SourceText(source="p.txt", sha256="cd" * 32, format="txt", encoding="utf-8", lines=tuple(GOV_CN_PAGE))
    cleaned = clean(source)
    assert [(r.line_start, r.line_end, r.reason) for r in cleaned.removed] == [
        (1, 3, "web_chrome"), (15, 15, "footer"), (16, 16, "web_chrome"),
    ]
    document = detect_metadata(cleaned)
    assert (document.title, document.jurisdiction, document.level, document.doc_type, document.period,
            document.issued) == ("“十四五”数字经济发展规划", "中华人民共和国", "national", "special_plan",
                                 FYP14, "2021-12-12")


def test_province_report_names_its_issuer_in_the_session_line() -> None:
    document = detect(PROVINCE_REPORT)
    assert (document.title, document.jurisdiction, document.level, document.doc_type, document.period,
            document.issued) == ("政府工作报告", "广东省", "province", "work_report", (2023, 2023), "2023-01-12")


def test_notice_title_beats_cited_titles() -> None:
    document = detect([
        "广州市人民政府关于印发广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知",
        "根据《中共广州市委关于制定广州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制,"
        "主要阐明全市发展战略。",
    ])
    assert document.title == "广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert document.issued is None


def test_text_ending_mid_sentence_is_truncated() -> None:
    document = detect(["武汉市人民政府工作报告", *BODY, "我们将继续推进城市更新,完善"])
    warnings = [(w.code, w.line_start) for w in document.warnings]
    assert warnings == [("truncated", 6)]


@pytest.mark.parametrize("ending", [["海珠区人民政府", "2021年7月26日"], ["(此件公开发布)"], []])
def test_sign_off_lines_are_not_truncation(ending: list[str]) -> None:
    document = detect(["武汉市人民政府工作报告", *BODY, *ending])
    assert not document.warnings


def test_untitled_text_gets_an_inferred_title() -> None:
    document = detect(["关于加强城市更新工作的几点思考", "城市更新是一项系统工程,需要统筹推进。"])
    assert document.title == "关于加强城市更新工作的几点思考"
    assert document.doc_type == "other"
    assert [w.code for w in document.warnings] == ["title_inferred"]


@pytest.mark.parametrize(
    ("title", "region"),
    [
        ("广州市海珠区国民经济", ("广州市海珠区", "district")),
        ("广州市人民政府工作报告", ("广州市", "city")),
        ("上海市浦东新区发展规划", ("上海市浦东新区", "district")),
        ("北京市城市总体规划", ("北京市", "province")),
        ("全市经济工作", None),
        ("国民经济和社会发展", None),
    ],
)
def test_region_prefix(title: str, region: tuple[str, str] | None) -> None:
    found = region_prefix(title)
    assert (found and (found.name, found.level)) == region or (found is None and region is None)


@pytest.mark.parametrize(("text", "value"), [("九", 9), ("十", 10), ("十四", 14), ("二十", 20), ("二〇二一", 2021)])
def test_cn_int(text: str, value: int) -> None:
    assert cn_int(text) == value


@pytest.mark.parametrize(("ordinal", "years"), [(1, (1953, 1957)), (3, (1966, 1970)), (11, (2006, 2010)),
                                                 (14, (2021, 2025))])
def test_fyp_years(ordinal: int, years: tuple[int, int]) -> None:
    assert fyp_years(ordinal) == years


_PIECES = st.sampled_from([
    "广州市", "海珠区", "人民政府", "工作报告", "(2021年)", "第十四个五年规划", "纲要", "——", "2021年7月26日",
    "关于印发", "的通知", "《", "》", "各位代表:", "我代表国务院", "。", "统计公报", "“十四五”", "澳门在线网投平台",
    "二〇二一年二月三十日", "(2025—2021年)", "从2019年的", "增加到2020年", "工作回顾",
])
_LINE = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=8).map("".join)


@given(st.lists(_LINE.map(lambda s: s.replace("\n", "").replace("\r", "")), max_size=15))
@settings(max_examples=200, deadline=None)
def test_detect_metadata_never_crashes(lines: list[str]) -> None:
    document = detect(lines)
    assert document.lines == len(lines)
    assert document.level in {"national", "province", "city", "district", "county", "unknown"}
    assert document.period is None or document.period[0] <= document.period[1]
    assert document.issued is None or len(document.issued) == 10


# Jurisdictions and levels from the national gazetteer (plantrace.gazetteer) ------------------


@pytest.mark.parametrize(
    ("title", "region"),
    [
        ("新疆维吾尔自治区国民经济和社会发展第十四个五年规划和2035年远景目标纲要", ("新疆维吾尔自治区", "province")),
        ("宁夏回族自治区2026年政府工作报告", ("宁夏回族自治区", "province")),
        ("广西壮族自治区“十四五”交通运输发展规划", ("广西壮族自治区", "province")),
        ("重庆市国民经济和社会发展统计公报", ("重庆市", "province")),
        ("黔东南苗族侗族自治州2025年政府工作报告", ("黔东南苗族侗族自治州", "city")),
        ("阿拉善盟2025年国民经济和社会发展统计公报", ("阿拉善盟", "city")),
        ("鄂尔多斯市准格尔旗政府工作报告", ("鄂尔多斯市准格尔旗", "county")),
        ("云南省大理白族自治州宾川县政府工作报告", ("云南省大理白族自治州宾川县", "county")),
        ("西宁市城中区政府工作报告", ("西宁市城中区", "district")),
        ("广州市南沙新区发展规划", ("广州市南沙新区", "district")),
        ("新疆“十四五”规划", ("新疆维吾尔自治区", "province")),  # a short name alone: the full name
        ("贵州省推进城市更新行动方案", ("贵州省", "province")),
    ],
)
def test_region_prefix_from_the_gazetteer(title: str, region: tuple[str, str]) -> None:
    found = region_prefix(title)
    assert found is not None and (found.name, found.level) == region


@pytest.mark.parametrize(
    ("lines", "issued"),
    [
        # 青海省 2026 report page (qhnews.com): a horizontal-bar dash before the date.
        (["政府工作报告", "――2026年1月27日在青海省第十四届人民代表大会第四次会议上", "省长 罗东川"], "2026-01-27"),
        # 贵州省 2026 report (guizhou.gov.cn): the date line in full-width brackets.
        (["政府工作报告", "（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）", "省长 李炳军"], "2026-01-27"),
        # 陕西省 2026 report (shaanxi.gov.cn): the date line opens without a dash.
        (["陕西省2026年政府工作报告", "2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚"],
         "2026-01-27"),
        (["政府工作报告", "——二○二五年一月十五日在某某市第十七届人民代表大会第四次会议上"], "2025-01-15"),
    ],
)
def test_issued_dates_in_other_layouts(lines: list[str], issued: str) -> None:
    document = detect([*lines, *BODY])
    assert document.issued == issued
    assert document.doc_type == "work_report"


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        # 陵川县: the report's own title names the year it plans for, though read in December
        (["2026年政府工作报告", "发布时间:2025-12-30 信息来源:陵川县数据中心", "——2025年12月22日在陵川县第十七届",
          "人民代表大会第七次会议上"], 2026),
        # the same without its title: read in December, a report for the next year
        (["——2025年12月22日在陵川县第十七届", "人民代表大会第七次会议上"], 2026),
        # 广州市, 宁夏, 潮州市: read in January or February, a report for that year
        (["——2021年1月29日在广州市第十五届人民代表大会第六次会议上"], 2021),
        (["——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上"], 2026),
        (["——2021年2月2日在潮州市第十五届"], 2021),
        # 广州市 2017 (a copy whose lost indent became ??) and 宜宾市 2017 (full-width spaces): the date line
        # with a mark or two before it still dates the report, not the 2018 its text looks ahead to
        (["关于广州市政府工作报告", "广州市十五届人大一次会议1月5日开幕,…广州将于2018年率先全面建成小康社会。",
          "??2017年1月5日在广州市第十五届人民代表大会第一次会议上"], 2017),
        (["政府工作报告", "\u3000\u30002017年1月7日在宜宾市第五届人民代表大会第一次会议上"], 2017),
    ],
)
def test_the_year_a_work_report_plans_for(lines: list[str], year: int) -> None:
    assert report_year(lines) == year


@pytest.mark.parametrize(
    ("lines", "jurisdiction"),
    [
        # no title: the place the opening is about, named more than once
        (["2023年,面对多重困难挑战,宜宾市坚持稳中求进,全市经济回升向好。",
          "全年宜宾市实现地区生产总值3806亿元,比上年增长6.5%。"], "宜宾市"),
        # a report's title in 《》 counts twice; the province it sits in, named once, does not win
        (["本报讯 日前,市发改委受市人民政府委托,向人大会议提交了",
          "《关于江阴市2022年国民经济和社会发展计划执行情况的报告》。",
          "报告说,全市上下认真贯彻落实省委决策部署,江苏经济大市勇挑大梁。"], "江阴市"),
        # a county's short name said again and again, beside the province above it
        (["湖南日报讯 在全省县域经济排名中,浏阳连续多年位居第一。",
          "浏阳去年地区生产总值超过1600亿元,浏阳工程机械产业集群规模再创新高。"], "浏阳市"),
        # a province's own short name
        (["1月15日,国家统计局四川调查总队发布四川2023年主要调查数据,",
          "四川城镇居民人均可支配收入增长4.6%。"], "四川省"),
        # the place a speaker names as his government's
        (["各位代表:", "现在,我代表平江县人民政府,向大会报告工作,请予审议。"], "平江县"),
        # a news dateline, a paper or a port named after a place say nothing of the subject
        (["新华社北京3月5日电 国务院新闻办公室今天发布,全国粮食总产量连续多年稳定在1.3万亿斤以上。"],
         "中华人民共和国"),
        (["国家统计局日前发布数据显示,全国规模以上工业增加值同比增长5.6%。"], "中华人民共和国"),
        (["交通运输部介绍,一季度全社会完成营业性货运量121亿吨。"], "中华人民共和国"),
        (["据大众日报报道,经天津港、青岛港中转的集装箱量增长,全市外贸进出口总值增长4.1%。"], ""),
        # places compared, a city's own 全国 title, or a county never named: no place is claimed
        (["前三季度,全县生产总值增速位居全市第一,高于郧西县、竹山县、竹溪县。"], ""),
        (["今年以来,全市经济持续恢复,全国文明城市创建扎实推进,一般公共预算收入增长6%。"], ""),
        (["1-5月,全县一般公共预算收入累计完成34096万元,为年预算的32.3%。"], ""),
    ],
)
def test_jurisdiction_of_a_text_whose_title_names_no_place(lines: list[str], jurisdiction: str) -> None:
    assert detect(lines).jurisdiction == jurisdiction


@pytest.mark.parametrize(
    ("lines", "period"),
    [
        # a title's span in brackets without 年 (能源局 2017), before a later span in the text
        (["4月25日,国家发展与改革委员会和国家能源局印发《能源生产和消费革命战略(2016—2030)》,明确到2020年,…",
          "更远期的目标为,2021~2030年,能源消费总量控制在60亿t标准煤以内"], (2016, 2030)),
        (["《全国农业可持续发展规划(2015—2030年)》"], (2015, 2030)),
        (["到2030年左右达到峰值(2030)"], None),
    ],
)
def test_a_written_period(lines: list[str], period: tuple[int, int] | None) -> None:
    assert explicit_period(lines) == period
