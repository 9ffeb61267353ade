"""End-to-end journeys in real headless Chromium (Debian's ``chromium``, driven by Playwright).

The app runs in a thread on a free loopback port over a copy of the sample database. Screenshots of the
main pages go to a temporary folder, or to the folder named by ``PLANTRACE_SCREENSHOTS`` (``make screenshots``
sets it to docs/screenshots/, the pictures the README links), so a test run leaves the working tree as it was.
Without Chromium these tests skip, except in CI (``CI=true``), where they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from tests.api.conftest import FIXTURES, PASSWORD, PEOPLE

from plantrace.web import capabilities

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: ``PLANTRACE_SCREENSHOTS`` if set (``make screenshots``), else a temporary folder."""
    chosen = os.environ.get("PLANTRACE_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing: apt-get install chromium (scripts/debian-packages.txt)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def server(people_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from plantrace.api import create_app
    from plantrace.web.context import AppConfig

    db = tmp_path_factory.mktemp("browser") / "app.db"
    shutil.copy(people_db, db)
    if capabilities.has("links"):
        import plantrace.linking

        plantrace.linking.compute_links(str(db), workers=1)
    if capabilities.has("tracking"):
        import plantrace.tracking

        plantrace.tracking.build_tracking(str(db))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(AppConfig(db=str(db))), host="127.0.0.1", port=port, log_level="warning",
                            lifespan="off")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(200):
        if running.started:
            break
        time.sleep(0.05)
    assert running.started, "the app did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as play:
        launched = play.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 860}, accept_downloads=True)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("request", lambda r: problems.append(f"outside request {r.url}")
           if urlparse(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith("data:") else None)
    tab.problems = problems
    yield tab
    context.close()
    # refusals the journeys provoke on purpose show as failed loads; anything else is a fault
    assert not [p for p in problems if not any(f"status of {c}" in p for c in (401, 403, 422))], problems


def shot(tab: Any, folder: Path, name: str) -> None:
    tab.screenshot(path=str(folder / f"{name}.png"))
    assert (folder / f"{name}.png").stat().st_size > 0


def sign_in(tab: Any, user: str) -> None:
    tab.goto("/login")
    tab.fill("input[name=user]", user)
    tab.fill("input[name=password]", PASSWORD)
    tab.click("#login-form button[type=submit]")
    tab.wait_for_url("**/")


def test_open_the_library(page: Any, shots: Path) -> None:
    page.goto("/")
    assert page.title() == "文库 · plantrace"
    assert page.locator("#documents tbody tr").count() == 7
    assert page.locator("#documents").get_by_text("广州市海珠区").first.is_visible()
    shot(page, shots, "library")
    page.click("text=English")
    assert page.title() == "Library · plantrace"


def test_upload_a_document_then_read_it(page: Any) -> None:
    sign_in(page, "hz_editor")
    page.goto("/")
    page.set_input_files("#file-input", str(FIXTURES / "haizhu_report_2023.txt"))
    done = page.locator("#upload-status li.ok")
    done.wait_for(timeout=30_000)
    assert "3 measures" in done.inner_text()
    page.click("#upload-status a.uploaded-link")
    page.wait_for_url("**/documents/**")
    assert page.title().startswith("广州市海珠区人民政府工作报告")
    assert page.get_by_text('<script>alert("x")</script>', exact=False).count() == 1   # shown as text
    assert page.locator(".block mark.q.target").count() == 1 and page.locator(".block mark.q.actual").count() == 2


def test_upload_an_excerpt_with_the_date_and_place_its_text_lacks(page: Any, tmp_path: Path) -> None:
    sign_in(page, "hz_editor")
    page.goto("/")
    excerpt = tmp_path / "excerpt.txt"
    excerpt.write_text("过去一年，全区地区生产总值增长3.1%。\n今年主要预期目标是：地区生产总值增长6%左右。\n",
                       encoding="utf-8")
    page.click("#given summary")
    page.fill("#given-issued", "2023-01-10")
    page.fill("#given-place", "广州市海珠区")
    page.select_option("#given-type", "work_report")
    page.set_input_files("#file-input", str(excerpt))
    done = page.locator("#upload-status li.ok")
    done.wait_for(timeout=30_000)
    assert "metadata_given" in done.inner_text()
    page.click("#upload-status a.uploaded-link")
    page.wait_for_url("**/documents/**")
    assert page.title().startswith("广州市海珠区人民政府工作报告")  # the title inferred from what was given
    assert page.locator(".block mark.q.target").count() == 1 and page.locator(".block mark.q.actual").count() == 1


def test_a_failed_upload_says_why(page: Any, tmp_path: Path) -> None:
    sign_in(page, "hz_editor")
    page.goto("/")
    bad = tmp_path / "notes.exe"
    bad.write_bytes(b"MZ\x90\x00")
    page.set_input_files("#file-input", str(bad))
    failed = page.locator("#upload-status li.failed")
    failed.wait_for(timeout=30_000)
    assert "not a supported document type" in failed.inner_text()


def test_read_a_document_and_follow_a_node_link(page: Any, shots: Path) -> None:
    page.goto("/documents/haizhu_fyp14")
    assert "海珠區" in page.title()
    link = page.locator("nav.outline a").nth(3)
    target = link.get_attribute("href")
    link.click()
    assert page.url.endswith(target)
    assert page.locator(target.replace(".", "\\.")).is_visible()
    page.goto(f"/documents/haizhu_fyp14{target}")                       # the link is stable: it opens there again
    assert page.evaluate("document.querySelector(':target') !== null")
    quantity = page.locator(".block mark.q").first
    quantity.focus()
    assert "亿元" in quantity.get_attribute("data-tip")
    assert page.locator(".damage").count() >= 2
    page.goto("/documents/haizhu_fyp14#L88")
    shot(page, shots, "reader")
    page.click("text=简体")
    assert "script=simp" in page.url and page.get_by_text("海珠区").count() > 0


def test_search_and_open_a_hit(page: Any, shots: Path) -> None:
    page.goto("/search")
    page.fill("input[name=q]", "夜间经济")
    page.fill("input[name=place]", "海珠区")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/search?**")
    hits = page.locator("ol.hits li")
    assert hits.count() > 0 and page.locator("ol.hits mark").count() > 0
    assert page.locator("ol.hits .path").first.inner_text()
    shot(page, shots, "search")
    href = hits.first.locator("a.hit-title").get_attribute("href")
    hits.first.locator("a.hit-title").click()
    page.wait_for_url("**/documents/**")
    anchor = href.split("#", 1)[1]
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor
    assert "夜間經濟" in page.locator(":target").inner_text()


def test_filter_sort_and_export_the_targets(page: Any, shots: Path) -> None:
    page.goto("/targets")
    page.fill("input[name=metric]", "地区生产总值")
    page.select_option("select[name=stance]", "target")
    page.click("#target-filters button[type=submit]")
    page.wait_for_url("**metric=**")
    rows = page.locator("#targets tbody tr")
    assert rows.count() > 0
    assert all("生产总值" in text for text in rows.locator("td:first-child").all_inner_texts())
    page.locator("#targets thead th a").nth(4).click()          # year, ascending
    page.wait_for_url("**sort=year**")
    years = [int(y) for y in rows.locator("td:nth-child(5)").all_inner_texts() if y]
    assert years == sorted(years)
    page.wait_for_function("document.getElementById('target-chart').width > 0")
    shot(page, shots, "targets")
    with page.expect_download() as info:
        page.click("#export-csv")
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    assert text.startswith("doc,source,line_start") and text.count("\n") == rows.count() + 1
    with page.expect_download() as info:
        page.click("#export-xlsx")
    assert Path(info.value.path()).read_bytes()[:2] == b"PK"


def test_compare_places(page: Any, shots: Path) -> None:
    page.goto("/places")
    page.check("input[value=海珠区]")
    page.check("input[value=荔湾区]")
    page.click("button[type=submit] >> text=对比")
    page.wait_for_url("**place=**")
    assert page.locator("#compare thead th").count() == 3
    shot(page, shots, "places")


def test_a_district_plan_against_its_city_plan(page: Any, shots: Path) -> None:
    if not capabilities.has("links"):
        page.goto("/")
        assert page.locator("nav a[href='/links']").count() == 0      # not drawn as built when it is not
        return
    page.goto("/")
    page.click("nav >> text=衔接")
    page.fill("input[name=lower]", "海珠区")
    page.fill("input[name=upper]", "广州市")
    page.click("#link-filters button[type=submit]")
    page.wait_for_url("**lower=**")
    assert page.locator("#coverage tbody tr").count() > 0
    first = page.locator("#pairs li.pair").first
    assert first.locator("blockquote").count() == 2
    assert first.locator("blockquote p").first.inner_text().strip()
    shot(page, shots, "links")
    first.locator("blockquote a").first.click()
    page.wait_for_url("**/documents/**#L*")
    assert page.evaluate("document.querySelector(':target') !== null")


def _national_growth_2016(page: Any) -> Any:
    page.goto("/tracking?jurisdiction=中华人民共和国&year=2016")
    row = page.locator("#statuses tbody tr", has_text="国内生产总值增长").first
    return row


def test_an_editor_adds_an_observation_and_sees_the_status_change(page: Any, shots: Path) -> None:
    if not capabilities.has("tracking"):
        page.goto("/")
        assert page.locator("nav a[href='/tracking']").count() == 0   # not drawn as built when it is not
        return
    sign_in(page, "cn_editor")
    page.goto("/tracking")
    assert page.locator(".status-counts .badge").count() >= 2
    shot(page, shots, "tracking")
    row = _national_growth_2016(page)
    assert row.locator(".badge").inner_text() == "无数据"          # no 2017 report in the sample: no result yet
    row.locator("a").first.click()
    page.wait_for_url("**/tracking/indicator?**")
    page.fill("#observation-form input[name=year]", "2016")
    page.fill("#observation-form input[name=value]", "6.7")
    page.fill("#observation-form input[name=source]", "2016年国民经济和社会发展统计公报")
    page.click("#observation-form button[type=submit]")
    page.wait_for_url("**/tracking/indicator?**")
    history = page.locator("#history tbody tr", has_text="cn_editor")
    assert history.count() == 1 and "6.7" in history.inner_text()
    status = page.locator("#indicator-statuses tbody tr", has_text="2016").first.locator(".badge").inner_text()
    assert status in ("已完成", "提前完成"), status
    shot(page, shots, "indicator")
    # a correction keeps the history: both values stay listed, the newest counts
    page.fill("#observation-form input[name=year]", "2016")
    page.fill("#observation-form input[name=value]", "6.4")
    page.fill("#observation-form input[name=source]", "更正: 2017年统计年鉴")
    page.click("#observation-form button[type=submit]")
    page.wait_for_url("**/tracking/indicator?**")
    assert page.locator("#history tbody tr", has_text="cn_editor").count() == 2
    status = page.locator("#indicator-statuses tbody tr", has_text="2016").first.locator(".badge").inner_text()
    assert status == "未完成", status


def test_a_viewer_cannot_enter_values(page: Any) -> None:
    if not capabilities.has("tracking"):
        return
    sign_in(page, "cn_viewer")
    _national_growth_2016(page).locator("a").first.click()
    page.wait_for_url("**/tracking/indicator?**")
    assert page.locator("#observation-form").count() == 0
    status = page.evaluate("""async () => {
        const token = document.querySelector('meta[name="csrf-token"]').content;
        const r = await fetch("/api/v1/observations", {method: "POST", headers: {"Content-Type": "application/json",
            "X-CSRF-Token": token}, body: JSON.stringify({jurisdiction: "中华人民共和国", indicator: "国内生产总值增长",
            year: 2016, value: 9.9, unit: "%", source: "viewer"})});
        return r.status;
    }""")
    assert status == 403


def test_a_viewer_is_refused(page: Any) -> None:
    sign_in(page, "gz_viewer")
    page.goto("/")
    assert page.locator("#dropzone").count() == 0
    status = page.evaluate("""async () => {
        const body = new FormData();
        body.append("file", new Blob(["广州市人民政府工作报告"], {type: "text/plain"}), "gz.txt");
        const token = document.querySelector('meta[name="csrf-token"]').content;
        const r = await fetch("/api/v1/documents", {method: "POST", body, headers: {"X-CSRF-Token": token}});
        return [r.status, (await r.json()).error];
    }""")
    assert status[0] == 403 and "may not act as editor" in status[1]
    assert page.goto("/admin").status == 403


def test_an_administrator_sees_the_audit_log(page: Any, shots: Path) -> None:
    sign_in(page, "root")
    page.goto("/admin")
    assert page.locator("#audit tbody tr").count() >= 5
    assert page.locator("#users tbody tr").count() == len(PEOPLE)
    shot(page, shots, "admin")


def test_pages_fit_a_phone(browser: Any, server: str, shots: Path) -> None:
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    for url in ("/", "/documents/guangzhou_work_report", "/search?q=碧道"):
        tab.goto(url)
        overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, (url, overflow)
    tab.goto("/documents/guangzhou_work_report")
    shot(tab, shots, "reader-phone")
    context.close()


def test_keyboard_reaches_the_search(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "/search"
