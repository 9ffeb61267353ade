"""One frozen Settings: defaults < plantrace.toml < PLANTRACE_* environment < CLI flags.

Unknown keys are errors, never silently ignored.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from plantrace.errors import ConfigError

# PLANTRACE_* variables that are not settings: the config file's path, the start-up pattern cache's switch
# (read on import, before any setting: plantrace.compiled_patterns) and test-suite switches
NOT_SETTINGS = frozenset({"PLANTRACE_CONFIG", "PLANTRACE_PATTERN_CACHE", "PLANTRACE_UPDATE_GOLDEN"})


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "plantrace.db"        # SQLite database file
    max_file_mb: int = 200          # larger files are refused (DocumentTooLarge)
    encoding: str | None = None     # force an encoding instead of detecting it
    search_limit: int = 10          # default number of search hits
    pg_pool_size: int = 10          # serve on PostgreSQL: most connections in its pool


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if kind == "int":
            return int(value)
        return None if value in ("", None) else str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"Setting {name!r} must be {kind}, got {value!r}.") from exc


def _checked(values: Mapping[str, Any], where: str) -> dict[str, Any]:
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"Unknown setting(s) in {where}: {', '.join(unknown)}.",
                          hint=f"Known settings: {', '.join(sorted(known))}.")
    return {k: _coerce(k, v) for k, v in values.items()}


def load_settings(
    config_file: Path | None = None, environ: Mapping[str, str] | None = None, **overrides: Any
) -> Settings:
    """Build Settings from the layers. ``overrides`` are CLI flags; ``None`` values are not set."""
    env = os.environ if environ is None else environ
    path = config_file or Path(env.get("PLANTRACE_CONFIG", "plantrace.toml"))
    values: dict[str, Any] = {}
    if path.is_file():
        try:
            values.update(_checked(tomllib.loads(path.read_text(encoding="utf-8")), str(path)))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    prefixed = {k[len("PLANTRACE_"):].lower(): v for k, v in env.items()
                if k.startswith("PLANTRACE_") and k not in NOT_SETTINGS}
    values.update(_checked(prefixed, "the environment (PLANTRACE_*)"))
    values.update(_checked({k: v for k, v in overrides.items() if v is not None}, "the command line"))
    return dataclasses.replace(Settings(), **values)
