"""A glossary entry (名词解释) is read with the time of the place its term is first used in the body.

Real phrases: 云南省 2025 政府工作报告 (its 名词解释: “334”联农带农模式, “十县百乡千村万户”示范引领工程;
the review's 推广“334”“622”联农带农模式, the tasks' 实施第五轮民族团结进步“十县百乡千村万户”示范引领工程)
and 四川省 2025 政府工作报告 (its 名词解释: “天府青城计划”, “三级百圈”; the review's
深入实施“天府峨眉计划”“天府青城计划”, the tasks' 实施“三级百圈”商圈提质行动).
The two reports' bodies are cut to the sentence that uses each term (and 云南's to none for “编外院长”).
"""

from __future__ import annotations

from pathlib import Path

from plantrace.pipeline import process_file

_YUNNAN = """2025年云南省政府工作报告

一、2024年工作回顾

过去一年，我们坚持以人民为中心。推广“334”“622”联农带农模式，带动脱贫人口增收。

二、2025年重点任务

（九）加快民族地区高质量发展。实施第五轮民族团结进步“十县百乡千村万户”示范引领工程。

名词解释

1.“334”联农带农模式：孟连县在发展牛油果产业中，探索形成的“党组织+龙头企业+合作社+农户”产业发展模式和利益联结机制，其中，农户占30%，龙头企业占30%，国有管理公司、合作社、村集体共占40%。
34.“十县百乡千村万户”示范引领工程：建设10个民族团结进步示范县、100个民族团结进步示范乡镇、1000个民族团结进步示范村（社区）、10000个民族团结进步示范户。
12.“编外院长”：各级领导干部挂钩联系本地区至少1所薄弱医院，帮助解决各类问题，提升服务能力。
"""

_SICHUAN = """2025年四川省政府工作报告

一、2024年工作回顾

深入实施“天府峨眉计划”“天府青城计划”，启动实施四川海外智力集聚计划。

二、2025年重点工作

（一）全力扩大内需。实施“三级百圈”商圈提质行动。

名词解释

15.“天府青城计划”：四川实施的一项培养开发类人才计划，支持对象为来川工作3年以上的人才，遴选支持350名左右本土高层次人才和10个左右创新团队。
28.“三级百圈”：四川开展的标志性商圈提质行动，力争用5年时间，分层级打造世界级、都市级、区域级标志性商圈100个，构建业态品质优良、消费环境优质、绿色低碳智慧的商圈生态体系。
"""


def _times(tmp_path: Path, text: str) -> dict[str, tuple[str, int | None]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    _, facts = process_file(path)
    return {m.surface: (m.stance, m.year) for m in facts.measures}


def test_a_term_of_the_review_makes_its_definition_actual_of_the_reviewed_year(tmp_path: Path) -> None:
    times = _times(tmp_path, _YUNNAN)  # (云南 2025: were targets of 2025, the glossary following the tasks)
    assert times["30%"] == ("actual", 2024)
    assert times["40%"] == ("actual", 2024)
    times = _times(tmp_path, _SICHUAN)  # (四川 2025)
    assert times["350名左右"] == ("actual", 2024)
    assert times["10个左右"] == ("actual", 2024)


def test_a_term_of_the_tasks_keeps_the_tasks_time(tmp_path: Path) -> None:
    assert _times(tmp_path, _YUNNAN)["1000个"] == ("target", 2025)
    assert _times(tmp_path, _SICHUAN)["100个"] == ("target", 2025)


def test_a_term_the_body_never_uses_keeps_the_reading_of_its_place(tmp_path: Path) -> None:
    # (“编外院长”'s review sentence is left out of the cut body here: the entry stays where it stands, after the tasks)
    assert _times(tmp_path, _YUNNAN)["1所"] == ("target", 2025)
