"""Indicator names of the structural classes left on the dev set in session 23 (issue #8, "metric"), on real
phrases of several governments.

Sources: the 2026 work reports of 云南 (YN), 内蒙古 (NM), 西藏 (XZ), 青海 (QH), 宁夏 (NX) and 贵州 (GZ); 牟定's 2024
county work report (MD); the State Council's 2009 work report; 国家卫健委's 2021 health bulletin and the national
water resources bulletin, both traditional in the source.
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

REPORT: dict[str, Any] = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-20"}


def metrics_of(phrase: str) -> dict[str, str]:
    return {m.surface: m.metric for m in one(phrase, **REPORT)}


# a bare name (开工项目, 完成投资, 交易额, 开户) measures the subject its sentence named before it: the thing a task
# of the clause before works on (a project, a centre, a programme), or a subject said to fare well before a 、
SUBJECTS = [
    pytest.param(
        "省委、省政府16次调度推进重大产业项目，开工项目超1万个、完成投资近1万亿元，",
        {"1万个": "开工重大产业项目", "1万亿元": "重大产业项目投资"},
        id="task-object-YN",
    ),
    pytest.param(
        "部区共建内蒙古牛羊肉交易中心，力争交易额达到100亿元。",
        {"100亿元": "内蒙古牛羊肉交易中心交易额"},
        id="task-object-NM",
    ),
    pytest.param("个人养老金制度全面实施、开户602万人。", {"602万人": "个人养老金制度开户"}, id="fares-listed-YN"),
    pytest.param(
        "对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。",
        {"27.3亿元": "对口援青和东西部协作落实资金", "681个": "对口援青和东西部协作实施项目"},
        id="fares-QH",
    ),
    # …but not a task's mechanism (机制: an investment takes the projects named before it, session 26), not a value
    # followed by the noun it counts (43所高校; what its list ends with is said of it too, session 30)
    pytest.param(
        "优化重大项目省级领导包保机制，力争完成投资2440亿元以上。", {"2440亿元以上": "重大项目投资"}, id="mechanism-XZ"
    ),
    pytest.param(
        "京蒙协作“六个倍增计划”成效显著，43所高校、职业院校和538所中小学与北京市学校结对办学，",
        {"43所": "高校与北京市学校结对办学"},
        id="counted-NM",
    ),
]


@pytest.mark.parametrize(("phrase", "names"), SUBJECTS)
def test_a_bare_name_takes_its_subject(phrase: str, names: dict[str, str]) -> None:
    found = metrics_of(phrase)
    assert {surface: found[surface] for surface in names} == names


def test_a_value_followed_by_its_object_takes_no_subject() -> None:
    """打造150个和美乡村: the things made are named after the value, not by the task before it (QH)."""
    assert "文明乡风建设工程" not in metrics_of("深入实施文明乡风建设工程，打造150个和美乡村，")["150个"]


# a value glued to the noun after it measures that noun: after a task's words on a place (重点推进…段, 开工建设南网,
# 推动国达化工), after the noun of the value before it in a list (…火电机组、2812万吨钢铁产能), before a quoted name
GLUED = [
    pytest.param(
        "重点推进贺兰山至阴山段沿黄岸线180公里流沙系统治理。", {"180公里": "流沙系统治理"}, id="task-place-NM"
    ),
    pytest.param(
        "深入实施“制储输用”等多链协同工程，开工建设南网720兆瓦储能电站等项目，",
        {"720兆瓦": "储能电站"},
        id="task-place-NX",
    ),
    pytest.param(
        "推动国达化工60万吨钾肥复合造粒、蓝科锂业碳酸锂装置系统性优化改造",
        {"60万吨": "钾肥复合造粒"},
        id="task-place-QH",
    ),
    pytest.param(
        "实施总装机26.9万千瓦光伏项目9个,完成并网11.93万千瓦。",
        {"26.9万千瓦": "光伏项目总装机", "11.93万千瓦": "并网"},
        id="task-and-filler-MD",
    ),
    pytest.param(
        "蓝天、碧水、净土保卫战取得重大成果，完成2100万千瓦火电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造，",
        {"2100万千瓦": "火电机组", "2812万吨": "钢铁产能"},
        id="pairs-NM",
    ),
    pytest.param(
        "中央财政安排384亿元救灾款和740亿元恢复重建资金，",
        {"384亿元": "救灾款", "740亿元": "恢复重建资金"},
        id="pairs-2009",
    ),
    pytest.param(
        "立项培育10所左右省级“双高建设计划”院校、8个左右省级市域产教联合体，",
        {"10所左右": "省级双高建设计划院校"},
        id="quoted-GZ",
    ),
    pytest.param(
        "新增5个国家生态文明示范区、3个“绿水青山就是金山银山”实践创新基地。",
        {"3个": "新增绿水青山就是金山银山实践创新基地"},
        id="quoted-NM",
    ),
    # a voltage class names the works it qualifies, not their count
    pytest.param(
        "新建750千伏和330千伏电网工程16个，提高电力外送通道利用率",
        {"750千伏": "电网工程电压等级", "330千伏": "电网工程电压等级"},
        id="voltage-NX",
    ),
    # 其他, 并网: a word that opens a name is not a filler before it
    pytest.param(
        "醫療衛生機構42.5億人次(占50.2%),其他醫療衛生機構3.4億人次(占4.0%)",
        {"3.4億人次": "其他医疗卫生机构"},
        id="other-health",
    ),
    pytest.param(
        "占供水總量的13.8%;其他(非常規)水源供水量為175.8億m³,占供水總量的2.9%",
        {"175.8億m³": "其他(非常规)水源供水量"},
        id="other-water",
    ),
]


@pytest.mark.parametrize(("phrase", "names"), GLUED)
def test_a_value_glued_to_a_noun_is_named_by_it(phrase: str, names: dict[str, str]) -> None:
    found = metrics_of(phrase)
    assert {surface: found[surface] for surface in names} == names


# a name with 和/及 inside (批发和零售业, 蔬菜及食用菌) before an amount and its growth is one name for both: only
# values of one kind (21家和241家) or a 分别 list share out the items of a list of names
ONE_NAME = [
    pytest.param(
        "农产品供应充足,蔬菜及食用菌产量422.2万吨、增长3.0%,瓜果产量57.6万吨、增长0.2%",
        {"422.2万吨": "蔬菜及食用菌产量", "3.0%": "蔬菜及食用菌产量"},
        id="amount-growth-city",
    ),
    pytest.param(
        "石油運量完成1.39億噸,增長0.8%;化肥及農藥運量完成0.87億噸,下降6.0%。",
        {"0.87億噸": "化肥及农药运量", "6.0%": "化肥及农药运量"},
        id="amount-growth-transport",
    ),
    pytest.param(
        "农林牧渔专业及辅助性活动产值3.8亿元,增长4.0%。",
        {"3.8亿元": "农林牧渔专业及辅助性活动产值", "4.0%": "农林牧渔专业及辅助性活动产值"},
        id="amount-growth-county",
    ),
    pytest.param("国家、省重点实验室达21家和241家", {"21家": "国家重点实验室", "241家": "省重点实验室"}, id="one-kind"),
]


@pytest.mark.parametrize(("phrase", "names"), ONE_NAME)
def test_an_amount_and_its_growth_share_one_name(phrase: str, names: dict[str, str]) -> None:
    found = metrics_of(phrase)
    assert {surface: found[surface] for surface in names} == names
