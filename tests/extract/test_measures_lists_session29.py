"""Values of a list and the names they take (issue #8, "metric", session 29), on real phrases of several
governments.

Sources: a city's 2021 first-half economy news (H1, traditional script read through a converter that wrote a comma
before every mark; its city is not named on the page), 宁德's 2013 mid-term review of its 12th-FYP outline (ND, the
same converter) and 漳州's 2010 work report targets (ZZ, the same converter), each read here without the pinyin
the converter also left.
"""

from __future__ import annotations

import pytest
from measures_support import names_of, one

# a comma a converter wrote before every mark of the text (,、 ,, ,。) is no mark of the text: a list's items and
# values stay one list, and each value takes its own item
DOUBLED = [
    pytest.param("六大先進制造業發展迅速,新一代工業信息技術,、高端化工,、高端裝備、醫藥制造,、新能源新材料產業增加值"
                 "分別增長29.7%,、24.1%,、23.3%、24.5%,、12.6%,,其中鋰電產業增加值增長39.5%。", id="H1"),
    pytest.param("2011~2012年我市經濟平均年增速達13.9%,2013年上半年增長12.6%,,分別高于全省平均水平2.1個和1.3個百分點,。",
                 id="ND"),
    pytest.param("經濟社會發展的主要預期目標是:地區生產總值增長13%,;財政總收入增長13%,其中地方級財政收入增長16%,;"
                 "規模工業增加值增長18%,,規模工業總產值增長21%;", id="ZZ"),
]


@pytest.mark.parametrize("phrase", DOUBLED)
def test_a_converters_comma_before_a_mark_changes_nothing(phrase: str) -> None:
    clean = phrase.replace(",、", "、").replace(",,", ",").replace(",。", "。").replace(",;", ";")
    assert names_of(phrase) == names_of(clean)
    assert [(m.kind, m.value) for m in one(phrase)] == [(m.kind, m.value) for m in one(clean)]


def test_each_value_of_a_doubled_list_takes_its_item() -> None:
    names = names_of(DOUBLED[0].values[0])  # type: ignore[arg-type]
    assert names["29.7%"].startswith("新一代工业信息技术")
    assert names["24.1%"].startswith("高端化工")
    assert names["24.5%"].startswith("医药制造")
    assert names["12.6%"] == "新能源新材料产业增加值"
