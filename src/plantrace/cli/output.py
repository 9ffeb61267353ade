"""Printing helpers shared by the commands: JSON, tables, errors."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from plantrace.config import Settings, load_settings
from plantrace.errors import PlantraceError, UsageFailure


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
    help="SQLite database file or postgresql:// URL [default: setting `db`, env PLANTRACE_DB, else plantrace.db].",
)
MAX_FILE_MB = 100_000  # 100 GB: anything above is a typo, not a document


def reading_options(encoding: str | None, max_mb: int | None) -> tuple[str | None, int]:
    """``--encoding`` and ``--max-mb`` (or the settings ``encoding`` and ``max_file_mb``), checked once for a run.

    Returns the encoding (None: detect) and the size limit in bytes.
    """
    import codecs

    conf = settings()
    encoding = encoding or conf.encoding
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageFailure(f"Unknown encoding {inert(encoding)!r}.",
                               hint="Use a name like utf-8, gb18030, big5 or utf-16.") from None
    size = conf.max_file_mb if max_mb is None else max_mb
    if not 1 <= size <= MAX_FILE_MB:
        raise UsageFailure(f"--max-mb {size} is not a size limit plantrace can use.",
                           hint=f"Give a whole number of megabytes from 1 to {MAX_FILE_MB} (the default is 200).")
    return encoding, size << 20


JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def given_options(command: Any) -> Any:
    """``--issued``, ``--jurisdiction`` and ``--doc-type``: metadata a user states for what the texts lack."""
    from plantrace.models import DOC_TYPES

    options = [
        click.option("--issued", default=None, metavar="DATE",
                     help="The issue date the text does not give (YYYY-MM-DD, YYYY-MM or YYYY): 今年 and 去年 "
                          "count from it. Applies to every file of the run."),
        click.option("--jurisdiction", "given_place", default=None, metavar="PLACE",
                     help="The place the documents are of (贵州省, 遵义市, 新疆 …) when the text does not say."),
        click.option("--doc-type", "given_type", type=click.Choice(DOC_TYPES), default=None,
                     help="The document type, when the text does not make it clear."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def given_metadata(issued: str | None, place: str | None, doc_type: str | None) -> Any:
    """The :class:`~plantrace.models.Given` of the options of :func:`given_options`, checked once for a run
    (a date or a place plantrace cannot read is an error before any file is read); None when none is given."""
    from plantrace import pipeline
    from plantrace.models import Given

    given = Given(issued=issued, jurisdiction=place, doc_type=doc_type)  # type: ignore[arg-type]
    return pipeline.checked_given(given) if given else None



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
        click.echo(f"Error: {inert(exc.message)}", err=True)
        if exc.hint:
            click.echo(f"Hint: {inert(exc.hint)}", err=True)
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
        table.add_row(*("" if row.get(c) is None else plain(row.get(c)) for c in cols))
    wide_console().print(table)


def console(*, stderr: bool = False) -> Console:
    """The one way the CLI makes a rich console: no emoji codes (``:x:`` stays text), no guessed highlighting.

    Rich markup stays on for our own styling; every piece of document text goes through :func:`plain`.
    """
    return Console(stderr=stderr, emoji=False, highlight=False)


def wide_console() -> Console:
    """A console that does not wrap at 80 columns when the output is a pipe or a file."""
    found = console()
    return found if found.is_terminal else Console(width=200, emoji=False, highlight=False)


# C0 and C1 control characters (ESC, BEL, CR …) and the bidirectional overrides that reorder what a
# terminal shows; a tab and a newline stay what they are
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def inert(text: object) -> str:
    """Text as it can be shown on a terminal without acting on it: control characters as ``\\xNN``."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def plain(text: object) -> str:
    """Document text (or a file name) for a rich console: inert, and ``[bold]`` shown as written."""
    return escape(inert(text))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: object) -> object:
    """A spreadsheet cell that cannot run: text starting like a formula gets a leading apostrophe (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
