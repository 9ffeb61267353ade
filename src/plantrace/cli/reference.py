"""Render docs/cli.md from the click commands themselves, so the reference cannot drift.

`python -m plantrace.cli.reference > docs/cli.md` regenerates it; a test fails when it is stale.
"""

from __future__ import annotations

import click

from plantrace.cli.main import cli


def render() -> str:
    settings = {**cli.context_settings, "terminal_width": 100, "max_content_width": 100}
    ctx = click.Context(cli, info_name="plantrace", **settings)
    parts = ["# CLI reference\n", "Generated from the commands' own help by `python -m plantrace.cli.reference`.\n",
             "```text", cli.get_help(ctx), "```\n"]
    for name in sorted(cli.list_commands(ctx)):
        command = cli.get_command(ctx, name)
        assert command is not None
        sub = click.Context(command, info_name=name, parent=ctx)
        parts += [f"## plantrace {name}\n", "```text", command.get_help(sub), "```\n"]
    return "\n".join(parts)


if __name__ == "__main__":
    click.echo(render(), nl=False)
