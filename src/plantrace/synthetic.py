"""A synthetic corpus for benchmarks: documents drawn from real ones and varied, deterministic from a seed.

**Sizes, as in a national corpus.** About 3,000 governments (1 national, 31 provincial, ~330 prefectural,
~2,800 county-level) each publish, per five-year period, five government work reports, five statistical
bulletins, five annual plan reports (计划执行情况报告) and one five-year plan outline. County-level
documents, the great majority, are short. Each synthetic document first draws its kind with those
shares and then its length in characters from a log-normal distribution per kind (:data:`KINDS`):

============== ====== ================ ===== ==========================================
kind           share  median (chars)   sigma drawn from
============== ====== ================ ===== ==========================================
work_report    0.31   12,000           0.35  the sample work reports
bulletin       0.31    7,000           0.45  the sample work reports (their review of the year)
annual_plan    0.31   10,000           0.40  the sample plans and work reports
five_year_plan 0.07   45,000           0.45  the sample plan outlines
============== ====== ================ ===== ==========================================

That gives a mean of about 13,000 characters (~40 kB of UTF-8) and a median near 10,000: 30,000
documents make ~1.2 GB, a national corpus of several GB is ~100,000. (The sample corpus averages
23,000 characters: national reports and city/district plan outlines, longer than the county-level
documents that dominate.) The sample corpus has no bulletins or annual plan reports, so those are
excerpts of the real reports and plans, of their sizes: the document's head, then whole chapters
in order (a random start for plans), the last one cut at a line end; a source shorter than its
target repeats chapters.

Then the document is varied the way real corpora vary:

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
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Kind:
    """One kind of document in a national corpus: its share, its length distribution, its sources."""

    name: str
    share: float
    median_chars: int
    sigma: float  # of the log-normal length distribution
    sources: tuple[str, ...]  # which sample documents it is drawn from: "report", "plan"
    from_start: bool  # excerpts start at the first chapter (a bulletin: the review of the year)


KINDS = (
    Kind("work_report", 0.31, 12_000, 0.35, ("report",), True),
    Kind("bulletin", 0.31, 7_000, 0.45, ("report",), True),
    Kind("annual_plan", 0.31, 10_000, 0.40, ("plan", "report"), False),
    Kind("five_year_plan", 0.07, 45_000, 0.45, ("plan",), False),
)
_REPORT_HEAD = re.compile(r"各位代表|工作报告|工作報告")
_PLAN_TITLE = re.compile(r"规划|規劃|纲要|綱要")
_MIN_CHARS = 1_500


def source_kind(text: str) -> str:
    """``report`` if the document opens as a work report (各位代表, 工作报告), else ``plan`` if its opening
    pages name a plan (规划, 纲要), else ``report``."""
    if _REPORT_HEAD.search(text[:600]):
        return "report"
    return "plan" if _PLAN_TITLE.search(text[:3000]) else "report"


def generate(source: Path, out: Path, count: int, seed: int = 14) -> Iterator[Path]:
    """Write ``count`` documents into ``out``; yields each path as it is written (one text in memory
    besides the sources)."""
    files = sources(source)
    if not files:
        raise FileNotFoundError(f"no .txt files under {source}")
    texts = {f: f.read_text(encoding="utf-8") for f in files}
    by_kind: dict[str, list[Path]] = {}
    for f in files:
        by_kind.setdefault(source_kind(texts[f]), []).append(f)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        rng = random.Random(f"{seed}:{i}")
        kind = rng.choices(KINDS, weights=[k.share for k in KINDS])[0]
        pool = [f for name in kind.sources for f in by_kind.get(name, [])] or files
        src = pool[rng.randrange(len(pool))]
        target = max(_MIN_CHARS, round(kind.median_chars * rng.lognormvariate(0.0, kind.sigma)))
        path = out / f"synthetic_{i:06d}_{kind.name}_{src.stem}.txt"
        path.write_text(vary(fit(texts[src], target, rng, kind.from_start), rng), encoding="utf-8")
        yield path


def fit(text: str, target: int, rng: random.Random, from_start: bool = True) -> str:
    """About ``target`` characters of ``text``: its head, then whole chapters in order (from the first,
    or from a random one), the last cut at a line end; chapters repeat if the text is shorter."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _CHAPTER.match(line)]
    if len(starts) < 2:  # no chapters to speak of: runs of 20 lines stand in for them
        starts = list(range(0, len(lines), 20))
    head = lines[: starts[0]]
    chapters = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    out = list(head)
    size = sum(len(line) + 1 for line in head)
    at = 0 if from_start else rng.randrange(len(chapters))
    while size < target:
        for line in chapters[at % len(chapters)]:
            out.append(line)
            size += len(line) + 1
            if size >= target:
                break
        at += 1
    return "\n".join(out)


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
