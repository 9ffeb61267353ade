"""The metric a number measures: the indicator phrase before it (or the noun after a count, from nouns.py),
and its canonical name from data/metrics.toml."""

from __future__ import annotations

import functools
import re
import tomllib
from functools import cache
from importlib import resources

from plantrace.extract.measures import context as C
from plantrace.extract.measures.joined import last_outside_joined, noun_items
from plantrace.extract.measures.nouns import (
    NAME_CAP,
    PLACE_KINDS,
    SHORT_NOUN,
    WORKS,
    bare_deed,
    noun_after,
    past_quantities,
    people_of_place,
    predicate,
)
from plantrace.extract.measures.shapes import MILESTONE_WORDS, MILESTONES_COUNTED
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.gazetteer import gazetteer
from plantrace.prefilter import may_match
from plantrace.segmentation import base_tokenizer

_YEARISH = (
    r"(?:\d{4}(?:至|—|-|到|~|～)\d{4}年|(?:到|至|在|截至|截止)?(?:\d{4}|[一二三四五六七八九〇零○]{4})年(?:底|末|初|前(?!移)|时)?(?:的)?"
    r"|(?:到|至)年(?=$|[,，])|今年|年初|去年(?:末|底|同期)?|上一?年(?:末|底|同期)?|明年|全年|年末|年底|[“「〝]?十[一二三四五]?五[”」〞]?(?:时期|期间|以来|末|期末|初期|初)?"
    r"|今后[五5]年|未来[五5]年|五年来|[近前][两二三四五]年|(?:\d{1,2}|[两二三四五六七八九十]{1,2})年(?:来|间|内)?"
    r"|第?[一二三四1-4]季度|前三季度|[上下]半年|同期|同月|(?:1[-—－~至])?\d{1,2}月份?|连续(?:\d{1,2}|[两二三四五六七八九十]{1,2})(?:年|个月|天))"
)
_LEADING = re.compile(r"^(?:" + _YEARISH + "|" + words().metric_leading + ")+")
_TRAILING = re.compile(r"(?:" + _YEARISH + "|" + words().metric_trailing + ")+$")
_CLAUSE_STOPS = ",，:：;；。"
# 178979万亩 in 119319千公顷(178979万亩), 增长3.8% in (增长3.8%): brackets and marks at a phrase's
# edges name nothing, so a phrase of them alone is empty and the value takes its neighbour's metric
_EDGE_PUNCT = " \u3000(（[【“‘\"'、,，.。:：;；·—-/"
# 新兴产业全年销售收入: a time inside a name is the value's time, not part of the indicator
_INNER_TIME = re.compile(
    "(?<=[\u4e00-\u9fff])(?:\\d{4}年)?(?:全年|今年|去年|当年|[上下]半年|前三季度|第?[一二三四]季度)(?=[\u4e00-\u9fff])"
    "|(?<=[\u4e00-\u9fff])\\d{4}年(?=[\u4e00-\u9fff])")  # 寒武纪2025年前三季度实现营业收入
_FOOTNOTE = re.compile(r"\[\d{1,2}\]")
_YEAR_IN_BRACKETS = re.compile(r"\(\d{4}年\)")  # 地区生产总值(2025年): the year a name is of
# 经济增速连续12个季度保持在6%以上, 自治区本级一般性支出连续5年压减5%, 青薯9号连续四年蝉联…第一: how long a value has
# held is no part of what it measures, wherever the streak stands in the name
_STREAK = re.compile("(?:连续|連續)(?:\\d{1,2}|[两二三四五六七八九十兩]{1,3})(?:个|個)?(?:年|季度|月|届|屆)")
# 人均预期寿命在2020年基础上继续提高1岁: the base a change is counted from is no part of the name
_ON_BASE = re.compile("在[^在,，;；。]{0,10}?基础上$")
# 生产总值(GDP), 居民消费价格指数(CPI): an abbreviation in brackets restates the name before it
_ABBREVIATION = re.compile(r"(?<=[\u4e00-\u9fff])[(（][A-Z]{2,5}[)）]")
# 规模以上企业实现产值, 寒武纪实现营业收入: a verb of achieving between a subject and what it achieved
_INNER_VERB = re.compile(
    "(?<=[\u4e00-\u9fff]{2})(?:实现|完成(?!年度|年初|全年|计划|预算|目标|任务|本年|调整))(?![率度])(?=[\u4e00-\u9fff]{2})")
# 猪牛羊肉总产量从1952年全国猪牛羊肉总产量仅有…: the baseline a name starts after its indicator is no part of it
_BASELINE_INSIDE = re.compile("(?<=[\u4e00-\u9fff]{4})[从由](?=[\u4e00-\u9fff]{2}).*$")
# 肇庆完成GDP, 肇庆市要实现GDP(地区生产总值): a place that achieves names no part of the indicator
_PLACE_ACHIEVES = re.compile(
    "^(?P<place>[\u4e00-\u9fff]{2,8}?)(?:要|将|力争|预计)?(?:实现|完成)(?=[\u4e00-\u9fffA-Za-z]{2})")
# 地区生产总值根据省统计局的修订结果预计完成4725亿元: the source a figure is stated by is no part of its name
_ACCORDING_TO = re.compile("根据[^,，;；。]{1,20}?(?:结果|数据|口径)")
# 从经济基本面和就业吸纳能力看, 从这个角度来讲, 总的来看: a clause that frames what follows names nothing
_FRAME_ONLY = re.compile(
    "(?:从|就|分)[^,，;；。]{1,14}(?:看|来看|上看|来讲|来说|而言)|(?:总的|总体|整体|具体)(?:来)?(?:看|说)")
# 地区生产总值增长的预期目标为8%左右: the target of what is named before 的
_TARGET_TAIL = re.compile("(?:主要)?(?:预期)?目标(?:值)?")
_PAIRS = {")": "(", "）": "（", "]": "[", "】": "【", "”": "“", "’": "‘"}


def _trim_edges(window: str) -> str:
    """Marks at both ends stripped; a closing bracket stays when its opening one is in the phrase
    (地方一般公共预算收入(同口径))."""
    window = window.strip(_EDGE_PUNCT)
    while window and window[-1] in _PAIRS and _PAIRS[window[-1]] not in window:
        window = window[:-1].strip(_EDGE_PUNCT)
    while window and window[0] in _PAIRS:
        window = window[1:].strip(_EDGE_PUNCT)
    return window
# 有进出口实绩的企业, 进入科技创业孵化园的企业, 持乡村医生证的人员: a noun of two characters after 的 says too little;
# the words before 的 say which (a longer phrase is a clause, not a qualifier: its last noun names)
_QUALIFIED_LONGEST = 20
_PLACE_KINDS = re.compile(PLACE_KINDS)
_QUESTION_MARKS = "?？!！"  # a question or exclamation ends what it says: no name runs across it
_ECONOMY_GROWTH = re.compile("经济(?:年均|平均)?(?:实际)?(?:增长|增速)[^,，;；。]{0,8}$")
_REACH = 200
_CAP = NAME_CAP       # a name is at most this long …
_LIST_CAP = 60   # … a list of names (A、B、C上涨…) longer: its values take its items, others its last one
# 占全社会用电量的比重, 对经济增长的贡献率: a share names its whole, so the words before 的 stay
_GENERIC_TAIL = re.compile("(?:比重|比例|占比|份额|贡献率|贡献度|比率|比值)(?:达到|达|为)?")
# 政府采购工程面向中小企业的预留份额, 政府投资基金支持民间投资项目的资金占比: a share of a thing of the whole still
# names its whole before 的
_SHARE_END = re.compile("(?:比重|比例|占比|份额)$")
_SHARE_INSIDE = re.compile("(.{2,}?)在.{2,}?中的((?:比重|比例|占比|份额))")
# 全体居民人均可支配收入增速高于经济增速、突破3万元: a comparison said of the indicator before the value's
# own predicate is no part of its name
_COMPARED_FIRST = re.compile("(?:增速|增幅|涨幅)?(?:高于|低于|快于|慢于|好于)[^、,，;；。]{1,12}、(?=[^、]{0,6}$)")


# 年末全国人口(包括31个省、自治区、直辖市和现役军人的人口,不包括…)141175万人: a note in brackets between a name
# and its value says what the figure covers; the name stands before it
_ASIDE = re.compile("[(（](?:包括|不包括)|[(（][^()（）]*[,，;；]")  # (含公共用水) qualifies: it stays
_ASIDE_LONGEST = 80


def _past_aside(text: str, clause_start: int, start: int) -> tuple[int, int]:
    """(start, end) of the words that name the value at ``start``, past a note in brackets right before it."""
    if text[start - 1:start] not in (")", "）"):
        return clause_start, start
    reach = max(0, start - _ASIDE_LONGEST)
    opened = max(text.rfind("(", reach, start - 1), text.rfind("（", reach, start - 1))
    if opened == -1 or not _ASIDE.match(text, opened):
        return clause_start, start
    if clause_start <= opened:  # the clause opens before the note: only the note goes
        return clause_start, opened
    return max(text.rfind(ch, reach, opened) for ch in _CLAUSE_STOPS) + 1, opened


def metric_phrase(text: str, clause_start: int, start: int, end: int, count_like: bool) -> str:
    """The indicator phrase of the number at ``text[start:end]``."""
    clause_start, start_of_value = _past_aside(text, clause_start, start)
    reached = people_of_place(text, end) or _beneficiaries(text, clause_start, start, end, count_like)
    if reached:
        return reached
    if _MOVED_TO.search(text, max(0, start - _MOVE_REACH), start):
        return ""  # 由162个整合为|123个: the value a number moved to is named as the one it moved from
    window = _COMPARED_FIRST.sub("、", text[clause_start:start_of_value])
    window = window[max(window.rfind(mark) for mark in _QUESTION_MARKS) + 1:]  # 哪些省份变化比较明显?西藏(
    before = _clean(window.split("分别", 1)[0]) or _clean(window)
    if "%" in text[start:end] or "％" in text[start:end]:
        before = _qualified_share(window) or before
    if before.endswith("经济") and _ECONOMY_GROWTH.search(_STREAK.sub("", window)):
        before += "增长"  # 经济增长5%左右, 经济年均增长8%: the growth of the economy, not "经济"
    # 3座35万千瓦光热电站, 14个750千伏电网工程: a count is glued to its noun past the size that qualifies it
    noun_at = past_quantities(text, end) if count_like else end
    opening = noun_at + (noun_at < len(text) and text[noun_at] in _OPENING_QUOTES)
    glued = noun_at < len(text) and bool(_NOUN_START.match(text, opening))  # (300万吨CCUS碳利用示范项目: letters too)
    moves_on = text[start - 1:start] in _FROM and _MOVES_ON.match(text, end)  # 由162个|整合为123个: no noun
    if count_like and not moves_on and (not before or glued or words().action_end.search(text[clause_start:start])):
        after = noun_after(text, end)
        if after and not _says_nothing(after):  # (6.9万人以: no noun follows)
            return after + predicate(text, end, after)
    capacity = _CAPACITY.search(before) if glued else None
    if glued and (not before or words().action_end.match(before) or before.endswith("等") or capacity
                  or _VALUE_NOUN_ITEM.search(text, max(0, start - _ITEM_REACH), start)
                  or _TASK_LEAD.match(window.strip(_EDGE_PUNCT)) or _listed_works(text, window, start)):
        # 20.3亿元以旧换新补贴拉动消费: a value opening its clause names what follows; so does one after a bare
        # verb (形成60万吨政府可调度煤炭储备能力, 设立10亿元绿色发展纵向补偿基金), a list of examples (店头电厂二期等
        # 402万千瓦机组建成投运), an item of a list of values each before its noun (6万吨电解锰、22万吨省储粮) or a
        # capacity said before the works it sizes (总装机26.9万千瓦光伏项目: 光伏项目总装机) or a task on a place
        # (开工建设南网720兆瓦储能电站)
        after = noun_after(text, end)
        if len(after) >= 2 and not _says_nothing(after):  # (78.9岁用了195年: no noun follows)
            said = "" if capacity else predicate(text, end, after)
            return after + (capacity.group(0) if capacity else said if _WORKS_DONE.match(said) else "")
    if not count_like and _says_nothing(before):
        return ""  # 78.9岁用了195年, 逐年提升至7.8%, 将拿出590万元: the value takes its sentence's name
    if glued and not count_like and len(before) >= 2 and WORKS.search(after := noun_after(text, end)):
        return (before + after)[-_CAP:]  # 中储粮20万吨粮食储备库: the works an amount sizes, with whose they are
    if glued and not count_like and (owned := _owned_by(window, before, noun_after(text, end))):
        return owned
    return _deed_or_produced(text, start, end, before, glued)


def _deed_or_produced(text: str, start: int, end: int, before: str, glued: bool) -> str:
    """设立…专项资金，首期安排50亿元; 开展…试点，受益群众超20万人: a bare deed (or who benefits) with no noun after the
    value takes what the task of the clause before was done on; else the name, or what was produced."""
    if not glued and (deed := bare_deed(before)) and (task := previous_clause_metric(text, start).replace("、", "")):
        return task if task.endswith(deed) else task + before
    return _produced(before, text[start:end])


# 开发区和工业园区由162个整合为123个, 5G基站从1.9万座增加到14.3万座: a number moved from a start value to another
_FROM = ("由", "从")
_MOVES_ON = re.compile("[\u4e00-\u9fff]{1,3}?(?:为|到|至)\\d")
_MOVED_TO = re.compile("[由从][^,，;；。由从]{0,8}?\\d[^,，;；。\\d]{0,6}?[\u4e00-\u9fff]{1,3}?(?:为|到|至)$")
_MOVE_REACH = 24


# adverbs, prepositions, conjunctions and particles (jieba's tags), with at most one verb or adjective, name nothing
_FUNCTION_TAGS = frozenset({"d", "p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "y"})
_CONTENT_TAGS = frozenset({"v", "a"})
_CJK_ONLY = re.compile("[\u4e00-\u9fff]+")
_RATE_WORD = re.compile("[比率占]")


def _says_nothing(name: str) -> bool:
    """用了, 逐年, 仅差, 超过原定: words that say how or when, not what (jieba's tags; a verb only before an adverb
    or a particle: jieba tags many nouns 预算, 收入 as verbs)."""
    if not _CJK_ONLY.fullmatch(name) or _RATE_WORD.search(name):  # 占比, 收入比: a share or ratio says what
        return False
    from plantrace.extract.measures.timeline import simplified  # jieba's dictionary is in simplified script

    tags = [tag for _, tag in base_tokenizer().tagged_block(simplified(name))]
    function = sum(tag in _FUNCTION_TAGS for tag in tags)
    return function >= 1 and all(tag in _FUNCTION_TAGS or tag in _CONTENT_TAGS for tag in tags) and (
        len(tags) - function <= 1) and ("v" not in tags or tags[-1] in _FUNCTION_TAGS)  # (为预算: jieba's verb)


# 弗迪12吉瓦时动力电池扩产, 首期100亿元省级科技创新母基金: a short word of its own (a name, an order) right before
# an amount glued to a noun says which of that noun the amount sizes (a verb before it, 投入187亿元办好…, says what was
# done)
_OWNER_LONGEST = 4
_OWNED_SHORTEST = 4


def _owned_by(window: str, before: str, after: str) -> str:
    """The owner (the last item of ``before``, right before the amount) and the noun after it, or "" (总量跨过3000亿元…:
    a verb between)."""
    owner = before.rsplit("、", 1)[-1]
    if not 2 <= len(owner) <= _OWNER_LONGEST or len(after) < _OWNED_SHORTEST or not window.endswith(owner):
        return ""
    tagged = base_tokenizer().tagged_block
    if any(tag.startswith("v") for _, tag in tagged(owner)) or tagged(after)[0][1].startswith("v"):
        return ""
    return (owner + after)[:_CAP]


# 年产30万吨基均质料项目, 实施总装机26.9万千瓦光伏项目: the size of works named after it
_CAPACITY = re.compile("(?:年产能?|年处理(?:能力)?|总装机(?:容量)?|装机(?:容量)?|总库容|库容)$")
# 6万吨电解锰、22万吨省储粮、; 4万吨基础锂盐一体化和2万吨…: the item before is a value glued to its noun, so is this one
_VALUE_NOUN_ITEM = re.compile(r"\d[\u4e00-\u9fffA-Z]{3,20}[、和]$")
_ITEM_REACH = 24

# 重点推进贺兰山至阴山段沿黄岸线180公里流沙系统治理, 开工建设南网720兆瓦储能电站: a task's words before a value
# glued to a noun say where the work is; the noun says what is measured
_TASK_LEAD = re.compile("^(?:重点|加快|深入|有序|持续|全力|积极|大力)?(?:推进|推动|开工建设|新开工|建设|实施|打造)")

# 推动国达化工60万吨钾肥复合造粒、…、沃锦储热40万吨熔盐装置技术升级: a later item of a task's list of works, its
# owner before its value, is sized like the first (the task's verb leads the clause, not the item)
_LISTED_OWNER = re.compile("、(?P<owner>[\u4e00-\u9fff]{2,8})$")


def _listed_works(text: str, window: str, start: int) -> bool:
    """Whether the value at ``start`` is sized works after their owner in a task's list (…、青海辉源20万吨…)."""
    owner = _LISTED_OWNER.search(window)
    if owner is None or words().action_start.match(owner.group("owner")):
        return False  # (…、完成造林100万亩任务: the item's own verb)
    clause_start = C.last_of(text, _CLAUSE_STOPS, 0, start) + 1  # (no scan back over a long line)
    return bool(_TASK_LEAD.match(text[clause_start:start].strip(_EDGE_PUNCT)))


# 402万千瓦机组建成投运, 4000公里公路完成智能化升级改造: what was done to the works an amount sizes says which
_WORKS_DONE = re.compile("(?:建成|投运|投产|完成|开工|竣工|并网|通车)")

_NOUN_START = re.compile("[\u4e00-\u9fff]|[A-Z]{2,}")
_OPENING_QUOTES = "“「"  # 3个“绿水青山就是金山银山”实践创新基地: a quoted name right after a value is glued to it

_REACHED = re.compile("(?P<verb>惠及|覆盖)(?:近|约|超过?)?$")


def _beneficiaries(text: str, clause_start: int, start: int, end: int, count_like: bool) -> str:
    """“以旧换新”政策惠及76万群众, 实施育儿补贴制度,惠及23.6万婴幼儿: the people a policy reached, named by the
    policy (in the clause, or the clause before when 惠及 opens it) and by who they are, or by 惠及 and who they are
    when no policy is named (…贷款1.2亿元,惠及2478户贫困户 -> 惠及贫困户); 改造城镇老旧小区870个、
    惠及10万余户, 提高城乡低保标准、覆盖119.2万人: a number reached that only its unit says who, named by what
    reached them, in its clause or the list item before it ("" otherwise)."""
    reached = _REACHED.search(text, clause_start, start)
    if reached is None:
        return ""
    people = noun_after(text, end)
    if len(people) < 2:
        reacher = _clean(text[clause_start:reached.start()]) or _item_before(text, reached.start())
        return reacher + reached.group("verb") if count_like and len(reacher) >= 2 else ""
    if reached.group("verb") != "惠及":
        return ""  # (贸易伙伴覆盖155个国家或地区: the noun after names what was covered)
    policy = _clean(text[clause_start:reached.start()]) or previous_clause_metric(text, start)
    policy = policy.replace("“", "").replace("”", "")
    # 撬动扶贫小额贷款1.2亿元,惠及2478户贫困户: with no policy named (the clause before gives a value), the people
    # reached are still those reached, not the stock of such people (惠及贫困户, as 惠及居民56.2万户 is named)
    return (policy if len(policy) >= 2 else "") + "惠及" + people


def _item_before(text: str, pos: int) -> str:
    """改造城镇老旧小区870个、|惠及: the words of the list item before ``pos`` up to its value ("" when none)."""
    if text[pos - 1:pos] != "、":
        return ""
    item = text[C.last_of(text, _CLAUSE_STOPS + "、", 0, pos - 1) + 1:pos - 1]
    return _clean(re.split(r"\d", item, maxsplit=1)[0])


_PRODUCED = re.compile("生产([\u4e00-\u9fff]{1,6})")
_OUTPUT_DIMENSIONS = frozenset({"mass", "volume", "energy_electric", "energy"})


def _produced(before: str, surface: str) -> str:
    """生产原油239万吨, 全年生产钾肥757.5万吨: the output of a product, named as its 产量 (not 生产总值: money)."""
    match = _PRODUCED.fullmatch(before)
    if match is None or unit_table().base_value(1.0, _unit_of(surface))[2] not in _OUTPUT_DIMENSIONS:
        return before
    return match.group(1) + "产量"


_UNIT_IN_SURFACE = re.compile(r"^[^\d]*[\d.]+(.*?)(?:左右|以上|以下|多|余)?$")


def _unit_of(surface: str) -> str:
    """超7900万吨 -> 万吨: the unit written in a value's surface."""
    match = _UNIT_IN_SURFACE.match(surface)
    return match.group(1) if match else ""


def clean_name(window: str) -> str:
    """``window`` as an indicator's name: times, verbs, comparators and marks at its edges stripped."""
    return _clean(window)


@functools.lru_cache(maxsize=4096)  # speed only: a phrase is cleaned the same way wherever it stands
def _clean(window: str) -> str:
    window = _YEAR_IN_BRACKETS.sub("", window)
    window = _ACCORDING_TO.sub("", window)
    window = _FOOTNOTE.sub("", window)  # 义务教育阶段[8]招生: a footnote marker inside a name
    window = _STREAK.sub("", window)
    window = _ABBREVIATION.sub("", window)
    previous = None
    while previous != window:
        previous = window
        window = _LEADING.sub("", window)
        if may_match(_TRAILING, window):  # speed only: most phrases end with no time word or verb
            window = _TRAILING.sub("", window)
        window = _trim_edges(window)
    if _FRAME_ONLY.fullmatch(window):
        return ""
    window = _INNER_TIME.sub("", window)
    window = _ON_BASE.sub("", window)
    achieves = _PLACE_ACHIEVES.match(window)
    if achieves and gazetteer().is_name(achieves.group("place")):
        window = window[achieves.end():]
    window = _INNER_VERB.sub("", window)
    window = _BASELINE_INSIDE.sub("", window)
    if (of := last_outside_joined(window, "的")) != -1:  # (电力、燃气及水的生产和供应业: one name)
        tail = window[of + 1:]
        inside = _SHARE_INSIDE.fullmatch(window)
        if inside:  # 服务业增加值在国内生产总值中的比重 -> 服务业增加值比重
            window = inside.group(1) + inside.group(2)
        elif _TARGET_TAIL.fullmatch(tail) and len(head := _clean(window[:of])) >= 2:
            window = head
        elif len(tail) >= 2 and not _GENERIC_TAIL.fullmatch(tail) and not _SHARE_END.search(tail) and not (
                len(_PLACE_KINDS.sub("", tail)) <= SHORT_NOUN and len(window) <= _QUALIFIED_LONGEST):  # 有进出口实绩
            # 的企业, 一般公共预算收入超10亿元的县(区): which 企业, which 县 (kinds of place in brackets say nothing)
            window = tail
    return window[-(_LIST_CAP if "、" in window else _CAP):]


# 新增“两院”院士11位: a value's number glued to the words naming it (a clause holding a value)
_VALUE_START = re.compile("(?<=[\u4e00-\u9fff])\\d")


def previous_clause_metric(text: str, start: int, longest: int = 20, before_value: bool = False) -> str:
    """The subject in the clause before the one holding ``start``, within its sentence (a list of
    subjects may be longer than one: ``longest``); with ``before_value``, a clause holding a value names it by
    its words before the value (新增“两院”院士11位,|居全国第2)."""
    reach = max(0, start - _REACH)  # a clause reaches at most this far (keeps the work linear)
    cut = max(text.rfind(ch, reach, start) for ch in _CLAUSE_STOPS)
    if cut <= 0 or text[cut] in "。;；":
        return ""
    before = max(text.rfind(ch, max(0, cut - _REACH), cut) for ch in _CLAUSE_STOPS)
    if before != -1 and text[before] not in ",，":
        before = before if text[before] in "。;；:：" else -1
    clause = _MILESTONES_PASSED.sub("", text[before + 1:cut])
    if before_value:  # (数字1:6.5%左右: a label's number, no value; 新型产业(M0)用地: a code's digit)
        clause = _VALUE_START.split(clause, maxsplit=1)[0] if text[cut] in ",，" else ""
    phrase = _clean(clause)
    return phrase if 2 <= len(phrase) <= longest and not any(ch.isdigit() for ch in phrase) else ""


# 地区生产总值连跨4个千亿台阶,预计突破1.1万亿元: the count of the milestones the indicator passed is no part of its name
_MILESTONES_PASSED = re.compile(
    "(?:连|接连|先后|连续)?(?:跨越|跨过|跨上|迈上|迈过|跃上|跨)了?" + MILESTONES_COUNTED
    + f"[^,，、]{{0,8}}?(?:{MILESTONE_WORDS})$")  # (4个: shapes' count of milestones)


@cache
def _synonyms() -> tuple[tuple[str, str], ...]:
    """(synonym in upper case, canonical name), longest synonym first."""
    text = resources.files("plantrace").joinpath("data/metrics.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    pairs = [(syn.upper(), name) for name, spec in data["metrics"].items() for syn in [name, *spec["synonyms"]]]
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p[0])))


@cache
def _synonyms_by_first_char() -> dict[str, tuple[tuple[int, str, str], ...]]:
    """{first character: (place in :func:`_synonyms`, synonym, canonical name) of the synonyms starting with it}."""
    index: dict[str, list[tuple[int, str, str]]] = {}
    for order, (synonym, name) in enumerate(_synonyms()):
        index.setdefault(synonym[:1], []).append((order, synonym, name))
    return {first: tuple(entries) for first, entries in index.items()}


# 单位国内生产总值用水量, 万元GDP能耗: an indicator per unit of another is not that other one
_PER_UNIT = re.compile("(?:单位|万元|每)(?:地区|国内)?$")


@functools.lru_cache(maxsize=4096)
def canonical(metric: str) -> str | None:
    """The canonical indicator whose longest synonym occurs in ``metric`` (before any 占 of a share)."""
    if not metric:
        return None
    from plantrace.extract.measures.timeline import simplified  # the lexicon is in simplified script

    upper = simplified(metric).upper()
    cut = upper.find("占")
    index = _synonyms_by_first_char()  # (speed only: a synonym whose first character is not there is not)
    for _, synonym, name in sorted(entry for ch in {"", *upper} for entry in index.get(ch, ())):
        at = upper.find(synonym)
        if at != -1 and (cut == -1 or at < cut) and not _PER_UNIT.search(upper, 0, at) and not _inside_code(
                upper, at, at + len(synonym)):
            return name
    return None


def _inside_code(text: str, start: int, end: int) -> bool:
    """M2 in PM2.5: a Latin synonym found inside a longer code of letters and digits names something else."""
    before, after = text[start - 1:start] if start else "", text[end:end + 1]
    return (text[start].isascii() and before.isascii() and (before.isalnum() or before == ".")) or (
        text[end - 1].isascii() and after.isascii() and (after.isalnum() or after == "."))


def known_metrics() -> list[str]:
    return sorted({name for _, name in _synonyms()})


def share_head(part: str, last: str) -> str:
    """A short list item takes the head noun of the last item: 国家 + 省重点实验室 -> 国家重点实验室."""
    if len(part) > 3 or len(last) <= len(part) + 1:
        return part
    words = base_tokenizer().lcut(last, HMM=False)
    if len(words) < 2:
        return part
    cut = len(words[0])
    if cut >= len(part) and len(base_tokenizer().lcut(last[len(part):], HMM=False)[0]) >= 2:
        cut = len(part)  # 城镇和农村居民…: 农村 | 居民人均可支配收入 (but 风电、太阳能 | 发电量)
    return part + last[cut:]


_EXAMPLES = "等"


def list_tail(metric: str, shared: bool = True) -> str:
    """The last item of a list phrase that no value list matched (认可港澳32个工种、与香港互认… -> last); the whole
    phrase when ``shared`` and the items before the last are bare nouns with no value of their own: one value said of
    every item (基本养老、医疗保险参保率稳定在95%以上; 水电、风电、光伏发电量占比达43.3%)."""
    cut = last_outside_joined(metric, "、")  # (交通运输、仓储和邮政业增加值: one name, no list)
    if cut == -1:
        return metric
    tail = _clean(metric[cut + 1:])  # (…断面、17个…水源地水质达标率: the count opening the item goes)
    if shared and noun_items(metric[:cut]) and _EXAMPLES not in tail:  # (肥东、…、巢湖等县市, 长江、黄河等主要江河:
        return metric  # examples of what the words after 等 name)
    return tail if len(tail) >= 2 else metric


# 目前已经有95%的煤电机组实现了超低排放, 全国约90%的县级行政中心实现30分钟上高速: a percentage of the things
# named after it (的 + what they are or do, to the clause's end) that nothing before names is their share
_CONJUNCTIONS = ("和", "及", "与")
_RATE_NAME = re.compile("(?:率|比重|比例|占比|份额|比|指数|水平|程度|系数)$")
_THINGS_AFTER = re.compile("的([^,，;；。:：、()（）]{2,24})(?=$|[,，;；。:：、(（])")
_THINGS_GLUED = re.compile("([^,，;；。:：、()（）]{2,24})(?=$|[,，;；。:：、(（])")  # …and without 的
RATE_INSIDE = "(?:率|比重|比例|占比)"  # a word inside a name that makes it a rate or share (普及率, 比重)
_RATE_INSIDE = re.compile(RATE_INSIDE)
# 生活垃圾收运处理的自然村稳定在95%以上, 基本能够使用国家通用语言文字的村居主干达92.5%: a share of things that are
# no rate is the share of those the words before 的 pick out
_SHARE_OF_THINGS = re.compile(
    "([^,，;；。:：、的]{2,16})的([^,，;；。:：、的\\d]{2,6})(?:达到|达|为|稳定在|保持在|提高到|提升至|提高至)$")


def _qualified_share(window: str) -> str:
    """The share of the things named after 的 that the words before it pick out ("" when the noun is a rate)."""
    match = _SHARE_OF_THINGS.search(window)
    if match is None or _RATE_INSIDE.search(match.group(2)) or _NOT_THINGS.match(match.group(2)):
        return ""
    which, things = _clean(match.group(1)), match.group(2)
    share = "" if things.endswith("份额") else "比例"  # 面向中小企业的预留份额: the noun is the share itself
    return which + "的" + things + share if len(which) >= 2 else ""
_NOT_THINGS = re.compile(
    "^(?:目标|水平|份额|比重|比例|增长|增速|增幅|速度|幅度|贡献|任务|标准|要求|预期|基础|规模|占比|提升|提高|下降|上涨)")


def share_of_things(text: str, start: int, end: int, name: str) -> str:
    """全国有60%左右的城市空气质量不能达标 -> 城市空气质量不能达标比例: the share of the things a percentage
    is said of after it, when the words before it name no rate, share (占) or indicator ("" when they do,
    or when no things follow); 实现所有乡镇和90%以上行政村通硬化路: the words before a conjunction name the other
    things, not these."""
    if "占" in name or _RATE_NAME.search(name) or canonical(name):
        return ""
    after = _THINGS_AFTER.match(text, end)
    if after is None and ((len(name) >= 2 and text.startswith(name, end)) or text[start - 1:start] in _CONJUNCTIONS):
        after = _THINGS_GLUED.match(text, end)  # (全市70%以上处级及以上党政机关完成…创建)
    if after is None or _NOT_THINGS.match(after.group(1)) or after.group(1)[0] in words().not_noun_start or (
            _RATE_INSIDE.search(after.group(1))):  # 达52.7%的总体近视率: the rate itself, named after it
        return ""
    return after.group(1).replace("了", "") + "比例"
