"""A synthetic corpus generated from the sample documents: varied places and numbers, same language."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

PLACES = ("海珠", "荔湾", "从化", "越秀", "天河", "白云", "黄埔", "番禺", "花都", "南沙", "增城",
          "福田", "南山", "宝安", "龙岗", "禅城", "南海", "顺德", "香洲", "斗门", "金湾", "莞城")
_PLACE = re.compile("|".join(PLACES[:4]))
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _vary(text: str, rng: random.Random) -> str:
    text = _PLACE.sub(lambda m: rng.choice(PLACES), text)
    return _NUMBER.sub(lambda m: _jitter(m.group(0), rng), text)


def _jitter(number: str, rng: random.Random) -> str:
    if len(number) == 4 and number.startswith("20"):
        return number  # keep years
    value = float(number) * rng.uniform(0.7, 1.3)
    return f"{value:.{len(number.split('.')[1])}f}" if "." in number else str(max(1, round(value)))


def generate(corpus: Path, out: Path, count: int, seed: int = 14) -> Iterator[Path]:
    """Write ``count`` documents into ``out``, streaming (one source text in memory at a time)."""
    sources = sorted(corpus.rglob("*.txt"))
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        src = sources[i % len(sources)]
        path = out / f"synthetic_{i:05d}_{src.stem}.txt"
        path.write_text(_vary(src.read_text(encoding="utf-8"), rng), encoding="utf-8")
        yield path
