"""`plantrace batch`: the pipeline as Apache Spark jobs (ingest, link)."""

from __future__ import annotations

from pathlib import Path

import click

from plantrace.cli.output import DB_OPTION, JSON_OPTION, given_metadata, given_options, print_json, print_table

SPARK_OPTION = click.option(
    "--spark", "master", default="local[2]", show_default=True,
    help="Spark master: local[N] on this machine, spark://host:7077 for a standalone cluster, yarn, k8s://…",
)
PARTITIONS_OPTION = click.option("--partitions", type=click.IntRange(1, 100_000), default=None,
                                 help="Spark partitions [default: 4 per worker core].")


@click.group(name="batch")
def batch_group() -> None:
    """Run the pipeline as Apache Spark jobs (needs the spark extra and Java 17+)."""


@batch_group.command(name="ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@SPARK_OPTION
@click.option("--db", default=None, help="Store the documents here: a SQLite file or a postgresql:// URL.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write Parquet files (one folder per table) here instead of a database.")
@PARTITIONS_OPTION
@given_options
@JSON_OPTION
def batch_ingest_command(
    paths: tuple[Path, ...], master: str, db: str | None, out: Path | None, partitions: int | None,
    issued: str | None, given_place: str | None, given_type: str | None, as_json: bool
) -> None:
    """Read, parse and extract files as Spark tasks; store them (--db) or write Parquet (--out).

    \b
    Examples:
      plantrace batch ingest corpus/ --spark local[2] --db plantrace.db
      plantrace batch ingest corpus/ --spark spark://host:7077 --out warehouse/plantrace
    Documents already stored (same content) are skipped, so a rerun resumes; a document that fails
    is listed with its reason and the others go on. --issued, --jurisdiction and --doc-type give
    every file what its text lacks, as for `plantrace ingest`.
    """
    from plantrace.batch import spark  # imported when used: keeps every other command's start-up quick

    given = given_metadata(issued, given_place, given_type)
    report = spark.ingest(list(paths), master=master, db=db, out=out, partitions=partitions, given=given)
    rows = [{**f, "doc": None, "source": f["path"], "line_start": None, "line_end": None} for f in report.failures]
    if as_json:
        print_json({**report.as_dict(), "failures": rows})
        return
    if rows:
        print_table(rows, ["source", "error", "hint"], title=f"Failed ({len(rows)})")
    click.echo(f"{report.documents} files on {master}: {report.added} added, {report.replaced} replaced, "
               f"{report.unchanged} unchanged, {report.skipped} skipped (already stored), "
               f"{len(report.failures)} failed, in {report.seconds:.1f} s.")


@batch_group.command(name="link")
@DB_OPTION
@SPARK_OPTION
@PARTITIONS_OPTION
@click.option("--min-chars", type=click.IntRange(5, 500), default=15, show_default=True,
              help="Fewest original (non-banal) characters a reused passage must share.")
@JSON_OPTION
def batch_link_command(db: str, master: str, partitions: int | None, min_chars: int, as_json: bool) -> None:
    """`plantrace link` as a Spark job: each document pair is linked by a Spark task.

    \b
    Example:
      plantrace batch link --spark local[2] --db plantrace.db
    """
    from plantrace.batch import spark

    report = spark.link(db, master=master, partitions=partitions, min_chars=min_chars)
    rows = [{**p, "doc": p["lower"], "source": p["lower"], "line_start": 1, "line_end": 1} for p in report.pairs]
    if as_json:
        print_json(rows)
        return
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(report.counts.items())) or "none"
    click.echo(f"{report.documents} documents, {len(rows)} pairs, {sum(report.counts.values())} links ({counts}).")


COMMANDS: list[click.Command] = [batch_group]
