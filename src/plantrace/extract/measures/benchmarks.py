"""Benchmarks: a rate said of another place to compare the subject with (比全省(7.7%), 同期全国2.4%的…增幅) is
that place's rate of the same indicator, not a share named by the place."""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.drafts import RATE_WORDS, Draft, compares, share_subject
from plantrace.extract.measures.hit import Hit
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
