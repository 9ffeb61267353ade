"""The name of a threshold: what a condition (10亿元以上, 3岁以下, 海拔1500米以上; the radius of a coverage rate,
公交站点500米覆盖率; a reach time, 30分钟上高速) limits, a milestone passed (跨越…千亿元台阶), or a class of places or
works by their size (千亿县, 220千伏及以上输电线路); split from metric.py, whose general naming it builds on."""

from __future__ import annotations

import re

from plantrace.extract.measures.hit import Hit
from plantrace.extract.measures.metric import clean_name
from plantrace.extract.measures.nouns import WORKS, noun_after, voltage_class, word_start
from plantrace.extract.measures.shapes import (
    MILESTONES_COUNTED,
    PLACE_CLASSES,
    PLACES_PASSED,
    REACHED_WITHIN,
    VILLAGES,
    coverage_radius,
    populated_place,
)
from plantrace.extract.measures.units import unit_table
from plantrace.extract.measures.words import words
from plantrace.segmentation import base_tokenizer

_THRESHOLD = "门槛"
_CLASSED_PLACES = re.compile(f"级?({PLACE_CLASSES})")  # 千亿县, GDP万亿城市, 过千亿元区县
_ECONOMY = "地区生产总值"
_MILESTONE_COUNT = re.compile(MILESTONES_COUNTED + "$")
_THRESHOLD_NAME = 8  # the words before a threshold that name what it limits (投资总额, 注册资本)

# what a threshold of each dimension limits when only the thing it qualifies is named (百亿元以上项目)
# 签约亿元以上项目507个, 新开工亿元以上项目146个: what was done with the projects a threshold qualifies
_ACTED_ON = re.compile("(?:签约|开工|投产|引进|招引|实施|落地|建成|在建|储备|续建|竣工)$")
# 40万3岁以下婴幼儿, 53243名60岁以上的老人: a count before a threshold names nothing it limits
_A_COUNT = re.compile(r"^[\d.]+[万亿]?[名个户人]?$")
_PROJECT = "项目"
_PROJECT_NAME = 6
_LIMITED = {"money": "投资额", "age": "年龄", "area": "面积", "people": "人口", "households": "户数"}
# 25度以上陡坡旱地, 25度以上非基本农田坡耕地: land picked out by its slope (the words up to 坡 are those of the slope
# reading of 度 in units.toml, the land after them these)
_SLOPED_LAND = re.compile("(?:耕地|旱地|地)?")
# 30户以上自然村寨 -> 自然村寨户数门槛
_VILLAGE = re.compile(VILLAGES)
# 一般公共预算收入从9367亿元增加到12922亿元、…,是全国唯一突破万亿元的省份: the indicator the sentence opens on
_SENTENCE_INDICATOR = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:从|由|达到|达|为|突破|超过|增长|\d)")


def threshold_metric(text: str, clause_start: int, hit: Hit, dimension: str) -> str:
    """投资总额10亿元以上的项目 -> 投资总额门槛, 百亿元以上项目 -> 项目投资额门槛, 3岁以下婴幼儿 -> 婴幼儿年龄门槛:
    what a condition limits, named by the words right before it, else by the first word of what it
    qualifies and what a threshold of its dimension limits. A milestone passed is named by what passed it
    and its own word (地区生产总值先后跨越700亿元…关口 -> 地区生产总值关口), or left to its sentence ("")."""
    if hit.milestone:  # 跨越两个千亿元台阶: the count of the milestones names nothing
        own = clean_name(_MILESTONE_COUNT.sub("", text[clause_start:hit.start]))
        return own + hit.milestone if len(own) >= 2 and not any(ch.isdigit() for ch in own) else ""
    places = _CLASSED_PLACES.match(text, hit.end) if hit.shape == "place_class" else None
    if places:  # 千亿县, GDP万亿城市: a class of places by the size of their economy
        return places.group(1) + _ECONOMY + _THRESHOLD
    if dimension == "voltage":  # 220千伏及以上输电线路总长 -> 输电线路电压等级: the class of the works (not what
        after = noun_after(text, hit.end)  # of them is measured), as without 以上
        works = WORKS.search(after)
        return voltage_class(after[:works.end()] if works else after, 0, "")
    slope = unit_table().reading_after(hit.unit, "angle") if hit.unit == "度" else None
    sloped = slope.match(text[hit.end:]) if slope else None  # (sliced: the reading's words are anchored with ^)
    if sloped:  # 25度以上陡坡旱地, 25度以上坡耕地: the slope of the land it picks out (度 is no 千瓦时 here)
        land = _SLOPED_LAND.match(text, hit.end + sloped.end())
        return sloped.group(0) + (land.group(0) if land else "") + "坡度" + _THRESHOLD
    place = populated_place(text, hit.start, hit.end) if hit.unit in ("万", "亿") else ""
    if place:  # 20万以上人口县, 人口20万以上的县 -> 县人口门槛: the places a population size picks out
        return place + _LIMITED["people"] + _THRESHOLD
    if coverage_radius(text, hit.end, hit.unit):  # 公交站点500米覆盖率 -> 公交站点覆盖距离门槛
        return _covering(text, clause_start, hit) + "覆盖距离" + _THRESHOLD
    reached = REACHED_WITHIN.match(text, hit.end) if dimension == "time" else None
    if reached:  # 30分钟上高速 -> 上高速时间门槛
        return reached.group(1) + "时间" + _THRESHOLD
    raw = text[word_start(text, clause_start, hit.start - _THRESHOLD_NAME, hit.start):hit.start]
    raw = "" if raw.endswith(("和", "及", "与")) else raw[raw.rfind("、") + 1:]  # 社会消费品零售总额、5000万元以上
    # 项目投资, 孕产妇、婴儿和5岁以下儿童: the item before names nothing of it
    before = clean_name(raw)
    before = before[1:] if before.startswith("在") and len(before) > 2 else before  # 在海拔5000米以上
    before = "" if _A_COUNT.match(before) else before
    if not before and PLACES_PASSED.match(text, hit.end):  # 是全国唯一突破万亿元的省份: the size of the indicator
        sentence = max(text.rfind(mark, 0, clause_start) for mark in "。；;") + 1  # the sentence opened on
        opened = _SENTENCE_INDICATOR.match(text, sentence)
        return clean_name(opened.group(1)) + _THRESHOLD if opened else ""
    acted = _ACTED_ON.search(raw)
    if acted is None and len(before) >= 2 and not words().action_end.search(before):
        return before + _THRESHOLD
    after = noun_after(text, hit.end + (1 if text[hit.end:hit.end + 1] == "的" else 0))
    head = base_tokenizer().lcut(after, HMM=False)[0] if after else before
    village = _VILLAGE.search(after) if dimension == "households" else None
    head = village.group(0) if village else head
    if acted is not None and after.endswith(_PROJECT) and len(after) <= _PROJECT_NAME:
        head = acted.group(0) + after  # 签约亿元以上项目, 实施3000万元以上工业项目: which projects, by what was done
    limited = _LIMITED.get(dimension, "")
    if dimension == "money" and _CLASSED_PLACES.fullmatch(head):  # 过千亿元区县: the places' economy, not an investment
        limited = _ECONOMY
    return head + limited + _THRESHOLD


# 100万以上城市建成区站点, 分担率和公交站点: the words before a radius up to another condition or item
_BEFORE_COVERING = re.compile("^.*(?:以上|以下|以内|、|和|及|与)")


def _covering(text: str, clause_start: int, hit: Hit) -> str:
    """城区常住人口100万以上城市建成区站点500米覆盖率 -> 城市建成区站点: what covers the places within the radius."""
    raw = text[word_start(text, clause_start, hit.start - _THRESHOLD_NAME, hit.start):hit.start]
    return clean_name(_BEFORE_COVERING.sub("", raw))
