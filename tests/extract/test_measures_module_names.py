"""No module of plantrace binds a module-level name twice (issue #8).

A second ``_PASSED_BEFORE = re.compile(...)`` further down scan.py (the magnitude words passed or come near:
近亿元, 上亿, 不足百亿) silently replaced the one written for the places a size picks out (是全国唯一突破万亿元的
省份: 超, 过, 逾, 突破, 跨过, 迈过 only), so the place test read 近, 不足, 不到 and 上 as passing too. Ruff does not
flag a rebound constant; this does.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import plantrace

_PACKAGE = Path(plantrace.__file__).parent


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else [])
        names.update(target.id for target in targets if isinstance(target, ast.Name))
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_level_name_is_bound_twice() -> None:
    found = {str(path.relative_to(_PACKAGE)): twice for path in sorted(_PACKAGE.rglob("*.py"))
             if (twice := _bound_twice(path))}
    assert found == {}
