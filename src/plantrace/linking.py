"""Compose the link stage with the store: build the plain inputs, run the job, read the results.

The link stage (``plantrace.link``) is pure; this module reads its inputs from the store, runs
``link_pair`` over the document pairs the place tree gives (two worker processes), and writes the
links back. The CLI, the API and the batch layer call these functions.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from plantrace import link
from plantrace.errors import NotFound
from plantrace.gazetteer import simplify
from plantrace.ingest.normalise import normalise
from plantrace.link.places import DocRef, Pair, Place, PlaceTree
from plantrace.models.links import Guidance, Link, Named, Passage, PlanDoc, Target
from plantrace.store import Store, open_store
from plantrace.store import links as queries

Row = dict[str, Any]
GUIDANCE_FIELDS = ("positioning", "focus", "platforms")


@dataclass
class LinkReport:
    """What a link run did."""

    documents: int = 0
    pairs: list[Row] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


# -- building the inputs ---------------------------------------------------------------------------


def place_tree(store: Store) -> PlaceTree:
    places = [Place(r["code"], r["name"], r["level"], r["parent"], tuple(r["short"]), r["origin"])
              for r in queries.user_places(store.conn)]
    return PlaceTree(places)


def doc_refs(store: Store) -> list[DocRef]:
    return [
        DocRef(r["id"], r["source"], r["jurisdiction"], r["doc_type"],
               (r["period_start"], r["period_end"]) if r["period_start"] else None, r["issued"])
        for r in queries.documents(store.conn)
    ]


def plan_doc(store: Store, ref: DocRef, tree: PlaceTree) -> PlanDoc:
    """Everything the link stage reads about one document, from the store."""
    conn = store.conn
    place = tree.resolve(ref.jurisdiction) if ref.jurisdiction else None
    owners = _owners(queries.nodes(conn, ref.id))
    passages = tuple(_passages(ref.id, queries.lines(conn, ref.id), owners))
    rows = queries.measures(conn, ref.id)
    stances: dict[int, list[tuple[str, int | None]]] = defaultdict(list)
    for m in rows:
        stances[m["line"]].append((m["stance"], m["year"]))
    return PlanDoc(
        id=ref.id, source=ref.source, place=place.code if place else "", place_name=place.name if place else "",
        level=place.level if place else "", doc_type=ref.doc_type, period=ref.period, passages=passages,
        named=tuple(Named(r["name"], r["kind"], r["line"]) for r in queries.named(conn, ref.id)),
        targets=tuple(_target(m) for m in rows if m["stance"] == "target" and not m["missing_value"]),
        guidance=tuple(_guidance(queries.guidance(conn, ref.id), passages, owners)),
        place_names=tree.names(place) if place else (),
        retro_lines=link.retrospective_lines(passages, stances, ref.period),
    )


def _owners(nodes: list[Row]) -> dict[int, Row]:
    """The deepest node holding each line; lines of a table of contents belong to none."""
    owner: dict[int, Row] = {}
    toc: set[int] = set()
    for node in nodes:
        span = range(node["line_start"], node["line_end"] + 1)
        if node["kind"] == "toc":
            toc.update(span)
            continue
        for number in span:
            current = owner.get(number)
            if current is None or len(node["path"]) >= len(current["path"]):
                owner[number] = node
    return {n: row for n, row in owner.items() if n not in toc}


def _passages(doc_id: str, lines: list[Row], owners: dict[int, Row]) -> list[Passage]:
    out = []
    for line in lines:
        node = owners.get(line["number"])
        simp = line["simp"]
        if node is None or not simp.strip():
            continue
        text, index = normalise(line["raw"])
        if len(text) != len(simp):
            index = tuple(min(i, len(line["raw"]) - 1) for i in range(len(simp)))
        out.append(Passage(doc_id, node["id"], line["number"], simp, index, tuple(node["path"]), link.words(simp)))
    return out


def _target(m: Row) -> Target:
    metric = m["metric_canonical"] or simplify(m["metric"] or "")
    return Target(m["line"], m["start"], m["end"], m["surface"], metric, m["value"], m["unit"], m["comparator"],
                  m["year"], m["kind"], m["direction"], row=m)


def _guidance(rows: list[Row], passages: Sequence[Passage], owners: dict[int, Row]) -> list[Guidance]:
    out = []
    for row in rows:
        inside = [p for p in passages if row["line_start"] <= p.line <= row["line_end"]]
        for name in GUIDANCE_FIELDS:
            text = simplify(row[name] or "")
            if not text:
                continue
            hit = next((p for p in inside if text[:12] in p.text), None)
            start, end = (hit.line, hit.line) if hit else (row["line_start"], row["line_end"])
            node = str(owners.get(start, {}).get("id", row["node_id"]))
            out.append(Guidance(simplify(row["district"]), name, text, start, end, node))
    return out


# -- running the job -------------------------------------------------------------------------------


def _family(tree: PlaceTree, doc: PlanDoc) -> str:
    return link.family(tree, tree.place(doc.place) if doc.place else None)


# The job in two partitioned steps, each run in worker processes (or in this one). Step 1 builds each
# document's input once, parks it on disk and returns its summary; step 2 links pairs, sorted by upper
# document so a worker keeps the upper plan it is comparing against. Workers hold little memory.
_WORKER: dict[str, Any] = {}
_CACHE_SIZE = 4


def _init_worker(db: str, places: list[Place], folder: str, stats: link.CorpusStats | None) -> None:
    _WORKER.clear()
    _WORKER.update(db=db, tree=PlaceTree(places), folder=folder, stats=stats, cache={})


def _prepare(ref: DocRef) -> link.DocSummary:
    tree: PlaceTree = _WORKER["tree"]
    with open_store(_WORKER["db"], write=False) as store:
        doc = plan_doc(store, ref, tree)
    with open(os.path.join(_WORKER["folder"], f"{ref.id}.pickle"), "wb") as out:
        pickle.dump(doc, out, protocol=pickle.HIGHEST_PROTOCOL)
    return link.summarise(_family(tree, doc), doc)


def _load(doc_id: str) -> PlanDoc:
    cache: dict[str, PlanDoc] = _WORKER["cache"]
    if doc_id not in cache:
        if len(cache) >= _CACHE_SIZE:
            cache.pop(next(iter(cache)))
        with open(os.path.join(_WORKER["folder"], f"{doc_id}.pickle"), "rb") as src:
            cache[doc_id] = pickle.load(src)
    return cache[doc_id]


def _link_pair(job: tuple[Pair, int]) -> list[Link]:
    pair, min_chars = job
    return link.link_pair(_load(pair.lower), _load(pair.upper), _WORKER["stats"], pair.relations, min_chars)


def _run(
    func: Callable[[Any], Any], jobs: Sequence[Any], workers: int, init: tuple[Any, ...],
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Any]:
    """Results in job order, as they come (the caller consumes them one at a time)."""
    if workers <= 1 or len(jobs) <= 1:
        _init_worker(*init)
        results: Iterable[Any] = map(func, jobs)
        yield from _counted(results, len(jobs), progress)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=init) as pool:
        chunk = max(1, min(16, len(jobs) // (workers * 8)))
        yield from _counted(pool.map(func, jobs, chunksize=chunk), len(jobs), progress)


def _counted(results: Iterable[Any], total: int, progress: Callable[[int, int], None] | None) -> Iterator[Any]:
    for i, result in enumerate(results, 1):
        if progress:
            progress(i, total)
        yield result


# Runs one step elsewhere (the Spark batch layer): (step function, jobs, worker init args) -> results in order.
# Each worker calls ``init_worker(*init)`` once, then the step function on each of its jobs.
Runner = Callable[[Callable[[Any], Any], Sequence[Any], tuple[Any, ...]], Iterable[Any]]


def init_worker(*init: Any) -> None:
    """Set up a worker process for the job's steps (what ``runner`` calls once per worker)."""
    _init_worker(*init)


def compute_links(
    db: str, *, workers: int | None = None, min_chars: int = 15,
    progress: Callable[[int, int], None] | None = None, runner: Runner | None = None,
) -> LinkReport:
    """Link every lower/upper document pair the place tree gives; replace the stored links.

    ``runner`` runs the two steps elsewhere (``plantrace batch link`` on Spark) instead of local processes."""
    workers = workers or min(2, os.cpu_count() or 1)
    with open_store(db) as store:
        tree = place_tree(store)
        refs = doc_refs(store)
    places = list(tree.user.values())
    sources = {ref.id: ref.source for ref in refs}
    found = sorted(link.pairs(tree, refs), key=lambda p: (p.upper, p.lower))
    with tempfile.TemporaryDirectory(prefix="plantrace-link-") as folder:
        first = (db, places, folder, None)
        stats = link.combine(runner(_prepare, refs, first) if runner else _run(_prepare, refs, workers, first))
        jobs, init = [(p, min_chars) for p in found], (db, places, folder, stats)
        results = list(runner(_link_pair, jobs, init) if runner else _run(_link_pair, jobs, workers, init, progress))
    report = LinkReport(documents=len(refs))
    with open_store(db) as store, store.transaction() as conn:
        queries.replace_links(conn, sorted(sources), (lk for batch in results for lk in batch))
    for pair, batch in zip(found, results, strict=True):
        report.pairs.append({"lower": sources[pair.lower], "upper": sources[pair.upper],
                             "relations": list(pair.relations), "links": len(batch)})
        for lk in batch:
            report.counts[lk.relation] = report.counts.get(lk.relation, 0) + 1
    return report


# -- reading the results ---------------------------------------------------------------------------


def resolve_docs(store: Store, ref: str | None) -> list[str]:
    """Document ids for a document reference (id, path, file name) or a place name (海珠区, 广州市)."""
    if not ref:
        return []
    tree = place_tree(store)
    place = tree.resolve(ref)
    if place is not None:
        placed = link.places.place_documents(tree, doc_refs(store))
        ids = [doc for doc, p in placed.items() if p is not None and p.code == place.code]
        if ids:
            return ids
    try:
        return [store.document(ref)["id"]]
    except NotFound as exc:
        raise NotFound(f"No document or place with documents matches {ref!r}.",
                       hint="`plantrace places` lists the places and their documents.") from exc


def list_links(db: str, *, lower: str | None = None, upper: str | None = None,
               relation: str | None = None) -> list[Row]:
    """Link rows (the DESIGN ``links`` contract)."""
    with open_store(db, write=False) as store:
        return queries.list_links(store.conn, lower=resolve_docs(store, lower), upper=resolve_docs(store, upper),
                                  relation=relation)


def reuse_rows(db: str, *, min_chars: int = 15, lower: str | None = None, upper: str | None = None) -> list[Row]:
    """Passages copied word for word or nearly: both spans and the shared text."""
    rows = list_links(db, lower=lower, upper=upper, relation="reuse")
    return [r for r in rows if r["details"].get("original_chars", 0) >= min_chars]


def places(db: str) -> list[Row]:
    """Every document with its place and the chain of places above it."""
    with open_store(db, write=False) as store:
        tree = place_tree(store)
        refs = doc_refs(store)
        placed = link.places.place_documents(tree, refs)
    rows = []
    for ref in refs:
        place = placed[ref.id]
        chain = tree.chain(place) if place else []
        rows.append({
            "place": place.name if place else None, "code": place.code if place else None,
            "level": place.level if place else None, "chain": [p.name for p in chain],
            "doc": ref.id, "source": ref.source, "doc_type": ref.doc_type,
            "period": list(ref.period) if ref.period else None, "line_start": 1, "line_end": 1,
        })
    return sorted(rows, key=lambda r: ("/".join(r["chain"]), r["source"]))


def add_place(db: str, name: str, parent: str, level: str = "district", short: Sequence[str] = ()) -> Row:
    """Add a place the gazetteer does not know (a new district, a development zone) under a parent."""
    with open_store(db) as store:
        tree = place_tree(store)
        up = tree.resolve(parent)
        if up is None:
            raise NotFound(f"No place {parent!r} to put {name!r} under.",
                           hint="Give the parent's full name (广州市) or one `plantrace places` lists.")
        row = {"code": f"user:{name}", "name": name, "short": list(short), "level": level,
               "parent": up.code, "origin": "user"}
        with store.transaction() as conn:
            queries.add_place(conn, row)
    return row
