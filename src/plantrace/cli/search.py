"""CLI commands of the search issue (added to the `plantrace` group by cli/main.py)."""

from __future__ import annotations

import click

from plantrace.cli.output import DB_OPTION, JSON_OPTION, plain, print_json, settings
from plantrace.cli.output import console as make_console
from plantrace.models import DOC_TYPES, NODE_KINDS
from plantrace.models.search import Hit

LEVELS = ("national", "province", "city", "district", "county", "unknown")


@click.command(name="search")
@click.argument("query")
@DB_OPTION
@JSON_OPTION
@click.option("--limit", type=click.IntRange(1, 1000), default=None,
              help="Most hits to show [default: setting search_limit, 10].")
@click.option("--doc", default=None, help="Only this document (id, id prefix, path or file name).")
@click.option("--jurisdiction", default=None, help="Only documents of this place (海珠区; either script).")
@click.option("--level", type=click.Choice(LEVELS), default=None, help="Only documents of this level.")
@click.option("--doc-type", type=click.Choice(DOC_TYPES), default=None, help="Only this document type.")
@click.option("--year", type=int, default=None, help="Only documents whose period covers, or issue year is, this year.")
@click.option("--kind", type=click.Choice([*NODE_KINDS, "measure"]), default=None,
              help="Only nodes of this kind (measure: only answers from the extracted measures).")
def search_command(
    query: str, db: str, as_json: bool, limit: int | None, doc: str | None, jurisdiction: str | None,
    level: str | None, doc_type: str | None, year: int | None, kind: str | None,
) -> None:
    """Search passages in either script; numeric questions are answered from the measures first.

    \b
    Examples:
      plantrace search 夜间经济 --db plantrace.db
      plantrace search 碧道 --jurisdiction 海珠区 --doc-type fyp_outline --limit 5
      plantrace search '"数字经济" 琶洲' --json
      plantrace search 2021年广州地区生产总值增长目标

    Words in "double quotes" must occur as written. Each hit cites the document, heading path and
    line range; 【…】 marks the matched words in a snippet quoted from the original text.
    """
    from plantrace.search import search

    hits = search(
        db, query, limit=limit or settings().search_limit, doc=doc, jurisdiction=jurisdiction, level=level,
        doc_type=doc_type, year=year, kind=kind,
    )
    if as_json:
        print_json([h.as_dict() for h in hits])
        return
    show_hits(hits, query)


def show_hits(hits: list[Hit], query: str) -> None:
    console = make_console()
    if not hits:
        console.print(f"No hits for {plain(query)!r}.")
        return
    for rank, hit in enumerate(hits, start=1):
        lines = f"{hit.line_start}" + (f"-{hit.line_end}" if hit.line_end != hit.line_start else "")
        where = f"{plain(hit.source)}:{lines}"
        label = " [magenta](measure)[/]" if hit.kind == "measure" else ""
        # soft_wrap: the citation (path:lines) is never folded inside a word, however long the path
        console.print(f"[bold]{rank}. {plain(hit.title)}[/]{label}  [dim]{where}  score {hit.score:.2f}[/]",
                      soft_wrap=True)
        if hit.path:
            console.print("   [cyan]" + plain(" › ".join(hit.path)) + "[/]")
        console.print("   " + _highlight(hit.snippet))


def _highlight(snippet: str) -> str:
    return plain(snippet).replace("【", "[bold yellow]【").replace("】", "】[/]")


COMMANDS: list[click.Command] = [search_command]
