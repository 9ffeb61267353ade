"""Canonical indicators: one name for 国内生产总值增长 / 经济增长 / GDP增长 / 地区生产总值增速.

The table lives in ``data/track_indicators.toml``. A measure names an indicator through the
measures stage's canonical metric (``metrics``) or, failing that, a part of its metric phrase
(``aliases``); its kind and unit must fit. Traditional characters are read through the
simplified layer.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from plantrace.errors import NotFound
from plantrace.track.model import Direction, Indicator


@cache
def indicators() -> tuple[Indicator, ...]:
    """Every tracked indicator, most specific first."""
    text = resources.files("plantrace").joinpath("data", "track_indicators.toml").read_text(encoding="utf-8")
    return tuple(_indicator(entry) for entry in tomllib.loads(text)["indicator"])


def _indicator(entry: dict[str, Any]) -> Indicator:
    units = tuple((str(u), float(f)) for u, f in entry["units"].items())
    direction: Direction = entry["direction"]
    return Indicator(
        name=entry["name"], english=entry["english"], unit=units[0][0], direction=direction,
        regional=entry.get("regional"), metrics=tuple(entry.get("metrics", ())),
        aliases=tuple(entry.get("aliases", ())), exclude=tuple(entry.get("exclude", ())),
        kinds=tuple(entry.get("kinds", ())), units=units, reduction=bool(entry.get("reduction", False)),
        relation=entry.get("relation"),
    )


@cache
def _converter() -> Any:
    import opencc  # native, offline dictionaries

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    return str(_converter().convert(text)) if text else text


def match(metric: str, metric_canonical: str | None, kind: str, unit: str) -> tuple[Indicator, float] | None:
    """The indicator a measure reports on and the factor to its unit, or None.

    Indicators are tried most specific first; each matches on the measures stage's canonical
    metric or on one of its names inside the metric phrase (either script).

    >>> match("国内生产总值", "地区生产总值", "growth", "%")[0].name
    '国内生产总值增长'
    """
    phrase = simplified(metric or "").upper()
    for indicator in indicators():
        factor = dict(indicator.units).get(unit)
        if factor is None or (indicator.kinds and kind not in indicator.kinds):
            continue
        if any(word in phrase for word in indicator.exclude):
            continue
        if metric_canonical and metric_canonical in indicator.metrics:
            return indicator, factor
        if any(_names(alias, phrase) for alias in (*indicator.metrics, *indicator.aliases)):
            return indicator, factor
    return None


def _names(alias: str, phrase: str) -> bool:
    """``=经济`` must be the whole phrase; any other alias may be a part of it."""
    if alias.startswith("="):
        return phrase.strip() == alias[1:].upper()
    return alias.upper() in phrase


_GROWTH_WORDS = ("增长率", "增速", "增长", "涨幅", "增幅")


def resolve(name: str) -> Indicator:
    """An indicator by its name, regional name, English name or a phrase naming it (either script).

    >>> resolve("地区生产总值增速").name
    '国内生产总值增长'
    """
    wanted = simplified(name.strip())
    for indicator in indicators():
        if wanted in (indicator.name, indicator.regional) or wanted.lower() == indicator.english.lower():
            return indicator
    stem = wanted
    for word in _GROWTH_WORDS:
        if stem.endswith(word) and len(stem) > len(word):
            stem = stem[: -len(word)]
            break
    kinds = ("growth",) if stem != wanted else ("level", "share", "count", "ratio", "other", "change", "growth")
    for kind in kinds:
        for unit in ("%", "万人", "亿元", "亿吨", "岁"):
            found = match(stem, None, kind, unit)
            if found:
                return found[0]
    known = "、".join(i.name for i in indicators()[:8])
    raise NotFound(f"No tracked indicator is called {name!r}.", hint=f"Known indicators include {known} …; "
                   "`plantrace track status` lists those with targets.")


def by_name(name: str) -> Indicator:
    for indicator in indicators():
        if indicator.name == name:
            return indicator
    raise NotFound(f"No tracked indicator {name!r}.")
