"""The synthetic corpus: deterministic from its seed, varied, and real enough to parse and extract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from plantrace.pipeline import build_bundle
from plantrace.synthetic import generate

PLANTRACE = str(Path(sys.executable).parent / "plantrace")


def test_same_seed_same_documents_other_seed_others(corpus: Path, tmp_path: Path) -> None:
    a = [p.read_bytes() for p in generate(corpus, tmp_path / "a", 12, seed=3)]
    b = [p.read_bytes() for p in generate(corpus, tmp_path / "b", 12, seed=3)]
    c = [p.read_bytes() for p in generate(corpus, tmp_path / "c", 12, seed=4)]
    assert a == b
    assert a != c
    assert len(set(a)) == 12  # no two alike, even from the same source


def test_documents_vary_in_script_damage_and_numbers(corpus: Path, tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in generate(corpus, tmp_path, 40, seed=14)]
    assert any("發展" in t for t in texts)  # some converted to traditional characters
    assert any("— 2 —" in t for t in texts)  # page numbers between lines somewhere
    assert any("０" in t or "１" in t for t in texts)  # full-width digits somewhere


def test_synthetic_documents_parse_into_structure_and_quantities(corpus: Path, tmp_path: Path) -> None:
    for path in generate(corpus, tmp_path, 3, seed=21):
        bundle = build_bundle(path)
        assert len(bundle.parsed.nodes) > 10
        assert bundle.facts.measures


def test_cli_writes_the_corpus(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "syn"
    proc = subprocess.run([PLANTRACE, "bench", "corpus", "--docs", "5", "--out", str(out), "--seed", "7",
                           "--source", str(corpus), "--json"], capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout)["documents"] == 5
    assert len(list(out.glob("*.txt"))) == 5
