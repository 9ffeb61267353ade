"""Mentions, comparators and units (issue #8, facts helper, session 26), on real phrases of several governments.

- A magnitude word with no digit is the number of an amount when a value passed or fell short of it (突破百亿,
  破千亿, 率先破亿, 过百亿的园区, 不足百亿), when it is a milestone (站上千亿台阶), and when it carries the unit of a
  physical amount (千万吨, 千万人次); such an amount right before a noun is the class of what follows (千万吨炼化一体化:
  kind other, of no year), unless a verb of amount governs it (新增千万吨产能). Magnitude words that are words
  (千万师生, “千万工程”), a count of milestones (3个千亿台阶) and a unit label (单位:亿千瓦时) stay no quantity.
- 破 before a value is a floor, like 突破 (破千亿, 2025年破万亿), and no part of the name.
- A decimal point with a space on each side (6 . 5%) splits no number.
- A quote holding only a count of the deeds promised (“十件民生实事”) is that count, not a slogan.

Sources (dev set lines): 陕西's 2026 (SX26) and 2025 (SX25) work reports, 宁夏's 2026 report (NX), 内蒙古's 2025
report (NMG25), 包头's 2026 report as reported (BT), a digest of 厦门's 2026 report (XM), 江西's city targets of 2026
(JXC), 贵州's 2025 report (GZ25), the national power report of 2020 (NP), news of 温州's 2026 report (WZ), 平顶山's
2025 targets (PDS), 贵州's 2026 report (GZ26), 从化's outline (CH, sample corpus).
"""

from __future__ import annotations

import pytest
from measures_support import WORK_REPORT_2026, one

from plantrace.models import Measure


def _by_surface(phrase: str) -> dict[str, Measure]:
    return {m.surface: m for m in one(phrase, **WORK_REPORT_2026)}


def _fields(m: Measure) -> tuple[float | None, str, str, str, int | None]:
    return (m.value, m.unit, m.comparator, m.kind, m.year)


PASSED = [
    pytest.param("深化科技成果转化，力争技术合同交易额突破百亿。", "百亿", (100.0, "亿", ">=", "level", 2026),
                 id="broken-through-NMG25"),
    pytest.param("新能源产业产值破千亿", "千亿", (1000.0, "亿", ">=", "level", 2025), id="broken-XM"),
    pytest.param("培育新增2个工业产值过百亿的园区，县域工业产值增长6%。", "百亿", (100.0, "亿", ">=", "other", None),
                 id="a-class-of-parks-SX25"),
    pytest.param("钢铁、稀土、晶硅光伏、铝业产值先后站上千亿台阶,氢能、储能初步形成全产业链条布局。", "千亿",
                 (1000.0, "亿", ">=", "other", None), id="a-milestone-BT"),
]


@pytest.mark.parametrize(("phrase", "surface", "expected"), PASSED)
def test_a_magnitude_word_passed_is_an_amount(phrase: str, surface: str, expected: tuple[object, ...]) -> None:
    assert _fields(_by_surface(phrase)[surface]) == expected


def test_a_magnitude_word_fallen_short_of_is_a_ceiling() -> None:
    found = _by_surface("虽然全国百强县中我区有4个，但还有34个旗县经济总量不足百亿。")
    assert (found["百亿"].value, found["百亿"].unit, found["百亿"].comparator) == (100.0, "亿", "<=")


CLASSES = [
    pytest.param("推进延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目，力争工业投资增长10％。", "千万吨", "=",
                 id="a-project-SX26"),
    pytest.param("促进延长石油千万吨原油稳产，加快雷龙湾储气库等项目建设，", "千万吨", "=", id="a-field-SX26"),
    pytest.param("满都拉口岸过货量稳定跃上千万吨位。", "千万吨", ">=", id="a-tonnage-passed-BT"),
]


@pytest.mark.parametrize(("phrase", "surface", "comparator"), CLASSES)
def test_a_physical_amount_before_a_noun_is_its_class(phrase: str, surface: str, comparator: str) -> None:
    assert _fields(_by_surface(phrase)[surface]) == (1000.0, "万吨", comparator, "other", None)


def test_an_amount_a_verb_governs_is_no_class() -> None:
    found = _by_surface("抓好新建煤矿投产，新增千万吨产能。")["千万吨"]
    assert (found.value, found.unit) == (1000.0, "万吨")
    assert found.kind != "other" and found.year is not None


def test_a_magnitude_word_with_a_physical_unit_is_an_amount() -> None:
    found = _by_surface("启动实施新一轮“铁公机”建设计划，铁路、航空客运量双双超过千万人次。")
    assert [(m.value, m.unit, m.comparator) for m in found.values()] == [(1000.0, "万人次", ">=")]


NOT_AMOUNTS = [
    pytest.param("深入开展千万师生阳光体育运动，", id="a-word-GZ25"),
    pytest.param("学习运用“千万工程”经验，深化“五治”协同，", id="a-name-GZ25"),
    pytest.param("表5-1 2011~2020年全国发电量结构(单位:亿千瓦时)", id="a-unit-label-NP"),
    pytest.param("连续跨越3个千亿台阶,产业集群加速成势。", id="a-count-of-milestones-JXC"),
]


@pytest.mark.parametrize("phrase", NOT_AMOUNTS)
def test_magnitude_words_that_are_no_amount(phrase: str) -> None:
    assert not [m for m in one(phrase, **WORK_REPORT_2026) if "亿" in m.unit or "万" in m.unit]


BROKEN = [
    pytest.param("新能源产业产值破千亿", "千亿", "新能源产业产值", id="XM"),
    pytest.param("2024年,温州全市地区生产总值已经达到9719亿元,距离万亿GDP,仅差了不到300亿元。2025年破万亿,就是临门一脚的事。",
                 "万亿", "地区生产总值", id="WZ"),
]


@pytest.mark.parametrize(("phrase", "surface", "metric"), BROKEN)
def test_broken_through_is_a_floor_and_no_part_of_the_name(phrase: str, surface: str, metric: str) -> None:
    found = _by_surface(phrase)[surface]
    assert (found.comparator, found.metric.endswith("破")) == (">=", False)



# A split number (a dev line): 平顶山's 2025 targets (PDS, a converted page with pinyin debris) split 6.5% with a
# space on both sides of the point.
def test_a_point_with_spaces_on_both_sides_splits_no_number() -> None:
    found = one("主要預期目標是:經(jīng)濟增長6 . 5%左右,研發(fā)經(jīng)費投入強度2%以上,", **WORK_REPORT_2026)
    assert [(m.value, m.unit, m.comparator) for m in found] == [(6.5, "%", "~"), (2.0, "%", ">=")]
    assert found[0].metric == "经济增长"



# The deeds a report promises, counted in quotes (dev and sample lines): 贵州's 2025 (GZ25) and 2026 (GZ26) reports put
# their “十件民生实事” in quotes, 从化's outline (CH, sample corpus) writes 每年十件民生实事 without; a quoted count of
# firsts (宁夏 2026, NX) stays a slogan.
DEEDS = [
    pytest.param("今年将继续统筹安排财力，扎实办好“十件民生实事”。", id="quoted-GZ25"),
    pytest.param("悠悠万事，民生为大，今年要继续办好“十件民生实事”。", id="quoted-GZ26"),
    pytest.param("覆盖近35.45万人。每年十件民生实事兑现到位。", id="unquoted-CH"),
]


@pytest.mark.parametrize("phrase", DEEDS)
def test_a_count_of_the_deeds_promised_is_a_count(phrase: str) -> None:
    found = _by_surface(phrase)["十件"]
    assert (found.value, found.unit, found.kind) == (10.0, "件", "count")


def test_a_quoted_count_of_firsts_stays_a_slogan() -> None:
    assert not one("“四水四定”取得“十个全国第一”成果，", **WORK_REPORT_2026)
