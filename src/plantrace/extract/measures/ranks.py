"""A rank's name says what is ranked and where: 出口额 ranked 第四 in the province is 出口额全省排名, not 出口额 (a
rank is no value of the indicator it ranks)."""

from __future__ import annotations

import re

from plantrace.extract.measures import context as C
from plantrace.extract.measures.drafts import Draft
from plantrace.extract.measures.metric import RANKED_AMONG

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
