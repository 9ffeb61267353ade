"""Coverage of an upper plan by lower plans: which chapters and sections they carry out, partly
carry out, or leave out, each with the links that show it; rendered as JSON rows, Markdown or HTML
(both texts side by side)."""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path
from typing import Any

from plantrace.errors import NotFound
from plantrace.linking import resolve_docs
from plantrace.store import links as queries
from plantrace.store import open_store

Row = dict[str, Any]
SECTION_KINDS = ("chapter", "section", "box")
CARRIED = 0.5      # share of a section's lines a lower plan links to for "carried out"
EVIDENCE = 5


def coverage(db: str, lower: str, upper: str) -> list[Row]:
    """One row per chapter/section of the upper plan: status, share of lines linked, evidence.
    ``lower`` may be ``all``: every lower plan, and each row names the lower plans that pick it up."""
    with open_store(db, write=False) as store:
        lowers = [] if lower in ("all", "*") else resolve_docs(store, lower)
        uppers = resolve_docs(store, upper)
        links = queries.list_links(store.conn, lower=lowers, upper=uppers)
        if not links:
            raise NotFound(f"No links between {lower} and {upper}.",
                           hint="Run `plantrace link --db DB` first; `plantrace places` shows which plans pair up.")
        rows = []
        for doc in uppers:
            source = store.document(doc)["source"]
            nodes = [n for n in queries.nodes(store.conn, doc) if n["kind"] in SECTION_KINDS]
            lines = {r["number"]: r["raw"] for r in queries.lines(store.conn, doc)}
            rows.extend(_section_rows(doc, source, nodes, lines, [lk for lk in links if lk["upper"]["doc"] == doc]))
    return rows


def _section_rows(doc: str, source: str, nodes: list[Row], lines: dict[int, str], links: list[Row]) -> list[Row]:
    by_line: dict[int, list[Row]] = defaultdict(list)
    for lk in links:
        for n in range(lk["upper"]["line_start"], lk["upper"]["line_end"] + 1):
            by_line[n].append(lk)
    rows = []
    for node in nodes:
        body = [n for n in range(node["line_start"], node["line_end"] + 1) if lines.get(n, "").strip()]
        linked = [n for n in body if by_line.get(n)]
        share = len(linked) / len(body) if body else 0.0
        evidence = [lk for n in linked for lk in by_line[n]]
        rows.append({
            "doc": doc, "source": source, "node": node["id"], "kind": node["kind"],
            "path": node["path"] or [node["title"]], "title": node["title"],
            "line_start": node["line_start"], "line_end": node["line_end"],
            "status": "carried_out" if share >= CARRIED else "partly" if linked else "left_out",
            "share": round(share, 3), "linked_lines": len(linked), "lines": len(body),
            "relations": sorted({lk["relation"] for lk in evidence}),
            "lower_docs": sorted({lk["lower"]["source"] for lk in evidence}),
            "evidence": [_evidence(lk) for lk in _unique(evidence)[:EVIDENCE]],
        })
    return rows


def _unique(links: list[Row]) -> list[Row]:
    seen, out = set(), []
    for lk in sorted(links, key=lambda x: -x["score"]):
        if lk["id"] not in seen:
            seen.add(lk["id"])
            out.append(lk)
    return out


def _evidence(lk: Row) -> Row:
    return {"relation": lk["relation"], "score": lk["score"], "evidence": lk["evidence"], "rule": lk["rule"],
            "lower": {k: lk["lower"][k] for k in ("source", "line_start", "line_end")},
            "upper": {k: lk["upper"][k] for k in ("line_start", "line_end")}}


LABELS = {"carried_out": "落实", "partly": "部分落实", "left_out": "未提及"}


def render_markdown(rows: list[Row], lower: str, upper: str) -> str:
    out = [f"# Coverage of {upper} by {lower}", "",
           "| section | lines | status | linked | relations | evidence |", "|---|---|---|---|---|---|"]
    for r in rows:
        ev = "<br>".join(f"{Path(e['lower']['source']).name}:{e['lower']['line_start']} {e['relation']}: "
                         f"{e['evidence'][:40]}" for e in r["evidence"][:3])
        out.append(f"| {' / '.join(r['path'][-2:])} | L{r['line_start']}-{r['line_end']} | "
                   f"{LABELS[r['status']]} ({r['status']}) | {r['linked_lines']}/{r['lines']} | "
                   f"{', '.join(r['relations'])} | {ev.replace('|', '/')} |")
    return "\n".join(out) + "\n"


def render_html(db: str, rows: list[Row], lower: str, upper: str) -> str:
    """Both texts side by side: each upper section with its status, and the lower lines linked to it."""
    with open_store(db, write=False) as store:
        texts: dict[str, dict[int, str]] = {}

        def line(source_doc: str, n: int) -> str:
            if source_doc not in texts:
                texts[source_doc] = {r["number"]: r["raw"] for r in queries.lines(store.conn, source_doc)}
            return texts[source_doc].get(n, "")

        docs = {d["source"]: d["id"] for d in queries.documents(store.conn)}
        parts = [_HEAD.format(title=html.escape(f"{upper} ← {lower}"))]
        for r in rows:
            upper_text = "<br>".join(html.escape(line(r["doc"], n)) for n in range(r["line_start"], r["line_end"] + 1)
                                     if line(r["doc"], n).strip())
            lower_text = "".join(
                f"<p><b>{html.escape(Path(e['lower']['source']).name)}:{e['lower']['line_start']}</b> "
                f"<i>{e['relation']}</i> {html.escape(line(docs[e['lower']['source']], e['lower']['line_start']))}</p>"
                for e in r["evidence"]
            )
            parts.append(
                f"<tr class='{r['status']}'><td><h3>{html.escape(' / '.join(r['path']))}</h3>"
                f"<p class='status'>{LABELS[r['status']]} · {r['linked_lines']}/{r['lines']} lines · "
                f"L{r['line_start']}-{r['line_end']}</p><div class='text'>{upper_text}</div></td>"
                f"<td>{lower_text or '—'}</td></tr>"
            )
        parts.append("</table></body></html>")
    return "\n".join(parts)


_HEAD = """<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{title}</title><style>
body{{font-family:sans-serif;margin:1em}} table{{border-collapse:collapse;width:100%}}
td{{vertical-align:top;border-top:1px solid #ccc;padding:.5em;width:50%}} .text{{max-height:20em;overflow:auto}}
tr.carried_out .status{{color:#060}} tr.partly .status{{color:#a60}} tr.left_out .status{{color:#a00}}
</style></head><body><h1>{title}</h1><table><tr><th>upper plan</th><th>lower plan</th></tr>"""
