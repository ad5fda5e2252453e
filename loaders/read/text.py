"""Plain text: bytes to a string, whatever encoding a Vietnamese office saved it in."""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from loaders.errors import LoaderError
from loaders.read.legacy_encodings import (
    UNICODE_VIETNAMESE,
    WORD,
    AmbiguousLegacyText,
    detect_legacy_encoding,
)

BINARY_REASON = "the file looks like binary data, not text"

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32 little-endian mark begins with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.02

# Windows-1258 is taken when this share of words carries a letter only Vietnamese has.
_MIN_VIETNAMESE_WORD_SHARE = 0.1

# Windows-1252 leaves five bytes undefined; Latin-1's control characters stand in for them, so decoding never
# fails and every byte stays one character (which the legacy tables rely on).
_LATIN1_FALLBACK = "chidao-latin1-fallback"


def _undefined_byte_as_latin1(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_LATIN1_FALLBACK, _undefined_byte_as_latin1)


def looks_binary(data: bytes) -> bool:
    """True for data no text editor would have written: NUL bytes, or many other control bytes."""
    if not data:
        return False
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls / len(data) > _MAX_CONTROL_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    """Which UTF-16 byte order the data is in when it has no BOM, judged by where the NULs of ASCII sit."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _decode_cp1252_leniently(data: bytes) -> str:
    return data.decode("cp1252", errors=_LATIN1_FALLBACK)


def _vietnamese_word_share(text: str) -> float:
    words = len(WORD.findall(text))
    return len(UNICODE_VIETNAMESE.findall(text)) / words if words else 0.0


def _decode_single_byte(data: bytes, path: str | Path) -> tuple[str, str]:
    """Bytes that are not UTF-8: a legacy font encoding, Windows-1258, Windows-1252, or what charset_normalizer
    makes of them."""
    as_cp1252 = _decode_cp1252_leniently(data)
    try:
        legacy = detect_legacy_encoding(as_cp1252)
    except AmbiguousLegacyText:
        # The caller's legacy check sees the same text and refuses it with the reason.
        return as_cp1252, "cp1252"
    if legacy is not None:
        return as_cp1252, "cp1252"
    try:
        as_cp1258 = data.decode("cp1258")
    except UnicodeDecodeError:
        as_cp1258 = None
    if as_cp1258 is not None and _vietnamese_word_share(as_cp1258) >= _MIN_VIETNAMESE_WORD_SHARE:
        return as_cp1258, "cp1258"
    try:
        # What Windows writes for Western languages; short texts fool statistical guessers.
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise LoaderError(
            path,
            "the text encoding could not be recognised (it is not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)",
        )
    return str(best), best.encoding


def decode_text(data: bytes, path: str | Path) -> tuple[str, str]:
    """The text and the name of the encoding it was read in. Legacy font encodings are converted later, for
    every kind of file alike (see legacy_encodings)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError:
                name = encoding.split("-le")[0].split("-be")[0].upper()
                raise LoaderError(
                    path, f"the file starts with a {name} byte-order mark but is not valid {name}"
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = None
        # Binary formats have NULs in every other byte too; real UTF-16 text decodes to few controls.
        if text is not None and not looks_binary(text.encode("utf-8", "replace")):
            return text, utf16
    if looks_binary(data):
        raise LoaderError(path, BINARY_REASON)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _decode_single_byte(data, path)


def split_pages(text: str) -> list[str]:
    """Pages split at form feeds (as pdftotext and catdoc write them); line ends become \\n."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages
