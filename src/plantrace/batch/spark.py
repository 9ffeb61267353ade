"""The pipeline as Apache Spark jobs: ``plantrace batch ingest`` and ``plantrace batch link``.

The heavy work (reading, parsing, extracting each document; linking each document pair) runs as
Spark tasks calling the same functions as the in-process pipeline (:func:`plantrace.pipeline.build_bundle`,
:func:`plantrace.link.link_pair`), so the results are the same. Results stream back to the driver
partition by partition (``toLocalIterator``: memory stays flat), which writes them to the store, one
transaction per document, or to Parquet files. A document that fails is reported with its reason;
a rerun skips documents already stored (same content hash), so an interrupted run resumes.

Needs the ``spark`` extra (``pip install 'plantrace[spark]'``, Java 17+). On a cluster, every
worker needs plantrace installed (same version) and must see the input paths (a shared file system).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrace.batch.parquet import ParquetSink, done_in
from plantrace.errors import InputError, MissingExtra, PlantraceError, StoreError
from plantrace.ingest.metadata import document_id
from plantrace.models import Bundle, Given
from plantrace.pipeline import DEFAULT_MAX_BYTES, build_bundle, discover
from plantrace.store import open_store

Row = dict[str, Any]


@dataclass
class BatchReport:
    """What a batch run did: counts by outcome, and every failure with its reason."""

    master: str
    documents: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: int = 0  # already stored before this run: not read again
    failures: list[Row] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> Row:
        return {
            "master": self.master, "documents": self.documents, "added": self.added, "replaced": self.replaced,
            "unchanged": self.unchanged, "skipped": self.skipped, "failed": len(self.failures),
            "failures": self.failures, "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True, slots=True)
class TaskResult:
    """What one Spark task returns for one file."""

    path: str
    doc_id: str | None
    bundle: Bundle | None = None
    skipped: bool = False
    error: str | None = None
    hint: str | None = None


def process_document(path: str, done: frozenset[str], encoding: str | None, max_bytes: int,
                     given: Given | None = None) -> TaskResult:
    """One Spark task: skip a document already stored, else read, parse and extract it (the in-process
    pipeline's own function, with the metadata ``given`` for what the text lacks). Never raises: a failure
    comes back with its reason."""
    try:
        with open(path, "rb") as handle:
            digest = hashlib.sha256(handle.read()).hexdigest()
        doc = document_id(digest, path, given)  # the id the store gives it: content, resolved path, given
        if doc in done:
            return TaskResult(path, doc, skipped=True)
        return TaskResult(path, doc, build_bundle(Path(path), encoding=encoding, max_bytes=max_bytes, given=given))
    except (InputError, PlantraceError) as exc:
        return TaskResult(path, None, error=exc.message, hint=exc.hint)
    except OSError as exc:
        hint = "Check the path and its permissions."
        return TaskResult(path, None, error=f"{path}: {exc.strerror or exc}", hint=hint)
    except Exception as exc:  # a bug must not sink the job: report it with the file, and go on
        return TaskResult(path, None, error=f"{path}: internal error {type(exc).__name__}: {exc}",
                          hint="This is a plantrace bug; please report it with the file.")


@contextmanager
def spark_session(master: str, app: str = "plantrace", conf: dict[str, str] | None = None) -> Iterator[Any]:
    """A Spark session for ``master`` (``local[2]``, ``spark://host:7077``, ``yarn`` …); workers run this
    Python. Stopped at the end unless it was already running (then it is reused and left alone)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        hint = "pip install 'plantrace[spark]' (and Java 17 or later)"
        hint = "pip install 'plantrace[spark]' (and Java 17 or later)"
        raise MissingExtra("Spark batch jobs need pyspark.", hint=hint) from exc
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    active = SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    builder = SparkSession.builder.master(master).appName(app)
    settings = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
                "spark.python.worker.reuse": "true", **(conf or {})}
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()


# toLocalIterator brings one partition at a time (two with prefetch) through the driver's JVM: a
# partition of documents must stay small whatever the corpus size, or the JVM runs out of heap on a
# large corpus (10,000 documents in 8 partitions killed it) and memory grows with the corpus.
DOCUMENTS_PER_PARTITION = 25


def partition_count(documents: int, parallelism: int) -> int:
    """Enough partitions to keep every core busy (4 per core) and no partition above
    ``DOCUMENTS_PER_PARTITION`` documents, so the driver's memory does not grow with the corpus."""
    if documents <= 0:
        return 1
    bounded = -(-documents // DOCUMENTS_PER_PARTITION)
    return max(1, min(documents, max(parallelism * 4, bounded)))


def ingest(
    paths: Iterable[Path],
    *,
    master: str = "local[2]",
    db: str | None = None,
    out: Path | None = None,
    partitions: int | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[TaskResult, str], None] | None = None,
    given: Given | None = None,
) -> BatchReport:
    """Ingest files as a Spark job, into the store ``db`` or as Parquet under ``out`` (one of them); ``given``
    states metadata the texts lack, for every file (:class:`~plantrace.models.Given`)."""
    if (db is None) == (out is None):
        raise InputError("Give either --db or --out.", hint="--db DB stores the documents; --out DIR writes Parquet.")
    files = [os.fspath(p) for p in discover(paths)]
    started = time.perf_counter()
    report = BatchReport(master=master, documents=len(files))
    with _sink(db, out) as (done, save), spark_session(master) as spark:
        sc = spark.sparkContext
        slices = partitions or partition_count(len(files), sc.defaultParallelism)
        shared = sc.broadcast(frozenset(done))
        task = _Task(shared, encoding, max_bytes, given)
        results = sc.parallelize(files, slices).map(task) if files else None
        for result in results.toLocalIterator(prefetchPartitions=True) if results is not None else ():
            outcome = _record(report, result, save)
            if on_file:
                on_file(result, outcome)
        shared.unpersist()
    report.seconds = time.perf_counter() - started
    return report


class _Task:
    """The function Spark ships to the workers (a class, so the broadcast travels by reference)."""

    def __init__(self, done: Any, encoding: str | None, max_bytes: int, given: Given | None = None) -> None:
        self.done, self.encoding, self.max_bytes, self.given = done, encoding, max_bytes, given

    def __call__(self, path: str) -> TaskResult:
        return process_document(path, self.done.value, self.encoding, self.max_bytes, self.given)


def _record(report: BatchReport, result: TaskResult, save: Callable[[Bundle], str]) -> str:
    if result.skipped:
        report.skipped += 1
        return "skipped"
    if result.bundle is None:
        report.failures.append({"path": result.path, "error": result.error, "hint": result.hint})
        return "failed"
    try:
        outcome = save(result.bundle)
    except PlantraceError as exc:
        report.failures.append({"path": result.path, "error": exc.message, "hint": exc.hint})
        return "failed"
    setattr(report, outcome, getattr(report, outcome) + 1)
    return outcome


@contextmanager
def _sink(db: str | None, out: Path | None) -> Iterator[tuple[set[str], Callable[[Bundle], str]]]:
    """(ids of documents already done, a function storing one document) for the store or Parquet."""
    if db is not None:
        with open_store(db) as store:
            yield {d["id"] for d in store.documents()}, store.save
        return
    assert out is not None
    if out.exists() and not out.is_dir():
        raise StoreError(f"{out} is a file, not a folder.", hint="Give a folder for --out (it is created if needed).")
    with ParquetSink(out) as sink:
        yield done_in(out), sink.save


def link(
    db: str, *, master: str = "local[2]", partitions: int | None = None, min_chars: int = 15,
) -> Any:
    """``plantrace link`` as a Spark job: both steps of the link job (each document's summary, then each
    document pair) run as Spark tasks calling the link stage's own functions; the driver stores the links
    in one transaction. The documents' inputs are parked in a temporary folder: on a cluster it must be
    on a file system every worker sees (``TMPDIR``), and ``--db`` a PostgreSQL URL."""
    from plantrace import linking

    with spark_session(master, app="plantrace-link") as spark:
        sc = spark.sparkContext

        def runner(step: Callable[[Any], Any], jobs: Sequence[Any], init: tuple[Any, ...]) -> list[Any]:
            if not jobs:
                return []
            slices = partitions or max(1, min(len(jobs), sc.defaultParallelism * 4))
            shared = sc.broadcast(init)
            found = sc.parallelize(list(enumerate(jobs)), slices).mapPartitions(_Step(step, shared)).collect()
            shared.unpersist()
            by_index = dict(found)
            return [by_index[i] for i in range(len(jobs))]

        return linking.compute_links(db, min_chars=min_chars, runner=runner)


class _Step:
    """One link step over a partition: the worker is set up once, then each job runs."""

    def __init__(self, step: Callable[[Any], Any], init: Any) -> None:
        self.step, self.init = step, init

    def __call__(self, items: Iterable[tuple[int, Any]]) -> Iterator[tuple[int, Any]]:
        from plantrace import linking

        linking.init_worker(*self.init.value)
        for index, job in items:
            yield index, self.step(job)


def failures_jsonl(report: BatchReport) -> str:
    return "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in report.failures)
