"""Stage 1 of the pipeline, "read": a file's bytes to text, one string per page, by file type.

It knows nothing of Vietnamese grammar; it only makes sure the characters are the ones the author typed
(including text typed in the legacy TCVN3 and VNI font encodings). The text is not yet NFC-normalised or
repaired: line ends are "\\n", and that is all. Any bad input raises LoaderError with a sentence naming
the reason; size and page limits are checked before parsing and external tools run with timeouts.
"""

from __future__ import annotations

import errno
import stat
from dataclasses import dataclass, field
from pathlib import Path

from loaders.errors import LoaderError
from loaders.read.legacy_encodings import (
    ENCODING_NAMES,
    AmbiguousLegacyText,
    convert_legacy,
    detect_legacy_encoding,
)
from loaders.read.sniff import HEAD_BYTES, sniff_kind
from loaders.read.text import decode_text, split_pages

__all__ = ["LoaderError", "RawText", "read_file"]


@dataclass
class RawText:
    path: Path
    kind: str  # "text", "pdf", "docx", "doc", "html", "ocr" (a PDF whose every page was OCRed)
    pages: list[str]  # one string per page (one element for formats without pages); not NFC-normalised yet
    notes: list[str] = field(default_factory=list)  # what the reader did that a user may want to know


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def _checked_size(path: Path, display: str | Path, max_bytes: int) -> int:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise LoaderError(display, "the file does not exist") from None
    except PermissionError:
        raise LoaderError(display, "the file cannot be read (permission denied)") from None
    except OSError as error:
        raise LoaderError(display, f"the file cannot be read ({error.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise LoaderError(display, "it is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        # A pipe or a device could block or never end.
        raise LoaderError(display, "it is not a regular file")
    if info.st_size == 0:
        raise LoaderError(display, "the file is empty")
    if info.st_size > max_bytes:
        raise LoaderError(display, f"the file is {_mb(info.st_size)}, larger than the limit of {_mb(max_bytes)}")
    return info.st_size


def _read_prefix(path: Path, display: str | Path, count: int) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(count)
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM):
            raise LoaderError(display, "the file cannot be read (permission denied)") from None
        raise LoaderError(display, f"the file cannot be read ({error.strerror})") from None


def _read_bytes(path: Path, display: str | Path, limit: int) -> bytes:
    # One byte past the limit tells a file that grew since stat() from one that did not.
    data = _read_prefix(path, display, limit + 1)
    if len(data) > limit:
        raise LoaderError(display, f"the file is larger than the limit of {_mb(limit)}")
    return data


def _convert_legacy_pages(pages: list[str], display: str | Path) -> tuple[list[str], list[str]]:
    """Text typed in the TCVN3 or VNI fonts becomes Unicode, whichever reader it came from."""
    try:
        encoding = detect_legacy_encoding("\n".join(pages))
    except AmbiguousLegacyText:
        raise LoaderError(
            display,
            "the text looks like Vietnamese in a legacy font encoding, but both TCVN3 (ABC) and VNI fit it, "
            "so it cannot be converted reliably: convert it to Unicode first (for example with UniKey)",
        ) from None
    if encoding is None:
        return pages, []
    converted = [convert_legacy(page, encoding) for page in pages]
    return converted, [f"text in the legacy {ENCODING_NAMES[encoding]} font encoding was converted to Unicode"]


def read_file(path: str | Path, *, max_bytes: int = 50_000_000, max_pages: int = 500, ocr: bool = True) -> RawText:
    """Read any supported file (.txt, .pdf, .docx, .doc, .html, .htm) into text per page.

    The kind is decided by the content first (a PDF named .txt is read as a PDF), the extension second.
    """
    display = path
    path = Path(path)
    size = _checked_size(path, display, max_bytes)
    # Absolute, so that no external tool mistakes a name beginning with "-" for an option.
    path = path.absolute()
    kind = sniff_kind(path, _read_prefix(path, display, HEAD_BYTES), display)
    notes: list[str] = []
    if kind == "pdf":
        from loaders.read.pdf import read_pdf  # each reader's library is loaded only when needed

        pdf = read_pdf(path, display, max_pages=max_pages, ocr=ocr)
        pages, notes = pdf.pages, pdf.notes
        if len(pdf.ocr_pages) == len(pages):
            kind = "ocr"
    elif kind == "docx":
        from loaders.read.word_docx import read_docx

        pages = split_pages(read_docx(path, display))
    elif kind == "doc":
        from loaders.read.word_doc import read_doc

        pages = split_pages(read_doc(path, display, _read_bytes(path, display, size)))
    elif kind == "html":
        from loaders.read.html import read_html

        pages = [read_html(_read_bytes(path, display, size), display)]
    else:
        text, _encoding = decode_text(_read_bytes(path, display, size), display)
        pages = split_pages(text)
    pages, legacy_notes = _convert_legacy_pages(pages, display)
    notes += legacy_notes
    if not any(page.strip() for page in pages):
        raise LoaderError(display, "the file contains no text")
    return RawText(path=Path(display), kind=kind, pages=pages, notes=notes)
