"""`python -m bench.measures_cpu`: CPU seconds of quantity extraction alone, and where they go.

Every file is parsed once first (not timed); then ``extract_measures`` runs over all of them in this process,
``--repeat`` times (each pass with the per-text caches emptied), and the best ``time.process_time`` is printed
(a shared, loaded machine: CPU, not wall).
``--sample`` also samples the CPU while it runs (``signal.setitimer(ITIMER_PROF)``, every 2 ms of CPU) and prints
the functions most often on the stack (inclusive) and on top of it (own), as shares of all samples: unlike
cProfile, the sampler does not charge Python-level calls more than C-level work.

    .venv/bin/python -m bench.measures_cpu                       # examples/corpus, best of 5
    .venv/bin/python -m bench.measures_cpu --sample --top 40     # and where the CPU goes
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from plantrace.extract.measures import extract_measures
from plantrace.models import ParsedDocument
from plantrace.pipeline import parse_file, scan

ROOT = Path(__file__).resolve().parent.parent
INTERVAL = 0.002
_TEXT_CACHE = 64


def parsed(paths: Sequence[Path]) -> list[ParsedDocument]:
    return [parse_file(p) for p in scan(list(paths)).files]


def one_pass(docs: Sequence[ParsedDocument]) -> tuple[float, int]:
    """CPU seconds of one extraction over every document, and the measures found (per-text caches emptied
    first, as in an ingest of texts not seen before; lexicons and compiled patterns stay loaded)."""
    _empty_text_caches()
    t0 = time.process_time()
    found = sum(len(extract_measures(d.document, d.lines, d.nodes)) for d in docs)
    return time.process_time() - t0, found


def _empty_text_caches() -> None:
    """Empty the per-text caches of the package: every ``functools.lru_cache`` of a size from
    ``_TEXT_CACHE`` up (the smaller ones, and the unbounded, hold lexicons, converters, compiled patterns)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("plantrace."):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and (info().maxsize or 0) >= _TEXT_CACHE:
                value.cache_clear()


class Sampler:
    """Counts, every ``INTERVAL`` of CPU, the functions on the stack (inclusive) and on top (own)."""

    def __init__(self) -> None:
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.samples = 0

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._tick)
        signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
        return self

    def __exit__(self, *_: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def _tick(self, _signum: int, frame: FrameType | None) -> None:
        self.samples += 1
        seen: set[str] = set()
        top = True
        while frame is not None:
            code = frame.f_code
            name = f"{Path(code.co_filename).name}:{code.co_firstlineno}:{code.co_name}"
            if top:
                self.own[name] += 1
                top = False
            if name not in seen:
                self.inclusive[name] += 1
                seen.add(name)
            frame = frame.f_back


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.measures_cpu", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="folders or files (default: examples/corpus)")
    parser.add_argument("--repeat", type=int, default=5, help="passes; the best is printed (default 5)")
    parser.add_argument("--sample", action="store_true", help="sample the CPU over the passes, print the top")
    parser.add_argument("--top", type=int, default=30, help="functions printed with --sample (default 30)")
    args = parser.parse_args(argv)
    docs = parsed(args.paths or [ROOT / "examples" / "corpus"])
    one_pass(docs)  # warm: lexicons, compiled patterns
    sampler = Sampler()
    times = []
    with sampler if args.sample else _Nothing():
        for _ in range(args.repeat):
            seconds, found = one_pass(docs)
            times.append(seconds)
    print(f"{len(docs)} documents, {found} measures; extract_measures CPU s: best {min(times):.3f}, "
          f"all {' '.join(f'{t:.3f}' for t in times)}")
    if args.sample and sampler.samples:
        print(f"{sampler.samples} samples; inclusive % / own % by function")
        for name, count in sampler.inclusive.most_common(args.top):
            print(f"{100 * count / sampler.samples:6.1f} {100 * sampler.own[name] / sampler.samples:6.1f}  {name}")
    return 0


class _Nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_: object) -> None:
        return None


if __name__ == "__main__":
    sys.exit(main())
