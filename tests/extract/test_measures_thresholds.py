"""Thresholds, scale classes and ranks (issue #8): their stance, their names and when a value is one, on real
phrases of several governments.

Sources: the 2026 work reports of 贵州 (GZ), 宁夏 (NX), 内蒙古 (NM) and 陕西 (SX) and the 2025 reports of
内蒙古 (NM25), 云南 (YN25) and 贵州 (GZ25), dev documents; 西安晚报 on 榆林市榆阳区's free check-ups, 2009 (YY09);
江苏's monitoring of its universities' ESI subjects, 2017 (JS17); 广东's 2021 education work conference (GD21); the
national grid's lines at the end of 2011 (CN11); 四川's 2015 and the national 2018 tasks of returning farmland to
forest (SC15, CN18, the latter as 云南日报 reported it).
"""

from __future__ import annotations

import pytest
from measures_support import one

from plantrace.extract.measures.nouns import scale_name
from plantrace.models import Measure

TASKS = ("三、2026年工作安排",)
REVIEW = ("一、2025年工作回顾",)
WORK_REPORT = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-27"}


def _found(phrase: str, path: tuple[str, ...] = TASKS) -> dict[str, Measure]:
    return {m.surface: m for m in one(phrase, **{**WORK_REPORT, "path": path})}


@pytest.mark.parametrize(
    ("phrase", "threshold", "promised"),
    [
        # GZ: the schools a task serves are picked out by their altitude; the promise is the count
        ("（2）持续改善农村学校办学办园条件，为100所海拔1500米以上农村中小学幼儿园建设供暖设施。",
         "1500米以上", "100所"),
        # GZ: projects picked out by their size
        ("加快推进瓮福—江山新材料及电子化学品产业园、贵州能源大方燃煤发电等12个百亿元、70个30亿元以上项目建设，推动一批重大"
         "项目落地建设，工业投资增长10%左右。", "30亿元以上", "70个"),
        # NX: the people a service is for, by age
        ("强化医疗惠民能力，免费开展新生儿疾病筛查、0—6岁儿童孤独症筛查、残疾儿童康复救助、慢阻肺病健康管理、60岁以上老年人"
         "流感疫苗接种和新就业形态劳动者等群体健康体检。", "60岁以上", None),
    ],
)
def test_a_threshold_that_picks_out_what_a_task_serves_is_no_promise(
        phrase: str, threshold: str, promised: str | None) -> None:  # fmt: skip
    found = _found(phrase)
    assert (found[threshold].kind, found[threshold].stance, found[threshold].year) == ("other", "actual", None)
    if promised:
        assert (found[promised].stance, found[promised].year) == ("target", 2026)


def test_a_scale_class_among_the_tasks_takes_the_stance_of_its_clause() -> None:
    # NM: 打造…千亿级产业链 is part of the promise
    found = _found("打造乳业、稀土、有色、现代煤化工、光伏等千亿级产业链，提升先进制造业能级。")
    assert (found["千亿级"].kind, found["千亿级"].stance, found["千亿级"].year) == ("other", "target", None)


@pytest.mark.parametrize(
    ("phrase", "passed", "name"),
    [
        # GZ: the milestone passed, then (after 、) the level reached
        ("全省地区生产总值突破2万亿元、达到23562亿元，一般公共预算收入、税收收入年均分别增长3.4%、3.5%。",
         "2万亿元", "地区生产总值关口"),
        # NM25: a magnitude word passed (破亿), the level reached in 亿千瓦; 在全国率先 names nothing
        ("新能源装机在全国率先破亿、达到1.35亿千瓦，超过火电装机，提前一年实现自治区“十四五”规划目标。", "亿",
         "新能源装机关口"),
    ],
)
def test_a_milestone_passed_before_the_level_reached_after_a_list_mark(phrase: str, passed: str, name: str) -> None:
    found = _found(phrase, REVIEW)
    assert (found[passed].kind, found[passed].year, found[passed].stance, found[passed].metric) == (
        "other", None, "actual", name)
    reached = [m for m in found.values() if m.surface != passed and m.kind == "level"]
    assert (reached[0].year, reached[0].metric) == (2025, name.removesuffix("关口"))  # what passed it, no 突破…


@pytest.mark.parametrize(
    ("phrase", "surface", "name"),
    [
        # YN25: 在全国率先 (first in the country) says how, not what
        ("中小学校地震预警终端实现全覆盖。在全国率先实现20户以上自然村应急广播全覆盖。", "20户以上", "自然村户数门槛"),
        # NM25 / YY09: a count right before a threshold counts the people it picks out; it names nothing
        ("还有63万失能老人、158万残疾人、40万3岁以下婴幼儿，养老、育幼、照护、家政等服务是有需求的。", "3岁以下",
         "婴幼儿年龄门槛"),
        ("榆林市榆阳区斥资426.16万元,为全区53243名60岁以上的老人免费进行体检。", "60岁以上", "老人年龄门槛"),
    ],
)
def test_a_thresholds_name_leaves_out_how_and_how_many(phrase: str, surface: str, name: str) -> None:
    assert _found(phrase, REVIEW)[surface].metric == name


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("创新产出水平指数达到87.59％、居全国第4，21个学科进入ESI前千分之一，一大批科技成果为国家重大工程贡献了陕西力量。",
         "千分之一"),  # SX
        ("江苏有23所高校的105个学科进入ESI前1%,机构数、学科数继续分列全国第一、第二。", "1%"),  # JS17
        ("在标志世界领先的学科——ESI千分之一学科方面,江苏有10个学科进入。", "千分之一"),  # JS17
        ("重点培育建设一批入选ESI全球排名前1%或国内排名前十的学科。", "1%"),  # GD21
    ],
)
def test_the_cut_of_a_ranking_is_a_threshold(phrase: str, surface: str) -> None:
    cut = _found(phrase, REVIEW)[surface]
    assert (cut.kind, cut.comparator, cut.year, cut.stance) == ("other", "<=", None, "actual")
    assert cut.metric == "ESI学科排名门槛"


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("推进延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目，力争工业投资增长10％。", "百万吨"),  # SX
        ("稳定生猪等畜产品供给，加快推进6个百万羽蛋鸡养殖重点项目建设和奶业养殖加工一体化发展。", "百万羽"),  # GZ
    ],
)
def test_a_round_million_before_a_works_noun_is_its_class(phrase: str, surface: str) -> None:
    found = _found(phrase)[surface]
    assert (found.kind, found.year, found.stance) == ("other", None, "target")


@pytest.mark.parametrize(
    ("phrase", "surface", "name"),
    [
        # NM / CN11: a voltage with 及以上 is the class of the lines, not of what of them is measured
        ("建成蒙东“七横一纵”和蒙西“四横六纵”电网主网架，220千伏及以上输电线路总长超7万公里。", "220千伏及以上",
         "输电线路电压等级"),
        ("截至2011年底,中國220千伏及以上輸電線路回路長度達到48萬公里,是2002年的2.5倍,年均增長10.8%。", "220千伏及以上",
         "输电线路电压等级"),
        # GZ25 / SC15 / CN18: land picked out by its slope (度 of a slope, no 千瓦时)
        ("着力优化耕地林地布局，将25度以上陡坡旱地、河道湖泊内等不稳定利用耕地逐步调出，推进林地上图入库。", "25度以上",
         "陡坡旱地坡度门槛"),
        ("我省今年新一轮退耕还林还草实施范围限定在25度以上非基本农田坡耕地。", "25度以上", "非基本农田坡耕地坡度门槛"),
        ("2018年退耕还林还草实施范围是:《新一轮退耕还林还草总体方案》确定的25度以上坡耕地(不含基本农田),严重沙化耕地。",
         "25度以上", "坡耕地坡度门槛"),
    ],
)
def test_a_threshold_is_named_by_the_works_or_land_it_picks_out(phrase: str, surface: str, name: str) -> None:
    found = _found(phrase, REVIEW)[surface]
    assert (found.kind, found.comparator, found.year, found.metric) == ("other", ">=", None, name)


_NX_WORKS = "300万吨级CCUS碳捕集利用、100兆瓦级地下压缩空气储能、100吉瓦时锂电池储能等减碳项目加快建设。"


@pytest.mark.parametrize(
    ("phrase", "surface", "value", "unit", "name"),
    [
        # NX: the capacity class of works (万吨级, 兆瓦级), a threshold as 千亿级 is
        (_NX_WORKS, "300万吨级", 300.0, "万吨", "CCUS碳捕集利用规模"),
        (_NX_WORKS, "100兆瓦级", 100.0, "兆瓦", "地下压缩空气储能规模"),
        # QH25 / GZ: power stations and units by capacity; what is said of them after their head names nothing
        ("玛尔挡、羊曲两座百万千瓦级水电站全容量并网发电。", "百万千瓦级", 100.0, "万千瓦", "水电站规模"),
        ("深入实施节能降碳改造，推动30万千瓦级煤电机组“上大压小”。", "30万千瓦级", 30.0, "万千瓦", "煤电机组规模"),
        # QH: 万卡级 computing centres; a sum class written in digits (池州: 3个300亿级产业集群)
        ("引进一批万卡级算力中心项目，算力总规模突破4万P。", "万卡级", 1.0, "万卡", "算力中心项目规模"),
        ("形成1个千亿级、3个300亿级产业集群。", "300亿级", 300.0, "亿", "产业集群规模"),
        # GZ: a class of development zones followed by what they do
        ("发挥千亿级开发区龙头引领作用，建成五百亿级开发区2个。", "千亿级", 1000.0, "亿", "开发区规模"),
    ],
)
def test_a_capacity_class_is_a_threshold(phrase: str, surface: str, value: float, unit: str, name: str) -> None:
    found = _found(phrase, REVIEW)[surface]
    assert (found.kind, found.comparator, found.year, found.value, found.unit, found.metric) == (
        "other", ">=", None, value, unit, name)


def test_the_tonnage_of_the_ships_a_berth_takes_is_its_grade_not_a_size() -> None:
    # 广州 2021 report (sample corpus, not annotated as a quantity) / 交通运输部 十四五 review (hant)
    assert "20万吨级" not in _found("开展广州港20万吨级航道、南沙港区国际通用码头和五期前期工作。", REVIEW)
    assert "萬噸級以上" not in _found("港口萬噸級以上泊位2971個,增加了300個。", REVIEW)


@pytest.mark.parametrize(
    ("noun", "sums", "name"),
    [
        # one list of works words (nouns.WORKS) ends a scale class's name at its last works word: what is said of
        # the works after it names nothing (GZ: 千亿级开发区龙头引领作用; QH25: 百万千瓦级水电站全容量并网发电), and
        # a works word that only qualifies the head is kept (长沙's mayor in 2020: 打造世界级工程机械产业集群)
        ("开发区龙头引领作用", False, "开发区规模"),
        ("水电站全容量并网发电", False, "水电站规模"),
        ("工程机械产业集群", False, "工程机械产业集群规模"),
        # a class of sums qualifying projects sizes their investment (潮州 2021: 华瀛LNG等多个百亿级项目落地建设)
        ("项目落地建设", True, "项目投资规模"),
    ],
)
def test_a_scale_class_is_named_by_its_works_up_to_their_head(noun: str, sums: bool, name: str) -> None:
    assert scale_name(noun, sums) == name
