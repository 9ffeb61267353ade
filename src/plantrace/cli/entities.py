"""CLI commands of the entities issue: projects, concepts, platforms, industries, guidance, compare."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from plantrace import library
from plantrace.cli.output import DB_OPTION, JSON_OPTION, inert, inert_cell, print_json, print_table

Row = dict[str, Any]
STATUSES = ("在建", "建成", "规划", "研究")


def _show(rows: list[Row], columns: Sequence[str], as_json: bool, title: str) -> None:
    if as_json:
        print_json(rows)
        return
    table = [{**r, "file": Path(r["source"]).name, "lines": _lines(r)} for r in rows]
    print_table(table, [*columns, "file", "lines"], title=f"{title} ({len(rows)})")


def _lines(row: Row) -> str:
    start, end = row["line_start"], row["line_end"]
    return f"L{start}" if start == end else f"L{start}-{end}"


@click.command()
@DB_OPTION
@click.option("--doc", default=None, help="Only this document (id, id prefix, path or file name).")
@click.option("--status", type=click.Choice(STATUSES), default=None, help="Only projects with this stated status.")
@click.option("--category", default=None,
              help="Only this category (轨道交通, 医疗卫生 …), else group headings containing this text (骨架, 医院).")
@JSON_OPTION
def projects(db: str, doc: str | None, status: str | None, category: str | None, as_json: bool) -> None:
    """Projects from boxes (专栏 重点建设项目) and project lists in the text, each with its source line."""
    rows = library.projects(db, doc=doc, status=status, category=_simplified(category))
    _show(rows, ["name", "category", "group", "status", "place"], as_json, "Projects")


def _simplified(text: str | None) -> str | None:
    """軌道交通 -> 轨道交通: categories and headings are stored in the simplified layer."""
    if not text:
        return text
    import opencc

    return str(opencc.OpenCC("t2s").convert(text))


@click.command()
@DB_OPTION
@JSON_OPTION
def concepts(db: str, as_json: bool) -> None:
    """Named concepts (一核两翼三带, "1+1+9") grouped across documents, with parts and definitions."""
    rows = library.concepts(db)
    if as_json:
        print_json(rows)
        return
    table = [{**r, "names": " / ".join(r["names"]), "parts": _parts(r["parts"]),
              "file": Path(r["source"]).name, "lines": _lines(r)} for r in rows]
    print_table(table, ["name", "names", "documents", "parts", "file", "lines"], title=f"Concepts ({len(rows)})")


def _parts(parts: list[Row]) -> str:
    return "; ".join(f"{p['part']}: {p['definition']}" if p["definition"] else p["part"] for p in parts)


@click.command()
@DB_OPTION
@click.option("--place", default=None, help="Only platforms of this place (海珠区 or 海珠).")
@JSON_OPTION
def platforms(db: str, place: str | None, as_json: bool) -> None:
    """Named zones, parks, labs and platforms with the place they belong to."""
    rows = library.platforms(db, place)
    _show(rows, ["name", "category", "place"], as_json, "Platforms")


@click.command()
@DB_OPTION
@JSON_OPTION
def industries(db: str, as_json: bool) -> None:
    """The place x industry matrix: each cell with its count and evidence sentences."""
    rows = library.industries(db)
    if as_json:
        print_json(rows)
        return
    table = [{**r, "surfaces": "、".join(r["surfaces"]), "file": Path(r["source"]).name, "lines": _lines(r)}
             for r in rows]
    print_table(table, ["place", "industry", "count", "surfaces", "file", "lines"], title=f"Industries ({len(rows)})")


@click.command()
@DB_OPTION
@JSON_OPTION
def guidance(db: str, as_json: bool) -> None:
    """A city plan's per-district guidance rows (district, positioning, focus, key platforms)."""
    rows = library.guidance(db)
    _show(rows, ["district", "positioning", "focus", "platforms"], as_json, "District guidance")


@click.command()
@click.argument("places", nargs=-1, required=True)
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["md", "html", "csv"]), default="md", show_default=True)
@click.option("--limit", type=click.IntRange(1, 100), default=8, show_default=True, help="Most values per cell.")
@JSON_OPTION
def compare(places: tuple[str, ...], db: str, fmt: str, limit: int, as_json: bool) -> None:
    """Places side by side: positioning, concepts, industries, platforms, projects, headline targets.

    \b
    Example:
      plantrace compare 海珠区 荔湾区 从化区 --db plantrace.db --format md
    Every value cites its source as file:line.
    """
    rows = library.compare_places(db, places, limit=limit)
    if as_json:
        print_json(rows)
    else:
        click.echo({"md": render_markdown, "html": render_html, "csv": render_csv}[fmt](rows, places))


def _grid(rows: list[Row], places: Sequence[str]) -> dict[str, dict[str, list[str]]]:
    grid: dict[str, dict[str, list[str]]] = {a: {p: [] for p in places} for a in library.COMPARE_ASPECTS}
    for row in rows:
        cite = f"{Path(row['source']).name}:{_lines(row)}"
        grid[row["aspect"]][row["place"]].append(f"{row['value']} [{cite}; {row['said_by']}]")
    return grid


def render_markdown(rows: list[Row], places: Sequence[str]) -> str:
    def cell(text: str) -> str:
        return inert(text.replace("|", "\\|").replace("\n", " "))

    grid = _grid(rows, places)
    lines = ["| aspect | " + " | ".join(places) + " |", "|---" * (len(places) + 1) + "|"]
    for aspect, by_place in grid.items():
        lines.append(f"| {aspect} | " + " | ".join("<br>".join(cell(v) for v in by_place[p]) for p in places) + " |")
    return "\n".join(lines)


def render_html(rows: list[Row], places: Sequence[str]) -> str:
    grid = _grid(rows, places)
    head = "".join(f"<th>{html.escape(p)}</th>" for p in places)
    body = "".join(
        f"<tr><th>{aspect}</th>"
        + "".join("<td>" + "<br>".join(html.escape(v) for v in by_place[p]) + "</td>" for p in places)
        + "</tr>"
        for aspect, by_place in grid.items()
    )
    return f'<table class="plantrace-compare"><tr><th>aspect</th>{head}</tr>{body}</table>'


def render_csv(rows: list[Row], places: Sequence[str]) -> str:
    out = io.StringIO()
    columns = ["place", "aspect", "value", "said_by", "doc", "source", "line_start", "line_end"]
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: inert_cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue().rstrip("\n")


COMMANDS: list[click.Command] = [projects, concepts, platforms, industries, guidance, compare]
