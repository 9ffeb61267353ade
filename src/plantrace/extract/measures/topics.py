"""Names that say what was measured but not of what: the subject is named before them in their sentence.

对口援青和东西部协作持续深化,落实资金27.3亿元,实施项目681个: the clause before states how a subject fares
and the values after it measure that subject (对口援青和东西部协作落实资金); 地方一般公共预算收入增长2.3%、
支出首次超过7000亿元: 支出 is the expenditure of the budget whose revenue the sentence named first.
"""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.drafts import Draft
from plantrace.extract.measures.metric import canonical, clean_name
from plantrace.extract.measures.nouns import noun_after
from plantrace.extract.measures.rules import kind_rule
from plantrace.extract.measures.units import unit_table
from plantrace.segmentation import base_tokenizer

# a name that is only one of these (after a verb of doing) measures something named before it
_BARE = re.compile(
    "^(?:落实|实施|完成|实现|累计|新增|下达|争取|投入|拨付|安排|发放|签约|引进|开工|新开工|共|共计)?"
    "(?:资金|项目|投资|总投资|增加值|产值|总产值|营业收入|利润|利税|进出口额|进出口值|进出口总额|交易额|接待|接待游客|保费)$")
# 对口援青和东西部协作持续深化, 金融业活力凸显, …进出口继续保持增长势头: a subject and how it fares
_FARES = re.compile(
    "^(?P<topic>[^,，:：;；。\\d]{2,20}?)(?:持续|继续|不断|稳步|加快|加速|进一步|深入|全面|保持|活力|成效|(?:经济)?效益|势头|态势"
    "|呈现|有力|扎实|大幅|明显|显著|平稳|稳定|良好|向好|提质|提速|增势|凸显|彰显|亮眼|强劲|迅猛|蓬勃|日益|更加)"
    "[^,，:：;；。\\d]{0,12}$")
# 将学生意外伤害责任保险从义务教育阶段扩大到高中阶段…,保费由每生每年5元提高至10元: what 将 moves is the subject
_MOVED = re.compile(
    "^(?:\\d{1,2}[.．、]|[一二三四五六七八九十]+是)?将(?P<topic>[^,，:：;；。\\d]{2,20}?)(?:从|由|纳入|扩大|提高|延伸|延长|覆盖)")
# 地方一般公共预算收入增长2.3%、支出首次超过7000亿元: the other side of a named account
_SIBLINGS = {"支出": "收入", "进口": "出口"}
# 实施更加积极的就业政策: a clause that opens with a task has no subject of its own
_TASK = re.compile("(?:实施|推进|推动|加快|加强|深化|扩大|优化|完善|坚持|落实|开展|组织|建设|打造|实行|出台|强化|提升)")
_ALREADY = re.compile("^(?:其中|同时|此外|另外|全年|前三季度|上半年)$")
# 调度推进重大产业项目，开工项目超1万个; 部区共建内蒙古牛羊肉交易中心，力争交易额达到100亿元; 开展清洁能源集中供暖试点，
# 受益群众超20万人: a task's object that is a thing (a project, a centre, a programme, a pilot) is what the bare name
# after it measures
_TASK_OBJECT = re.compile(
    "(?:推进|推动|建设|共建|实施|打造|培育|启动|谋划|储备|开展)(?P<topic>[^,，:：;；。、等\\d]{2,20}?"
    "(?:项目|工程|中心|基地|园区|平台|计划|行动|试点))$")
# 受益群众超20万人, 新增受益学生25.48万人: who benefited, not from what
_BENEFITED = re.compile("^(?:新增)?受益[\u4e00-\u9fff]{1,4}$")
# 开户, 置换: a name this short says what was done, not of what
_SHORT_NAME = 2


# 分别发行1万亿元、1.3万亿元超长期特别国债, 中央财政新增47亿元专项补助资金: a sum given, issued or set aside is
# named by what it is, after it (the verb before it names nothing)
_GIVEN = re.compile(
    "(?:发行|安排|拿出|提供|下达|拨付|筹集|投入|发放|争取|兑付|兑现|新增|追加|募集)(?:了)?(?:分别)?(?:约|近|超过|超|逾)?$")
_GIVEN_REACH = 12
_LISTED = ("、", "和", "及", "与")
# 安排109亿元资金支持再就业: what the sum is for is no part of its name
_PURPOSE = re.compile("(?<=..)(?:支持|用于|帮助|解决|推动|促进|保障|予以).*$")
_AMOUNTS = frozenset({"money", "mass", "volume", "energy", "energy_electric", "area", "length"})


def given_things(text: str, drafts: list[Draft]) -> None:
    """分别发行1万亿元、1.3万亿元超长期特别国债 -> 超长期特别国债 (twice): the values of a list after a verb of
    giving or issuing are named by the noun after its last value (安排384亿元救灾款和740亿元恢复重建资金: each
    its own)."""
    i, given = 0, False
    while i < len(drafts):
        j = i
        while j + 1 < len(drafts) and text[drafts[j].hit.end:drafts[j + 1].hit.start] in _LISTED:
            j += 1
        draft = drafts[i]
        clause_start, _ = C.clause_bounds(text, draft.hit.start)
        verb = _GIVEN.search(text, max(clause_start, draft.hit.start - _GIVEN_REACH), draft.hit.start)
        given = unit_table().base_value(1.0, draft.hit.unit)[2] in _AMOUNTS and (given or verb is not None)
        noun = _thing_after(text, drafts[j].hit.end) if given else ""
        if verb is not None and len(noun) == 2:  # 中央财政拟投入420亿元资金: whose funds, when only 资金 says what
            noun = _giver(text[clause_start:verb.start()]) + noun
        for k in range(i, j + 1):
            drafts[k].metric = noun or drafts[k].metric
        given = bool(noun) and j + 1 < len(drafts) and (
            text[drafts[j].hit.end:drafts[j + 1].hit.start] in {noun + joiner for joiner in _LISTED})
        i = j + 1


_THING = re.compile("[^,，;；。:：、()（）\\[\\]【】“”\"\\s\\d和及与或]{2,16}")
_NOT_THING = re.compile(
    "(?:用于|对|的|以上|以下|左右|以内|支持|帮助|专门|主要|其中|为|是|等|办好|设立|实施|开展|建设|推进)")


_APPROVER = re.compile(".*(?:同意|决定|批准|支持)")  # 国务院同意地方发行…债券: 地方
_GIVER_ADVERBS = re.compile("(?:拟|将|再|还|今年|已|共|累计)+$")


def _giver(words_before: str) -> str:
    """中央财政拟 -> 中央财政: who gives a sum, when the words before its verb name one ("" otherwise)."""
    giver = _APPROVER.sub("", words_before)
    giver = clean_name(_GIVER_ADVERBS.sub("", giver))
    return giver if 2 <= len(giver) <= _GIVER_LONGEST and not _TASK.match(giver) else ""


_GIVER_LONGEST = 8
_VERB = 2


def _thing_after(text: str, end: int) -> str:
    """超长期特别国债 after 1.3万亿元, 资金 after 109亿元 (支持再就业 cut off): what a sum given is, or ""."""
    found = _THING.match(text, end)
    if found is None or _NOT_THING.match(found.group(0)):
        return ""
    thing = _PURPOSE.sub("", found.group(0))
    return thing if len(thing) >= 2 else ""


# 时速350公里的南珠高铁南玉段, 涉及10.5万人的保交房任务, 全长156公里的沿江高速: a value opening its clause with a
# word of its own, then 的 and a noun, measures that word of the noun
_OF_AFTER = re.compile("(?:多|余)?的")
_ATTRIBUTE = (2, 3)
_INVESTMENT = "投资"


def attributes_of_after(text: str, drafts: list[Draft]) -> None:
    """时速350公里的南珠高铁南玉段 -> 南珠高铁南玉段时速: a short name that is all its clause says before the value
    measures the thing named after the value's 的."""
    for draft in drafts:
        name = draft.metric
        if not _ATTRIBUTE[0] <= len(name) <= _ATTRIBUTE[1] or name.endswith(_INVESTMENT) or not (
                of := _OF_AFTER.match(text, draft.hit.end)):
            continue  # (总投资…的: pairing.invested_projects names the projects)
        clause_start, _ = C.clause_bounds(text, draft.hit.start)
        if clean_name(text[clause_start:draft.hit.start]) != name:
            continue  # (the clause says more: 全区有…的, 达到…的)
        thing = noun_after(text, of.end())
        if len(thing) >= _ATTRIBUTE[0]:
            draft.metric = thing + name


def topic_names(text: str, drafts: list[Draft]) -> None:
    """Give a bare name (落实资金, 增加值, 保费, 支出) the subject its sentence named before it."""
    topic: tuple[int, str] = (-1, "")  # (sentence start, subject) found for an earlier value
    for i, draft in enumerate(drafts):
        if not draft.metric:
            draft.metric = _fared_before(text, drafts, i)
            continue
        sibling = draft.metric in _SIBLINGS
        if not sibling and not _bare(text, draft):
            continue  # most values: no sentence to find
        sentence_start, _ = C.sentence_bounds(text, draft.hit.start)
        if sibling:
            draft.metric = _sibling(text, drafts, i, sentence_start) or draft.metric
            continue
        subject = topic[1] if topic[0] == sentence_start else _topic_before(text, draft.hit.start, sentence_start)
        if subject:
            draft.metric = _joined(subject, draft.metric)
            topic = (sentence_start, subject)


def _fared_before(text: str, drafts: list[Draft], i: int) -> str:
    """三次产业结构进一步优化，调整为8.3∶41.4∶50.3: a value whose clause names nothing, right after a clause without a
    value that says how a subject fares, measures that subject ("" otherwise: the value before names it)."""
    clause_start, _ = C.clause_bounds(text, drafts[i].hit.start)
    end = clause_start - 1
    if end <= 0 or text[end] not in ",，":
        return ""
    start = C.last_of(text, _STOPS, 0, end) + 1
    if i and drafts[i - 1].hit.end > start:
        return ""  # (增长9.1%，…: a value in that clause)
    found = _FARES.match(text[start:end].strip())
    topic = _clean_topic(found.group("topic")) if found and not _TASK.match(found.group("topic")) else ""
    return topic if topic and _ends_with_noun(topic) else ""  # (经济运行稳中向好: 稳中 says how, not what)


def _ends_with_noun(phrase: str) -> bool:
    return base_tokenizer().tagged_block(phrase)[-1][1].startswith(("n", "vn"))


_STOPS = ",，:：;；。"


def _bare(text: str, draft: Draft) -> bool:
    """落实资金, 交易额, 开户: a name that says what was done or counted but not of what (a value followed by a noun,
    打造150个和美乡村, 12个地块纳入…, is named by that noun)."""
    name = draft.metric
    if _BARE.match(name) or _BENEFITED.match(name):
        return True
    after = text[draft.hit.end:draft.hit.end + 1]  # (12个地块纳入…: the thing counted names itself)
    return 0 < len(name) <= _SHORT_NAME and canonical(name) is None and not "\u4e00" <= after <= "\u9fff"


def _sibling(text: str, drafts: list[Draft], i: int, sentence_start: int) -> str:
    """支出 after 地方一般公共预算收入 in one sentence -> 地方一般公共预算支出 ("" when none is named)."""
    other = _SIBLINGS[drafts[i].metric]
    for prev in reversed(drafts[:i]):
        if prev.hit.start < sentence_start:
            break
        if prev.metric.endswith(other) and len(prev.metric) > len(other):
            return prev.metric[:-len(other)] + drafts[i].metric
    return ""


def _topic_before(text: str, pos: int, sentence_start: int) -> str:
    """The subject of the clause before the one holding ``pos`` in its sentence, when that clause only says
    how the subject fares (or what 将 moves), else ""."""
    clause_start, _ = C.clause_bounds(text, pos)
    listed = C.last_of(text, "、", clause_start, pos)
    if listed != -1 and (fares := _FARES.match(text[clause_start:listed].strip())):  # 个人养老金制度全面实施、开户…
        return _clean_topic(fares.group("topic")) if not _TASK.match(fares.group("topic")) else ""
    end = clause_start - 1
    while end > sentence_start:
        start = max(sentence_start, C.last_of(text, ",，:：", sentence_start, end) + 1)
        clause = text[start:end].strip()
        if not _ALREADY.match(clause):
            found = _FARES.match(clause) or _MOVED.match(clause)
            if found is None and (task := _TASK_OBJECT.search(clause)):
                return _clean_topic(task.group("topic"))
            return _clean_topic(found.group("topic")) if found and not _TASK.match(found.group("topic")) else ""
        end = start - 1
    return ""


_QUOTES = re.compile("[“”\"‘’]")


def _clean_topic(topic: str) -> str:
    topic = clean_name(_QUOTES.sub("", topic))
    return topic if len(topic) >= 2 else ""


def _joined(subject: str, name: str) -> str:
    """对“一带一路”沿线国家和地区进出口 + 进出口额 -> …进出口额: words both end and start with are said once; a
    name that is a verb and the subject's own head (重大产业项目 + 开工项目) is that verb of the subject."""
    for size in range(len(name) - 1, 1, -1):
        if subject.endswith(name[-size:]) and len(name) - size <= _VERB:
            return name[:-size] + subject
    for size in range(min(len(subject), len(name)), 1, -1):
        if subject.endswith(name[:size]):
            return subject + name[size:]
    return subject + name


# 全省100%、90%、65%的县(市、区)分别建成二甲以上的公立综合医院、中医院和妇幼保健院: a list of shares of one whole
# that 分别 does as many things is each thing's share of the whole
_SHARES_OF_WHOLE = re.compile(
    "的(?P<whole>[^,，;；。:：\\d]{1,16}?)分别(?P<verb>[\u4e00-\u9fff]{2})(?P<things>[^,，;；。:：\\d]{2,60})")
_THINGS_SPLIT = re.compile("[、和及与]")


def respective_shares(text: str, drafts: list[Draft]) -> None:
    """100%、90%、65%的县(市、区)分别建成…公立综合医院、中医院和妇幼保健院 -> 建成二甲以上公立综合医院的县(市、区)比例,
    建成中医院的县(市、区)比例, …: each share of a list is the share of the whole that did its thing."""
    i = 0
    while i < len(drafts):
        j = i
        while j + 1 < len(drafts) and text[drafts[j].hit.end:drafts[j + 1].hit.start] in ("、", "和", "及", "与"):
            j += 1
        group = drafts[i:j + 1]
        i = j + 1
        if len(group) < 2 or any(d.hit.unit not in ("%", "％") for d in group):
            continue
        found = _SHARES_OF_WHOLE.match(text, group[-1].hit.end)
        things = [t.replace("的", "") for t in _THINGS_SPLIT.split(found.group("things"))] if found else []
        if found is None or len(things) != len(group) or any(len(t) < 2 for t in things):
            continue
        for draft, thing in zip(group, things, strict=True):
            draft.metric = found.group("verb") + thing + "的" + found.group("whole") + "比例"
            draft.kind, draft.rule = "share", kind_rule("share")


# 将财政科技资金80%以上投入“六大产业基地”等领域, 一般公共预算支出3.4万亿元，74%以上用于民生, 每年将75%以上的财力用于
# 民生: a percentage put to a use is the share of the whole (said after its 的, before it after 将, or by the value
# before it in its sentence) that goes to that use
_PUT_TO_USE = re.compile(
    "(?:的(?P<whole>[^,，;；。:：、\\d的]{1,8}?))?(?P<use>(?:用于|投入|投向|用在)[^,，;；。:：\\d]{2,20}?)(?=$|[,，;；。:：])")
_PUT_BY = re.compile("^(?:每年|今年|全年|累计)?(?:将|把)")
_PERCENT = ("%", "％")


def shares_put_to_use(text: str, drafts: list[Draft]) -> None:
    """74%以上用于民生 after 一般公共预算支出3.4万亿元 -> 一般公共预算支出用于民生比例: the share of a whole put to a
    use."""
    for i, draft in enumerate(drafts):
        found = _PUT_TO_USE.match(text, draft.hit.end) if draft.hit.unit in _PERCENT else None
        if found is None:
            continue
        clause_start, _ = C.clause_bounds(text, draft.hit.start)
        whole = found.group("whole") or clean_name(_PUT_BY.sub("", text[clause_start:draft.hit.start].strip()))
        if not whole and i and drafts[i - 1].hit.start >= C.sentence_bounds(text, draft.hit.start)[0]:
            whole = drafts[i - 1].metric  # (一般公共预算支出3.4万亿元，74%以上用于民生)
        if len(whole) >= 2:
            draft.metric = whole + found.group("use").replace("“", "").replace("”", "") + "比例"
            draft.kind, draft.rule = "share", kind_rule("share")


# 统筹4416.6亿元支持巩固拓展脱贫攻坚成果和乡村全面振兴, 筹资11.5亿元建成自治区疾控中心…: a sum named only by the
# verb that raised or spent it is named by what it was spent on, said after it to the clause's end (a purpose with a
# number of its own, 投入187亿元办好“28+10”项民生实事, is left to the verb); a purpose that counts the things built
# (投资250亿元建设现代煤化工、…等4个绿电园区, 将投入3700亿元建设1355个省重点项目) is named by them, not by their count
_SPENT = re.compile("(?:将|拟)?(?P<verb>(?:投资|投入|统筹|筹资|筹措|安排|拨付|下达)(?:资金)?)")
_SPENT_FOR = "(?:用于|支持|建成|建设|办好|实施|帮助)"
_SPENT_ON = re.compile(_SPENT_FOR + "[^,，;；。:：\\d]{2,40}?(?=$|[,，;；。:：])")
_BUILT_COUNTED = re.compile(f"(?P<deed>{_SPENT_FOR})[^,，;；。:：\\d]{{0,40}}?\\d+[个项座所家条处]"
                            "(?P<things>[^,，;；。:：、\\d]{2,20}?)(?=$|[,，;；。:：、])")


def spent_on(text: str, drafts: list[Draft]) -> None:
    """统筹4416.6亿元支持巩固拓展… -> 统筹支持巩固拓展…: the purpose a bare sum was raised or spent for names it."""
    for draft in drafts:
        spent = _SPENT.fullmatch(draft.metric)
        if spent is None or unit_table().base_value(1.0, draft.hit.unit)[2] != "money":
            continue
        if purpose := _SPENT_ON.match(text, draft.hit.end):
            draft.metric = spent.group("verb") + purpose.group(0)
        elif built := _BUILT_COUNTED.match(text, draft.hit.end):
            draft.metric = spent.group("verb") + built.group("deed") + built.group("things")
