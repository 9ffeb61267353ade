"""Heading grammars, one table per grammar: real corpus lines (simplified layer) and lines in the same style."""

from __future__ import annotations

import pytest

from plantrace.numerals import cn_int as cn_to_int
from plantrace.parse.grammar import classify, shi_label, title_end
from plantrace.parse.runin import runin_title


def _title(simp: str) -> str:
    marker = classify(simp)
    assert marker is not None
    body = simp[marker.body_start:]
    return body[: title_end(body, heading=marker.kind in ("part", "chapter", "section", "annex", "box"))]


@pytest.mark.parametrize(
    ("line", "kind", "number", "label", "title"),
    [
        ("第七章", "chapter", 7, "第七章", ""),                                   # GZ L103, title on next lines
        ("第三章坚定不移践行习近平生态文明思想,全力打造美丽湾区新样板", "chapter", 3, "第三章",
         "坚定不移践行习近平生态文明思想,全力打造美丽湾区新样板"),                   # CH L48, no space
        ("第十四章 坚持党的全面领导", "chapter", 14, "第十四章", "坚持党的全面领导"),  # CH L404, space
        ("第一节发展环境", "section", 1, "第一节", "发展环境"),                     # GZ L2
        ("第四节 加快国际交往中心建设", "section", 4, "第四节", "加快国际交往中心建设"),  # GZ L127
        ("第二节 指导方针", "section", 2, "第二节", "指导方针"),                     # HZ L107 (節 -> 节)
        ("第三篇 建设现代化经济体系", "part", 3, "第三篇", "建设现代化经济体系"),
        ("第二十一章 加强规划实施保障", "chapter", 21, "第二十一章", "加强规划实施保障"),
    ],
)
def test_structural_headings(line: str, kind: str, number: int, label: str, title: str) -> None:
    marker = classify(line)
    assert marker is not None
    assert (marker.kind, marker.number, line[: marker.label_end]) == (kind, number, label)
    assert _title(line) == title


@pytest.mark.parametrize(
    ("line", "style", "number", "title"),
    [
        ("一、打造国际经贸新规则策源地", "cn、", 1, "打造国际经贸新规则策源地"),               # GZ L108
        ("十二、加强国际合作", "cn、", 12, "加强国际合作"),
        ("(一)综合实力显著提升。充分发挥国家中心城市和综合性门户城市引领作用", "(cn)", 1, "综合实力显著提升"),  # WR L20
        ("(一)继续创新和完善宏观调控,确保经济运行在合理区间。", "(cn)", 1,
         "继续创新和完善宏观调控,确保经济运行在合理区间"),                                   # national 2019 L83
        ("1.高水平全面建成小康社会取得决定性成就", "ar.", 1, "高水平全面建成小康社会取得决定性成就"),  # HZ L11
        ("1.2035年远景目标", "ar.", 1, "2035年远景目标"),                                 # HZ L18/L116: not 1.2035
        ("5.2020年空气质量优良天数等指标受新冠肺炎疫情影响", "ar.", 5,
         "2020年空气质量优良天数等指标受新冠肺炎疫情影响"),                                  # HZ L131
        ("3、完善服务体系", "ar.", 3, "完善服务体系"),
        ("(2)推进智慧交通", "(ar)", 2, "推进智慧交通"),
        ("①建设数据中心", "circled", 1, "建设数据中心"),
        ("——坚持党的全面领导。坚持和完善党领导经济社会发展的体制机制", "dash", None, "坚持党的全面领导"),  # HZ L111
        ("一、资源热力电厂:福山循环经济产业园生活垃圾应急综合处理", "cn、", 1, "资源热力电厂"),        # GZ L346
    ],
)
def test_item_grammars(line: str, style: str, number: int | None, title: str) -> None:
    marker = classify(line)
    assert marker is not None and marker.kind == "item"
    assert (marker.style, marker.number) == (style, number)
    assert _title(line) == title


@pytest.mark.parametrize(
    ("line", "kind", "number", "label"),
    [
        ("专栏14“十四五”时期各区发展指引", "box", 14, "专栏14"),          # GZ L188
        ("专栏18 绿色生活创建行动", "box", 18, "专栏18"),                  # GZ L349
        ("专栏1:海珠区“十三五”主要指标完成情况表", "box", 1, "专栏1"),     # HZ L106 (專欄 -> 专栏)
        ("注:[ ]为2016年至2020年累计值。", "note", None, "注"),            # CH L15
        ("注:1.森林覆盖率指标将根据自然资源部门发布的数据进行修正。", "note", None, "注"),  # CH L46
        ("说明:1.表中2020年社会消费品零售总额年均增长率", "note", None, "说明"),  # LW L33
        ("附件1广州市“十四五”时期十大工程表", "annex", 1, "附件1"),          # GZ L97
        ("附件2名词解释", "annex", 2, "附件2"),                            # GZ L98
        ("名词解释", "annex", None, ""),
    ],
)
def test_box_note_annex_markers(line: str, kind: str, number: int | None, label: str) -> None:
    marker = classify(line)
    assert marker is not None
    assert (marker.kind, marker.number, line[: marker.label_end]) == (kind, number, label)


@pytest.mark.parametrize(
    "line",
    [
        "2.5",                                       # national 2019 L18: PM2.5 split over lines
        "2025年在贵州发展进程中极不平凡",              # Guizhou 2026: a year first is no list number
        "——2021年1月29日在广州市第十五届人民代表大会第六次会议上",  # WR L9: byline, not a list item
        "坚持实施更大范围、更宽领域、更深层次对外开放",
        "(2019年)",
        "5G基站建设加快",
        "“十四五”时期(2021—2025年),是我国在全面建成小康社会之后",
        "专栏是一种常见的版面形式,本段落只是在讨论它而已,并不是一个真正的专栏标题行",
        "说明我们的工作还有不少差距。",
    ],
)
def test_not_headings(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("经济实力迈上新台阶。2020年地区生产总值突破2.5万亿元", "经济实力迈上新台阶"),      # WR L22
        ("建设高密度城市轨道网。落实公交优先战略,构建高速、快速、普速三个层级", "建设高密度城市轨道网"),  # GZ L240
        ("加快重大创新平台建设。高标准建设琶洲实验室", "加快重大创新平台建设"),            # HZ L157
        ("国际发展环境。一是世界处于百年未有之大变局", "国际发展环境"),                    # LW L39
        ("推广绿色低碳生活新风尚。开展绿色生活创建行动", "推广绿色低碳生活新风尚"),        # GZ L348
        ("思危方能居安。我们要增强忧患意识", "思危方能居安"),
        ("面积约36.8平方公里,整体定位为粤港澳大湾区国际科技交流合作枢纽。", None),        # HZ L146: comma
        ("我们要突出重点。把握关键", None),                                            # sentence opener
        ("2021年是具有特殊重要性的一年。做好今年工作意义重大", None),
        ("坚持党的全面领导。", None),                                                  # nothing follows
        ("我们必须清醒看到,发展不平衡不充分问题仍然突出。", None),
        ("十三五时期经济社会发展的主要目标已经全面完成了。下面我讲三点", None),
    ],
)
def test_runin_headings(body: str, title: str | None) -> None:
    assert runin_title(body) == title


@pytest.mark.parametrize(
    ("line", "number"),
    [("一是疫情防控取得重大战略成果。", 1), ("五是社会民生得到有力保障。", 5), ("其二是加强监管", 2)],
)
def test_shi_enumerations(line: str, number: int) -> None:
    found = shi_label(line)
    assert found is not None and found[0] == number


@pytest.mark.parametrize(
    ("text", "value"),
    [("七", 7), ("十", 10), ("十四", 14), ("二十一", 21), ("一百", 100), ("一〇五", 105), ("一百零五", 105),
     ("三千五百", 3500), ("12", 12),
     ("③", 3), ("两", 2), ("百十", None), ("甲", None), ("", None)],
)
def test_numerals(text: str, value: int | None) -> None:
    assert cn_to_int(text) == value
