"""Numeric questions: recognise metric, year and place, and answer from the extracted measures.

The measures stage owns the ``measures`` table and its query function,
``plantrace.store.measures.query(conn, *, metrics|metric, year, jurisdiction, stance, limit)``
returning rows of the measures contract. It is looked up when a question comes in (only the
keyword arguments it accepts are passed); without it, numeric questions get passages only.
"""

from __future__ import annotations

import functools
import inspect
import itertools
import json
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from plantrace.errors import NotFound
from plantrace.gazetteer import gazetteer
from plantrace.ingest.dates import fyp_years
from plantrace.models.search import Hit, SearchFilters
from plantrace.search.place import Place
from plantrace.search.query import relative_year, synonym_groups
from plantrace.search.snippet import window
from plantrace.search.tokens import fold
from plantrace.store import Store
from plantrace.store import measures as measures_store
from plantrace.store import search_index as index

Row = dict[str, Any]
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# 十一五期间, “十四五”时期: a plan period named by its ordinal (the 11th to the 15th)
_PLAN_PERIOD = re.compile("十([一二三四五])五(?![年万亿])")
_ORDINALS = "一二三四五"
_ADMIN_SUFFIX = ("省", "市", "区", "县", "自治区", "自治州", "新区")
MEASURE_SCORE = 1000.0  # measure answers rank above every passage
_MISFIT_STEP = 20.0  # score lost per point of misfit (less than any rank difference adds up to)
_MIN_ROWS = 200  # measures fetched before ranking by fit


@dataclass(frozen=True, slots=True)
class NumericQuestion:
    metrics: tuple[str, ...]
    year: int | None
    place: str | None
    stance: str | None
    relative: int | None = None  # 去年 -> -1: the year counted from each document's own
    period: tuple[int, int] | None = None  # 十一五期间 -> (2006, 2010): the years a period's figure covers


def numeric_hits(
    store: Store, query: str, filters: SearchFilters, limit: int, place: Place | None = None
) -> list[Hit]:
    """Measure answers to a numeric question, best fit first, each a hit with its line; [] for other queries."""
    question = recognise(store, query, place)
    if question is None:
        return []
    doc_id = _resolve_doc(store, filters.doc)
    if filters.doc and doc_id is None:
        return []
    rows = _rows(store, question, max(limit * 20, _MIN_ROWS), doc_id)
    owners = place.jurisdictions if place else ()
    docs = {d: _document(store, d) for d in {str(r["doc"]) for r in rows}}
    places = {d: str(doc["jurisdiction"]) for d, doc in docs.items()} if owners else {}
    if place is not None and place.docs:  # a place only named in the documents: theirs are its own
        owners, places = ("",), {d: "" if d in place.docs else "elsewhere" for d in docs}
    years = {d: report_year(doc) for d, doc in docs.items()}
    fits = [(misfit(r, question, owners, places, years), i, r) for i, r in enumerate(rows)]
    fits.sort(key=lambda item: (item[0], item[1]))  # stable: source order among equals
    hits = (_hit(store, r, rank, bad) for rank, (bad, _, r) in enumerate(fits))
    return list(itertools.islice((h for h in hits if _passes(store, h, filters)), limit))


def misfit(
    row: Row, q: NumericQuestion, owners: tuple[str, ...], places: dict[str, str],
    years: dict[str, int | None] | None = None,
) -> int:
    """How badly a measure fits the question: wrong year 8 (a year counted from the report, 去年, is
    that of the measure's document: 1 when the document's year is not known), other place 4, other
    stance 2, a period's figure for a year's 1, a metric phrase that is not one of the metric's names
    (现在国内生产总值每) 1; a plan period asked for (十一五期间): a year outside it 8, one year's figure for
    the period's 1; 0 = fits."""
    bad = 0
    year = int(str(row["year"])) if row.get("year") is not None else None
    if q.period is not None and year is not None:
        bad += 8 * (not q.period[0] <= year <= q.period[1]) + (row.get("scope") in (None, "annual"))
    if q.year is not None and year is not None and year != q.year:
        bad += 8
    if q.relative is not None and year is not None:
        own = (years or {}).get(str(row["doc"]))
        bad += 1 if own is None else 8 * (year != own + q.relative)
    if (q.year is not None or q.relative is not None) and row.get("scope") not in (None, "annual"):
        bad += 1  # a year's figure is asked for, not a period's average or total
    if owners and places.get(str(row["doc"])) not in owners:
        bad += 4
    if q.stance is not None and row.get("stance") not in (None, q.stance):
        bad += 2
    if not _named_metric(row):
        bad += 1
    return bad


def report_year(doc: Row) -> int | None:
    """The year a document (or a passage's row) of one year is for (a work report, an annual plan);
    None for a document of several years or none."""
    start, end = doc.get("period_start"), doc.get("period_end")
    return int(str(end)) if start is not None and end is not None and str(start) == str(end) else None


def _named_metric(row: Row) -> bool:
    """Whether the measure's metric phrase is a name of its metric (or has no canonical name to check)."""
    canonical = str(row.get("metric_canonical") or "")
    names = metric_phrases().get(canonical)
    return not names or fold(str(row.get("metric") or "")).lower() in names


def hit_misfit(hit: Hit) -> int:
    """The misfit a measure hit was ranked by (kept in its score)."""
    return int((MEASURE_SCORE - hit.score) // _MISFIT_STEP)


def recognise(store: Store, query: str, place: Place | None = None) -> NumericQuestion | None:
    """A metric the store knows and a year or a cue word (目标, 增长 …), else None."""
    text, relative = relative_year(fold(query))
    words = _numeric_words()
    year_match = _YEAR.search(text)
    if not (year_match or any(w in text for w in words["cue_words"])):
        return None
    metrics = _metrics(index.measure_metrics(store.conn), text)
    if not metrics:
        return None
    stance = "target" if any(w in text for w in words["target_words"]) else None
    stance = "actual" if stance is None and any(w in text for w in words["actual_words"]) else stance
    stance = "actual" if stance is None and relative is not None and relative[1] < 0 else stance
    return NumericQuestion(
        metrics=metrics, year=int(year_match.group(1)) if year_match else None,
        place=place.jurisdictions[0] if place and place.jurisdictions else None if place else _place(
            index.places(store.conn), text), stance=stance,
        relative=relative[1] if relative else None, period=_plan_period(text) if not year_match else None,
    )


def _plan_period(text: str) -> tuple[int, int] | None:
    """The years of the five-year plan a question names (十一五期间 -> (2006, 2010)), if it names one."""
    match = _PLAN_PERIOD.search(text)
    return fyp_years(11 + _ORDINALS.index(match.group(1))) if match else None


def _metrics(known: list[str], text: str) -> tuple[str, ...]:
    """Known metric names in the query: through the metrics dictionary (the longest phrase named wins:
    研发经费投入强度 over 研发经费), else directly or through a search synonym (GDP -> 地区生产总值)."""
    named = _dictionary_metrics(set(known), text.lower())
    if named:
        return named
    found = {m for m in known if m and fold(m) in text}
    for member, group in synonym_groups().items():
        if member in text.lower():
            found.update(m for m in known if fold(m).lower() in {g.lower() for g in group})
    if not found:
        return ()
    longest = max(len(m) for m in found)
    return tuple(sorted(m for m in found if len(m) >= min(longest, 4) or len(found) == 1))


def _dictionary_metrics(known: set[str], text: str) -> tuple[str, ...]:
    """Canonical names whose longest phrase found in ``text`` is not inside a longer phrase found."""
    spans: list[tuple[int, int, str]] = []
    for canonical, phrases in metric_phrases().items():
        if canonical not in known:
            continue
        for phrase in phrases:
            at = text.find(phrase)
            if at >= 0:
                spans.append((at, at + len(phrase), canonical))
    kept = {c for s, e, c in spans if not any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, _ in spans)}
    return tuple(sorted(kept))


@functools.lru_cache(maxsize=1)
def metric_phrases() -> dict[str, tuple[str, ...]]:
    """Canonical metric -> the phrases naming it (folded, lower case), from ``data/metrics.toml``."""
    try:
        text = resources.files("plantrace").joinpath("data", "metrics.toml").read_text(encoding="utf-8")
        table = tomllib.loads(text).get("metrics", {})
    except (FileNotFoundError, tomllib.TOMLDecodeError):
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for canonical, entry in table.items():
        phrases = {fold(canonical).lower(), *(fold(p).lower() for p in entry.get("synonyms", []))}
        out[canonical] = tuple(sorted(p for p in phrases if p))
    return out


def _place(jurisdictions: list[str], text: str) -> str | None:
    """The most specific stored jurisdiction named in the query (also without 市/区 suffixes)."""
    best: str | None = None
    for place in jurisdictions:
        for name in _place_names(fold(place)):
            if name in text and (best is None or len(name) > len(best)):
                best = name
    return best


def _place_names(place: str) -> list[str]:
    """``广州市海珠区`` -> itself, ``海珠区``, ``广州市``, ``海珠``, ``广州`` (names at least two characters long)."""
    parts = re.findall(r".+?(?:自治区|自治州|新区|省|市|区|县)|.+$", place)
    names = [place, *parts]
    for part in parts:
        known = [s for d in gazetteer().lookup(part) if d.name == part and d.rank > 0 for s in d.short]  # 新疆
        if known:
            names.extend(known)
            continue
        for suffix in _ADMIN_SUFFIX:
            if part.endswith(suffix) and len(part) - len(suffix) >= 2:
                names.append(part[: -len(suffix)])
                break
    return [n for n in dict.fromkeys(names) if len(n) >= 2]


def _resolve_doc(store: Store, ref: str | None) -> str | None:
    """The id of the one document a ``doc`` filter names, else None."""
    if not ref:
        return None
    try:
        return str(store.document(ref)["id"])
    except NotFound:
        return None


def _rows(store: Store, q: NumericQuestion, limit: int, doc_id: str | None) -> list[Row]:
    query_fn = getattr(measures_store, "query", None)
    if callable(query_fn):
        accepted = inspect.signature(query_fn).parameters
        offered: dict[str, object] = {
            "year": q.year, "jurisdiction": q.place, "limit": limit, "doc": doc_id,
        }
        if "metrics" in accepted:
            offered["metrics"] = list(q.metrics)
        else:
            offered["metric"] = q.metrics[0]
        rows: list[Row] = list(query_fn(store.conn, **{k: v for k, v in offered.items() if k in accepted}))
        return rows
    return []


def _hit(store: Store, row: Row, rank: int, bad: int = 0) -> Hit:
    doc = _document(store, row["doc"])
    path = row.get("path") or (store.node(row["node"])["path"] if row.get("node") else ())
    raw = row.get("raw") or _raw_line(store, row["doc"], int(row["line"]))
    start, end = int(row["start"]), int(row["end"])
    snippet = raw[:start] + "【" + raw[start:end] + "】" + raw[end:] if 0 <= start < end <= len(raw) else raw
    measure = {k: row.get(k) for k in ("metric", "value", "value_max", "unit", "comparator", "stance", "year",
                                       "kind", "surface", "rule", "line", "start", "end")}
    return Hit(
        doc=row["doc"], source=doc["source"], title=doc["title"], node=row.get("node"),
        path=tuple(json.loads(path)) if isinstance(path, str) else tuple(path or ()),
        line_start=int(row["line"]), line_end=int(row["line"]), score=MEASURE_SCORE - bad * _MISFIT_STEP - rank / 100,
        snippet=window(snippet), kind="measure", node_kind="measure", measure=measure,
    )


def _document(store: Store, doc_id: str) -> Row:
    return store.document(doc_id)


def _raw_line(store: Store, doc_id: str, number: int) -> str:
    return index.raw_lines(store.conn, doc_id, number, number).get(number, "")


def _passes(store: Store, hit: Hit, filters: SearchFilters) -> bool:
    if filters.kind is not None and filters.kind != "measure":
        return False
    doc = _document(store, hit.doc)
    if filters.doc and not (doc["id"].startswith(filters.doc) or doc["source"].endswith(filters.doc)):
        return False
    if filters.jurisdictions is not None and doc["jurisdiction"] not in filters.jurisdictions:
        return False
    return all(getattr(filters, k) in (None, doc[k]) for k in ("level", "doc_type"))


@functools.lru_cache(maxsize=1)
def _numeric_words() -> dict[str, list[str]]:
    text = resources.files("plantrace").joinpath("data", "synonyms.toml").read_text(encoding="utf-8")
    words: dict[str, list[str]] = tomllib.loads(text)["numeric"]
    return words
