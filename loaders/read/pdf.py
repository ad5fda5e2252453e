"""PDF: the text layer of each page with PDFium (pypdfium2); pages without one are OCRed."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from loaders.errors import LoaderError
from loaders.read.ocr import MISSING_REASON, find_tesseract, ocr_page

# A scanned file of hundreds of pages must not keep the pipeline busy for hours.
OCR_FILE_BUDGET_SECONDS = 1800.0

_OPEN_FAILURES = {
    pdfium_c.FPDF_ERR_PASSWORD: "the PDF is encrypted and cannot be read without its password",
    pdfium_c.FPDF_ERR_SECURITY: "the PDF is protected by a security scheme PDFium does not support",
    pdfium_c.FPDF_ERR_FILE: "the file could not be opened",
}


@dataclass
class PdfText:
    pages: list[str]
    ocr_pages: list[int] = field(default_factory=list)  # 0-based indexes of the pages tesseract read
    notes: list[str] = field(default_factory=list)


def _ends_with_eof_marker(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(0, 2)
        handle.seek(max(0, handle.tell() - 2048))
        return b"%%EOF" in handle.read()


def _open_failure_reason(error: pdfium.PdfiumError, path: Path) -> str:
    known = _OPEN_FAILURES.get(getattr(error, "err_code", None) or 0)
    if known:
        return known
    if not _ends_with_eof_marker(path):
        return "the PDF is truncated (it has no end-of-file marker), perhaps it was not downloaded completely"
    return "the PDF is damaged and cannot be read"


def _page_text(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        # PDFium ends lines with \r\n; every reader hands on \n.
        return str(textpage.get_text_range()).replace("\r\n", "\n").replace("\r", "\n")
    finally:
        textpage.close()


def _has_content(page: pdfium.PdfPage) -> bool:
    """Whether anything is drawn on the page: a blank page needs no OCR."""
    return any(True for _ in page.get_objects(max_depth=1))


def read_pdf(path: Path, display: str | Path, *, max_pages: int, ocr: bool) -> PdfText:
    """One string per page, with notes for the user on pages that were OCRed or left empty."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        raise LoaderError(display, _open_failure_reason(error, path)) from None
    try:
        page_count = len(pdf)
        if page_count == 0:
            raise LoaderError(display, "the PDF has no pages")
        if page_count > max_pages:
            raise LoaderError(display, f"the PDF has {page_count} pages, more than the limit of {max_pages}")
        pages: list[str] = []
        needs_ocr: list[int] = []
        for index in range(page_count):
            page = pdf[index]
            try:
                text = _page_text(page)
                if not text.strip() and _has_content(page):
                    needs_ocr.append(index)
            except pdfium.PdfiumError:
                raise LoaderError(display, f"page {index + 1} of the PDF is damaged and cannot be read") from None
            finally:
                page.close()
            pages.append(text)
        result = PdfText(pages)
        _ocr_pages(pdf, result, needs_ocr, display, ocr=ocr)
    finally:
        pdf.close()
    return result


def _ocr_pages(
    pdf: pdfium.PdfDocument, result: PdfText, needs_ocr: list[int], display: str | Path, *, ocr: bool
) -> None:
    """Fill in the pages without a text layer, when OCR is on and possible; else say which stay empty."""
    if not needs_ocr:
        return
    has_text_layer = any(text.strip() for text in result.pages)
    numbers = ", ".join(str(index + 1) for index in needs_ocr)
    if not ocr:
        if not has_text_layer:
            raise LoaderError(display, "the PDF has no text layer and OCR was turned off")
        result.notes.append(f"pages without a text layer were left empty (OCR turned off): {numbers}")
        return
    tesseract = find_tesseract()
    if tesseract is None:
        if not has_text_layer:
            raise LoaderError(display, MISSING_REASON)
        result.notes.append(f"pages without a text layer were left empty (no tesseract with its vie model): {numbers}")
        return
    deadline = time.monotonic() + OCR_FILE_BUDGET_SECONDS
    for index in needs_ocr:
        if time.monotonic() > deadline:
            raise LoaderError(
                display,
                f"OCR of the scanned pages took longer than {OCR_FILE_BUDGET_SECONDS:g} seconds in all",
            )
        page = pdf[index]
        try:
            result.pages[index] = ocr_page(page, tesseract=tesseract, path=display, page_number=index + 1)
        finally:
            page.close()
        result.ocr_pages.append(index)
    result.notes.append(f"pages read by OCR (tesseract, vie): {numbers}")
