"""HTML reader: visible text, one line per block element. No network, no scripts.

The page is parsed by lxml through BeautifulSoup (nothing is fetched, nothing is executed);
script, style, navigation, frames and forms are dropped; each block element starts a new line.
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
from plantrace.models import SourceText

DROP = frozenset({"script", "style", "nav", "noscript", "iframe", "frame", "frameset", "template",
                  "head", "svg", "canvas", "object", "embed", "select", "button", "form", "math"})
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


def _strings(soup: Any) -> list[str]:
    """Visible strings in document order, with a break marker at every block boundary."""
    from bs4 import Tag
    from bs4.element import NavigableString, PreformattedString

    out: list[str] = []
    resume_at: Any = None
    for node in soup.descendants:
        if resume_at is not None and node is not resume_at:
            continue
        resume_at = None
        if isinstance(node, Tag):
            if node.name in DROP:
                resume_at = _after(node)
                if resume_at is None:
                    break
            elif node.name in BLOCK or node.name == "br":
                out.append(_BREAK)
        elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            out.append(str(node))
    return out


def _mark_pre_breaks(soup: Any) -> None:
    """Inside <pre>, a newline is a line break: turn it into the break marker."""
    for pre in soup.find_all("pre"):
        for string in pre.find_all(string=True):
            if "\n" in string:
                string.replace_with(string.replace("\n", _BREAK))


def _after(tag: Any) -> Any:
    """The first node after ``tag`` and all its descendants (its next sibling, or an ancestor's)."""
    node = tag
    while node is not None:
        if node.next_sibling is not None:
            return node.next_sibling
        node = node.parent
    return None


def html_lines(text: str, path: Path) -> list[str]:
    """The visible lines of an HTML page: block elements become lines, whitespace is folded."""
    soup = _parse(path, text)
    _mark_pre_breaks(soup)
    joined = "".join(_strings(soup))
    lines = (_WHITESPACE.sub(" ", part).strip() for part in joined.split(_BREAK))
    return [line for line in lines if line]


def read_html(path: Path, data: bytes, encoding: str | None) -> SourceText:
    text, used = _decode(path, data, encoding)
    return make_source(path, data, "html", used, html_lines(text, path))
