"""Convention 14 (`evaluation/dev/README.md`, "Conventions settled"): the kind of 新增/净增/新建 X follows the
shape of X, on real phrases of two governments or more for each shape.

Sources (dev documents, one government's report each, and one sample-corpus document): 陕西's 2026 and
2025 work reports (SX26, SX25), 内蒙古's 2026 and 2025 work reports (NM26, NM25), 宁夏's 2025 work report
(NX25), 吉林's 2025 work report (JL25), 青海's 2026 work report (QH26), 云南's 2026 and 2025 work reports
(YN26, YN25), 贵州's 2026 work report (GZ26), 西藏's 2026 work report (XZ26); the national urbanization plan
of 2022 (国家发展改革委, news); 荔湾's 14th-FYP outline (广州市荔湾区, the sample gold) is named, not copied.
"""

from __future__ import annotations

import pytest
from measures_support import measures_of

from plantrace.models import Measure

REVIEW = ("一、过去一年工作回顾",)


def _of(phrase: str, year: int) -> dict[str, Measure]:
    found = measures_of([phrase], doc_type="work_report", period=(year, year), issued=f"{year}-01-20", path=REVIEW)
    return {m.surface: m for m in found}


@pytest.mark.parametrize(
    ("phrase", "year", "surface"),
    [
        # SX26: installed renewable capacity and coal-mine capacity added in 2025
        ("陕皖直流输电工程有序推进，新增可再生能源装机1004万千瓦", 2026, "1004万千瓦"),
        ("可可盖等11处煤矿建成试运转、新增产能3095万吨/年，陕煤榆林化学二期等项目进展顺利", 2026, "3095万吨/年"),
        # NM26: the year's target for new installed capacity
        ("争取再纳规3个沙戈荒大基地，确保新增新能源装机3000万千瓦、新能源发电量超3000亿度", 2026, "3000万千瓦"),
        # JL25: wind and solar capacity added in 2024
        ("新增风光装机超过600万千瓦，是正常消纳能力的10倍", 2025, "600万千瓦"),
        # NX25: capacity added in 2024
        ("新建火力发电近600万千瓦、新增新能源发电超530万千瓦，电力总装机达到7500万千瓦", 2025, "530万千瓦"),
    ],
)
def test_an_added_capacity_is_a_change(phrase: str, year: int, surface: str) -> None:
    """(c) installed power and production capacity are stocks; what is added or built to them is a change."""
    assert _of(phrase, year)[surface].kind == "change"


@pytest.mark.parametrize(
    ("phrase", "year", "surface"),
    [
        # QH26: road length opened in 2025
        ("推进扁都口至峨堡等省际大通道建设，新增公路通车里程1500公里", 2026, "1500公里"),
        # YN26: railway length opened in 2025
        ("大保、丽香、弥蒙等新线投入运营，新增铁路里程989公里", 2026, "989公里"),
    ],
)
def test_an_added_length_of_a_network_is_a_change(phrase: str, year: int, surface: str) -> None:
    """(d) as 新增地铁运营里程 (convention 6) and 新增城市绿道 (the unseen conventions)."""
    assert _of(phrase, year)[surface].kind == "change"


@pytest.mark.parametrize(
    ("phrase", "year", "surface"),
    [
        # YN26: irrigated area added in 2025
        ("建成柴石滩、麻栗坝大型灌区，全省新增有效灌溉面积超240万亩", 2026, "240万亩"),
        # XZ26: afforestation in 2025
        ("新增营造林148万亩、其中南北山绿化工程43万亩，修复治理退化草原517万亩", 2026, "148万亩"),
        # SX26: natural gas output to add in 2026
        ("加快雷龙湾储气库等项目建设，新增天然气产量10亿方以上，油气当量达到5400万吨", 2026, "10亿方以上"),
        # QH26: oil and gas reserves found in 2025
        ("生产原油239万吨、天然气56.5亿立方米，勘探新增油气储量2亿吨，形成60万吨政府可调度煤炭储备能力", 2026, "2亿吨"),
        # NM25: water to save in 2025
        ("创建节水增粮推进县20个，力争新增节水2.7亿立方米以上", 2025, "2.7亿立方米以上"),
    ],
)
def test_an_added_area_or_volume_produced_is_a_level(phrase: str, year: int, surface: str) -> None:
    """(e) areas and (f) what the period produces, finds or saves are levels."""
    assert _of(phrase, year)[surface].kind == "level"


@pytest.mark.parametrize(
    ("phrase", "year", "surface"),
    [
        # NX25: thermal capacity built in 2024, beside capacity added
        ("新建火力发电近600万千瓦、新增新能源发电超530万千瓦，电力总装机达到7500万千瓦", 2025, "600万千瓦"),
        # NM25: rural roads to build in 2025
        ("统筹抓好用水、用电、通车、通网等建设，新建农村公路5000公里，确保“快递进村”通达率达到97%以上", 2025,
         "5000公里"),
        # GZ26: fire roads built in 2025
        ("新建森林防火应急道路220公里", 2026, "220公里"),
    ],
)
def test_works_built_are_a_level(phrase: str, year: int, surface: str) -> None:
    """新建 X names works built, not a stock's addition: a level of work done (as the sample gold's
    新建雨污管道182公里)."""
    assert _of(phrase, year)[surface].kind == "level"


@pytest.mark.parametrize(
    ("phrase", "year", "surface"),
    [
        # the national urbanization plan of 2022 (its news, traditional script, a dev document): a land quota
        ("新增建設用地規模控制在2950萬畝以內", 2022, "2950萬畝以內"),
        # (the second government, 荔湾's 14th-FYP outline in the sample gold, 新增教育用地 -> change, is scored there:
        # tests copy no sample-gold line)
    ],
)
def test_land_assigned_to_a_use_is_a_change(phrase: str, year: int, surface: str) -> None:
    """(e) land assigned to a use is a stock (建设用地总量); 新增 of it is a change, unlike an area worked."""
    assert _of(phrase, year)[surface].kind == "change"


@pytest.mark.parametrize(
    ("phrase", "year", "surface"),
    [
        # YN25: firms, net of those closed
        ("经营主体净增48万户、达680万户，企业净增15万户、达157万户", 2025, "48万户"),
        # SX25: arable land, net
        ("严守耕地保护红线，严格耕地占补平衡管理，净增耕地20万亩", 2025, "20万亩"),
    ],
)
def test_a_net_addition_is_a_change_whatever_its_shape(phrase: str, year: int, surface: str) -> None:
    """净增 X is a net change of a stock, for discrete things and areas alike."""
    assert _of(phrase, year)[surface].kind == "change"


@pytest.mark.parametrize(
    ("phrase", "year", "surface", "kind"),
    [
        # GZ25 (贵州's 2025 work report, a dev document): farmland built new or upgraded in 2025
        ("高质量推进高标准农田建设，力争新建和改造提升200万亩以上", 2025, "200万亩以上", "level"),
        # GZ26: vegetable bases consolidated and upgraded, care homes rebuilt and upgraded
        ("大力发展现代设施农业和智慧农业，巩固提升80万亩蔬菜应急保供基地", 2026, "80万亩", "level"),
        ("提升“一老一小”服务能力，改造提升25个标准化养老机构", 2026, "25个", "count"),
        # XZ25 (西藏's 2025 work report, a dev document): afforestation consolidated
        ("南北山绿化工程累计完成营造林、播种造林、巩固提升近70万亩", 2025, "70万亩", "level"),
        # NM26: counties whose care networks are improved
        ("完善提升20个县乡村三级养老服务网络", 2026, "20个", "count"),
    ],
)
def test_work_that_upgrades_is_no_change(phrase: str, year: int, surface: str, kind: str) -> None:
    """提升 after 改造, 巩固 or 完善 names a work done (a level, or a count of what it is done to), not a gain
    of a value."""
    assert _of(phrase, year)[surface].kind == kind

