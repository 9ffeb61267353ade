"""A document the tracking rules never saw: Shaanxi's 2026 work report (examples/track_unseen).

Expectations were read off the text by hand (see examples/track_unseen/README.md): its 2026
targets, its 2025 results and its 十四五 (2021–2025) averages, each with the indicator, scope and
period the rules must give them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace import pipeline, tracking
from plantrace.store import open_store
from plantrace.store import track as track_store

UNSEEN = Path(__file__).resolve().parents[2] / "examples" / "track_unseen"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("unseen") / "shaanxi.db")
    report = pipeline.ingest_paths([UNSEEN / "shaanxi_work_report_2026.txt"], path)
    assert not report.failures
    tracking.build_tracking(path)
    return path


def test_targets_of_the_year(db: str) -> None:
    rows = tracking.status_rows(tracking.tracking_status(db, jurisdiction="陕西省", year=2026))
    got = {(r["indicator"], r["target"]["value"], r["target"]["comparator"]) for r in rows}
    assert {("地区生产总值增长", 5.0, "~"), ("一般公共预算收入增长", 3.0, "="), ("城镇新增就业", 40.0, ">="),
            ("城镇调查失业率", 5.5, "~"), ("居民消费价格涨幅", 2.0, "~")} <= got
    relational = [r for r in rows if r["target"]["comparator"] in ("sync", "gt")]
    assert [r["target"]["comparator"] for r in relational] == ["gt"]    # 居民收入增速高于经济增速
    assert all(r["status"] == "no_data" for r in rows)                   # nothing reports on 2026 yet


def test_results_of_the_year_before_and_of_the_plan_period(db: str) -> None:
    with open_store(db, write=False) as store:
        rows = track_store.observations(store.conn, jurisdiction="陕西省")
    got = {(r["indicator"], r["year"], r["scope"], r["period_start"], r["value"]) for r in rows}
    assert ("国内生产总值增长", 2025, "annual", None, 5.1) in got
    assert ("城镇新增就业", 2025, "annual", None, 44.1) in got
    assert ("居民人均可支配收入实际增长", 2025, "annual", None, 5.6) in got
    assert ("国内生产总值增长", 2025, "period_average", 2021, 5.2) in got             # 年均增长5.2％
    assert ("一般公共预算收入增长", 2025, "period_average", 2021, 7.8) in got         # not 十三五: 较“十三五”末
    assert ("规模以上工业增加值增长", 2025, "period_average", 2021, 7.0) in got
    assert not any(r["indicator"] == "广义货币M2增长" for r in rows)                  # PM2.5 is not M2


def test_entered_values_judge_the_targets(db: str, tmp_path: Path) -> None:
    copy = str(tmp_path / "shaanxi.db")
    shutil.copy(db, copy)
    when = "2027-02-01T00:00:00+00:00"
    for indicator, value in (("地区生产总值增速", 5.3), ("居民人均可支配收入增长", 5.0)):
        tracking.add_observation(copy, jurisdiction="陕西省", indicator=indicator, year=2026, value=value,
                                 unit="%", source="2026年陕西省统计公报（示例）", who="测试员", when=when)
    rows = tracking.status_rows(tracking.tracking_status(copy, jurisdiction="陕西省", year=2026))
    gdp = next(r for r in rows if r["indicator"] == "地区生产总值增长")
    assert gdp["status"] == "met" and gdp["observation"]["origin"] == "entered"
    assert "shaanxi_work_report_2026.txt" in gdp["explanation"] and "统计公报" in gdp["explanation"]
    income = next(r for r in rows if r["target"]["comparator"] == "gt")
    assert income["status"] == "not_met" and income["rule"] == "status.relational.v1"   # 5.0 is not above 5.3
