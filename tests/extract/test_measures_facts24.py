"""Counts lost or invented around names (issue #8, session 24), on phrases of several governments.

- A list of counts whose first item ends in a place word (示范区, 灌区, 市县) read the next count as the value of
  that "group", so the first count was dropped as a population a statistic is taken over (全国339个城市…浓度):
  内蒙古's 2026 report (NMG, dev), 合肥's water 十四五 plan as reported (HF, dev, traditional), 生态环境部's
  naming of demonstration counties as reported (EPB, 2019); a list of groups that goes on to their rate stays a
  population (仙游's 2025 review, XY, dev).
- A unit after a numeral word inside a name made of numerals (千企万人, “万人助万企”) is no number the source lost:
  河南's 万人助万企 campaign (HN), 广东's 百县千镇万村 project (GD), 浙江's 千村万户 phrasing (ZJ); a real lost
  number (接待游客万人次, 收入亿元) is still reported.
- A count of the indicators themselves (已达期末目标的指标有4项, 完成预期目标的指标将达到25个; 27项主要指标中,19项…,
  8项不及预期: the later counts of the sentence too) is a count of the text's parts, not a quantity: 湖北's 十三五
  mid-term review as reported (HB, traditional), 经济参考报 on the national 十二五 mid-term (CN), 桐乡's 2025 plan
  report (TX), all dev; a count of something else after them is still one.
- So is a count of the items of a programme (今年重点做好11项工作, 十项重点工作, 23个专项行动, 35项重点课题研究,
  8个维度): 郑州's (ZZ) and 泉州's (QZ) 2026 reports as reported, 长沙县's 2023 report (CSX), 西安's 2021 targets
  (XA, traditional), the explanation of the 十五五 proposal (HK01, traditional), all dev; 工作站, 工作日 and 任务书
  are things.
"""

from __future__ import annotations

import pytest
from measures_support import one


def _counts(phrase: str) -> list[tuple[str, float | None]]:
    return [(m.surface, m.value) for m in one(phrase) if m.kind == "count"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # NMG
        ("举办第十届库布其沙漠论坛，新增5个国家生态文明示范区、3个“绿水青山就是金山银山”实践创新基地。",
         [("5个", 5.0), ("3个", 3.0)]),
        # HF (traditional)
        ("規劃實施23個萬畝圩口,76個萬畝以上灌區、795個中小型水庫達標建設和5條美麗河流建設。",
         [("23個", 23.0), ("76個", 76.0), ("795個", 795.0), ("5條", 5.0)]),
        # EPB
        ("生态环境部已命名两批共91个国家生态文明建设示范市县和29个“两山”实践创新基地。",
         [("91个", 91.0), ("29个", 29.0)]),
    ],
    ids=["nmg-list-after-a-zone", "hf-list-after-an-irrigation-district", "epb-counties-and-bases"],
)
def test_a_list_of_counts_is_not_a_group_and_its_statistic(phrase: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(phrase) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        # XY: a list of groups, then their rate
        "10个主要流域国省控断面、17个集中式饮用水水源地水质达标率均实现100%。",
        "全国339个地级及以上城市PM2.5平均浓度为43微克/立方米。",
    ],
)
def test_groups_a_statistic_is_taken_over_are_still_no_counts(phrase: str) -> None:
    assert _counts(phrase) == []


@pytest.mark.parametrize(
    "phrase",
    [
        "深入开展“万人助万企”活动,帮助企业解决问题1.2万个。",  # HN
        "实施“百县千镇万村高质量发展工程”,推动城乡区域协调发展。",  # GD
        "组织千企万人结对帮扶,千村万户同步受益。",  # ZJ
    ],
)
def test_units_inside_names_made_of_numerals_lost_no_number(phrase: str) -> None:
    assert not [m for m in one(phrase) if m.missing_value]


def test_a_number_lost_before_its_unit_is_still_reported() -> None:
    assert [m.surface for m in one("全年接待游客万人次以上,旅游收入亿元。") if m.missing_value] == ["万人", "亿元"]


@pytest.mark.parametrize(
    "phrase",
    [
        "根據報告,已達期末目標的指標有4項,即固定寬帶家庭普及率、非化石能源占一次能源消費比重。",  # HB
        "预计到2015年在28个指标中最终完成预期目标的指标将达到25个,指标完成率达到89.3%。",  # CN
        "确定的27项主要指标中,19项完成全年目标,8项不及预期,详见表1。",  # TX
    ],
)
def test_counts_of_the_indicators_are_parts_of_the_text(phrase: str) -> None:
    assert _counts(phrase) == []


def test_a_count_of_other_things_after_the_indicators_is_still_counted() -> None:
    found = _counts("12项主要指标中,10项完成年度目标;新建改扩建学校5所,新增学位6000个。")
    assert found == [("5所", 5.0), ("6000个", 6000.0)]


@pytest.mark.parametrize(
    "phrase",
    [
        "今年重点做好11项工作。",  # ZZ
        "启动实施涵盖产业发展、城市建设、民生事业等领域23个专项行动,推动海丝名城建设。",  # QZ
        "县区高质量发展、粮食安全、六大强农等11项工作获得省政府真抓实干督查激励。",  # CSX
        "推動十項重點工作實現新突破。",  # XA
        "黨中央部署部份中央和國家機關進行35項重點課題研究。",  # HK01
    ],
)
def test_counts_of_the_items_of_a_programme_are_parts_of_the_text(phrase: str) -> None:
    assert _counts(phrase) == []


def test_stations_days_and_task_books_are_still_counted() -> None:
    found = _counts("新建3个工作站,审批时限压缩至5个工作日,签订12份任务书。")
    assert [surface for surface, _ in found] == ["3个", "5个", "12份"]
