"""Indicator names of the structural classes left on the dev set in session 25 (issue #8, "metric"), on real
phrases of several governments.

Sources (dev set lines): the 2026 work reports of 厦门 (a digest), 贵州 (GZ), 襄阳 (XY) and 武汉 (WH); 洛阳's 2023
work report (LY); 牟定's and 泽州's county work reports (MD, ZZ); a 2016 commentary on the national 健康中国2030 plan;
南阳's 十四五 review (NY); news of 温州's 2026 report (WZ); 平顶山's 2025 work report (PDS, traditional in the source);
the State Council's 2020 work report (news); the 2026 work reports of 西藏 (XZ) and 陕西 (SN); 洞头's 2015
plan-execution report (DT); news of the national 教育 ten-year review of 2022; the national 卫生健康 statistical
bulletin of 2021 (traditional, with pinyin in the source).
"""

from __future__ import annotations

import pytest
from measures_support import names_of

# a scale class right before the noun a value counts (其中百亿级项目25个) is part of what is counted, not a name of its
# own; a class that is one of a list of classes (形成2个千亿级、7个百亿级…) stays the list's
CLASSES = [
    pytest.param("强化“四大招商”,签约项目3890个、总投资超1.2万亿元,其中百亿级项目25个。",
                 {"3890个": "签约项目", "25个": "百亿级项目"}, id="of-which-XM"),
    pytest.param("发挥千亿级开发区龙头引领作用，建成五百亿级开发区2个、百亿级开发区22个。",
                 {"2个": "建成五百亿级开发区", "22个": "建成百亿级开发区"}, id="built-GZ"),
    pytest.param("引进亿元以上项目456个、总投资3504亿元,其中,百亿级产业项目11个、总投资2223亿元,",
                 {"11个": "百亿级产业项目", "2223亿元": "百亿级产业项目总投资"}, id="investment-XY"),
    pytest.param("百亿级企业达到16家,洛阳钼业成为全省首家千亿级民企,形成了2个千亿级、7个百亿级产业集群。",
                 {"16家": "百亿级企业", "7个": "百亿级产业集群"}, id="reached-LY"),
]

# an amount glued to the works it sizes, after the name of whose works they are, names those works
WORKS = [
    pytest.param("中储粮20万吨粮食储备库即将建成投产运营,含硅废渣利用项目全面投产。",
                 {"20万吨": "中储粮粮食储备库"}, id="depot-MD"),
    pytest.param("集成电路产业规模突破千亿元;武钢取向硅钢首套11万吨产线建成投产,技术全",
                 {"11万吨": "武钢取向硅钢首套产线"}, id="line-WH"),
    pytest.param("新兴产业不断壮大,万鑫顺达100MW光伏并网发电,中通快递进展顺利,",
                 {"100MW": "万鑫顺光伏并网发电"}, id="solar-ZZ"),
]

# words that say how, when or by how much (adverbs, prepositions, particles: jieba's tags) name nothing: the value
# takes the name its sentence gives
NOTHING = [
    pytest.param("美国人均预期寿命从1820年的39岁到2015年的78.9岁用了195年的时间,而京津沪只用了1/3左右的时间就达到并超过了"
                 "美国人均预期寿命。", {"78.9岁": "美国人均预期寿命"}, id="took-commentary"),
    pytest.param("2025年全市地区生产总值5167.86亿元,较上年增长6.5%,高于全省0.9个百分点,"
                 "占全省的比重由2020年的7.2%逐年提升至7.8%。",
                 {"7.8%": "地区生产总值占全省的比重"}, id="year-by-year-NY"),
    pytest.param("2024年,温州全市地区生产总值已经达到9719亿元,距离万亿GDP,仅差了不到300亿元。",
                 {"300亿元": "温州全市地区生产总值"}, id="short-of-WZ"),
    pytest.param("一般公共預算收入增長4%以上,進出口平穩增長,城鎮新增就業6.9萬人以",
                 {"6.9萬人": "城镇新增就业"}, id="cut-PDS"),
    pytest.param("减税降费2.36万亿元,超过原定的近2万亿元规模,制造业和小微企业受益最多。",
                 {"2.36万亿元": "减税降费", "2万亿元": "减税降费"}, id="exceeded-national"),
]


@pytest.mark.parametrize(("phrase", "names"), CLASSES + WORKS + NOTHING)
def test_names(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase)
    assert {surface: found[surface] for surface in names} == names


@pytest.mark.parametrize(("phrase", "surface", "name"), [
    pytest.param("强化“四大招商”,签约项目3890个、总投资超1.2万亿元,其中百亿级项目25个。", "1.2万亿元", "签约项目总投资",
                 id="amount-XM"),
    pytest.param("2025年全市地区生产总值5167.86亿元,较上年增长6.5%。", "6.5%", "地区生产总值", id="growth-NY"),
    pytest.param("为预算的55.3%,同比增长8.2%。", "55.3%", "为预算", id="noun-tagged-verb"),
])
def test_names_that_stay(phrase: str, surface: str, name: str) -> None:
    """Names these rules must leave as they are (a noun jieba tags as a verb, 预算, still names)."""
    assert names_of(phrase)[surface] == name


# quotation marks are no part of a name, whichever rule made it: 173名个人 (the noun before the predicate) and 6个科技
# 创新团队 (the noun after the count) name the same programme the same way
QUOTES = [
    pytest.param("173名个人和6个科技创新团队入选“珠峰英才”计划。",
                 {"173名": "个人入选珠峰英才计划", "6个": "科技创新团队入选珠峰英才计划"}, id="programme-XZ"),
    pytest.param("杨凌职院、陕工院晋升为职业本科，8所职业院校、12个专业群入选国家第二期“双高计划”，",
                 {"8所": "职业院校入选国家第二期双高计划"}, id="plan-SN"),
]


@pytest.mark.parametrize(("phrase", "names"), QUOTES)
def test_names_carry_no_quotation_marks(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase)
    assert {surface: found[surface] for surface in names} == names
    assert not any(mark in name for name in found.values() for mark in "“”‘’\"")


# a noun of two characters after 的 (企业, 人口, 人员) says too little: the words before 的 say which things they are
QUALIFIED = [
    pytest.param("进入科技创业孵化园的企业总数已达18家。", {"18家": "进入科技创业孵化园的企业"}, id="firms-DT"),
    pytest.param("全国拥有大学文化程度的人口超过2.18亿,国民素质不断得到提升,",
                 {"2.18亿": "大学文化程度的人口"}, id="people-national"),
    pytest.param("全國共有村衛生室581964個,在村衛生室工作的人員132.7萬,其中執業(助理)醫師和持鄉村醫生證的人員110.8萬人,",
                 {"132.7萬": "在村卫生室工作的人员", "110.8萬人": "执业(助理)医师和持乡村医生证的人员"},
                 id="staff-health"),
]


@pytest.mark.parametrize(("phrase", "names"), QUALIFIED)
def test_a_short_noun_after_de_keeps_its_qualifier(phrase: str, names: dict[str, str]) -> None:
    found = names_of(phrase)
    assert {surface: found[surface] for surface in names} == names
