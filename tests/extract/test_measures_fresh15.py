"""The classes the fifteenth fresh dev batch (2026 provincial work reports, issue #8) showed at its first shot,
on real phrases of several governments.

Sources: the 2026 government work reports of 宁夏 (NX), 云南 (YN), 贵州 (GZ), 陕西 (SN), 西藏 (XZ), 青海 (QH) and
内蒙古 (NM) (as collected in johncodes404/china-provincial-gov-reports-2026); the national government work report
of 2014 (CN14: not a reserved one); 交通运输部's review of the 十四五 transport plan (JT, 2025).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

WR2026: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": "2026-02-04"}
REVIEW = "一、2025年和“十四五”时期工作回顾"
TASKS = ("“十五五”时期主要目标和2026年重点工作", "三、全力抓好七项重点工作")


def named(phrase: str) -> list[tuple[str, str]]:
    return [(m.surface, m.metric) for m in one(phrase, **WR2026)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # NX: a value after a comma with a noun of its own opens a new item, not the second value of a list
        ("投入民生保障和改善资金1300多亿元，40件民生实事全面完成。",
         [("1300多亿元", "投入民生保障和改善资金"), ("40件", "民生实事")]),
        ("改造老旧小区、抗震宜居农房等23万多户，100多万群众住上了安全房。",
         [("23万多户", "改造抗震宜居农房等"), ("100多万", "群众住上了安全房")]),
        # YN, GZ: a ratio of one total to another keeps both (not 比率 alone)
        ("A级物流企业数实现倍增，社会物流总费用与GDP的比率降低1.1个百分点。",
         [("倍增", "A级物流企业数"), ("1.1个百分点", "社会物流总费用与GDP的比率")]),
        ("深入实施降低全社会物流成本专项行动，社会物流总费用与地区生产总值的比率下降至13.8%。",
         [("13.8%", "社会物流总费用与地区生产总值的比率")]),
        # GZ: a value after a pair of verbs is named by the noun after it
        ("大力发展现代设施农业和智慧农业，巩固提升80万亩蔬菜应急保供基地", [("80万亩", "蔬菜应急保供基地")]),
        # SN: a value right after the examples of a list (…等) is named by what follows it (and what was done to it)
        ("推动商洛电厂二期、店头电厂二期等402万千瓦机组建成投运", [("402万千瓦", "机组建成投运")]),
        # NX, SN: what became of the things counted (开工, 投产, 落地) names them with the noun
        ("中石化特种纤维等1700多个新项目开工；国能龙源大型储能电站等160多个高科技项目投产。",
         [("1700多个", "新项目开工"), ("160多个", "高科技项目投产")]),
        ("中国能建集团压缩空气储能等20个央陕合作项目落地、总投资1370多亿元。",
         [("20个", "央陕合作项目落地"), ("1370多亿元", "央陕合作项目落地总投资")]),
        # NX, YN: cases counted in 起, named by the noun after them even when it opens with 成功
        ("有效应对多次地震、旱涝等自然灾害，36起成功避险避灾案例获应急管理部表扬。", [("36起", "成功避险避灾案例")]),
        ("提前转移群众18.52万人次，118起成功避险案例获应急管理部和自然资源部通报表扬。",
         [("18.52万人次", "提前转移群众"), ("118起", "成功避险案例")]),
    ],
)
def test_names_of_2026_report_values(phrase: str, expected: list[tuple[str, str]]) -> None:
    assert named(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("组织开展提振消费专项行动，“以旧换新”政策惠及76万群众。", ("76万", "以旧换新政策惠及群众")),  # NX
        ("实施学前一年免费教育政策，惠及近10万儿童。", ("10万", "实施学前一年免费教育政策惠及儿童")),  # NX
        ("在全国率先完成年度育儿补贴发放，惠及17万婴幼儿。",  # QH
         ("17万", "在全国率先完成年度育儿补贴发放惠及婴幼儿")),
        ("实施农村义务教育薄弱学校改造计划，学生营养改善计划惠及3200万孩子。",  # CN14
         ("3200万", "学生营养改善惠及孩子")),
    ],
)
def test_the_people_a_policy_reached(phrase: str, expected: tuple[str, str]) -> None:
    """惠及N万群众: the people reached are counted, named by the policy and by who they are."""
    found = one(phrase, **WR2026)
    assert [(m.surface, m.metric, m.kind) for m in found][-1] == (*expected, "count")


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("20万以上人口县实现特殊教育学校全覆盖。", "20万以上"),  # YN
        ("我国高速公路里程达19.1万公里,覆盖了99%的20万以上人口城市。", "20万以上"),  # JT
        ("支持有条件的幼儿园招收2—3岁幼儿。", "2—3岁"),  # XZ
        ("免费开展新生儿疾病筛查、0—6岁儿童孤独症筛查、残疾儿童康复救助", "0—6岁"),  # NX
    ],
)
def test_sizes_and_ages_that_pick_out_places_or_people(phrase: str, surface: str) -> None:
    """A population or an age that says which places or people something is for is a condition (kind other,
    no year), not a value."""
    found = {m.surface: m for m in one(phrase, **WR2026)}
    assert (found[surface].kind, found[surface].year) == ("other", None)


@pytest.mark.parametrize(
    ("phrase", "surfaces"),
    [
        ("积极推进240小时过境免签政策落地。", []),  # NX
        ("用好240小时过境免签政策，持续扩大国际客运航线", []),  # GZ
        ("“四水四定”取得“十个全国第一”成果，地级市全部达到国家节水型城市标准。", []),  # NX: a count of firsts
        ("农业龙头企业实现“三个全覆盖”，14个重点产业产值占农林牧渔业总产值的80%以上。", ["80%以上"]),  # YN
        ("实施基层全科医生数量倍增计划", []),  # a programme's name, not a doubling
    ],
)
def test_names_and_groups_are_no_quantities(phrase: str, surfaces: list[str]) -> None:
    assert [m.surface for m in one(phrase, **WR2026)] == surfaces


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("全体居民人均可支配收入年均增长6.5%，超过GDP增速，增幅连续4年居全国前六。",  # NX
         [("6.5%", "growth", None), ("前六", "rank", "<=")]),
        ("固定资产投资年均增长6.3%，增幅连续4年居全国前十。", [("6.3%", "growth", None), ("前十", "rank", "<=")]),  # NX
        ("前三季度地区生产总值增长5.2%", [("5.2%", "growth", None)]),  # not a rank
    ],
)
def test_a_top_rank_without_its_measure_word(phrase: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = one(phrase, **WR2026)
    assert [(m.surface, m.kind, m.comparator if m.kind == "rank" else None) for m in found] == expected


def test_a_voltage_list_takes_the_head_after_its_examples() -> None:
    """SN: 750千伏定靖西、330千伏沣渭等输变电工程: the first class qualifies the same works as the last."""
    assert named("开工750千伏定靖西、330千伏沣渭等输变电工程，加快6个抽水蓄能电站建设") == [
        ("750千伏", "输变电工程电压等级"), ("330千伏", "沣渭输变电工程电压等级"), ("6个", "抽水蓄能电站")]


def test_a_doubling_among_this_years_tasks() -> None:
    """NM, NX: a doubling among this year's tasks (under a heading that names the plan period too) is
    within the year, not over the five years of the plan."""
    found = measures_of(["一要加大科技投入。自治区本级科技专项资金翻一番，各盟市严格落实财政科技投入稳定增长机制。",
                         "新型储能规模力争翻番。"], path=TASKS, **WR2026)
    assert [(m.surface, m.stance, m.year, m.scope) for m in found] == [
        ("翻一番", "target", 2026, "annual"), ("翻番", "target", 2026, "annual")]


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("启动建设1个国家实验室分支机构，获批建设5个全国重点实验室，布局建设5个省实验室。", "1个"),  # GZ
        ("新改扩建各类学校366所，新增教育学位16万多个。", "366所"),  # NX
        ("先后荣获“五个一工程”奖、文华奖等20项大奖。", "20项"),  # NX
        ("历史遗留的24万多户不动产登记问题得到有效化解。", "24万多户"),  # NX
        ("中亚班列（澜湄快线）开行超2700列。", "2700列"),  # YN
        ("自贸试验区4项制度创新成果全国复制推广。", "4项"),  # YN
    ],
)
def test_counts_of_a_five_year_review_add_up(phrase: str, surface: str) -> None:
    """A count after 建设/扩建/荣获/开行, or before 化解/复制推广, in a review headed by the plan period covers
    its five years."""
    found = {m.surface: m for m in measures_of(["这五年，" + phrase], path=(REVIEW,), **WR2026)}
    assert (found[surface].scope, found[surface].period) == ("period_cumulative", (2021, 2025))
