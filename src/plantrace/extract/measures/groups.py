"""Counts that name the group a figure is taken over, not an output: 38个大类行业中32个实现增长 (of 38 industries,
32 grew), 11个设区市中,有9个… The group (38个…中) and the members of it that grew (中32个实现增长) are how a breadth
of growth is counted; the figure is the share (增长面84.2%)."""

from __future__ import annotations

import re

_MEASURE_WORDS = "个個项項家所座条條"
_PICKED = r"[,，]?(?:有|共有|仅有|只有|已有)?"
_AMONG = "[^，,。；;、\\d]{1,12}?(?<![高初集其])中"  # (高中, 集中, 其中: no group)
# 38个大类行业中32个…: the group, then (right after 中) the count of its members
_GROUP = re.compile(f"{_AMONG}{_PICKED}(?=\\d|[一二三四五六七八九十两]{{1,3}}[{_MEASURE_WORDS}])")
_MEMBERS = re.compile(f"\\d+[{_MEASURE_WORDS}]{_AMONG}{_PICKED}$")
_REACH = 24  # the group is named this close before its members


# …中32个实现增长, 28個行業增加值實現增長: the members that grew, the parts of a breadth of growth (增长面); the
# members that met a standard (339个…城市中,218个城市环境空气质量达标) are an indicator of their own
_GREW = re.compile("[^，,。；;、\\d]{0,12}?(?:实现|保持)?正?增长")


def counts_a_group(text: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` is a group a figure is taken over, or the members of it that grew."""
    if "中" not in text[max(0, start - _REACH):end + _REACH]:  # speed only: both need it
        return False
    if _GROUP.match(text, end):
        return True
    return bool(_MEMBERS.search(text, max(0, start - _REACH), start)) and bool(_GREW.match(text, end))
