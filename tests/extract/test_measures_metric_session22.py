"""Indicator names of the classes left on the dev set in session 22 (issue #8, "metric"), on real phrases of
several governments.

Sources: the 2026 work reports of 陕西 (SX), 青海 (QH), 内蒙古 (NM), 云南 (YN), 西藏 (XZ) and 宁夏 (NX); the State
Council's work reports of 2004 and 2009; a city's report on its first three quarters, traditional in the source
(CQ); 成都海关 on 四川's trade of January-October 2019, traditional in the source (SC); county work reports of
云南 (ZY, 2024) and 房县 news (FX); 邯郸's 2025 work report (HD); 泰兴's 2010 work report digest, traditional (TX);
广州's 十四五 plan outline (GZ); the national 十四五 review.
"""

from __future__ import annotations

from typing import Any

import pytest
from measures_support import one

REPORT: dict[str, Any] = {"doc_type": "work_report", "period": (2026, 2026), "issued": "2026-01-20"}


def metrics_of(phrase: str) -> dict[str, str]:
    return {m.surface: m.metric for m in one(phrase, **REPORT)}


# one value each: the class, a real phrase, the value's surface and its name
SINGLE = [
    # the clause before states a task (优化…机制, 组织开展…行动), not how a subject fares: a bare name is not the
    # task's (it is owned by the value before it in its sentence, or, an investment, by the projects named before it:
    # session 26)
    pytest.param("优化重大项目省级领导包保机制，力争完成投资2440亿元以上。", "2440亿元以上", "重大项目投资",
                 id="task-XZ"),
    pytest.param("组织开展扩大有效投资专项行动，实施重点项目2800多个，完成投资2400多亿元。", "2400多亿元",
                 "实施重点项目投资", id="task-NX"),
    # N家<noun>入选/荣获/获/达到/共享…: what a longer noun after a count won or reached is part of its name
    pytest.param("西部矿业、能源发展集团等6家企业入选2025西部企业数字化建设成效卓越单位。", "6家",
                 "企业入选西部企业数字化建设成效卓越单位", id="won-QH"),
    pytest.param("30个县区通过国家义务教育优质均衡发展评估，47家县级医院共享三级医院服务，每千人床位数增加。", "47家",
                 "县级医院共享三级医院服务", id="won-SX"),
    pytest.param("6座博物馆晋级国家一级博物馆，10部文艺作品荣获文华奖、荷花奖。", "10部", "文艺作品荣获文华奖和荷花奖",
                 id="won-NM"),
    pytest.param("钢铁、有色、化工等重点行业46种产品能耗达到国家先进值，", "46种", "产品能耗达到国家先进值",
                 id="reached-NM"),
    pytest.param("晋宁河泊所遗址入选“全国十大考古新发现”，9部精品力作获国家级文艺大奖，", "9部",
                 "精品力作获国家级文艺大奖", id="won-YN"),
    pytest.param("超过200家世界500强企业在陕设立分支机构，实际使用外资年均增长15.1％。", "200家", "世界500强企业",
                 id="ranking-size-SX"),
    # …but what they went into or became (纳入, 建成) is no part of it
    pytest.param("612个房地产项目纳入“白名单”，", "612个", "房地产项目", id="other-predicate-SX"),
    pytest.param("374个沿边行政村全部建成边境幸福村，", "374个", "沿边行政村", id="other-predicate-YN"),
    # things counted as started or launched keep that
    pytest.param("中石化特种纤维、宝丰第二套煤制烯烃等1700多个新项目开工；", "1700多个", "新项目开工", id="started-NX"),
    pytest.param("“高效办成一件事”四批次43个重点事项全部上线运行，80个高频政务服务事项实现区内“通办”。", "43个",
                 "重点事项上线运行", id="launched-XZ"),
    # 签约亿元以上项目: the threshold of the projects signed; the list item before it (…总额、) names nothing
    pytest.param("招商引资成效显著。签约亿元以上项目507个,邯郸数字经济产业园等一批项目落地。", "亿元以上",
                 "签约项目投资额门槛", id="threshold-HD"),
    pytest.param("實施3000萬元以上工業項目75個,總投資101.8億元", "3000萬元以上", "实施工业项目投资额门槛",
                 id="threshold-TX"),
    pytest.param("社会消费品零售总额、5000万元以上项目投资2项指标增速全市第二,", "5000万元以上", "项目投资额门槛",
                 id="threshold-FX"),
    pytest.param("慢阻肺病健康管理、60岁以上老年人流感疫苗接种和", "60岁以上", "老年人年龄门槛", id="threshold-NX"),
    # 有<what>的<short noun>: the relative clause says which things (the noun alone says too little)
    pytest.param("盐湖化工产品出口分别增长3.8倍、80.2%，有进出口实绩的企业达242家，改革开放成效日益彰显。", "242家",
                 "有进出口实绩的企业", id="owning-QH"),
    # 孕产妇、婴儿和5岁以下儿童: the item before 和 names nothing of the threshold
    pytest.param("开展人均预期寿命提升专项行动，控制孕产妇、婴儿和5岁以下儿童死亡率。", "5岁以下", "儿童年龄门槛",
                 id="threshold-after-he-QH"),
    # 国家和地区 is one noun
    pytest.param("“青字号”农产品远销54个国家和地区，绿色有机", "54个", "国家和地区", id="countries-QH"),
    pytest.param("国际葡萄酒大奖赛共有50多个国家和地区参会。", "50多个", "国家和地区参会", id="countries-NX"),
    # N%<things><what they do>, without 的: the share of those things, as with 的
    pytest.param("实现市级美丽乡村全覆盖,30%以上行政村达到特色精品村标准。", "30%以上", "行政村达到特色精品村标准比例",
                 id="share-GZ"),
    pytest.param("一般公共预算支出3.4万亿元，74%以上用于民生。", "74%以上", "一般公共预算支出用于民生比例",
                 id="share-YN"),
]


@pytest.mark.parametrize(("phrase", "surface", "metric"), SINGLE)
def test_the_name_of_one_value(phrase: str, surface: str, metric: str) -> None:
    assert metrics_of(phrase)[surface] == metric


# several values: the class, a real phrase and the names of its values
SEVERAL = [
    # <subject> + how it fares (持续深化, 活力凸显, 继续保持增长势头), then 落实资金/增加值/进出口额 + value: the
    # value measures that subject's funds, value added, trade
    pytest.param("对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。",
                 {"27.3亿元": "对口援青和东西部协作落实资金", "681个": "对口援青和东西部协作实施项目"}, id="fares-QH"),
    pytest.param("其中,金融业活力凸显,前三季度增加值实现200.8亿元,同比增长5.2%。",
                 {"200.8亿元": "金融业增加值", "5.2%": "金融业增加值"}, id="fares-CQ"),
    pytest.param("对“一带一路”沿线国家和地区进出口继续保持增长势头,进出口额1569.5亿元,增长17%。",
                 {"1569.5亿元": "对一带一路沿线国家和地区进出口额", "17%": "对一带一路沿线国家和地区进出口额"},
                 id="fares-SC"),
    pytest.param("基础设施建设稳步推进,投资10亿元,实施了一批重点基础设施项目。", {"10亿元": "基础设施建设投资"},
                 id="fares-ZY"),
    # 将<X>从…扩大到…，保费由…提高至…: the premium is X's
    pytest.param("3.将学生意外伤害责任保险从义务教育阶段扩大到高中阶段和普惠性幼儿园，保费由每生每年5元提高至10元；",
                 {"5元": "学生意外伤害责任保险保费", "10元": "学生意外伤害责任保险保费"}, id="moved-NM"),
    # 发行/安排/拿出 + value(s) + noun: the noun after the last value names every value of the list (资金 alone
    # with who gives it); a sum with no noun after it keeps its name
    pytest.param("2024年、2025年分别发行1万亿元、1.3万亿元超长期特别国债 [7] - 实施大规模设备更新",
                 {"1万亿元": "超长期特别国债", "1.3万亿元": "超长期特别国债"}, id="issued-review"),
    pytest.param("中央财政安排384亿元救灾款和740亿元恢复重建资金，迅速出台一系列支持政策。",
                 {"384亿元": "救灾款", "740亿元": "恢复重建资金"}, id="given-2009"),
    pytest.param("今年国家从粮食风险基金中拿出100亿元，直接补贴种粮农民。", {"100亿元": "国家从粮食风险基金中拿出"},
                 id="nothing-after-2004"),
    pytest.param("同时国务院同意地方发行2000亿元债券，由财政部代理发行。", {"2000亿元": "地方债券"}, id="issued-2009"),
    pytest.param("实施更加积极的就业政策，中央财政拟投入420亿元资金。", {"420亿元": "中央财政资金"}, id="funds-2009"),
]


@pytest.mark.parametrize(("phrase", "names"), SEVERAL)
def test_the_names_of_several_values(phrase: str, names: dict[str, str]) -> None:
    found = metrics_of(phrase)
    assert {surface: found[surface] for surface in names} == names


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("地方一般公共预算收入增长2.3%、支出首次超过7000亿元，城镇调查失业率均值5.2%。",  # YN
         "7000亿元", "地方一般公共预算支出"),
        ("全区地方财政收入、支出分别突破300亿元和3000亿元。", "3000亿元", "地方财政支出"),  # XZ
    ],
)
def test_expenditure_is_of_the_account_whose_revenue_was_named(phrase: str, surface: str, metric: str) -> None:
    assert metrics_of(phrase)[surface].endswith(metric)
