"""CLI commands of the web issue: `plantrace serve` and `plantrace users`."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from plantrace.cli.output import DB_OPTION, JSON_OPTION, print_json, print_table

ROLES = ("viewer", "editor", "admin")
CLI_ACTOR = "cli"


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--closed", is_flag=True, help="Reading needs an account too (default: reading is open).")
@click.option("--max-upload-mb", type=click.IntRange(1, 200), default=20, show_default=True,
              help="Largest document a user may upload.")
def serve(db: str, host: str, port: int, closed: bool, max_upload_mb: int) -> None:
    """Serve the web app at / and the REST API at /api/v1 (OpenAPI: /api/v1/openapi.json).

    \b
    Example:
      plantrace serve --db plantrace.db --port 8000
    """
    try:
        import uvicorn

        from plantrace.api import create_app
        from plantrace.web.context import AppConfig
    except ImportError as exc:
        from plantrace.errors import missing_extra

        raise missing_extra(exc.name or "fastapi", "web") from exc
    from plantrace import library

    library.prepare_database(db)
    loopback = host in ("127.0.0.1", "localhost", "::1")
    from plantrace.cli.output import settings

    app = create_app(AppConfig(db=db, read_open=not closed, max_upload_bytes=max_upload_mb << 20,
                               secure_cookies=not loopback, pg_pool_size=settings().pg_pool_size))
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    click.echo(f"plantrace is serving {db}: the web app at {where}, the API at {where}api/v1 (Ctrl-C stops it)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.group()
def users() -> None:
    """Accounts with a role (viewer, editor, admin) per jurisdiction, and their API tokens."""


@users.command(name="add")
@click.argument("name")
@DB_OPTION
@click.option("--role", type=click.Choice(ROLES), required=True, help="What the account may do.")
@click.option("--jurisdiction", required=True, help="Where: 广州市 (and the places below it), 海珠区, or * for all.")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="At least 8 characters (prompted when not given).")
def users_add(name: str, db: str, role: str, jurisdiction: str, password: str) -> None:
    """Add an account, for example the first administrator.

    \b
    Example:
      plantrace users add alice --role admin --jurisdiction '*' --db plantrace.db
    """
    from plantrace import accounts

    row = accounts.add_user(db, name, password, role, jurisdiction, actor=CLI_ACTOR, now=datetime.now(UTC))
    click.echo(f"Added {row['name']}: {row['role']} of {row['jurisdiction']}.")


@users.command(name="list")
@DB_OPTION
@click.option("--tokens", "show_tokens", is_flag=True, help="List the API tokens instead of the accounts.")
@JSON_OPTION
def users_list(db: str, show_tokens: bool, as_json: bool) -> None:
    """List the accounts (or the API tokens; secrets are never shown again)."""
    from plantrace import accounts

    rows = accounts.tokens(db) if show_tokens else accounts.users(db)
    if as_json:
        print_json(rows)
        return
    columns = ["id", "account", "label", "role", "jurisdiction", "created_at", "revoked_at"] if show_tokens else [
        "name", "role", "jurisdiction", "created_at", "revoked_at"]
    print_table(rows, columns, title="API tokens" if show_tokens else "Users")


@users.command(name="revoke")
@click.argument("name_or_token")
@DB_OPTION
@click.option("--token", "is_token", is_flag=True, help="NAME_OR_TOKEN is a token id.")
def users_revoke(name_or_token: str, db: str, is_token: bool) -> None:
    """Revoke an account (with its tokens and sessions) or one API token. Nothing is deleted."""
    from plantrace import accounts

    now = datetime.now(UTC)
    if is_token:
        accounts.revoke_token(db, name_or_token, actor=CLI_ACTOR, now=now)
    else:
        accounts.revoke_user(db, name_or_token, actor=CLI_ACTOR, now=now)
    click.echo(f"Revoked {name_or_token}.")


@users.command(name="token")
@click.argument("name")
@DB_OPTION
@click.option("--label", required=True, help="What the token is for (a script, a notebook).")
@click.option("--role", type=click.Choice(ROLES), default=None, help="Narrower than the account's role.")
@click.option("--jurisdiction", default=None, help="Narrower than the account's jurisdiction.")
def users_token(name: str, db: str, label: str, role: str | None, jurisdiction: str | None) -> None:
    """Make an API token for an account; the secret is printed once and stored only as a hash."""
    from plantrace import accounts

    made = accounts.create_token(db, name, label=label, role=role, jurisdiction=jurisdiction, actor=CLI_ACTOR,
                                 now=datetime.now(UTC))
    click.echo(f"Token {made['id']} ({made['role']} of {made['jurisdiction']}): {made['token']}")


COMMANDS: list[click.Command] = [serve, users]
