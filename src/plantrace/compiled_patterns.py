"""A start-up cache of plantrace's compiled regular expressions (speed only: every pattern is the same).

plantrace's modules compile some 500 regular expressions as they are imported or first used (~0.3 CPU s of a
process, 7-9 % of an ingest of the sample corpus: ``re`` parses each pattern and builds its code in Python, and
a class of CJK characters alone walks 21,000 code points). The compiled code is a list of integers that only the
pattern, its flags and the Python that compiled it decide; this module keeps those lists from one process to
the next, as Python keeps the bytecode of the modules themselves, in the package's ``__pycache__``, and builds
a pattern from them (``_sre.compile``, what ``re`` itself calls last) instead of compiling it again.

:func:`install` puts :func:`_compile` in place of ``re``'s compiler function (``re._compiler.compile``): a
pattern it has code for is built from it, any other is compiled by ``re`` as before, and one compiled for a
plantrace module is kept for the next process (written when the process ends). Patterns of other modules are compiled
by ``re`` as before and not kept. The cache is read only by the Python version that wrote it (the file is named
by it and by ``_sre.MAGIC``), and only Python 3.11 uses it (``_sre.compile`` takes what this Python's ``re``
gives it); a file that cannot be read is ignored, one that cannot be written is not written. A process started
with ``PLANTRACE_PATTERN_CACHE=0`` leaves ``re`` alone (for programs that embed plantrace and would rather
``re`` were not hooked; only start-up is slower).
``tests/test_compiled_patterns.py`` checks that the patterns built from the cache are those ``re`` compiles
(``Pattern.__eq__`` compares their code).
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import marshal
import os
import sys
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

# (pattern, flags given) -> (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments after the pattern
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_LIMIT = 1500  # patterns kept at most (those the last process used first; an ingest uses ~560, a query a few more)
_FILE = Path(__file__).parent / "__pycache__" / (
    f"patterns.{sys.implementation.cache_tag}.{sys.hexversion:x}.{_sre.MAGIC}.marshal")
_state: dict[str, Any] = {"entries": None, "used": set(), "new": False, "original": None}


def install() -> None:
    """Build plantrace's patterns from the cache from now on (idempotent)."""
    if _state["original"] is not None or sys.version_info[:2] != (3, 11):  # _sre.compile's arguments are those
        return  # of this version's re: another Python compiles as before
    if os.environ.get("PLANTRACE_PATTERN_CACHE", "1").strip() == "0":
        return
    _state["original"] = _compiler.compile
    _state["entries"] = _read(_FILE)
    _compiler.compile = _compile
    atexit.register(_write)


def _compile(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile``: the same pattern, from the cache's code when it has it."""
    if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
        return _state["original"](p, flags)
    key = (p, int(flags))
    entry = _state["entries"].get(key)
    if entry is not None:
        try:
            pattern = _sre.compile(p, *entry)
        except (TypeError, ValueError, RuntimeError):  # a damaged file: compile it again, keep that instead
            entry = None
        else:
            _state["used"].add(key)
            return pattern
    if not _from_plantrace():
        return _state["original"](p, flags)
    entry = _state["entries"][key] = compiled_code(p, int(flags))
    _state["new"] = True
    _state["used"].add(key)
    return _sre.compile(p, *entry)


def compiled_code(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern (Python 3.11)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _from_plantrace() -> bool:
    """Whether the pattern being compiled is a plantrace module's (others are not kept)."""
    frame = sys._getframe(2)
    while frame is not None and str(frame.f_globals.get("__name__", "")).partition(".")[0] in ("re", "functools"):
        frame = frame.f_back  # type: ignore[assignment]
    return frame is not None and str(frame.f_globals.get("__name__", "")).startswith("plantrace.")


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        data = marshal.loads(path.read_bytes())
        if isinstance(data, dict):
            return data
    return {}


def _write() -> None:
    """Keep the patterns for the next process: those used in this one first, then the others, up to the limit."""
    if not _state["new"]:
        return
    entries, used = _state["entries"], _state["used"]
    kept = {k: entries[k] for k in used} | {k: v for k, v in entries.items() if k not in used}
    kept = dict(list(kept.items())[:_LIMIT])
    with contextlib.suppress(OSError, ValueError):
        _FILE.parent.mkdir(exist_ok=True)
        partial = _FILE.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(kept))
        os.replace(partial, _FILE)
