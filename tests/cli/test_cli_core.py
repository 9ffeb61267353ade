"""The foundation commands through the real console entry point."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PLANTRACE = [str(Path(sys.executable).parent / "plantrace")]


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([*PLANTRACE, *args], capture_output=True, text=True, timeout=300, check=False)
    if check and proc.returncode != 0:
        raise AssertionError(proc.stderr)
    return proc


def test_help_lists_every_command() -> None:
    out = run("--help").stdout
    for command in ("ingest", "ls", "show", "parse", "export", "doctor"):
        assert command in out


def test_parse_json_follows_the_contract(corpus: Path) -> None:
    data = json.loads(run("parse", str(corpus / "guangzhou_work_report_2021.txt"), "--json").stdout)
    doc = data["document"]
    for key in ("id", "source", "sha256", "title", "jurisdiction", "level", "doc_type", "period", "issued",
                "script", "lines", "warnings"):
        assert key in doc
    assert doc["lines"] == 243
    assert doc["source"].endswith("guangzhou_work_report_2021.txt")
    assert isinstance(data["removed"], list)
    node_keys = {"id", "parent", "kind", "number", "label", "title", "path", "line_start", "line_end"}
    assert data["nodes"] and all(node_keys <= set(n) for n in data["nodes"])
    ids = {n["id"] for n in data["nodes"]}
    assert all(n["parent"] is None or n["parent"] in ids for n in data["nodes"])


def test_parse_gives_the_same_ids_every_time(corpus: Path) -> None:
    path = str(corpus / "liwan_fyp14_outline_scraped.txt")
    first = json.loads(run("parse", path, "--json").stdout)
    second = json.loads(run("parse", path, "--json").stdout)
    assert first == second


def test_parse_says_what_is_missing_or_damaged_after_the_tree(corpus: Path) -> None:
    path = corpus / "guangzhou_fyp14_outline_partial.txt"
    out = run("parse", str(path)).stdout
    warnings = json.loads(run("parse", str(path), "--json").stdout)["document"]["warnings"]
    assert {"truncated", "missing_chapters", "deleted_numbers"} <= {w["code"] for w in warnings}
    for w in warnings:  # every warning of the contract is said in the text view too, after the tree
        assert f"warning {w['code']}:" in out
    assert out.index("warning ") > out.index("第六节")


def test_bad_files_get_one_clear_line_each_and_the_batch_goes_on(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(corpus / "liwan_fyp14_outline_scraped.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    proc = run("ingest", str(folder), "--db", str(tmp_path / "t.db"), check=False)
    assert proc.returncode == 1
    assert "good.txt" in proc.stdout and "added" in proc.stdout
    assert "empty.txt" in proc.stdout and "binary.txt" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
    listed = json.loads(run("ls", "--db", str(tmp_path / "t.db"), "--json").stdout)
    assert [Path(d["source"]).name for d in listed] == ["good.txt"]


def test_a_missing_document_is_an_error_with_a_hint(sample_store: str) -> None:
    proc = run("show", "no-such-doc", "--db", sample_store, check=False)
    assert proc.returncode == 1
    assert proc.stderr.startswith("Error: No document matches 'no-such-doc'.")
    assert "Hint:" in proc.stderr and "Traceback" not in proc.stderr


def test_ls_json_rows_carry_their_source(sample_store: str) -> None:
    rows = json.loads(run("ls", "--db", sample_store, "--json").stdout)
    assert len(rows) == 7
    for row in rows:
        assert {"doc", "source", "line_start", "line_end", "title", "jurisdiction", "doc_type"} <= set(row)
        assert row["line_start"] == 1 and row["line_end"] == row["lines"]


def test_show_outline_and_node(sample_store: str) -> None:
    outline = json.loads(run("show", "guangzhou_fyp14", "--outline", "--db", sample_store, "--json").stdout)
    assert outline and all(n["kind"] != "paragraph" for n in outline)
    rows = json.loads(run("export", "--db", sample_store, "--what", "nodes").stdout.splitlines()[5])
    node = json.loads(run("show", rows["doc_id"], "--node", rows["id"], "--db", sample_store, "--json").stdout)
    assert node["node"] == rows["id"] and node["text"] == rows["text"]
    assert node["line_start"] == rows["line_start"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats(sample_store: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"nodes.{fmt}"
    run("export", "--db", sample_store, "--what", "nodes", "--format", fmt, "--out", str(out))
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    assert len(rows) > 100
    assert {"id", "doc_id", "kind", "line_start", "line_end", "source"} <= set(rows[0])


def test_export_of_an_unknown_table_lists_the_known_ones(sample_store: str) -> None:
    proc = run("export", "--db", sample_store, "--what", "nope", check=False)
    assert proc.returncode == 1
    assert "Hint: Choose one of: documents, nodes, removed" in proc.stderr


def test_doctor_reports_extras_and_schema(sample_store: str) -> None:
    out = run("doctor", "--db", sample_store).stdout
    assert "extra [pdf]" in out and "installed" in out
    assert ("7 documents" in out and "0001_core.sql" in out) or "schema" in out


def test_one_document_in_every_format_gives_the_same_metadata(tmp_path: Path, corpus: Path) -> None:
    import docx

    text = (corpus / "guangzhou_work_report_2021.txt").read_text(encoding="utf-8")
    body = [line for line in text.split("\n") if line.strip()][:80]
    (tmp_path / "wr.gb18030.txt").write_bytes(text.encode("gb18030"))
    html = "<html><head><script>document.write('x')</script></head><body>"
    (tmp_path / "wr.html").write_text(html + "".join(f"<p>{line}</p>" for line in body) + "</body></html>", "utf-8")
    document = docx.Document()
    for line in body:
        document.add_paragraph(line)
    document.save(str(tmp_path / "wr.docx"))
    db = str(tmp_path / "t.db")
    run("ingest", str(tmp_path), "--db", db)
    rows = json.loads(run("ls", "--db", db, "--json").stdout)
    assert sorted(r["file"] for r in rows) == ["wr.docx", "wr.gb18030.txt", "wr.html"]
    for row in rows:
        expected = ("广州市人民政府工作报告(2021年)", "广州市", "work_report")
        assert (row["title"], row["jurisdiction"], row["doc_type"]) == expected
