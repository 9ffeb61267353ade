"""Index rows: no TOC, no removed chrome, no duplicate paragraphs; maps lead back to the raw line."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.pipeline import parse_file
from plantrace.search import index_rows
from plantrace.search.snippet import decode_map, to_raw

PARA = "加快建设国际消费中心城市,大力发展夜间经济,培育壮大首店经济和品牌经济,打造一批特色消费街区。"
TEXT = f"""某某区国民经济和社会发展第十四个五年规划纲要

第一章 建设消费中心
{PARA}
推进城市更新,实施老旧小区微改造,完善社区公共服务设施,提升居民生活品质。
{PARA}
  {PARA[:30]}
"""


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("idx") / "plan.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_duplicates_and_contained_copies_are_indexed_once(doc: Path) -> None:
    rows = index_rows(parse_file(doc))
    texts = [r.simp for r in rows]
    assert sum(PARA in t for t in texts) == 1
    assert not any(t.strip() == PARA[:30] for t in texts)  # a copy contained in a kept paragraph
    assert any("老旧小区" in t for t in texts)


def test_rows_cite_their_own_lines(doc: Path) -> None:
    parsed = parse_file(doc)
    lines = {ln.number: ln for ln in parsed.lines}
    for row in index_rows(parsed):
        assert row.simp.split("\n")[0] == lines[row.line_start].simp
        assert row.body and row.doc_id == parsed.document.id


def test_toc_and_removed_lines_are_not_indexed(corpus: Path) -> None:
    parsed = parse_file(corpus / "guangzhou_fyp14_outline_partial.txt")
    toc = {n.id for n in parsed.nodes if n.kind == "toc"}
    removed = {i for r in parsed.removed for i in range(r.line_start, r.line_end + 1)}
    rows = index_rows(parsed)
    assert rows
    assert not any(r.node_id in toc for r in rows)
    assert not any(r.line_start in removed for r in rows)


def test_maps_point_into_the_raw_line(corpus: Path) -> None:
    """Every simplified character maps to the raw character it came from (HZ is traditional)."""
    parsed = parse_file(corpus / "haizhu_fyp14_outline_hant.txt")
    lines = {ln.number: ln for ln in parsed.lines}
    for row in index_rows(parsed)[:50]:
        for entry in row.maps.split(";"):
            number, _, encoded = entry.partition("=")
            line = lines[int(number)]
            mapping = decode_map(encoded)
            assert [to_raw(i, mapping) for i in range(len(line.text))] == list(line.index)
