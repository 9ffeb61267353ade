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


def test_packages_drawn_in_the_architecture_are_built_or_said_not_to_be() -> None:
    import re

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    not_built = set(re.findall(r"`(\w+)/`", next(line for line in text.splitlines() if "Not built yet" in line)))
    package = ROOT / "src" / "plantrace"
    for name in ("ingest", "parse", "extract", "store", "search", "link", "track", "cli", "api", "web", "batch"):
        modules = [p for p in (package / name).glob("*") if p.name not in ("__init__.py", "__pycache__")]
        init = package / name / "__init__.py"
        empty = not modules and (not init.exists() or len(init.read_text(encoding="utf-8").strip()) < 400)
        if empty:
            assert name in not_built, f"docs/architecture.md draws plantrace.{name} as built; it is empty"


def test_the_package_ships_its_type_information() -> None:
    from importlib import resources

    assert resources.files("plantrace").joinpath("py.typed").is_file()
    assert '"py.typed"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_make_test_runs_ruff_mypy_and_the_import_contracts() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    for tool in ("ruff check", "mypy src", "lint-imports", "pytest"):
        assert tool in recipe
