"""An undated work report's news that sets out to open a plan well (奋力实现“十五五”良好开局) plans that plan's first
year; one that lays the ground for the opening (为实现“十五五”良好开局打牢基础) is of the year before, and is not
dated so (issue #8; docs/contracts.md, the order in which an undated text's own words date it).

Phrases: 福州's 2026 work report news (FZ, 福州晚报, a dev document); 中共中央政治局's meeting of 2026-04-28
(ZZJ, 新华网: 强调实现“十五五”良好开局); 中央经济工作会议 of 2024 on 2025's work (ZJ, as 光明论坛 quotes it).
"""

from __future__ import annotations

from measures_support import document

from plantrace.extract.measures.dating import profile
from plantrace.ingest.normalise import make_lines

# FZ
FUZHOU = [
    "政府工作报告提出全市经济社会发展主要预期目标",
    "今年地区生产总值增长5.5%左右",
    "20日,提请市十六届人大五次会议审议的政府工作报告,提出了今年全市经济社会发展主要预期目标。",
    "根据市委统一部署,今年市政府工作总体要求是:…保持社会和谐稳定,奋力实现“十五五”良好开局。",
    "今年经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,在实际工作中努力争取更好结果;规上工业增加值增长6.5%。",
]
# ZZJ (the lead of its news, as a work report's news would put it)
POLITBURO = [
    "会议分析研究当前经济形势和经济工作,强调实现“十五五”良好开局。",
    "今年要持续扩大内需、优化供给,城镇新增就业1200万人以上。",
]
# ZJ: the year before the plan lays the ground for its opening
GROUNDWORK = [
    "会议要求,明年要坚持稳中求进、以进促稳,确保高质量完成“十四五”规划目标任务,实现“十五五”良好开局打牢基础。",
    "今年要持续扩大内需,城镇新增就业1200万人以上。",
]


def _year(raw: list[str]) -> tuple[int | None, str | None]:
    lines = make_lines(raw)
    prof = profile(document("work_report", None, None, len(lines)), lines)
    return prof.report_year, prof.inferred.reason if prof.inferred else None


def test_a_plan_set_out_to_open_well_dates_the_text_to_its_first_year() -> None:
    assert _year(FUZHOU) == (2026, "plan_place")
    assert _year(POLITBURO) == (2026, "plan_place")


def test_the_ground_laid_for_the_opening_gives_no_year() -> None:
    assert _year(GROUNDWORK)[0] != 2026
