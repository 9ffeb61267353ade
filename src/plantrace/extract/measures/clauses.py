"""The stance a value's own words give it: the clause that holds the value first, then its sentence.

A sentence often joins a result and a promise (完成地区生产总值520亿元，增长6.5%，力争今年增长7%左右):
a cue of promise (力争) that opens a later clause with a value of its own belongs to that value, not to
the results before it. So the cue search reads, in order:

1. the value's own clause (分别 lists stay one clause: 、 does not split);
2. a comparison tail right after it (…完成38.2亿元，比上年增长5.1%: one statement);
3. the clauses before it in the sentence, nearest first (力争地区生产总值增长6%，财政收入增长5%: the
   list goes on under 力争);
4. a later clause without a value of its own, which speaks of the whole sentence (…，是今年的预期目标);
5. the words that open a list after a colon whose items ； splits (主要预期目标是：…；一般公共预算收入增长2%).

The sentence, the section and the document's date come after this (in the caller).
"""

from __future__ import annotations

import bisect
import itertools
import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.timeline import sentence_stance
from plantrace.extract.measures.years import plan_end_year

_CLAUSE_CUTS = ",，:："
_LIST_END = "。!！?？"  # a list after a colon runs over its ； to the end of the sentence
# 比上年增长, 较上年末, 同比下降, 与上年持平: a comparison that continues the clause before it
_TAIL = re.compile(r"\s*(?:比上年|比去年|较上年|较去年|同比|与上年|比上年同期|较上年同期)")


def clause_stance(text: str, pos: int, value_starts: list[int]) -> str | None:
    """The stance the words around the value at ``pos`` give it (None: they do not say)."""
    start, end = C.sentence_bounds(text, pos)
    clauses = _clauses(text, start, end)
    k = next(i for i, (lo, hi) in enumerate(clauses) if lo <= pos < hi or i == len(clauses) - 1)
    own = sentence_stance(text[clauses[k][0]:clauses[k][1]])
    if own:
        return own
    if k + 1 < len(clauses) and _TAIL.match(text, clauses[k + 1][0]):
        tail = sentence_stance(text[clauses[k + 1][0]:clauses[k + 1][1]])
        if tail:
            return tail
    for lo, hi in reversed(clauses[:k]):
        before = sentence_stance(text[lo:hi])
        if before:
            return before
    for lo, hi in clauses[k + 1:]:
        if _holds_value(value_starts, lo, hi):
            continue  # 力争今年增长7%左右: a cue of the later value, not of this one
        after = sentence_stance(text[lo:hi])
        if after:
            return after
    return _list_lead(text, start)


def stated_promise(text: str, pos: int) -> bool:
    """Whether the value's own clause, or the words that open the list it is an item of, promise it
    (力争…, 主要预期目标是：…；一般公共预算收入增长2%): strong enough to outweigh a paragraph's opening
    words or a section that reviews (a cue further back, 多措并举稳预期，地区生产总值增长5.1%, is not)."""
    start, end = C.sentence_bounds(text, pos)
    clauses = _clauses(text, start, end)
    lo, hi = next((c for c in clauses if c[0] <= pos < c[1]), clauses[-1])
    own = sentence_stance(text[lo:hi])
    return own == "target" or (own is None and _list_lead(text, start) == "target")


# 对已经谋划的近1400个项目, 已批建的3家省实验室: what has already been done to the things counted;
# 全区有280万农牧民…, 还有63万失能老人、158万残疾人: what there is; 我区1100多种…好产品, 我区每年接待游客近3亿人次:
# what the government's own place is (its words open the clause)
_DONE_BEFORE = re.compile(  # (the next items of its list too: 已批建的3家省实验室和22家…)
    "已(?:经)?[\u4e00-\u9fff]{1,4}的(?:(?:近|约|超过?)?\\d[^，,。；;:：]{0,16}?[、和与及])?(?:近|约|超过?)?$")
# 近两年挂牌出让的14个探（采）矿权项目, “十四五”批复的6个沙戈荒大基地: things a past time (a plan period that has
# ended) already did something to
_DONE_IN_PAST = re.compile(
    "(?:近[两二三四五]年|去年|上年|“?(?P<plan>十[一二三四]?)五”?)(?:以来|期间|时期)?(?:[\u4e00-\u9fff]{0,4}?)"
    "(?:批复|批准|批建|获批|挂牌出让|挂牌|出让|建成|开工|签约|落地|引进|认定|创建)的(?:近|约|超过?)?$")
_THERE_IS = re.compile("(?:全区|全省|全市|全县|全州|全国|我区|我省|我市|我县|我州|我国|目前|现|还|共)有(?!序|效|力|关)")
_OWN_PLACE = re.compile("^(?:我区|我省|我市|我县|我州|我国)")
_WILL = re.compile("要|将|必须|应当|需要|力争|确保|争取|计划|预计|目标|拟|推动|推进|实现"  # (and what a task does:
                   "|新建|新开工|开工|建成|改造|实施|完成|培育|打造|创建|引进|举办")  # 我省新建100所学校)
# 届时，我国经济总量超过90万亿元: a time ahead earlier in the sentence makes the clause a prospect
_AHEAD = re.compile(r"届时|到时|今年|明年|到\d{4}年|[到至][“\"]?十[一二三四五六七八九]?五[”\"]?(?:末|期末)|今后|未来")


def stated_present(text: str, pos: int, now: int | None = None) -> bool:
    """Whether the value's own clause states the situation a task starts from, not what the task is to
    achieve: a value after 已…的 (已批建的3家省实验室) or after what a past time did (“十四五”批复的6个…,
    近两年挂牌出让的14个…; ``now`` is the year the report is written in), after 全区有/还有 (还有63万失能老人、
    158万残疾人), or in a clause that opens with the government's own place (我区1100多种…好产品), with no word of
    will in it."""
    lo, hi = C.clause_bounds(text, pos)
    clause = text[lo:hi]
    if sentence_stance(clause) == "target":
        return False
    before = text[lo:pos]
    if _DONE_BEFORE.search(before) or _done_in_past(before, now):
        return True
    if _WILL.search(clause) or _AHEAD.search(text, C.sentence_bounds(text, pos)[0], pos):
        return False
    return bool(_THERE_IS.search(before) or _OWN_PLACE.match(clause.lstrip()))


def _done_in_past(before: str, now: int | None) -> bool:
    """Whether a past time did something to the things counted (not a plan period still running or ahead of
    ``now``, the year a report is written in: “十四五”建成的 in a 2021 report is a plan)."""
    match = _DONE_IN_PAST.search(before)
    if match is None or not match.group("plan"):
        return match is not None
    end = plan_end_year(match.group("plan"))
    return now is not None and end is not None and end < now


def _list_lead(text: str, start: int) -> str | None:
    """主要预期目标是：地区生产总值增长5%以上；一般公共预算收入增长2%。: the items of a list after a colon,
    split by ；, stand under the words that open it (the colon's clause) until the list's 。 ends."""
    lo = max(0, start - C.REACH)
    stop = max(text.rfind(ch, lo, start) for ch in _LIST_END)
    colon = C.last_of(text, ":：", stop + 1, start)
    if colon <= stop:
        return None
    lead_start = C.last_of(text, _CLAUSE_CUTS + ";；", stop + 1, colon) + 1
    return sentence_stance(text[max(lead_start, stop + 1):colon])


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds = [start, *(c + 1 for c in C.cuts_between(text, _CLAUSE_CUTS, start, end)), end]
    return [(lo, hi) for lo, hi in itertools.pairwise(bounds) if hi > lo] or [(start, end)]


def _holds_value(value_starts: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(value_starts, lo)
    return i < len(value_starts) and value_starts[i] < hi
