"""Settings layers: defaults < plantrace.toml < PLANTRACE_* < flags; unknown keys are errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.config import Settings, load_settings
from plantrace.errors import ConfigError


def test_layers_override_in_order(tmp_path: Path) -> None:
    toml = tmp_path / "plantrace.toml"
    toml.write_text('db = "from-file.db"\nmax_file_mb = 5\n', encoding="utf-8")
    assert load_settings(toml, environ={}) == Settings(db="from-file.db", max_file_mb=5)
    env = {"PLANTRACE_DB": "from-env.db"}
    assert load_settings(toml, environ=env).db == "from-env.db"
    assert load_settings(toml, environ=env, db="from-flag.db").db == "from-flag.db"
    assert load_settings(toml, environ=env, db=None).db == "from-env.db"
    assert load_settings(tmp_path / "absent.toml", environ={}) == Settings()


@pytest.mark.parametrize(
    ("content", "env", "message"),
    [
        ("dbx = 1\n", {}, "Unknown setting(s) in"),
        ("", {"PLANTRACE_COLOUR": "red"}, "PLANTRACE_*"),
        ("max_file_mb = 'lots'\n", {}, "must be int"),
        ("db = \n", {}, "not valid TOML"),
    ],
)
def test_bad_settings_are_errors_with_a_hint(tmp_path: Path, content: str, env: dict[str, str], message: str) -> None:
    toml = tmp_path / "plantrace.toml"
    toml.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)").replace("*", r"\*")) as err:
        load_settings(toml, environ=env)
    assert err.value.status == 400


def test_the_cli_reads_the_settings_file(tmp_path: Path, sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from click.testing import CliRunner

    from plantrace.cli.main import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PLANTRACE_DB", raising=False)
    (tmp_path / "plantrace.toml").write_text(f'db = "{sample_db}"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["ls", "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) == 7
