"""A file that holds several documents, one after another: a letter and the draft decision sent with it,
or three letters signed together. Each document has its own header with the national motto (or the
Party's); each is read as a document of its own, so that what the second one says is not pinned on the
first.

A later header is kept as a document only when it carries a "Số:" line: a voting slip or a form sent
with a letter ("PHIẾU GHI Ý KIẾN") states no fact of its own and is left out.
"""

from __future__ import annotations

import re

from loaders.extract.context import cued_matches

_MOTTO = re.compile(
    r"CỘNG\s+HO[ÀA]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|CỘNG\s+HÒA\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
)
_MOTTO_CUES = ("CỘNG", "ĐẢNG")  # what each branch of _MOTTO opens on (cued_matches)
_NUMBER_LINE = re.compile(r"(?m)^\s*Số\s*:")
_WORD = re.compile(r"[^\W\d_]+")
MIN_DOCUMENT = 300  # characters a document runs to before another header can begin
HEADER_REACH = 4  # lines of issuer and number that may stand above the motto
NUMBER_REACH = 600  # characters after the header start within which a document's "Số:" stands


def segments(text: str) -> list[tuple[int, int]]:
    """(start, end) of each document the text holds, in order; the whole text when it holds one."""
    starts = [0]
    for m in list(cued_matches(_MOTTO, text, 0, len(text), _MOTTO_CUES))[1:]:  # the first is the first document's
        start = _header_start(text, m.start())
        if start - starts[-1] >= MIN_DOCUMENT and _body_since(text, starts[-1], start):
            starts.append(start)
    bounds = list(zip(starts, [*starts[1:], len(text)], strict=True))
    first, rest = bounds[0], bounds[1:]
    return [first, *[(a, b) for a, b in rest if _NUMBER_LINE.search(text, a, min(b, a + NUMBER_REACH))]]


def _header_start(text: str, motto: int) -> int:
    """Where the header holding the motto at ``motto`` begins: its line, and the issuer lines above it."""
    start = text.rfind("\n", 0, motto) + 1
    for _ in range(HEADER_REACH):
        if start == 0:
            break
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        # an issuer's line is in capitals; the number may stand between it and the motto
        if any(c.islower() for c in line) and not line.lstrip().startswith("Số"):
            break
        start = above
    return start


def _body_since(text: str, start: int, end: int) -> bool:
    """Whether the document begun at ``start`` has a body (a sentence in lower case) before ``end``: a header
    whose motto a PDF put twice is one document."""
    run = 0
    for word in _WORD.finditer(text, start, end):  # one at a time: the first lower-case run ends the search
        run = run + 1 if word.group().islower() else 0
        if run == 3:
            return True
    return False
