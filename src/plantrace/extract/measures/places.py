"""Names that are only a place (天津, 城区, 全省, 东部地区, 美国): they say where a figure was taken, not what it
measures (owners.place_names gives them the indicator of the value before them)."""

from __future__ import annotations

import re

from plantrace.gazetteer import gazetteer

# the places that are no division of the gazetteer: the whole of one (全省), a part of the country or of a place
# (东部地区, 城镇, 农村), a group of countries (发展中国家, 经合组织国家) or a country (美国)
_WHOLE = "全国|全省|全市|全区|全县|全州|全盟|全球|世界|我国|城镇|农村|城市|乡村|主城区|中心城区|[东西中]部地区|东北地区"
# 巢湖等县市, 长沙等6个市: places named by the last of a list of them and what they are
_LISTED_PLACES = re.compile("[\u4e00-\u9fff]{2,4}等(?:\\d+个)?(?:县市|市县|县区|县|市|区|地区|城市|省份|省区市)")
_COUNTRIES = "[^,，;；。、:：\\d的]{2,6}?(?:国家|经济体)(?!级)"
_ONLY_GROUP = re.compile(f"^(?:{_WHOLE}|{_COUNTRIES}|[^全中强大各我本该外\\d]国)$")
_OPENING_GROUP = re.compile(f"^(?:{_WHOLE}|{_COUNTRIES})")


def only_place(name: str) -> bool:
    """Whether a name is only a place (天津, 城区, 全省, 东部地区, 美国)."""
    return bool(name) and (bool(_ONLY_GROUP.match(name) or _LISTED_PLACES.fullmatch(name)) or gazetteer().is_name(name))


def without_place(name: str) -> str:
    """北京人口平均预期寿命 -> 人口平均预期寿命: a name without the place it opens with."""
    group = _OPENING_GROUP.match(name)
    if group:
        return name[group.end():]
    found = gazetteer().prefix(name)
    if found is not None and gazetteer().is_name(name[:found[1]]):
        rest = name[found[1]:]
        return rest[len(part.group(0)):] if (part := _OPENING_GROUP.match(rest)) else rest  # 合肥市中心城区防洪标准
    return name
