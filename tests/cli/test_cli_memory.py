"""Running out of memory on a file is said plainly (a real MemoryError under an address-space limit)."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

PLANTRACE = str(Path(sys.executable).parent / "plantrace")


def test_a_file_too_big_for_the_memory_is_an_error_with_a_hint(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = "推进高质量发展，建设现代化经济体系，地区生产总值增长6%。\n"
    big.write_text("某市国民经济和社会发展第十四个五年规划纲要\n" + line * 300_000, encoding="utf-8")

    def limit() -> None:  # pragma: no cover - runs in the child
        resource.setrlimit(resource.RLIMIT_AS, (600 << 20, 600 << 20))

    proc = subprocess.run([PLANTRACE, "ingest", str(big), "--db", str(tmp_path / "m.db")], capture_output=True,
                          text=True, timeout=600, check=False, preexec_fn=limit)
    assert proc.returncode == 1
    output = proc.stdout + proc.stderr
    assert "ran out of memory" in output and "Hint: " in output
    assert "Traceback" not in output and "plantrace bug" not in output
