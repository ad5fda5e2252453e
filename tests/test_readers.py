"""Stage 1, "read": real files in, text per page out, or one clear sentence naming the file and the reason.

Every file is made here (see fixtures_readers) or is a real government PDF from samples/. Tests that need a
Debian tool skip, naming the package, when it is missing; CI installs catdoc, tesseract-ocr,
tesseract-ocr-vie and libreoffice-writer-nogui, so they run there.
"""

from __future__ import annotations

import random
import re
import shutil
import time
import unicodedata
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fixtures_readers import (
    BODY,
    COMMITTED,
    FOOTER,
    ISSUER_CELL,
    LEGACY_SENTENCE,
    MOTTO_CELL,
    RECIPIENT,
    SAMPLES,
    SHARED_CORPUS,
    TASK_ROW,
    rewrite_zip,
    to_cp1258,
    write_blank_pdf,
    write_encrypted_pdf,
    write_entity_docx,
    write_official_docx,
    write_scanned_pdf,
    write_zip_bomb_docx,
)

import loaders.read.pdf
import loaders.read.word_doc
import loaders.read.word_docx
from loaders.errors import LoaderError
from loaders.read import RawText, read_file
from loaders.read.legacy_encodings import unicode_to_legacy
from loaders.read.ocr import find_tesseract

SAMPLE_PAGE_COUNTS = {"011": 2, "014": 1, "021": 2, "030": 2, "035": 4}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def all_text(raw: RawText) -> str:
    return nfc("\n".join(raw.pages))


def refusal(path: Path, **options: object) -> str:
    """The one line a user sees for a file chidao refuses."""
    with pytest.raises(LoaderError) as caught:
        read_file(path, **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert message.endswith("."), message
    return message


def write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


# --- plain text: encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["utf8", "utf8-bom"])
def test_utf8_text_is_read_as_written(tmp_path: Path, bom: bytes) -> None:
    path = write(tmp_path / "công văn.txt", bom + LEGACY_SENTENCE.encode("utf-8"))
    raw = read_file(path)
    assert raw.kind == "text"
    assert raw.pages == [LEGACY_SENTENCE]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_text_with_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    content = LEGACY_SENTENCE.encode(encoding)
    if encoding == "utf-16-be":
        content = b"\xfe\xff" + content
    raw = read_file(write(tmp_path / "report.txt", content))
    assert raw.pages == [LEGACY_SENTENCE]


def test_utf16_text_without_byte_order_mark(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "report.txt", LEGACY_SENTENCE.encode("utf-16-le")))
    assert raw.pages == [LEGACY_SENTENCE]


def test_windows_1258_text_reads_as_the_same_vietnamese(tmp_path: Path) -> None:
    content = to_cp1258(LEGACY_SENTENCE)
    with pytest.raises(UnicodeDecodeError):
        content.decode("utf-8")  # the file really is not UTF-8
    raw = read_file(write(tmp_path / "cp1258.txt", content))
    assert all_text(raw) == LEGACY_SENTENCE


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_font_encoding_file_is_converted(tmp_path: Path, encoding: str) -> None:
    legacy = unicode_to_legacy(LEGACY_SENTENCE, encoding)  # type: ignore[arg-type]
    assert legacy != LEGACY_SENTENCE
    raw = read_file(write(tmp_path / "old.txt", legacy.encode("latin-1")))
    assert raw.pages == [LEGACY_SENTENCE]
    assert any(("TCVN3" if encoding == "tcvn3" else "VNI") in note for note in raw.notes)


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        # As the brief and old documents show them, checked by hand against the fonts' charts.
        ("Uû ban nh©n d©n tØnh Qu¶ng Ng·i", "Uỷ ban nhân dân tỉnh Quảng Ngãi"),
        ("B¶o Th¾ng, M\u00adêng Kh\u00ad¬ng", "Bảo Thắng, Mường Khương"),  # \u00ad, soft hyphen, is ư
        ("Sè: 12/UBND-VX. KÝnh göi: Së Tµi chÝnh", "Số: 12/UBND-VX. Kính gửi: Sở Tài chính"),
        ("UÛy ban nhaân daân tænh Quaûng Ngaõi", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
        ("Kính göûi: Sôû Taøi chính; Nôi nhaän: Nhö treân", "Kính gửi: Sở Tài chính; Nơi nhận: Như trên"),
    ],
)
def test_legacy_text_pasted_into_a_utf8_file_is_converted(tmp_path: Path, legacy: str, unicode: str) -> None:
    raw = read_file(write(tmp_path / "pasted.txt", legacy.encode("utf-8")))
    assert raw.pages == [unicode]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_sample_report_survives_a_trip_through_the_legacy_encodings(tmp_path: Path, encoding: str) -> None:
    samples = sorted(SAMPLES.glob("*.txt"))
    assert len(samples) >= 5
    for sample in samples:
        original = nfc(sample.read_text(encoding="utf-8"))
        legacy = unicode_to_legacy(original, encoding)  # type: ignore[arg-type]
        raw = read_file(write(tmp_path / sample.name, legacy.encode("cp1252")))
        if encoding == "vni":
            assert raw.pages == [original], sample
        else:
            # TCVN3 has no code for a capital Ủ inside ordinary text: it can only come back as ủ.
            assert raw.pages == [original.replace("Ủy ", "ủy ").replace("Ủy\n", "ủy\n")], sample


def test_tcvn3_headings_typed_in_a_capitals_font_come_back_in_capitals(tmp_path: Path) -> None:
    # ".VnTimeH" draws small codes as capitals, so "ñY" is how ỦY was stored; "Sè" before "12/UBND" is Số.
    stored = "ñY BAN NH¢N D¢N\nTØNH QU¶NG NG·I\nCéNG HßA X· HéI CHñ NGHÜA VIÖT NAM\nSè: 12/UBND-VX"
    raw = read_file(write(tmp_path / "header.txt", stored.encode("latin-1")))
    assert raw.pages == ["ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/UBND-VX"]


def test_unicode_vietnamese_with_old_style_tone_marks_is_left_alone(tmp_path: Path) -> None:
    # "hoà", "khoá", "thuý" look like VNI pairs (o + à); Unicode letters elsewhere prove it is Unicode.
    text = "Hoà bình, khoá học, thuý, toà án: Ủy ban nhân dân tỉnh đã quyết định."
    assert read_file(write(tmp_path / "u.txt", text.encode("utf-8"))).pages == [text]


def test_latin_text_is_not_mistaken_for_a_legacy_encoding(tmp_path: Path) -> None:
    text = "Où est le café? Voilà: the © 2024 report, naïve façade, São Paulo."
    raw = read_file(write(tmp_path / "latin1.txt", text.encode("cp1252")))
    assert raw.pages == [text]
    assert raw.notes == []


def test_mixed_unicode_and_tcvn3_lines_are_each_read_right(tmp_path: Path) -> None:
    # A Word file typed partly in .VnTime and partly in Unicode: only the legacy lines are converted.
    legacy_line = unicode_to_legacy("Uỷ ban nhân dân tỉnh Quảng Ngãi", "tcvn3")
    text = f"{legacy_line}\nKính gửi: Sở Tài chính tỉnh Quảng Ngãi\n{unicode_to_legacy('Nơi nhận: Như trên', 'tcvn3')}"
    raw = read_file(write(tmp_path / "mixed.txt", text.encode("utf-8")))
    assert raw.pages == ["Uỷ ban nhân dân tỉnh Quảng Ngãi\nKính gửi: Sở Tài chính tỉnh Quảng Ngãi\nNơi nhận: Như trên"]


def test_text_fitting_both_legacy_encodings_is_refused(tmp_path: Path) -> None:
    sentence = "Uỷ ban nhân dân tỉnh đề nghị các sở báo cáo kết quả trước ngày 15."
    both = unicode_to_legacy(sentence, "tcvn3") + "\n" + unicode_to_legacy(sentence, "vni")
    message = refusal(write(tmp_path / "both.txt", both.encode("latin-1")))
    assert "TCVN3" in message and "VNI" in message and "convert it to Unicode" in message


def test_form_feeds_separate_pages_and_line_ends_become_newlines(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "pdftotext.txt", "Trang một\r\ndòng hai\fTrang hai\r\n\f".encode()))
    assert raw.pages == ["Trang một\ndòng hai", "Trang hai\n"]


# --- plain text: bad input ---------------------------------------------------------------------------------


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.txt", b"")
    assert refusal(path) == f"{path}: the file is empty."


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    assert "contains no text" in refusal(write(tmp_path / "blank.txt", b" \n\t\r\n "))


def test_binary_data_named_txt_is_refused(tmp_path: Path) -> None:
    noise = random.Random(7).randbytes(4096)
    path = write(tmp_path / "report.txt", noise)
    assert refusal(path) == f"{path}: the file looks like binary data, not text."


def test_binary_with_nuls_in_every_other_byte_is_not_taken_for_utf16(tmp_path: Path) -> None:
    # 16-bit samples of a sound or a table look like UTF-16 by their NULs, but decode to control characters.
    content = b"".join(bytes([index % 32, 0]) for index in range(3000))
    assert "binary data" in refusal(write(tmp_path / "samples.txt", content))


def test_control_characters_without_nul_are_refused(tmp_path: Path) -> None:
    content = ("Báo cáo \x01\x02\x03\x04\x05\x06 " * 50).encode("utf-8")
    assert "binary data" in refusal(write(tmp_path / "ctl.txt", content))


def test_invalid_utf16_after_its_byte_order_mark_is_refused(tmp_path: Path) -> None:
    message = refusal(write(tmp_path / "bad16.txt", b"\xff\xfe" + "Báo cáo".encode("utf-16-le") + b"\x00\xdc"))
    assert "UTF-16 byte-order mark but is not valid UTF-16" in message


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100_000_000)  # sparse: 100 MB on paper, nothing on disk
    started = time.monotonic()
    message = refusal(path)
    assert "100.0 MB, larger than the limit of 50.0 MB" in message
    assert time.monotonic() - started < 1


def test_a_single_line_of_10_mb_is_read_whole(tmp_path: Path) -> None:
    line = ("Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì; " * 200_000)[:10_000_000]
    started = time.monotonic()
    raw = read_file(write(tmp_path / "one line.txt", line.encode("utf-8")))
    assert raw.pages == [line]
    assert time.monotonic() - started < 10


def test_unknown_file_type_is_refused_with_the_supported_list(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.xyz", "Báo cáo".encode())
    assert refusal(path) == (
        f"{path}: the file type .xyz is not supported (supported: .txt, .pdf, .docx, .doc, .html, .htm)."
    )


def test_image_files_are_refused_by_their_content(tmp_path: Path) -> None:
    message = refusal(write(tmp_path / "scan.txt", b"\x89PNG\r\n\x1a\n" + bytes(100)))
    assert "PNG image" in message


@pytest.mark.parametrize("name", ["báo cáo số 1.txt", "a b; $(touch pwned) `id` & |.txt", "..txt", "-rf.txt"])
def test_awkward_file_names_are_read_and_named(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, "Kính gửi: Sở Tài chính".encode())
    assert read_file(path).pages == ["Kính gửi: Sở Tài chính"]
    missing = tmp_path / ("không có " + name)
    assert refusal(missing) == f"{missing}: the file does not exist."
    assert not (tmp_path / "pwned").exists()


def test_a_path_through_dot_dot_is_read_and_named_as_given(tmp_path: Path) -> None:
    (tmp_path / "thư mục").mkdir()
    write(tmp_path / "báo cáo.txt", "Kính gửi: Sở Tài chính".encode())
    path = tmp_path / "thư mục" / ".." / "báo cáo.txt"
    assert read_file(path).path == path
    missing = tmp_path / "thư mục" / ".." / "không có.pdf"
    assert refusal(missing) == f"{missing}: the file does not exist."


def test_a_directory_is_refused(tmp_path: Path) -> None:
    assert refusal(tmp_path) == f"{tmp_path}: it is a directory, not a file."


# --- dispatch by content ------------------------------------------------------------------------------------


def test_pdf_named_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "014.txt"
    shutil.copyfile(SAMPLES / "014.pdf", path)
    raw = read_file(path)
    assert raw.kind == "pdf"
    assert "Kính gửi" in all_text(raw)


def test_docx_named_doc_is_read_as_a_docx(tmp_path: Path) -> None:
    raw = read_file(write_official_docx(tmp_path / "cong van.doc"))
    assert raw.kind == "docx"
    assert "Số: 12/UBND-VX" in all_text(raw)


def test_text_named_pdf_is_refused(tmp_path: Path) -> None:
    message = refusal(write(tmp_path / "report.pdf", "Báo cáo".encode()))
    assert message.endswith("the file is not a PDF (it does not start with %PDF).")


def test_text_named_docx_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "report.docx", "Báo cáo".encode())
    assert refusal(path) == f"{path}: the file is not a DOCX (it is not a zip archive)."


def test_text_named_doc_is_refused(tmp_path: Path) -> None:
    assert "not a Word 97-2003 document" in refusal(write(tmp_path / "report.doc", "Báo cáo".encode()))


@pytest.mark.parametrize("extension", [".txt", ".pdf", ".docx", ".doc", ".html", ".htm"])
def test_random_bytes_give_a_loader_error_never_a_traceback(tmp_path: Path, extension: str) -> None:
    for seed in range(3):
        noise = random.Random(seed).randbytes(3000)
        refusal(write(tmp_path / f"noise{seed}{extension}", noise))


@pytest.mark.parametrize(
    "magic", [b"%PDF-1.7\n", b"PK\x03\x04", bytes.fromhex("D0CF11E0A1B11AE1")], ids=["pdf", "zip", "ole2"]
)
def test_garbage_behind_a_real_signature_gives_a_loader_error(tmp_path: Path, magic: bytes) -> None:
    noise = random.Random(11).randbytes(3000)
    refusal(write(tmp_path / "report.bin.docx", magic + noise))


def test_half_a_docx_gives_a_loader_error(tmp_path: Path) -> None:
    whole = write_official_docx(tmp_path / "whole.docx").read_bytes()
    message = refusal(write(tmp_path / "half.docx", whole[: len(whole) // 2]))
    assert "the DOCX is damaged or truncated (its zip directory cannot be read)" in message


# --- PDF ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SAMPLE_PAGE_COUNTS))
def test_sample_pdfs_give_their_pages_and_text(name: str) -> None:
    raw = read_file(SAMPLES / f"{name}.pdf")
    assert raw.kind == "pdf"
    assert len(raw.pages) == SAMPLE_PAGE_COUNTS[name]
    assert all(page.strip() for page in raw.pages)
    text = all_text(raw)
    assert "Nơi nhận" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "\r" not in text


def test_sample_pdf_keeps_the_page_each_line_is_on() -> None:
    raw = read_file(SAMPLES / "011.pdf")
    assert "THÔNG BÁO" in nfc(raw.pages[0])
    assert "Nơi nhận" in nfc(raw.pages[-1]) and "Nơi nhận" not in nfc(raw.pages[0])


@pytest.mark.parametrize("name", ["014", "021", "035"])
def test_kinh_gui_is_found_in_the_letters(name: str) -> None:
    assert "Kính gửi" in all_text(read_file(SAMPLES / f"{name}.pdf"))


def test_shared_corpus_pdfs_match_their_reference_text() -> None:
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not beside the repository ({SHARED_CORPUS})")
    pdfs = sorted(SHARED_CORPUS.glob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        raw = read_file(pdf)
        assert all(page.strip() for page in raw.pages), pdf
        reference = pdf.with_suffix(".txt")
        if reference.exists():
            first_line = next(line.strip() for line in reference.read_text("utf-8").splitlines() if line.strip())
            assert first_line in all_text(raw), pdf


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    path = write_encrypted_pdf(tmp_path / "mật.pdf", SAMPLES / "014.pdf")
    assert refusal(path) == f"{path}: the PDF is encrypted and cannot be read without its password."


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    whole = (SAMPLES / "011.pdf").read_bytes()
    message = refusal(write(tmp_path / "half.pdf", whole[: len(whole) // 2]))
    assert "the PDF is truncated" in message


def test_page_limit_is_checked_before_any_page_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(page: object) -> str:
        raise AssertionError("a page was read before the page count was checked")

    monkeypatch.setattr(loaders.read.pdf, "_page_text", must_not_run)
    path = write_blank_pdf(tmp_path / "long.pdf", pages=3)
    assert refusal(path, max_pages=2) == f"{path}: the PDF has 3 pages, more than the limit of 2."


def test_size_limit_is_checked_before_the_pdf_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("the PDF was parsed before its size was checked")

    monkeypatch.setattr(loaders.read.pdf, "read_pdf", must_not_run)
    assert "larger than the limit of 0.1 MB" in refusal(SAMPLES / "011.pdf", max_bytes=100_000)


def test_pdf_of_blank_pages_has_no_text(tmp_path: Path) -> None:
    assert "contains no text" in refusal(write_blank_pdf(tmp_path / "blank.pdf", pages=2))


# --- OCR ----------------------------------------------------------------------------------------------------


def test_scanned_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    if find_tesseract() is None:
        pytest.skip("tesseract with its Vietnamese model is missing: apt-get install tesseract-ocr tesseract-ocr-vie")
    raw = read_file(write_scanned_pdf(tmp_path / "scan.pdf", SAMPLES / "011.pdf"))
    assert raw.kind == "ocr"
    assert len(raw.pages) == 1
    text = all_text(raw)
    for phrase in ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "THÔNG BÁO", "Phó Chủ tịch UBND tỉnh Võ Phiên"):
        assert phrase in text
    assert raw.notes == ["pages read by OCR (tesseract, vie): 1"]


def test_scanned_pdf_without_ocr_tools_is_refused_naming_the_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loaders.read.pdf, "find_tesseract", lambda: None)
    path = write_scanned_pdf(tmp_path / "scan.pdf", SAMPLES / "014.pdf", dpi=72)
    assert refusal(path) == (
        f"{path}: the PDF has no text layer and OCR is not available: install tesseract-ocr and tesseract-ocr-vie."
    )


def test_ocr_really_looks_for_the_tesseract_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_tesseract() is None


def test_scanned_pdf_with_ocr_turned_off_is_refused(tmp_path: Path) -> None:
    path = write_scanned_pdf(tmp_path / "scan.pdf", SAMPLES / "014.pdf", dpi=72)
    assert "no text layer and OCR was turned off" in refusal(path, ocr=False)


def test_scanned_page_in_a_text_pdf_is_left_empty_with_a_note_when_ocr_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loaders.read.pdf, "find_tesseract", lambda: None)
    scanned = write_scanned_pdf(tmp_path / "scan.pdf", SAMPLES / "014.pdf", dpi=72)
    mixed = pdfium.PdfDocument(str(SAMPLES / "014.pdf"))
    mixed.import_pages(pdfium.PdfDocument(str(scanned)))
    mixed.save(str(tmp_path / "mixed.pdf"))
    raw = read_file(tmp_path / "mixed.pdf")
    assert len(raw.pages) == 2
    assert "Kính gửi" in nfc(raw.pages[0])
    assert raw.pages[1] == ""
    assert any("left empty" in note and note.endswith(": 2") for note in raw.notes)


# --- DOCX ---------------------------------------------------------------------------------------------------


def test_docx_reads_header_table_then_body_then_footer(tmp_path: Path) -> None:
    raw = read_file(write_official_docx(tmp_path / "công văn 12.docx"))
    assert raw.kind == "docx"
    assert len(raw.pages) == 1
    lines = [line for line in raw.pages[0].split("\n") if line.strip()]
    # The issuer cell stays readable line by line, and is not interleaved with the motto cell beside it.
    assert lines[:6] == ISSUER_CELL + MOTTO_CELL
    assert lines.index(RECIPIENT) < lines.index(BODY) < lines.index("\t".join(TASK_ROW))
    assert lines[-1] == FOOTER


def test_a_docx_task_table_gives_a_task_for_its_row(tmp_path: Path) -> None:
    from loaders.pipeline import extract_file

    graph = extract_file(write_official_docx(tmp_path / "công văn 12.docx"))
    table_task = [n for n in graph.nodes.values() if n.label == "Task" and n.properties["description"] == TASK_ROW[1]]
    assert [t.properties.get("deadline") for t in table_task] == ["2025-04-30"]
    leads = [e.target for e in graph.edges.values() if e.type == "ASSIGNED_TO" and e.source == table_task[0].id]
    assert leads == ["agency:sở tài nguyên môi trường quảng ngãi"]


def test_docx_with_entity_declarations_is_refused(tmp_path: Path) -> None:
    message = refusal(write_entity_docx(tmp_path / "entity.docx"))
    assert "declares a DTD or XML entities" in message


def test_zip_bomb_docx_is_refused_before_extraction(tmp_path: Path) -> None:
    message = refusal(write_zip_bomb_docx(tmp_path / "bomb.docx"))
    assert "compressed more than 100 times (a zip bomb?)" in message


def test_docx_too_large_when_unpacked_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loaders.read.word_docx, "MAX_UNCOMPRESSED_BYTES", 1_000_000)
    path = write_zip_bomb_docx(tmp_path / "big.docx", inflated_bytes=2_000_000)
    assert re.search(r"would unpack to \d+ MB, more than the limit of 1 MB \(a zip bomb\?\)", refusal(path))


def test_docx_with_broken_xml_is_refused(tmp_path: Path) -> None:
    path = write_official_docx(tmp_path / "broken.docx")
    rewrite_zip(path, path, {"word/document.xml": b"<?xml version='1.0'?><w:document xmlns:w='x'><w:body>"})
    assert "the DOCX is damaged" in refusal(path)


def test_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("report.txt", "Báo cáo")
    assert "zip archive but not a Word document" in refusal(path)


# --- DOC ----------------------------------------------------------------------------------------------------

DOC_FIXTURE = COMMITTED / "cong_van.doc"  # the official DOCX above, saved by LibreOffice as Word 97


def test_doc_is_read_with_catdoc(tmp_path: Path) -> None:
    if shutil.which("catdoc") is None:
        pytest.skip("catdoc is missing: apt-get install catdoc")
    # A name with spaces, Vietnamese and shell characters goes to catdoc unharmed.
    path = tmp_path / "công văn $(id) ; số 12.doc"
    shutil.copyfile(DOC_FIXTURE, path)
    raw = read_file(path)
    assert raw.kind == "doc"
    text = all_text(raw)
    for expected in (*ISSUER_CELL, RECIPIENT, BODY, FOOTER):
        assert expected in text


def test_doc_falls_back_to_libreoffice_without_catdoc(monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is missing: apt-get install libreoffice-writer-nogui")
    real_find_tool = loaders.read.word_doc.find_tool
    monkeypatch.setattr(
        loaders.read.word_doc, "find_tool", lambda name: None if name == "catdoc" else real_find_tool(name)
    )
    raw = read_file(DOC_FIXTURE)
    lines = [line for line in raw.pages[0].split("\n") if line.strip()]
    assert lines[:3] == ISSUER_CELL  # the header LibreOffice's own text export would drop
    assert RECIPIENT in lines and lines[-1] == FOOTER


def test_doc_without_catdoc_or_libreoffice_is_refused_naming_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loaders.read.word_doc, "find_tool", lambda name: None)
    message = refusal(DOC_FIXTURE)
    assert "catdoc" in message and "libreoffice" in message.lower()


def test_encrypted_office_file_is_refused(tmp_path: Path) -> None:
    # Office wraps a password-protected DOCX in an OLE2 container with an EncryptedPackage stream.
    content = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(600)
    message = refusal(write(tmp_path / "secret.docx", content))
    assert "encrypted and cannot be read without its password" in message


# --- HTML ---------------------------------------------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>Cổng thông tin</title>
<style>p {{ color: red }}</style><script>var menu = "Trang chủ";</script></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
<div><h1>THÔNG BÁO</h1>
<p>Kính gửi:   Sở Tài chính<br>Sở Xây dựng</p>
<table><tr><td>STT</td><td>Nội dung</td></tr><tr><td>1</td><td>Rà soát hồ sơ</td></tr></table>
<ul><li>Nơi nhận: Như trên;</li><li>Lưu: VT.</li></ul></div>
<!-- a comment that is not text --></body></html>"""


def test_html_keeps_blocks_as_lines_and_drops_script_style_and_nav(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "tin.html", HTML_PAGE.format(charset="utf-8").encode("utf-8")))
    assert raw.kind == "html"
    lines = [line for line in raw.pages[0].split("\n") if line.strip()]
    assert lines == [
        "THÔNG BÁO",
        "Kính gửi: Sở Tài chính",
        "Sở Xây dựng",
        "STT\tNội dung",
        "1\tRà soát hồ sơ",
        "Nơi nhận: Như trên;",
        "Lưu: VT.",
    ]


def test_html_in_windows_1258_is_decoded_by_its_meta_charset(tmp_path: Path) -> None:
    page = HTML_PAGE.format(charset="windows-1258")
    raw = read_file(write(tmp_path / "tin.htm", to_cp1258(page)))
    assert "Kính gửi: Sở Tài chính" in all_text(raw)
    assert "Nơi nhận: Như trên;" in all_text(raw)


def test_html_named_txt_is_read_as_html(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path / "saved page.txt", HTML_PAGE.format(charset="utf-8").encode()))
    assert raw.kind == "html"
    assert "var menu" not in raw.pages[0]
