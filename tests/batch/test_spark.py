"""Spark batch jobs (local mode, 2 workers) give what the in-process pipeline gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from plantrace import linking
from plantrace.batch import spark as batch
from plantrace.store import open_store

Rows = dict[str, list[dict[str, Any]]]


def snapshot(db: str | Path) -> Rows:
    with open_store(db, write=False) as store:
        return {name: list(store.export_rows(name)) for name in store.export_names()}


def test_spark_ingest_equals_the_in_process_run(
    spark: Any, sample_db: Path, sample_paths: list[Path], tmp_path: Path
) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a docx")
    db = str(tmp_path / "spark.db")
    report = batch.ingest([*sample_paths, bad], master="local[2]", db=db)
    assert report.added == len(sample_paths)
    assert [f["path"] for f in report.failures] == [str(bad)]
    assert report.failures[0]["error"] and report.failures[0]["hint"]
    got, want = snapshot(db), snapshot(sample_db)
    assert {k: len(v) for k, v in got.items()} == {k: len(v) for k, v in want.items()}
    assert got == want  # documents, nodes, measures, entities, search rows: the same, row for row
    again = batch.ingest([*sample_paths, bad], master="local[2]", db=db)
    assert (again.added, again.skipped, len(again.failures)) == (0, len(sample_paths), 1)
    assert snapshot(db) == want


def test_spark_parquet_output_has_the_export_rows(
    spark: Any, sample_db: Path, sample_paths: list[Path], tmp_path: Path
) -> None:
    files = sample_paths[:2]
    out = tmp_path / "parquet"
    report = batch.ingest(files, master="local[2]", out=out)
    assert report.added == 2 and not report.failures
    want = snapshot(sample_db)
    docs = {str(f) for f in files}
    for table in ("documents", "nodes", "measures"):
        rows = pq.read_table(out / table).to_pylist()
        expected = [r for r in want[table] if r["source"] in docs]
        flat = [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in r.items()}
                for r in expected]
        key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False, default=str)  # noqa: E731
        assert sorted(map(key, rows)) == sorted(map(key, flat)), table
    assert batch.ingest(files, master="local[2]", out=out).skipped == 2  # a rerun adds nothing


def test_spark_link_equals_the_in_process_link(spark: Any, sample_db: Path, tmp_path: Path) -> None:
    here, there = tmp_path / "here.db", tmp_path / "there.db"
    shutil.copy(sample_db, here)
    shutil.copy(sample_db, there)
    alone = linking.compute_links(str(here), workers=1)
    spread = batch.link(str(there), master="local[2]")
    assert spread.pairs == alone.pairs and spread.counts == alone.counts
    assert linking.list_links(str(there)) == linking.list_links(str(here))


@pytest.mark.parametrize(
    ("documents", "parallelism", "expected"),
    [(0, 2, 1), (1, 2, 1), (5, 2, 5), (100, 2, 8), (1000, 2, 40), (10000, 2, 400), (10000, 1, 400), (60, 8, 32)],
)
def test_partitions_stay_small_whatever_the_corpus_size(documents: int, parallelism: int, expected: int) -> None:
    # 10,000 documents in 4 x parallelism partitions overflowed the driver JVM's heap through
    # toLocalIterator; a partition never holds more than DOCUMENTS_PER_PARTITION documents
    count = batch.partition_count(documents, parallelism)
    assert count == expected
    assert documents == 0 or -(-documents // count) <= batch.DOCUMENTS_PER_PARTITION


def test_spark_ingest_of_the_whole_sample_corpus_equals_the_in_process_run(spark: Any, tmp_path: Path) -> None:
    # every file of examples/corpus (the five Guangzhou documents and the twenty national reports),
    # on 2 workers, against the in-process pipeline: the same rows in every exported table
    from plantrace.pipeline import ingest_paths

    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus"
    files = sorted(corpus.rglob("*.txt"))
    assert len(files) == 25
    in_process = tmp_path / "in_process.db"
    assert not ingest_paths(files, in_process).failures
    report = batch.ingest(files, master="local[2]", db=str(tmp_path / "spark.db"))
    assert (report.added, report.failures) == (25, [])
    got, want = snapshot(tmp_path / "spark.db"), snapshot(in_process)
    assert {k: len(v) for k, v in got.items()} == {k: len(v) for k, v in want.items()}
    assert got == want


def test_spark_ingest_with_given_metadata_equals_the_in_process_run(spark: Any, tmp_path: Path) -> None:
    from plantrace.models import Given
    from plantrace.pipeline import ingest_paths

    excerpt = tmp_path / "excerpt.txt"
    excerpt.write_text("过去一年，全市地区生产总值增长5.2%。\n今年主要预期目标是：地区生产总值增长5%左右。\n",
                       encoding="utf-8")
    given = Given(issued="2026-01-27", jurisdiction="遵义市", doc_type="work_report")
    here, there = tmp_path / "here.db", tmp_path / "there.db"
    ingest_paths([excerpt], here, given=given)
    report = batch.ingest([excerpt], master="local[2]", db=str(there), given=given)
    assert report.added == 1 and not report.failures
    assert snapshot(there) == snapshot(here)
    assert {r["year"] for r in snapshot(there)["measures"]} == {2025, 2026}
    assert batch.ingest([excerpt], master="local[2]", db=str(there), given=given).skipped == 1
    other = batch.ingest([excerpt], master="local[2]", db=str(there), given=Given(issued="2025-01-20"))
    assert other.replaced == 1
    assert [d["issued"] for d in snapshot(there)["documents"]] == ["2025-01-20"]
