"""A chart's labels (a ``chart_labels`` note, see parse/charts.py) give no quantity and no year: the years
along a chart's time axis do not date the paragraphs after it (issue #14, a scanned bulletin read by OCR)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.pipeline import process_file

HEAD = ["2023年周口市国民经济和社会发展统计公报", "周口市统计局", "2024年4月29日", "二、农业",
        "全年全市粮食播种面积2066.70万亩，总产量902.61万吨，减产3.2%。"]
TAIL = ["全年全市油料产量56.43万吨，比上年增产6.8%。", "三、工业和建筑业", "全年全市规模以上工业增加值增长5.0%。"]
CHARTS = {
    "captioned": ["图1 2017-2023年周口市粮食总产量", "单位：万吨", "1,000", "901.90 912.48 934.30", "900",
                  "2017年2018年2019年2020年2021年2022年2023年"],
    "caption misread": ["2 2019-2023年全市居民人均可支配收入及增速", "25,000 23102 25.0", "20,000 20.0",
                        "2019年 2020年 2021年 2022年 2023年", "居民人均可支配收入 增速", "-10"],
}


@pytest.mark.parametrize("chart", CHARTS)
def test_a_charts_axis_does_not_date_what_follows(tmp_path: Path, chart: str) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text("\n".join([*HEAD, *CHARTS[chart], *TAIL]) + "\n", encoding="utf-8")
    parsed, facts = process_file(path)
    labels = {n for node in parsed.nodes if ("role", "chart_labels") in node.attrs
              for n in range(node.line_start, node.line_end + 1)}
    assert labels
    assert not [m for m in facts.measures if m.line in labels]
    after = [m for m in facts.measures if m.line > max(labels)]
    assert {m.surface for m in after} == {"56.43万吨", "6.8%", "5.0%"}
    assert {m.year for m in after} == {2023}


@pytest.mark.parametrize("date", ["2024年4月29日", "2024年4月29晶", "2024年4月29"])
def test_a_date_line_under_the_title_is_no_heading_even_misread(tmp_path: Path, date: str) -> None:
    path = tmp_path / "bulletin.txt"
    lines = [HEAD[0], HEAD[1], date, *HEAD[3:], *TAIL]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, facts = process_file(path)
    assert {m.year for m in facts.measures} == {2023}
