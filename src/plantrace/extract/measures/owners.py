"""Values named by no subject of their own take the subject of a value before them in their sentence.

A plan figure (完成年初预算的40.4%: the plan of the value before), a milestone passed (首次突破8000亿元大关) and a
generic head (实现增加值8.10亿元 after 规模以上企业实现产值…) say what of a subject they measure but not whose.
"""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.drafts import Draft, compares, share_subject
from plantrace.extract.measures.nouns import NOUN_TAGS, chinese_tail
from plantrace.extract.measures.places import only_place, without_place
from plantrace.extract.measures.rules import rule
from plantrace.extract.measures.shapes import PASSED
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.segmentation import base_tokenizer


def earlier_names(drafts: list[Draft], i: int, sentence_start: int) -> list[str]:
    """The names of the values before the ``i``-th in its sentence; a share is its subject's
    (增加值…，占GDP的比重达66.7%: 增加值占GDP的比重)."""
    earlier: list[str] = []
    for j in range(i - 1, -1, -1):  # back to the sentence start only (keeps the work linear)
        if drafts[j].hit.start < sentence_start:
            break
        if drafts[j].metric and not _PLAN_FIGURE.match(drafts[j].metric):  # (完成年度计划的113.1%: no indicator)
            earlier.insert(0, drafts[j].metric)
    for k in range(1, len(earlier)):
        if earlier[k].startswith("占") and not earlier[k - 1].startswith("占"):
            earlier[k] = earlier[k - 1].split("占", 1)[0] + earlier[k]
    return earlier


# 完成年初预算数60999万元, 为年预算的32.3%, 完成预算数107.06%, 完成全年目标的117.7%: the plan figure a
# result is measured against, named without what it plans (the subject is the value before it)
_PLAN_FIGURE = re.compile(
    "^(?P<verb>完成|为|占|达|达到)?(?P<ref>(?:年初|调整|全年|年度|本年|年)?(?:预算|目标|计划|任务))(?:数|的)?$")
_REFERENCE_WORDS = re.compile("(?:年初|调整|全年|年度|本年|年)?(?:预算|目标|计划|任务)")
_REFERENCE_REACH = 12  # 完成年初预算数60999万元的40.4%: the plan figure is named this close before the value


def _written_reference(text: str, start: int, cleaned: str) -> str:
    """The plan figure as the text names it (年初预算, which the name's clean-up cut to 预算)."""
    found = list(_REFERENCE_WORDS.finditer(text, max(0, start - _REFERENCE_REACH), start))
    return found[-1].group(0) if found and found[-1].group(0).endswith(cleaned[-2:]) else cleaned


_OF = ("的", "")
_LIST_JOINER = re.compile("[、和与及]")
_COMPARISONS = ("高于", "低于", "快于", "慢于", "比", "较")  # 预算数60999万元的40.4%: the percentage of that amount


def _done_kind(ref: str) -> str:
    """How much of a plan figure was done: of the year's plan a share, as 占年计划的41.8% is (完成年计划710亿元的89.4%,
    完成年度计划的105.7%); of a budget, a target or a task a ratio (完成年初预算的40.4%, 完成全年目标的117.7%)."""
    return "share" if ref.endswith("计划") else "ratio"


def plan_references(text: str, drafts: list[Draft]) -> None:
    """A value named only by a plan figure (年初预算数, 为年预算的, 完成全年目标的) measures the subject of the
    value before it in its sentence: an amount is that subject's plan (stance target), a percentage of it
    how much of the plan was done (kind ratio, 一般公共预算收入完成年初预算; of a 计划 a share); the values after
    it measure the subject again (比上年减收1070万元). A list of percentages takes the list of values before it
    in order (新签约、新开工亿元以上项目153个、146个，完成全年目标的117.7%、146%)."""
    i = 0
    while i < len(drafts):
        match = _PLAN_FIGURE.match(drafts[i].metric)
        if not match or not i:
            i += 1
            continue
        group = [drafts[i]]  # 117.7%、146%、123%: a list of values, no verb between them
        while i + len(group) < len(drafts) and _LIST_JOINER.fullmatch(
                text, group[-1].hit.end, drafts[i + len(group)].hit.start):
            group.append(drafts[i + len(group)])
        sentence_start, _ = C.sentence_bounds(text, drafts[i].hit.start)
        subjects = earlier_names(drafts, i, sentence_start)
        subjects = [share_subject(s) for s in subjects]
        if len(group) > 1 and len(subjects) >= len(group):
            pairs = list(zip(group, subjects[-len(group):], strict=True))
        elif subjects and len(subjects[-1]) >= 2:
            pairs = [(draft, subjects[-1]) for draft in group]
        else:
            i += len(group)
            continue
        ref = _written_reference(text, drafts[i].hit.start, match.group("ref"))
        done = "占" if match.group("verb") == "占" else "完成"  # 占调整预算105.47%: the text's own word
        kind = _done_kind(ref)
        for draft, subject in pairs:
            if draft.hit.unit in ("%", "％"):
                draft.metric, draft.kind, draft.subject = subject + done + ref, kind, subject
            else:
                draft.metric, draft.stance, draft.subject = subject + ref, "target", subject
                nxt = drafts.index(draft) + 1
                if nxt < len(drafts) and not drafts[nxt].metric and drafts[nxt].hit.unit in ("%", "％") and (
                        text[draft.hit.end:drafts[nxt].hit.start] in _OF):
                    drafts[nxt].metric, drafts[nxt].kind = subject + done + ref, kind
                    drafts[nxt].subject = subject
        i += len(group)


def milestone_names(drafts: list[Draft]) -> None:
    """A milestone passed (…首次突破8000亿元大关, 跨越700亿元、800亿元…关口) is at least its value, named by
    what passed it: its own words, the milestone before it in a list, or the value before it in its
    sentence; the values after it measure what passed it (…，达302.0亿千瓦时)."""
    for i, draft in enumerate(drafts):
        word = draft.hit.milestone
        if not word or draft.kind != "other":  # a milestone to reach (a goal) is a level of its own name
            continue
        draft.comparator = ">="
        prev = drafts[i - 1] if i else None
        if not draft.metric and prev is not None and prev.hit.milestone:
            draft.metric, draft.subject = prev.metric, prev.subject
        elif not draft.metric and prev is not None and prev.metric:
            draft.subject = prev.subject or share_subject(prev.metric)
            draft.metric = draft.subject + word
        elif draft.metric.endswith(word):
            draft.subject = draft.metric[:-len(word)]
        _reached_after(draft, drafts[i + 1] if i + 1 < len(drafts) else None)


# 地区生产总值突破2万亿元、达到23562亿元: the words of the milestone passed left in the name of the value reached
_PASSING = re.compile(f"(?:在(?:全国|全省|全区|全市))?(?:率先|首次)?{PASSED}")


def _reached_after(milestone: Draft, reached: Draft | None) -> None:
    """The value reached right after a milestone passed measures what passed it: 地区生产总值突破2万亿元、达到
    23562亿元 -> 地区生产总值 (not 地区生产总值突破2万亿元)."""
    subject = milestone.subject
    if reached is None or reached.kind == "other" or not subject or not reached.metric.startswith(subject):
        return
    if _PASSING.match(reached.metric, len(subject)):
        reached.metric = subject


def owned_heads(text: str, drafts: list[Draft]) -> None:
    """A name that is only a generic head (投资, 增加值, 总量) takes the subject of the value before it in its
    sentence: 27家规模以上企业实现产值49.45亿元,…实现增加值8.10亿元 -> 规模以上企业产值, 规模以上企业增加值."""
    heads = words().generic_heads
    longest = sorted(heads, key=lambda h: (-len(h), h))  # 总产值 before 产值, whatever the set's hash order
    for i, draft in enumerate(drafts):
        if draft.metric not in heads or (draft.rule == rule("measure.distributed.v1") and draft.kind == "rank") or (
                draft.hit.shape == "scale"):  # (营收和利润分别居全国第5、第6位: a rank of an item of a list is named
            continue  # by the list; 千亿级规模 a class, no amount of the subject before it)
        sentence_start, _ = C.sentence_bounds(text, draft.hit.start)
        # past a semicolon only when nothing after it owns it (…；投资300亿元的容百科技…: what follows does)
        owning_start = sentence_start if text.startswith("的", draft.hit.end) else _owning_start(text, sentence_start)
        for j in range(i - 1, -1, -1):
            prev = drafts[j]
            if prev.hit.start < owning_start:
                break
            if prev.kind == "rank":  # (营业收入增长31.0%,居全省第8位;利润增长180.3%: a rank owns nothing)
                continue
            named = share_subject(prev.subject or prev.metric)
            owner = next((named[:-len(h)] for h in longest if named.endswith(h) and len(named) > len(h)), named)
            if prev.hit.start < sentence_start and owner == named:
                continue  # (…；发生营业成本113.6万亿元…；实现利润总额: past a semicolon only the owner of a head owns)
            if len(owner) >= 2 and owner not in heads and prev.hit.shape != "missing_year" and not (
                    owner.startswith(_COMPARISONS)):  # 高于全省1.8个百分点 compares, it owns nothing
                draft.metric = owner + draft.metric
                break
        else:  # no value before it in its sentence: an investment is of the projects the sentence names
            projects = invested_projects_named(text, sentence_start, draft) if draft.metric == _INVESTMENT else ""
            draft.metric = projects + draft.metric


_PART_END = ";；"


def _owning_start(text: str, sentence_start: int) -> int:
    """Where the values that may own a generic head start: its sentence, and the parts before it that semicolons
    end (规模以上工业企业实现营业收入133.4万亿元，…；实现利润总额7.7万亿元: the enterprises' profit)."""
    while sentence_start >= 2 and text[sentence_start - 1] in _PART_END:
        sentence_start = C.sentence_bounds(text, sentence_start - 2)[0]
    return sentence_start


_INVESTMENT = "投资"
_PROJECTS = "项目"
# 优化重大项目省级领导包保机制，力争完成投资2440亿元以上; 省级重点项目建立…包联机制、完成投资5000亿元以上: the words
# that say which projects (jieba's nouns, adjectives and distinguishing words) run back to a verb or a number
_WHICH_LONGEST = 10


def invested_projects_named(text: str, sentence_start: int, draft: Draft) -> str:
    """The last projects (…项目) named before a bare investment in its sentence, with the words that say which
    ("" when the sentence names none, or the investment is said of what follows it: 投资300亿元的…)."""
    before = text[sentence_start:draft.hit.start]
    at = before.rfind(_PROJECTS)
    if at == -1 or text[draft.hit.end:draft.hit.end + 1] == "的":
        return ""
    head = chinese_tail(before[:at + len(_PROJECTS)])
    tokens = base_tokenizer().tagged_block(head)
    which = ""
    for word, tag in reversed(tokens):
        if which and (tag not in NOUN_TAGS or len(word + which) > _WHICH_LONGEST):
            break
        which = word + which
    return which if which.endswith(_PROJECTS) else ""


_BREADTH = "增长面"
_VALUE_ADDED = "增加值"
# 38个大类行业中32个实现增长、增长面84.2%; 全市35个行业大类中28个行业增加值实现增长,增长面为80%: the industries whose
# share that grew the breadth is, counted before 中 in its sentence
_COUNTED_INDUSTRIES = re.compile("[0-9０-９]+个(?:大类)?行业(?:大类)?中")


def growth_breadths(text: str, drafts: list[Draft]) -> None:
    """A growth breadth (增长面: the share of the industries its sentence counts that grew, 38个大类行业中32个实现增长)
    is a share of the sector whose value added its line gives last before it: 规上工业增加值增长7.4%…。从增长面看,
    38个大类行业中… -> 规上工业增长面 (not a growth rate, and not of nothing)."""
    for i, draft in enumerate(drafts):
        if draft.metric != _BREADTH:
            continue
        sentence_start, _ = C.sentence_bounds(text, draft.hit.start)
        if not _COUNTED_INDUSTRIES.search(text, sentence_start, draft.hit.start):
            continue
        if draft.hit.unit in ("%", "％"):  # a share of the industries, no direction
            draft.kind, draft.direction = "share", None
        sector = next((d.metric[:-len(_VALUE_ADDED)] for d in reversed(drafts[:i])
                       if d.metric.endswith(_VALUE_ADDED) and d.kind != "rank"), "")
        if len(sector) >= 2:
            draft.metric = sector + _BREADTH


_INDICATOR = 2  # an indicator left after its place is taken off says something when this long
_PLACE_END = (2, 3, 4)  # 为四川, 其中天津: a name ending with a place is a list of places, no indicator
_LISTED_VALUE = re.compile("^[、和与及]?$")  # 高于全国、全省1.2个、0.5个百分点: the values of one list


def place_names(text: str, drafts: list[Draft]) -> None:
    """A value named only by a place (天津达到81.1岁, 其中城区增长9.2%) measures, for that place, what the value
    named before it in its sentence measures, that value's own place taken off (北京人口平均预期寿命 -> 天津人口
    平均预期寿命); a sentence opening with 其中 continues the one before."""
    indicators: dict[int, str] = {}  # the indicator given to a place before (美国为78.9岁,经合组织国家平均为81岁)
    for i, draft in enumerate(drafts):
        if draft.kind == "rank" or not only_place(draft.metric) or (
                i and _LISTED_VALUE.match(text[drafts[i - 1].hit.end:draft.hit.start])):
            continue
        sentence_start, _ = C.sentence_bounds(text, draft.hit.start)
        if text.startswith("其中", sentence_start):
            sentence_start, _ = C.sentence_bounds(text, max(0, sentence_start - 1))
        for j in range(i - 1, -1, -1):  # back to the sentence start only (keeps the work linear)
            prev = drafts[j]
            if prev.hit.start < sentence_start:
                break
            if not prev.metric or only_place(prev.metric) or compares(prev.metric) or prev.kind == "rank":
                continue
            indicator = indicators.get(j) or without_place(prev.metric)
            if len(indicator) >= _INDICATOR and "、" not in indicator and not any(
                    only_place(indicator[-size:]) for size in _PLACE_END):
                draft.metric, indicators[i] = draft.metric + indicator, indicator
            break


_JOINED = re.compile("^[、和与及]$")


def _dimension(draft: Draft) -> str:
    """The dimension of a value's unit; counts by their word (3家 and 800张 count different things)."""
    dimension = unit_table().base_value(1.0, draft.hit.unit)[2] or draft.hit.unit  # (a unit of no table: itself)
    return dimension + draft.hit.unit[-1:] if dimension == "count" else dimension


def paired_changes(text: str, drafts: list[Draft]) -> None:
    """比上年末增加3495条、3.44万公里 after 运营线路41738条,运营线路总长度74.89万公里: a list of unnamed values each in
    a unit of its own measures, each, the value before it in its sentence stated in that unit."""
    i = 0
    while i < len(drafts):
        j = i
        while j + 1 < len(drafts) and _JOINED.match(text[drafts[j].hit.end:drafts[j + 1].hit.start]):
            j += 1
        group = drafts[i:j + 1]
        dimensions = [_dimension(d) for d in group]
        if len(group) > 1 and len(set(dimensions)) == len(group) and not any(d.metric for d in group):
            sentence_start, _ = C.sentence_bounds(text, group[0].hit.start)
            earlier = [d for d in drafts[:i] if d.hit.start >= sentence_start and d.metric]
            for draft, dimension in zip(group, dimensions, strict=True):
                same = [d for d in earlier if _dimension(d) == dimension]
                if same:
                    draft.metric = same[-1].metric
        i = j + 1
