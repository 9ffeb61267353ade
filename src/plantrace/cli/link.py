"""CLI commands of the link issue: link, links, coverage, reuse, places."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from plantrace import linking, linking_coverage
from plantrace.cli.output import DB_OPTION, JSON_OPTION, print_json, print_table
from plantrace.models.links import RELATIONS

Row = dict[str, Any]


@click.command("link")
@DB_OPTION
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Worker processes [default: 2].")
@click.option("--min-chars", type=click.IntRange(5, 500), default=15, show_default=True,
              help="Fewest original (non-banal) characters a reused passage must share.")
@JSON_OPTION
def link_command(db: str, workers: int | None, min_chars: int, as_json: bool) -> None:
    """Link every lower plan to the plans above it (reuse, commitment, positioning, target).

    \b
    Example:
      plantrace link --db plantrace.db
    Pairs follow the place tree and the periods: a 14th-plan district outline answers the
    14th-plan city outline, and its targets are also read against the city's work reports.
    """
    with Progress(TextColumn("Linking"), BarColumn(), MofNCompleteColumn(), console=Console(stderr=True),
                  transient=True, disable=as_json or not sys.stderr.isatty()) as prog:
        task = prog.add_task("link", total=None)
        report = linking.compute_links(db, workers=workers, min_chars=min_chars,
                                       progress=lambda i, n: prog.update(task, completed=i, total=n))
    rows = [{**p, "doc": p["lower"], "source": p["lower"], "line_start": 1, "line_end": 1} for p in report.pairs]
    if as_json:
        print_json(rows)
        return
    table = [{**r, "lower": Path(r["lower"]).name, "upper": Path(r["upper"]).name,
              "relations": ", ".join(r["relations"])} for r in rows]
    print_table(table, ["lower", "upper", "relations", "links"], title=f"Linked pairs ({len(rows)})")
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(report.counts.items())) or "none"
    click.echo(f"{report.documents} documents, {sum(report.counts.values())} links ({counts}).")


def _flat(rows: list[Row]) -> list[Row]:
    return [{
        "relation": r["relation"], "score": r["score"],
        "lower": f"{Path(r['lower']['source']).name}:{_lines(r['lower'])}",
        "upper": f"{Path(r['upper']['source']).name}:{_lines(r['upper'])}",
        "evidence": r["evidence"][:80], "rule": r["rule"],
    } for r in rows]


def _lines(side: Row) -> str:
    start, end = side["line_start"], side["line_end"]
    return f"L{start}" if start == end else f"L{start}-{end}"


@click.command()
@DB_OPTION
@click.option("--lower", default=None, help="The lower document (id, path, file name) or place (海珠区).")
@click.option("--upper", default=None, help="The upper document or place (广州市).")
@click.option("--relation", type=click.Choice(RELATIONS), default=None, help="Only this relation.")
@JSON_OPTION
def links(db: str, lower: str | None, upper: str | None, relation: str | None, as_json: bool) -> None:
    """Links between plans, each with both spans, a score, the evidence and the rule.

    \b
    Example:
      plantrace links --db plantrace.db --lower 海珠区 --upper 广州市 --relation commitment --json
    """
    rows = linking.list_links(db, lower=lower, upper=upper, relation=relation)
    if as_json:
        print_json(rows)
        return
    print_table(_flat(rows), ["relation", "score", "lower", "upper", "evidence", "rule"], title=f"Links ({len(rows)})")


@click.command()
@click.argument("lower")
@click.option("--upper", required=True, help="The upper plan (document or place, 广州市).")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True)
def coverage(lower: str, upper: str, db: str, fmt: str) -> None:
    """Which chapters and sections of the upper plan a lower plan carries out, partly, or leaves out.

    \b
    Example:
      plantrace coverage 海珠区 --upper 广州市 --db plantrace.db --format html > coverage.html
      plantrace coverage all --upper 广州市 --db plantrace.db    # which lower plans pick up each section
    """
    rows = linking_coverage.coverage(db, lower, upper)
    if fmt == "json":
        print_json(rows)
    elif fmt == "md":
        click.echo(linking_coverage.render_markdown(rows, lower, upper), nl=False)
    else:
        click.echo(linking_coverage.render_html(db, rows, lower, upper))


@click.command()
@DB_OPTION
@click.option("--min-chars", type=click.IntRange(5, 500), default=15, show_default=True,
              help="Fewest original (non-banal) characters shared.")
@click.option("--lower", default=None, help="Only this lower document or place.")
@click.option("--upper", default=None, help="Only this upper document or place.")
@JSON_OPTION
def reuse(db: str, min_chars: int, lower: str | None, upper: str | None, as_json: bool) -> None:
    """Passages a lower plan copies word for word or nearly from an upper plan: both spans, shared text.

    \b
    Example:
      plantrace reuse --db plantrace.db --min-chars 30
    """
    rows = linking.reuse_rows(db, min_chars=min_chars, lower=lower, upper=upper)
    if as_json:
        print_json(rows)
        return
    print_table(_flat(rows), ["score", "lower", "upper", "evidence"], title=f"Reused passages ({len(rows)})")


@click.command()
@DB_OPTION
@click.option("--add", "add", default=None, help="Add a place the gazetteer does not know (needs --parent).")
@click.option("--parent", default=None, help="The place the added one belongs to (广州市).")
@click.option("--level", type=click.Choice(["province", "city", "district", "county"]), default="district",
              show_default=True)
@JSON_OPTION
def places(db: str, add: str | None, parent: str | None, level: str, as_json: bool) -> None:
    """The administrative tree the documents were placed in (national → province → city → district).

    \b
    Example:
      plantrace places --db plantrace.db
      plantrace places --db plantrace.db --add 广州科学城 --parent 广州市
    """
    if add:
        if not parent:
            raise click.UsageError("--add needs --parent.")
        row = linking.add_place(db, add, parent, level)
        click.echo(f"Added {row['name']} under {parent}.")
        return
    rows = linking.places(db)
    if as_json:
        print_json(rows)
        return
    table = [{**r, "chain": " → ".join(r["chain"]), "file": Path(r["source"]).name,
              "period": "–".join(map(str, r["period"])) if r["period"] else ""} for r in rows]
    print_table(table, ["chain", "level", "file", "doc_type", "period"], title=f"Places ({len(rows)})")


COMMANDS = [link_command, links, coverage, reuse, places]
