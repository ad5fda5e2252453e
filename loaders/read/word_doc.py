"""DOC (Word 97-2003): Debian's catdoc, with LibreOffice as the fallback when catdoc is absent or fails."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from loaders.errors import LoaderError
from loaders.read.external import find_tool, run_tool, tool_message
from loaders.read.word_docx import read_docx

CATDOC_TIMEOUT_SECONDS = 60.0
# LibreOffice starts slowly (several seconds even for one page).
SOFFICE_TIMEOUT_SECONDS = 180.0

MISSING_REASON = (
    "reading .doc files needs catdoc or LibreOffice: install the catdoc package (or libreoffice-writer-nogui)"
)

# In the OLE2 directory, which names its streams in UTF-16: a password-protected DOCX or DOC.
_ENCRYPTION_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))


# Latin, Vietnamese and punctuation: what a Vietnamese report is written in. LibreOffice imports any file it
# cannot parse as raw text, so a damaged DOC comes back as CJK-looking noise rather than as an error.
_READABLE = re.compile("[\u0000-\u058f\u1e00-\u1eff\u2000-\u20cf]")
MIN_READABLE_SHARE = 0.8


def looks_like_text(text: str) -> bool:
    visible = "".join(text.split())
    return not visible or len(_READABLE.findall(visible)) >= MIN_READABLE_SHARE * len(visible)


def looks_encrypted(data: bytes) -> bool:
    return any(stream in data for stream in _ENCRYPTION_STREAMS)


def _with_catdoc(catdoc: str, path: Path, display: str | Path) -> tuple[str | None, str]:
    """The text, or None and catdoc's complaint."""
    # -w: no word wrapping at 72 columns; -d utf-8: output charset. The path is absolute, so a name starting
    # with "-" cannot be taken for an option.
    completed = run_tool(
        [catdoc, "-w", "-d", "utf-8", str(path)], path=display, timeout=CATDOC_TIMEOUT_SECONDS, what="catdoc"
    )
    if completed.returncode != 0:
        return None, tool_message(completed)
    text = completed.stdout.decode("utf-8", "replace")
    if not text.strip():
        return None, "no text found"
    if not looks_like_text(text):
        return None, "what it found does not look like text"
    return text, ""


def _with_soffice(soffice: str, path: Path, display: str | Path) -> str:
    """LibreOffice turns the DOC into a DOCX, read like any other: its own text export would drop the page
    header, where the issuer and the number often are."""
    with tempfile.TemporaryDirectory(prefix="chidao-soffice-") as workdir:
        work = Path(workdir)
        # A plain copy name spares LibreOffice the user's file name, and its own profile lets two
        # conversions run at once without locking each other out.
        source = work / "input.doc"
        shutil.copyfile(path, source)
        completed = run_tool(
            [
                soffice,
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "docx",
                "--outdir",
                str(work / "out"),
                str(source),
            ],
            path=display,
            timeout=SOFFICE_TIMEOUT_SECONDS,
            what="LibreOffice",
            env={**os.environ, "HOME": str(work)},
        )
        converted = work / "out" / "input.docx"
        if completed.returncode != 0 or not converted.exists():
            raise LoaderError(display, f"LibreOffice could not read the DOC file ({tool_message(completed)})")
        return read_docx(converted, display)


def read_doc(path: Path, display: str | Path, data: bytes) -> str:
    if looks_encrypted(data):
        raise LoaderError(display, "the Word document is encrypted and cannot be read without its password")
    catdoc = find_tool("catdoc")
    soffice = find_tool("soffice") or find_tool("libreoffice")
    if catdoc is None and soffice is None:
        raise LoaderError(display, MISSING_REASON)
    complaint = ""
    if catdoc is not None:
        text, complaint = _with_catdoc(catdoc, path, display)
        if text is not None:
            return text
    if soffice is not None:
        text = _with_soffice(soffice, path, display)
        if not looks_like_text(text):
            raise LoaderError(display, "the DOC file gives no readable text (it is damaged, or not a Word file)")
        return text
    raise LoaderError(display, f"catdoc could not read the DOC file ({complaint}); it may be damaged or not Word")
