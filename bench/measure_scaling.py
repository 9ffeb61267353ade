"""`python -m bench.measure_scaling`: how quantity extraction scales with the length of one line.

For lines of N and 4N characters of several shapes, the seconds of extraction (measured in this run)
and their ratio: about 4 when the work is linear in the line's length, about 16 when quadratic.
Writes out/measure_scaling.json; no absolute time is judged.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHAPES = {
    "growth rates": "地区生产总值增长12.5%、",
    "no punctuation": "新建学校12所新增床位300张",
    "years and values": "2020年增长5%，",
    "other shapes": "居全国第1位1:2:3四分之一约万千瓦《规划》",
}


def _seconds(text: str) -> float:
    from plantrace.extract.measures import extract_measures
    from plantrace.ingest.normalise import make_lines
    from plantrace.models import Document, Node

    lines = make_lines([text])
    doc = Document(id="bench", source="bench.txt", sha256="", format="txt", encoding="utf-8", title="",
                   jurisdiction="", level="unknown", doc_type="work_report", period=None,
                   issued="2026-01-27", script="hans", lines=1)
    node = Node(id="n1", doc_id="bench", parent=None, kind="paragraph", number=None, label=None, title="",
                path=(), line_start=1, line_end=1, head_end=1, order=1, text=text, simp=text)
    t0 = time.perf_counter()
    extract_measures(doc, lines, (node,))
    return time.perf_counter() - t0


def run(chars: int = 40_000) -> dict[str, Any]:
    report: dict[str, Any] = {"meaning": "t(4N)/t(N): ~4 linear, ~16 quadratic", "chars": [chars, 4 * chars]}
    for name, unit in SHAPES.items():
        small = _seconds(unit * (chars // len(unit)))
        large = _seconds(unit * (4 * chars // len(unit)))
        report[name] = {"seconds": [round(small, 3), round(large, 3)], "ratio": round(large / small, 2)}
        print(f"  {name:>16}: {small:.2f}s -> {large:.2f}s, ratio {large / small:.1f}", file=sys.stderr)
    return report


def main() -> None:
    out = ROOT / "out" / "measure_scaling.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    report = run(int(sys.argv[1]) if len(sys.argv) > 1 else 40_000)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"bench: report written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
