"""The classes the sixteenth fresh dev batch (city, county and district work reports and city annual-plan
reports of 2022-2025, issue #8) showed at its first shot, on real phrases of several governments.

Sources (the stored page corpus): the work reports of 聊城 (LC, 2024), 洛阳 (LY, 2022 digest and 2023), 宜宾 (YB,
2022), 岳阳 (YY, 2021), 六盘水 (LPS, 2024), 牟定县 (MD, 2024), 遵义市播州区 (BZ, 2025), 抚州 (2024), 青海 (QH, 2026),
云南 (YN, 2026), 宁夏 (NX, 2026), 贵州 (GZ, 2026), 陕西 (SN, 2026) and 福建 (FJ, 2025, as 人民网 reported it);
连云港's plan report of 2024; 大江新闻's round-up of 江西's cities (2026).
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import measures_of, one

UNDATED: dict[str, Any] = {"doc_type": "other", "period": None, "issued": None}
UNDATED_REPORT: dict[str, Any] = {"doc_type": "work_report", "period": None, "issued": None}
WR2024: dict[str, Any] = {"doc_type": "work_report", "period": (2024, 2024), "issued": "2024-01-18"}
WR2025: dict[str, Any] = {"doc_type": "work_report", "period": (2025, 2025), "issued": "2025-01-11"}
NEWS2026: dict[str, Any] = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-02-03"}


@pytest.mark.parametrize(
    "lines",
    [
        [  # LC: an excerpt of a review, without its title or date, that names a plan approved
            "(五)精益求精打造宜居城市。全面践行“人民城市”理念,一体推进城市体检、城市设计、城市更新。"
            "承载能力持续增强。国土空间总体规划获批,市大外环全线贯通,高铁新区建设全面起势,城市格局更加优化。"
            "全市新改建道路59条,改造雨污合流管网203公里、老旧燃气管网54公里,新增集中供热面积439万平方米。",
            "(六)用心用情发展民生事业。社会保障日益健全。城镇新增就业4.6万人,发放创业担保贷款15.7亿元。",
        ],
        [  # LY: a digest of a review naming plans that were approved or took a project in
            "(四)城市提质步伐持续加快",
            "铁路枢纽总图规划获批,呼南高铁焦济洛平段纳入国家规划,“十字型”高铁枢纽建设迈出关键一步。",
            "郑西高速栾双段、二广高速城区段改扩建工程竣工通车,6条高速同时在建。",
        ],
    ],
)
def test_a_review_that_names_a_plan_is_no_plan(lines: list[str]) -> None:
    found = measures_of(lines, **UNDATED)
    assert found and {m.stance for m in found} == {"actual"}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # YB: an undated report whose five-year review estimates its last year
            ["各位代表:", "一、过去五年工作回顾",
             "过去五年,我们始终牢记嘱托、勇担使命,综合实力实现跨越提升。预计2021年全市地区生产总值突破3000亿元、"
             "年均增长8.1%,总量由全省第4位跃升至第3位;一般公共预算收入年均增长14.9%,总量由全省第3位上升至第2位。"],
            [("3000亿元", 2021, None), ("8.1%", 2021, (2017, 2021)), ("第4位", 2016, None), ("第3位", 2021, None),
             ("14.9%", 2021, (2017, 2021)), ("第3位", 2016, None), ("第2位", 2021, None)],
        ),
        (  # YY: the same in a review of the 十三五 years
            ["各位代表:", "一、“十三五”国民经济和社会发展回顾",
             "——经济总量迈上4000亿台阶。预计2020年GDP达到4020亿元,年均增长7.1%,总量稳居全省第二位。"],
            [("4000亿", None, None), ("4020亿元", 2020, None), ("7.1%", 2020, (2016, 2020)), ("第二位", 2020, None)],
        ),
    ],
)
def test_an_undated_report_dated_by_the_year_it_estimates(
    lines: list[str], expected: list[tuple[str, int | None, tuple[int, int] | None]]
) -> None:
    found = [(m.surface, m.year, m.period) for m in measures_of(lines, **UNDATED_REPORT)]
    assert found == expected


def test_a_start_rank_named_by_its_field_is_of_the_year_before() -> None:
    # LPS: a one-year review: 由全省第六位上升至第五位 moves from last year's rank to this year's
    found = one("——发展态势回升向好。全市地区生产总值完成1557.64亿元、增长3.2%,经济总量由全省第六位上升至第五位,"
                "自第四次全国经济普查以来首次实现进位。", **WR2024)
    assert [(m.surface, m.year) for m in found if m.kind == "rank"] == [("第六位", 2022), ("第五位", 2023)]


def test_money_obtained_is_a_result() -> None:
    # MD: 争取到位 is money in hand, not a promise (争取 alone stays one: 争取到2025年…)
    found = one("云南牟定产业园区管委会挂牌成立,争取到位园区配套基础设施建设专债资金10亿元,实施基础设施建设项目27个。",
                **WR2024)
    assert next((m.surface, m.stance, m.year, m.metric) for m in found) == (
        "10亿元", "actual", 2023, "园区配套基础设施建设专债资金")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # BZ: a list of values each before its noun: each is named by its own noun
        ("6万吨电解锰、22万吨省储粮、两万套铝材模具生产线等重大项目陆续开工建设。",
         [("6万吨", "电解锰"), ("22万吨", "省储粮")]),
        # MD: a capacity said before the works it sizes; 并网 is one word
        ("实施总装机26.9万千瓦光伏项目9个,完成并网11.93万千瓦。",
         [("26.9万千瓦", "光伏项目总装机"), ("9个", "光伏项目"), ("11.93万千瓦", "并网")]),
        # QH: the same with 年产
        ("一年内就实现年产4万吨基础锂盐一体化", [("4万吨", "基础锂盐一体化年产")]),
    ],
)
def test_values_named_by_the_noun_after_them(phrase: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.surface, m.metric) for m in one(phrase, **WR2025)]
    assert found[: len(expected)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # LPS: 一、二、三产 share the 产 of the last item (named as written)
        ("全市地区生产总值完成1557.64亿元、增长3.2%,其中一、二、三产分别增长3.3%、0.6%、5.7%。",
         ["一产", "二产", "三产"]),
        # NX: written out, the three sectors as before
        ("一、二、三产业增加值分别增长6%、8%、5.2%。", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
    ],
)
def test_the_three_sectors_listed_by_their_ordinals(phrase: str, expected: list[str]) -> None:
    found = [m.metric for m in one(phrase, **WR2024) if m.kind == "growth"]
    assert found[-3:] == expected


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        ("全市GDP突破2000亿元,增长6.3%,增速跃居全省第3,创撤地设市以来最好成绩,对全省经济增长贡献率达13%,为历年最高;",
         "13%"),  # 抚州
        ("非烟非能工业增加值增长8.1%、对规模以上工业增长贡献率达72.9%，装备制造业", "72.9%"),  # YN
    ],
)
def test_a_contribution_to_growth_is_a_share(phrase: str, surface: str) -> None:
    found = {m.surface: m.kind for m in one(phrase, **WR2024)}
    assert found[surface] == "share"


def test_a_rank_risen_to_without_its_ordinal() -> None:
    # LY: 跃升到45位 as 跃升至45位
    found = one("生产总值迈上五千亿台阶,预计达到5800亿元左右,在全国城市排名跃升到45位。", **WR2024)
    assert [(m.surface, m.kind, m.value) for m in found if m.kind == "rank"] == [("45位", "rank", 45.0)]


def test_a_concentration_in_latin_symbols() -> None:
    # 连云港: PM2.5平均浓度32μg/m3 (as written, the unit of 微克/立方米)
    found = one("——PM2.5平均浓度32μg/m3。", **WR2024)
    assert [(m.surface, m.unit, m.base_unit) for m in found] == [("32μg/m3", "μg/m3", "微克/立方米")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # LY: a milestone passed in Chinese numerals without its unit, of no year
        ("生产总值迈上五千亿台阶,预计达到5800亿元左右。", [("五千亿", 5000.0, "亿", "other", None)]),
        # 南昌 (江西's round-up of its cities): 成功 names nothing, so the milestone is of the value before it
        ("2025年,南昌地区生产总值达8141.69亿元,成功跨越八千亿新台阶,同比增长4.7%;",
         [("八千亿", 8000.0, "亿", "other", None)]),
        # 江西: a count of milestones passed is no quantity, nor the class it counts
        ("GDP连续跨越3个千亿台阶,产业", []),
    ],
)
def test_a_milestone_in_chinese_numerals(
    phrase: str, expected: list[tuple[str, float, str, str, int | None]]
) -> None:
    found = [(m.surface, m.value, m.unit, m.kind, m.year) for m in one(phrase, **NEWS2026) if m.kind == "other"]
    assert found == expected


def test_the_growth_after_a_milestone_measures_what_passed_it() -> None:
    found = {m.surface: m.metric for m in one(
        "2025年,南昌地区生产总值达8141.69亿元,成功跨越八千亿新台阶,同比增长4.7%;", **NEWS2026)}
    assert found["八千亿"] == "南昌地区生产总值台阶"
    assert found["4.7%"] == "南昌地区生产总值"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # LPS: the last item's tail after the ending the items share (投资) names every item
        ("民间投资、产业投资、工业投资占比分别达49.2%、60.2%、56.3%,分别提高10.6、6.3、12.9个百分点,",
         ["民间投资占比", "产业投资占比", "工业投资占比", "民间投资占比", "产业投资占比", "工业投资占比"]),
        # NX, QH: two industries and their value added
        ("规模以上高技术制造业和装备制造业增加值分别增长13.8%、18.1%，",
         ["规模以上高技术制造业增加值", "装备制造业增加值"]),
        ("高技术制造业、装备制造业增加值分别增长9.5%、10.7%，", ["高技术制造业增加值", "装备制造业增加值"]),
        # SN: 企业 … 数量
        ("科技型中小企业、高新技术企业数量分别增长3.2倍、2.5倍，", ["科技型中小企业数量", "高新技术企业数量"]),
        # GZ: 游客 … 人次
        ("接待省外游客、入境过夜游客人次年均分别增长8.5%、80.9%。", ["接待省外游客人次", "入境过夜游客人次"]),
        # FJ: 居民 … 人均可支配收入
        ("城镇居民、农村居民人均可支配收入预计分别增长4.5%、6.7%,",
         ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        # an item that ends as the last item does keeps its name (收入 … 收入)
        ("一般公共预算收入、税收收入年均分别增长4.5%、3%", ["一般公共预算收入", "税收收入"]),
    ],
)
def test_a_list_shares_the_tail_of_its_last_item(phrase: str, expected: list[str]) -> None:
    assert [m.metric for m in one(phrase, **WR2025)] == expected
