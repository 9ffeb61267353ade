"""Names that were only a generic head (群众, 总投资, 货物): the words that qualify the head are part of the name
(issue #8), on real phrases of several governments.

Sources: 宁夏's 2025 work report (NX25, a dev document), 娄烦县 (山西)'s 2018 work report (LF18, the county's
full text as kept on gongwensou.com).
"""

from __future__ import annotations

import pytest
from measures_support import names_of


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        # NX25: the clause before gives values, so it names no policy
        ("累计容缺化解居民住宅“办证难”23万户，化解率达94%，惠及70多万群众。", "70多万", "惠及群众"),
        # LF18
        ("注入风险金2425万元,撬动扶贫小额贷款1.2亿元,惠及2478户贫困户。", "2478户", "惠及贫困户"),
    ],
)
def test_the_people_reached_with_no_policy_named_are_still_those_reached(phrase: str, surface: str, metric: str) -> None:
    """惠及2478户贫困户 after a clause with a value: 惠及贫困户 (was 贫困户, the stock of such people; 惠及居民56.2万户,
    the noun before the count, was already 惠及居民)."""
    assert names_of(phrase)[surface] == metric
