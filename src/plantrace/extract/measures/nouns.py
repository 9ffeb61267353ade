"""The noun after a value: what a count counts (40件民生实事, 3个“绿水青山就是金山银山”实践创新基地), past the
classes that qualify it (22个750千伏和330千伏电网工程, 2个千亿级、11个百亿级…项目); what the clause says of a short
noun (21个学科进入ESI前千分之一); what a class qualifies (千伏楚庭等输变电工程). Split from metric.py, which names a
value by the phrase before it and asks this module for the words after it.
"""

from __future__ import annotations

import re

from plantrace.extract.measures.words import words
from plantrace.segmentation import base_tokenizer

NAME_CAP = 30  # a name is at most this long (metric.py: a list of names may be longer)

_SCALE_WORD = "规模"
_PROJECTS = "项目"
_INVESTED = "投资"


# Works named by their head noun: an amount glued to them sizes them (中储粮20万吨粮食储备库, 万鑫顺达100MW光伏并网
# 发电, 武钢取向硅钢首套11万吨产线: metric.py), a voltage classes them (220千伏及以上输电线路: thresholds.py), and a
# scale class names them up to their head, not what is said of them after it (千亿级开发区龙头引领作用, 百万千瓦级
# 水电站全容量并网发电: scale_name)
WORKS_WORDS = ("项目", "工程", "开发区", "水电站", "电站", "机组", "产线", "产业集群", "产业链", "储备库", "基地",
               "光伏", "风电", "电厂", "水库", "码头", "管道", "线路")
WORKS = re.compile("(?:" + "|".join(WORKS_WORDS) + ")")


def scale_name(noun: str, sums: bool) -> str:
    """千亿级产业链 -> 产业链规模, 百亿级项目落地建设 -> 项目投资规模: the scale of what a class qualifies (``noun``); a
    class of sums qualifying projects sizes their investment (what is said of the projects after them names nothing,
    nor what is said of other works after their head: 千亿级开发区龙头引领作用 -> 开发区规模)."""
    heads = list(WORKS.finditer(noun))  # the last works word is the head (千亿级工程机械产业集群: 工程 qualifies it)
    noun = noun[:heads[-1].end()] if heads else noun
    cut = noun.find(_SCALE_WORD)
    if cut != -1:
        return noun[:cut] + _SCALE_WORD
    projects = noun.find(_PROJECTS)
    if sums and projects != -1:
        return noun[:projects + len(_PROJECTS)] + _INVESTED + _SCALE_WORD
    return noun + _SCALE_WORD


# (世界500强企业: a ranking's size; “绿水青山就是金山银山”实践创新基地: a quoted name is one word)
_NOUN_AFTER = re.compile(r"(?:“[^”,，;；。]{1,20}”|[^,，;；。:：、()《》0-9]|\d{2,4}强){1,16}")


def names_itself(text: str, end: int) -> bool:
    """Whether a noun of two characters or more follows the value ending at ``end`` (40件民生实事全面完成)."""
    return len(noun_after(text, end)) >= 2


def noun_after(text: str, end: int) -> str:
    end = past_quantities(text, end)
    if modifier := _HAVING.match(text, end):
        end = modifier.end()  # 10家具有核心竞争力的龙头企业: what has it is what is counted
    if (money := _MONEY_CLASS.match(text, end)) and len(classed := noun_after(text, money.end())) >= 2:
        return money.group(0) + classed  # 70个30亿元以上项目, 3个300亿级产业集群: the class is part of what is counted
    match = _NOUN_AFTER.match(text, end)
    found = match.group(0) if match else ""
    noun = "" if not found or (found[0] in words().not_noun_start and not found.startswith(_YEARLY)) or (
        found.startswith(words().not_noun_words)) else _cut_at_stop(found).replace("“", "").replace("”", "")
    if (not noun or _SCALE_CLASS.fullmatch(noun)) and (listed := _LISTED_CLASSES.match(text, end + len(noun))):
        return noun + noun_after(text, listed.end())  # 2个千亿级、11个百亿级…项目: the noun the classes share
    return noun


# 30亿元以上, 300亿级: a class of sums right after a count picks out the things counted
_MONEY_CLASS = re.compile("\\d+(?:\\.\\d+)?(?:万亿|亿|千万|万)元?(?:级|以上)")
_YEARLY = "年度"  # 45项年度民生实事工程: the year's programme, a noun (not 年均, 年底: times)
# 1个具有…Ⅲ级水平的省级儿童医学救治中心, 3个具有国际影响力的创新平台: a clause of what the counted things have
_HAVING = re.compile("(?:具有|具备|拥有)[^,，;；。:：、的]{1,24}的")


# 2个千亿级、11个百亿级投资规模的现代煤化工项目: scale classes listed before the noun they share
_SCALE_CLASS = re.compile("[一二三四五六七八九十百千]*(?:万亿|亿)级")
_LISTED_CLASSES = re.compile("(?:[、和及与](?:\\d+个)?[一二三四五六七八九十百千]*(?:万亿|亿)级)+")


def _cut_at_stop(noun: str) -> str:
    """The noun up to its first stop word outside quotes (省级“双高建设计划”院校: a quoted name is one word)."""
    pos = 0
    while found := words().noun_stops.search(noun, pos):
        if noun.rfind("“", 0, found.start()) <= noun.rfind("”", 0, found.start()):
            return noun[:found.start()]
        closing = noun.find("”", found.start())
        if closing == -1:
            return noun[:found.start()]
        pos = closing + 1
    return noun


SHORT_NOUN = 2
# 280万农牧民在城镇转移就业, 3处古树群纳入全国整体保护工程, 2个县创建为“国家卫生县城”: a noun of three characters or
# fewer after a count names too little too; what the clause says of it names what was counted (a longer noun only
# with what it won, reached or started, below)
_SHORT_COUNTED = 3
_NO_PREDICATE = "的和与及或等、"
# 47家县级医院共享三级医院服务, 10部文艺作品荣获文华奖、荷花奖, 6家企业入选2025西部企业…单位, 43个重点事项全部
# 上线运行: what a longer noun after a count won, reached or started names the things counted, with the noun (a
# year in it is no quantity; how completely they did it, 全部, names nothing)
_QUALIFYING_WORDS = "(?:入选|荣获|获评|获批|获(?![^,，。;；]{0,12}(?:表扬|肯定|通报))|晋级|共享|达到|创建为|完成|实施)"
_QUALIFYING = re.compile(  # (a praise won, 获应急管理部表扬, names nothing; 开工, 上线运行 need no object)
    _QUALIFYING_WORDS + "(?=[\u4e00-\u9fff“])|(?:开工|上线运行|上线)(?=[\u4e00-\u9fff“,，。;；]|$)")
_QUALIFIED = re.compile(_QUALIFYING_WORDS + "$")  # 6家企业入选2025…: the verb ends the noun before the year
_QUALIFYING_VERB = re.compile(_QUALIFYING_WORDS)
# 和6个科技创新团队, 19项成果: a next item of counted things, which what the clause says after it is said of too
_SHARED_PREDICATE = re.compile(
    "(?P<item>[和及与、]?\\d+[个名家所项支座处][^,，。;；:：、\\d和及与]{2,12}?)(?=" + _QUALIFYING_WORDS + ")")
_WON_LIST = re.compile("、(?=[^,，。;；:：、]{1,8}(?:奖|奖项|大奖|称号|荣誉)(?:[,，。;；:：]|$))")
_ADVERBS = re.compile("^(?:全部|全面|率先|基本|顺利|成功|均|已经|已|都|先后|相继|陆续)+")
_YEAR_INSIDE = re.compile("(?<!\\d)\\d{4}(?=[\u4e00-\u9fff])")
# 县(市、区), 州(市): the kinds of place a count of places covers, in brackets after the first
PLACE_KINDS = "[(（][市区县州旗盟特、]{1,6}[)）]"
_PLACE_KINDS = re.compile("^" + PLACE_KINDS)


def predicate(text: str, end: int, noun: str) -> str:
    """221条村率先全部达到干净整洁村标准, 21个学科进入ESI前千分之一, 280万农牧民在城镇转移就业: a short noun
    after a count names too little; what the clause says of it up to the clause's end names what was counted."""
    after = past_quantities(text, end)
    at = text.find(noun, after, after + NAME_CAP + len(noun))
    rest = text[at + len(noun):at + NAME_CAP + 1] if at != -1 else ""  # a longer predicate is refused below
    rest = _PLACE_KINDS.sub("", rest, count=1)  # 11个县(市、区)通过…: the kinds of place counted say nothing of them
    if (shared := _SHARED_PREDICATE.match(rest)) and not _QUALIFYING_VERB.search(noun):
        rest = rest[shared.end("item"):]  # 173名个人和6个科技创新团队入选“珠峰英才”计划: the list's predicate
    if len(noun) > _SHORT_COUNTED:  # (what was won may be a list: 获得国家、国际大奖 -> 获得国家和国际大奖)
        rest = _ADVERBS.sub("", _WON_LIST.sub("和", _YEAR_INSIDE.sub("", rest)))
        if not (_QUALIFYING.match(rest) or _QUALIFIED.search(noun) or _with_partner(_clause_of(rest))):
            return ""
    said = _clause_of(rest)
    if not said or (said[0] in _NO_PREDICATE and not _with_partner(said)) or len(said) > NAME_CAP - len(noun) or any(
            ch.isdigit() for ch in said):
        return ""
    return said


def _clause_of(rest: str) -> str:
    stop = OBJECT_END.search(rest)
    return rest[:stop.start()] if stop else rest


# 538所中小学与北京市学校结对办学, 70个县(市、特区)与省外三甲医院建立帮扶协作关系: what the things counted did with a
# partner (与/同 + who + a verb, to the clause's end) names them, as any predicate does
_PARTNER = ("与", "同")
_PARTNER_SHORTEST = 5
_NOUN_TAGS = ("n", "j")


def _with_partner(said: str) -> bool:
    """与北京市学校结对办学: a partner, then a verb ("与基地": a second thing counted, not a partner)."""
    if not said.startswith(_PARTNER) or len(said) < _PARTNER_SHORTEST:
        return False
    tags = [tag for _, tag in base_tokenizer().tagged_block(said[1:])]
    first_noun = next((i for i, tag in enumerate(tags) if tag.startswith(_NOUN_TAGS)), len(tags))
    return any(tag.startswith("v") for tag in tags[first_noun + 1:])


_CLASS_AFTER = re.compile(  # (and a grade or a size that picks out what is counted: 161个国家4A级以上旅游景区,
    r"\d+(?:\.\d+)?(?:千伏|kV|万?千瓦|万?吨)级?(?:和|与|及|、)?"  # 957个50户以上农村木质房屋连片村寨, 100所海拔
    # 1500米以上农村中小学幼儿园)
    r"|(?:国家)?\dA级(?:\(含\)|（含）)?(?:及)?以上|\d+户(?:及)?以[上下]|海拔\d+米(?:及)?以[上下]"
    r"|人口\d+万人?(?:及)?以[上下]的?")  # 9个人口20万以上的县: the places counted, by their size


def past_quantities(text: str, pos: int) -> int:
    """新建22个750千伏和330千伏电网工程: the noun counted starts after the classes that qualify it."""
    while match := _CLASS_AFTER.match(text, pos):
        pos = match.end()
    return pos


OBJECT_END = re.compile(r"[,，。;；、:：]|$")
_BRACKETED = re.compile(r"\([^()]*\)")
_DIGIT = re.compile(r"\d")


def object_after(text: str, end: int) -> str:
    """千伏楚庭等输变电工程: what a class (a voltage) qualifies is named after it, up to the clause's end."""
    if text[end:end + 1] in ("和", "与", "及", "、") and _CLASS_AFTER.match(text, end + 1):
        end = past_quantities(text, end + 1)  # 750千伏和330千伏电网工程
    stop = OBJECT_END.search(text, end)
    if stop and stop.group(0) == "、" and (head := _LISTED_HEAD.match(text, stop.end())):
        end, stop = head.end(), OBJECT_END.search(text, head.end())  # 750千伏定靖西、330千伏沣渭等输变电工程
    name = _BRACKETED.sub("", text[end:stop.start() if stop else len(text)]).replace("等", "")
    name = _DIGIT.split(name, maxsplit=1)[0]  # 电网工程16个: the count of the works is no part of their name
    return name[:NAME_CAP] if len(name) >= 2 else ""


# 330千伏果洛玉树第二回线路工程相继投运: what was done to the works a voltage classes names no part of them
_WORKS_DONE = re.compile("(?:相继|陆续|先后|全面|顺利)?(?:建成投运|竣工投运|建成投产|投运|投产|开工|竣工|建成)$")
_VOLTAGE_CLASS = "电压等级"


def voltage_class(text: str, end: int, metric: str) -> str:
    """500千伏楚庭输变电工程 -> 楚庭输变电工程电压等级: a voltage is the class of the works named after it (else
    of those the words before it name)."""
    works = _WORKS_DONE.sub("", object_after(text, end)) or metric
    return works + _VOLTAGE_CLASS if works and not works.endswith(_VOLTAGE_CLASS) else works


# the items of a list up to the 等 before the head they share (沣渭等输变电工程)
_LISTED_HEAD = re.compile("[^,，;；。:：]{1,30}?等(?=[\u4e00-\u9fff]{2})")


# 完成置换63万亩, 首期安排50亿元, 受益群众超20万人: a deed or the people who benefit, with no object of their own
_BENEFICIARIES = re.compile("(?:受益|惠及)(?:群众|人口|人数|农户)|(?:群众|农户)受益")
_DEED_LEAD = re.compile("^(?:完成|首期)")
_CJK_ONLY = re.compile("[\u4e00-\u9fff]+")
_NOT_CJK = re.compile("[^\u4e00-\u9fff]")

# jieba's nouns (place, organisation, person and other proper names, abbreviations), adjectives and distinguishing
# words: the tags of the words that can say which thing is meant (城镇棚户区住房|改造, 省级重点项目)
NOUN_TAGS = frozenset({"n", "ns", "nz", "nt", "nr", "j", "b", "a"})


def chinese_tail(text: str) -> str:
    """The run of Chinese characters that ends ``text`` (…，城镇棚户区住房 -> 城镇棚户区住房): the words jieba reads
    back from (a mark, a digit or a Latin letter ends them)."""
    return _NOT_CJK.split(text)[-1]


def bare_deed(name: str) -> str:
    """The deed of a name that is one verb of two characters (after 完成 or 首期), or the people who benefit: it names
    no object ("" for any other name)."""
    if _BENEFICIARIES.fullmatch(name):
        return name
    deed = _DEED_LEAD.sub("", name)
    tags = base_tokenizer().tagged_block(deed) if _CJK_ONLY.fullmatch(name) else []
    return deed if len(tags) == 1 and tags[0][1] == "v" and len(tags[0][0]) == 2 else ""


_WORD_REACH = 8  # how far back a cut may move to find the start of the word it falls in


def word_start(text: str, clause_start: int, cut: int, end: int) -> int:
    """``cut`` moved back to the start of the word it falls in, within the clause (一般公共预算收入: not 般…)."""
    if cut <= clause_start:
        return clause_start
    pos = span_start = max(clause_start, cut - _WORD_REACH)
    for word in base_tokenizer().lcut(text[span_start:end], HMM=False):
        if pos + len(word) > cut:
            return pos
        pos += len(word)
    return cut


# 530万宜城儿女, 1300多万绿城儿女: the sons and daughters of a place, called by its other name, are its people; the
# number counts its population (what the clause says they did names nothing)
_PLACE_PEOPLE = re.compile("[\u4e00-\u9fff]{2}[儿兒]女")
_POPULATION = "人口"


def people_of_place(text: str, end: int) -> str:
    """人口 for a count of a place's sons and daughters right after the number at ``end`` (530万宜城儿女), else ""."""
    return _POPULATION if _PLACE_PEOPLE.match(text, end) else ""
