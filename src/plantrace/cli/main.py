"""`plantrace`: the command group. Each issue's commands live in their own module."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from plantrace import __version__
from plantrace.cli import batch, bench, core, db, entities, link, measures, search, track, web
from plantrace.cli.output import run_command
from plantrace.config import load_settings


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="plantrace")
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Settings file [default: plantrace.toml in the current folder, or env PLANTRACE_CONFIG].")
@click.pass_context
def cli(ctx: click.Context, debug: bool, config_file: Path | None) -> None:
    """plantrace: what Chinese government plans promised, where, and what happened next.

    \b
    Typical use:
      plantrace ingest examples/corpus --db plantrace.db
      plantrace ls --db plantrace.db
      plantrace show DOC --outline --db plantrace.db
      plantrace parse FILE --json
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["settings"] = load_settings(config_file)


for module in (core, measures, search, entities, db, link, track, batch, bench, web):
    for command in module.COMMANDS:
        cli.add_command(command)


def main() -> None:
    """Console entry point: errors become `Error: …` / `Hint: …` and exit status 1."""
    sys.exit(run_command(cli))


if __name__ == "__main__":
    main()
