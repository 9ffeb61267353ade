"""What was done to the things a clause counts: the deed opening the clause (新建20家中试基地, 新建改扩建及
维修改造公办幼儿园200所以上、义务教育学校500所以上、普通高中40所以上) is part of the name of each count of its
list: 新建普通高中 and 普通高中 are different indicators. Split from metric.py, which names a value by the words
next to it; this reads the clause's opening words once every value of the line has its name.
"""

from __future__ import annotations

import functools

from plantrace.extract.measures import context as C
from plantrace.extract.measures.drafts import Draft
from plantrace.extract.measures.nouns import past_quantities
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words

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
        return deed + last  # 新建|750千伏和330千伏电网工程16个: the classes that pick out the works counted
    return metric


@functools.lru_cache(maxsize=256)
def _counted(unit: str) -> bool:
    return (unit_table().base_value(1.0, unit)[2] or "") in _COUNTED
