"""The name a table row gives its values, shared by the parser (which finds rows written one cell a line) and
the measure extractor (which reads them): a row's list marker is no part of its name."""

from __future__ import annotations

import re

# 1.地区生产总值, 一、主要指标, (一)…, 其中: 稻谷, #稻谷: the marker before a row's name
_LIST_MARK = re.compile(
    r"^(?:\d{1,2}\s?[.、．]|[一二三四五六七八九十]{1,3}\s?、|[(（][一二三四五六七八九十\d]{1,3}[)）]|其中\s?[:：]?|#)\s*"
)


def row_name(cell: str) -> str:
    """The name a row gives its values: without its list marker (``1.地区生产总值``, ``其中: 稻谷``)."""
    return _LIST_MARK.sub("", cell.strip()).strip()
