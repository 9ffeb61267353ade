"""Explanation sentences: both numbers, both sources, the rule."""

from __future__ import annotations

from pathlib import PurePath

from plantrace.track.indicators import by_name
from plantrace.track.model import Evidence, Observation, Target

NATIONAL = "中华人民共和国"


def number(value: float | None) -> str:
    if value is None:
        return "—"
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text if text != "-0" else "0"


def cite(evidence: Evidence) -> str:
    """《name》第N行, or the source a person named."""
    name = PurePath(evidence.source).name if evidence.doc else evidence.source
    if evidence.line_start is None:
        return name
    lines = f"第{evidence.line_start}行" if evidence.line_end in (None, evidence.line_start) \
        else f"第{evidence.line_start}–{evidence.line_end}行"
    return f"{name} {lines}"


def target_value(target: Target) -> str:
    unit = target.unit
    if target.comparator == "range":
        return f"{number(target.value)}–{number(target.value_max)}{unit}"
    words = {">=": "不低于", "<=": "不高于", "~": "左右", "=": "", "sync": "与经济增长同步", "gt": "高于经济增长"}
    word = words.get(target.comparator, "")
    if target.comparator in ("sync", "gt"):
        return word
    if target.comparator == "~":
        return f"{number(target.value)}{unit}左右"
    return f"{word}{number(target.value)}{unit}"


def scope_words(target: Target) -> str:
    if target.scope == "annual":
        return f"{target.year}年"
    start, end = target.period or (target.year, target.year)
    return f"{start}–{end}年{'年均' if target.scope == 'period_average' else '累计'}"


def sentence(target: Target, observation: Observation | None, verdict: str, rule: str, extra: str = "") -> str:
    """目标：…（出处）；实际：…（出处）。verdict（rule）。"""
    name = by_name(target.indicator).display("national" if target.jurisdiction == NATIONAL else "regional")
    head = f"目标：{name}{scope_words(target)}{target_value(target)}（{cite(target.evidence)}）"
    if observation is None:
        body = "；后来的文件和录入的数据中没有可比的数值"
    else:
        seen = f"{observation.year}年" if observation.scope == "annual" else \
            f"{observation.period[0] if observation.period else ''}–{observation.year}年"
        body = f"；实际：{seen}{number(observation.value)}{observation.unit}（{cite(observation.evidence)}" \
               f"{origin_words(observation)}）"
    tail = f"{extra}" if extra else ""
    return f"{head}{body}{tail}。{verdict}（{rule}）。"


def origin_words(observation: Observation) -> str:
    if observation.origin == "extracted":
        return ""
    who = observation.recorded_by or "未署名"
    when = f"于{observation.recorded_at}" if observation.recorded_at else ""
    kind = "导入" if observation.origin == "imported" else "录入"
    return f"，由{who}{when}{kind}"
