"""The evaluation report (评估报告): summary by status, one section per indicator, a source for every number.

HTML is one self-contained file: charts are inline SVG drawn by matplotlib, nothing is loaded from
the internet. Every number is written by :func:`_num`, which puts its source next to it (HTML:
``<span class="num" data-source=… data-line=…>`` followed by a ``<cite>``).
"""

from __future__ import annotations

import html
import io
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any

from plantrace.errors import MissingExtra
from plantrace.track import explain
from plantrace.track.indicators import by_name
from plantrace.track.model import LABELS, STATUSES, Assessment, Evidence, Observation, Target
from plantrace.track.status import RULES

NATIONAL = "中华人民共和国"


def render(assessed: Sequence[Assessment], series: Sequence[Observation], docs: Sequence[Mapping[str, Any]], *,
           jurisdiction: str, period: tuple[int, int], fmt: str) -> str:
    """The report of one jurisdiction's targets for ``period`` as ``html`` or ``md``."""
    writer = _Html() if fmt == "html" else _Markdown()
    level = "national" if jurisdiction == NATIONAL else "regional"
    title = f"{jurisdiction}{period[0]}–{period[1]}年目标实施情况评估报告"
    writer.title(title)
    writer.para("本报告由 plantrace 根据第四部分所列文件自动生成：目标取自文件中的预期目标，实际值取自其后文件的"
                "回顾或导入、录入的数据；每个数字后注明出处（文件与行号）。判定规则见文末。")
    writer.heading("一、总体情况")
    counts = Counter(a.status for a in assessed)
    writer.table(["状态", "English", "目标数"],
                 [[LABELS[s], s, writer.meta(str(counts[s]))] for s in STATUSES if counts[s]])
    writer.heading("二、分指标情况")
    by_indicator: dict[str, list[Assessment]] = defaultdict(list)
    for a in assessed:
        by_indicator[a.target.indicator].append(a)
    for name in sorted(by_indicator, key=lambda n: (-len(by_indicator[n]), n)):
        _indicator_section(writer, name, by_indicator[name], series, period, level, jurisdiction)
    writer.heading("三、无数据的目标")
    missing = [a for a in assessed if a.status == "no_data"]
    if missing:
        writer.table(["指标", "目标", "目标出处"],
                     [[by_name(a.target.indicator).display(level), _target_text(writer, a.target),
                       writer.cite(a.target.evidence)] for a in missing])
    else:
        writer.para("所有目标都找到了可比的实际值。")
    writer.heading("四、依据的文件")
    writer.table(["文件", "标题", "类型", "发布"],
                 [[writer.meta(PurePath(str(d["source"])).name), writer.meta(str(d.get("title") or "")),
                   writer.text(str(d.get("doc_type") or "")), writer.meta(str(d.get("issued") or d.get("period_start")
                                                                            or ""))] for d in docs])
    writer.heading("五、判定规则")
    writer.table(["规则", "说明"], [[writer.meta(k), writer.meta(v)] for k, v in RULES.items()])
    return writer.done()


def _indicator_section(writer: _Writer, name: str, assessed: Sequence[Assessment], series: Sequence[Observation],
                       period: tuple[int, int], level: str, jurisdiction: str) -> None:
    indicator = by_name(name)
    writer.subheading(f"{indicator.display(level)}（{indicator.english}，单位：{indicator.unit}）")
    rows = []
    for a in sorted(assessed, key=lambda a: (a.target.year, a.target.scope)):
        seen = writer.text("—") if a.observation is None else _num(writer, a.observation.value, a.target.unit,
                                                                  a.observation.evidence)
        rows.append([writer.meta(_when(a.target)), _target_text(writer, a.target), seen,
                     writer.text(a.label), writer.text(a.rule)])
    writer.table(["年份/时期", "目标（出处）", "实际（出处）", "状态", "规则"], rows)
    lo, hi = period[0] - 1, period[1]
    observed = [o for o in series if o.indicator == name and o.jurisdiction == jurisdiction and lo <= o.year <= hi
                and o.scope == "annual"]
    if observed:
        writer.para("历年实际值：", keep=True)
        writer.table(["年份", "实际值（出处）", "来源"],
                     [[writer.meta(str(o.year)), _num(writer, o.value, o.unit, o.evidence), writer.text(o.origin)]
                      for o in sorted(observed, key=lambda o: o.year)])
    chart = _chart(indicator.english, indicator.unit, assessed, observed, period)
    if chart:
        writer.chart(chart, f"{indicator.display(level)}：目标与实际")
    for a in assessed:
        writer.explanation(a.explanation)


def _when(target: Target) -> str:
    if target.scope == "annual" or target.period is None:
        return str(target.year)
    return f"{target.period[0]}–{target.period[1]}（{'年均' if target.scope == 'period_average' else '累计'}）"


def _target_text(writer: _Writer, target: Target) -> str:
    if target.value is None:
        return writer.text(explain.target_value(target)) + writer.cite(target.evidence)
    words = {">=": "不低于", "<=": "不高于", "range": "区间"}
    word = words.get(target.comparator, "")
    value = _num(writer, target.value, target.unit, target.evidence, cite=False)
    if target.comparator == "range" and target.value_max is not None:
        value += "–" + _num(writer, target.value_max, target.unit, target.evidence, cite=False)
    after = "左右" if target.comparator == "~" else ""
    return writer.text(word) + value + writer.text(after) + writer.cite(target.evidence)


def _num(writer: _Writer, value: float, unit: str, evidence: Evidence, *, cite: bool = True) -> str:
    return writer.number(explain.number(value) + unit, evidence) + (writer.cite(evidence) if cite else "")


# -- chart --------------------------------------------------------------------------------------

# chart text stays ASCII: the default font has no CJK glyphs and the report must render offline
CHART_UNITS = {"%": "%", "万人": "10,000 persons", "亿元": "100 million yuan", "亿吨": "100 million t", "岁": "years"}

def _chart(title: str, unit: str, assessed: Sequence[Assessment], observed: Sequence[Observation],
           period: tuple[int, int]) -> str | None:
    """An inline SVG: observed series against the targets (annual markers, period lines)."""
    annual = [a.target for a in assessed if a.target.scope == "annual" and a.target.value is not None]
    periodic = [a.target for a in assessed if a.target.scope != "annual" and a.target.value is not None]
    if not observed and not annual:
        return None
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise MissingExtra("Charts need matplotlib.", hint="pip install 'plantrace[report]'") from exc
    matplotlib.rcParams["svg.hashsalt"] = "plantrace"
    matplotlib.rcParams["svg.fonttype"] = "none"
    figure = Figure(figsize=(6.4, 2.8))
    axes = figure.add_subplot()
    if observed:
        points = sorted((o.year, o.value) for o in observed)
        axes.plot([p[0] for p in points], [p[1] for p in points], marker="o", color="#1f5fa8", label="observed")
    if annual:
        axes.scatter([t.year for t in annual], [float(t.value or 0) for t in annual], marker="_", s=300,
                     color="#c0392b", label="annual target", zorder=3)
    for t in periodic:
        if t.scope == "period_average" and t.period and t.value is not None:
            axes.hlines(float(t.value), t.period[0], t.period[1], colors="#e67e22", linestyles="dashed",
                        label="period average target")
    axes.set_title(f"{title} ({CHART_UNITS.get(unit, '')})", fontsize=9)
    axes.set_xlim(period[0] - 1.5, period[1] + 0.5)
    from matplotlib.ticker import MaxNLocator

    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(fontsize=7, loc="best")
    axes.grid(alpha=0.3)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]


# -- writers ------------------------------------------------------------------------------------

class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def title(self, text: str) -> None: ...
    def heading(self, text: str) -> None: ...
    def subheading(self, text: str) -> None: ...
    def para(self, text: str, keep: bool = False) -> None: ...
    def table(self, head: Sequence[str], rows: Sequence[Sequence[str]]) -> None: ...
    def chart(self, svg: str, caption: str) -> None: ...
    def explanation(self, text: str) -> None: ...

    def text(self, text: str) -> str:
        return text

    def meta(self, text: str) -> str:
        return text

    def number(self, text: str, evidence: Evidence) -> str:
        return text

    def cite(self, evidence: Evidence) -> str:
        return f"（{explain.cite(evidence)}）"

    def done(self) -> str:
        return "\n".join(self.parts) + "\n"


class _Markdown(_Writer):
    def title(self, text: str) -> None:
        self.parts.append(f"# {text}\n")

    def heading(self, text: str) -> None:
        self.parts.append(f"\n## {text}\n")

    def subheading(self, text: str) -> None:
        self.parts.append(f"\n### {text}\n")

    def para(self, text: str, keep: bool = False) -> None:
        self.parts.append(f"{text}\n")

    def table(self, head: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        def cell(text: str) -> str:
            return text.replace("|", "\\|").replace("\n", " ")
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
        self.parts.append("\n".join(lines) + "\n")

    def chart(self, svg: str, caption: str) -> None:
        import base64

        data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
        self.parts.append(f"![{caption}](data:image/svg+xml;base64,{data})\n")

    def explanation(self, text: str) -> None:
        self.parts.append(f"- {text}")


class _Html(_Writer):
    STYLE = ("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:60rem;margin:2rem auto;"
             "padding:0 1rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid "
             "#ccc;padding:.25rem .5rem;vertical-align:top}th{background:#f3f3f3}cite{color:#666;font-style:normal;"
             "font-size:.85em}.num{font-weight:600}.explanation{color:#333;font-size:.92em}figure{margin:0}")

    def title(self, text: str) -> None:
        self.parts.append(f"<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
                          f"{html.escape(text)}</title><style>{self.STYLE}</style></head><body>\n"
                          f"<h1>{html.escape(text)}</h1>")

    def heading(self, text: str) -> None:
        self.parts.append(f"<h2>{html.escape(text)}</h2>")

    def subheading(self, text: str) -> None:
        self.parts.append(f"<h3>{html.escape(text)}</h3>")

    def para(self, text: str, keep: bool = False) -> None:
        self.parts.append(f"<p>{html.escape(text)}</p>")

    def table(self, head: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        header = "".join(f"<th>{html.escape(h)}</th>" for h in head)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        self.parts.append(f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>")

    def chart(self, svg: str, caption: str) -> None:
        self.parts.append(f"<figure class=\"chart\">{svg}<figcaption>{html.escape(caption)}</figcaption></figure>")

    def explanation(self, text: str) -> None:
        self.parts.append(f"<p class=\"explanation\">{html.escape(text)}</p>")

    def text(self, text: str) -> str:
        return html.escape(text)

    def meta(self, text: str) -> str:
        return f"<span class=\"meta\">{html.escape(text)}</span>"

    def number(self, text: str, evidence: Evidence) -> str:
        line = "" if evidence.line_start is None else f" data-line=\"{evidence.line_start}\""
        return (f"<span class=\"num\" data-source=\"{html.escape(evidence.source)}\"{line}>"
                f"{html.escape(text)}</span>")

    def cite(self, evidence: Evidence) -> str:
        return f"<cite>（{html.escape(explain.cite(evidence))}）</cite>"

    def done(self) -> str:
        return "\n".join(self.parts) + "\n</body></html>\n"
