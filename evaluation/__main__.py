"""``python -m evaluation``: run every ``score_*`` module, print its report, write ``out/eval.json``."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

import evaluation

OUT_PATH = Path("out") / "eval.json"


def scorer_modules() -> Iterator[tuple[str, Callable[[], dict[str, Any]]]]:
    """Yield ``(name, main)`` for each ``evaluation.score_*`` module that defines ``main``."""
    for info in sorted(pkgutil.iter_modules(evaluation.__path__), key=lambda i: i.name):
        if not info.name.startswith("score_"):
            continue
        module = importlib.import_module(f"evaluation.{info.name}")
        main = getattr(module, "main", None)
        if callable(main):
            yield info.name, main


def run_all() -> dict[str, dict[str, Any]]:
    """Run each scorer; a scorer that fails is reported as ``{"error": …}``, never hidden."""
    reports: dict[str, dict[str, Any]] = {}
    for name, main in scorer_modules():
        try:
            reports[name] = main()
        except Exception as exc:  # a failing scorer must not hide the others
            reports[name] = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
    return reports


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)[:120]
    return str(value)


def _rows_table(title: str, rows: list[dict[str, Any]]) -> Table:
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(_cell(row.get(column, "")) for column in columns))
    return table


def _flat(value: Any) -> bool:
    return isinstance(value, dict) and not any(isinstance(v, dict) for v in value.values())


def _tables(title: str, value: Any) -> list[Table] | None:
    """Tables for a nested value, or None for a scalar (or flat dict) shown in the summary.

    A list of dicts or a dict of flat dicts is one table (one row each); a dict mixing scalars
    and dicts is split into one table per dict entry, recursively.
    """
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [_rows_table(title, value)]
    if not isinstance(value, dict) or not value or _flat(value):
        return None
    if all(_flat(v) for v in value.values()):
        return [_rows_table(title, [{"": key, **row} for key, row in value.items()])]
    tables: list[Table] = []
    for key, inner in value.items():
        sub = _tables(f"{title}.{key}", inner)
        if sub is None and isinstance(inner, dict):
            sub = [_rows_table(f"{title}.{key}", [inner])]
        tables.extend(sub or [])
    return tables


def print_report(console: Console, name: str, report: dict[str, Any]) -> None:
    """Scalars (and flat dicts) as one key/value table, nested data each as its own table."""
    summary = Table(title=name, show_header=False)
    summary.add_column("key")
    summary.add_column("value")
    nested: list[Table] = []
    for key, value in report.items():
        tables = _tables(f"{name}: {key}", value)
        if tables is not None:
            nested.extend(tables)
        elif key != "traceback":
            summary.add_row(key, _cell(value))
    console.print(summary)
    for table in nested:
        console.print(table)


def main() -> int:
    reports = run_all()
    console = Console(width=200)
    for name, report in reports.items():
        print_report(console, name, report)
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_text(json.dumps(reports, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {OUT_PATH}")
    return 1 if any("error" in report for report in reports.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
