"""Table tests of real phrases (both scripts) for every measure rule.

Phrases are quoted from the sample corpus or written in the same style. Each row checks the
fields that rule decides; the helper builds one paragraph node per phrase.
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

from plantrace.errors import NotFound
from plantrace.extract.measures import RULES, rule

WR = {"doc_type": "work_report", "period": None, "issued": "2021-01-29"}
FYP: dict[str, Any] = {"doc_type": "fyp_outline", "period": (2021, 2025)}


def fields(phrase: str, keys: tuple[str, ...], **kwargs: Any) -> list[tuple[Any, ...]]:
    return [tuple(getattr(m, k) for k in keys) for m in one(phrase, **kwargs)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # measure.growth.v1 / level / share / change / count
        ("今年经济社会发展主要预期目标是：地区生产总值增长7%以上，固定资产投资增长15%左右",  # Xizang 2026
         [("7%以上", 7.0, "%", ">=", "growth", "measure.growth.v1"),
          ("15%左右", 15.0, "%", "~", "growth", "measure.growth.v1")]),
        ("2020年地区生产总值突破2.5万亿元,增长2.7%。",
         [("2.5万亿元", 2.5, "万亿元", ">=", "level", "measure.level.v1"),
          ("2.7%", 2.7, "%", "=", "growth", "measure.growth.v1")]),
        ("城镇登记失业率控制在3.5%以内;居民消费价格涨幅3%左右。",
         [("3.5%以内", 3.5, "%", "<=", "share", "measure.share.v1"),
          ("3%左右", 3.0, "%", "~", "growth", "measure.growth.v1")]),
        ("白云机场国际旅客中转率25.5%,比2015年提高7.5个百分点。",
         [("25.5%", 25.5, "%", "=", "share", "measure.share.v1"),
          ("7.5个百分点", 7.5, "个百分点", "=", "change", "measure.change.v1")]),
        ("高新技术企业从1919家增至1.2万家。",
         [("1919家", 1919.0, "家", "=", "count", "measure.count.v1"),
          ("1.2万家", 1.2, "万家", "=", "count", "measure.count.v1")]),
        ("在穗投资世界500强企业增加26家,总数达309家。",
         [("26家", 26.0, "家", "=", "change", "measure.change.v1"),
          ("309家", 309.0, "家", "=", "count", "measure.count.v1")]),
        ("森林覆盖率不低于69.1%,单位地区生产总值能耗下降13.5%。",
         [("69.1%", 69.1, "%", ">=", "share", "measure.share.v1"),
          ("13.5%", 13.5, "%", "=", "growth", "measure.growth.v1")]),
        ("全社会研发投入年均增长15.6%,新增城镇就业超过6.12万人,总投资近500亿元。",
         [("15.6%", 15.6, "%", "=", "growth", "measure.growth.v1"),
          ("6.12万人", 6.12, "万人", ">=", "count", "measure.count.v1"),
          ("500亿元", 500.0, "亿元", "~", "level", "measure.level.v1")]),
        ("人工智能与数字经济试验区集聚项目240多个,每年文化惠民活动十万余人次。",
         [("240多个", 240.0, "个", ">=", "count", "measure.count.v1"),
          ("十万余人次", 10.0, "万人次", ">=", "level", "measure.level.v1")]),
        ("新建污水管网1.89万公里,比“十二五”增长13.4倍;低保标准从650元/月提升至1080元/月。",
         [("1.89万公里", 1.89, "万公里", "=", "level", "measure.level.v1"),
          ("13.4倍", 13.4, "倍", "=", "growth", "measure.growth.v1"),
          ("650元/月", 650.0, "元/月", "=", "level", "measure.level.v1"),
          ("1080元/月", 1080.0, "元/月", "=", "level", "measure.level.v1")]),
        ("PM2.5平均浓度30微克/立方米,城市日污水处理能力达到800万立方米/日。",
         [("30微克/立方米", 30.0, "微克/立方米", "=", "level", "measure.level.v1"),
          ("800万立方米/日", 800.0, "万立方米/日", "=", "level", "measure.level.v1")]),
        ("商品进出口总值首次突破万亿元,投资总规模6000多亿元,下岗职工2700多万人。",
         [("万亿元", 1.0, "万亿元", ">=", "level", "measure.level.v1"),
          ("6000多亿元", 6000.0, "亿元", ">=", "level", "measure.level.v1"),
          ("2700多万人", 2700.0, "万人", ">=", "count", "measure.count.v1")]),
        ("中央财政用于“三农”的支出累计超过4万多亿元。",
         [("4万多亿元", 4.0, "万亿元", ">=", "level", "measure.level.v1")]),
        ("坚持每年办好十件民生实事,建立百家科技金融工作站。",
         [("十件", 10.0, "件", "=", "count", "measure.count.v1"),
          ("百家", 100.0, "家", "=", "count", "measure.count.v1")]),
        ("常住人口1868万,比2010年地区生产总值翻一番,工业比重百分之十五以上。",
         [("1868万", 1868.0, "万", "=", "count", "measure.count.v1"),  # people are counted, 万 or 万人
          ("翻一番", 2.0, "倍", "=", "ratio", "measure.doubling.v1"),
          ("百分之十五以上", 15.0, "%", ">=", "share", "measure.fraction.v1")]),
        ("降低900多万个体工商户税负,不到1%的企业,不足5000万元。",
         [("900多万", 900.0, "万", ">=", "change", "measure.change.v1"),
          ("1%", 1.0, "%", "<=", "share", "measure.share.v1"),
          ("5000万元", 5000.0, "万元", "<=", "level", "measure.level.v1")]),
        # traditional script
        ("地區生產總值年均增長6%左右,實有各類市場主體18.42萬戶。",
         [("6%左右", 6.0, "%", "~", "growth", "measure.growth.v1"),
          ("18.42萬戶", 18.42, "万户", "=", "count", "measure.count.v1")]),
        ("低保標準從650元/月提升至1080元/月,人均期望壽命82.99歲。",
         [("650元/月", 650.0, "元/月", "=", "level", "measure.level.v1"),
          ("1080元/月", 1080.0, "元/月", "=", "level", "measure.level.v1"),
          ("82.99歲", 82.99, "岁", "=", "level", "measure.level.v1")]),
        # measure.range.v1, ratio, rank, fraction
        # (10—15分钟 names the circle, no quantity: convention 13 of evaluation/dev/README.md)
        ("每区建设3至5个口袋公园,建设1—2所应用型本科,形成10—15分钟生活圈。",
         [("3至5个", 3.0, "个", "range", "count", "measure.range.v1"),
          ("1—2所", 1.0, "所", "range", "count", "measure.range.v1")]),
        ("国内生产总值增长6%-6.5%。", [("6%-6.5%", 6.0, "%", "range", "growth", "measure.range.v1")]),
        ("三次产业结构进一步优化，调整为8.3∶41.4∶50.3。",  # Ningxia 2026, full-width ratio colon: three parts,
         [("8.3∶41.4∶50.3", None, "", "=", "ratio", "measure.ratio.v1")]),  # no single value
        ("技术合同成交额是2015年的8倍。", [("8倍", 8.0, "倍", "=", "ratio", "measure.ratio.v1")]),
        ("全球创新集群百强排名由2017年第63位提升到2019年第21位。",
         [("第63位", 63.0, "位", "=", "rank", "measure.rank.v1"),
          ("第21位", 21.0, "位", "=", "rank", "measure.rank.v1")]),
        ("港口货物、集装箱吞吐量分别由全球第6、第7位提升到第4、第5位。",
         [("第6", 6.0, "位", "=", "rank", "measure.distributed.v1"),
          ("第7位", 7.0, "位", "=", "rank", "measure.distributed.v1"),
          ("第4", 4.0, "位", "=", "rank", "measure.distributed.v1"),
          ("第5位", 5.0, "位", "=", "rank", "measure.distributed.v1")]),
        ("一般公共预算民生支出占比约七成,工业生产许可证种类压减三分之一以上。",
         [("七成", 7.0, "成", "~", "share", "measure.share.v1"),
          ("三分之一以上", 1 / 3, "", ">=", "share", "measure.fraction.v1")]),
    ],
)
def test_values_units_comparators_kinds(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    got = fields(phrase, ("surface", "value", "unit", "comparator", "kind", "rule"), **WR)
    assert [(*g[:1], pytest.approx(g[1]), *g[2:]) for g in got] == expected


@pytest.mark.parametrize(
    ("phrase", "metrics"),
    [
        ("2020年地区生产总值突破2.5万亿元,增长2.7%,5年年均增长6%。",
         [("地区生产总值", "地区生产总值")] * 3),
        ("来源于广州地区的一般公共预算收入6155.8亿元。", [("一般公共预算收入", "一般公共预算收入")]),
        ("全社会研发投入年均增长10.5%，技术合同成交额增长7.1倍",  # Yunnan 2026
         [("全社会研发投入", "研发经费"), ("技术合同成交额", None)]),
        ("到2030年全社会研发投入强度达到3.2％左右", [("全社会研发投入强度", "R&D经费投入强度")]),  # Shaanxi 2026
        ("全面完成6个旧村、109个旧厂、442个老旧小区改造项目。",
         [("旧村", None), ("旧厂", None), ("老旧小区改造项目", None)]),
        ("城镇和农村居民人均可支配收入分别达到45224元和23857元。",
         [("城镇居民人均可支配收入", "城镇居民人均可支配收入"),
          ("农村居民人均可支配收入", "农村居民人均可支配收入")]),
        ("国家、省重点实验室达21家和241家,分别占全省70%和61%。",
         [("国家重点实验室", None), ("省重点实验室", None),
          ("国家重点实验室占全省", None), ("省重点实验室占全省", None)]),
        ("年末实有市场主体269.67万户,其中企业158.43万户,比2015年分别增长1.03倍和2.01倍。",
         [("实有市场主体", "市场主体"), ("企业", None), ("实有市场主体", "市场主体"), ("企业", None)]),
        ("基本扫除青壮年文盲的人口地区覆盖率,由1997年的65%提高到2002年的91%。",
         [("人口地区覆盖率", None), ("人口地区覆盖率", None)]),
        ("“十三五”期間推動91個“攻城拔寨”重點項目建設,全国2235万城市居民得到最低生活保障。",
         [("攻城拔寨重点项目", None), ("城市居民", None)]),
        ("會展業展覽場次、展覽面積比“十二五”分別增長46.1%和5.7%。",
         [("会展业展览场次", None), ("展览面积", None)]),
        ("城镇调查失业率5.5%左右,国内生产总值增长6%,GDP增长6.5%。",
         [("城镇调查失业率", "城镇调查失业率"), ("国内生产总值", "地区生产总值"), ("GDP", "地区生产总值")]),
    ],
)
def test_metric_and_canonical_metric(phrase: str, metrics: list[tuple[str, str | None]]) -> None:
    assert fields(phrase, ("metric", "metric_canonical"), **WR) == metrics


@pytest.mark.parametrize(
    "phrase",
    [
        "推进14号线、37号线、G105国道、S118省道改造。",
        "打造3A级景区,创建三甲医院,举办第45届世界技能大赛,入选第1批试点,深入第一线。",
        "构建“1+1+9”工作部署,推动“1+2+4”产业集群,营商环境3.0改革,推广2.0模式。",
        "实施《3-6岁儿童学习与发展指南》和《广州市城市更新规划(2019-2025年)》。",
        "拨打12345热线,发展5G、3D打印,加强细颗粒物(PM2.5)和臭氧(O3)协同控制,加入C40城市。",
        "打造“一核两翼三带”,建设20万吨级码头,推动第二期工程,水质达到Ⅲ类。",
        "树牢“四个意识”,坚定“四个自信”,做到“两个维护”,严格落实中央八项规定。",
        "统筹两个市场两种资源,在八个字上下功夫,始终把人民生命安全放在第一位。",
        "2021年1月29日在广州市第十五届人民代表大会第六次会议上,时间:2021-02-04 22:37。",
        "到2035年基本实现社会主义现代化,2016至2019年持续推进,连续4年稳定达标。",
        "带动千家万户农民进入市场,千万家庭,万家灯火,百家争鸣,世界500强,建党一百周年。",
    ],
)
def test_no_false_quantities_from_codes_names_and_dates(phrase: str) -> None:
    assert one(phrase, **FYP) == []


@pytest.mark.parametrize(
    ("phrase", "surfaces"),
    [
        # a threshold is a condition on what is counted: kind other, of no year (the measures README)
        ("单体建筑面积10万平方米(含)以上的项目全面实施装配式建筑。", [("10万平方米(含)以上", "other", None)]),
        ("引进投资10亿元以上的重大产业项目12个。", [("10亿元以上", "other", None), ("12个", "count", 2025)]),
        ("累计引进百亿元以上项目37个。", [("百亿元以上", "other", None), ("37个", "count", 2025)]),
        ("注册资本1亿元以上企业559家。", [("1亿元以上", "other", None), ("559家", "count", 2025)]),
        ("60岁以上老人免费乘车,确保实现地区生产总值增长6%以上的目标。",
         [("60岁以上", "other", None), ("6%以上", "growth", 2025)]),
        # …but a count or share before a noun is a value (45% of the area, 100 old estates)
        ("建成区45%以上面积达到海绵城市要求,推进100个以上老旧小区改造。",
         [("45%以上", "share", 2025), ("100个以上", "count", 2025)]),
    ],
)
def test_thresholds_inside_conditions_are_conditions_not_values(
    phrase: str, surfaces: list[tuple[str, str, int | None]]
) -> None:
    assert [(m.surface, m.kind, m.year) for m in one(phrase, **FYP)] == surfaces


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("到年,城市轨道交通运营里程力争达公里。",
         [("年", None, "年", "measure.missing_year.v1", None),
          ("公里", None, "公里", "measure.missing.v1", None)]),
        ("新增电源装机容量约万千瓦,推进条城中村改造,基本完成个老旧小区微改造项目。",
         [("万千瓦", None, "万千瓦", "measure.missing.v1", 2025),
          ("条", None, "条", "measure.missing.v1", 2025),
          ("个", None, "个", "measure.missing.v1", 2025)]),
        ("全市%中小学开展智慧阅读,加快建设千伏海珠输变电工程。",
         [("%", None, "%", "measure.missing.v1", 2025), ("千伏", None, "千伏", "measure.missing.v1", 2025)]),
        ("风电装机规模分别达万千瓦、16万千瓦。",
         [("万千瓦", None, "万千瓦", "measure.missing.v1", 2025),
          ("16万千瓦", 16.0, "万千瓦", "measure.level.v1", 2025)]),
        ("推进海绵城市建设,每平方公里,万元GDP能耗,个人所得税,条件成熟。", []),  # (超亿元企业: a class, session 22)
    ],
)
def test_missing_values_keep_unit_and_year_slot(phrase: str, expected: list[tuple[Any, ...]]) -> None:
    got = one(phrase, **FYP)
    assert [(m.surface, m.value, m.unit, m.rule, m.year) for m in got] == expected
    assert all(m.missing_value == (m.value is None) for m in got)


@pytest.mark.parametrize(
    ("phrase", "doc", "path", "expected"),
    [
        # the sentence: explicit years against the report year / plan period
        ("2020年地区生产总值突破2.5万亿元。", WR, (), [("actual", 2020)]),
        ("今年地区生产总值增长6%以上。", WR, (), [("target", 2021)]),
        ("去年农业总产值增长10.2%。", WR, (), [("actual", 2020)]),
        ("到2025年,常住人口城镇化率达到86.5%。", FYP, (), [("target", 2025)]),
        ("地区生产总值从2015年的1405.4亿元增长到2020年的2086.93亿元。", FYP, (),
         [("actual", 2015), ("actual", 2020)]),
        ("人均期望寿命82.99岁(2019年)。", FYP, (), [("actual", 2019)]),
        ("农村居民人均纯收入实际增速为1985年以来最高,全年人均增加1680元。", WR, (), [("actual", 2020)]),
        ("“十三五”期间累计清理整顿“散乱污”场所8411家。", FYP, (), [("actual", 2020)]),
        ("“十四五”时期新增基础教育学位40万个。", FYP, (), [("target", 2025)]),
        ("比2020年下降13.5%。", FYP, (), [("target", 2025)]),
        ("2022年全年地区生产总值53734.92亿元,比上年增长4.3%。",
         {"doc_type": "statistical_bulletin", "period": (2022, 2022), "issued": "2023-03-17"}, (),
         [("actual", 2022), ("actual", 2022)]),
        ("年末常住人口5844万人。", {"doc_type": "statistical_bulletin", "period": (2022, 2022)}, (),
         [("actual", 2022)]),
        ("全力持續推進“城中村改造三年4條、五年13條、十年16條。", FYP, (),
         [("target", 2023), ("target", 2025), ("target", 2030)]),
        # the region: review vs plan headings
        ("实有市场主体269.67万户。", WR, ("一、“十三五”时期发展成就和2020年主要工作",), [("actual", 2020)]),
        ("新增城镇就业22万人。", WR, ("三、2021年工作安排",), [("target", 2021)]),
        ("城乡居民医保覆盖48.54万人。", FYP, ("第一章 开启新征程", "第一节 “十三五”时期发展成就"),
         [("actual", 2020)]),
        ("建成家庭养老床位7000张。", FYP, ("第三章 建设幸福城市",), [("target", 2025)]),  # a 2026 task list
        ("空氣質量優良天數比例達89.3%。", FYP, ("專欄1:海珠區“十三五”主要指標完成情況表",), [("actual", 2020)]),
        # the words: promises and results
        ("力争新增规模以上企业1000家。", {"doc_type": "other", "period": None}, (), [("target", None)]),  # Shaanxi 2026
        ("已建成5G基站4.8万座。", {"doc_type": "other", "period": None}, (), [("actual", None)]),
    ],
)
def test_stance_and_year(phrase: str, doc: dict[str, Any], path: tuple[str, ...],
                         expected: list[tuple[str, int | None]]) -> None:
    assert fields(phrase, ("stance", "year"), path=path, **doc) == expected


def test_work_report_sections_after_the_review_are_plans() -> None:
    from measures_support import measures_of

    # Shaanxi 2026 (2026-01-27): its review heading, a result, its plan heading, a target
    lines = ["一、2025年工作回顾", "城镇新增就业44.1万人。", "三、2026年重点工作", "城镇新增就业40万人以上。"]
    got = measures_of(lines, doc_type="work_report", period=None, issued="2026-01-27")
    assert [(m.line, m.stance, m.year) for m in got] == [(2, "actual", 2025), (4, "target", 2026)]


def test_spans_point_into_the_original_line() -> None:
    raw = "  2020年地區生產總值突破２.５萬億元,增長2.7%。"
    got = one(raw, **WR)
    assert [(m.surface, raw[m.start:m.end]) for m in got] == [("２.５萬億元",) * 2, ("2.7%",) * 2]
    assert got[0].value == 2.5 and got[0].unit == "万亿元" and got[0].base_value == pytest.approx(2.5e12)


def test_base_values_compare_across_units() -> None:
    got = one("面积1.2平方公里,约120公顷,新增耕地1800亩,配套资金5000万元和0.5亿元。", **FYP)
    bases = [(m.base_value, m.base_unit, m.dimension) for m in got]
    assert bases[0] == (pytest.approx(1.2e6), "平方米", "area")
    assert bases[1] == (pytest.approx(1.2e6), "平方米", "area")
    assert bases[2][1:] == ("平方米", "area")
    assert bases[3] == (pytest.approx(5e7), "元", "money") and bases[4] == (pytest.approx(5e7), "元", "money")


def test_rule_registry_lists_known_names_on_a_failed_lookup() -> None:
    assert rule("measure.growth.v1") == "measure.growth.v1"
    with pytest.raises(NotFound) as err:
        rule("measure.grwth.v1")
    assert "measure.growth.v1" in (err.value.hint or "")
    assert all(name.startswith("measure.") and name.endswith(".v1") for name in RULES)


def test_every_canonical_metric_names_itself() -> None:
    from plantrace.extract.measures.metric import canonical, known_metrics

    assert [m for m in known_metrics() if canonical(m) != m] == []


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("GDP", "地区生产总值"), ("地區生產總值", "地区生产总值"), ("R&D经费投入强度", "R&D经费投入强度"),
     ("研发经费投入强度", "R&D经费投入强度"), ("单位GDP能耗", "单位地区生产总值能耗"),
     ("万元GDP能耗", "单位地区生产总值能耗"),
     ("城鎮登記失業率", "城镇登记失业率"), ("农民人均纯收入", "农村居民人均可支配收入"), ("不是指标", None)],
)
def test_canonical_metrics_from_synonyms_in_both_scripts(phrase: str, name: str | None) -> None:
    from plantrace.extract.measures.metric import canonical

    assert canonical(phrase) == name
