"""A synthetic corpus for benchmarks: documents drawn from real ones and varied, deterministic from a seed.

Each synthetic document starts from one source document (a sample plan or report) and varies it the
way real corpora vary:

- **places**: the district and city names become others (a fixed list of real Guangdong districts);
- **structure**: some body chapters are dropped or repeated, and their order is shuffled (the head
  of the document, up to its first chapter, stays);
- **quantities**: numbers are jittered ±30 % (keeping their decimals), years move by the same offset
  through the whole document, so periods stay consistent;
- **script**: about one document in five is converted to traditional characters (OpenCC);
- **damage**: about one in three gets what conversions leave behind: page numbers between lines,
  hard line breaks inside paragraphs, a repeated running header, full-width digits.

The same source files, count and seed always give the same documents, byte for byte.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Iterator
from pathlib import Path

PLACES = ("海珠", "荔湾", "从化", "越秀", "天河", "白云", "黄埔", "番禺", "花都", "南沙", "增城",
          "福田", "南山", "宝安", "龙岗", "禅城", "南海", "顺德", "香洲", "斗门", "金湾", "莞城")
_PLACE = re.compile("|".join(PLACES[:4]))
_NUMBER = re.compile(r"(?<![\d.])\d++(?:\.\d++(?!年))?")  # not ``1.2035年`` (a list item, then a year)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?=年)")
_CHAPTER = re.compile(r"^\s*(第[一二三四五六七八九十百]+[章篇部分]|[一二三四五六七八九十]+、)")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def sources(folder: Path) -> list[Path]:
    """The text files a synthetic corpus is drawn from, in a stable order."""
    return sorted(p for p in folder.rglob("*.txt") if p.is_file())


def generate(source: Path, out: Path, count: int, seed: int = 14) -> Iterator[Path]:
    """Write ``count`` documents into ``out``; yields each path as it is written (one text in memory)."""
    files = sources(source)
    if not files:
        raise FileNotFoundError(f"no .txt files under {source}")
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        rng = random.Random(f"{seed}:{i}")
        src = files[rng.randrange(len(files))]
        path = out / f"synthetic_{i:06d}_{src.stem}.txt"
        path.write_text(vary(src.read_text(encoding="utf-8"), rng), encoding="utf-8")
        yield path


def vary(text: str, rng: random.Random) -> str:
    """One synthetic document from one real text."""
    text = _restructure(text, rng)
    shift = rng.randint(-6, 6)
    text = _YEAR.sub(lambda m: str(int(m.group(0)) + shift), text)
    text = _PLACE.sub(lambda m: rng.choice(PLACES), text)
    text = _NUMBER.sub(lambda m: _jitter(m.group(0), rng), text)
    if rng.random() < 0.2:
        text = _traditional(text)
    if rng.random() < 0.33:
        text = _damage(text, rng)
    return text


def _jitter(number: str, rng: random.Random) -> str:
    if len(number) == 4 and number[:2] in ("19", "20"):
        return number  # years move together (above), not one by one
    value = float(number) * rng.uniform(0.7, 1.3)
    return f"{value:.{len(number.split('.')[1])}f}" if "." in number else str(max(1, round(value)))


def _restructure(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _CHAPTER.match(line)]
    if len(starts) < 3:
        return text
    head = lines[: starts[0]]
    chapters = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    small = len(lines) // 5  # only chapters shorter than a fifth of the document are dropped or repeated
    kept = [c for c in chapters if len(c) > small or rng.random() > 0.15]
    if rng.random() < 0.3:
        kept.append(rng.choice([c for c in kept if len(c) <= small] or kept[:1]))
    if rng.random() < 0.5:
        rng.shuffle(kept)
    return "\n".join(head + [line for chapter in kept for line in chapter])


@functools.lru_cache(maxsize=1)
def _s2t() -> object:
    import opencc

    return opencc.OpenCC("s2t")


def _traditional(text: str) -> str:
    converted: str = _s2t().convert(text)  # type: ignore[attr-defined]
    return converted


def _damage(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    header = next((line.strip() for line in lines if line.strip()), "")[:30]
    out: list[str] = []
    page = 1
    for n, line in enumerate(lines, 1):
        if len(line) > 60 and rng.random() < 0.3:  # a hard break inside the paragraph
            cut = rng.randrange(20, len(line) - 20)
            out.extend([line[:cut], line[cut:]])
        else:
            out.append(line)
        if n % 40 == 0:
            page += 1
            out.extend(["", f"— {page} —", header, ""])
    damaged = "\n".join(out)
    if rng.random() < 0.5:
        damaged = damaged.translate(_FULL)
    return damaged
