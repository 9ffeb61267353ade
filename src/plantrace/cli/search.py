"""CLI commands of the search issue (added to the `plantrace` group by cli/main.py)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
