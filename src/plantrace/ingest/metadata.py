"""Metadata detection from the text itself: title, jurisdiction, level, type, period, date, script.

Everything is matched on the simplified layer (``Line.simp``) of the lines cleaning kept, so a
traditional-character document is read like a simplified one; the title is returned in the
document's own script. Word lists and patterns live in ``data/metadata.toml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.errors import InputError
from plantrace.gazetteer import Division, Mention, gazetteer, simplify
from plantrace.ingest.dates import (
    explicit_period,
    issued_date,
    metadata_rules,
    ordinal_period,
    report_year,
)
from plantrace.ingest.normalise import detect_script
from plantrace.models import DOC_TYPES, CleanText, DocType, Document, DocWarning, Given, Level, Line

_HEADING_START = re.compile(
    r"^(第[一二三四五六七八九十百〇零\d]+[章节编篇部]|[一二三四五六七八九十]+、|\(|\d+[.、]|附件|附表)"
)
_SENTENCE = re.compile(r"[。;!?!?;]")
_LEADING_YEAR = re.compile(r"^(19|20)\d\d年(度)?")
_BOOK_TITLE = re.compile(r"《([^《》]{8,80})》")
_SIGN_OFF = re.compile(
    r"^((19|20)\d\d年\d{1,2}月\d{1,2}日|.{2,24}(人民政府|委员会|办公厅|办公室|局|院|(人民)?代表大会)|\(.{1,20}\))$"
)
_ENDS_SENTENCE = re.compile(r"[。!?!?”’」』)…]$")


def document_id(sha256: str, source: str | None = None, given: Given | None = None) -> str:
    """Id from the content and the resolved path: the same bytes at the same file always give the same id.

    The same bytes under two paths are two documents (the store links them as duplicates by ``sha256``);
    ``a.txt`` and ``/abs/path/a.txt`` are one path. Without ``source``, the id of the bytes alone.
    """
    if source is None:
        return "d" + sha256[:11]
    where = os.fsencode(os.path.realpath(source))  # bytes: a file name need not be valid UTF-8
    stated = b"\0" + given.key() if given else b""  # given metadata makes another version of the file
    return "d" + hashlib.sha256(sha256.encode("ascii") + b"\0" + where + stated).hexdigest()[:11]


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    level: Level


@functools.lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern[str]:
    suffixes = sorted(metadata_rules()["jurisdiction"]["suffixes"], key=len, reverse=True)
    return re.compile("[\u4e00-\u9fff]{1,8}?(?:" + "|".join(map(re.escape, suffixes)) + ")")


def _level_of(name: str) -> Level:
    rules = metadata_rules()
    if name in rules["jurisdiction"]["provincial_cities"]:
        return "province"
    for level in ("province", "county", "district", "city"):
        if any(name.endswith(suffix) for suffix in rules["level"][level]):
            return level
    return "unknown"


def region_prefix(simp: str, context: Sequence[str] = ()) -> Region | None:
    """The administrative units a title starts with: ``广州市海珠区…`` -> 广州市海珠区, district;
    ``新疆维吾尔自治区…`` -> itself, province. Read with the national gazetteer (names as written;
    a short name alone, 新疆, becomes the full name); units it does not know (新区, 开发区 …) by
    their type suffix."""
    places = gazetteer()
    if (found := places.prefix(simp, context)) is not None:
        division, end = found
        words = simp[:end]
        name = division.name if words in {*division.short} else words
        return _extend(Region(name, division.level), simp[end:])
    return _suffix_units(simp)


def _extend(region: Region, rest: str) -> Region:
    """A gazetteer name followed by a unit it does not know (…市南沙新区): that unit too."""
    more = _suffix_units(rest)
    if more is None or not more.name.endswith(tuple(metadata_rules()["jurisdiction"]["beyond_gazetteer"])):
        return region
    return Region(region.name + more.name, more.level)


def _suffix_units(simp: str) -> Region | None:
    bad_starts = metadata_rules()["jurisdiction"]["bad_starts"]
    pattern = _unit_pattern()
    position, units = 0, list[str]()
    while len(units) < 4 and (match := pattern.match(simp, position)) and match.group()[0] not in bad_starts:
        units.append(match.group())
        position = match.end()
    if not units:
        return None
    return Region("".join(units), _level_of(units[-1]))


def _is_national(simps: Sequence[str]) -> bool:
    markers = re.compile(metadata_rules()["jurisdiction"]["national_markers"])
    return any(markers.search(simp) for simp in simps)


def jurisdiction(title_simp: str, head: Sequence[str]) -> Region:
    """From the title's leading units; else national markers; else the issuer named in the head
    (``在广东省第十四届人民代表大会…``, ``广东省省长 …``, ``海珠区人民政府``)."""
    if (region := region_prefix(_LEADING_YEAR.sub("", title_simp), head[:12])) is not None:
        return region
    if _is_national([title_simp, *head[:12]]):
        return Region(metadata_rules()["jurisdiction"]["national_name"], "national")
    for pattern in metadata_rules()["jurisdiction"]["issuer_patterns"]:
        for simp in head[:12]:
            match = re.search(pattern, simp)
            if match and gazetteer().prefix(match.group("r"), head[:12]) and (
                region := region_prefix(match.group("r"), head[:12])
            ):  # an issuer the gazetteer knows: 漳州市…, not 受市人民政府委托
                return region
    named, national = _named_in_text(head), _national_by_text(head)
    if national is not None and (named is None or not _named_often(named, head)):
        return national
    return named or Region("", "unknown")


def _named_often(region: Region, head: Sequence[str]) -> bool:
    """A place named again and again (国家统计局四川调查总队…四川…四川): the text is about it."""
    opening = _opening(head)
    short = [d.short for d in gazetteer().lookup(region.name)]
    names = {region.name, *(name for names in short for name in names)}
    return sum(opening.count(name) for name in names) >= int(metadata_rules()["jurisdiction"]["named_often"])


def _opening(head: Sequence[str]) -> str:
    """The first paragraphs of a text, as far as the rules read them for its place."""
    limit = int(metadata_rules()["jurisdiction"]["opening_chars"])
    taken: list[str] = []
    size = 0
    for line in head:  # not the whole document joined: only as many lines as the limit reads
        if size >= limit:
            break
        taken.append(line)
        size += len(line)
    return "".join(taken)[:limit]


_LIST_MARKS = ("、", "和", "及", "与")


def _counted(mention: Mention, opening: str) -> bool:
    """Full names and provinces' short names count; a lesser division's short name (仙桃 of 仙桃市)
    only when the opening says it again and again and also names a division above it (湖北): alone,
    such words are too often ordinary ones (港口, 白云)."""
    division = mention.division
    if mention.words in (division.name, simplify(division.name)) or division.level == "province":
        return True
    if opening.count(mention.words) < int(metadata_rules()["jurisdiction"]["named_often"]):
        return False
    places = gazetteer()
    above = places.chain(division)[:-1]
    return any(name in opening for upper in above if upper.level != "national" for name in upper.names)


def _named_in_text(head: Sequence[str]) -> Region | None:
    """A text whose title does not name its place (a news page, a bulletin without its title): the
    division its opening names most often, by full name or a province's short name (松原市坚持…,
    廣東省省長…, 發布四川2021年…); a name inside a 《…》 title counts twice, a name in a list
    (天津、青海和海南) and a news dateline (本报北京4月28日电) not at all. Named once, it must be the
    only division named: a page that compares its county with others names none for sure."""
    rules = metadata_rules()["jurisdiction"]
    opening = re.sub(rules["dateline"], "", _opening(head))
    counts: dict[str, int] = {}
    divisions: dict[str, Division] = {}
    mentions = [m for m in gazetteer().mentions(opening, shorts=True) if _counted(m, opening)]
    for mention in mentions:
        if _in_list(mention, opening) or re.match(rules["named_thing"], opening[mention.end :]):
            continue  # compared with others (天津、青海和海南), or a thing named after it (天津港, 湖北日报)
        name = mention.division.name
        titled = opening.rfind("《", 0, mention.start) > opening.rfind("》", 0, mention.start)
        counts[name] = counts.get(name, 0) + (2 if titled else 1)  # 《关于高邮市…的报告》
        divisions.setdefault(name, mention.division)
    if not counts:
        return None
    best = max(counts, key=lambda name: counts[name])  # max keeps the first named of a tie
    if counts[best] < 2 and len({m.division.name for m in mentions}) > 1:
        return None  # named once among others (位居郧阳区、丹江口市之后…保康县)
    if sum(1 for n in counts.values() if n == counts[best]) > 1:
        return None  # two places named as often: which one the text is about is not said
    return Region(best, divisions[best].level)


def _in_list(mention: Mention, text: str) -> bool:
    return text[mention.end : mention.end + 1] in _LIST_MARKS or text[mention.start - 1 : mention.start] in _LIST_MARKS


def _national_by_text(head: Sequence[str]) -> Region | None:
    """A text about the whole country that names no place: a national body in its opening (国家统计局,
    交通运输部, 党中央), or 全国 more than once (全國…全國接待游客), and no sign of a local government
    (全市, 我县, 省委). 全国 once is not enough: a city's report names 全国文明城市."""
    rules = metadata_rules()["jurisdiction"]
    opening = _opening(head)
    bodies, words = re.findall(rules["national_bodies"], opening), re.findall(rules["national_words"], opening)
    national = 2 * len(bodies) + len(words)
    if national >= int(rules["national_often"]) and not re.search(rules["local_in_text"], opening):
        return Region(rules["national_name"], "national")
    return None


def doc_type(title_simp: str, head: Sequence[str]) -> DocType:
    """The first ``[[doc_type]]`` whose pattern matches the title, else whose head pattern matches
    one of the opening lines."""
    rules = metadata_rules()["doc_type"]
    for rule in rules:
        if title_simp and re.search(rule["pattern"], title_simp):
            return rule["name"]  # type: ignore[no-any-return]
    for rule in rules:
        if "head" in rule and any(re.search(rule["head"], simp) for simp in head[:10]):
            return rule["name"]  # type: ignore[no-any-return]
    return "other"


@dataclass(frozen=True, slots=True)
class TitleChoice:
    score: int
    text: str   # in the document's own script
    simp: str


def title_zone(lines: Sequence[Line]) -> list[Line]:
    """The kept lines where a title can stand: up to the first few paragraphs of prose."""
    rules = metadata_rules()["title"]
    zone: list[Line] = []
    prose = 0
    for line in lines[: int(rules["search_lines"])]:
        zone.append(line)
        prose += len(line.simp) >= 24 and _SENTENCE.search(line.simp) is not None
        if prose >= int(rules["search_prose"]):
            break
    return zone


def _is_title_line(simp: str, full: re.Pattern[str], max_chars: int) -> bool:
    return (
        len(simp) <= max_chars and full.search(simp) is not None
        and not _SENTENCE.search(simp) and not _HEADING_START.match(simp)
    )


def _quoted(zone: Sequence[Line], position: int) -> bool:
    """A line that is the inside of a 《…》 broken over lines: a cited title, not this document's."""
    before = zone[position - 1].simp if position > 0 else ""
    after = zone[position + 1].simp if position + 1 < len(zone) else ""
    return before.endswith("《") or after.startswith("》")


def _title_choices(lines: Sequence[Line]) -> list[TitleChoice]:
    rules = metadata_rules()["title"]
    full, notice = re.compile(rules["pattern"]), re.compile(rules["notice"])
    found: list[TitleChoice] = []
    zone = title_zone(lines)
    for position, line in enumerate(zone):
        simp = line.simp
        if _quoted(zone, position):
            continue
        for match in notice.finditer(simp):
            found.append(TitleChoice(2, line.text[match.start(1) : match.end(1)], match.group(1)))
        for match in _BOOK_TITLE.finditer(simp):
            if region_prefix(match.group(1)) is not None and full.search(match.group(1)):
                found.append(TitleChoice(1, line.text[match.start(1) : match.end(1)], match.group(1)))
        if _is_title_line(simp, full, int(rules["max_chars"])) and not notice.search(simp):
            score = 3 if region_prefix(_LEADING_YEAR.sub("", simp)) or _is_national([simp]) else 1
            found.append(TitleChoice(score, line.text, simp))
    return found


def choose_title(lines: Sequence[Line]) -> TitleChoice | None:
    """The best title: a full title line, else a notice's ``关于印发X的通知``, else a 《X》; longest wins."""
    choices = _title_choices(lines)
    return max(choices, key=lambda c: (c.score, len(c.simp))) if choices else None


def _inferred_title(region: Region, kind: DocType, period: tuple[int, int] | None, head: Sequence[str]) -> str:
    if kind == "work_report" and period:
        issuer = "国务院" if region.level == "national" else f"{region.name}人民政府"
        return f"{issuer}政府工作报告({period[0]}年)".replace("人民政府政府", "人民政府")
    first = next((simp for simp in head if simp), "")
    return first[:40]


def period_of(kind: DocType, title_simp: str, simps: Sequence[str]) -> tuple[int, int] | None:
    """Work reports: the year planned for; plans: a written range, else the five-year ordinal."""
    if kind == "work_report":
        year = report_year([title_simp, *simps])
        return (year, year) if year else None
    if kind == "statistical_bulletin":
        match = re.search(r"((?:19|20)\d\d)年", title_simp)
        return (int(match.group(1)), int(match.group(1))) if match else None
    head = [title_simp, *simps[:15]]
    return explicit_period(head) or ordinal_period(head)


def _truncation(lines: Sequence[Line]) -> tuple[DocWarning, ...]:
    """A document whose last line of text (after any sign-off) stops mid-sentence."""
    last = next((line for line in reversed(lines) if line.text and not _SIGN_OFF.match(line.simp)), None)
    if last is None or _ENDS_SENTENCE.search(last.text):
        return ()
    tail = last.text[-12:]
    message = f"the text ends mid-sentence on line {last.number}: …{tail}"
    return (DocWarning("truncated", message, last.number, last.number),)


def kept_lines(cleaned: CleanText) -> list[Line]:
    """Non-blank lines outside every removed run."""
    dropped = {n for run in cleaned.removed for n in range(run.line_start, run.line_end + 1)}
    return [line for line in cleaned.lines if line.text and line.number not in dropped]


def detect_metadata(cleaned: CleanText, given: Given | None = None) -> Document:
    """The document's metadata, read from its text; what ``given`` states wins (see :class:`Given`)."""
    src = cleaned.source
    kept = kept_lines(cleaned)
    simps = [line.simp for line in kept]
    choice = choose_title(kept)
    title_simp = choice.simp if choice else ""
    given = given or Given()
    detected = (jurisdiction(title_simp, simps), doc_type(title_simp, simps), issued_date(simps))
    region = given_region(given.jurisdiction) if given.jurisdiction else detected[0]
    kind = given.doc_type or detected[1]
    issued = given_issued(given.issued) if given.issued else detected[2]
    period = period_of(kind, title_simp, simps)
    if period is None and kind == "work_report" and given.issued and issued:
        period = (int(issued[:4]), int(issued[:4]))  # a work report plans for the year it is given
    warnings: tuple[DocWarning, ...] = ()
    if choice is None:
        title = _inferred_title(region, kind, period, simps)
        warnings = (DocWarning("title_inferred", f"no title line in the text; inferred {title!r}"),)
    if given:
        warnings += (_given_note(given, region, kind, issued, detected),)
    return Document(
        id=document_id(src.sha256, src.source, given), source=src.source, sha256=src.sha256, format=src.format,
        encoding=src.encoding, title=choice.text if choice else title, jurisdiction=region.name,
        level=region.level, doc_type=kind, period=period, issued=issued,
        script=detect_script(kept), lines=len(cleaned.lines),
        warnings=src.warnings + cleaned.warnings + warnings + _truncation(kept),
    )


_GIVEN_DATE = re.compile(r"((?:19|20)\d\d)(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


def given_issued(text: str) -> str:
    """A date a user gives (``2026-01-27``, ``2026-1``, ``2026``, ``2026/01/27``) as ISO text, as precise as given.
    Raises :class:`InputError` with a hint for anything else."""
    match = _GIVEN_DATE.fullmatch(text.strip())
    year, month, day = (int(g or 0) for g in match.groups()) if match else (0, 0, 0)
    try:
        dt.date(year, month or 1, day or 1)  # a real day of a real month (year 0 is no year)
    except ValueError:
        raise InputError(f"{text!r} is not a date plantrace can read.",
                         hint="Give the issue date as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2026-01-27).") from None
    return f"{year}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


def given_region(name: str) -> Region:
    """The jurisdiction a user gives, read with the national gazetteer (either script, a short name such as 新疆
    too); 全国, 中国 and 中华人民共和国 are the nation. Raises :class:`InputError` for a name it does not know."""
    rules = metadata_rules()["jurisdiction"]
    simp = simplify(name.strip())
    if simp in {"全国", "中国", "国家", rules["national_name"]}:
        return Region(rules["national_name"], "national")
    if (found := gazetteer().prefix(simp)) is not None and found[1] == len(simp):
        region = region_prefix(simp)
        if region is not None:
            return region
    suggestions = [d.name for d in gazetteer().lookup(simp[:2])][:3] if len(simp) >= 2 else []
    raise InputError(f"{name!r} is not an administrative division plantrace knows.",
                     hint="Give its name as written in official documents (贵州省, 遵义市, 新疆, 海珠区)"
                          + (f"; did you mean {'、'.join(suggestions)}?" if suggestions else "."))


def checked_given(given: Given) -> Given:
    """``given`` with its date in ISO form and its place's full name; :class:`InputError` for what cannot be read
    (check it before a batch, so that a typo fails once, not once per file)."""
    if given.doc_type is not None and given.doc_type not in DOC_TYPES:
        raise InputError(f"{given.doc_type!r} is not a document type.", hint="Give one of: " + ", ".join(DOC_TYPES))
    return Given(issued=given_issued(given.issued) if given.issued else None,
                 jurisdiction=given_region(given.jurisdiction).name if given.jurisdiction else None,
                 doc_type=given.doc_type)

def _given_note(given: Given, region: Region, kind: DocType, issued: str | None,
                detected: tuple[Region, DocType, str | None]) -> DocWarning:
    """The note a document keeps of what its user gave, beside what the text itself says."""
    parts = []
    if given.issued:
        parts.append(f"issued {issued} (the text says {detected[2] or 'no date'})")
    if given.jurisdiction:
        parts.append(f"jurisdiction {region.name} (the text says {detected[0].name or 'no place'})")
    if given.doc_type:
        parts.append(f"type {kind} (read from the text: {detected[1]})")
    return DocWarning("metadata_given", "given at ingest: " + "; ".join(parts))

