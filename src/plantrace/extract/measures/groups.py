"""Counts that name the group a figure is taken over, not an output: 38个大类行业中32个实现增长 (of 38 industries,
32 grew), 11个设区市中,有9个… The group (38个…中) and the members of it that grew (中32个实现增长) are how a breadth
of growth is counted; the figure is the share (增长面84.2%).

The same goes for the other counts that say how a figure or a text is counted rather than what was done:
the parts of a text (3个方面, 6项指标中), the places or groups a statistic is taken over
(在全省21个地级以上市中居第7位), and a policy's name (出台“30条”).
"""

from __future__ import annotations

import re
from functools import cache

from plantrace.extract.measures.units import unit_table

_MEASURE_WORDS = "个個项項家所座条條"
_PICKED = r"[,，]?(?:有|共有|仅有|只有|已有)?"
_AMONG = "[^，,。；;、\\d]{1,12}?(?<![高初集其])中"  # (高中, 集中, 其中: no group)
# 38个大类行业中32个…: the group, then (right after 中) the count of its members
_GROUP = re.compile(f"{_AMONG}{_PICKED}(?=\\d|[一二三四五六七八九十两]{{1,3}}[{_MEASURE_WORDS}])")
_MEMBERS = re.compile(f"\\d+[{_MEASURE_WORDS}]{_AMONG}{_PICKED}$")
_REACH = 24  # the group is named this close before its members


# …中32个实现增长, 28個行業增加值實現增長: the members that grew, the parts of a breadth of growth (增长面); the
# members that met a standard (339个…城市中,218个城市环境空气质量达标) are an indicator of their own
_GREW = re.compile("[^，,。；;、\\d]{0,12}?(?:实现|保持)?正?增长")


def counts_a_group(text: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` is a group a figure is taken over, or the members of it that grew."""
    if "中" not in text[max(0, start - _REACH):end + _REACH]:  # speed only: both need it
        return False
    if _GROUP.match(text, end):
        return True
    return bool(_MEMBERS.search(text, max(0, start - _REACH), start)) and bool(_GREW.match(text, end))


_ASPECTS_BEFORE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[个大]方面$")


def counts_the_text(text: str, start: int, end: int, unit: str) -> bool:
    """9个方面工作, 6项指标, 民营经济30条政策措施: a count of parts of a text or a policy's name."""
    if not unit or unit_table().base_value(1.0, unit)[2] != "count":
        return False
    after = text[end:end + 7]
    cut = min((after.find(ch) for ch in "，,。；;、：:" if ch in after), default=len(after))
    if any(word in after[:cut] for word in unit_table().not_counted_before):  # 6项约束性指标
        return True
    if _ASPECTS_BEFORE.search(text, max(0, start - 8), start):
        return True  # 谋划了11个方面69项重点任务, 提出了11个方面42个重点工程
    if _LAID_OUT.search(text, max(0, start - _LAID_OUT_REACH), start) and _PLAN_PARTS.match(text, end):
        return True  # 包含9项重点任务、8个专栏; 确定了…等17个教育改革发展重点工程: the plan's own list of its works
    if _OF_THE_TEXT.search(text, max(0, start - _POLICY_REACH), start) or _of_the_indicators(text, start, unit):
        return True  # 11项主要经济指标中,有6项没有完成: the items of a count of the text's parts
    ahead = text[end:end + _POPULATION_REACH]
    if _counts_places_or_groups(text[max(0, start - _QUALIFIER):start], ahead) or counts_a_group(text, start, end):
        return True
    if _WORK_ITEMS.match(after) and not any(ch in "万亿" for ch in text[start:end]):
        # 今年重点做好11项工作, 十项重点工作, 23个专项行动, 35项重点课题研究: the parts of a programme (城中村1.2万套
        # 改造任务, 3万户改造任务: things counted in ten thousands are the task's size, not its parts)
        return True
    return _names_a_policy(text, end, unit)


def _of_the_indicators(text: str, start: int, unit: str) -> bool:
    """已达期末目标的指标有4项; 27项主要指标中,19项完成全年目标,8项不及预期 (the 8项 too): counts of indicators."""
    if _INDICATORS_NUMBER.search(text, max(0, start - _QUALIFIER_REACH), start):
        return True
    sentence = max(text.rfind(stop, 0, start) for stop in _SENTENCE_STOPS) + 1
    return any(m.group("unit") == unit for m in _AMONG_THE_PARTS.finditer(text, sentence, start))


def _counts_places_or_groups(before: str, ahead: str) -> bool:
    """31个省份, 6个调研组, 3个座谈会: places, groups and meetings are not outputs (but 拓展至22个省区市,
    完成15个县区…整治, 30个县区通过…评估 and 11个县（市、区）通过…, 5个县区被命名为… are)."""
    table = unit_table()
    after = ahead[:_NEAR]
    if _BREAK_OR_DIGIT.search(after[:_QUALIFIER]):
        return False
    if _starting_near(table.counted_nouns).match(after):
        return True
    place = _starting_near(table.counted_places).match(ahead)
    if place is None or place.end() > len(after):
        return False
    clause = after[:min((after.find(ch) for ch in "，,。；;" if ch in after), default=len(after))]
    achieved = ahead[place.end():].startswith((*table.population_verbs, "被"))  # the places did it
    return not (before.endswith(table.counted_reach) or achieved
                or any(verb in clause for verb in table.population_verbs))


@cache
def _starting_near(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``nouns`` starting within ``_QUALIFIER`` characters of the text's start (one regex, not a loop)."""
    return re.compile(f"(?s).{{0,{_QUALIFIER}}}(?:{'|'.join(re.escape(n) for n in nouns)})" if nouns else "(?!)")


_CLAUSE_BREAKS = "，,。；;：:、"
_OF_THE_TEXT = re.compile("(?:指标|方面|政策|措施|举措)中[,，]?(?:有|共有|仅有|只有)?$")
# 已达期末目标的指标有4项, 完成预期目标的指标将达到25个: a count of the indicators themselves
_INDICATORS_NUMBER = re.compile(r"指标[^，,。；;\d]{0,3}(?:有|共有|仅有|只有|达到|达|为)$")
# 27项主要指标中,19项完成全年目标,8项不及预期: each later count of the sentence in the measure word of the first
_AMONG_THE_PARTS = re.compile(
    rf"(?:指标|方面)中[,，](?:有|共有|仅有|只有)?(?:\d+|[一二三四五六七八九十]{{1,3}})(?P<unit>[{_MEASURE_WORDS}])")
_SENTENCE_STOPS = "。；;!！?？"
# 《规划》包含9项重点任务、8个专栏, 还确定了教育现代化推进工程等17个教育改革发展重点工程: a verb saying what a text
# lays out, then (in the same clause) a count of its boxes or of the works it lists, are the text's parts; a count
# of works done or started (新开工建设36项重点工程, 实施重大项目120个) is a quantity
_LAID_OUT = re.compile("(?:提出|确定|包含|设置|谋划)了?[^，,。；;：:]{0,14}$")
_LAID_OUT_REACH = 17
_PLAN_PARTS = re.compile("[^，,。；;：:、\\d]{0,12}?(?:专栏|重点工程|重大工程)")
_WORK_ITEMS = re.compile("[“\"]?[\u4e00-\u9fff]{0,2}?(?:工作|任务|行动|课题|维度)(?![站室组队日者书计点])")
_QUALIFIER_REACH = 8  # 指标 stands this close before the count of them (指标将达到25个)
_NEAR = 7  # the place or group counted, and a verb of what it did, stand this close after the count
_QUALIFIER = 2  # 12个重点调研组: a qualifier this long may stand between a count and its noun
_BREAK_OR_DIGIT = re.compile(r"[，,。；;：:、\d]")
_POPULATION_REACH = 30  # 在全省21个地级以上市中居第7位: the group a statistic is taken over is named this close


def counts_a_population(text: str, start: int, end: int, unit: str) -> bool:
    """全国339个地级及以上城市PM2.5平均浓度为43微克/立方米, 3641个国家地表水考核断面中, 在全省21个地级以上市中
    居第7位: a count of the places or monitoring points a statistic is taken over names that group, it
    is not a quantity of its own: the counted noun is followed by 中, or it is a place or monitoring
    class and its clause goes on to the statistic's own value."""
    if not unit or unit_table().base_value(1.0, unit)[2] != "count":
        return False
    after = text[end:end + _POPULATION_REACH]
    clause = after[:min((after.find(ch) for ch in _CLAUSE_BREAKS if ch in after), default=len(after))]
    if _POPULATION_GROUP.match(clause) or (_TOTALLED.match(clause) and any(ch.isdigit() for ch in clause[1:])):
        return True
    if _RATE_OF_GROUP.match(clause):
        return True  # 15个重点事项审批时限压缩70%, 22条重点入黄排水沟整治率达100%: the items a rate is taken over
    if _ALL_PROVINCES.match(after) and (_NATIONWIDE.search(text, max(0, start - 3), start) or _EVERY_PROVINCE.match(
            text, start)):
        return True  # 全国31个省、自治区、直辖市, 覆盖全国31个省区市, (包括31个省、…): the country's provinces
    if text[max(0, start - 2):start].endswith(unit_table().counted_reach):
        return False  # 过境免签扩展到9个州（市）并延长至240小时: the places reached are what was counted
    place = _population_place().match(clause)
    if place is None or any(verb in place.group(0) for verb in unit_table().population_verbs):
        return False  # 12个地块纳入广州市…: a verb before the place, so the place is not what was counted
    rest = after[len(clause):]
    totalled = rest[:1] in ("，", ",") and rest[1:2] in ("共", "合")  # 39个重点旅游城市,共接待游客近1.12亿人次
    # 10个…国省控断面、17个…水源地水质达标率均实现100%: a list of groups (each ends with its place), then the rate
    listed = rest[:1] == "、" and _BRACKETED_END.sub("", clause).endswith(tuple(unit_table().population_places))
    # (a list of groups is read to its clause's end, past the reach: the value of the groups may come late)
    whole = text[end + len(clause):]
    tail = rest if totalled else _SENTENCE_PART.match(whole).group(0) if listed else ""  # type: ignore[union-attr]
    return any(ch.isdigit() for ch in _without_listed_counts(clause[place.end():] + tail))


def _without_listed_counts(rest: str) -> str:
    """新增5个国家生态文明示范区、3个实践创新基地, 76个万亩以上灌区、795个中小型水库: the next item of a list of
    counts of things is no value of the group before it (a rate or amount after the group still is, and so is
    the next group of a list of groups: 10个…国省控断面、17个…水源地水质达标率均实现100%, when a value of the
    groups follows the list; 对7个城市及其他22个县级及以上城市、13个…县城开展攻坚 counts places and nothing else)."""
    def drop(match: re.Match[str]) -> str:
        item = rest[match.start("unit"):]
        group = _population_place().match(_ITEM.match(item).group(0))  # type: ignore[union-attr]
        if group is not None:
            return match.group(0) if any(ch.isdigit() for ch in _without_listed_counts(rest[match.end():])) else ""
        return match.group(0) if not _is_count(match.group("unit")) else ""
    return _LISTED_COUNT.sub(drop, rest)


def _is_count(words: str) -> bool:
    """个实践…, 场次…: the measure word that opens ``words`` (two characters or one) counts things."""
    return any(unit_table().base_value(1.0, words[:size])[2] == "count" for size in (2, 1))


_LISTED_COUNT = re.compile(r"[、和及与](?:其他|其余|另外)?\d+(?:\.\d+)?[多余]?(?P<unit>[\u4e00-\u9fff]{1,2})")
_ITEM = re.compile("[^、，,。；;]*")
_NATIONWIDE = re.compile("全国$")
_EVERY_PROVINCE = re.compile("31个省")  # all the mainland's provinces, whoever names them
_SENTENCE_PART = re.compile("[^，,。；;]*")
_BRACKETED_END = re.compile(r"[(（][^()（）]{1,4}[)）]$")  # 7个县(区): the place before its qualifier
# 75个4A级(含)以上旅游景区共接待游客633.77万人次, 500家…创建单位共接待中外游客18亿人次: what the group did together
_TOTALLED = re.compile(r"[^，,。；;]{1,24}?(?:共|合计)(?:接待|完成|实现|获得|吸纳|带动|投资|拉动|减少|增加|新增|提供)")
_ALL_PROVINCES = re.compile(r"省(?:、|区市|\(区、市\)|（区、市）|份、)")
_POPULATION_GROUP = re.compile(r"[^\d]{1,24}?中(?:$|居|排|位列|名列)")
# …or whose clause goes on to a rate or a time limit of theirs, in percent or as a fraction (10种有色金属产量占…超1/10)
_RATE_OF_GROUP = re.compile(  # (or a share of theirs: 14个重点产业产值占…总产值的80%以上; 10家省实验室余杭占4席)
    r"[^\d]{1,20}?(?:(?:(?:率|时限|比例|占比)[^\d]{0,4}|(?:产值|增加值|收入|总量|产量)占[^\d]{1,16})\d+(?:\.\d+)?(?:%|％|/\d+)"
    r"|占\d+席)")


# a place word that only qualifies the noun counted names no place: 250个社区健身路径, 3家省实验室, 5个专业市场,
# 5个国家区域医疗中心 (区域 is a region, not a district)
_MODIFIER_PLACE = {
    "区": "(?<![社园小街校片厂矿])区(?!域)", "省": "省(?!实验|级|属|直)", "市": "市(?!场|民|值|级|属|直)",
}


@cache
def _population_place() -> re.Pattern[str]:
    places = "|".join(_MODIFIER_PLACE.get(p, re.escape(p))
                      for p in sorted(unit_table().population_places, key=len, reverse=True))
    return re.compile(f"(?:[^\\d]|\\d(?=[A-Za-z级]))*?(?:{places})(?:[(（][^()（）]{{1,4}}[)）])?")


_POLICY_END = re.compile(r"$|[，,。；;、：:”」）)等]")
_POLICY_REACH = 24  # the verb of issuing stands this close before the count


def _names_a_policy(text: str, end: int, unit: str) -> bool:
    """出台稳经济30条、稳外贸20条等政策: a count of articles that ends its clause after a verb of issuing."""
    table = unit_table()
    if unit not in (*table.policy_units, *table.policy_noun_units) or not _POLICY_END.match(text, end):
        return False
    window = text[max(0, end - _POLICY_REACH):end]
    window = window[max(window.rfind(ch) for ch in "，,。；;：:") + 1:]
    if not any(verb in window for verb in table.policy_verbs):
        return False
    if unit in table.policy_units:
        return True
    number = re.search(r"[\d.]+" + re.escape(unit) + "$", window)  # 出台稳增长政策32项
    head = window[:number.start()] if number else window
    return unit in table.policy_noun_units and head.endswith(table.policy_nouns)


# the values of a list before the circle they name: 城市15分钟、农村30分钟卫生服务圈
_LISTED_VALUE = "、[^，,。；;：:、\\d]{0,4}(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十半两]+)[^，,。；;：:、\\d]{1,2}?"


@cache
def _circle_after() -> re.Pattern[str]:
    table = unit_table()
    ends = "|".join(re.escape(end) for end in table.circle_ends) or "(?!)"
    return re.compile(f"(?:{_LISTED_VALUE})*[^，,。；;：:、！？!?\\d]{{0,{table.circle_reach}}}?(?:{ends})")


def names_a_circle(text: str, end: int, unit: str) -> bool:
    """Whether the time or distance ending at ``end`` names a circle or zone (构建1小时通勤圈, 步行1公里社区生活圈,
    城市15分钟、农村30分钟卫生服务圈): part of the circle's name, not a quantity."""
    table = unit_table()
    if not any(end_word in text[end:end + 3 * table.circle_reach] for end_word in table.circle_ends):
        return False  # a cheap first look, and a bound: a list of more values than fit in 3 × reach is not read
    if table.base_value(1.0, unit)[2] not in table.circle_dimensions:
        return False
    return bool(_circle_after().match(text, end))
