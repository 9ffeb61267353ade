"""A rank's name says what is ranked and where: 出口额 ranked 第四 in the province is 出口额全省排名, not 出口额 (a
rank is no value of the indicator it ranks). :func:`rank_metric` cuts the indicator out of the words before a rank
(split from metric.py); :func:`name_ranks` adds the field and 排名 once the line's names are settled."""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.drafts import Draft
from plantrace.extract.measures.hit import Hit
from plantrace.extract.measures.metric import clean_name
from plantrace.extract.measures.rules import rule
from plantrace.extract.measures.scope import ANNUAL

# 副省级城市, 15个副省级城市, 计划单列市: the group of peers a city is ranked among (not a field starting 全…)
RANKED_AMONG = "(?:\\d{1,2}个)?(?:副省级城市|计划单列市|省会城市|同类城市|地级及以上城市|地级以上城市|中部六省)"
_RANK_FIELD = re.compile(
    "(?:从|由)?(?:中国)?(?:(?:全国|全省|全区|全市|全州|全盟|全县|全球|世界|西北|西南|东北|中西部|西部|东部|中部)(?:同类城市|省会城市|城市)?)?$")
_RANK_VERB_FIELD = re.compile(
    "(?:跃居|位居|稳居|居于|居(?!民)|位列|名列|排在|跃升至|上升至|升至|跃升到|上升到|进入|保持|跻身|获得?)"
    "(?:(?:全国|全省|全区|全市|全州|全盟|全县|全球|世界|国内|省内|西北|西南|东北|中西部|西部|东部|中部)"
    "(?:同类城市|省会城市|大中城市|城市|省级财政|县域)?|" + RANKED_AMONG + ")$")
# 获评德州市科学发展综合考评 (第一名), 在…考核中获 (第二名): the award verb names nothing, the ranking does
_AWARDED = re.compile("^.*(?:获评|荣获|被评为)(?=[\u4e00-\u9fff]{2})|(?<=中)(?:获得?|荣获|夺得)$")
# 由2012年的73位跃升至51位: a rank verb alone
_RANK_VERB_ONLY = re.compile("(?:跃升|上升|提升|攀升|升|跌|下降|下滑|降|后退|前移|后移)(?:至|到)?|进位|退位")
# 增量居副省级城市第2, 总量居全省第3位: a rank named only by what of an indicator it ranks takes the indicator said
# before it (新登记经营主体…增量, 社会消费品零售总额…总量)
_RANKED_IN = re.compile("在(?:全国|全省|全区|全市|全州|全盟|全县|全球|世界|国内|省内)(?:的)?(?:排名|位次)?$")
_RATE_ONLY = frozenset({"增速", "增幅", "涨幅", "总量", "增量", "规模"})


# 在全省21个地级以上市中居第7位, 珠三角9市中居第1位: the group ranked in, not the indicator ranked
_RANK_GROUP = re.compile("^在?[^,，;；。]*中$")
_RANKING_IN_GROUP = re.compile("在?([\u4e00-\u9fff]{2,16}?(?:排名|排行榜?|榜单|考核|考评|评价|测评))中$")
_NAMED_IN_GROUP = re.compile("^([^,，;；。在]{2,})在[^,，;；。]*中$")


def rank_metric(metric: str) -> str:
    """产品产能全国 (…全国第一): a rank's indicator without the field it is ranked in; a rank named by
    its group only (在…中居第7位) has no indicator of its own and takes its sentence's."""
    inside = _NAMED_IN_GROUP.match(metric)
    if inside:  # 总量在全省91个县(市)中: the indicator before the group ranked in
        return inside.group(1)
    if _RANK_GROUP.match(metric):  # …unless the group is a ranking of its own (在16个县市区经济指标综合排名中)
        named = _RANKING_IN_GROUP.search(metric)
        return named.group(1) if named else ""
    if _RANK_VERB_ONLY.fullmatch(metric):  # 由2012年的73位跃升至51位: the verb names nothing
        return ""
    if _AWARDED.search(metric):  # 齐河已连续10年获评德州市科学发展综合考评 (第一名), …考核中获 (第二名): the ranking
        awarded = clean_name(_AWARDED.sub("", metric))
        if len(awarded) >= 2:
            return rank_metric(awarded) if awarded.endswith("中") else awarded
    ranked_in = _RANKED_IN.search(metric)
    if ranked_in:  # 总量在全国排名 (有望上升至第20位): the indicator before the field it is ranked in
        name = clean_name(metric[:ranked_in.start()])
        return "" if name in _RATE_ONLY else name
    moved = _RANK_VERB_FIELD.search(metric)
    if moved:  # 跃居全国省级财政 (…第一), 上升至国内城市 (…第三位): the verb and the field it reached name nothing
        name = clean_name(metric[:moved.start()])
        if name.endswith("中"):  # 在法治广东建设考评中获全省 (第1): the ranking it is placed in
            return rank_metric(name)
        return "" if name in _RATE_ONLY else name
    stripped = _RANK_FIELD.sub("", metric, count=1)
    return clean_name(stripped) if stripped != metric else metric


# the field a rank is held in, said before it in its clause (居全省第3位, 连续5年保持西北第一, 跃居全国省级财政第一)
_FIELD = re.compile(
    "(?:全国|全省|全区|全市|全州|全盟|全县|全球|世界|国内|省内|西北|西南|东北|中西部|西部|东部|中部)"
    "(?:同类城市|省会城市|省级财政|县域|城市)?|" + RANKED_AMONG)
# a name that already names a ranking (全球创新指数排名, 仙桃赛迪百强县榜单, 全国县域经济百强)
_RANKING_NAME = re.compile("(?:排名|位次|名次|排行榜?|榜单|百强[县区市]?|十强[县区市]?|强县|行列|\\d{1,3}强)$")
_FIELD_REACH = 12  # the field is said this close before the rank


def name_ranks(text: str, drafts: list[Draft]) -> None:
    """产品产能 (…全国第一) -> 产品产能全国排名, 利用率 (连续5年保持西北第一) -> 利用率西北排名: a rank's name is
    what it ranks, the field its clause names before it and 排名, unless the name is a ranking already."""
    for draft in drafts:
        if draft.kind == "rank":  # “健康中国行动”考核 (居西部第一): the quotes a name was cut from name nothing
            draft.metric = draft.metric.replace("“", "").replace("”", "")
        if draft.kind != "rank" or not draft.metric or _RANKING_NAME.search(draft.metric):
            continue
        clause_start, _ = C.clause_bounds(text, draft.hit.start)
        fields = list(_FIELD.finditer(text, max(clause_start, draft.hit.start - _FIELD_REACH), draft.hit.start))
        field = fields[-1].group(0) if fields else ""
        draft.metric = draft.metric + ("" if field in draft.metric else field) + "排名"


# 21个学科进入ESI前千分之一, 入选ESI全球排名前1%的学科, ESI千分之一学科: the cut of a ranking a thing is in, a
# threshold (kind other, at most that share of the ranked, of no year), not a share of anything
_RANKING_CUT = re.compile(r"ESI\s?(?:全球|世界)?(?:排名)?前?$")
_RANKED_THING = "学科"


def ranking_cut(text: str, hit: Hit) -> Draft | None:
    """The value at ``hit`` as the cut of a ranking (at most that share of the ranked, of no year, named
    ESI学科排名门槛), or None when it is none."""
    if not _RANKING_CUT.search(text, max(0, hit.start - 8), hit.start):
        return None
    clause_start, clause_end = C.clause_bounds(text, hit.start)
    ranked = _RANKED_THING if _RANKED_THING in text[clause_start:clause_end] else ""
    return Draft(hit, f"ESI{ranked}排名门槛", "<=", "other", None, "actual", rule("measure.scale.v1"), None, ANNUAL)
