"""Faster ways of computing what the code computed before (speed only, issue #9) give what the old way gives: on
the lines of the sample corpus and the dev documents, on every code point where characters matter, and on random
texts. An ingest also no longer imports what only searching or a process pool needs."""

from __future__ import annotations

import itertools
import random
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from plantrace.extract.entities import categories
from plantrace.extract.measures import lines as measure_lines
from plantrace.extract.measures import regions, timeline
from plantrace.extract.measures.units import unit_table
from plantrace.ingest.normalise import detect_script, make_lines
from plantrace.models import Line
from plantrace.parse import charts
from plantrace.prefilter import first_characters

ROOT = Path(__file__).resolve().parents[1]
TEXTS = (ROOT / "examples" / "corpus", ROOT / "evaluation" / "dev" / "docs")  # the sample corpus, the dev documents


@cache
def corpus_lines() -> tuple[str, ...]:
    lines = {line for folder in TEXTS for path in sorted(folder.rglob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()}
    return tuple(sorted(line for line in lines if line.strip()))


# -- a project's category: the keyword that ends last, read from the name's end -----------------------------------

def test_best_keyword_read_from_the_end_is_the_one_every_keyword_search_finds() -> None:
    table = categories.category_table()
    words = [w for c in table.categories for w in (*c.keywords, *c.heading)]
    texts = [part for line in corpus_lines()[::3] for part in (line, *(line[i:i + 14] for i in range(0, len(line), 9)))]
    rnd = random.Random(23)
    texts += ["".join(rnd.choice([*words, "路", "建设", "项目", "一", "（", "）"]) for _ in range(rnd.randint(0, 5)))
              for _ in range(5000)]
    found = 0
    for text, with_heading in itertools.product(texts, (False, True)):
        fast = categories._best_match(table, text, with_heading=with_heading)
        assert fast == categories._best_match_of_all(table, text, with_heading=with_heading), (text, with_heading)
        found += fast is not None
    assert found > 1000


def test_a_keyword_in_two_categories_keeps_the_first_and_an_empty_keyword_reads_every_keyword() -> None:
    first = categories._Category("甲", (), ("中心", "医院"), (), ())
    second = categories._Category("乙", (), ("医院", "院"), (), ("中心",))
    table = categories.CategoryTable((first, second), ())
    assert categories._best_match(table, "市第一医院", with_heading=False) == (5, 2, "甲")
    assert categories._best_match(table, "学院", with_heading=False) == (2, 1, "乙")
    assert categories._best_match(table, "中心医院大楼", with_heading=True) == (4, 2, "甲")
    empty = categories.CategoryTable((categories._Category("丙", (), ("", "路"), (), ()),), ())
    assert categories._keywords_by_last_character(empty, False) is None
    assert categories._best_match(empty, "道", with_heading=False) == (1, 0, "丙")


# -- other readings ------------------------------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")


def test_a_bare_line_drops_what_the_whitespace_pattern_drops() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert charts._bare(every) == _SPACE.sub("", every)
    for line in corpus_lines():
        assert charts._bare(line) == _SPACE.sub("", line)


@given(st.text(alphabet=st.sampled_from(" \u3000\t—各位代表！，：:年今一"), max_size=12))
def test_a_paragraph_without_its_lead_is_what_the_substitution_gave(text: str) -> None:
    assert timeline._unled(text) == timeline._LEAD.sub("", text)


def test_the_lead_of_real_lines() -> None:
    for line in corpus_lines():
        assert timeline._unled(line) == timeline._LEAD.sub("", line)


def test_a_kept_dimension_is_the_dimension() -> None:
    units = [*unit_table().units, *unit_table().magnitudes, "公斤/亩", "公里/平方公里", "万元/人", "", "个/百"]
    first = [measure_lines._dimension(u) for u in units]
    again = [measure_lines._dimension(u) for u in units]
    fresh = [measure_lines._dimension.__wrapped__(u) for u in units]
    assert first == again == fresh and "count" in first and "" in first


def _heading_of_every_level(text: str) -> tuple[int, str] | None:
    """:func:`regions.heading_of` with every level's pattern tried on every line (before the first-character gate)."""
    gate = regions._LEVEL_START
    regions._LEVEL_START = None
    try:
        return regions.heading_of(text)
    finally:
        regions._LEVEL_START = gate


def test_a_heading_is_found_with_the_first_character_gate_as_without_it() -> None:
    assert regions._LEVEL_START is not None
    samples = ["第一章 总则", "第三节 重点", "十、开放", "(二)产业", "3.2025年目标", "专栏 3 重大工程", "一是", "12.5%"]
    found = 0
    for line in (*corpus_lines(), *samples, *(f" {s}" for s in samples)):
        result = regions.heading_of(line)
        assert result == _heading_of_every_level(line), line
        found += result is not None
    assert found > 300


@given(st.text(alphabet=st.sampled_from("第一十章节篇(（)）专栏 1.2年、a"), max_size=8))
def test_the_gate_never_hides_a_heading(text: str) -> None:
    assert regions.heading_of(text) == _heading_of_every_level(text)


def test_first_characters_of_patterns() -> None:
    start = first_characters([re.compile("^第[一二]+章"), re.compile(r"^\d{1,2}\."), re.compile(r"^\(")])
    assert start is not None and start.pattern == r"[第\d\(]"
    assert first_characters([re.compile("^第"), re.compile("(?i)^a")]) is None  # caseless: not known
    assert first_characters([re.compile("^第"), re.compile(r"^\s*专栏")]) is None  # may start with any space
    assert first_characters([]) is None


def test_the_script_is_counted_as_before() -> None:
    def per_character(lines: tuple[Line, ...]) -> float:  # the count before (a Python loop over characters)
        changed = sum(sum(a != b for a, b in zip(ln.text, ln.simp, strict=True)) for ln in lines)
        total = sum(len(run) for ln in lines for run in re.findall("[\u4e00-\u9fff]+", ln.text))
        return changed / max(total, 1)

    hant = make_lines(["我們將推進粵港澳大灣區建設，發展經濟。"] * 3)
    hans = make_lines(["我们将推进粤港澳大湾区建设，发展经济。"] * 3)
    assert detect_script(hant) == "hant" and per_character(hant) > 0.08
    assert detect_script(hans) == "hans" and per_character(hans) == 0


# -- what an ingest imports -----------------------------------------------------------------------------------------

def test_an_ingest_does_not_import_search_ranking_or_a_process_pool(tmp_path: Path) -> None:
    doc = tmp_path / "plan.txt"
    doc.write_text("某市2025年国民经济和社会发展计划\n地区生产总值增长6%左右，建设广州人工智能产业园。\n",
                   encoding="utf-8")
    code = ("import sys\nfrom plantrace.pipeline import ingest_paths\n"
            f"assert not ingest_paths([{str(doc)!r}], {str(tmp_path / 'x.db')!r}).failures\n"
            "print(sorted(m for m in ('plantrace.search.ranking', 'concurrent.futures', 'multiprocessing', "
            "'importlib.metadata') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_search_is_still_offered_by_the_search_package() -> None:
    import plantrace.search
    from plantrace.search import search
    from plantrace.search.ranking import run

    assert search is run is plantrace.search.search
