"""`plantrace export`: stream a table as JSON lines, CSV or Parquet."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import click

from plantrace.cli.output import DB_OPTION, inert_cell
from plantrace.errors import UsageFailure, missing_extra
from plantrace.library import reader

Row = dict[str, Any]


@click.command(name="export")
@DB_OPTION
@click.option("--what", default="nodes", show_default=True,
              help="Table to export: documents, nodes, removed, measures, projects, …")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: standard output; required for parquet). Never the database.")
@click.option("--force", is_flag=True, help="Replace --out if it exists (never the database).")
def export_command(db: str, what: str, fmt: str, out: Path | None, force: bool) -> None:
    """Export a table for Excel, pandas or another tool. Rows stream: memory stays flat.

    CSV cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
    return) are written with a leading apostrophe so that they stay text.
    """
    if out is not None:
        check_output_path(out, db, force=force)
    with reader(db) as store:
        rows = store.export_rows(what)
        if fmt == "parquet":
            if out is None:
                raise click.UsageError("--format parquet needs --out FILE.")
            write_parquet(rows, out)
            return
        stream: IO[str]
        with (_open_output(out) if out else _stdout()) as stream:
            (write_csv if fmt == "csv" else write_jsonl)(rows, stream)


def check_output_path(out: Path, db: str, *, force: bool) -> None:
    """Refuse to write over the database (ever) or over an existing file (unless ``force``)."""
    target = out.resolve()
    for suffix in ("", "-wal", "-shm", "-journal"):
        if target == Path(db + suffix).resolve():
            raise UsageFailure(f"--out {out} is the database itself; an export never writes over it.",
                               hint="Give another file name for --out.")
    if out.exists() and not force:
        raise UsageFailure(f"{out} already exists; an export does not replace a file unless asked.",
                           hint="Give a new file name, or add --force to replace it.")
    if out.exists() and out.is_dir():
        raise UsageFailure(f"--out {out} is a folder.", hint="Give a file name for --out.")


def _open_output(out: Path) -> IO[str]:
    try:
        return out.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise UsageFailure(f"Cannot write {out}: {exc.strerror or exc}.",
                           hint="Choose a folder you can write to for --out.") from exc


def _stdout() -> IO[str]:
    import contextlib

    return contextlib.nullcontext(sys.stdout)  # type: ignore[return-value]


def write_jsonl(rows: Iterable[Row], stream: IO[str]) -> None:
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def _flat(row: Row) -> Row:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in row.items()}


def write_csv(rows: Iterable[Row], stream: IO[str]) -> None:
    """CSV with every text cell made inert for spreadsheets (numbers stay numbers)."""
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=[str(inert_cell(k)) for k in row])
            writer.writeheader()
        writer.writerow({str(inert_cell(k)): inert_cell(v) for k, v in _flat(row).items()})


def write_parquet(rows: Iterator[Row], out: Path, batch: int = 5000) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise missing_extra("pyarrow", "parquet") from exc
    writer = None
    chunk: list[Row] = []
    try:
        for row in rows:
            chunk.append(_flat(row))
            if len(chunk) >= batch:
                writer = _write_chunk(pa, pq, writer, chunk, out)
                chunk = []
        if chunk or writer is None:
            writer = _write_chunk(pa, pq, writer, chunk, out)
    finally:
        if writer is not None:
            writer.close()


def _write_chunk(pa: Any, pq: Any, writer: Any, chunk: list[Row], out: Path) -> Any:
    table = pa.Table.from_pylist(chunk)
    if writer is None:
        writer = pq.ParquetWriter(str(out), table.schema)
    writer.write_table(table.cast(writer.schema) if table.num_rows else table)
    return writer
