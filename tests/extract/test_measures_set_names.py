"""A set named by its size is no quantity (issue #8; `evaluation/measures/README.md`: names and set names
with numerals): the statistics' basket of ten nonferrous metals, 十种有色金属 / 10种有色金属, is a name, and its
output is named with it.

Sources: 内蒙古自治区人民政府网 (its news of the 1-5月 output, as a trade site quoted it); 国家统计局 (its
monthly release of a July output, as a trade site quoted it, traditional script); a province's 统计局 release of
its 2013 half-year (中国经济网, 2013-07-25); 云南's 2025 work report (a dev document: its note on terms).
"""

from __future__ import annotations

import pytest
from measures_support import WORK_REPORT_2026, one


def _found(phrase: str) -> dict[str, str]:
    return {m.surface: m.metric for m in one(phrase, **WORK_REPORT_2026)}


@pytest.mark.parametrize(
    ("phrase", "surface"),
    [
        # 内蒙古
        ("1-5月份,内蒙古十种有色金属产量103.3万吨,同比增长2.4%", "103.3万吨"),
        # 国家统计局
        ("7月份,全國十種有色金屬產量為462萬噸,同比增長8.5%。", "462萬噸"),
        # a province's 统计局, 2013
        ("主要产品中,10种有色金属产量148.11万吨,平均增长14.0%", "148.11万吨"),
    ],
)
def test_the_basket_of_ten_metals_is_a_name(phrase: str, surface: str) -> None:
    found = _found(phrase)
    assert not any(s.startswith(("十种", "十種", "10种")) for s in found)
    assert "种有色金属产量" in found[surface]


def test_a_note_on_the_basket_holds_no_quantity() -> None:
    """云南 2025: a numbered note defines the basket (3．before it is the note's number, not 3.10 of anything)."""
    assert _found("3．10种有色金属：铜、铅、锌、镍、锡、锑、铝、镁、硅、钛。") == {}
