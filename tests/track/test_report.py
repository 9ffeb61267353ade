"""The evaluation report renders for the national series and for Guangzhou, and every number has a source."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from plantrace import tracking

NUMBER = re.compile(r"(?<![A-Za-z_.\d])\d+(?:\.\d+)?")
SKIP = {"svg", "cite", "h1", "h2", "h3", "th", "title", "style", "figcaption"}


class NumberAudit(HTMLParser):
    """Collects numbers outside a sourced ``span.num``, and sourced numbers without a source."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.unsourced: list[str] = []
        self.sourced = 0
        self.explanations: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "br"):
            return
        self.stack.append((tag, dict(attrs)))
        attr = dict(attrs)
        if tag == "span" and attr.get("class") == "num":
            assert attr.get("data-source"), attrs
            self.sourced += 1

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        classes = {a.get("class") for _, a in self.stack}
        if any(tag in SKIP for tag, _ in self.stack) or "meta" in classes or "num" in classes:
            return
        if "explanation" in classes:
            self.explanations.append(data)
            return
        self.unsourced.extend(NUMBER.findall(data))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, sample_db: Path) -> str:
    copy = tmp_path_factory.mktemp("report") / "report.db"
    shutil.copy(sample_db, copy)
    tracking.build_tracking(str(copy))
    return str(copy)


@pytest.mark.parametrize(("jurisdiction", "period"), [("中华人民共和国", (2011, 2020)), ("广州市", (2021, 2025))])
def test_every_number_in_the_html_report_carries_a_source(db: str, jurisdiction: str, period: tuple[int, int]) -> None:
    text = tracking.render_report(db, jurisdiction=jurisdiction, period=period, fmt="html")
    assert "<svg" in text and "http://" not in text.replace("http://www.w3.org", "").replace(
        "http://purl.org", "").replace("http://creativecommons.org", "").replace("https://matplotlib.org", "")
    assert "<script" not in text and "<link" not in text
    audit = NumberAudit()
    audit.feed(text)
    assert audit.sourced > 5
    assert audit.unsourced == [], audit.unsourced[:20]
    # every explanation names the document line of its target
    assert audit.explanations and all(re.search(r"第\d+行", e) for e in audit.explanations)
    for heading in ("一、总体情况", "二、分指标情况", "三、无数据的目标", "四、依据的文件", "五、判定规则"):
        assert heading in text


def test_markdown_report_cites_each_value(db: str) -> None:
    text = tracking.render_report(db, jurisdiction="中华人民共和国", period=(2011, 2020), fmt="md")
    rows = [line for line in text.splitlines() if line.startswith("| 20")]
    assert rows
    for row in rows:
        cells = row.split(" | ")[1:3]
        for cell in cells:
            if NUMBER.search(cell):
                assert re.search(r"（[^）]+第\d+行）", cell), row
    assert "data:image/svg+xml;base64," in text


def test_report_for_a_period_without_targets_says_so(db: str) -> None:
    from plantrace.errors import NotFound

    with pytest.raises(NotFound):
        tracking.render_report(db, jurisdiction="广州市", period=(1990, 1995), fmt="html")
