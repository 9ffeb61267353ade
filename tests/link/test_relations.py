"""Commitment, positioning and target links on real phrases of the sample corpus and national reports."""

from __future__ import annotations

from dataclasses import replace

from tests.link.helpers import plan

from plantrace import link
from plantrace.link import commitment, positioning, targets
from plantrace.models.links import Guidance, Named, Target

# Background passages so that plan words (推进, 建设, 发展) are common and place-bound words are rare.
BACKGROUND = [
    "加快推进城市更新,建设高质量发展示范区,推动经济社会发展。",
    "推进交通基础设施建设,加快发展现代服务业,建设现代化经济体系。",
    "推动教育高质量发展,建设一批学校,推进卫生健康事业发展。",
    "加快建设生态文明,推进污染防治,推动绿色低碳发展。",
    "推进社会治理现代化,建设平安城市,推动文化事业发展。",
] * 4


def _stats(*docs: object) -> link.CorpusStats:
    background = plan("bg", BACKGROUND)
    return link.learn_stats([("x", d) for d in (*docs, background)])  # type: ignore[misc]


def test_same_commitment_in_other_words() -> None:
    lower = plan("ch", ["第八章坚持城乡融合发展,打造全国全省乡村振兴示范区"])
    upper = plan("gz", ["把从化区建设成为全国全省乡村振兴示范区。"])
    found = commitment.commitment_links(lower, upper, _stats(lower, upper).rarity)
    assert len(found) == 1 and found[0].rule == "link.commitment.v1"
    assert {"乡村", "振兴"} <= set(found[0].details["terms"])


def test_shared_named_project_with_a_rare_term() -> None:
    named = (Named("广东从化经济开发区", "platform", 1),)
    lower = plan("ch", ["大力推进广东从化经济开发区创新发展,深化现代化园林式生态园区建设。"], named=named)
    upper = plan("gz", ["把增城经济技术开发区、荔湖新城、广东从化经济开发区等"
                        "打造成城乡产业协同发展先行区,建设生态园区。"])
    found = commitment.commitment_links(lower, upper, _stats(lower, upper).rarity)
    assert found and found[0].details["named"] == ["广东从化经济开发区"]


def test_never_on_a_shared_number_or_common_words_alone() -> None:
    lower = plan("hz", ["新增3个公园,推进建设,推动发展。"])
    upper = plan("gz", ["建设3个教育装备示范区,推进建设,推动发展。"])
    assert commitment.commitment_links(lower, upper, _stats(lower, upper).rarity, min_score=0.0) == []


def test_a_review_of_the_last_period_makes_no_commitment() -> None:
    texts = ["“十三五”期间,全国全省乡村振兴示范区建设取得成效"]
    lower = plan("ch", texts)
    lower = replace(lower, retro_lines=link.retrospective_lines(lower.passages, {}, (2021, 2025)))
    upper = plan("gz", ["把从化区建设成为全国全省乡村振兴示范区。"])
    assert lower.retro_lines == frozenset({1})
    assert commitment.commitment_links(lower, upper, _stats(lower, upper).rarity) == []


def test_positioning_names_kept_swapped_and_dropped_terms() -> None:
    row = ("打造文明富裕的全国全省乡村振兴示范区、全面协调的国家城乡融合发展试验区、"
           "生态宜居的粤港澳大湾区湾顶“绿谷”、开放共享的粤港澳大湾区创新“智谷”。")
    reading = positioning.read(positioning.city_items(row), "奋力打造生态宜居的粤港澳大湾区创新“绿谷”。")
    assert reading.swapped == [("生态宜居的粤港澳大湾区湾顶", "生态宜居的粤港澳大湾区创新")]
    assert "全面协调的国家城乡融合发展试验区" in reading.dropped


def test_positioning_link_only_for_the_guidance_of_the_lower_place() -> None:
    text = "数字经济示范区、产城融合引领区、城央生态宜居区、文商旅融合样板区"
    guidance = (Guidance("海珠区", "positioning", "努力建成" + text + "。", 1, 1),
                Guidance("荔湾区", "positioning", "努力建成综合城市功能示范区。", 2, 2))
    upper = plan("gz", ["努力建成" + text + "。", "努力建成综合城市功能示范区。"], guidance=guidance)
    lower = plan("hz", ["在打造“双引擎”上走前列,重点打造" + text + "。"],
                 place_name="海珠区", place_names=("海珠区", "海珠"))
    found = positioning.positioning_links(lower, upper)
    assert [(lk.upper.line_start, lk.details["field"], lk.score) for lk in found] == [(1, "positioning", 1.0)]


def _target(
    line: int, surface: str, value: float, comparator: str, year: int | None, metric: str = "国内生产总值"
) -> Target:
    return Target(line, 0, len(surface), surface, metric, value, "%", comparator, year, "growth", "up")


def test_targets_compared_within_one_horizon_and_flagged_across() -> None:
    # 2016 national report: 13th-plan average 6.5%以上 (2016-2020) and the 2016 annual 6.5%-7%.
    plan_target = _target(63, "年均增长保持在6.5%以上", 6.5, ">=", 2020)
    annual = _target(85, "增长6.5%-7%", 6.5, "range", 2016)
    lower = plan("province", [""], targets=(_target(5, "年均增长7%以上", 7.0, ">=", 2020),), period=(2016, 2020))
    upper = plan("nation", [""], targets=(plan_target, annual), period=(2016, 2020))
    found = {lk.upper.line_start: lk.details for lk in targets.target_links(lower, upper)}
    assert found[63]["comparison"] == "stricter" and not found[63]["period_mismatch"]
    assert found[85]["comparison"] is None and found[85]["period_mismatch"]


def test_capped_indicator_lower_value_is_stricter() -> None:
    mine = _target(1, "控制在3.5%以内", 3.0, "<=", 2021, "城镇登记失业率")
    theirs = _target(2, "控制在3.5%以内", 3.5, "<=", 2021, "城镇登记失业率")
    assert targets.compare(mine, theirs) == "stricter"
    assert targets.compare(theirs, theirs) == "equal"
