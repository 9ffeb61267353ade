"""Printing helpers shared by the commands: JSON, tables, errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from plantrace.errors import PlantraceError

DB_OPTION = click.option(
    "--db",
    default="plantrace.db",
    show_default=True,
    envvar="PLANTRACE_DB",
    type=click.Path(dir_okay=False),
    help="SQLite database file (env PLANTRACE_DB).",
)
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def run_command(group: click.Group) -> int:
    """Run the click group; turn PlantraceError into a clean message and exit code 1."""
    debug = "--debug" in sys.argv[1:]
    try:
        group.main(standalone_mode=False)
    except PlantraceError as exc:
        if debug:
            raise
        click.echo(f"Error: {exc.message}", err=True)
        if exc.hint:
            click.echo(f"Hint: {exc.hint}", err=True)
        return 1
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 1
    return 0


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def print_table(rows: Sequence[Mapping[str, Any]], columns: Iterable[str], title: str | None = None) -> None:
    table = Table(title=title, show_lines=False)
    cols = list(columns)
    for col in cols:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else escape(str(row.get(c))) for c in cols))
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    console.print(table)
