"""The classes the twenty-sixth fresh dev batch (2026 work reports of cities and counties, issue #8) showed at its
first shot, on real phrases of several governments.

Sources: the 2026 work report of 深圳 (SZ26, 第一财经's news of it, a dev document), the 2026 report of 陕西
(SX26, a dev document) and the national work report of 2015 (CN15, 国务院, examples/corpus).
"""

from __future__ import annotations

import pytest
from measures_support import measures_of

from plantrace.models import Measure

REVIEW = ("一、2025年工作回顾",)


def _of(phrase: str, path: tuple[str, ...] = REVIEW, year: int = 2026) -> dict[str, Measure]:
    found = measures_of([phrase], doc_type="work_report", period=(year, year), issued=f"{year}-01-18", path=path)
    return {m.surface: m for m in found}


@pytest.mark.parametrize(
    ("phrase", "surface", "comparator"),
    [
        # SZ26: the industry's share held at about a third
        ("规上工业总产值、工业增加值连续4年保持全国城市“双第一”，工业增加值占地区生产总值比重稳定在1/3左右。",
         "1/3左右", "~"),
        # CN15: the special transfer payments cut by a third or more
        ("预算管理制度和税制改革取得重要进展，专项转移支付项目比上年减少1/3以上，一般性转移支付比重增加，地方政府性债务管理得到加强。",
         "1/3以上", ">="),
    ],
)
def test_the_word_after_a_written_fraction_is_its_comparator(phrase: str, surface: str, comparator: str) -> None:
    found = _of(phrase)
    assert (found[surface].value, found[surface].comparator) == (pytest.approx(1 / 3, abs=1e-6), comparator)


def test_written_fractions_without_a_word_after_them_are_unchanged() -> None:
    """陕西's 2026 report (SX26, a dev document): 苹果、猕猴桃产量稳定在全国1/4、1/3 (two shares, no comparator)."""
    found = _of("苹果、猕猴桃产量稳定在全国1/4、1/3，具有陕西特色的现代化产业体系加速构建。")
    assert {s: (round(found[s].value or 0, 4), found[s].comparator) for s in ("1/4", "1/3")} == {
        "1/4": (0.25, "="), "1/3": (0.3333, "=")}


@pytest.mark.parametrize(
    ("phrase", "scale"),
    [
        # JN26 (济南's 2026 report, 大众网's news of it, a dev document): the five years' milestones
        ("“强”的基础更加稳固,省会综合实力实现新跃升。预计地区生产总值5年跨过4个千亿级台阶,稳居全国城市20强,",
         "千亿级"),
        # LC26 (灵川县's 2026 report, a dev document): a county's milestones, its growth after them
        ("预计2025年,全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,年均增速达到8%;规模以上工业增加值增长16%。",
         "十亿级"),
    ],
)
def test_milestones_counted_are_named_by_what_passed_them_and_not_counted(phrase: str, scale: str) -> None:
    """跨过4个千亿级台阶: the class is a milestone of the indicator that passed it (not 规模), and the count of
    the milestones is no quantity."""
    found = _of(phrase, ("一、“十四五”时期工作回顾",))
    assert (found[scale].kind, found[scale].metric, found[scale].year) == ("other", "地区生产总值台阶", None)
    assert not [s for s in found if s.endswith("个")]
    if "8%" in found:  # LC26: the growth after the milestones is the indicator's, not the milestone's
        assert found["8%"].metric.startswith("地区生产总值")


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # CN17 (国务院's 2017 report, examples/corpus): one cut said of both pollutants
        ("坚决打好蓝天保卫战。今年二氧化硫、氮氧化物排放量要分别下降3%，重点地区细颗粒物（PM2.5）浓度明显下降。",
         "3%", "二氧化硫、氮氧化物排放量"),
        # GZ26 (广州's 2026 report, 格隆汇's news of it, a dev document): one target for four indicators
        ("规模以上工业增加值、固定资产投资、社会消费品零售总额、商品进出口总值分别增长5%,地方一般公共预算收入增长2%,",
         "5%", "规模以上工业增加值、固定资产投资、社会消费品零售总额、商品进出口总值"),
        # NX26 (宁夏's 2026 report, a dev document): 均 gives one value to both indicators
        ("加快国家新型互联网交换和算力网络枢纽“双中心”建设，数字经济营业收入、智算规模等主要指标均增长3倍以上，",
         "3倍以上", "数字经济营业收入、智算规模"),
    ],
)
def test_one_value_said_of_every_item_of_a_list_is_named_by_the_list(phrase: str, surface: str, metric: str) -> None:
    assert _of(phrase)[surface].metric.startswith(metric)


def test_a_list_of_values_still_gives_each_item_its_own() -> None:
    """NX26: 全区游客人次、旅游花费分别增长14%、10% (two values, one for each item, as before)."""
    found = _of("全区游客人次、旅游花费分别增长14%、10%，入境游客增长25%。")
    assert (found["14%"].metric, found["10%"].metric) == ("游客人次", "旅游花费")


@pytest.mark.parametrize(
    ("phrase", "surface", "unit", "metric"),
    [
        # XT24 (仙桃, 湖北日报's news of its economy in 2024, a dev document): a county of a thousand 亿
        ("2023年,仙桃实现地区生产总值1014.33亿元,是湖北唯一“千亿县”。", "千亿", "亿", "县地区生产总值门槛"),
        # WZ26 (温州's 2026 report, news of it, a dev document): a city of ten thousand 亿
        ("至此,温州也成为继杭州、宁波之后,浙江的第三座GDP万亿城市,为“十四五”规划画上了圆满的句号。", "万亿", "万亿",
         "城市地区生产总值门槛"),
        # JN26: the counties past a thousand 亿元 (was 区县投资额门槛: the money of places is their economy)
        ("济南“十四五”成绩单:过千亿元区县达到6个", "千亿元", "亿元", "区县地区生产总值门槛"),
    ],
)
def test_a_size_class_of_places_is_a_threshold_of_their_economy(
        phrase: str, surface: str, unit: str, metric: str) -> None:
    found = _of(phrase)[surface]
    assert (found.value, found.unit, found.comparator, found.kind, found.year, found.metric) == (
        1.0 if surface == "万亿" else 1000.0, unit, ">=", "other", None, metric)


def test_a_threshold_of_projects_is_still_their_investment() -> None:
    """JN26: 累计实施100亿元以上项目45个 (projects, not places: an investment, as before)."""
    assert _of("重大项目建设提效蓄能,累计实施100亿元以上项目45个。")["100亿元以上"].metric.endswith("投资额门槛")
