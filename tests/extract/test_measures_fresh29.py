"""The classes the twenty-ninth fresh dev batch (bulletins and plan outlines of counties and districts, other years,
damaged copies; issue #8) showed at its first shot, on real phrases of several governments.

Sources (the stored page corpus): 新安晚报 on 安徽's 交通运输“十三五”发展规划 (AH16, a dev document), 四川经济日报 on
泸州's 公交都市 plan as 四川省交通运输厅 approved it (LZ17, 2017-11-29), news of 济南's buses (JN, 公交迷网, the guard).
"""

from __future__ import annotations

import pytest
from measures_support import one

PLAN_2020 = {"doc_type": "plan", "period": (2016, 2020)}

# AH16: the radius of a stop's coverage in a city class picked out by its population
AH16 = "到“十三五”末,城区常住人口100万以上城市建成区站点500米覆盖率达到100%。"
# LZ17: two radii, the second in a list of two rates said together
LZ17 = ("到2020年,城市公交机动化分担率达到65%,公交站点500米覆盖率达到100%,万人公交车保有量为每万人12标台。"
        "特色指标方面,泸州市将实现城市交通绿色出行分担率和公交站点300米覆盖率分别达到85%。")


@pytest.mark.parametrize(
    ("phrase", "radius", "what"),
    [
        (AH16, "500米", "城市建成区站点覆盖距离门槛"),
        (LZ17, "500米", "公交站点覆盖距离门槛"),
        (LZ17, "300米", "公交站点覆盖距离门槛"),
    ],
)
def test_the_distance_of_a_coverage_rate_is_its_radius(phrase: str, radius: str, what: str) -> None:
    """公交站点500米覆盖率: the share of the area within 500 m of a stop; 500米 is no length of 2020 but the radius that
    picks out the area covered (kind other, a ceiling, actual, no year), and the rate is named with it."""
    found = {m.surface: m for m in one(phrase, **PLAN_2020)}  # type: ignore[arg-type]
    m = found[radius]
    assert (m.kind, m.comparator, m.stance, m.year, m.metric) == ("other", "<=", "actual", None, what)
    rate = found["100%"] if radius == "500米" else found["85%"]
    assert rate.kind == "share" and radius + "覆盖率" in rate.metric


def test_a_length_before_other_words_stays_a_length() -> None:
    """JN: a distance not followed by 覆盖率 (平均站距为550米) is a value, not a radius."""
    phrase = "目前,济南公交营运线路已发展到192条,公交站点4810个,公交站台2776处,现有公交线路平均站距为550米。"
    found = {m.surface: m for m in one(phrase, doc_type="bulletin", period=(2015, 2015))}
    assert found["550米"].kind != "other"
