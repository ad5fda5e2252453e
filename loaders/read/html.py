"""HTML: the visible text, with the page's block structure kept as line breaks and table cells as tabs."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, CData, NavigableString, Tag, UnicodeDammit

from loaders.errors import LoaderError
from loaders.read.text import BINARY_REASON, looks_binary

_DROPPED = (
    "script",
    "style",
    "nav",
    "noscript",
    "template",
    "head",
    "svg",
    "iframe",
    "object",
    "button",
    "select",
)
_BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "fieldset"),
        *("figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li"),
        *("main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul"),
    )
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CELLS = frozenset(("td", "th"))
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_LINE_SPACES = re.compile(r"[ \u00a0]+")


def _decode(data: bytes, display: str | Path) -> str:
    # BOM first, then <meta charset>, then a guess (charset_normalizer is installed, so bs4 uses it).
    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is None:
        raise LoaderError(display, "the HTML page's text encoding could not be recognised")
    return dammit.unicode_markup


def _visible_text(root: Tag) -> str:
    """The tree's text in document order, with breaks at block edges; no recursion, as pages nest deeply."""
    out: list[str] = []
    pre_depth = 0
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if isinstance(node, Tag):
            if closing:
                if node.name == "pre":
                    pre_depth -= 1
                out.append("\t" if node.name in _CELLS else "\n" if node.name in _BLOCKS else "")
                continue
            if node.name == "br":
                out.append("\n")
                continue
            if node.name == "pre":
                pre_depth += 1
            if node.name in _BLOCKS:
                out.append("\n")
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            # Comments, doctypes and processing instructions are NavigableString subclasses and are skipped.
            text = str(node)
            out.append(text if pre_depth else _SPACES.sub(" ", text))
    return "".join(out)


def _tidy(text: str) -> str:
    lines = [_LINE_SPACES.sub(" ", line).strip(" ").rstrip("\t") for line in text.split("\n")]
    tidy: list[str] = []
    for line in lines:
        # One blank line at most between blocks: nested divs would otherwise stack them up.
        if line.strip() or (tidy and tidy[-1].strip()):
            tidy.append(line if line.strip() else "")
    return "\n".join(tidy).strip("\n")


def read_html(data: bytes, display: str | Path) -> str:
    if not data.startswith(_UTF16_BOMS) and looks_binary(data):
        raise LoaderError(display, BINARY_REASON)
    markup = _decode(data, display)
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(_DROPPED):
        tag.decompose()
    return _tidy(_visible_text(soup))
