"""Foundation commands: ingest, ls, show, parse, export, doctor."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from plantrace import pipeline
from plantrace.cli import progress
from plantrace.cli.export import export_command
from plantrace.cli.output import (
    DB_OPTION,
    JSON_OPTION,
    given_metadata,
    given_options,
    print_json,
    print_table,
    reading_options,
)
from plantrace.library import documents, reader
from plantrace.models import ParsedDocument


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@DB_OPTION
@click.option("--encoding", default=None, help="Force the text encoding (gb18030, big5, utf-16 …).")
@click.option("--max-mb", type=int, default=None,
              help="Refuse files larger than this [default: setting max_file_mb, 200].")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Processes that read, parse and extract (one writes) [default: every core].")
@given_options
@JSON_OPTION
def ingest(
    paths: tuple[Path, ...], db: str, encoding: str | None, max_mb: int | None, workers: int | None,
    issued: str | None, given_place: str | None, given_type: str | None, as_json: bool
) -> None:
    """Read, parse, extract and store files or folders (one transaction per document).

    Unchanged files are skipped; a changed file replaces its old version. Files that fail are
    listed with the reason and the exit status is 1; the rest of the batch still goes in.

    When a text does not say its date, place or type (an excerpt, a news copy), give them with
    --issued, --jurisdiction and --doc-type: they win over what is read from the text, the
    document keeps a note `metadata_given`, and ingesting the file again with other values
    replaces it. Example:

    \b
      plantrace ingest excerpt.txt --issued 2026-01-27 --jurisdiction 贵州省 --doc-type work_report
    """
    encoding, max_bytes = reading_options(encoding, max_mb)
    given = given_metadata(issued, given_place, given_type)
    found = pipeline.scan(paths)
    with progress.bar(len(found.files), "Ingesting", enabled=not as_json) as advance:
        report = pipeline.ingest_paths(found, db, encoding=encoding, max_bytes=max_bytes, on_file=advance,
                                       workers=workers or os.cpu_count() or 1, given=given)
    if as_json:
        print_json([asdict(r) for r in report.results])
    else:
        progress.summary(report, db)
    if report.failures:
        raise SystemExit(1)


@click.command(name="ls")
@DB_OPTION
@JSON_OPTION
def list_documents(db: str, as_json: bool) -> None:
    """List the documents in the database."""
    rows = documents(db)
    if as_json:
        print_json(rows)
        return
    columns = ["doc", "file", "title", "jurisdiction", "level", "doc_type", "period", "script", "lines", "warnings"]
    print_table(rows, columns)


@click.command()
@click.argument("doc")
@DB_OPTION
@click.option("--outline", is_flag=True, help="Show the heading tree with line ranges.")
@click.option("--node", "node_id", default=None, help="Show one node's text with its heading path.")
@click.option("--pages", is_flag=True,
              help="Where each node sits in the printed file: its page and line on that page (PDF; empty otherwise).")
@JSON_OPTION
def show(doc: str, db: str, outline: bool, node_id: str | None, pages: bool, as_json: bool) -> None:
    """Show a document: its metadata and warnings, its outline, its nodes' pages, or one node."""
    from plantrace.cli import show_views

    with reader(db) as store:
        document = store.document(doc)
        if node_id:
            show_views.node(store, document, node_id, as_json)
        elif pages:
            show_views.pages(store, document, as_json)
        elif outline:
            show_views.outline(store, document, as_json)
        else:
            show_views.summary(store, document, as_json)


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--encoding", default=None, help="Force the text encoding.")
@given_options
@JSON_OPTION
def parse(file: Path, encoding: str | None, issued: str | None, given_place: str | None, given_type: str | None,
          as_json: bool) -> None:
    """Parse one file into its structure tree (no database), then say what is missing or damaged: the
    document's warnings and the lines cleaning removed. `--json` prints the parse contract.

    The settings ``encoding`` and ``max_file_mb`` apply as for ingest, and so do --issued,
    --jurisdiction and --doc-type.
    """
    encoding, max_bytes = reading_options(encoding, None)
    given = given_metadata(issued, given_place, given_type)
    parsed = pipeline.parse_file(file, encoding=encoding, max_bytes=max_bytes, given=given)
    if as_json:
        print_json(parse_contract(parsed))
        return
    from plantrace.cli import show_views

    contract = parse_contract(parsed)
    show_views.print_outline(contract["nodes"], parsed.document.title)
    show_views.print_damage(contract["document"]["warnings"], contract["removed"])


def parse_contract(parsed: ParsedDocument) -> dict[str, Any]:
    """The `plantrace parse FILE --json` object of DESIGN.md."""
    doc = asdict(parsed.document)
    doc["period"] = list(doc["period"]) if doc["period"] else None
    nodes = []
    for n in parsed.nodes:
        nodes.append({
            "id": n.id, "parent": n.parent, "kind": n.kind, "number": n.number, "label": n.label,
            "title": n.title, "path": list(n.path), "line_start": n.line_start, "line_end": n.line_end,
            "text": n.text, "attrs": dict(n.attrs), "page": n.page_start, "page_end": n.page_end,
        })
    removed = [asdict(r) for r in parsed.removed]
    return {"document": doc, "removed": removed, "nodes": nodes}


@click.command()
@DB_OPTION
def doctor(db: str) -> None:
    """Say what is installed: optional extras, the database and its schema version."""
    from plantrace.cli import show_views

    show_views.doctor(db)


COMMANDS: list[click.Command] = [ingest, list_documents, show, parse, export_command, doctor]
