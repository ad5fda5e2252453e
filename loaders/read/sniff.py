"""Which reader a file needs: its first bytes decide, its extension only when the bytes say nothing."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from loaders.errors import LoaderError

SUPPORTED_EXTENSIONS = (".txt", ".pdf", ".docx", ".doc", ".html", ".htm")
_KIND_BY_EXTENSION = {
    ".txt": "text",
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
    ".html": "html",
    ".htm": "html",
}

# How far into the file the magic numbers are looked for: PDF allows junk before "%PDF-" within 1 KB.
HEAD_BYTES = 4096

OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE | re.DOTALL)
_UTF8_BOM = b"\xef\xbb\xbf"

# Other formats people save reports in, named so the refusal tells them what to do.
_OTHER_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"{\\rtf", "the file is in RTF format, which is not supported: save it as DOCX or PDF"),
    (b"\x89PNG", "the file is a PNG image, which is not supported: put scanned pages in a PDF"),
    (b"\xff\xd8\xff", "the file is a JPEG image, which is not supported: put scanned pages in a PDF"),
    (b"II*\x00", "the file is a TIFF image, which is not supported: put scanned pages in a PDF"),
    (b"MM\x00*", "the file is a TIFF image, which is not supported: put scanned pages in a PDF"),
)


def _zip_holds_word_document(path: Path) -> bool | None:
    """Whether the zip archive has word/document.xml; None when its directory cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            return any(info.filename == "word/document.xml" for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, EOFError):
        return None


def _unsupported(extension: str) -> str:
    shown = extension or "(no extension)"
    return f"the file type {shown} is not supported (supported: {', '.join(SUPPORTED_EXTENSIONS)})"


def sniff_kind(path: Path, head: bytes, display: str | Path) -> str:
    """One of "text", "pdf", "docx", "doc", "html"; raises LoaderError for anything else."""
    extension = path.suffix.lower()
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        holds_word_document = _zip_holds_word_document(path)
        if holds_word_document or (holds_word_document is None and extension in (".docx", ".doc")):
            # A broken one goes to the DOCX reader too, which says what is wrong with it.
            return "docx"
        if extension == ".docx":
            raise LoaderError(display, "the file is a zip archive but not a Word document (no word/document.xml)")
        raise LoaderError(display, "the file is a zip archive, not a document: " + _unsupported(extension))
    if head.startswith(OLE2_MAGIC):
        # Word 97-2003, and also an encrypted DOCX, which Office wraps in the same container.
        return "doc"
    for magic, reason in _OTHER_FORMATS:
        if head.startswith(magic):
            raise LoaderError(display, reason)
    if _HTML_START.match(head.removeprefix(_UTF8_BOM)):
        return "html"
    kind = _KIND_BY_EXTENSION.get(extension)
    if kind is None:
        raise LoaderError(display, _unsupported(extension))
    if kind == "pdf":
        raise LoaderError(display, "the file is not a PDF (it does not start with %PDF)")
    if kind == "docx":
        raise LoaderError(display, "the file is not a DOCX (it is not a zip archive)")
    if kind == "doc":
        raise LoaderError(display, "the file is not a Word 97-2003 document (it lacks the OLE2 signature)")
    return kind
