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


def _write(tmp_path: Path, lines: list[str], name: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("lines", "year", "line", "reason"), [
    (YIBIN_2026, 2026, 5, "lead_priorities"),
    (HUBEI_2016, 2016, 3, "stated_results"),
])
def test_a_year_read_from_the_text_is_said_out_loud(
        tmp_path: Path, lines: list[str], year: int, line: int, reason: str) -> None:
    parsed, _ = process_file(_write(tmp_path, lines, "news.txt"))
    inferred = [w for w in parsed.document.warnings if w.code == "date_inferred"]
    assert [(w.line_start, w.line_end) for w in inferred] == [(line, line)]
    assert inferred[0].message.startswith(f"Year {year} inferred from the text ({reason}): 年份由正文推断：第{line}行“")
    assert lines[line - 1][:20] in inferred[0].message


def test_a_dated_text_has_no_such_warning(tmp_path: Path) -> None:
    """The same news with its page's date: the year is the date's, nothing is inferred."""
    dated = [*YIBIN_2026[:3], "2026-01-21 08:30", *YIBIN_2026[3:]]
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
