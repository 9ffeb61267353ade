"""Indicator names of the structural classes left on the dev set in session 26 (issue #8, "metric"), on real
phrases of several governments.

Sources (dev set lines): the 2026 work reports of 西藏 (XZ), 陕西 (SN), 内蒙古 (NM) and 宁夏 (NX), the 2025 work
reports of 陕西 (SN25), 内蒙古 (NM25) and 贵州 (GZ25), a digest of 厦门's 2026 work report (XM), an excerpt of 潮州's
2021 work report (CZ), a digest of 玉林's 2025 work report (YL), a 2024 news review of 仙桃's economy (XT), 商洛's
review of the 十二五 (SL); and the 2022 work-report digest of 包头 (BT, Baotou Daily).
"""

from __future__ import annotations

import pytest
from measures_support import names_of

# a bare investment with no value before it in its sentence is the investment of the projects the sentence named
# before it (the words that say which projects run back to a verb); an investment said of what follows it
# (投资300亿元的…) and one after a value of its sentence keep their own ways
INVESTED = [
    pytest.param("积极扩大有效投资。优化重大项目省级领导包保机制，力争完成投资2440亿元以上。全力保障雅下水电和川藏铁路等",
                 {"2440亿元以上": "重大项目投资"}, id="task-before-XZ"),
    pytest.param("优化审批流程和要素保障，省级重点项目建立分层级分领域包联机制、完成投资5000亿元以上。",
                 {"5000亿元以上": "省级重点项目投资"}, id="listed-SN25"),
    pytest.param("服装中小企业产业园、织尚科创非织造布国际展贸城等一批重大项目相继开工;投资300亿元的容百科技一期当年开工",
                 {"300亿元": "投资"}, id="of-what-follows-XT"),
    pytest.param("累计实施重大项目2659个,完成投资4559亿元,竣工1091个。",
                 {"4559亿元": "实施重大项目投资"}, id="value-before-BT"),
]




# a noun of three characters after a count names too little: what the clause says of it names what was counted (a
# longer noun keeps only what it won, reached or started: 文艺作品获得国家、国际大奖)
COUNTED_SAID = [
    pytest.param("要紧紧抓住以人为本的新型城镇化的机遇。全区有280万农牧民在城镇转移就业，要实施好",
                 {"280万": "农牧民在城镇转移就业"}, id="where-NM25"),
    pytest.param("延河入选国家美丽河湖优秀案例，黄帝陵等3处古树群纳入全国整体保护工程。",
                 {"3处": "古树群纳入全国整体保护工程"}, id="taken-in-SN25"),
    pytest.param("城市规划区建成面积达到49.1平方公里。县城、重点镇和美丽乡村建设亮点纷呈,省级卫生城市和园林城市创建实现全覆盖,2个县创建为“国家卫生县城”,",
                 {"2个": "县创建为国家卫生县城"}, id="became-SL"),
    pytest.param("电影《柳青》、电视剧《装台》等50部文艺作品获得国家、国际大奖，年接待游客超过8亿人次",
                 {"50部": "文艺作品获得国家和国际大奖"}, id="longer-won-SN"),
]


# a class of sums right before projects sizes their investment (项目投资规模), whatever is said of the projects after
# it; a class of another thing keeps that thing's name (千亿级产业链 -> 产业链规模)
SCALES = [
    pytest.param("“一园六区”引进项目470个,计划投资额近900亿元,华瀛LNG等多个百亿级项目落地建设。三是生活水平稳步改善。",
                 {"百亿级": "项目投资规模"}, id="landing-CZ"),
    pytest.param("强化“四大招商”,签约项目3890个、总投资超1.2万亿元,其中百亿级项目25个。",
                 {"百亿级": "项目投资规模", "25个": "百亿级项目"}, id="of-which-XM"),
    pytest.param("瓮福江山新材料、美锦华宇煤焦氢等一批百亿级重大项目接续落地、建设、投产。",
                 {"百亿级": "重大项目投资规模"}, id="major-GZ25"),
    pytest.param("打造乳业、稀土、有色、现代煤化工、光伏等千亿级产业链，提升先进制造业能级",
                 {"千亿级": "产业链规模"}, id="chain-NM"),
]


# a value opening its clause with a short word of its own, then 的 and a noun, measures that word of the noun (an
# investment is left to the projects it names)
OF_WHAT_FOLLOWS = [
    pytest.param("为群众挽回非法集资损失10亿多元。涉及10.5万人的保交房任务全部完成。切实筑牢基层“三保”底线",
                 {"10.5万人": "保交房任务涉及"}, id="involving-NX"),
    pytest.param("——这一年,玉林人民圆了盼望已久的“高铁梦”。时速350公里的南珠高铁南玉段建成通车,",
                 {"350公里": "南珠高铁南玉段时速"}, id="speed-YL"),
    pytest.param("服装中小企业产业园等一批重大项目相继开工;投资300亿元的容百科技一期当年开工",
                 {"300亿元": "投资"}, id="investment-XT"),
]


@pytest.mark.parametrize(("phrase", "names"), INVESTED + COUNTED_SAID + SCALES + OF_WHAT_FOLLOWS)
def test_names(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase)
    assert {surface: found[surface] for surface in names} == names
