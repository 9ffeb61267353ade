"""The unit table (data/units.toml): unit -> dimension, base unit and factor, magnitude words."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    dimension: str
    base: str
    factor: float
    scalable: bool = True


@dataclass(frozen=True, slots=True)
class Reading:
    """Another reading of a unit word that the words around it call for (25度以上陡坡: a slope, not 25 kWh)."""

    unit: str
    dimension: str
    base: str
    factor: float
    before: re.Pattern[str] | None = None  # searched in the text before the value
    after: re.Pattern[str] | None = None   # matched at the text right after the unit
    metric: re.Pattern[str] | None = None  # searched in the name of what the value measures

    def fits(self, before: str, after: str, metric: str) -> bool:
        return bool((self.before and self.before.search(before)) or (self.after and self.after.match(after))
                    or (self.metric and self.metric.search(metric)))


@dataclass(frozen=True, slots=True)
class UnitTable:
    units: dict[str, Unit]
    magnitudes: dict[str, float]
    not_quantities: tuple[str, ...] = ()
    not_counted_before: tuple[str, ...] = ()   # 9个方面工作, 6项指标: a count of parts of the text
    policy_units: tuple[str, ...] = ()         # 30条: a policy's name after 出台/制定 …
    policy_verbs: tuple[str, ...] = ()
    policy_nouns: tuple[str, ...] = ()
    frequency_units: tuple[str, ...] = ()      # 5次调高: how often, not how many
    policy_noun_units: tuple[str, ...] = ()
    population_places: tuple[str, ...] = ()    # 339个地级及以上城市PM2.5平均浓度: the group a statistic covers
    population_verbs: tuple[str, ...] = ()
    counted_nouns: tuple[str, ...] = ()        # 6个调研组, 3个座谈会: groups and meetings
    counted_places: tuple[str, ...] = ()       # 31个省份: administrative units
    counted_reach: tuple[str, ...] = ()        # 拓展至22个省区市: a verb that makes them an output
    per_time: dict[str, str] = field(default_factory=dict)  # m3/s, 千瓦时/天: a time word after a slash -> its span
    readings: tuple[Reading, ...] = ()        # 25度以上陡坡, 经营主体680万户: the unit read by its context
    circle_ends: tuple[str, ...] = ()         # 1小时通勤圈, 15分钟生活圈: the time or distance names the circle
    circle_dimensions: tuple[str, ...] = ()
    circle_reach: int = 0

    def split(self, written: str) -> tuple[str, Unit] | None:
        """``"万亿元"`` -> (``"万亿"``, 元). The magnitude is ``""`` when there is none."""
        if written in self.units:
            return "", self.units[written]
        for size in (2, 1):
            mag, rest = written[:size], written[size:]
            if mag in self.magnitudes and rest in self.units and self.units[rest].scalable:
                return mag, self.units[rest]
        return None

    def base_value(self, value: float | None, written: str) -> tuple[float | None, str | None, str | None]:
        """(base_value, base_unit, dimension) of ``value`` written in unit ``written``."""
        if written in self.magnitudes:  # 常住人口1868万: a bare magnitude word counts
            return (None if value is None else value * self.magnitudes[written]), "", "number"
        found = self.split(written)
        if found is None:
            return self._rate(value, written)
        mag, unit = found
        if value is None:
            return None, unit.base, unit.dimension
        return value * self.magnitudes.get(mag, 1.0) * unit.factor, unit.base, unit.dimension

    def base_value_in(
        self, value: float | None, written: str, *, before: str = "", after: str = "", metric: str = ""
    ) -> tuple[float | None, str | None, str | None]:
        """``base_value`` of a value read in its words: ``before`` and ``after`` it in its line, and its metric."""
        named = self._named(written)
        if named is not None:
            name, scale = named
            for reading in self.readings:
                if reading.unit == name and reading.fits(before, after, metric):
                    factor = scale * reading.factor
                    return (None if value is None else value * factor), reading.base, reading.dimension
        return self.base_value(value, written)

    def reading_after(self, unit: str, dimension: str) -> re.Pattern[str] | None:
        """The words right after ``unit`` that call for reading it as ``dimension`` (度 …坡: a slope), or None."""
        return next((r.after for r in self.readings if r.unit == unit and r.dimension == dimension), None)

    def _named(self, written: str) -> tuple[str, float] | None:
        """(the unit's name in the table, the magnitude's factor); the name of a bare magnitude word is ``""``."""
        if written in self.magnitudes:
            return "", self.magnitudes[written]
        found = self.split(written)
        return None if found is None else (found[1].name, self.magnitudes.get(found[0], 1.0))

    def _rate(self, value: float | None, written: str) -> tuple[float | None, str | None, str | None]:
        """公斤/亩, 公里/平方公里: a rate of two units of the table that it does not list itself."""
        top, slash, bottom = written.partition("/")
        if not slash or "/" in bottom:
            return None, None, None
        if bottom in self.per_time:  # 27100m3/s, 88.6亿千瓦时/天
            n, n_base, n_dim = self.base_value(1.0, top)
            if n is None or not n_base:
                return None, None, None
            return (None if value is None else value * n), f"{n_base}/{bottom}", f"{n_dim}_per_{self.per_time[bottom]}"
        (n, n_base, n_dim), (d, d_base, d_dim) = self.base_value(1.0, top), self.base_value(1.0, bottom)
        if n is None or d is None or not n_base or not d_base:
            return None, None, None
        base_value = None if value is None else value * n / d
        return base_value, f"{n_base}/{d_base}", f"{n_dim}_per_{d_dim}"

    def bare_pattern(self) -> str:
        """Units without a magnitude word, longest first, each optionally per another unit of the
        table (5921公斤/公顷, 395公斤/亩, 6公里/平方公里: yields and densities the table does not list)."""
        units = _alternation(tuple(self.units))
        times = [re.escape(t) if not t.isascii() else f"{re.escape(t)}(?![A-Za-z])"
                 for t in sorted(self.per_time, key=lambda t: (-len(t), t))]
        per = "|".join([_alternation(tuple(self.written_forms())), *times])
        return f"(?:{units})(?:/(?:{per}))?"

    def written_forms(self) -> list[str]:
        """Every written unit: each unit, and each scalable one after a magnitude word of one or two characters."""
        forms = list(self.units)
        for name, unit in self.units.items():
            if unit.scalable:
                forms.extend(mag + name for mag in self.magnitudes if len(mag) <= 2)
        return forms


def _reading(spec: dict[str, Any]) -> Reading:
    def pattern(key: str) -> re.Pattern[str] | None:
        return re.compile(str(spec[key])) if key in spec else None

    return Reading(unit=str(spec["unit"]), dimension=str(spec["dimension"]), base=str(spec["base"]),
                   factor=float(spec.get("factor", 1)), before=pattern("before"), after=pattern("after"),
                   metric=pattern("metric"))


def _alternation(forms: tuple[str, ...]) -> str:
    ordered = sorted(set(forms), key=lambda s: (-len(s), s))
    return "|".join(re.escape(f) for f in ordered)


def _unit(name: str, spec: dict[str, Any]) -> Unit:
    return Unit(
        name=name,
        dimension=str(spec["dimension"]),
        base=str(spec["base"]),
        factor=float(spec["factor"]),
        scalable=bool(spec.get("scalable", True)),
    )


@cache
def unit_table() -> UnitTable:
    """Load the packaged unit table once."""
    text = resources.files("plantrace").joinpath("data/units.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    units = {name: _unit(name, spec) for name, spec in data["units"].items()}
    for word in data["counts"]["words"]:
        units.setdefault(word, Unit(name=word, dimension="count", base=word, factor=1.0))
    magnitudes = {k: float(v) for k, v in data["magnitudes"].items()}
    names = tuple(data.get("not_quantities", {}).get("names", ()))
    followed = tuple(data.get("not_quantities", {}).get("followed_by", {}).get("words", ()))
    policy = data.get("not_quantities", {}).get("policy", {})
    counted = data.get("not_quantities", {}).get("counted", {})
    circles = data.get("not_quantities", {}).get("circles", {})
    return UnitTable(units=units, magnitudes=magnitudes, not_quantities=names, not_counted_before=followed,
                     policy_units=tuple(policy.get("units", ())), policy_verbs=tuple(policy.get("verbs", ())),
                     policy_nouns=tuple(policy.get("nouns", ())),
                     policy_noun_units=tuple(policy.get("noun_units", ())),
                     frequency_units=tuple(data.get("not_quantities", {}).get("frequency", {}).get("units", ())),
                     population_places=tuple(data.get("not_quantities", {}).get("population", {}).get("places", ())),
                     population_verbs=tuple(data.get("not_quantities", {}).get("population", {}).get("verbs", ())),
                     counted_nouns=tuple(counted.get("nouns", ())), counted_places=tuple(counted.get("places", ())),
                     counted_reach=tuple(counted.get("reach", ())),
                     per_time={str(k): str(v) for k, v in data.get("per_time", {}).items()},
                     readings=tuple(_reading(spec) for spec in data.get("readings", ())),
                     circle_ends=tuple(circles.get("ends", ())),
                     circle_dimensions=tuple(circles.get("dimensions", ())),
                     circle_reach=int(circles.get("reach", 0)))
