"""DOCX: headers, body and footers, paragraphs and tables in document order.

The issuer block and the document number of a Vietnamese official letter usually sit in a borderless table,
often inside the page header, so tables and headers matter as much as the body. The zip and its XML are
checked before python-docx opens them: a DOCX is an untrusted archive.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

import docx
from lxml import etree

from loaders.errors import LoaderError

MAX_UNCOMPRESSED_BYTES = 200_000_000
MAX_COMPRESSION_RATIO = 100
# Small parts compress well by nature (repeated XML tags); the ratio says "bomb" only for large ones.
RATIO_CHECK_FROM_BYTES = 1_000_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# Markup whose text is not part of the reading: properties, deleted text, field codes, and the VML copy of a
# drawing that Word keeps next to the DrawingML one (reading both would repeat every text box).
_SKIPPED = {_W + "pPr", _W + "rPr", _W + "del", _W + "instrText", _W + "delText", _MC_FALLBACK}
_LINE_BREAKS = {_W + "br", _W + "cr"}
_TABS = {_W + "tab", _W + "ptab"}
# Content controls and custom XML wrap paragraphs, rows or cells without changing the reading order.
_WRAPPERS = {_W + "sdt", _W + "sdtContent", _W + "customXml"}

_DTD_MARKERS = tuple(
    marker.encode(encoding) for marker in ("<!DOCTYPE", "<!ENTITY") for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)


def _check_archive(path: Path, display: str | Path) -> None:
    """Refuse zip bombs and XML with a DTD before anything is parsed."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError):
        raise LoaderError(display, "the DOCX is damaged or truncated (its zip directory cannot be read)") from None
    try:
        with archive:
            infos = archive.infolist()
            if not any(info.filename == "word/document.xml" for info in infos):
                raise LoaderError(display, "the file is a zip archive but not a Word document (no word/document.xml)")
            total = sum(info.file_size for info in infos)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise LoaderError(
                    display,
                    f"the DOCX would unpack to {total / 1e6:.0f} MB, more than the limit of "
                    f"{MAX_UNCOMPRESSED_BYTES / 1e6:.0f} MB (a zip bomb?)",
                )
            for info in infos:
                if info.file_size >= RATIO_CHECK_FROM_BYTES and (
                    info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
                ):
                    raise LoaderError(
                        display,
                        f"the DOCX part {info.filename} is compressed more than "
                        f"{MAX_COMPRESSION_RATIO} times (a zip bomb?)",
                    )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    # The sizes above bound what is read here: zipfile stops at the declared size.
                    content = archive.read(info)
                    if any(marker in content for marker in _DTD_MARKERS):
                        raise LoaderError(
                            display,
                            f"the DOCX part {info.filename} declares a DTD or XML entities, which a Word "
                            "document never needs (entity expansion attack?)",
                        )
    except zipfile.BadZipFile as error:
        raise LoaderError(display, f"the DOCX is damaged ({error})") from None
    except (zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        # RuntimeError is how zipfile reports an encrypted entry; NotImplementedError an unknown compression.
        raise LoaderError(display, f"the DOCX is damaged or encrypted ({error})") from None


def _inline_text(element: etree._Element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIPPED or not isinstance(tag, str):
            continue
        if tag == _W + "t":
            out.append(child.text or "")
        elif tag in _TABS:
            out.append("\t")
        elif tag in _LINE_BREAKS:
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
        elif tag == _W + "txbxContent":
            # A text box: its paragraphs on lines of their own, where the box is anchored.
            out.append("\n" + "\n".join(_block_lines(child)) + "\n")
        else:
            _inline_text(child, out)


def _paragraph_text(paragraph: etree._Element) -> str:
    out: list[str] = []
    _inline_text(paragraph, out)
    return "".join(out)


def _cells(row: etree._Element) -> Iterable[etree._Element]:
    for child in row:
        if child.tag == _W + "tc":
            yield child
        elif child.tag in _WRAPPERS:
            yield from _cells(child)


def _row_lines(row: etree._Element) -> list[str]:
    """A row whose cells hold one line each stays one line, cells separated by tabs (a data table); a row with
    a multi-line cell gives its cells' lines one after another, so "ỦY BAN NHÂN DÂN" and "TỈNH QUẢNG NGÃI"
    in the issuer cell are not interleaved with the motto in the next cell."""
    cells = [[line for text in _block_lines(cell) for line in text.split("\n") if line.strip()] for cell in _cells(row)]
    if not any(cells):
        return []
    if all(len(lines) <= 1 for lines in cells):
        return ["\t".join(lines[0] if lines else "" for lines in cells).rstrip("\t")]
    return [line for lines in cells for line in lines]


def _block_lines(container: etree._Element) -> list[str]:
    """Paragraphs and tables of a body, header, footer, cell or text box, in order."""
    lines: list[str] = []
    for child in container:
        tag = child.tag
        if tag == _W + "p":
            lines.append(_paragraph_text(child))
        elif tag == _W + "tbl":
            lines.extend(_table_lines(child))
        elif tag in _WRAPPERS:
            lines.extend(_block_lines(child))
    return lines


def _table_lines(table: etree._Element) -> list[str]:
    lines: list[str] = []
    for child in table:
        if child.tag == _W + "tr":
            lines.extend(_row_lines(child))
        elif child.tag in _WRAPPERS:
            lines.extend(_table_lines(child))
    return lines


def _header_footer_parts(document: docx.document.Document, reference: str) -> Iterable[etree._Element]:
    """The distinct header or footer parts the sections refer to, in section order."""
    seen: set[str] = set()
    related = document.part.related_parts
    for section_properties in document.element.body.iter(_W + "sectPr"):
        for ref in section_properties.iterchildren(_W + reference):
            part = related.get(ref.get(_R + "id"))
            if part is None or str(part.partname) in seen:
                continue
            seen.add(str(part.partname))
            yield part.element


def read_docx(path: Path, display: str | Path) -> str:
    """Header lines, then the body, then footer lines, one paragraph or table row per line."""
    _check_archive(path, display)
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx and lxml raise many kinds for a broken package.
        raise LoaderError(display, f"the DOCX is damaged ({type(error).__name__}: {error})") from None
    lines: list[str] = []
    for header in _header_footer_parts(document, "headerReference"):
        lines.extend(_block_lines(header))
    lines.extend(_block_lines(document.element.body))
    for footer in _header_footer_parts(document, "footerReference"):
        lines.extend(_block_lines(footer))
    return "\n".join(lines)
