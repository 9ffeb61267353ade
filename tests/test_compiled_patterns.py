"""The start-up cache of compiled patterns builds the very patterns ``re`` compiles, keeps only plantrace's, and
ignores a file it cannot read (plantrace.compiled_patterns)."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import plantrace.pipeline  # noqa: F401  (compiles the patterns of every stage of an ingest)
from plantrace import compiled_patterns
from plantrace.extract.measures.patterns import quantity_regex

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the cache is used on Python 3.11 only")


def test_the_patterns_of_an_ingest_come_from_the_cache() -> None:
    assert compiled_patterns._state["original"] is not None
    assert len(compiled_patterns._state["entries"]) > 300
    assert (quantity_regex().pattern, 0) in compiled_patterns._state["entries"]


def test_every_pattern_built_from_the_cache_is_the_one_re_compiles() -> None:
    original = compiled_patterns._state["original"]
    for (pattern, flags), entry in list(compiled_patterns._state["entries"].items()):
        fresh = original(pattern, flags)
        built = compiled_patterns._sre.compile(pattern, *entry)
        assert built == fresh, pattern  # Pattern.__eq__ compares flags and compiled code
        assert (built.groups, built.groupindex) == (fresh.groups, fresh.groupindex), pattern


def test_the_quantity_pattern_finds_the_same_values() -> None:
    fresh = compiled_patterns._state["original"](quantity_regex().pattern, 0)
    line = "全年地区生产总值增长6.5%，达到3000亿元，其中第二产业增加值1.2万亿元，约占两成"
    assert [m.groupdict() for m in fresh.finditer(line)] == [m.groupdict() for m in quantity_regex().finditer(line)]


def test_patterns_of_other_modules_are_not_kept() -> None:
    pattern = "not-plantrace's-own-(?P<n>\\d+)-" + Path(__file__).stem
    assert re.compile(pattern).match(pattern.replace("(?P<n>\\d+)", "42"))
    assert (pattern, 0) not in compiled_patterns._state["entries"]


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps(["a list, not a dict"])])
def test_a_file_that_cannot_be_read_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    assert compiled_patterns._read(path) == {}
    assert compiled_patterns._read(tmp_path / "missing.marshal") == {}


def test_the_patterns_are_kept_for_the_next_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "__pycache__" / "patterns.marshal"
    monkeypatch.setattr(compiled_patterns, "_FILE", path)
    monkeypatch.setitem(compiled_patterns._state, "new", True)
    compiled_patterns._write()
    kept = compiled_patterns._read(path)
    assert (quantity_regex().pattern, 0) in kept
    assert set(kept) <= set(compiled_patterns._state["entries"])
    assert len(kept) == min(len(compiled_patterns._state["entries"]), compiled_patterns._LIMIT)


def test_a_damaged_entry_is_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = "(?P<value>\\d+)亿元-" + Path(__file__).stem
    monkeypatch.setitem(compiled_patterns._state["entries"], (pattern, 0), (0, ["not code"], 0, {}, ()))
    compiled = compiled_patterns._compile(pattern)
    assert compiled == compiled_patterns._state["original"](pattern, 0)
    assert compiled.match("12亿元-" + Path(__file__).stem).group("value") == "12"


def test_the_cache_can_be_turned_off_for_a_process() -> None:
    probe = ("import re, plantrace; from plantrace import compiled_patterns as c; "
             "print(c._state['original'] is None, re._compiler.compile.__module__)")
    env = {**os.environ, "PLANTRACE_PATTERN_CACHE": "0"}
    off = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert off.stdout.split() == ["True", "re._compiler"]
    env["PLANTRACE_PATTERN_CACHE"] = "1"
    on = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert on.stdout.split() == ["False", "plantrace.compiled_patterns"]
