"""`track build` and `track status` give the same rows on SQLite and on PostgreSQL."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from plantrace import tracking


def _rows(db: str) -> list[dict[str, Any]]:
    tracking.build_tracking(db)
    tracking.add_observation(db, jurisdiction="广州市", indicator="地区生产总值增长", year=2021, value=8.1, unit="%",
                             source="2021年统计公报", who="测试员", when="2026-12-06T00:00:00+00:00")
    rows = tracking.status_rows(tracking.tracking_status(db))
    return sorted(rows, key=lambda r: (r["jurisdiction"], r["indicator"], r["year"], r["target"]["line_start"],
                                       str(r["target"]["surface"])))


def test_same_rows_on_both_engines(sample_db: Path, sample_pg: str, tmp_path: Path) -> None:
    copy = tmp_path / "engines.db"
    shutil.copy(sample_db, copy)
    on_sqlite, on_postgres = _rows(str(copy)), _rows(sample_pg)
    assert on_sqlite and len(on_sqlite) == len(on_postgres)
    assert on_sqlite == on_postgres
    guangzhou = [r for r in on_postgres if r["jurisdiction"] == "广州市" and r["year"] == 2021
                 and r["indicator"] == "地区生产总值增长" and r["scope"] == "annual"]
    assert guangzhou and guangzhou[0]["status"] == "met"
