"""Compose the stages: read -> clean -> parse -> extract -> index -> store.

Stages never import each other; this module is where they meet.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from plantrace import extract, ingest, parse, search
from plantrace.errors import InputError, PlantraceError
from plantrace.ingest import checked_given as checked_given  # the CLI checks given metadata once a run
from plantrace.ingest.readers import printable_path
from plantrace.models import Bundle, DocWarning, Facts, Given, ParsedDocument
from plantrace.store import PreparedDocument, SaveOutcome, Store, open_store, prepare

if TYPE_CHECKING:
    from concurrent.futures import Future

SUPPORTED_SUFFIXES = (".txt", ".text", ".html", ".htm", ".docx", ".pdf")
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


def parse_file(
    path: Path, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, given: Given | None = None
) -> ParsedDocument:
    """Read, clean and parse one file (no database); ``given`` states metadata the text lacks."""
    document, cleaned = ingest.load(Path(path), encoding=encoding, max_bytes=max_bytes, given=given)
    nodes, warnings = parse.parse_document(document, cleaned)
    known = {(w.code, w.line_start) for w in document.warnings}
    extra = tuple(w for w in warnings if (w.code, w.line_start) not in known)
    document = replace(document, warnings=document.warnings + extra)
    return ParsedDocument(document=document, lines=cleaned.lines, removed=cleaned.removed, nodes=nodes)


def process_file(
    path: Path, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, given: Given | None = None
) -> tuple[ParsedDocument, Facts]:
    """Parse one file and extract its facts (no database)."""
    parsed = parse_file(path, encoding=encoding, max_bytes=max_bytes, given=given)
    profile = extract.document_profile(parsed.document, parsed.lines, parsed.nodes)  # read once, for both
    facts = extract.extract_facts(parsed.document, parsed.lines, parsed.nodes, profile)
    return _with_date_warning(parsed, profile.inferred), facts


def _with_date_warning(parsed: ParsedDocument, found: extract.YearEvidence | None) -> ParsedDocument:
    """Say it out loud when the text's own words, not its metadata, gave a document its year (``date_inferred``)."""
    if found is None:
        return parsed
    words = found.text if len(found.text) <= _QUOTED_CHARS else found.text[:_QUOTED_CHARS] + "…"
    message = f"Year {found.year} inferred from the text ({found.reason}): 年份由正文推断：第{found.line}行“{words}”"
    warning = DocWarning("date_inferred", message, found.line, found.line)
    return replace(parsed, document=replace(parsed.document, warnings=(*parsed.document.warnings, warning)))


_QUOTED_CHARS = 40


def build_bundle(
    path: Path, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, given: Given | None = None
) -> Bundle:
    parsed, facts = process_file(path, encoding=encoding, max_bytes=max_bytes, given=given)
    return Bundle(parsed=parsed, facts=facts, index=search.index_rows(parsed))


@dataclass
class FileResult:
    path: str
    outcome: SaveOutcome | None = None
    doc_id: str | None = None
    title: str = ""
    nodes: int = 0
    measures: int = 0
    warnings: int = 0
    error: str | None = None
    hint: str | None = None
    skipped: str | None = None  # why a file found in a folder was not read


@dataclass
class RunReport:
    """What an ingest run did, file by file. Failures are collected, never hidden."""

    results: list[FileResult] = field(default_factory=list)

    @property
    def failures(self) -> list[FileResult]:
        return [r for r in self.results if r.error]

    @property
    def skipped(self) -> list[FileResult]:
        return [r for r in self.results if r.skipped]

    def count(self, outcome: SaveOutcome) -> int:
        return sum(r.outcome == outcome for r in self.results)


@dataclass
class Scan:
    """The files an ingest will read, and what it will not read, each with the reason."""

    files: list[Path] = field(default_factory=list)
    skipped: list[FileResult] = field(default_factory=list)


def discover(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into the supported files below them (sorted); files are kept as given."""
    return scan(paths).files


def scan(paths: Iterable[Path]) -> Scan:
    """Expand folders into the supported regular files below them, saying what is skipped and why.

    Symbolic links inside a folder are not followed (a link may lead out of the folder: the file it
    points to is read when it is given itself); FIFOs, devices and sockets are never opened; folders
    that cannot be read and files of unsupported formats are listed as skipped. Paths given one by one
    are kept as given (the reader refuses what is not a regular file).
    """
    found = Scan()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            _walk(path, found)
        else:
            found.files.append(path)
    return found


def _skip(found: Scan, path: Path, reason: str) -> None:
    found.skipped.append(FileResult(path=printable_path(path), skipped=reason))


def _walk(root: Path, found: Scan) -> None:
    files: list[Path] = []
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            _skip(found, folder, f"folder not read: {exc.strerror or exc}")
            continue
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    _skip(found, path, "symbolic link, not followed (give its target itself to read it)")
                elif entry.is_dir(follow_symlinks=False):
                    folders.append(path)
                elif not entry.is_file(follow_symlinks=False):
                    _skip(found, path, "not a regular file (a FIFO, socket or device), not opened")
                elif path.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(path)
                else:
                    _skip(found, path, f"unsupported format {path.suffix.lower() or '(no suffix)'!r} "
                                       f"(supported: {', '.join(SUPPORTED_SUFFIXES)})")
            except OSError as exc:
                _skip(found, path, f"not read: {exc.strerror or exc}")
    found.files.extend(sorted(files))


def ingest_paths(
    paths: Iterable[Path] | Scan,
    db: str | Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[FileResult], None] | None = None,
    workers: int = 1,
    given: Given | None = None,
) -> RunReport:
    """Read, parse, extract, index and store each file; one transaction per document.

    ``paths`` may be the :class:`Scan` of :func:`scan` (its skipped files are reported too).
    ``workers`` > 1 reads, parses and extracts in that many processes; this process alone writes.
    ``given`` states metadata the texts lack, for every file of the run (:class:`~plantrace.models.Given`).
    """
    found = paths if isinstance(paths, Scan) else scan(paths)
    report = RunReport(results=list(found.skipped))
    with open_store(db) as store:
        for result in _run(found.files, store, encoding, max_bytes, workers, given):
            report.results.append(result)
            if on_file:
                on_file(result)
    return report


def _run(
    files: list[Path], store: Store, encoding: str | None, max_bytes: int, workers: int = 1, given: Given | None = None
) -> Iterator[FileResult]:
    for result, item in _prepared(files, encoding, max_bytes, workers, given):
        if item is not None:
            _save(result, item, store)
        yield result


@dataclass(frozen=True)
class _Rows:
    """What a worker sends the writer for one file: the rows to insert and what the report says of the file."""

    prepared: PreparedDocument
    doc_id: str
    title: str
    nodes: int
    measures: int
    warnings: int


# files handed to the pool ahead of the one the writer waits for, per worker: enough that a worker never
# waits for the writer to ask (a long file next to short ones), few enough that memory stays flat
_AHEAD_PER_WORKER = 3


def _prepared(
    files: list[Path], encoding: str | None, max_bytes: int, workers: int, given: Given | None = None
) -> Iterator[tuple[FileResult, Bundle | _Rows | None]]:
    """Read, parse and extract each file, in order: in this process, or in a pool of ``workers``.

    The pool is forked after a short warm-up text went through every stage here (:func:`_warm_up`), so
    that the workers inherit the loaded dictionaries (jieba, OpenCC, lexicons, compiled patterns) instead
    of each loading them again, and every file is read by the pool. A worker also turns its document into
    the rows to insert (:func:`plantrace.store.prepare`), so this process only writes them, one
    transaction per document, in the files' order. At most a few files per worker are in flight:
    memory stays flat. If a worker dies (killed for memory), its file is reported and the rest go on in
    this process; a worker never writes, so a dead one leaves nothing half-stored.
    """
    if workers <= 1 or len(files) < 3:
        for path in files:
            yield _prepare(path, encoding, max_bytes, given)
        return
    import multiprocessing  # a batch on one core (the usual case) needs neither of them
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _warm_up()
    rest = iter(files)
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque[tuple[Path, Future[tuple[FileResult, _Rows | None]]]] = deque()
        for path in itertools.islice(rest, _AHEAD_PER_WORKER * workers):
            pending.append((path, pool.submit(_prepare_rows, path, encoding, max_bytes, given)))
        while pending:
            path, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                result = FileResult(path=printable_path(path), error=f"{printable_path(path)}: the worker "
                                    "reading this file died (out of memory?).",
                                    hint="Ingest it alone, or lower --max-mb to skip files this large.")
                yield result, None
                for later, _ in pending:
                    yield _prepare(later, encoding, max_bytes, given)
                for later in rest:
                    yield _prepare(later, encoding, max_bytes, given)
                return
            for path in itertools.islice(rest, 1):
                pending.append((path, pool.submit(_prepare_rows, path, encoding, max_bytes, given)))


# a short plan text that loads what an ingest loads lazily: the segmenter and its tagger (a platform's name),
# cn2an (a Chinese numeral), OpenCC (traditional script), the lexicons and the patterns of every stage
_WARM_UP = ("某市国民经济和社会发展第十四个五年规划纲要\n第一章 总体要求\n"
            "到2025年，地区生产总值年均增长百分之六左右，建设人工智能产业园和新能源汽车产业基地。\n"
            "第二章 重點任務\n推進粵港澳大灣區建設，研發經費投入強度達到百分之三。\n")


def _warm_up() -> None:
    """Run the warm-up text through read, parse, extract, index and :func:`plantrace.store.prepare`. Without a
    temporary folder to write it to, there is no warm-up: each worker loads what it needs itself."""
    import tempfile

    with contextlib.suppress(OSError), tempfile.TemporaryDirectory(prefix="plantrace-warm-") as folder:
        path = Path(folder) / "warm_up.txt"
        path.write_text(_WARM_UP, encoding="utf-8")
        _prepare_rows(path, None, DEFAULT_MAX_BYTES)


def _prepare(
    path: Path, encoding: str | None, max_bytes: int, given: Given | None = None
) -> tuple[FileResult, Bundle | None]:
    """One file read, parsed, extracted and indexed (no database); failures become the result's error."""
    result = FileResult(path=printable_path(path))
    try:
        return result, build_bundle(path, encoding=encoding, max_bytes=max_bytes, given=given)
    except BaseException as exc:
        _failed(result, exc)
    return result, None


def _prepare_rows(
    path: Path, encoding: str | None, max_bytes: int, given: Given | None = None
) -> tuple[FileResult, _Rows | None]:
    """:func:`_prepare` and the document's rows (in a worker process)."""
    result, bundle = _prepare(path, encoding, max_bytes, given)
    if bundle is None:
        return result, None
    try:
        doc = bundle.parsed.document
        return result, _Rows(prepare(bundle), doc.id, doc.title, len(bundle.parsed.nodes), len(bundle.facts.measures),
                             len(doc.warnings))
    except BaseException as exc:
        _failed(result, exc)
    return result, None


def _failed(result: FileResult, exc: BaseException) -> None:
    """The file's error and hint for ``exc``; anything but an ordinary exception (KeyboardInterrupt) goes on."""
    if isinstance(exc, (InputError, PlantraceError)):
        result.error, result.hint = exc.message, exc.hint
    elif isinstance(exc, OSError):
        result.error, result.hint = f"{result.path}: {exc.strerror or exc}", "Check the path and its permissions."
    elif isinstance(exc, MemoryError):
        result.error = f"{result.path}: the computer ran out of memory for this file."
        result.hint = "Close other programs, or lower --max-mb to skip files this large."
    elif isinstance(exc, Exception):  # a bug must not sink the batch: report it with the file, and go on
        result.error = f"{result.path}: internal error {type(exc).__name__}: {exc}"
        result.hint = "This is a plantrace bug; please report it with the file."
    else:
        raise exc


def _save(result: FileResult, item: Bundle | _Rows, store: Store) -> None:
    try:
        result.outcome = store.save(item) if isinstance(item, Bundle) else store.save_prepared(item.prepared)
    except PlantraceError as exc:
        result.error, result.hint = exc.message, exc.hint
    except MemoryError:
        result.error = f"{result.path}: the computer ran out of memory storing this file."
        result.hint = "Close other programs, or lower --max-mb to skip files this large."
    except Exception as exc:  # a bug must not sink the batch: report it with the file, and go on
        result.error = f"{result.path}: internal error {type(exc).__name__}: {exc}"
        result.hint = "This is a plantrace bug; please report it with the file."
    else:
        if isinstance(item, Bundle):
            doc = item.parsed.document
            result.doc_id, result.title, result.nodes = doc.id, doc.title, len(item.parsed.nodes)
            result.measures, result.warnings = len(item.facts.measures), len(doc.warnings)
        else:
            result.doc_id, result.title, result.nodes = item.doc_id, item.title, item.nodes
            result.measures, result.warnings = item.measures, item.warnings
