"""A plan's own list of its boxes and works (issue #8, dev batch 34): a count after a verb saying what the text
lays out (提出, 确定, 包含, 设置, 谋划) of its 专栏, 重点工程 or 重大工程 is a part of the text, not a quantity
to track (as 9个方面工作 and 6项指标 are); a count of works started or done stays a quantity.

Sources: 陕西省文旅厅、发改委, “十四五”文化和旅游发展规划 as reported (2021, SX); 河南省, “十四五”教育事业发展规划 as
reported by 中国教育报 (2022, HN, traditional); 国家发展改革委, the 2023 mid-term review of the national 十四五 纲要 as
reported by 中新网 (2023, CN); 国务院, the 2003 national work report (GWY); 江西省卫生健康委,
卫生健康事业发展“十四五”规划 as reported (2021, JX).
"""

from __future__ import annotations

import pytest
from measures_support import one


@pytest.mark.parametrize(
    ("phrase", "surface", "counted"),
    [
        # SX: the plan's parts, tasks and boxes
        ("《规划》由背景形势、总体要求、重点任务、规划保障等4部分组成,包含9项重点任务、8个专栏,系统阐述了“十四五”时期"
         "文化和旅游发展的基础。", "8个", False),
        # HN: the plan's own list of works (traditional script)
        ("《規劃》還確定了教育現代化推進工程等17個教育改革發展重點工程,以推動全面落實立德樹人根本任務。",
         "17個", False),
        # CN: the national outline's list of major works
        ("值得注意的是,《纲要》围绕重点领域战略任务提出102项重大工程项目。", "102项", False),
        # JX: the works of a plan's aspects (already a part of the text by its 方面)
        ("谋划了11个方面69 项重点任务,提出了11个方面42个重点工程。", "42个", False),
        # GWY: works started are a quantity
        ("增加财政转移支付、实施优惠财税政策等措施，有力地促进了西部地区发展。新开工建设36项重点工程，", "36项", True),
    ],
)
def test_a_plans_own_list_of_boxes_and_works_is_no_quantity(phrase: str, surface: str, counted: bool) -> None:
    assert (surface in {m.surface for m in one(phrase, doc_type="special_plan")}) is counted
