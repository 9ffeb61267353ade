"""Printing helpers shared by the commands: JSON, tables, errors."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from plantrace.config import Settings, load_settings
from plantrace.errors import PlantraceError


def settings(ctx: click.Context | None = None) -> Settings:
    """The Settings loaded by the `plantrace` group (defaults < plantrace.toml < PLANTRACE_* < flags)."""
    ctx = ctx or click.get_current_context()
    obj = ctx.find_object(dict)
    if obj is None or "settings" not in obj:
        return load_settings()
    found: Settings = obj["settings"]
    return found


def _default_db(ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    return value or settings(ctx).db


DB_OPTION = click.option(
    "--db",
    default=None,
    callback=_default_db,
    type=click.Path(dir_okay=False),
    help="SQLite database file [default: setting `db`, env PLANTRACE_DB, else plantrace.db].",
)
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def run_command(group: click.Group) -> int:
    """Run the click group; turn PlantraceError into a clean message and exit code 1."""
    debug = "--debug" in sys.argv[1:]
    # third-party parsers log recoverable damage; our own errors already say what went wrong
    logging.getLogger("pypdf").setLevel(logging.DEBUG if debug else logging.CRITICAL)
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
    except UnicodeEncodeError as exc:
        if debug or "surrogates" not in str(exc):
            raise
        click.echo("Error: text given on the command line is not valid UTF-8 (it looks like GBK or another "
                   "local encoding).", err=True)
        click.echo("Hint: Set the terminal to UTF-8 (for example `export LANG=zh_CN.UTF-8`) and type it again.",
                   err=True)
        return 1
    except MemoryError:
        click.echo("Error: the computer ran out of memory.", err=True)
        click.echo("Hint: Close other programs, or give fewer or smaller files at once (--max-mb sets a limit).",
                   err=True)
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
    wide_console().print(table)


def wide_console() -> Console:
    """A console that does not wrap at 80 columns when the output is a pipe or a file."""
    console = Console()
    return console if console.is_terminal else Console(width=200)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: object) -> object:
    """A spreadsheet cell that cannot run: text starting like a formula gets a leading apostrophe (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
