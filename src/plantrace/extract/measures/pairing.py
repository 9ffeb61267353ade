"""List pairing: which indicator each value of a line's list of values measures.

``分别`` lists give each value the matching item of a list of names (国家、省重点实验室达21家和241家);
a value without a name of its own takes the name of the value before it in its sentence
(增长2.7%), or the words of the clause before it; ``占…`` shares take their subject.
"""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.benchmarks import benchmarks, compared_gaps
from plantrace.extract.measures.drafts import RATE_WORDS, Draft, compares, parallel, share_subject
from plantrace.extract.measures.metric import RATE_INSIDE, previous_clause_metric, share_head
from plantrace.extract.measures.nouns import names_itself
from plantrace.extract.measures.owners import (
    earlier_names,
    growth_breadths,
    milestone_names,
    owned_heads,
    paired_changes,
    place_names,
    plan_references,
)
from plantrace.extract.measures.rules import kind_rule, rule
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.gazetteer import gazetteer
from plantrace.numerals import CN_DIGITS
from plantrace.segmentation import base_tokenizer

# 21家和241家, 分别下降0.7%和上升0.4%: values of one list
LIST_JOINERS = re.compile(r"^[和、与及,]?(?:上升|下降|增长|提高|降低|减少|增加)?$")
# the values of one list share the verb before the first (比上年末增加3495条、3.44万公里: both changes)
_PLAIN_JOINER = re.compile(r"^[和、与及]$")


def shares_kind(prev_kind: str, same_dimension: bool, joiner: str) -> bool:
    """Whether a value joined to the one before by ``joiner`` has that value's kind: in the same unit
    without a verb of its own (其中公交专用车道5890.6公里,增加634.8公里 is a change), or a change
    reaching the next item of a list in another unit."""
    if not LIST_JOINERS.match(joiner) or joiner.lstrip("和、与及,"):
        return False
    return same_dimension or (prev_kind == "change" and bool(_PLAIN_JOINER.match(joiner)))
_PER_WORDS = ("单位", "万元", "每")
_INTENSITY = re.compile("(?:单位|万元)(?:地区|国内)?(?:生产总值|GDP|工业增加值|增加值)")
_LIST_ITEM = 20         # an indicator's name is at most this long (a list of them in a clause: n times)
_RANKING_NAME = 30      # …and a ranking's (全国县域经济基本竞争力百强县(市)行列)


_COUNTED = re.compile("(?:共有|拥有|现有|有)$")
_COUNT_UNITS = frozenset("个所家座处")


def counted_attributes(text: str, drafts: list[Draft]) -> None:
    """全国共有乡镇卫生院33753个,床位150.5万张,卫生人员160.5万人: a bare attribute (床位, 卫生人员) said
    after a count of establishments in the same sentence is the counted thing's (乡镇卫生院床位)."""
    owner, sentence = "", -1
    for draft in drafts:
        start, _ = C.sentence_bounds(text, draft.hit.start)
        if start != sentence:
            owner, sentence = "", start
        at = text.rfind(draft.metric, start, draft.hit.start) if draft.metric else -1
        if draft.hit.unit[-1:] in _COUNT_UNITS and at != -1 and _COUNTED.search(text, max(start, at - 2), at):
            owner = draft.metric
        elif owner and draft.metric in words().attributes:
            draft.metric = owner + draft.metric


# 总投资21.18亿元的宁德时代新型锂盐研发生产项目, 投资173亿元的全省首个“风光火储”一体化基地: an investment
# said before the project it finances is that project's (the noun after 的, up to the end of its clause)
_INVESTED = re.compile("(?:总投资|计划投资|投资)$")
_PROJECT_AFTER = re.compile(
    "的([^,，。；;:：、()（）0-9]{2,24}?(?:项目|工程|基地|园区|产业园|中心|产业链|集群|基础设施))")
_PROJECT_LEADING = re.compile("^(?:全[省市区县国]|我[省市区县])?(?:首个|首家|第一个)?")


def invested_projects(text: str, drafts: list[Draft]) -> None:
    """总投资21.18亿元的宁德时代新型锂盐研发生产项目 -> 宁德时代新型锂盐研发生产项目总投资."""
    for draft in drafts:
        head = _INVESTED.search(draft.metric)
        listed = head is not None and draft.metric[:head.start()].endswith("等")  # 平煤神马尼龙等总投资…: the projects
        if head is None or (len(draft.metric) - len(head.group(0)) > 2 and not listed):
            continue  # 固定资产投资, 重点项目完成投资: an indicator of its own
        project = _PROJECT_AFTER.match(text, draft.hit.end)
        if project:
            name = _PROJECT_LEADING.sub("", project.group(1))
            draft.metric = re.sub("[“”\"]", "", name) + head.group(0)


_MAGNITUDES = frozenset({"万", "亿", "万亿", "千万", "百万"})
_OWN_NAME = 6  # the last characters of a name that say what it counts (技能人才总量, 旅居人数)


def counted_people(text: str, drafts: list[Draft]) -> None:
    """技能人才总量超696万, 带动3.78万农牧民就业增收, 拥有14亿人口: a bare magnitude of people counts them, like
    万人 (a flow of people, 接待游客1.2亿, stays a level)."""
    people = words().people_nouns
    for draft in drafts:
        if draft.kind != "level" or draft.hit.unit not in _MAGNITUDES:
            continue
        named = people.search(draft.metric[-_OWN_NAME:]) or people.match(text, draft.hit.end + (
            1 if text[draft.hit.end:draft.hit.end + 1] in ("多", "余") else 0))
        if named and not words().people_flow.search(draft.metric):
            draft.kind, draft.rule = "count", kind_rule("count")


# 保持30%以上的快速增长势头, 实现7%的增长: a percentage of growth named after it
_GROWTH_AFTER = re.compile("(?:以上|左右|以内)?的[^,，。；;、\\d]{0,6}?(?:增长|增速|增幅|涨幅)(?!贡献|率)")
# 矿产加工业和电子信息增幅最大,分别为22.5%和21.6%; 经济温和增长,平均每年2.4%: a clause that only gives the
# values of the clause before
_ONLY_VALUES = re.compile("^(?:分别|均|依次|平均每年|每年)?(?:为|是|达到|达)?$")
_RATE_NOUN = re.compile("增幅|增速|涨幅|(?:增长|下降)[,，]?$")  # (香港经济温和增长,平均每年2.4%)


def growth_rates(text: str, drafts: list[Draft]) -> None:
    """A percentage read as a share for want of a verb is a growth rate when growth is named right after it
    (保持30%以上的快速增长势头) or by the clause before when its own clause only gives values (增幅最大,分别为22.5%)."""
    last: Draft | None = None  # the last value made a growth rate: a list after it goes with it
    for draft in drafts:
        if draft.kind != "share" or draft.hit.unit not in ("%", "％"):
            continue
        if last is not None and LIST_JOINERS.match(text[last.hit.end:draft.hit.start]):
            draft.kind, draft.rule, last = "growth", kind_rule("growth"), draft
            continue
        clause_start, _ = C.clause_bounds(text, draft.hit.start)
        own = text[clause_start:draft.hit.start]
        before = text[max(0, clause_start - _LIST_ITEM):clause_start]
        said_before = bool(_RATE_NOUN.search(before)) and not words().per_capita.search(before)
        if _GROWTH_AFTER.match(text, draft.hit.end) or (_ONLY_VALUES.match(own.strip()) and said_before):
            draft.kind, draft.rule, last = "growth", kind_rule("growth"), draft


# 在2024赛迪百强县榜单中,…,仙桃由去年的第56位提升至第54位; 仙桃…重返全国县域经济百强,位居86位; 2020中国西部百强
# 县揭晓,平果市再上榜单,位列第59位: the ranking a rank named only by its place (or by nothing) is a place in
_RANKING = re.compile(
    "[\u4e00-\u9fff\\d“”]{2,24}?(?:(?:百强县|百强区|百强市|百强|十强县|十强)(?:榜单|排行榜|名单)?|排行榜|榜单"
    "|综合排名|综合考评|综合考核)")  # (在16个县市区经济指标综合排名中,我县由…第12位上升到第6位)
_RANKING_CUT = re.compile(".*(?:在|重返|入围|进入|跻身|再上|跃居|荣登|发布|公布|的)")
_RANKING_YEAR = re.compile("^\\d{4}年?度?")
_ON_THE_LIST = re.compile("(?:再次|再)?(?:上榜单?|入围|入选)$")
_RANKING_REACH = 120


def ranking_names(text: str, drafts: list[Draft]) -> None:
    """A rank named only by the place ranked, or by nothing, is that place's place in the ranking its text
    names before it (在2024赛迪百强县榜单中,…仙桃由去年的第56位提升至第54位 -> 仙桃赛迪百强县榜单, twice)."""
    last: tuple[int, str] = (-1, "")  # (sentence start, name) of the last rank named so
    for draft in drafts:
        if draft.hit.unit != "位":
            continue
        sentence_start, _ = C.sentence_bounds(text, draft.hit.start)
        if not draft.metric and last[0] == sentence_start:
            draft.metric = last[1]  # 由去年的第56位提升至第54位: the same place in the same ranking
            continue
        if not draft.metric and any(d.metric for d in drafts if sentence_start <= d.hit.start < draft.hit.start):
            continue  # 全球金融中心指数排名由2017年第37位提升到第21位: named by the value before it
        name = draft.metric or previous_clause_metric(text, draft.hit.start, _RANKING_NAME)
        place = _ON_THE_LIST.sub("", name)  # 平果市再上榜单,位列第59位: the place the clause before names
        if place and not (gazetteer().is_name(place) or (len(place) > 2 and gazetteer().is_name(place[:-1]))):
            continue
        ranking = _ranking_before(text, sentence_start, draft.hit.start)
        if ranking:
            draft.metric = place + ranking
            last = (sentence_start, draft.metric)


def _ranking_before(text: str, sentence_start: int, pos: int) -> str:
    """The ranking named last before ``pos`` in its sentence (2024赛迪百强县榜单 -> 赛迪百强县榜单)."""
    for found in reversed(list(_RANKING.finditer(text, max(sentence_start, pos - _RANKING_REACH), pos))):
        ranking = _RANKING_YEAR.sub("", _RANKING_CUT.sub("", found.group(0)))
        if len(ranking) >= 3:
            return ranking
    return ""


def inherit_metrics(text: str, drafts: list[Draft]) -> None:
    """An empty metric (增长2.7%) takes the previous one of its sentence, or else the words of the
    clause before it (…覆盖率,由1997年的65%); 占… takes its subject."""
    counted_people(text, drafts)
    growth_rates(text, drafts)
    plan_references(text, drafts)
    milestone_names(drafts)
    invested_projects(text, drafts)
    owned_heads(text, drafts)
    growth_breadths(text, drafts)
    ranking_names(text, drafts)
    place_names(text, drafts)
    paired_changes(text, drafts)
    for i, draft in enumerate(drafts):
        if draft.hit.shape == "missing_year":
            continue
        prev = _previous_metric(text, drafts, i) if i else ""
        if not prev and not draft.metric:  # (a rank's clause before may name a long ranking)
            longest = _RANKING_NAME if draft.kind == "rank" else _LIST_ITEM
            prev = previous_clause_metric(text, draft.hit.start, longest) or _compared_again(text, drafts, i)
        if not prev:
            continue
        if not draft.metric:
            rate = _ranked_rate(text, draft)
            draft.metric = (_without_rate(prev) + rate) if rate else prev
        elif draft.metric.startswith("占"):  # 占调整预算90.75%，占一般公共预算收入的38.96%: one subject
            subject = prev.split("占", 1)[0]
            draft.metric = (subject if len(subject) >= 2 else prev) + draft.metric


_COMPARED = re.compile(r"(?:比|较|同比|环比|两年平均|年均)")
# 增幅居全省第3位, 增速位居全市首位, 总量在全国排名…第20位: what of the indicator a rank without a name of its own ranks
_RANKED_RATE = re.compile(
    "(增速|增幅|涨幅|总量|增量|规模)(?:均|也|连续\\w{1,3}|在(?:全国|全省|全市|全区|全州|全县|全球))?(?:(?:位?居|位列|名列|排名|排在|排|列|跃居|稳居)[^,，。；;]*"
    "|(?:全国|全省|全市|全区|全州|全县|全球)[^,，。；;]{0,4})$")  # (2017年增速全国第七: no verb)


# 财政收入也有快速增长(,增幅居全省第3位), 工业保持较快增长: what the clause said of the indicator is no part of its name
_GROWTH_MANNER = "(?:较快|快速|大幅|明显|稳定|平稳|稳步|小幅|较大)"
_SAID_OF_GROWTH = re.compile(
    f"(?:(?:也|均|都|继续|仍)?(?:保持|实现)了?{_GROWTH_MANNER}?|(?:也|均|都|继续|仍)?有了?{_GROWTH_MANNER}|(?:也|均|都)有)"
    "(?:的)?(?=(?:增长)?$)")


def _without_rate(name: str) -> str:
    said = _SAID_OF_GROWTH.search(name)
    if said and said.start() >= 2:
        name = name[:said.start()] + name[said.end():]
    for word in (*RATE_WORDS, "总量"):  # (经济总量…,增速全国第七: the economy's growth)
        if name.endswith(word) and len(name) > len(word):
            return name[:-len(word)]
    return name


def _ranked_rate(text: str, draft: Draft) -> str:
    """The rate word (增幅, 增速, 总量) a rank of an inherited name ranks: 增幅居全省第3位 -> …增幅."""
    if draft.kind != "rank":
        return ""
    clause_start, _ = C.clause_bounds(text, draft.hit.start)
    found = _RANKED_RATE.search(text, clause_start, draft.hit.start)
    return found.group(1) if found else ""


def _compared_again(text: str, drafts: list[Draft], i: int) -> str:
    """同比增长18.3%；比2019年一季度增长10.3%，两年平均增长5.0%: a clause that only compares again
    measures the value before it, across a semicolon (not across a full stop)."""
    clause_start, _ = C.clause_bounds(text, drafts[i].hit.start)
    if not _COMPARED.match(text, clause_start) or not i:
        return ""
    stop = C.last_of(text, "。", 0, drafts[i].hit.start)
    for j in range(i - 1, -1, -1):
        if drafts[j].hit.start < stop:
            return ""
        if drafts[j].metric and drafts[j].hit.shape != "missing_year":
            return drafts[j].metric
    return ""


def _aside(text: str, start: int, pos: int) -> bool:
    """Whether ``start`` is inside brackets that close before ``pos``."""
    opened = C.last_of(text, "(（", 0, start)
    if opened == -1 or C.last_of(text, ")）", opened, start) != -1:
        return False
    return max(text.find(")", start, pos), text.find("）", start, pos)) != -1


def _previous_metric(text: str, drafts: list[Draft], i: int) -> str:
    sentence_start, _ = C.sentence_bounds(text, drafts[i].hit.start)
    if text.startswith("其中", sentence_start):
        sentence_start, _ = C.sentence_bounds(text, max(0, sentence_start - 1))
    aside = ""  # 工业用水为968.4亿m3(其中直流火核电冷却水482.7亿m3),占用水总量的16.2%: a bracket is an aside
    clause_start, _ = C.clause_bounds(text, drafts[i].hit.start)
    for j in range(i - 1, -1, -1):
        prev = drafts[j]
        if prev.hit.start < sentence_start:
            break
        if prev.hit.start < clause_start and compares(prev.metric):
            continue  # 增速高于全市平均水平0.3个百分点,两年平均增长1.7%: the comparison names no later value
        if prev.metric and prev.hit.shape != "missing_year":
            subject = share_subject(prev.metric)  # 收入…占调整预算105.47%，同比增长10.85%: the subject
            same = prev.kind == drafts[i].kind  # 比重从17.9%提升到35.5%: the share again
            found = subject if len(subject) >= 2 and not same else prev.metric
            found = prev.subject or found  # 完成年初预算数…的40.4%,比上年减收1070万元: the budget's subject
            if not _aside(text, prev.hit.start, drafts[i].hit.start):
                return found
            aside = aside or found
    return aside


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
        if not items and len(group) > 1 and "分别" in text[sentence_start:group[-1].hit.end + _LIST_ITEM]:
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
        before = _named_items(previous_clause_metric(text, drafts[i].hit.start, 2 * _LIST_ITEM), n)
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
