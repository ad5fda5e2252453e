"""OCR of a rendered PDF page with Debian's tesseract and its Vietnamese model (packages tesseract-ocr and
tesseract-ocr-vie). Used only for pages without a text layer."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from loaders.errors import LoaderError
from loaders.read.external import find_tool, run_tool, tool_message

OCR_LANGUAGE = "vie"
OCR_DPI = 300
PAGE_TIMEOUT_SECONDS = 180.0
# A poster-sized page at 300 dpi would need gigabytes; past this many pixels the resolution is lowered.
MAX_PIXELS = 60_000_000

MISSING_REASON = "the PDF has no text layer and OCR is not available: install tesseract-ocr and tesseract-ocr-vie"


def find_tesseract() -> str | None:
    """The tesseract command when it and its Vietnamese model are installed, else None."""
    tesseract = find_tool("tesseract")
    if tesseract is None:
        return None
    try:
        listed = run_tool([tesseract, "--list-langs"], path=tesseract, timeout=30, what="tesseract --list-langs")
    except LoaderError:
        return None
    # Older tesseract versions print the list on stderr.
    languages = (listed.stdout + listed.stderr).decode("utf-8", "replace").split()
    return tesseract if OCR_LANGUAGE in languages else None


def _render_pgm(page: pdfium.PdfPage) -> bytes:
    """The page as an 8-bit grey PGM image, a format tesseract reads without any imaging library here."""
    width, height = page.get_size()
    scale = OCR_DPI / 72
    pixels = width * scale * height * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True, force_bitmap_format=pdfium_c.FPDFBitmap_Gray)
    try:
        raw = bytes(bitmap.buffer)
        rows = b"".join(raw[row * bitmap.stride : row * bitmap.stride + bitmap.width] for row in range(bitmap.height))
        return f"P5 {bitmap.width} {bitmap.height} 255\n".encode("ascii") + rows
    finally:
        bitmap.close()


def ocr_page(page: pdfium.PdfPage, *, tesseract: str, path: str | Path, page_number: int) -> str:
    """The text tesseract reads on one page (numbered from 1 in messages)."""
    image = _render_pgm(page)
    with tempfile.TemporaryDirectory(prefix="chidao-ocr-") as workdir:
        image_path = Path(workdir) / "page.pgm"
        image_path.write_bytes(image)
        completed = run_tool(
            [tesseract, str(image_path), "stdout", "-l", OCR_LANGUAGE],
            path=path,
            timeout=PAGE_TIMEOUT_SECONDS,
            what=f"OCR of page {page_number}",
        )
    if completed.returncode != 0:
        raise LoaderError(path, f"OCR of page {page_number} failed: {tool_message(completed)}")
    return completed.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
