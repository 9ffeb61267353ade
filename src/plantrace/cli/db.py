"""`plantrace db`: look after the database itself (schema upgrades)."""

from __future__ import annotations

import click

from plantrace import library
from plantrace.cli.output import DB_OPTION, JSON_OPTION, print_json


@click.group(name="db")
def db_group() -> None:
    """Look after the database: upgrade its schema after installing a newer plantrace."""


@db_group.command(name="migrate")
@DB_OPTION
@JSON_OPTION
def migrate_command(db: str, as_json: bool) -> None:
    """Upgrade an existing database to this version's schema (reading commands never do).

    Keep a copy of a database that is your only one before upgrading it; a database made by a newer
    plantrace is refused and left as it is.
    """
    applied = library.migrate_database(db)
    if as_json:
        print_json({"db": db, "applied": applied})
    elif applied:
        click.echo(f"{db}: applied {', '.join(applied)}")
    else:
        click.echo(f"{db}: already up to date")


COMMANDS: list[click.Command] = [db_group]
