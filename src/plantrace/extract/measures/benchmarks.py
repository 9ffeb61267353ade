"""Benchmarks: a rate said of another place to compare the subject with (比全省(7.7%), 同期全国2.4%的…增幅) is
that place's rate of the same indicator, not a share named by the place."""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.drafts import RATE_WORDS, Draft, compares, share_subject
from plantrace.extract.measures.hit import Hit
from plantrace.extract.measures.metric import clean_name
from plantrace.extract.measures.rules import kind_rule
from plantrace.gazetteer import gazetteer

# 比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点, 西藏(31.7%)、吉林(26.3%): a rate in brackets right
# after a place; 远高于同期全国2.4%的整体进出口增幅, 同期世界3.9%的年均增速: a rate of a place named after it
_FIELDS = ("全国", "全省", "全市", "全区", "全州", "全盟", "全县", "全球", "世界", "全行业")
_AVERAGE = re.compile("(?:平均水平|平均|整体)$")
_PLACE_RATE = re.compile("同期([\u4e00-\u9fff]{2,3})$")
_RATE_NAMED_AFTER = re.compile("的(?P<what>[^,，。；;、\\d]{0,10}?(?:增幅|增速|增长率|增长|涨幅))")
_GROWTH_BEFORE = 60  # a rate of a place alone (西藏(31.7%)) is a growth rate when growth was said this close before


def benchmarks(text: str, drafts: list[Draft]) -> dict[str, tuple[str, str]]:
    """A percentage said of another place to compare the subject's growth with is that place's growth rate
    of the same indicator (比全省(7.7%) -> 全省生产总值增速, growth), not a share named by the place."""
    marked: set[int] = set()
    named: dict[str, tuple[str, str]] = {}  # a benchmark's name -> (its place, the name compared with it)
    for i, draft in enumerate(drafts):
        hit = draft.hit
        if hit.unit not in ("%", "％") or draft.kind not in ("share", "growth"):
            continue
        place, what = _bracketed_place(text, hit), ""
        if not place:
            of_place = _PLACE_RATE.search(text, max(0, hit.start - 6), hit.start)
            after = _RATE_NAMED_AFTER.match(text, hit.end)
            place = _field_at_end(of_place.group(1)) if of_place and after else ""
            what = after.group("what") if after else ""
        if not place:
            continue
        sentence_start, _ = C.sentence_bounds(text, hit.start)
        compared = _compared_value(drafts, i, sentence_start, marked)
        if what or (compared is None and _GROWTH_WORDS.search(text, max(0, hit.start - _GROWTH_BEFORE), hit.start)):
            draft.kind, draft.metric = "growth", place + what
        elif compared is not None and compared[0] in ("growth", "share"):
            kind, subject = compared
            rate = "增速" if kind == "growth" and not subject.endswith(RATE_WORDS) else ""
            draft.kind, draft.metric, draft.subject = kind, place + subject + rate, subject
            named[draft.metric] = (place, subject + rate)
        else:
            continue
        draft.rule = kind_rule(draft.kind)
        marked.add(i)
    return named


_GROWTH_WORDS = re.compile("增长|增速|增幅|涨幅|下降|回落")


def _compared_value(drafts: list[Draft], i: int, sentence_start: int, marked: set[int]) -> tuple[str, str] | None:
    """(kind, name) of the value of the sentence that a rate of another place is compared with: the last
    percentage before it that is no comparison itself, named by itself or by the value before it (增长8.4%)."""
    kind = ""
    for j in range(i - 1, -1, -1):
        if drafts[j].hit.start < sentence_start:
            break
        if j in marked or compares(drafts[j].metric):
            continue
        if not kind and drafts[j].hit.unit in ("%", "％"):
            kind = drafts[j].kind
        if kind and drafts[j].metric:
            return kind, share_subject(drafts[j].metric)
    return None


def _bracketed_place(text: str, hit: Hit) -> str:
    """全省(7.7%), 全国平均水平(7.0%), 西藏(31.7%): the place a bracketed percentage is the rate of."""
    if hit.start < 3 or text[hit.start - 1] not in "(（" or text[hit.end:hit.end + 1] not in (")", "）"):
        return ""
    before = _AVERAGE.sub("", text[max(0, hit.start - 9):hit.start - 1])
    return _field_at_end(before)


def _field_at_end(before: str) -> str:
    """The place that ends ``before``: a field (全省, 全国, 世界) or a division's name (西藏, 吉林)."""
    for field in _FIELDS:
        if before.endswith(field):
            return field
    for size in (3, 2):
        if len(before) >= size and gazetteer().is_name(before[-size:]):
            return before[-size:]
    return ""


# 增速分别高于全国、全省1.2个、0.5个百分点; 分别比全国、全省高2.1和1.5个百分点; 增速分别高于全省平均水平0.3和
# 0.5个百分点: a list of gaps said against places (or against one benchmark after a list of values): each gap is its
# indicator's growth above (below) its place, not a value named by the place
_GAP = re.compile(
    "(?P<rate>增速|增幅|涨幅|增长)?(?:均|也)?(?:分别)?(?:(?P<verb>高于|低于|快于|慢于|超过|超出)|比|较)"
    "(?P<against>[^,，;；。\\d]{2,30}?)(?:分别)?(?P<said>高出?|低|快|慢|加快|放缓|提高|回落|回升|下降)?(?:分别)?$")
_SAID = {"高": "高于", "高出": "高于", "低": "低于", "快": "快于", "慢": "慢于"}
_PLACE_SUFFIX = re.compile("(?:平均水平|平均|同期)$")


def compared_gaps(text: str, drafts: list[Draft], i: int, n: int, last_items: list[str]) -> list[tuple[str, str]]:
    """(name, subject) of each of a group of gaps (个百分点) said against places: 增速分别高于全国、全省1.2个、0.5个
    百分点 after 地区生产总值增长4.2% -> 地区生产总值增速高于全国, …高于全省 (subject 地区生产总值); against one
    benchmark after a list of as many values (城镇和农村居民…分别增长6.1%和7.2%,增速分别高于全省平均水平0.3和0.5个
    百分点) -> each item's 增速高于全省平均水平. [] when the ``n`` values from the ``i``-th are no such list."""
    group = drafts[i:i + n]
    if len(group) == 1:
        return _single_gap(text, drafts, i)
    if len(group) < 2 or any(d.hit.unit not in ("个百分点", "个") or d.kind != "change" for d in group):
        return []
    clause_start, _ = C.clause_bounds(text, group[0].hit.start)
    gap = _GAP.search(text, clause_start, group[0].hit.start)
    if gap is None:
        return []
    places = [p for p in re.split("[、和与及]", gap.group("against")) if p]
    times = bool(gap.group("said")) and len(places) == len(group) and all(map(_BASE.fullmatch, places))
    verb = "较" if times else gap.group("verb") or _SAID.get(gap.group("said") or "", "")
    # 增速较去年同期、去年全年分别加快7.2和3.9个百分点: the growth's gap to each time it is compared with;
    # 增速分别高于全国、全省1.2个、0.5个百分点: to each place
    if verb and len(places) == len(group) and (times or all(_is_place(p) for p in places)):
        subject = _named_before(text, drafts, i, clause_start, gap.start())
        rate = "" if not subject or subject.endswith(RATE_WORDS) else "增速"
        return [(subject + rate + verb + place, subject) for place in places] if subject else []
    if not verb:
        return []
    if len(last_items) == len(group) and len(places) == 1:
        against = places[0]
        return [(item + ("" if item.endswith(RATE_WORDS) else "增速") + verb + against, item) for item in last_items]
    return []


def _single_gap(text: str, drafts: list[Draft], i: int) -> list[tuple[str, str]]:
    """社会消费品零售总额增长4.3%、高于全国0.6个百分点: a gap said right after an indicator's growth, named by the
    comparison alone, is that indicator's growth above (below) the place (…增速高于全国)."""
    draft = drafts[i]
    if not i or draft.hit.unit != "个百分点" or draft.kind != "change" or not compares(draft.metric):
        return []
    prev = drafts[i - 1]
    gap = _GAP.search(text, prev.hit.end, draft.hit.start)
    if prev.kind != "growth" or prev.hit.unit not in ("%", "％") or gap is None or (
            text[prev.hit.end:gap.start()] not in _JOINERS):
        return []
    verb = gap.group("verb") or _SAID.get(gap.group("said") or "", "")
    place = gap.group("against")
    # (增长5.3% after an amount is named later, by the amount's indicator)
    subject = share_subject(prev.subject or prev.metric) or _subject_before(text, drafts, i - 1)
    if not verb or not (_is_place(place) or _OTHER_RATE.search(place)) or len(subject) < 2 or compares(subject):
        return []
    rate = "" if subject.endswith(RATE_WORDS) else gap.group("rate") or "增速"  # (增幅高于全市平均水平: its own word)
    return [(subject + rate + verb + place, subject)]


# 同比增长6.8%,高于GDP增速2.6个百分点; 增长7.5%，快于经济增速1.2个百分点: a gap against another indicator's growth
_OTHER_RATE = re.compile("[\u4e00-\u9fffA-Za-z]{2,}(?:" + "|".join(RATE_WORDS) + ")$")


_JOINERS = ("、", "，", ",")


# the times a growth is compared with (较去年同期、去年全年, 比上年、一季度)
_BASE = re.compile("(?:去年|上年|前年)(?:同期|全年|末|底)?|(?:第?[一二三四]季度|上半年|前三季度|上月)(?:末)?")


def _named_before(text: str, drafts: list[Draft], i: int, clause_start: int, end: int) -> str:
    """The indicator of a list of gaps: named in its clause (进出口增速分别比全国、全省高), else before it."""
    own = clean_name(text[clause_start:end])
    return own if len(own) >= 2 else _subject_before(text, drafts, i)


def _is_place(name: str) -> bool:
    bare = _PLACE_SUFFIX.sub("", name.removeprefix("同期"))
    return bare in _FIELDS or gazetteer().is_name(bare)


def _subject_before(text: str, drafts: list[Draft], i: int) -> str:
    """The indicator the sentence states before the ``i``-th value, a list of gaps (the last value named by itself)."""
    sentence_start, _ = C.sentence_bounds(text, drafts[i].hit.start)
    for draft in reversed(drafts[:i]):
        if draft.hit.start < sentence_start:
            break
        if draft.metric and not compares(draft.metric):
            return share_subject(draft.metric)
    return ""
