"""HTML reader: visible text, one line per block element. No network, no scripts.

The page is parsed by lxml through BeautifulSoup (nothing is fetched, nothing is executed);
script, style, navigation, frames and form controls are dropped (a ``<form>`` itself is kept: ASP.NET
pages wrap the whole body in one); each block element starts and ends a line. ``<embed>`` is a void
element: what a parser nests inside an unclosed one is the rest of the page and is kept. Text dropped
from other elements (``<noscript>``, ``<object>``, ``<nav>`` …) is counted and reported as a warning.
Walking the tree is iterative, so deeply nested pages cannot exhaust the stack.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

from plantrace.errors import BrokenFile, missing_extra
from plantrace.ingest.encoding import decode_bytes
from plantrace.ingest.readers import make_source
from plantrace.models import DocWarning, SourceText

DROP = frozenset({"script", "style", "nav", "noscript", "iframe", "frame", "frameset", "template",
                  "head", "svg", "canvas", "object", "select", "button", "math", "textarea"})
# dropped without a word: code, styling and the page's head are never document text
_SILENT = frozenset({"script", "style", "head", "svg", "math", "template"})
_DROP_REPORT_CHARS = 20  # less visible text than this in a dropped element is menu or button noise
BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
_BREAK = "\u2029"  # paragraph separator: a marker that cannot come from HTML whitespace handling
_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)


def _decode(path: Path, data: bytes, encoding: str | None) -> tuple[str, str]:
    """Bytes that are valid UTF-8 are UTF-8 whatever the page declares (iso-8859-1 on a UTF-8
    page is a common mistake); otherwise the declared charset if it decodes; else detection."""
    if encoding is None and (found := _META_CHARSET.search(data[:4096])):
        declared = found.group(1).decode("ascii").lower()
        for candidate in ("utf-8", declared):
            try:
                return data.decode(candidate), candidate
            except (LookupError, UnicodeDecodeError):
                continue
    return decode_bytes(data, str(path), encoding)


def _parse(path: Path, text: str) -> Any:
    try:
        from bs4 import BeautifulSoup
    except ImportError:
        raise missing_extra("beautifulsoup4", "html") from None
    try:
        with warnings.catch_warnings():
            # bs4 warns about markup that looks like a URL or like XML; the page is read either way
            warnings.simplefilter("ignore", UserWarning)
            return BeautifulSoup(text, "lxml")
    except ImportError:  # bs4 raises FeatureNotFound (a ValueError) or ImportError without lxml
        raise missing_extra("lxml", "html") from None
    except ValueError as exc:
        if "lxml" in str(exc):
            raise missing_extra("lxml", "html") from None
        raise BrokenFile(f"{path}: the HTML could not be parsed ({exc}).") from None


def _strings(soup: Any, dropped: dict[str, int] | None = None) -> list[str]:
    """Visible strings in document order, with a break marker where a block element starts or ends.

    ``dropped`` (if given) receives, per dropped element name, the characters of visible text it held.
    """
    from bs4 import Tag
    from bs4.element import NavigableString, PreformattedString

    out: list[str] = []
    stack: list[Any] = [iter(soup.contents)]
    closing: list[bool] = [False]  # whether leaving the element on the stack ends a block
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            if closing.pop():
                out.append(_BREAK)
            continue
        if isinstance(node, Tag):
            if node.name in DROP:
                if dropped is not None and node.name not in _SILENT:
                    size = len(_WHITESPACE.sub("", node.get_text()))
                    dropped[node.name] = dropped.get(node.name, 0) + size
                continue
            block = node.name in BLOCK
            if block or node.name == "br":
                out.append(_BREAK)
            stack.append(iter(node.contents))
            closing.append(block)
        elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            out.append(str(node))
    return out


def _mark_pre_breaks(soup: Any) -> None:
    """Inside <pre>, a newline is a line break: turn it into the break marker."""
    for pre in soup.find_all("pre"):
        for string in pre.find_all(string=True):
            if "\n" in string:
                string.replace_with(string.replace("\n", _BREAK))


def html_lines(text: str, path: Path, dropped: dict[str, int] | None = None) -> list[str]:
    """The visible lines of an HTML page: block elements become lines, whitespace is folded."""
    soup = _parse(path, text)
    _mark_pre_breaks(soup)
    joined = "".join(_strings(soup, dropped))
    lines = (_WHITESPACE.sub(" ", part).strip() for part in joined.split(_BREAK))
    return [line for line in lines if line]


def read_html(path: Path, data: bytes, encoding: str | None) -> SourceText:
    text, used = _decode(path, data, encoding)
    dropped: dict[str, int] = {}
    lines = html_lines(text, path, dropped)
    said = sorted((name, size) for name, size in dropped.items() if size >= _DROP_REPORT_CHARS)
    warnings = tuple(
        DocWarning("html_dropped", f"{size} characters of text inside <{name}> were not read (not document text)")
        for name, size in said
    )
    return make_source(path, data, "html", used, lines, warnings)
