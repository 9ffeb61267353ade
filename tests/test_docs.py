"""The docs stay true: the CLI reference is regenerated from the commands, and the README shows the set-up."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_cli_reference_is_up_to_date() -> None:
    from plantrace.cli.reference import render

    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == render(), "docs/cli.md is stale: python -m plantrace.cli.reference > docs/cli.md"


def test_readme_shows_the_two_setup_commands_and_every_command() -> None:
    from plantrace.cli.main import cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    missing = [name for name in cli.commands if f"plantrace {name}" not in readme]
    assert not missing, f"README does not show: {missing}"


def test_ci_calls_make_test() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
