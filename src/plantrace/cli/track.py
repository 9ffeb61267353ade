"""CLI of the tracking issue: `plantrace track …` and `plantrace report` (library: plantrace.tracking)."""

from __future__ import annotations

import getpass
import re
from pathlib import Path

import click

from plantrace import tracking
from plantrace.cli.output import DB_OPTION, JSON_OPTION, print_json, print_table
from plantrace.errors import InputError
from plantrace.track.model import STATUSES

_STATUS_COLUMNS = ["jurisdiction", "indicator", "year", "scope", "target_text", "observed", "label", "rule", "source",
                   "line_start"]


@click.group(name="track")
def track_group() -> None:
    """Targets against later results: indicators, observations and a status for each target.

    \b
    Examples:
      plantrace track build --db plantrace.db
      plantrace track status --db plantrace.db --jurisdiction 中华人民共和国 --status lagging
      plantrace track show 国内生产总值增长 --jurisdiction 中华人民共和国 --db plantrace.db
    """


@track_group.command(name="build")
@DB_OPTION
def build_command(db: str) -> None:
    """Find indicators, targets and observations in every stored document (rebuilds the extracted ones).

    \b
    Imported and entered observations are kept. Example:
      plantrace track build --db plantrace.db
    """
    summary = tracking.build_tracking(db)
    click.echo(f"{summary.targets} targets, {summary.observations} extracted observations in "
               f"{len(summary.jurisdictions)} jurisdictions: {'、'.join(summary.jurisdictions)}")
    for source in summary.unplaced:
        click.echo(f"not tracked (no jurisdiction detected): {source}", err=True)


@track_group.command(name="status")
@DB_OPTION
@click.option("--jurisdiction", default=None, help="Only this jurisdiction (中华人民共和国, 广州市 …).")
@click.option("--year", type=int, default=None, help="Only targets for this year (a plan target: its end year).")
@click.option("--status", "status_filter", type=click.Choice(STATUSES), default=None, help="Only this status.")
@click.option("--indicator", default=None, help="Only this indicator (any of its names).")
@JSON_OPTION
def status_command(db: str, jurisdiction: str | None, year: int | None, status_filter: str | None,
                   indicator: str | None, as_json: bool) -> None:
    """One row per tracked target: target, observation, status, rule, explanation and sources.

    \b
    Examples:
      plantrace track status --db plantrace.db --jurisdiction 中华人民共和国 --year 2018
      plantrace track status --db plantrace.db --status no_data --json
    """
    rows = tracking.status_rows(tracking.tracking_status(db, jurisdiction=jurisdiction, year=year,
                                                         status_filter=status_filter, indicator=indicator))
    if as_json:
        print_json(rows)
        return
    print_table([_flat(r) for r in rows], _STATUS_COLUMNS, title=f"{len(rows)} tracked targets")


def _flat(row: dict[str, object]) -> dict[str, object]:
    target = row["target"]
    observation = row["observation"]
    assert isinstance(target, dict)
    observed = "—" if not isinstance(observation, dict) else f"{observation['value']:g} ({observation['year']})"
    return {**row, "target_text": target["surface"], "observed": observed}


@track_group.command(name="show")
@click.argument("indicator")
@click.option("--jurisdiction", required=True, help="The jurisdiction (中华人民共和国, 广州市 …).")
@DB_OPTION
@JSON_OPTION
def show_command(indicator: str, jurisdiction: str, db: str, as_json: bool) -> None:
    """One indicator: its observed series (every origin), targets, statuses and sources.

    \b
    Example:
      plantrace track show 国内生产总值增长 --jurisdiction 中华人民共和国 --db plantrace.db
    """
    view = tracking.indicator_view(db, indicator, jurisdiction)
    if as_json:
        print_json(view)
        return
    print_table(view["observations"], ["year", "value", "unit", "scope", "origin", "counts", "source", "line_start",
                                       "surface", "recorded_by", "recorded_at"],
                title=f"{view['indicator']} · {jurisdiction}: observations")
    print_table([_flat(r) for r in view["statuses"]], _STATUS_COLUMNS, title="targets")
    for row in view["statuses"]:
        click.echo(f"- {row['explanation']}")


@track_group.command(name="template")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the template (.xlsx or .csv).")
def template_command(out: Path) -> None:
    """Write an observations template to fill in Excel (.xlsx) or as CSV.

    \b
    Example:
      plantrace track template --out observations.xlsx
    """
    tracking.write_template(out)
    click.echo(f"wrote {out}")


@track_group.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DB_OPTION
@click.option("--who", default=None, help="Who imports (recorded with each row) [default: the login name].")
def import_command(file: Path, db: str, who: str | None) -> None:
    """Import a filled template (.xlsx or .csv). Every row is checked; one bad row imports nothing.

    \b
    Example:
      plantrace track import observations.xlsx --db plantrace.db
    """
    added = tracking.import_observations(db, file, who=who or getpass.getuser())
    click.echo(f"imported {added} observations from {file}")


@track_group.command(name="set")
@click.argument("jurisdiction")
@click.argument("indicator")
@click.argument("year", type=int)
@click.argument("value", type=float)
@click.option("--unit", default=None, help="Unit of VALUE (default: the indicator's unit).")
@click.option("--source", required=True, help="Where the value comes from (2021年统计公报 …).")
@click.option("--who", default=None, help="Who enters it [default: the login name].")
@click.option("--note", default=None, help="A note kept with the value.")
@DB_OPTION
def set_command(jurisdiction: str, indicator: str, year: int, value: float, unit: str | None, source: str,
                who: str | None, note: str | None, db: str) -> None:
    """Enter one observed value. Earlier values are kept as history; the newest entered one counts.

    \b
    Example:
      plantrace track set 广州市 地区生产总值增长 2021 8.1 --unit % --source "2021年统计公报" --db plantrace.db
    """
    made = tracking.add_observation(db, jurisdiction=jurisdiction, indicator=indicator, year=year, value=value,
                                    unit=unit, source=source, who=who or getpass.getuser(), note=note)
    click.echo(f"recorded {made.indicator} {made.year} = {made.value:g}{made.unit} for {made.jurisdiction} "
               f"(source: {source})")


_PERIOD = re.compile(r"^(\d{4})\s*[-–—~至]\s*(\d{4})$|^(\d{4})$")


def parse_period(text: str) -> tuple[int, int]:
    m = _PERIOD.match(text.strip())
    if not m:
        raise InputError(f"Cannot read the period {text!r}.", hint="Write it as 2016-2020 (or one year, 2021).")
    if m.group(3):
        return int(m.group(3)), int(m.group(3))
    start, end = int(m.group(1)), int(m.group(2))
    if end < start:
        raise InputError(f"The period {text!r} ends before it starts.", hint="Write it as 2016-2020.")
    return start, end


@click.command(name="report")
@click.option("--jurisdiction", required=True, help="The jurisdiction (中华人民共和国, 广州市 …).")
@click.option("--period", required=True, help="Years of the targets, e.g. 2016-2020.")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default="html", show_default=True,
              help="HTML (one file, charts inline, nothing loaded from the internet) or Markdown.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The report file to write.")
def report_command(jurisdiction: str, period: str, db: str, fmt: str, out: Path) -> None:
    """The evaluation report: targets, observations, status and a source for every number.

    \b
    Example:
      plantrace report --jurisdiction 中华人民共和国 --period 2016-2020 --db plantrace.db --out report.html
      plantrace report --jurisdiction 广州市 --period 2021-2025 --format md --out report.md
    """
    text = tracking.render_report(db, jurisdiction=jurisdiction, period=parse_period(period), fmt=fmt)
    out.write_text(text, encoding="utf-8")
    click.echo(f"wrote {out}")


COMMANDS: list[click.Command] = [track_group, report_command]
