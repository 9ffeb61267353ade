"""The printed page of every line and node, kept in the store and given in every row that cites a line.

The PDF is the Conghua outline excerpt printed by LibreOffice (tests/fixtures/formats); the same text as
a Word file has no printed pages, so its rows say ``page: null``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from plantrace import library, search_documents
from plantrace.pipeline import ingest_paths

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
PLANTRACE = str(Path(sys.executable).parent / "plantrace")


@pytest.fixture
def paged(db: str) -> str:
    report = ingest_paths([FORMATS / "conghua_outline.pdf", FORMATS / "conghua_outline.docx"], db)
    assert not report.failures
    return db


def test_every_node_of_a_pdf_has_its_pages(paged: str) -> None:
    rows = library.nodes(paged, "conghua_outline.pdf")
    assert rows and all(r["page"] is not None and r["page_line"] is not None for r in rows)
    assert all(r["page"] <= r["page_end"] for r in rows)
    by_title = {r["title"]: r for r in rows}
    chapter = by_title["全面建成小康社会,开启高水平建设幸福美丽生态之城新征程"]
    assert (chapter["page"], chapter["page_line"]) == (1, 1)  # the running header above it is not a line
    assert chapter["page_end"] == max(r["page_end"] for r in rows) >= 4
    second = by_title["面临主要机遇和挑战"]
    assert second["kind"] == "section" and second["page"] == 4
    pages = [r["page"] for r in rows]
    assert pages == sorted(pages)


def test_a_word_file_has_no_pages(paged: str) -> None:
    rows = library.nodes(paged, "conghua_outline.docx")
    assert rows and all(r["page"] is None and r["page_end"] is None and r["page_line"] is None for r in rows)


def test_measures_and_search_hits_cite_the_page(paged: str) -> None:
    pdf = library.document(paged, "conghua_outline.pdf")["id"]
    found = library.targets(paged, doc=pdf)
    assert found and all(isinstance(m["page"], int) for m in found)
    lines = {n["line_start"]: n["page"] for n in library.nodes(paged, pdf)}
    assert all(m["page"] == lines[m["line"]] for m in found if m["line"] in lines)
    hits = search_documents(paged, "乡村振兴", doc=pdf)
    assert hits and all(h.page is not None and h.as_dict()["page"] == h.page for h in hits)
    word = search_documents(paged, "乡村振兴", doc=library.document(paged, "conghua_outline.docx")["id"])
    assert word and all(h.as_dict()["page"] is None for h in word)


def test_show_pages_through_the_cli(tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    ingest_paths([FORMATS / "conghua_outline.pdf"], db)
    run = [PLANTRACE, "show", "conghua_outline.pdf", "--db", db, "--pages"]
    rows = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True, check=True).stdout)
    assert {"doc", "source", "line_start", "line_end", "node", "kind", "page", "page_end", "page_line"} <= set(rows[0])
    text = subprocess.run(run, capture_output=True, text=True, check=True,
                          env={**os.environ, "COLUMNS": "200"}).stdout
    assert "line on page" in text and "第二节 面临主要机遇和挑战" in text


def test_measures_of_a_file_carry_the_page() -> None:
    run = [PLANTRACE, "measures", str(FORMATS / "conghua_outline.pdf"), "--json"]
    rows = json.loads(subprocess.run(run, capture_output=True, text=True, check=True).stdout)
    assert rows and {r["page"] for r in rows} <= {1, 2, 3, 4, 5} and len({r["page"] for r in rows}) >= 2


def test_the_api_and_the_reader_cite_pages(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from plantrace.api import create_app
    from plantrace.web.context import AppConfig

    db = str(tmp_path / "p.db")
    ingest_paths([FORMATS / "conghua_outline.pdf"], db)
    doc = library.document(db, "conghua_outline.pdf")["id"]
    with TestClient(create_app(AppConfig(db=db))) as client:
        nodes = client.get(f"/api/v1/documents/{doc}/nodes").json()["items"]
        assert nodes and all(isinstance(n["page"], int) for n in nodes)
        html = client.get(f"/documents/{doc}").text
    assert 'id="p1"' in html and "p. 4" in html
