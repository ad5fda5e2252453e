"""Real files for the reader tests, made on the spot: an official letter as DOCX, PDFs, broken archives.

The letter follows the layout of Nghị định 30/2020: the issuer and the number sit in a borderless table in
the page header, as many provinces' templates put them.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

import docx
import pypdfium2 as pdfium
from docx.document import Document as DocxDocument

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
COMMITTED = Path(__file__).resolve().parent / "readers"

ISSUER_CELL = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 12/UBND-VX"]
MOTTO_CELL = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Quảng Ngãi, ngày 05 tháng 3 năm 2025",
]
SUBJECT = "V/v triển khai thực hiện Kế hoạch số 421/KH-BQL"
RECIPIENT = "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi."
BODY = (
    "Thực hiện Công văn số 58/CĐ-VPCP ngày 10/01/2025 của Văn phòng Chính phủ, Ủy ban nhân dân tỉnh giao "
    "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các đơn vị liên quan báo cáo trước ngày 15/3/2025."
)
TASK_HEADER = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"]
TASK_ROW = ["1", "Rà soát hồ sơ đất đai", "Sở Tài nguyên và Môi trường", "Trước ngày 30/4/2025"]
FOOTER = "Nơi nhận: Như trên; Lưu: VT, KGVX."

# A real sentence of the genre, as old offices typed it; its capitals all exist in TCVN3 (ABC).
LEGACY_SENTENCE = (
    "Uỷ ban nhân dân tỉnh đề nghị các sở, ngành thực hiện nghiêm túc kết luận của Phó Chủ tịch, "
    "báo cáo kết quả trước ngày 15 tháng 3 năm 2025.\nNơi nhận: Như trên; Lưu: VT."
)


def official_docx() -> DocxDocument:
    document = docx.Document()
    header = document.sections[0].header
    table = header.add_table(rows=1, cols=2, width=docx.shared.Inches(6.5))
    for cell, lines in zip(table.rows[0].cells, (ISSUER_CELL, MOTTO_CELL), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    document.add_paragraph(SUBJECT)
    document.add_paragraph(RECIPIENT)
    document.add_paragraph(BODY)
    tasks = document.add_table(rows=2, cols=4)
    for row, values in zip(tasks.rows, (TASK_HEADER, TASK_ROW), strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    document.sections[0].footer.paragraphs[0].text = FOOTER
    return document


def write_official_docx(path: Path) -> Path:
    official_docx().save(str(path))
    return path


def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> Path:
    """A copy of a zip archive with some members' content replaced or added."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            copy.writestr(info.filename, replace.get(info.filename, original.read(info)))
        for name, content in (add or {}).items():
            copy.writestr(name, content)
    target.write_bytes(buffer.getvalue())
    return target


def write_entity_docx(path: Path) -> Path:
    """A DOCX whose document.xml declares an entity ("billion laughs" starts like this)."""
    plain = write_official_docx(path.with_name("plain-for-entity.docx"))
    with zipfile.ZipFile(plain) as archive:
        xml = archive.read("word/document.xml")
    declaration, rest = xml.split(b"?>", 1)
    dtd = b'<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    return rewrite_zip(plain, path, {"word/document.xml": declaration + b"?>" + dtd + rest})


def write_zip_bomb_docx(path: Path, inflated_bytes: int = 20_000_000) -> Path:
    """A DOCX carrying a part that inflates a thousand times (zeros compress to almost nothing)."""
    plain = write_official_docx(path.with_name("plain-for-bomb.docx"))
    return rewrite_zip(plain, path, {}, add={"word/media/image1.bin": bytes(inflated_bytes)})


def write_blank_pdf(path: Path, pages: int) -> Path:
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    pdf.save(str(path))
    pdf.close()
    return path


def write_scanned_pdf(path: Path, source: Path, page_index: int = 0, dpi: int = 300) -> Path:
    """A one-page PDF holding only a picture of a real page, as a scanner would make it: no text layer."""
    original = pdfium.PdfDocument(str(source))
    page = original[page_index]
    width, height = page.get_size()
    bitmap = page.render(scale=dpi / 72)
    scanned = pdfium.PdfDocument.new()
    new_page = scanned.new_page(width, height)
    image = pdfium.PdfImage.new(scanned)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    new_page.insert_obj(image)
    new_page.gen_content()
    scanned.save(str(path))
    for item in (image, new_page, scanned, bitmap, page, original):
        item.close()
    return path


def write_encrypted_pdf(path: Path, source: Path, password: str = "mật khẩu") -> Path:
    from pypdf import PdfReader, PdfWriter  # dev dependency, only the tests need it

    writer = PdfWriter(clone_from=PdfReader(str(source)))
    # RC4 needs no cryptography package; PDFium refuses it just the same without the password.
    writer.encrypt(user_password=password, owner_password=password + "!", algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def to_cp1258(text: str) -> bytes:
    """Text as Windows-1258 stores it: precomposed where the code page has the letter, else the letter
    without its tone followed by a combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(part for part in parts if part not in _TONE_MARKS))
            tones = "".join(part for part in parts if part in _TONE_MARKS)
            out += (base + tones).encode("cp1258")
    return bytes(out)
