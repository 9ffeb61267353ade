"""Views of `show` and `doctor`: summary, outline, one node."""

from __future__ import annotations

import importlib.util
import sqlite3
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.tree import Tree

from plantrace.cli.output import console as make_console
from plantrace.cli.output import plain, print_json, print_table, wide_console
from plantrace.library import Store, node_measures, node_row

Row = dict[str, Any]


def summary(store: Store, doc: Row, as_json: bool) -> None:
    if as_json:
        print_json({**doc, "removed": store.removed(doc["id"])})
        return
    console = make_console()
    for key in ("id", "title", "source", "jurisdiction", "level", "doc_type", "period", "issued", "script",
                "lines", "format", "encoding"):
        console.print(f"[bold]{key:>12}[/bold]  {plain(doc[key])}")
    print_damage(doc["warnings"], store.removed(doc["id"]), console)


def print_damage(warnings: Sequence[Row], removed: Sequence[Row], console: Console | None = None) -> None:
    """What is missing or damaged in a document, said out loud: its warnings, then the lines cleaning removed."""
    console = console or make_console()
    for w in warnings:
        where = f" (lines {w['line_start']}–{w['line_end']})" if w.get("line_start") else ""
        console.print(f"[yellow]warning[/yellow] {plain(w['code'])}: {plain(w['message'])}{where}")
    for r in removed:
        console.print(f"[dim]removed lines {r['line_start']}–{r['line_end']}: {plain(r['reason'])}[/dim]")


def outline(store: Store, doc: Row, as_json: bool) -> None:
    nodes = [n for n in store.nodes(doc["id"]) if n["kind"] != "paragraph"]
    if as_json:
        print_json([_cite(n, doc) for n in nodes])
        return
    print_outline(nodes, doc["title"])


def print_outline(nodes: Sequence[Row], title: str) -> None:
    """A rich tree of the non-paragraph nodes, each with its line range and id."""
    root = Tree(f"[bold]{plain(title)}[/bold]")
    branches: dict[str | None, Tree] = {None: root}
    for n in nodes:
        if n["kind"] == "paragraph":
            continue
        label = plain(" ".join(x for x in (n.get("label") or "", n.get("title") or "") if x) or n["kind"])
        text = f"{label} [dim]{n['kind']} L{n['line_start']}–{n['line_end']} {n['id']}[/dim]"
        parent = branches.get(n["parent"], root)
        branches[n["id"]] = parent.add(text, highlight=False)
    wide_console().print(root)


def node(store: Store, doc: Row, node_id: str, as_json: bool) -> None:
    if "." not in node_id:
        node_id = f"{doc['id']}.{node_id}"
    row = store.node(node_id)
    if row["doc_id"] != doc["id"]:
        from plantrace.errors import NotFound

        raise NotFound(f"Node {node_id!r} is not a node of {doc['id']} ({doc['title']}).",
                       hint=f"`plantrace show {doc['id']} --outline` lists the nodes of that document.")
    measures = node_measures(store, node_id)
    lines = store.lines(doc["id"], row["line_start"], row["head_end"])
    read = [line["ocr_confidence"] for line in lines if line.get("ocr_confidence") is not None]
    if as_json:
        print_json({**_cite(row, doc), "text": row["text"], "ocr_confidence": min(read) if read else None,
                    "measures": measures})
        return
    console = make_console()
    console.print(plain(" › ".join(row["path"]) or doc["title"]), style="bold")
    console.print(f"[dim]{plain(doc['title'])} · {row['kind']} · lines {row['line_start']}–{row['line_end']}"
                  + (" · OCR confidence per line in brackets" if read else "") + "[/dim]")
    for line in lines:
        confidence = "" if line.get("ocr_confidence") is None else f" [{line['ocr_confidence']:.0f}]"
        console.print(f"[dim]{line['number']:>5}{confidence}[/dim]  {plain(line['raw'])}")
    if measures:
        columns = ["line", "surface", "metric", "value", "unit", "comparator", "stance", "year"]
        print_table(measures, columns + (["warning"] if any(m.get("warning") for m in measures) else []),
                    title="measures")
        for w in doc["warnings"]:
            if w["code"] == "ocr_low_confidence" and row["line_start"] <= (w.get("line_start") or 0) <= row["head_end"]:
                console.print(f"[yellow]line {w['line_start']}[/yellow] {plain(w['message'])}")


def _cite(n: Row, doc: Row) -> Row:
    return node_row(n, doc)


def pages(store: Store, doc: Row, as_json: bool) -> None:
    """Every node with its printed page and line on that page (``—`` for a format without pages)."""
    nodes = store.nodes(doc["id"])
    rows = [_cite(n, doc) for n in nodes]
    if as_json:
        print_json(rows)
        return
    table = [{**r, "page": _page_span(r), "line on page": "—" if r["page_line"] is None else r["page_line"],
              "heading or text": _heading(n), "lines": f"{r['line_start']}–{r['line_end']}"}
             for r, n in zip(rows, nodes, strict=True)]
    paged = any(r["page"] is not None for r in rows)
    title = f"{doc['title']}: pages" if paged else f"{doc['title']}: {_no_pages(doc['format'])}"
    print_table(table, ["page", "line on page", "kind", "heading or text", "lines", "node"], title=title)


def _no_pages(fmt: str) -> str:
    if fmt == "docx":
        return ("pages unknown: the Word file records no page breaks "
                "(neither Word's rendered layout nor explicit breaks)")
    return f"no printed pages in a {fmt} file"


def _page_span(r: Row) -> str:
    if r["page"] is None:
        return "—"
    return str(r["page"]) if r["page_end"] in (None, r["page"]) else f"{r['page']}–{r['page_end']}"


def _heading(n: Row) -> str:
    text = " ".join(x for x in (n.get("label") or "", n.get("title") or "") if x) or n["text"].split("\n")[0]
    return text if len(text) <= 30 else text[:29] + "…"


_EXTRAS = {"html": ("bs4", "lxml"), "docx": ("docx",), "pdf": ("pypdf",), "ocr": ("pytesseract", "pypdfium2"),
           "parquet": ("pyarrow",)}


def doctor(db: str) -> None:
    rows = []
    for extra, modules in _EXTRAS.items():
        missing = [m for m in modules if importlib.util.find_spec(m) is None]
        status = "installed" if not missing else f"missing {', '.join(missing)}: pip install 'plantrace[{extra}]'"
        rows.append({"component": f"extra [{extra}]", "status": status})
    rows.append({"component": "OCR engine (scanned PDFs)", "status": _ocr_status()})
    rows.append({"component": "search thesaurus", "status": _thesaurus_status()})
    rows.append({"component": "search word vectors", "status": _vectors_status()})
    rows.append({"component": "sqlite", "status": f"{sqlite3.sqlite_version}, FTS5 {_has_fts5()}"})
    rows.append({"component": f"database {db}", "status": _db_status(db)})
    print_table(rows, ["component", "status"], title="plantrace doctor")


def _ocr_status() -> str:
    from plantrace.ingest.ocr import engine_status

    return engine_status()


def _thesaurus_status() -> str:
    from plantrace.search.expand import thesaurus_status

    return thesaurus_status()


def _vectors_status() -> str:
    from plantrace.search.neighbours import status

    return status()


def _has_fts5() -> str:
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return "missing"
    return "available"


def _db_status(db: str) -> str:
    from plantrace.library import database_status

    found = database_status(db)
    if not found.exists:
        return "not created yet"
    text = f"{found.documents} documents, schema {found.schema or 'empty'}"
    if found.newer:
        text += " (made by a newer plantrace: upgrade plantrace)"
    elif found.pending:
        text += f" ({len(found.pending)} upgrade(s) pending: `plantrace db migrate --db {db}`)"
    return text
