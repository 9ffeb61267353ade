"""What was done to the things a clause counts: the deed opening the clause (新建20家中试基地, 新建改扩建及
维修改造公办幼儿园200所以上、义务教育学校500所以上、普通高中40所以上) is part of the name of each count of its
list: 新建普通高中 and 普通高中 are different indicators. Kept apart from metric.py, which names a value by the
words next to it: this reads the clause's opening words once every value of the line has its name.
"""

from __future__ import annotations

import functools
import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.drafts import Draft
from plantrace.extract.measures.nouns import NOUN_TAGS, chinese_tail, past_quantities
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.segmentation import base_tokenizer

_COUNTED = frozenset({"count", "households"})
_NOT_COUNTS = frozenset({"other", "rank"})  # thresholds (10亿元以上项目) and ranks name no deed
_LISTED = "、"
_EXAMPLES_END = "等"
_MODIFIER = "的"  # 推进卡阳、松如沟等14个…: examples of the things counted, before their count


def deeds_done(text: str, drafts: list[Draft]) -> None:
    """Each count whose name is the noun of a list opened by a deed takes the deed before its name."""
    for draft in drafts:
        if not draft.metric or draft.kind in _NOT_COUNTS or not _counted(draft.hit.unit):
            continue
        start, end = C.clause_bounds(text, draft.hit.start)
        lead = words().deed_lead.match(text, start)
        if lead is None or lead.end() > draft.hit.start or lead.group("deed") in draft.metric or (
                _MODIFIER in text[draft.hit.end:end]):  # 组建32名市领导领衔、103家单位参与的10大招商团队: the deed
            continue  # is done to what the counts qualify
        draft.metric = _with_deed(lead.group("deed"), text[lead.end():draft.hit.start], draft.metric)


def _with_deed(deed: str, between: str, metric: str) -> str:
    """The name with the deed before it, when the words between the deed and the value are the earlier items of
    its list (each with its value) and then nothing (a count before its noun) or the name's own words (a noun before
    its count); else the name unchanged."""
    if between.endswith(_EXAMPLES_END) and not any(ch.isdigit() for ch in between):
        return deed + metric  # 加快建设亚马逊、腾讯…等|25个数据中心: examples of the things counted
    *earlier, last = between.split(_LISTED)
    if not all(any(ch.isdigit() for ch in item) for item in earlier):
        return metric
    if not last:
        return deed + metric  # 新建|20家中试基地, 新增7名院士、|9个全国重点实验室
    if metric.endswith(last):
        return deed + last  # 新建|改扩建…公办幼儿园200所, …、|普通高中40所以上
    classes = len(last) - len(metric)
    if classes > 0 and last.endswith(metric) and past_quantities(last, 0) == classes:
        return deed + metric  # 新建|750千伏和330千伏电网工程16个 -> 新建电网工程: the classes are values of their own
    return metric  # (电压等级), left out of the name as before a count (新建22个750千伏和330千伏电网工程)


@functools.lru_cache(maxsize=256)
def _counted(unit: str) -> bool:
    return (unit_table().base_value(1.0, unit)[2] or "") in _COUNTED


# 改造任务, 搬迁计划: what is done, and the task or plan of doing it, say nothing of what it is done to
_BARE_END = ("", "任务", "计划")
_OBJECT_LONGEST = 10
_REACH = 16  # characters before a deed where the words of its object are read


def deed_objects(text: str, drafts: list[Draft]) -> None:
    """A value named only by a deed (改造, 搬迁任务, 改造计划) takes the object of the same deed named last before it
    in its sentence or the one before: 开展城中村改造专项行动，年内完成6000套改造计划 -> 城中村改造计划; 推进地质灾害
    避险搬迁，完成2.08万人搬迁任务 -> 地质灾害避险搬迁任务; 实施城镇棚户区住房改造110万套。…分别完成改造39.6万套 ->
    城镇棚户区住房改造 (not further back: 新建高标准农田252万亩、改造提升43万亩 is no 技术改造 of sentences before)."""
    for draft in drafts:
        deed = next((d for d in words().object_deeds if draft.metric[len(d):] in _BARE_END
                     and draft.metric.startswith(d)), "")
        if not deed or draft.kind in _NOT_COUNTS:
            continue
        sentence_start, _ = C.sentence_bounds(text, draft.hit.start)
        lo = C.sentence_bounds(text, sentence_start - 1)[0] if sentence_start else 0  # its sentence and the one before
        at = text.rfind(deed, lo, draft.hit.start)
        while at > lo:
            done_to = _object_before(text, at)
            if done_to:
                draft.metric = done_to + draft.metric
                break
            at = text.rfind(deed, lo, at)


def _object_before(text: str, end: int) -> str:
    """The nouns right before ``end`` that a deed there is done to (城镇棚户区住房|改造; 地质灾害避险|搬迁: a verb of
    the object's own right before the deed), up to the verb that governs them (实施, 开展); "" when none."""
    head = chinese_tail(text[max(0, end - _REACH):end])
    tokens = base_tokenizer().tagged_block(head) if head else []
    found, nouns = "", 0
    for k in range(len(tokens) - 1, -1, -1):
        word, tag = tokens[k]
        own_verb = k == len(tokens) - 1 and k > 0 and tokens[k - 1][1] in NOUN_TAGS
        if (tag not in NOUN_TAGS and not own_verb) or len(word + found) > _OBJECT_LONGEST:
            break
        found, nouns = word + found, nouns + (tag in NOUN_TAGS)
    return found if nouns and len(found) >= 2 else ""


# a preposition (与), or the verbs that end the name (达标, 治理), end the noun of a count and say something of it
_PREPOSITION = "p"
_VERB_TAGS = frozenset({"v", "vn"})
_LIST_GAP = re.compile("[^0-9０-９，,；;。：:]*[、和及]")  # 高校、职业院校和|538所: the rest of an item, then a joiner


def shared_predicates(text: str, drafts: list[Draft]) -> None:
    """What a list of counts ends with is said of each count of it: 43所高校、职业院校和538所中小学与北京市学校
    结对办学 -> 高校与北京市学校结对办学 (was 高校); 76个万亩以上灌区、795个中小型水库达标建设 -> 万亩以上灌区达标."""
    for j in range(len(drafts) - 1, 0, -1):
        last = drafts[j]
        tail = _said_of(text, last)
        if not tail:
            continue
        i = j - 1
        while i >= 0 and _item_before(text, drafts[i], drafts[i + 1]):
            drafts[i].metric += tail
            i -= 1


def _named_after(text: str, draft: Draft) -> bool:
    """A count named by the words right after it (538所中小学…), not before it."""
    return bool(draft.metric) and draft.kind == "count" and text.startswith(draft.metric, draft.hit.end)


def _said_of(text: str, draft: Draft) -> str:
    """The words after the noun of a count named after it that say something of it (中小学|与北京市学校结对办学)."""
    if not _named_after(text, draft) or text.startswith(_MODIFIER, draft.hit.end + len(draft.metric)):
        return ""  # (32名市领导领衔、103家单位参与的10大招商团队: the list qualifies what follows it)
    tokens = base_tokenizer().tagged_block(draft.metric)
    at = next((k for k in range(1, len(tokens)) if tokens[k][1] == _PREPOSITION), 0)
    if not at and len(tokens) > 1 and tokens[-1][1] in _VERB_TAGS:  # 中小型水库|达标, 中型以上侵蚀沟|治理 (侵蚀沟
        at = len(tokens) - 1  # is a noun: the verbs that end the name, not the first verb in it)
        while at > 1 and tokens[at - 1][1] in _VERB_TAGS:
            at -= 1
    return "".join(word for word, _ in tokens[at:]) if at else ""


def _item_before(text: str, item: Draft, nxt: Draft) -> bool:
    """``item`` is a count named by a noun alone, an earlier item of the list that ends at ``nxt``."""
    if not _named_after(text, item) or _said_of(text, item):
        return False
    return _LIST_GAP.fullmatch(text, item.hit.end + len(item.metric), nxt.hit.start) is not None
