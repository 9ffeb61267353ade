"""Pages in-process: titled, escaped, with security headers; reader, search, targets and places work."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import FIXTURES, token


@pytest.mark.parametrize("url", ["/", "/documents/haizhu", "/search?q=碧道", "/targets", "/places?place=海珠区",
                                 "/login", "/?lang=en"])
def test_pages_are_titled_and_carry_security_headers(read_client: TestClient, url: str) -> None:
    response = read_client.get(url)
    assert response.status_code == 200
    assert re.search(r"<title>[^<]+ · plantrace</title>", response.text)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text and 'src="http' not in response.text and "href=\"http" not in response.text


def test_english_switch(read_client: TestClient) -> None:
    assert "Library" in read_client.get("/?lang=en").text
    assert "文库" in read_client.get("/?lang=zh").text


def test_reader_marks_results_and_promises_and_links_every_node(read_client: TestClient) -> None:
    html = read_client.get("/documents/guangzhou_work_report").text
    assert 'class="q actual"' in html and 'class="q target"' in html
    assert re.search(r'<mark class="q target" tabindex="0" title="地区生产总值 · [^"]*2021', html)
    anchors = re.findall(r'id="n-([0-9a-f]+\.\d+)"', html)
    assert len(anchors) > 50 and all(f'href="#n-{a}"' in html for a in anchors[:20])


def test_reader_shows_damage_where_it_is_and_toggles_the_script(read_client: TestClient) -> None:
    original = read_client.get("/documents/haizhu").text
    assert "empty_box" in original and "missing_chapters" in original
    assert "海珠區" in original
    simplified = read_client.get("/documents/haizhu?script=simp").text
    assert "海珠区" in simplified.split("</header>", 2)[-1]
    scraped = read_client.get("/documents/liwan").text
    assert 'class="removed"' in scraped


def test_search_page_highlights_and_links_to_the_paragraph(read_client: TestClient) -> None:
    html = read_client.get("/search", params={"q": "夜间经济", "place": "海珠区"}).text
    assert "<mark>夜間經濟</mark>" in html  # quoted from the original (traditional) text
    assert re.search(r'href="/documents/[0-9a-f]+#n-[0-9a-f]+\.\d+"', html)


def test_targets_filter_sort_and_export(read_client: TestClient) -> None:
    html = read_client.get("/targets", params={"metric": "地区生产总值", "stance": "target", "sort": "year",
                                               "dir": "desc"}).text
    assert 'id="target-chart"' in html and "chart.umd.min.js" in html
    years = [int(y) for y in re.findall(r"</td><td>(\d{4})</td>\s*<td><span class=\"badge target", html)]
    assert years and years == sorted(years, reverse=True)
    csv_text = read_client.get("/targets.csv", params={"metric": "地区生产总值", "stance": "target"}).text
    assert csv_text.lstrip("\ufeff").startswith("doc,source,line_start") and "地区生产总值" in csv_text
    from openpyxl import load_workbook

    xlsx = read_client.get("/targets.xlsx", params={"metric": "地区生产总值"}).content
    sheet = load_workbook(io.BytesIO(xlsx)).active
    assert sheet is not None and sheet.cell(1, 6).value == "metric" and sheet.max_row > 2


def test_places_side_by_side(read_client: TestClient) -> None:
    html = read_client.get("/places", params=[("place", "海珠区"), ("place", "荔湾区")]).text
    assert '<th scope="col">海珠区</th>' in html and '<th scope="col">荔湾区</th>' in html


def test_document_script_is_shown_as_text(client: TestClient, db: Path) -> None:
    path = FIXTURES / "haizhu_report_2023.txt"
    made = client.post("/api/v1/documents", files={"file": (path.name, path.read_bytes(), "text/plain")},
                       headers=token(db, "hz_editor")).json()
    html = client.get(f"/documents/{made['doc']}").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html and "<script>alert" not in html
    hits = client.get("/search", params={"q": "script"}).text
    assert "<script>alert" not in hits


def test_admin_page_is_for_administrators(client: TestClient, db: Path) -> None:
    assert client.get("/admin").status_code == 401
    assert client.get("/admin", headers=token(db, "gz_editor")).status_code == 403
    page = client.get("/admin", headers=token(db, "root")).text
    assert "hz_editor" in page and "user.create" in page
    narrow = client.get("/admin", headers=token(db, "hz_admin")).text
    assert "hz_editor" in narrow and "gz_editor" not in narrow and "gz_viewer" not in narrow


def test_static_assets_are_served_locally(read_client: TestClient) -> None:
    chart = read_client.get("/static/chart.umd.min.js")
    assert chart.status_code == 200 and "Chart.js v4" in chart.text[:300]
    assert read_client.get("/static/app.js").status_code == 200
