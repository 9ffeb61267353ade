"""Regenerate evaluation/formats/never_tuned/: a document never tuned on, as a government would post it.

The text version (``NAME.txt``, a real statistical bulletin's text, its running header lines removed by hand)
is turned into the files the per-format scorer reads, with the same recipe as the tuned-on fixtures
(scripts/make_format_fixtures.py): ``NAME.docx`` with Heading styles whose labels (一、, （一）) come from
*automatic numbering*, a running header and a page-number footer; ``NAME.pdf``, that .docx printed by
LibreOffice with CJK fonts. The scan (an image-only PDF) is made at evaluation time from the text
(evaluation/formats/render.py) since it is large. No rule was written or changed with these files in view.

Run: ``python -m evaluation.formats.make_generated`` from the repository root (needs python-docx and soffice).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "never_tuned"
DOCUMENTS = {
    "luoyang_stat_bulletin_2023": {"header": "洛阳市2023年国民经济和社会发展统计公报"},
}


def fixture_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_format_fixtures", ROOT / "scripts" / "make_format_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def main() -> None:
    maker = fixture_maker()
    manifest = {}
    for name, meta in DOCUMENTS.items():
        text = OUT / f"{name}.txt"
        lines = [line.strip() for line in text.read_text(encoding="utf-8").splitlines() if line.strip()]
        excerpt = maker.Excerpt(name, str(text), 1, len(lines), meta["header"], maker.REPORT)
        docx_path = OUT / f"{name}.docx"
        maker.make_docx(excerpt, lines).save(str(docx_path))
        maker.print_pdf(docx_path, OUT)
        manifest[name] = {"text": f"{name}.txt", "header": meta["header"]}
        print(name, *(f"{p.suffix}:{p.stat().st_size}" for p in sorted(OUT.glob(f"{name}.*"))))
    (OUT / "documents.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
