"""Places: every document in the administrative tree, and which documents answer which.

The tree is the national gazetteer (:mod:`plantrace.gazetteer`) plus places a user adds (a
development zone, a new district) with a parent. A lower document answers the nearest place above
it that has documents: its plan outline answers that place's outline of the *same* period (a
14th-plan district outline answers the 14th-plan city outline, not the 13th); its targets are also
read against that place's other documents inside the period (annual work reports).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from plantrace.gazetteer import Division, gazetteer

PLAN_TYPES = ("fyp_outline", "special_plan")


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    name: str
    level: str
    parent: str | None
    short: tuple[str, ...] = ()
    origin: str = "gazetteer"    # gazetteer | user


@dataclass(frozen=True, slots=True)
class DocRef:
    id: str
    source: str
    jurisdiction: str
    doc_type: str
    period: tuple[int, int] | None
    issued: str | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    lower: str
    upper: str
    relations: tuple[str, ...]


class PlaceTree:
    """The gazetteer's divisions plus user places; user places win on a name they share."""

    def __init__(self, user: Iterable[Place] = ()) -> None:
        self.user = {p.code: p for p in user}
        self._user_names = {name: p for p in self.user.values() for name in (p.name, *p.short)}

    def place(self, code: str) -> Place | None:
        if code in self.user:
            return self.user[code]
        division = gazetteer().by_code(code)
        return _place(division) if division is not None else None

    def resolve(self, name: str, context: str = "") -> Place | None:
        """The place a jurisdiction names (广州市海珠区, 海珠区, 海珠), user places first."""
        if name in self._user_names:
            return self._user_names[name]
        division = gazetteer().resolve(name, context)
        return _place(division) if division is not None else None

    def chain(self, place: Place) -> list[Place]:
        """From the country down to ``place``."""
        out = [place]
        while out[-1].parent and (up := self.place(out[-1].parent)) is not None:
            out.append(up)
        return list(reversed(out))

    def names(self, place: Place) -> tuple[str, ...]:
        return (place.name, *place.short)


def _place(division: Division) -> Place:
    return Place(division.code, division.name, division.level, division.parent, division.short)


def place_documents(tree: PlaceTree, docs: Sequence[DocRef]) -> dict[str, Place | None]:
    """The place of each document (None when its jurisdiction is not a known place)."""
    return {d.id: tree.resolve(d.jurisdiction) if d.jurisdiction else None for d in docs}


def pairs(tree: PlaceTree, docs: Sequence[DocRef]) -> list[Pair]:
    """Lower/upper document pairs with the relations to look for in each."""
    placed = place_documents(tree, docs)
    by_place: dict[str, list[DocRef]] = defaultdict(list)
    for doc in docs:
        if (place := placed[doc.id]) is not None:
            by_place[place.code].append(doc)
    out = []
    for doc in docs:
        place = placed[doc.id]
        if place is None or doc.doc_type not in PLAN_TYPES or doc.period is None:
            continue
        uppers = _nearest_above(tree, place, by_place)
        out.extend(_answers(doc, uppers))
    return out


def _nearest_above(tree: PlaceTree, place: Place, by_place: dict[str, list[DocRef]]) -> list[DocRef]:
    for up in reversed(tree.chain(place)[:-1]):
        if by_place.get(up.code):
            return by_place[up.code]
    return []


def _answers(doc: DocRef, uppers: Sequence[DocRef]) -> list[Pair]:
    """One upper document per (type, period): the latest issued, then the first by source."""
    assert doc.period is not None
    chosen: dict[tuple[str, tuple[int, int]], DocRef] = {}
    for up in sorted(uppers, key=lambda u: (u.issued or "", u.source), reverse=True):
        if up.period is None or up.id == doc.id:
            continue
        same_plan = up.doc_type == doc.doc_type and up.period == doc.period
        inside = doc.period[0] <= up.period[0] and up.period[1] <= doc.period[1]
        if same_plan or (inside and up.doc_type not in PLAN_TYPES):
            chosen.setdefault((up.doc_type, up.period), up)
    pairs_ = []
    for (doc_type, _), up in sorted(chosen.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        relations = ("reuse", "commitment", "positioning", "target") if doc_type == doc.doc_type else ("target",)
        pairs_.append(Pair(doc.id, up.id, relations))
    return pairs_
