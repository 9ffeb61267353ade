"""分别 lists: the values of a list take, in order, the items of the list of names they refer to
(国家、省重点实验室分别达21家和241家; A和B分别达到2253元和6280元，平均每年实际增长4.7％和5.7％), a rate at the
end of the names is each item's (农村自来水、卫生户厕普及率), and one value said of every item (均, 各) is
named by the whole list. Split from pairing.py, whose other passes name the values without a list."""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.benchmarks import benchmarks, compared_gaps
from plantrace.extract.measures.drafts import Draft, parallel
from plantrace.extract.measures.metric import RATE_INSIDE, previous_clause_metric, share_head
from plantrace.extract.measures.nouns import names_itself
from plantrace.extract.measures.owners import (
    earlier_names,
)
from plantrace.extract.measures.pairing import LIST_ITEM, LIST_JOINERS
from plantrace.extract.measures.rules import rule
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.numerals import CN_DIGITS
from plantrace.segmentation import base_tokenizer

_PER_WORDS = ("单位", "万元", "每")
_INTENSITY = re.compile("(?:单位|万元)(?:地区|国内)?(?:生产总值|GDP|工业增加值|增加值)")


def distribute(text: str, drafts: list[Draft]) -> None:
    """分别: values after 分别 take, in order, the items of the list they refer to; a list of as many
    values later in the sentence that names nothing takes the same items (A和B分别达到2253元和6280元，
    平均每年实际增长4.7％和5.7％)."""
    compared = benchmarks(text, drafts)
    i = 0
    last: tuple[int, list[str]] = (-1, [])  # (sentence start, items) of the last distributed list
    while i < len(drafts):
        clause_start, _ = C.clause_bounds(text, drafts[i].hit.start)
        sentence_start, _ = C.sentence_bounds(text, drafts[i].hit.start)
        group = _list_group(text, drafts, i)
        respectively = "分别" in text[clause_start:drafts[i].hit.start]
        gaps = compared_gaps(text, drafts, i, len(group), last[1] if last[0] == sentence_start else [])
        for draft, (name, subject) in zip(group, gaps, strict=False):  # (增速分别高于全国、全省1.2个、0.5个百分点)
            draft.metric, draft.subject, draft.rule = name, subject, rule("measure.distributed.v1")
        if gaps:
            i += len(group)
            continue
        items = _items(text, drafts, i, len(group), respectively) if respectively or parallel(group) else []
        if not items and last[0] == sentence_start and len(last[1]) == len(group) > 1 and not any(
                d.metric for d in group):
            items = last[1]
        if not items and len(group) > 1 and "分别" in text[sentence_start:group[-1].hit.end + LIST_ITEM]:
            items = _split_items(group)  # 从2021年的46503元和16935元分别提高到…: the list before 分别 too
        if items:
            items = _rate_of_each(_with_verb(text, group[0], items), group)
            for draft, item in zip(group, items, strict=True):
                draft.metric, draft.rule = item, rule("measure.distributed.v1")
                if item in compared and draft.kind == "change":  # 比全省(7.7%)…分别高0.7…: the gap to that place
                    place, name = compared[item]
                    draft.metric, draft.subject = name + "高于" + place, compared[item][1]
            last = (sentence_start, items)
        i += len(group)


_RATED = re.compile(RATE_INSIDE + "$")


def _rate_of_each(items: list[str], group: list[Draft]) -> list[str]:
    """农村自来水、卫生户厕普及率超过98％、85％; 社区养老服务设施、…、农村老饭桌覆盖率分别达到90%、60%、35%以上: shares
    of a list whose last item ends in a rate (普及率, 覆盖率) are that rate of each item (农村自来水普及率)."""
    if any(d.kind != "share" for d in group) or _RATED.search(items[0]) is not None:
        return items
    rate = base_tokenizer().lcut(items[-1], HMM=False)[-1]
    if len(rate) < 2 or not rate.endswith("率") or len(items[-1]) <= len(rate):
        return items
    return [item if _RATED.search(item) else item + rate for item in items]


def _with_verb(text: str, first: Draft, items: list[str]) -> list[str]:
    """生猪、牛、羊、家禽分别出栏6.4万头、1342头…: the word after 分别 that says what each item did joins its name."""
    said = words().respective_verbs.search(text, max(0, first.hit.start - 6), first.hit.start)
    if said is None:
        return items
    verb = said.group(0)[2:]
    return [item if verb in item else item + verb for item in items]


def _split_items(group: list[Draft]) -> list[str]:
    """A list of values all named by one head whose items are words of their own (城乡居民…: 城镇居民…,
    农村居民…)."""
    names = {d.metric for d in group if d.metric}  # (A和B: the second named by the first)
    return _split_head(names.pop(), len(group)) if len(names) == 1 else []


def _split_head(metric: str, n: int) -> list[str]:
    for whole, items in words().split_heads:
        if metric.startswith(whole) and len(items) == n and len(metric) > len(whole):
            return [item + metric[len(whole):] for item in items]
    return []


def _list_group(text: str, drafts: list[Draft], i: int) -> list[Draft]:
    group = [drafts[i]]
    for j in range(i + 1, len(drafts)):  # indices, not a copy of the rest (keeps the work linear)
        nxt = drafts[j]
        joiner = text[group[-1].hit.end:nxt.hit.start]
        if not LIST_JOINERS.match(joiner) or (joiner == "," and names_itself(text, nxt.hit.end)):
            break  # …资金1300多亿元,40件民生实事全面完成: a value with a noun of its own opens a new item
        if _AMOUNT_KINDS.intersection((group[-1].kind, nxt.kind)) and _RATE_KINDS.intersection(
                (group[-1].kind, nxt.kind)):
            break  # 批发和零售业增加值23862万元,增长4.5%: an amount and its rate are one item's, not a list
        group.append(nxt)
    return group


_AMOUNT_KINDS = frozenset(("level", "count"))
_RATE_KINDS = frozenset(("growth", "share", "change", "ratio"))


def _items(text: str, drafts: list[Draft], i: int, n: int, respectively: bool) -> list[str]:
    """The list items the ``n`` values of a group refer to (国家、省重点实验室达21家和241家)."""
    if n < 2:
        return []
    parts = _named_items(drafts[i].metric, n)
    if parts and len(parts) == n:
        return parts
    paired = _paired_items(drafts[i].metric, drafts[i:i + n])
    if paired:
        return paired
    if not respectively:
        return []
    if not parts:  # A和B，2000年分别达到…: the list is the clause before
        before = _named_items(previous_clause_metric(text, drafts[i].hit.start, 2 * LIST_ITEM), n)
        if len(before) == n:
            return before
    if len(parts) == 1:
        enumerated = _enumerated_head(parts[0], n)
        if enumerated:
            return enumerated
    bracketed = _bracketed_items(text, drafts, i)
    if parts and len(bracketed) + len(parts) == n:
        return bracketed + parts
    sentence_start, _ = C.sentence_bounds(text, drafts[i].hit.start)
    earlier = earlier_names(drafts, i, sentence_start)
    share = drafts[i].metric if drafts[i].metric.startswith("占") else ""
    if (not parts or share) and len(earlier) >= n:
        return [e + share for e in earlier[-n:]]
    return []


def _bracketed_items(text: str, drafts: list[Draft], i: int) -> list[str]:
    """生猪存栏(44922万头)、能繁殖母猪存栏比上年末分别增长10.5%、4.0%: the items of the list that a value in brackets
    right after each one cut off from the value's own words (their names, in order)."""
    clause_start, _ = C.clause_bounds(text, drafts[i].hit.start)
    items: list[str] = []
    for j in range(i - 1, -1, -1):
        draft = drafts[j]
        if draft.hit.start < clause_start or text[draft.hit.start - 1:draft.hit.start] not in ("(", "（"):
            break
        if not draft.metric or text[draft.hit.end:draft.hit.end + 2] not in (")、", "）、", ")和", "）和"):
            break
        items.insert(0, draft.metric)
    return items


def _paired_items(metric: str, group: list[Draft]) -> list[str]:
    """地铁、轻轨线路分别为67条、2050公里和9条、290公里: a list of values that gives each item its values in the
    same units in turn (a count and a length each) takes the items in turn: 地铁线路 twice, then 轻轨线路 twice."""
    dims = [unit_table().base_value(1.0, d.hit.unit)[2] for d in group]
    for size in (2, 3):
        items = len(group) // size
        if len(group) % size or items < 2 or len(set(dims[:size])) != size or not all(dims[:size]):
            continue
        if all(dim == dims[k % size] for k, dim in enumerate(dims)):
            parts = _named_items(metric, items)
            if len(parts) == items:
                return [parts[k // size] for k in range(len(group))]
    return []


def _named_items(metric: str, n: int) -> list[str]:
    """The ``n`` items of a list of names (国家、省重点实验室 -> 国家重点实验室, 省重点实验室); with 和/及
    inside the names, split at 、 only (医疗保健、…、生活用品及服务类); else the parts split at every joiner."""
    parts = [p for p in re.split(r"[、和与及]", metric) if p]
    per = _INTENSITY.match(parts[0]) if parts else None
    if per and len(parts) == n:  # 单位国内生产总值用水量、能耗、二氧化碳排放量: one denominator for all
        return [parts[0]] + [p if p.startswith(_PER_WORDS) else per.group(0) + p for p in parts[1:]]
    if len(parts) == n and all(p in _ORDINALS for p in parts[:-1]) and parts[-1][:1] in _ORDINALS:
        # 一、二、三产分别增长: 一产, 二产, 三产 (the last item lends what follows its ordinal)
        return [_sector(p + parts[-1][1:]) for p in parts[:-1]] + [_sector(parts[-1])]
    if len(parts) == n:
        return [_sector(share_head(p, parts[-1]) if len(p) <= _SHORT_ITEM else _shared_tail(p, parts[-1]))
                for p in parts]
    listed = [p for p in metric.split("、") if p]
    return listed if len(listed) == n else parts


# 一、二、三产业增加值: the items of a list of the three sectors are 第一产业, 第二产业, 第三产业 (一产 as written)
_SECTOR = re.compile("^([一二三])产业")
_ORDINALS = ("一", "二", "三")


_SHORT_ITEM = 3  # an item this short takes the last item's head noun (share_head)
_TAIL = re.compile("[\u4e00-\u9fff]{1,10}")


def _shared_tail(item: str, last: str) -> str:
    """高技术制造业、装备制造业增加值 -> 高技术制造业增加值; 民间投资、产业投资、工业投资占比 -> 民间投资占比: a longer
    item takes what follows, in the last item, the longest ending of its own that the last item repeats."""
    for size in range(min(len(item), len(last) - 1), 1, -1):
        at = last.find(item[-size:])
        if at != -1 and at + size < len(last):
            tail = last[at + size:]
            return item + tail if _TAIL.fullmatch(tail) and not item.endswith(tail) else item
    return item


def _sector(name: str) -> str:
    return _SECTOR.sub(lambda m: "第" + m.group(1) + "产业", name)


def _enumerated_head(metric: str, n: int) -> list[str]:
    """牛羊出栏分别增长…、…: ``n`` one-character items that share the rest of the name (牛羊出栏 -> 牛出栏,
    羊出栏; 一二三产增加值 -> 一产增加值 …): a run of ordinals, or an enumeration the lexicon knows
    (风电装机规模 is one name, not 风 and 电)."""
    split = _split_head(metric, n)
    if split:
        return split
    head = metric[:n]
    if len(metric) <= n or not (set(head) <= set(CN_DIGITS) or head in words().enumerated_heads):
        return []
    return [_sector(ch + metric[n:]) for ch in head]


# 二氧化硫、氮氧化物排放量要分别下降3%, 规模以上工业增加值、固定资产投资…分别增长5%: one value said of every item
# of the list before it (no value list after it to distribute); so is one said of each (光伏、风电装机容量各1000万千瓦)
_TO_ALL = re.compile("(?:分别|均|都|各)(?:为|是|增长|下降|提高|降低|减少|增加|新增|超过|达到|达)?$")
_NEXT_LISTED = re.compile(r"[、和及与]\d")


def given_to_all(text: str, drafts: list[Draft], i: int) -> bool:
    """Whether the ``i``-th value is one value of every item of the list naming it (A、B分别下降3%)."""
    hit = drafts[i].hit
    if "、" not in drafts[i].metric or not _TO_ALL.search(text, max(0, hit.start - 4), hit.start):
        return False
    listed_before = i > 0 and LIST_JOINERS.match(text[drafts[i - 1].hit.end:hit.start]) is not None
    return not listed_before and not _NEXT_LISTED.match(text, hit.end)
