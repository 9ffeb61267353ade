"""List pairing: which indicator each value of a line's list of values measures.

``分别`` lists, which give each value the matching item of a list of names (国家、省重点实验室达21家和241家),
are in ``respectively.py``; a value without a name of its own takes the name of the value before it in its sentence
(增长2.7%), or the words of the clause before it; ``占…`` shares take their subject.
"""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.drafts import RATE_WORDS, Draft, compares, share_subject
from plantrace.extract.measures.joined import only_nouns
from plantrace.extract.measures.metric import previous_clause_metric
from plantrace.extract.measures.owners import (
    growth_breadths,
    milestone_names,
    owned_heads,
    paired_changes,
    place_names,
    plan_references,
)
from plantrace.extract.measures.rules import kind_rule
from plantrace.extract.measures.shapes import MILESTONE_WORDS
from plantrace.extract.measures.words import words
from plantrace.gazetteer import gazetteer

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
LIST_ITEM = 20         # an indicator's name is at most this long (a list of them in a clause: n times)
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
# said before the project it finances is that project's (the noun after 的, up to the end of its clause); so is one said
# before the projects it counts (实施总投资1.6万亿元的452个省市级重点项目, 总投资210亿元的75个“两重一实”项目)
_INVESTED = re.compile("(?:总投资|计划投资|投资)$")
_PROJECT_AFTER = re.compile(
    "的(?:[0-9]+[个项])?([^,，。；;:：、()（）0-9]{2,24}?(?:项目|工程|基地|园区|产业园|中心|产业链|集群|基础设施))")
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
_REACHED = re.compile("^(?:增长|提高|提升|增加|扩大|上升)(?:到|至)$")  # from one value to the next of one indicator


def counted_people(text: str, drafts: list[Draft]) -> None:
    """技能人才总量超696万, 带动3.78万农牧民就业增收, 拥有14亿人口: a bare magnitude of people counts them, like
    万人 (a flow of people, 接待游客1.2亿, stays a level)."""
    people = words().people_nouns
    counted: Draft | None = None
    for draft in drafts:
        if draft.kind != "level" or draft.hit.unit not in _MAGNITUDES:
            continue
        named = people.search(draft.metric[-_OWN_NAME:]) or people.match(text, draft.hit.end + (
            1 if text[draft.hit.end:draft.hit.end + 1] in ("多", "余") else 0))
        # 网民规模从2020年的9.89亿提高到12亿: the value reached is of the people its start counted
        reached = counted is not None and counted.hit.unit == draft.hit.unit and bool(
            _REACHED.match(text[counted.hit.end:draft.hit.start]))
        if (named or reached) and not words().people_flow.search(draft.metric):
            draft.kind, draft.rule = "count", kind_rule("count")
            counted = draft


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
        before = text[max(0, clause_start - LIST_ITEM):clause_start]
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


# 中老铁路累计发送旅客超4500万人次、货物超5000万吨; 国家铁路发送旅客28.25亿人次、货物26.39亿吨: a later item of a
# list named only by its noun is what the first item's verb was done to, by the first item's subject
_LATER_ITEM = re.compile("、(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:超过|超|近|约|逾|达到|达)?$")
_VERB_REACH = 3  # (超, 近, 约: a comparator between the first item's noun and its value)


def listed_objects(text: str, drafts: list[Draft]) -> None:
    """货物 after 发送旅客4500万人次、 -> 中老铁路累计发送货物: the items of one list share the verb (发送, 运送, 接待,
    出口 …, the words 分别 lists share) and the subject before the first."""
    extended: set[int] = set()
    for i in range(1, len(drafts)):
        draft, prev = drafts[i], drafts[i - 1]
        item = _LATER_ITEM.fullmatch(text, prev.hit.end, draft.hit.start)
        if item is None or draft.metric != item.group("noun"):
            continue
        verbs = list(words().listed_verbs.finditer(prev.metric))  # (only for a later item named by its noun)
        if not verbs or verbs[-1].end() == len(prev.metric) or not only_nouns(draft.metric):
            continue  # (、运输货物超7400万吨: a verb of its own; 、总花费: what of them)
        done = prev.metric[verbs[-1].start():]  # 发送旅客, written right before the first item's value
        written = text.rfind(done, max(0, prev.hit.start - len(done) - _VERB_REACH), prev.hit.start) != -1
        if written or i - 1 in extended:
            draft.metric = prev.metric[:verbs[-1].end()] + draft.metric
            extended.add(i)


def inherit_metrics(text: str, drafts: list[Draft]) -> None:
    """An empty metric (增长2.7%) takes the previous one of its sentence, or else the words of the
    clause before it (…覆盖率,由1997年的65%), or else, when that clause holds a value, its words before the value
    (年末全县常住人口766579,比上年末增加2028人; 院士11位,居全国第2); 占… takes its subject."""
    counted_people(text, drafts)
    growth_rates(text, drafts)
    plan_references(text, drafts)
    milestone_names(drafts)
    invested_projects(text, drafts)
    listed_objects(text, drafts)
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
            longest = _RANKING_NAME if draft.kind == "rank" else LIST_ITEM
            prev = previous_clause_metric(text, draft.hit.start, longest) or _compared_again(text, drafts, i) or (
                _named_before_value(text, draft))
        if not prev:
            continue
        if not draft.metric:
            rate = _ranked_rate(text, draft)
            draft.metric = (_without_rate(prev) + rate) if rate else prev
        elif draft.metric.startswith("占"):  # 占调整预算90.75%，占一般公共预算收入的38.96%: one subject
            subject = prev.split("占", 1)[0]
            draft.metric = (subject if len(subject) >= 2 else prev) + draft.metric
        elif draft.metric == _PER_HEAD:  # 地区生产总值迈上4万亿元大台阶，人均超过1万美元: per head of the one before
            draft.metric += _PASSED.sub("", prev)


def _named_before_value(text: str, draft: Draft) -> str:
    """新增“两院”院士11位,居全国第2; …收入先后迈过2千亿、3千亿两个大台阶,由全国第20位上升到第9位: a rank with no name
    in a clause of its own ranks the value of the clause before, named by its words before that value; so does any
    value with no name (年末全县常住人口766579,比上年末增加2028人: a figure not taken as a value still names it)."""
    return previous_clause_metric(text, draft.hit.start, _RANKING_NAME if draft.kind == "rank" else LIST_ITEM,
                                  before_value=True)


_PER_HEAD = "人均"
_PASSED = re.compile(f"(?:{MILESTONE_WORDS})$")  # (the milestone the indicator before passed is no part of it)


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
