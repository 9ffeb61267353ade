"""A measure being drafted while a line is read, and the words of its name that the pairing passes share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrace.extract.measures.hit import Hit
from plantrace.extract.measures.scope import ANNUAL, Coverage
from plantrace.extract.measures.units import unit_table

RATE_WORDS = ("增速", "增幅", "涨幅", "增长")  # the words that make a name a rate of growth


@dataclass(slots=True)
class Draft:
    """A measure being built (mutable while the line is read)."""

    hit: Hit
    metric: str
    comparator: str
    kind: str
    year: int | None
    stance: str
    rule: str
    direction: str | None = None
    coverage: Coverage = ANNUAL
    subject: str = ""  # what a value measured against a plan figure measures (一般公共预算收入 of …年初预算)


def share_subject(metric: str) -> str:
    """收入占调整预算 -> 收入: what a share stated with 占 is a share of; a share named 占比 (税收占比) is its
    own subject."""
    return metric if metric.endswith("占比") else metric.split("占", 1)[0]


# 增速高于全市平均水平, 增速比全省平均水平, 高于GDP增速: a name that is only a comparison measures nothing of its
# own; the values after it measure the subject of the sentence
_COMPARISON_NAME = re.compile(
    "^(?:增速|增幅|涨幅|增长)?(?:分别|均|也)?(?:比|较|高于|低于|快于|慢于|好于|超过|高出|低出|领先|落后)"
    "|^(?:全国|全省|全市|全区|全县)?(?:平均水平|平均)$")


def compares(metric: str) -> bool:
    return bool(_COMPARISON_NAME.search(metric))


def parallel(drafts: list[Draft]) -> bool:
    """Whether values of a list measure things of one kind (21家和241家), not an amount and its growth
    (批发和零售业增加值23862万元,增长4.5%: one name, not 批发 and 零售业)."""
    return len({unit_table().base_value(1.0, d.hit.unit)[2] for d in drafts}) == 1
