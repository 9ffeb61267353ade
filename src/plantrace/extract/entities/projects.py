"""Projects from boxes (专栏 … 重点建设项目) and from project lists in the text (推进A、B等项目建设)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from plantrace.extract.entities.boxes import Box
from plantrace.extract.entities.categories import project_category
from plantrace.extract.entities.context import Context
from plantrace.extract.entities.listsplit import shared_suffixes, split_items
from plantrace.extract.entities.words import has_proper_word
from plantrace.models import Project

RULE_BOX = "entity.project.box.v1"
RULE_BOX_ITEM = "entity.project.box_item.v1"
RULE_LIST = "entity.project.list.v1"
RULE_SHARED_SUFFIX = "entity.project.shared_suffix.v1"

_ITEM = re.compile(r"^\s*(?:(?P<top>[一二三四五六七八九十]+)、|[\((](?P<sub>[一二三四五六七八九十]+)[\))]|\d+[.、])\s*")
_CLAUSE = re.compile(r"[^,,;;。::!!??]+")
_LIST_END = re.compile(r"等(?P<tail>[\u4e00-\u9fff]{0,6}?(?:项目|工程)|建设$)|(?<!等)(?P<plain>建设)$")
_HEADING_KINDS = frozenset({"part", "chapter", "section", "item"})
_MARKER = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百\d]+[章节篇部]|[一二三四五六七八九十]+、"
    r"|[\((][一二三四五六七八九十]+[\))]|\d+\.)\s*"
)
_CLAUSE_WORDS = re.compile(r"[为的“”\"]|等一")
_COUNT = re.compile(r"^[\d一二三四五六七八九十百]+[个项条座所家]")
_RUN_IN_KINDS = ("工程", "项目", "行动", "计划")


@dataclass(frozen=True, slots=True)
class _Span:
    line: int
    start: int
    end: int


def extract_projects(ctx: Context, boxes: Iterable[Box]) -> list[Project]:
    found: list[Project] = []
    for box in boxes:
        if any(word in box.category for word in ctx.lex.box_not_projects):
            continue
        found.extend(_box_projects(ctx, box))
    for number, text in ctx.body_text():
        found.extend(_list_projects(ctx, number, text, 0, None, None))
    return _dedupe(found)


def _dedupe(projects: list[Project]) -> list[Project]:
    """One row per project name and document: box rows win over text lists (they come first)."""
    seen: set[str] = set()
    out = []
    for project in projects:
        if project.name_simp not in seen:
            seen.add(project.name_simp)
            out.append(project)
    return out


def _box_projects(ctx: Context, box: Box) -> Iterator[Project]:
    heading: str | None = None
    for number in box.content:
        text = ctx.simp(number)
        match = _ITEM.match(text)
        start = match.end() if match else 0
        if match and match.group("top"):
            heading = None
        colon = _colon(text, start)
        if colon is not None:
            label = text[start:colon].strip()
            status = _label_status(ctx, label)
            category = (heading or box.category) if label in ctx.lex.status_labels else label
            outer = (heading or "", box.category)
            yield from _items(ctx, _Span(number, colon + 1, len(text)), category, status, box.title, RULE_BOX, outer)
            continue
        period = text.find("。", start)
        if 0 < period - start <= 40:
            yield from _run_in(ctx, box, number, start, period)
        elif match and match.group("top"):
            heading = text[start:].strip(" 。")


def _colon(text: str, start: int) -> int | None:
    for i in range(start, min(len(text), start + 30)):
        if text[i] in "::":
            return i
        if text[i] in "。,,":
            return None
    return None


def _label_status(ctx: Context, label: str) -> str | None:
    if label not in ctx.lex.status_labels:
        return None
    return next((status for word, status in ctx.lex.status if word in label), None)


def _run_in(ctx: Context, box: Box, number: int, start: int, period: int) -> Iterator[Project]:
    """一、新时代高水平教师工程。加快A、B等建设。 -> the titled project, then the listed ones."""
    text = ctx.simp(number)
    title = text[start:period].strip()
    if title.endswith(_RUN_IN_KINDS):
        yield _project(ctx, _Span(number, start, start + len(title)), box.category, None, box.title, RULE_BOX_ITEM)
    yield from _list_projects(ctx, number, text, period + 1, box.category, box.title)


def _items(
    ctx: Context, span: _Span, category: str, status: str | None, source: str, rule: str,
    outer: tuple[str, ...] = (),
) -> Iterator[Project]:
    """The names listed in ``span``; ``outer`` are the headings above ``category`` (for the canonical category)."""
    text = ctx.simp(span.line)[span.start:span.end]
    in_text = rule == RULE_LIST
    pieces = split_items(text, span.start)
    pieces = list(_split_conjunctions(ctx, pieces)) if in_text else pieces
    shared = shared_suffixes([p[0] for p in pieces], [p[1] for p in pieces])
    for i, (name, start, end) in enumerate(pieces):
        skip = _lead(ctx, name)
        name, start = name[skip:], start + skip
        for tail in ("建设", "项目"):
            if in_text and name.endswith(tail) and len(name) > 4:
                name, end = name[:-2], end - 2
        if (3 if in_text else 2) <= len(name) <= 40 and _valid(ctx, name, in_text):
            project = _project(ctx, _Span(span.line, start, end), category, status, source, rule, outer)
            yield _with_suffix(ctx, project, span.line, shared[i]) if i in shared else project


def _with_suffix(ctx: Context, project: Project, line: int, at: int) -> Project:
    """10號 in 10號、11號、18號線 is 10號線: the name takes the shared suffix; the evidence keeps the surface."""
    name_simp = project.name_simp + ctx.simp(line)[at]
    category, category_rule = project_category(name_simp, (project.group,))
    return replace(
        project,
        name=project.name + ctx.original(line, at, at + 1),
        name_simp=name_simp,
        category=category,
        category_rule=category_rule,
        evidence=replace(project.evidence, rule=RULE_SHARED_SUFFIX),
    )


def _split_conjunctions(ctx: Context, pieces: list[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """A和B (each side at least three characters) keeps the sides that look like project names:
    团一大纪念馆和广州妇女运动历史展陈 -> both; 紧急医学救援指挥中心和医学观察场所 -> the first only (the
    other side is a kind or a task); 国家医学中心和区域医疗中心 -> neither (kinds, and not one name either)."""
    for name, start, end in pieces:
        for word in ctx.lex.conjunctions:
            pos = name.find(word, 3)
            if pos <= 0 or len(name) - pos - len(word) < 3:
                continue
            left, right = name[:pos], name[pos + len(word):]
            named = (_named_in_text(ctx, left), _named_in_text(ctx, right))
            if named[0]:
                yield left, start, start + pos
            if named[1]:
                yield right, start + pos + len(word), end
            break
        else:
            yield name, start, end


def _lead(ctx: Context, name: str) -> int:
    """Length of a leading conjunction and list verb (和推进X -> X) to drop from a listed name."""
    skip = 1 if name.startswith("了") else 0  # 完成了A、B -> A
    for words in (ctx.lex.conjunctions, ctx.lex.project_verbs):
        word = next((w for w in words if name.startswith(w, skip)), "")
        skip += len(word)
    return skip if skip < len(name) else 0


def _valid(ctx: Context, name: str, in_text: bool) -> bool:
    if in_text and not _named_in_text(ctx, name):
        return False
    return not (
        name in ctx.lex.project_generic
        or ctx.is_spam(name)
        or _COUNT.match(name)
        or name.endswith(ctx.lex.project_not_suffixes)
    )


def _named_in_text(ctx: Context, name: str) -> bool:
    """A listed name in running text: not a bare place, not quoted, no clause words, and a facility or proper name."""
    if ctx.place_in(name) in (name, name + "区") or _CLAUSE_WORDS.search(name):
        return False
    if len(name) <= 6 and name.startswith(ctx.lex.generic_prefixes):
        return False
    if name.endswith(ctx.lex.facility_suffixes):
        return True
    return has_proper_word(ctx, name, unknown_words=len(name) >= 4)


def _project(
    ctx: Context, span: _Span, group: str, status: str | None, source: str, rule: str, outer: tuple[str, ...] = ()
) -> Project:
    name_simp = ctx.simp(span.line)[span.start:span.end]
    category, category_rule = project_category(name_simp, (group, *outer))
    return Project(
        name=ctx.original(span.line, span.start, span.end),
        category=category,
        status=status,
        place=ctx.place_of(name_simp),
        evidence=ctx.evidence(span.line, span.start, span.end, rule),
        name_simp=name_simp,
        box=source,
        group=group,
        category_rule=category_rule,
    )


def _list_projects(
    ctx: Context, number: int, text: str, offset: int, category: str | None, source: str | None
) -> Iterator[Project]:
    """VERB A、B、C等项目(建设): each listed name, with the status the verb states."""
    if "等" not in text and "建设" not in text:  # speed only: _LIST_END needs one of them
        return
    for clause in _CLAUSE.finditer(text, offset):
        if "等" not in clause.group() and not clause.group().endswith(("建设", "建设\n")):
            continue  # speed only: _LIST_END needs 等, or 建设 at the end
        end = _LIST_END.search(clause.group())
        if not end:
            continue
        verb = _first_verb(ctx, clause.group()[: end.start()])
        after = clause.group()[end.end():]
        if verb is None and (end.group("tail") or "").startswith("一批"):
            verb = _verb_after(ctx, after)  # A、B等一批重点工程开工: the list opens the clause
        if verb is None or (end.group("plain") and _bare_list(clause.group()[verb[1]:end.start()])):
            continue
        status = next((s for word, s in ctx.lex.status if word == verb[0]), None)
        span = _Span(number, clause.start() + verb[1], clause.start() + end.start())
        headings = (category, _tail_category(end.group("tail")), _heading_of(ctx, number))
        label = next((h for h in headings if h), "项目")
        yield from _items(ctx, span, label, status, source or "", RULE_LIST, tuple(h for h in headings if h))


def _verb_after(ctx: Context, after: str) -> tuple[str, int] | None:
    """For a list closed by 等一批…项目/工程 with no verb before it: the status verb after it
    (开工, 建成 …), and a list that starts at the clause's start; None when no verb follows."""
    words = sorted((w for w in ctx.lex.project_verbs if after.startswith(w)), key=len, reverse=True)
    return (words[0], 0) if words else None


def _bare_list(text: str) -> bool:
    """A list closed by 建设 alone (推进A、B建设) needs at least two names and no 等."""
    return "、" not in text or "等" in text


def _tail_category(tail: str | None) -> str | None:
    """等湾区互通项目 -> 湾区互通项目; 等项目 / 等(一批)重点项目 -> None (the heading says more)."""
    tail = tail.removeprefix("一批") if tail else tail
    if not tail or tail in ("项目", "工程") or tail.removeprefix("重点").removeprefix("重大") in ("项目", "工程"):
        return None
    return tail


def _first_verb(ctx: Context, text: str) -> tuple[str, int] | None:
    """The leftmost list verb (longest at that position) and where the list after it starts."""
    best: tuple[int, str] | None = None
    for verb in ctx.lex.project_verbs:
        pos = text.find(verb)
        if pos >= 0 and (best is None or pos < best[0] or (pos == best[0] and len(verb) > len(best[1]))):
            best = (pos, verb)
    if best is None or best[0] + len(best[1]) >= len(text):
        return None
    return best[1], best[0] + len(best[1])


def _heading_of(ctx: Context, number: int) -> str | None:
    """The title of the nearest heading above a line (simplified, without its number)."""
    node = ctx.node_by_id.get(ctx.node_of.get(number, ""))
    while node is not None and node.parent:
        node = ctx.node_by_id.get(node.parent)
        if node is not None and node.kind in _HEADING_KINDS:
            title = _MARKER.sub("", node.simp.split("\n", 1)[0]).split("。", 1)[0].strip()
            return title or None
    return None
