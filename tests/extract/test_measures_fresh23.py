"""The classes the twenty-third fresh dev batch (the whole 2025 work reports of 西藏 and 云南, issue #8) showed at its
first shot, on real phrases of several governments.

Sources (all dev documents): the 2025 work reports of 西藏 (XZ25), 云南 (YN25) and 陕西 (SX25); the 2026
reports of 云南 (YN26), 内蒙古 (NM26) and 贵州 (GZ26); the 2018 national statistical bulletin (dev).
"""

from __future__ import annotations

import pytest
from measures_support import measures_of

from plantrace.models import Measure

REVIEW = ("一、2024年工作回顾",)
TASKS = ("三、2025年重点任务",)


def _of(phrase: str, path: tuple[str, ...] = REVIEW, year: int = 2025) -> dict[str, Measure]:
    found = measures_of([phrase], doc_type="work_report", period=(year, year), issued=f"{year}-01-18", path=path)
    return {m.surface: m for m in found}


@pytest.mark.parametrize(
    ("phrase", "path", "year", "surface", "place"),
    [
        # YN25: the population said before the size (人口20万以上的县), between a count and the places counted
        ("办好西南联合研究生院和云南高等研究院。在9个人口20万以上的县建成特殊教育学校，"
         "健全专门教育保障机制。", TASKS, 2025, "20万以上", "县"),
        # YN26: the size said before 人口, as before
        ("中外合作办学机构实现零的突破，20万以上人口县实现特殊教育学校全覆盖。", REVIEW, 2026, "20万以上", "县"),
    ],
)
def test_a_population_size_that_picks_out_places_is_a_threshold_named_by_the_places(
        phrase: str, path: tuple[str, ...], year: int, surface: str, place: str) -> None:
    found = _of(phrase, path, year)[surface]
    assert (found.value, found.unit, found.comparator, found.kind, found.year) == (20.0, "万", ">=", "other", None)
    assert found.metric == place + "人口门槛"


def test_a_count_of_places_past_their_population_size_is_kept_and_names_the_places() -> None:
    """YN25: 在9个人口20万以上的县建成… (个 before 人口 is no 个人: the places are counted, past their size)."""
    found = _of("在9个人口20万以上的县建成特殊教育学校，健全专门教育保障机制。", TASKS)
    assert (found["9个"].value, found["9个"].kind) == (9.0, "count")
    assert found["9个"].metric.startswith("县")
    assert "3个人" not in _of("有3个人荣获表彰。")  # a person is still no count of 个


@pytest.mark.parametrize(
    ("phrase", "dropped", "kept"),
    [
        # YN25: the 州（市） a statement is taken over are no output (实现…全覆盖 says it of all of them)
        ("启动职业教育改革试点。实现16个州（市）高等学校全覆盖。新增3个硕士授予单位和62个博士硕士学位授权点。", "16个",
         {"3个", "62个"}),
        # NM26: the 盟市 whose air met the standard, the group a statistic is taken over
        ("处置毁林毁草问题1.9万个。全区12个盟市空气质量全部达标，国考断面水质优良比例达到77.6%。", "12个",
         {"1.9万个", "77.6%"}),
    ],
)
def test_a_count_of_the_places_a_statement_is_taken_over_is_no_quantity(
        phrase: str, dropped: str, kept: set[str]) -> None:
    found = _of(phrase)
    assert dropped not in found
    assert kept <= set(found)


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        # NM26: the 盟市 that were joined to the high-speed railway are counted (接通: what they did)
        ("东中西高速公路大通道和沿边331国道全线贯通，7个盟市接通高铁、所有盟市互通高速。", "7个"),
        # YN25: the 州（市） that build parks together with 上海's districts (通过…合作共建)
        ("上海16个区（或国企）与云南16个州（市）通过园中园、飞地园区等方式，合作共建产业园区。", "16个"),
        ("上海16个区（或国企）与我省16个州（市）选择一个代表性园区开展结对共建。", "16个"),
    ],
)
def test_a_count_of_places_that_did_something_stays_a_count(phrase: str, surface: str) -> None:
    assert _of(phrase)[surface].kind == "count"


def test_a_streak_of_quarters_is_no_count() -> None:
    """YN25: 连续12个季度召开… is how long, like 连续61个月未发生… (YN25) and 连续8个月位居全省第1 (安庆 2025, dev)."""
    found = _of("坚持项目化、产业化、市场化、高质量导向，连续12个季度召开重大产业项目推进会，"
                "产业投资占全部投资比重达52.1%。")
    assert set(found) == {"52.1%"}
    streak = _of("生产安全事故起数、死亡人数分别下降9.1%、11.5%，连续61个月未发生重大及以上生产安全事故。")
    assert "61个月" not in streak


@pytest.mark.parametrize(
    ("phrase", "surface", "value", "comparator", "metric"),
    [
        # XZ25: 翻了七番以上 is at least 2**7 times the base
        ("60年来，西藏经济总量和全体居民人均可支配收入翻了七番以上，雪域高原创造了人间奇迹。", "翻了七番以上",
         128.0, ">=", "经济总量和全体居民人均可支配收入"),
        # XZ25's 翻一番 keeps its value
        ("全年招商引资到位资金674亿元，自治区财政科技投入翻一番，科技创新平台突破100家。", "翻一番", 2.0, "=",
         "财政科技投入"),
    ],
)
def test_a_doubling_told_n_times_is_two_to_the_n(
        phrase: str, surface: str, value: float, comparator: str, metric: str) -> None:
    found = _of(phrase)[surface]
    assert (found.value, found.unit, found.comparator, found.kind) == (value, "倍", comparator, "ratio")
    assert metric in found.metric


def test_a_count_of_things_having_a_quality_names_the_things() -> None:
    """YN25's annex: 1个具有…Ⅲ级水平的省级儿童医学救治中心, 5个具有Ⅱ级水平的…学科 (the clause of what they have
    is no noun), on the three items of one task."""
    found = _of("年度目标：建设1个具有儿童（含新生儿）重症救治Ⅲ级水平的省级儿童医学救治中心，"
                "5个具有Ⅱ级水平的州（市）级儿童急诊或重症学科，70个具有Ⅰ级及以上水平的县级儿童急救点，"
                "建立覆盖全省的儿童救治网络。", TASKS)
    assert found["1个"].metric == "省级儿童医学救治中心"
    assert found["5个"].metric.endswith("级儿童急诊或重症学科")
    assert found["70个"].metric == "县级儿童急救点"


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # XZ25: the share of the 村居主干 that can use the common language
        ("14个集体、15名个人荣获党中央、国务院表彰，基本能够使用国家通用语言文字的村居主干达92.5%。", "92.5%",
         "基本能够使用国家通用语言文字的村居主干比例"),
        # SX25: the share of the villages whose refuse is collected
        ("农村户用卫生厕所普及率达到85%，生活垃圾收运处理的自然村稳定在95%以上。", "95%以上",
         "生活垃圾收运处理的自然村比例"),
        # GZ26: a noun that is a share itself (份额) takes no 比例
        ("政府采购工程面向中小企业的预留份额达40%以上。", "40%以上", "政府采购工程面向中小企业的预留份额"),
    ],
)
def test_a_share_of_things_keeps_the_words_that_pick_them_out(phrase: str, surface: str, metric: str) -> None:
    assert _of(phrase)[surface].metric == metric


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # a rate after 的 still names itself (SX25's 普及率; the 2018 national bulletin's 对…增长的贡献率, as before)
        ("农村户用卫生厕所普及率达到85%，生活垃圾收运处理的自然村稳定在95%以上。", "85%", "农村户用卫生厕所普及率"),
        ("全年最终消费支出对国内生产总值增长的贡献率为76.2%。", "76.2%", "最终消费支出对国内生产总值增长的贡献率"),
    ],
)
def test_a_share_named_by_a_rate_is_unchanged(phrase: str, surface: str, metric: str) -> None:
    assert _of(phrase)[surface].metric == metric



@pytest.mark.parametrize(
    ("phrase", "surface", "named"),
    [
        # XZ25: a sum allotted (首期安排) to the fund set up in the clause before
        ("设立清洁能源产业专项资金，首期安排50亿元。已建在建电力装机2705万千瓦。", "50亿元",
         "清洁能源产业专项资金首期安排"),
        # XZ25: the people who benefit from the pilot of the clause before
        ("开展清洁能源集中供暖试点，受益群众超20万人。", "20万人", "清洁能源集中供暖试点受益群众"),
        # GZ26: the land swapped (完成置换) by the task of the clause before (its list as one name)
        ("有序推进耕地下山、林地上山，完成置换63万亩。", "63万亩", "耕地下山林地上山置换"),
        # the 2016 national-day news (四川): the visitors a site received (前4天累计接待), the site named before
        ("成都大熊猫繁殖研究基地,前4天累计接待17.1万人,同比增长63.75%;", "17.1万人", "成都大熊猫繁殖研究基地接待"),
    ],
)
def test_a_bare_deed_takes_what_the_clause_before_did_it_on(phrase: str, surface: str, named: str) -> None:
    assert named in _of(phrase)[surface].metric


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # QH26: a count glued to its noun (打造150个和美乡村) takes nothing from the clause before
        ("深入实施文明乡风建设工程，打造150个和美乡村，让广大农牧民生活更好、日子更甜。", "150个", "打造"),
        # NX25: an amount glued to what it does (投入125亿元办好…), as before
        ("全面加强基础性普惠性兜底性民生事业建设，投入125亿元办好40件群众急难愁盼民生实事。", "125亿元", "投入"),
    ],
)
def test_a_deed_glued_to_its_object_takes_nothing_from_the_clause_before(
        phrase: str, surface: str, metric: str) -> None:
    assert _of(phrase)[surface].metric == metric
