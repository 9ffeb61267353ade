"""Properties of every parse: no crash, every line accounted for once, stable ids, a well-nested tree."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parse_helpers import CORPUS, make_document, parse_corpus, parse_lines

from plantrace.models import CleanText, Node
from plantrace.parse import parse_document
from plantrace.parse.ownership import own_line_claims, owned_lines, removed_lines

PIECES = [
    "第七章", "第一节", "第十二篇", "一、", "二、", "(一)", "(二)", "1.", "2.", "1.2035年", "(1)", "——", "①",
    "专栏14", "專欄2:", "注:", "注:1.", "说明:", "附件1", "名词解释", "目录", "前 言", "图4", "(略)", "一是",
    "扩大高水平对外开放", "构建开放型经济新格局", "越秀区", "功能定位", "经济实力迈上新台阶。", "2020年地区生产总值",
    "突破2.5万亿元", "到年", "达公里", "%", "。", ",", "《", "》", "“", "”", "(", ")", "2.5", "PM", "  ", " ",
    "\u3000", "\u00a0", "坚持", "推进", "重点", "平台",
]
line_strategy = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=6).map("".join),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30),
)
lines_strategy = st.lists(line_strategy.map(lambda s: s.replace("\n", "").replace("\r", "")), max_size=40)


def assert_well_formed(nodes: Sequence[Node], line_count: int, removed: frozenset[int]) -> None:
    by_id = {n.id: n for n in nodes}
    for order, node in enumerate(nodes):
        assert node.order == order and node.id == f"{node.doc_id}.{order}"
        assert node.line_start <= node.head_end <= node.line_end <= line_count
        if node.parent is not None:
            parent = by_id[node.parent]
            assert parent.order < node.order                                  # parents precede children
            assert parent.head_end < node.line_start <= node.line_end <= parent.line_end  # spans nest
    claims = own_line_claims(nodes)
    assert all(len(ids) == 1 for ids in claims.values())                      # own lines never shared
    assert not set(claims) & removed


def assert_every_line_once(nodes: Sequence[Node], cleaned: CleanText) -> None:
    line_count = len(cleaned.lines)
    removed = removed_lines(cleaned.removed)
    blank = {ln.number for ln in cleaned.lines if ln.blank}
    owner = owned_lines(nodes, line_count, cleaned.removed)
    kept = {n for n in range(1, line_count + 1) if n not in removed}
    if nodes:
        assert set(owner) == kept
    else:
        assert kept <= blank                                                  # nothing to own but blanks
    ids = {n.id for n in nodes}
    assert set(owner.values()) <= ids


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines_strategy)
def test_parse_never_crashes_and_tree_is_well_formed(lines: list[str]) -> None:
    document, cleaned = make_document(lines)
    nodes, warnings = parse_document(document, cleaned)
    assert_well_formed(nodes, len(cleaned.lines), removed_lines(cleaned.removed))
    assert_every_line_once(nodes, cleaned)
    assert all(w.code for w in warnings)


@settings(max_examples=60, deadline=None)
@given(lines_strategy)
def test_ids_are_stable_across_parses(lines: list[str]) -> None:
    first = parse_lines(lines)
    second = parse_lines(lines)
    assert first[2] == second[2] and first[3] == second[3]


def test_owned_lines_rule_on_a_small_tree() -> None:
    lines = ["", "第七章 扩大高水平对外开放", "", "一、打造国际经贸新规则策源地", "",
             "对标国际高标准投资贸易规则,实行更大程度的压力测试。",
             "", "", "附件1 重点项目表", "", "广州塔南广场、海心桥等重点项目。", ""]
    _, cleaned, nodes, _ = parse_lines(lines)
    chapter, item, para, annex, para2 = nodes
    owner = owned_lines(nodes, len(cleaned.lines), cleaned.removed)
    assert owner[1] == chapter.id          # blank before everything: the first node
    assert owner[3] == chapter.id          # blank inside the chapter, in no child
    assert owner[5] == item.id             # blank inside the item
    assert owner[7] == owner[8] == item.id  # after the leaf paragraph: the deepest span (item runs to 8)
    assert owner[10] == annex.id and owner[12] == annex.id
    assert owner[6] == para.id and owner[11] == para2.id
    assert (chapter.line_end, item.line_end, para.line_end) == (8, 8, 6)


def test_owned_lines_on_every_corpus_document() -> None:
    names = [p.relative_to(CORPUS).as_posix() for p in sorted(CORPUS.rglob("*.txt"))]
    assert len(names) == 25
    for name in names:
        _, cleaned, nodes, _ = parse_corpus(name)
        gone = removed_lines(cleaned.removed)
        assert_well_formed(nodes, len(cleaned.lines), gone)
        assert_every_line_once(nodes, cleaned)


CORPUS_LINES = [line for path in sorted(CORPUS.rglob("*.txt")) for line in path.read_text(encoding="utf-8").split("\n")]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(CORPUS_LINES), max_size=80))
def test_corpus_lines_in_any_order_parse_into_a_well_formed_tree(lines: list[str]) -> None:
    _, cleaned, nodes, _ = parse_lines(lines)
    assert_well_formed(nodes, len(cleaned.lines), removed_lines(cleaned.removed))
    assert_every_line_once(nodes, cleaned)


def test_a_removed_line_ends_a_table_of_contents() -> None:
    """Found by the property above: a run of headings read as a TOC bridged a line cleaning removed (a
    repeated document title), and the contents node claimed it."""
    lines = ["第二节 面临主要机遇和挑战", "第二章 “十四五”时期从化经济社会发展总体要求",
             "第八章推进“双区”建设、“双城”联动,引领国际一流湾区和世界级城市群建设",
             "(广东省)广州市从化区国民经济和社会发展十四五规划(2022年更新)", "第三节 全面推进健康从化建设"]
    _, cleaned, nodes, _ = parse_lines(lines)
    gone = removed_lines(cleaned.removed)
    assert gone  # the repeated title is taken out
    assert_well_formed(nodes, len(cleaned.lines), gone)
    assert_every_line_once(nodes, cleaned)

