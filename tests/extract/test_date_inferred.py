"""``date_inferred``: a document whose year came from its own words, not its metadata, says so (pipeline and store)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.pipeline import ingest_paths, process_file
from plantrace.store import open_store

# 川观新闻 on 宜宾's 2026 work report (a dev document, 2026): no date; its lead asks what the year's priorities are
YIBIN_2026 = [
    "川观新闻记者 陈俊伶/文字 川观新闻宜宾观察 罗顺/图片",
    "",
    "宜宾市第六届人民代表大会第七次会议",
    "1月20日上午,宜宾市第六届人民代表大会第七次会议召开,宜宾市长杜海洋向大会作政府工作报告。",
    "2026年宜宾经济社会发展的重点是什么?又有哪些发展目标?记者从会上了解到,今年宜宾将重点围绕以下八个方面开展工作。",
    "突出建圈强链 ,加快建设制造强市。力争动力电池产业营业收入达到1500亿元。",
]
# 今日湖北's digest of 湖北's 2016 work report (a dev document, 2016, simplified here): no date, no 2016
HUBEI_2016 = [
    "湖北省十二届人大四次会议今日上午开幕,省长王国生向大会作政府工作报告。以下为录音摘要:",
    "2015年这些数据很给力",
    "2015年社会消费品零售总额达到13978亿元,居全国第6位;建筑业总产值突破1万亿元,由全国第9位进至第3位。",
]

# 宜宾's 2022 work report (a dev document, bx2200, its fifth line cut to its estimate): no date, 预计2021年 -> 2022
YIBIN_2022 = [
    "各位代表:",
    "我代表市人民政府,向大会报告工作,请予审议,并请市政协委员提出意见。",
    "一、过去五年工作回顾",
    "过去五年,是宜宾经济社会发展实现跨越提升、具有里程碑意义的五年。",
    "过去五年,我们始终牢记嘱托、勇担使命,综合实力实现跨越提升。预计2021年全市地区生产总值突破3000亿元、年均增长8.1%,"
    "总量由全省第4位跃升至第3位。",
]
# 邯郸's 2025 work report (a dev document, cezhidao): no date; its review opens on a heading naming 2024
HANDAN_2025 = [
    "各位代表:",
    "现在,我代表市人民政府向大会报告工作,请予审议,并请市政协各位委员和列席同志提出意见。",
    "2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单",
    "过去的一年,奋斗充满艰辛,成绩殊为不易。",
    "(一)经济实力实现新跃升。地区生产总值完成4704.3亿元、增长6.1%,规模以上工业增加值增长9.5%,增速均居全省第一。",
]
# the third part of a 海南 county's 2024 work report (a dev excerpt): no date; a heading opens the plans of 2024
HAINAN_COUNTY_2024 = [
    "今年经济社会发展主要预期目标是:全县地区生产总值增长8%左右,一般公共预算收入增长8%左右。",
    "三、2024年主要工作安排",
    "围绕上述目标,重点抓好以下九个方面工作:",
]
# 平顶山 2025 (a dev document, trnww, simplified here): news of the report's targets, 今年是“十四五”规划收官之年
PINGDINGSHAN_2025 = [
    "我市工作总体要求和主要目标确定",
    "政府工作报告确定了我市今年工作总体要求和主要目标。",
    "报告指出,今年是“十四五”规划收官之年、谋划“十五五”发展之年,也是进一步全面深化改革的重要一年。",
    "主要预期目标是:经济增长6.5%左右,研发经费投入强度2%以上,规上工业增加值增长7.5%以上。",
]
# 网易's news of 江西's cities' 2026 targets (a dev document, 163): no date; 今年是“十五五”规划开局起步之年
JIANGXI_2026 = [
    "江西城市“超车记”②:11设区市立下“军令状”,谁将一马当先?",
    "马年春节假期过后,实干为要更为紧迫,更需以奋跃而上的姿态抢抓开局。",
    "今年是“十五五”规划开局起步之年,站在新的历史起点,赣鄱大地春潮涌动,千帆竞发。",
    "全国两会召开在即,江西11个设区市今年如何落子布局,确保既定“KPI”高质量完成?这不仅关乎一域之发展,更事关“十五五”能否开好局、起好步。",
]

# 泰兴's 2010 work report digest (a dev document, traditional, simplified here): no date; its opening looks back on 2009
TAIXING_2010 = [
    "2009年,金融危机肆虐,但是通过全市上下的齐心努力,我市经济平稳较快增长,各项社会事业协调进步。",
    "全市实现地区生产总值425亿元,增长15.5%。",
]
# 池州's 2025 work report, its second page (a dev document, bx2200): no date; its lead names the plan's last year
CHIZHOU_2025 = [
    "二、2025年工作安排",
    "今年是实施“十四五”规划的收官之年,也是池州现代化建设的重要一年。",
    "今年经济社会发展的主要预期目标是:地区生产总值增长6.5%以上,固定资产投资增长8%以上。",
]
# 經濟通's news of the 14th FYP's transport results (a dev document, etnet, traditional; its page date line left
# out): it states results of 2024 inside the plan period, so it was written in 2025
TRANSPORT_RESULTS_2025 = [
    "《駐京專電》交通部:「十四五」前4年交通固投同比增23%",
    "《經濟通通訊社駐京記者黃燕明21日北京專電》交通運輸部部長劉偉在國新辦發布會上表示,截至2024年底,鐵路營業里程達到"
    "16.2萬公里,比「十三五」末增加了約1.6萬公里,其中高鐵增加了1萬公里。",
]


def _write(tmp_path: Path, lines: list[str], name: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("lines", "year", "line", "reason"), [
    (YIBIN_2026, 2026, 5, "lead_priorities"),
    (HUBEI_2016, 2016, 3, "stated_results"),
    (YIBIN_2022, 2022, 5, "estimated_year"),
    (HANDAN_2025, 2025, 3, "review_heading"),
    (HAINAN_COUNTY_2024, 2024, 2, "plan_heading"),
    (PINGDINGSHAN_2025, 2025, 3, "plan_place"),
    (JIANGXI_2026, 2026, 3, "plan_place"),
    (TAIXING_2010, 2010, 1, "opening_review"),
    (CHIZHOU_2025, 2025, 2, "plan_place"),
    (TRANSPORT_RESULTS_2025, 2025, 2, "stated_results"),
])
def test_a_year_read_from_the_text_is_said_out_loud(
        tmp_path: Path, lines: list[str], year: int, line: int, reason: str) -> None:
    parsed, _ = process_file(_write(tmp_path, lines, "news.txt"))
    inferred = [w for w in parsed.document.warnings if w.code == "date_inferred"]
    assert [(w.line_start, w.line_end) for w in inferred] == [(line, line)]
    assert inferred[0].message.startswith(f"Year {year} inferred from the text ({reason}): 年份由正文推断：第{line}行“")
    assert lines[line - 1].replace(" ", "")[:20] in inferred[0].message  # (the spaces of a heading closed up)


@pytest.mark.parametrize(("lines", "date"), [
    (YIBIN_2026, "2026-01-21 08:30"),
    (YIBIN_2022, "2022-01-10 09:00"),
    (HAINAN_COUNTY_2024, "2024-01-25 10:12"),
    (PINGDINGSHAN_2025, "2025-01-16 07:45"),
])
def test_a_dated_text_has_no_such_warning(tmp_path: Path, lines: list[str], date: str) -> None:
    """The same texts with their page's date: the year is the date's, nothing is inferred."""
    dated = [*lines[:3], date, *lines[3:]]
    parsed, _ = process_file(_write(tmp_path, dated, "dated.txt"))
    assert "date_inferred" not in [w.code for w in parsed.document.warnings]


def test_the_warning_survives_ingest_into_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    report = ingest_paths([_write(tmp_path, YIBIN_2026, "yibin.txt")], db)
    assert not report.failures
    store = open_store(db, write=False)
    try:
        warnings = store.document("yibin")["warnings"]
    finally:
        store.close()
    assert [(w["code"], w["line_start"]) for w in warnings if w["code"] == "date_inferred"] == [("date_inferred", 5)]
