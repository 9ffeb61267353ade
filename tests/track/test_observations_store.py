"""Template/import round trip (xlsx and csv), clear errors that leave the store unchanged, `track set` history."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from plantrace import tracking
from plantrace.errors import InputError
from plantrace.store import open_store
from plantrace.store import track as track_store

ROWS = [
    {"jurisdiction": "广州市", "indicator": "地区生产总值增长", "year": "2021", "value": "8.1", "unit": "%",
     "scope": "annual", "period_start": "", "period_end": "", "source": "2021年广州市国民经济和社会发展统计公报",
     "note": ""},
    {"jurisdiction": "广州市", "indicator": "城镇新增就业", "year": "2021", "value": "37.6", "unit": "万人",
     "scope": "annual", "period_start": "", "period_end": "", "source": "广州市人社局 2022-01", "note": "年报"},
]


@pytest.fixture()
def db(tmp_path: Path, sample_db: Path) -> str:
    copy = tmp_path / "track.db"
    shutil.copy(sample_db, copy)
    tracking.build_tracking(str(copy))
    return str(copy)


def _stored(db: str) -> list[dict[str, object]]:
    with open_store(db) as store:
        return [r for r in track_store.observations(store.conn) if r["origin"] != "extracted"]


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(rows[0]))
    for row in rows:
        sheet.append(list(row.values()))
    book.save(path)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_template_has_the_columns(tmp_path: Path, suffix: str) -> None:
    from plantrace.track.observations import TEMPLATE_COLUMNS, read_table

    path = tmp_path / f"observations{suffix}"
    tracking.write_template(path)
    rows = read_table(path)
    assert list(rows[0]) == list(TEMPLATE_COLUMNS)
    assert rows[0]["indicator"] == "地区生产总值增长"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_import_round_trip_and_status(tmp_path: Path, db: str, suffix: str) -> None:
    path = tmp_path / f"filled{suffix}"
    _write(path, ROWS)
    assert tracking.import_observations(db, path, who="测试员", when="2026-12-06T03:00:00+00:00") == 2
    stored = _stored(db)
    assert {(r["indicator"], r["value"], r["recorded_by"], r["origin"]) for r in stored} == {
        ("国内生产总值增长", 8.1, "测试员", "imported"), ("城镇新增就业", 37.6, "测试员", "imported")}
    rows = tracking.status_rows(tracking.tracking_status(db, jurisdiction="广州市", indicator="地区生产总值增长"))
    annual = [r for r in rows if r["year"] == 2021 and r["scope"] == "annual"]
    assert annual and annual[0]["observation"]["origin"] == "imported"
    assert annual[0]["status"] == "met" and annual[0]["indicator"] == "地区生产总值增长"
    assert "2021年广州市国民经济和社会发展统计公报" in annual[0]["explanation"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize(("column", "bad", "message"), [
    ("value", "八点一", "value"),
    ("indicator", "幸福指数", "幸福指数"),
    ("unit", "万吨", "万吨"),
    ("source", "", "source"),
    ("scope", "period_average", "period_start"),
])
def test_a_bad_row_imports_nothing(tmp_path: Path, db: str, suffix: str, column: str, bad: str, message: str) -> None:
    rows = [dict(ROWS[0]), {**ROWS[1], column: bad}]
    path = tmp_path / f"bad{suffix}"
    _write(path, rows)
    with pytest.raises(InputError) as caught:
        tracking.import_observations(db, path, who="测试员")
    assert "row 3" in caught.value.message and message in caught.value.message
    assert _stored(db) == []


def test_set_keeps_history_and_the_newest_counts(db: str) -> None:
    first = tracking.add_observation(db, jurisdiction="广州市", indicator="地区生产总值增长", year=2021, value=8.0,
                                     unit="%", source="初步核算", who="甲", when="2026-12-01T00:00:00+00:00")
    second = tracking.add_observation(db, jurisdiction="广州市", indicator="GDP增长", year=2021, value=8.1,
                                      unit="%", source="2021年统计公报", who="乙", when="2026-12-02T00:00:00+00:00")
    stored = _stored(db)
    assert {r["value"] for r in stored} == {8.0, 8.1}
    assert first.id != second.id
    view = tracking.indicator_view(db, "地区生产总值增长", "广州市")
    counting = [o for o in view["observations"] if o["counts"] and o["year"] == 2021]
    assert [o["value"] for o in counting] == [8.1]
    assert [o["recorded_by"] for o in view["observations"] if o["origin"] == "entered"] == ["甲", "乙"]


def test_set_rejects_a_unit_that_does_not_fit(db: str) -> None:
    with pytest.raises(InputError):
        tracking.add_observation(db, jurisdiction="广州市", indicator="地区生产总值增长", year=2021, value=8.1,
                                 unit="亿元", source="公报", who="甲")
    assert _stored(db) == []


def test_cli_build_and_status_json_follow_the_contract(tmp_path: Path, sample_db: Path) -> None:
    import json
    import subprocess
    import sys

    copy = tmp_path / "cli.db"
    shutil.copy(sample_db, copy)
    exe = str(Path(sys.executable).parent / "plantrace")
    built = subprocess.run([exe, "track", "build", "--db", str(copy)], capture_output=True, text=True, check=True)
    assert "targets" in built.stdout
    out = subprocess.run([exe, "track", "status", "--db", str(copy), "--jurisdiction", "中华人民共和国", "--json"],
                         capture_output=True, text=True, check=True).stdout
    rows = json.loads(out)
    assert rows
    for row in rows:
        for key in ("indicator", "jurisdiction", "unit", "direction", "scope", "year", "target", "observation",
                    "status", "label", "rule", "explanation", "doc", "source", "line_start", "line_end"):
            assert key in row
        assert row["scope"] in ("annual", "period")
        assert row["status"] in ("met", "not_met", "ahead", "on_track", "lagging", "no_data")
        for key in ("doc", "source", "line_start", "line_end", "surface", "value", "value_max", "comparator"):
            assert key in row["target"]
        if row["observation"] is not None:
            for key in ("doc", "source", "line_start", "line_end", "surface", "value", "year", "origin"):
                assert key in row["observation"]
    # the 2016 report's 十三五 target: a five-year total, nothing later in this store -> 无数据
    plan = [r for r in rows if r["indicator"] == "城镇新增就业" and r["period"] == [2016, 2020]]
    assert plan and plan[0]["target"]["value"] == 5000 and plan[0]["measure_scope"] == "period_cumulative"
    assert (plan[0]["status"], plan[0]["label"], plan[0]["observation"]) == ("no_data", "无数据", None)
    bad = subprocess.run([exe, "track", "show", "幸福指数", "--jurisdiction", "中华人民共和国", "--db", str(copy)],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 1 and "Error:" in bad.stderr and "Hint:" in bad.stderr
