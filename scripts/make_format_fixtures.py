"""Regenerate tests/fixtures/formats/: sample documents as a government would post them.

For each excerpt of a sample document (examples/corpus) this writes

- ``excerpts.json``: where each excerpt comes from (corpus file, first and last line): the plain text
  of that range (stripped, blank lines dropped) is the reference the other formats are scored against,
  read from examples/corpus rather than copied here;
- ``NAME.docx``: Heading 1/2/3 paragraph styles with *automatic numbering* (the labels 第一章, 第一节,
  一、 come from numbering.xml, not from the text runs), a 专栏 box as a one-cell table, a running
  header and a page-number footer (— 1 —);
- ``NAME.pdf``: that .docx printed by LibreOffice with Noto CJK fonts (needs ``soffice`` and
  fonts-noto-cjk installed by hand; CI does not need them because the files are checked in).

Run: ``python scripts/make_format_fixtures.py`` from the repository root.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
OUT = ROOT / "tests" / "fixtures" / "formats"
FONT = "Noto Serif CJK SC"
_CN = "〇一二三四五六七八九十"


def chinese_counting(n: int) -> str:
    """Word's chineseCounting format for 1..99."""
    if n < 10:
        return _CN[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[units] if units else "")


@dataclass(frozen=True)
class Level:
    pattern: str  # regex matching the typed label at the start of a line, group 1 = the numeral
    lvl_text: str  # Word's lvlText, e.g. 第%1章
    suffix: str  # what follows the number in the typed label (used to rebuild it)


@dataclass(frozen=True)
class Excerpt:
    name: str
    source: str
    first: int  # 1-based first line of the excerpt
    last: int
    header: str
    levels: tuple[Level, ...]
    box_start: str = ""  # a line starting with this opens a 专栏 box …
    box_lines: int = 0  # … holding this many lines after its title


OUTLINE = (
    Level(r"^第([一二三四五六七八九十]+)章\s*", "第%1章", "章"),
    Level(r"^第([一二三四五六七八九十]+)节\s*", "第%2节", "节"),
    Level(r"^([一二三四五六七八九十]+)、\s*", "%3、", "、"),
)
REPORT = (
    Level(r"^([一二三四五六七八九十]+)、\s*", "%1、", "、"),
    Level(r"^（([一二三四五六七八九十]+)）\s*|^\(([一二三四五六七八九十]+)\)\s*", "（%2）", "）"),
)
EXCERPTS = (
    Excerpt("conghua_outline", "conghua_fyp14_outline_2022.txt", 4, 23,
            "广州市从化区国民经济和社会发展第十四个五年规划", OUTLINE),
    Excerpt("guangzhou_report_2021", "guangzhou_work_report_2021.txt", 5, 28,
            "广州市人民政府工作报告", REPORT),
    Excerpt("guangzhou_outline_box", "guangzhou_fyp14_outline_partial.txt", 340, 356,
            "广州市国民经济和社会发展第十四个五年规划", OUTLINE, "专栏18", 7),
)


def excerpt_lines(excerpt: Excerpt) -> list[str]:
    raw = (CORPUS / excerpt.source).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in raw[excerpt.first - 1: excerpt.last] if line.strip()]


def add_numbering(document: object, levels: tuple[Level, ...]) -> int:
    """An abstract numbering with one level per heading level; returns its numId."""
    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        f'<w:lvlText w:val="{level.lvl_text}"/><w:lvlJc w:val="left"/><w:suff w:val="space"/></w:lvl>'
        for i, level in enumerate(levels)
    )
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
                         f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    numbering.insert(0, abstract)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    numbering.append(num)
    return 90


def set_fonts(document: object) -> None:
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3"):
        style = document.styles[name]  # type: ignore[attr-defined]
        style.font.name = FONT
        style.font.size = Pt(12 if name == "Normal" else 14)
        rpr = style.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def header_footer(document: object, header: str) -> None:
    section = document.sections[0]  # type: ignore[attr-defined]
    section.header.paragraphs[0].text = header
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    footer.add_run("— ")
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run(" —")


def numbered_heading(line: str, levels: tuple[Level, ...], counters: list[int]) -> tuple[int, str] | None:
    """(level, text without label) when the typed label equals what automatic numbering prints."""
    for depth, level in enumerate(levels):
        match = re.match(level.pattern, line)
        if not match:
            continue
        numeral = next(g for g in match.groups() if g)
        if numeral != chinese_counting(counters[depth] + 1):
            return None
        counters[depth] += 1
        for lower in range(depth + 1, len(counters)):
            counters[lower] = 0
        return depth, line[match.end():]
    return None


def make_docx(excerpt: Excerpt, lines: list[str]) -> docx.document.Document:
    document = docx.Document()
    set_fonts(document)
    header_footer(document, excerpt.header)
    num_id = add_numbering(document, excerpt.levels)
    counters = [0] * len(excerpt.levels)
    index = 0
    while index < len(lines):
        line = lines[index]
        if excerpt.box_start and line.startswith(excerpt.box_start):
            cell = document.add_table(rows=1, cols=1).cell(0, 0)
            cell.paragraphs[0].text = line
            for body in lines[index + 1: index + 1 + excerpt.box_lines]:
                cell.add_paragraph(body)
            index += 1 + excerpt.box_lines
            continue
        heading = numbered_heading(line, excerpt.levels, counters)
        if heading is None:
            document.add_paragraph(line)
        else:
            depth, text = heading
            paragraph = document.add_paragraph(text, style=f"Heading {depth + 1}")
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{depth}"/>'
                                 f'<w:numId w:val="{num_id}"/></w:numPr>'))
        index += 1
    return document


def print_pdf(docx_path: Path, out_dir: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(out_dir), str(docx_path)],
            check=True, capture_output=True, timeout=300,
        )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = {e.name: {"source": e.source, "first": e.first, "last": e.last, "header": e.header} for e in EXCERPTS}
    (OUT / "excerpts.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for excerpt in EXCERPTS:
        lines = excerpt_lines(excerpt)
        docx_path = OUT / f"{excerpt.name}.docx"
        make_docx(excerpt, lines).save(str(docx_path))
        print_pdf(docx_path, OUT)
        print(excerpt.name, *(f"{p.suffix}:{p.stat().st_size}" for p in sorted(OUT.glob(f"{excerpt.name}.*"))))


if __name__ == "__main__":
    main()
