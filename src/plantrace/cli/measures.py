"""CLI commands of the measures issue (added to the `plantrace` group by cli/main.py)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from plantrace import pipeline
from plantrace.cli.output import (
    DB_OPTION,
    JSON_OPTION,
    given_metadata,
    given_options,
    print_json,
    print_table,
    reading_options,
)
from plantrace.models import Measure

SCOPES = ("annual", "period_average", "period_cumulative")
KINDS = ("level", "growth", "share", "count", "change", "ratio", "rank", "other")
_FILE_COLUMNS = ["line", "surface", "metric", "value", "unit", "comparator", "stance", "year", "scope", "period",
                 "kind", "direction", "rule", "warning"]
_TARGET_COLUMNS = ["doc", "source", "line_start", "line_end", "metric", "value", "unit", "comparator", "stance",
                   "year", "scope", "period", "direction", "surface", "rule", "warning"]


def measure_contract(measure: Measure, page: int | None = None) -> dict[str, Any]:
    """One measure as the ``plantrace measures FILE --json`` contract (DESIGN.md), plus additive keys
    (``period`` is ``[start, end]`` or null; ``page`` the printed page of its line, null without pages)."""
    row = asdict(measure)
    row["period"] = list(measure.period) if measure.period else None
    row["page"] = page
    return row


@click.command(name="measures")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--encoding", default=None, help="Force the text encoding (gb18030, big5, utf-16 …).")
@given_options
@JSON_OPTION
def measures_command(file: Path, encoding: str | None, issued: str | None, given_place: str | None,
                     given_type: str | None, as_json: bool) -> None:
    """Every quantity of FILE: value, unit, comparator, metric, stance (actual/target), year, rule.

    \b
    No database needed. Examples:
      plantrace measures work_report.txt
      plantrace measures report.txt --json > measures.json
      plantrace measures excerpt.txt --issued 2026-01 --doc-type work_report
    """
    encoding, max_bytes = reading_options(encoding, None)  # the settings encoding and max_file_mb apply
    given = given_metadata(issued, given_place, given_type)
    parsed, facts = pipeline.process_file(file, encoding=encoding, max_bytes=max_bytes, given=given)
    pages = {line.number: line.page for line in parsed.lines}
    rows = [measure_contract(m, pages.get(m.line)) for m in facts.measures]
    if as_json:
        print_json(rows)
        return
    print_table(rows, _FILE_COLUMNS, title=f"{len(rows)} measures in {file}")


@click.command(name="targets")
@DB_OPTION
@click.option("--doc", default=None, help="Only this document (id, id prefix, path or file name).")
@click.option("--metric", default=None, help="A canonical indicator (地区生产总值, GDP …) or part of a metric phrase.")
@click.option("--year", type=int, default=None, help="Only values for this year.")
@click.option("--stance", type=click.Choice(["target", "actual"]), default=None,
              help="target: promises; actual: results and baselines.")
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Only this kind of quantity.")
@click.option("--scope", type=click.Choice(SCOPES), default=None,
              help="annual: one year's value; period_average: 年均 over a period; period_cumulative: 累计.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Most rows to show.")
@JSON_OPTION
def targets_command(
    db: str, doc: str | None, metric: str | None, year: int | None, stance: str | None, kind: str | None,
    limit: int | None, as_json: bool, scope: str | None = None,
) -> None:
    """List stored quantities (targets and results) with their source lines.

    \b
    Examples:
      plantrace targets --db plantrace.db --metric 地区生产总值
      plantrace targets --doc work_report --stance target --year 2021 --json
    """
    from plantrace import library

    rows = library.targets(db, doc=doc, metric=metric, year=year, stance=stance, kind=kind, limit=limit, scope=scope)
    if as_json:
        print_json(rows)
        return
    print_table(rows, _TARGET_COLUMNS, title=f"{len(rows)} measures")


COMMANDS: list[click.Command] = [measures_command, targets_command]
