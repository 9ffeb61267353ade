"""`plantrace search` through the click group: human output and the JSON contract."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from plantrace.cli.main import cli

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_json_contract(sample_store: str) -> None:
    rows = json.loads(_run("search", "夜间经济", "--db", sample_store, "--json", "--limit", "3"))
    assert len(rows) == 3
    keys = {"doc", "source", "title", "node", "path", "line_start", "line_end", "score", "snippet"}
    assert all(keys <= set(r) for r in rows)
    assert all("【" in r["snippet"] for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_human_output_cites_file_and_lines(sample_store: str) -> None:
    out = _run("search", "碧道", "--db", sample_store, "--limit", "2", "--doc", "haizhu_fyp14_outline_hant.txt")
    assert "haizhu_fyp14_outline_hant.txt:279" in out
    assert "【碧道】" in out


def test_a_long_path_is_cited_in_one_piece(tmp_path: Path) -> None:
    """However long the folder of a document, its citation (path:line) is not folded in two."""
    deep = tmp_path / ("a-folder-with-a-long-name-" * 4) / "docs"
    deep.mkdir(parents=True)
    shutil.copy(CORPUS / "haizhu_fyp14_outline_hant.txt", deep)
    db = str(tmp_path / "long.db")
    _run("ingest", str(deep), "--db", db)
    out = _run("search", "碧道", "--db", db, "--limit", "1")
    assert f"{deep / 'haizhu_fyp14_outline_hant.txt'}:279" in out


def test_filters_and_empty_result(sample_store: str) -> None:
    out = _run("search", "碧道", "--db", sample_store, "--doc-type", "statistical_bulletin", "--json")
    assert json.loads(out) == []
    assert "No hits" in _run("search", ";DROP TABLE documents", "--db", sample_store)


def test_fresh_process_python_api_and_quiet_jieba(sample_store: str) -> None:
    """`import plantrace; plantrace.search_documents(...)` in a new interpreter, and jieba prints nothing."""
    import subprocess
    import sys

    code = (
        "import plantrace, sys\n"
        "hits = plantrace.search_documents(sys.argv[1], '海珠区打算怎么发展夜间经济', limit=3)\n"
        "print(len(hits), hits[0].as_dict()['snippet'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code, sample_store], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("3 ") and "【夜間經濟】" in done.stdout
    assert done.stderr == ""
