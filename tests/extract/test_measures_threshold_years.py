"""Sizes that pick out places, milestones and nodes are thresholds: kind ``other``, no year (issue #8;
`evaluation/dev/README.md` "Conventions settled" 1, 2 and 14, `docs/contracts.md` "The stance of thresholds and
classes"), on real phrases of several governments.

Sources: 南阳's 十四五 review news of 2026 (NY26, a dev document), 广东's 2021 work report news (GD21, 羊城晚报, a dev
document), 赤峰's 2025 work report (CF25, 策知道).
"""

from __future__ import annotations

import pytest
from measures_support import measures_of

from plantrace.models import Measure

REVIEW = ("一、过去一年工作回顾",)


def _of(phrase: str, year: int, path: tuple[str, ...] = REVIEW) -> dict[str, Measure]:
    found = measures_of([phrase], doc_type="work_report", period=(year, year), issued=f"{year}-01-20", path=path)
    return {m.surface: m for m in found}


@pytest.mark.parametrize(
    ("phrase", "year", "surface", "reached"),
    [
        # NY26: the places 21个 counts are those whose grain passed 百亿斤; 南阳's own harvest follows
        ("南阳作为全国重要的粮食生产核心区,素有“中州粮仓”之称,是全国21个粮食产量超百亿斤的地市之一。"
         "2025年粮食总产134.07亿斤", 2026, "超百亿斤", "134.07亿斤"),
        # GD21: the only province whose budget revenue passed 万亿元; 广东's own revenue is said before
        ("地方一般公共预算收入从9367亿元增加到12922亿元、年均增长6.6%,是全国唯一突破万亿元的省份。", 2021,
         "突破万亿元", "12922亿元"),
        # CF25: the fourth region past 2000亿元 (a milestone noun too: 大关)
        ("工业经济总量成为全区第四个突破2000亿元大关的地区,工业投资增长30%、领跑全区。", 2025, "突破2000亿元", None),
    ],
)
def test_a_size_that_picks_out_the_places_counted_is_a_threshold(
        phrase: str, year: int, surface: str, reached: str | None) -> None:
    found = _of(phrase, year)
    size = next(m for s, m in found.items() if surface.endswith(s) or s.endswith(surface))
    assert (size.kind, size.year, size.stance) == ("other", None, "actual")
    if reached is not None:
        assert (found[reached].kind, found[reached].stance) == ("level", "actual")
