"""Which headings are in force at each line, read from the text itself.

Used when the parse tree gives no heading path (flat documents): heading-like lines are stacked
by level (篇 > 章 > 节 > 一、 > (一) > 1. > 专栏), so a line sees the headings above it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from plantrace.extract.measures.timeline import region_stance
from plantrace.extract.measures.years import TONED_PINYIN
from plantrace.models import Line
from plantrace.prefilter import first_characters, may_match

_CN = "一二三四五六七八九十百零〇"
_LEVELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, re.compile(f"^第[{_CN}]+[篇部]")),
    (1, re.compile(f"^第[{_CN}]+章")),
    (2, re.compile(f"^第[{_CN}]+[节節]")),
    (3, re.compile(f"^[{_CN}]+、")),
    (4, re.compile(f"^\\([{_CN}]+\\)")),
    (5, re.compile(r"^\d{1,2}\.(?=\d{4}年|\D)")),
    (6, re.compile(r"^专栏\s*\d+")),
)


_LEVEL_START = first_characters([pattern for _, pattern in _LEVELS])  # speed only: most lines open with none


@dataclass(frozen=True, slots=True)
class LineContext:
    headings: tuple[str, ...]
    after_review: bool      # a review section has been closed: later sections are plans


# An unnumbered heading: a short line without punctuation that states a year or a plan period and
# says what follows (2026年自治区民生实事; 2024年全市上下解放思想 奋发进取 交出了一份…成绩单;
# ■ 2025年经济社会发展的主要预期目标). It stands above every numbered level.
_UNNUMBERED = re.compile(
    r"^[■□●◆◇▲△★☆\s]*(?:(?:19|20)\d{2}年|“?十[一二三四五]?五”?)[^，,。；;：:！!？?、（）()]{2,38}$")
# 8个维度回顾2025, 回顾2023年工作成果 (展望2024年工作目标): a digest's short heading that names the year it
# looks back on (or ahead to) after the word; 2025年, standing alone: a summary page's year opening the results
# it sets out line by line below (not a table's year cell, which has no comma)
_REVIEWED_YEAR_HEADING = re.compile(
    r"^[■□●◆◇▲△★☆\s]*[^，,。；;：:！!？?、（）()]{0,12}?(?:回顾|回望|回眸|展望)(?:19|20)\d{2}年?[^，,。；;：:！!？?、（）()]{0,12}$"
    r"|^(?:19|20)\d{2}年[,，]$")
# 2020年成就:, “十四五”目標(biāo):: a short bullet heading of a digest ends with a colon
_COLON_HEADING_MAX = 16
_NOT_HEADINGS = re.compile(r"^(?:图|表|注|来源|资料来源|数据来源)|\d{1,2}月\d{1,2}(?:日|\S?$)|\d{1,2}:\d{2}")
TOP = -1


def heading_of(text: str) -> tuple[int, str] | None:
    """(level, heading text) when the line starts with a heading marker, or is an unnumbered heading."""
    stripped = (TONED_PINYIN.sub("", text) if may_match(TONED_PINYIN, text) else text).strip()  # (speed only)
    for level, pattern in _LEVELS if _LEVEL_START is None or _LEVEL_START.match(stripped) else ():
        if pattern.match(stripped):
            title = stripped if len(stripped) <= 50 else stripped.split("。", 1)[0]
            return level, title[:60]
    if stripped.endswith((":", "：")) and len(stripped) <= _COLON_HEADING_MAX:
        stripped = stripped[:-1]
    if (_UNNUMBERED.match(stripped) or _REVIEWED_YEAR_HEADING.match(stripped)) and not _NOT_HEADINGS.search(stripped):
        return TOP, stripped
    return None


def line_contexts(lines: Iterable[Line]) -> dict[int, LineContext]:
    """The headings in force at every line number."""
    stack: dict[int, str] = {}
    after_review = False
    out: dict[int, LineContext] = {}
    context = LineContext((), after_review)  # one value shared by the lines up to the next heading
    for line in lines:
        found = heading_of(line.simp)
        if found:
            level, title = found
            closed = [stack[lv] for lv in list(stack) if lv >= level]
            if any(region_stance([h]) == "actual" for h in closed):
                after_review = True
            stack = {lv: h for lv, h in stack.items() if lv < level}
            stack[level] = title
            context = LineContext(tuple(stack[lv] for lv in sorted(stack)), after_review)
        out[line.number] = context
    return out
