"""`python -m bench.same_output --dump F`: ingest a corpus into a fresh database and dump every row, canonically.

"Outputs unchanged" after a speed change is then one `cmp` of two dumps::

    .venv/bin/python -m bench.same_output --dump /tmp/before.dump     # on the old code
    .venv/bin/python -m bench.same_output --dump /tmp/after.dump      # on the new code
    cmp /tmp/before.dump /tmp/after.dump && echo unchanged

The corpus defaults to ``examples/corpus`` and the dev documents ``evaluation/dev/docs``; give folders or files
to ingest others. The dump has one line per row, ``table<TAB>[values as JSON]``, every table's rows sorted, so
that the order in which rows were written does not matter, only what they hold. The search index (FTS5,
contentless) is read back through ``fts5vocab``: each ``search_rows`` row is dumped with the terms of its head
and body in position order, without its integer id, so that a different id assignment or segment layout compares
equal but a term attached to another row does not. The repository root in any text is written ``<root>``, so
that dumps made in two worktrees compare too. A diff of two dumps (``diff a b | head``) names the rows that
changed.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from plantrace.pipeline import ingest_paths

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = (ROOT / "examples" / "corpus", ROOT / "evaluation" / "dev" / "docs")
FTS = "search_fts"


def ingest_and_dump(paths: Sequence[Path], db: Path, dump: Path, *, workers: int = 1) -> int:
    """Ingest ``paths`` into the new database ``db``, write the canonical dump of it to ``dump``; the rows."""
    if db.exists():
        raise SystemExit(f"Error: {db} exists; the dump is of a fresh database.\nHint: give a new path.")
    report = ingest_paths(list(paths), db, workers=workers)
    if report.failures:
        raise SystemExit(f"Error: {len(report.failures)} files failed, e.g. {report.failures[0].error}")
    lines = sorted(canonical_rows(db))
    dump.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def canonical_rows(db: Path) -> Iterator[str]:
    """Every row of every table, one ``table<TAB>json`` string each (unsorted)."""
    conn = sqlite3.connect(db)
    try:
        for table in _tables(conn):
            if table == "search_rows":
                yield from _search_rows(conn)
            else:
                for row in conn.execute(f'SELECT * FROM "{table}"'):
                    yield _line(table, row)
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> list[str]:
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    # the FTS table and its shadow tables are dumped through search_rows, by their terms
    return [n for n in names if not n.startswith("sqlite_") and n != FTS and not n.startswith(FTS + "_")]


def _search_rows(conn: sqlite3.Connection) -> Iterator[str]:
    terms: dict[tuple[int, str], list[tuple[int, str]]] = {}
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS,)).fetchone():
        conn.execute(f"CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, {FTS}, instance)")
        for doc, col, offset, term in conn.execute('SELECT doc, col, "offset", term FROM temp.fts_terms'):
            terms.setdefault((doc, col), []).append((offset, term))
    cursor = conn.execute("SELECT * FROM search_rows")
    names = [d[0] for d in cursor.description]
    for row in cursor:
        values = dict(zip(names, row, strict=True))
        rowid = values.pop("id")
        values["fts_head"] = [t for _, t in sorted(terms.pop((rowid, "head"), []))]
        values["fts_body"] = [t for _, t in sorted(terms.pop((rowid, "body"), []))]
        yield _line("search_rows", tuple(values.values()))
    for (rowid, col), orphans in sorted(terms.items()):  # terms of no search row: a broken index
        yield _line(FTS + "(orphan)", (rowid, col, [t for _, t in sorted(orphans)]))


def _line(table: str, row: Sequence[object]) -> str:
    values = [v.hex() if isinstance(v, bytes) else v for v in row]
    text = json.dumps(values, ensure_ascii=False).replace(str(ROOT), "<root>")
    return f"{table}\t{text}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.same_output",
        description="Ingest a corpus into a fresh SQLite database and write a canonical, sorted dump of every "
                    "table's rows (the search index's terms included), so that 'outputs unchanged' is one cmp "
                    "of the dumps made before and after a change. Example: python -m bench.same_output --dump "
                    "/tmp/before.dump; (change the code); python -m bench.same_output --dump /tmp/after.dump; "
                    "cmp /tmp/before.dump /tmp/after.dump",
    )
    parser.add_argument("paths", nargs="*", type=Path,
                        help="folders or files to ingest (default: examples/corpus and evaluation/dev/docs)")
    parser.add_argument("--dump", type=Path, required=True, help="file to write the dump to")
    parser.add_argument("--db-out", type=Path, default=None,
                        help="database to create and keep (must not exist; default: a temporary one, deleted)")
    parser.add_argument("--workers", type=int, default=1, help="ingest processes (default 1)")
    args = parser.parse_args(argv)
    paths = args.paths or list(DEFAULT_PATHS)
    if args.db_out is not None:
        rows = ingest_and_dump(paths, args.db_out, args.dump, workers=args.workers)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            rows = ingest_and_dump(paths, Path(tmp) / "same_output.sqlite3", args.dump, workers=args.workers)
    print(f"{rows} rows written to {args.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
