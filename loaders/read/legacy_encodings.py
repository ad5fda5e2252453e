"""Vietnamese typed in the legacy font encodings TCVN3 (ABC) and VNI, recognised and turned into Unicode.

Before Unicode, Vietnamese offices typed with fonts (".VnTime", "VNI-Times") that draw Vietnamese letters
in place of Latin-1 ones. The bytes, or the characters Word stored, are then ordinary Latin-1:
"Uû ban nh©n d©n" (TCVN3) and "UÛy ban nhaân daân" (VNI) both mean "Uỷ ban nhân dân". Such text arrives
from old .txt files, from DOC/DOCX set in those fonts, and from PDFs made from them, so the check runs on
every reader's output. The tables live in legacy_vn.json.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Literal

LegacyEncoding = Literal["tcvn3", "vni"]

ENCODING_NAMES: dict[LegacyEncoding, str] = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}

# Letters that exist only in Vietnamese Unicode (or its combining tone marks): a line holding one of them is
# already Unicode and is left alone, which keeps documents that mix Unicode and legacy fonts intact.
UNICODE_VIETNAMESE = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0303\u0309\u0323]"
)

# TCVN3 puts common letters (â, ô, ơ, ư, đ, à, á ...) on Latin-1 symbols, which no real word contains.
# Þ (ị) is left out: Windows-1258 keeps its combining tilde there, so it fills cp1258 text too.
_TCVN3_SYMBOLS = "¨©ª«¬\u00ad®µ¶·¸¹»¼½¾×ß"
# Its lowercase ế, í, ệ ... sit on Latin-1 capitals, so "KÝnh", "ViÖt" show a capital after a small letter.
# Ì, Ò and Þ are left out for the same reason as above (Windows-1258's combining grave, hook and tilde).
_TCVN3_CAPITALS_AS_SMALL = "ÆÇÈÉÊËÎÏÐÑÓÔÕÖØÜÝ"
_TCVN3_MARK = re.compile(
    f"(?<=[A-Za-z])[{_TCVN3_SYMBOLS}]|[{_TCVN3_SYMBOLS}](?=[A-Za-z])|(?<=[a-z])[{_TCVN3_CAPITALS_AS_SMALL}]"
)

# VNI writes a plain vowel followed by a modifier byte; only the pairs VNI can produce are counted, in one
# case, so that French "où" or Portuguese "ão" in a Latin-1 text stay rare hits.
_VNI_LOWER = "[aeouy][ùøûõï]|[aeo][âáàåãä]|a[êéèúüë]|[ôö][ùøûõï]|ñ[aeiouyôö]"
_VNI_MARK = re.compile(f"{_VNI_LOWER}|{_VNI_LOWER.upper()}")

WORD = re.compile(r"[^\W\d_]+")
_ASCII_LOWER = re.compile("[a-z]")
_SMALL_THEN_CAPITAL = re.compile(r"[^\W\d_A-Z][A-Z]")
# A converted small letter among capitals ("TỉNH", "ủY"), which ordinary text never has: only such lines
# need the capitals restored, which keeps long files fast.
_SMALL_AMONG_CAPITALS = re.compile(r"[A-Z][^\W\d_a-z]*[^\x00-\x7f\W\d_][^\W\d_a-z]*[A-Z]|[^\x00-\x7f\W\d_][A-Z]")

# Below this share of words carrying a mark, a few stray symbols are noise rather than a legacy font.
_MIN_MARKED_WORD_SHARE = 0.1
_MIN_MARKS = 2
_SAMPLE_CHARS = 1_000_000


class AmbiguousLegacyText(ValueError):
    """The text shows marks of both TCVN3 and VNI, so neither conversion can be trusted."""


@cache
def _tables() -> dict[str, dict[str, str]]:
    raw = resources.files(__package__).joinpath("legacy_vn.json").read_text(encoding="utf-8")
    tables: dict[str, dict[str, str]] = json.loads(raw)
    return tables


@cache
def _vni_mapping() -> tuple[re.Pattern[str], dict[str, str]]:
    mapping = dict(_tables()["vni"])
    # A capital typed with a lowercase modifier glyph ("Uûy") reads as "UÛy": the base decides the case.
    for sequence, unicode in list(mapping.items()):
        if len(sequence) == 2:
            mapping.setdefault(sequence[0] + sequence[1].swapcase(), unicode)
    pairs = [sequence for sequence in mapping if len(sequence) == 2]
    bases = "".join(sorted({pair[0] for pair in pairs}))
    modifiers = "".join(sorted({pair[1] for pair in pairs}))
    singles = "".join(sorted(sequence for sequence in mapping if len(sequence) == 1))
    # A pair is tried before a single byte, so "ôù" (ớ) wins over "ô" (ơ). Character classes, not an
    # alternation of every sequence, keep this linear and fast on long files.
    return re.compile(f"[{bases}][{modifiers}]|[{singles}]"), mapping


def _candidate_sample(text: str) -> str:
    """The lines that are not Unicode Vietnamese, up to a sample size that is plenty to judge by."""
    sample: list[str] = []
    size = 0
    for line in text.splitlines():
        if not UNICODE_VIETNAMESE.search(line):
            sample.append(line)
            size += len(line)
            if size > _SAMPLE_CHARS:
                break
    return "\n".join(sample)


def detect_legacy_encoding(text: str) -> LegacyEncoding | None:
    """Which legacy font encoding the text is in, or None when it reads as Unicode (or as another language).

    Raises AmbiguousLegacyText when the marks of both encodings are frequent.
    """
    lines = [line for line in text.splitlines() if WORD.search(line)]
    if lines and sum(1 for line in lines if UNICODE_VIETNAMESE.search(line)) > len(lines) / 2:
        # a Unicode document: its lines without ơ/ư/ạ… ("Tán thành hoàn toàn") are Unicode too
        return None
    candidate = _candidate_sample(text)
    if not candidate:
        return None
    words = len(WORD.findall(candidate))
    tcvn3 = len(_TCVN3_MARK.findall(candidate))
    vni = len(_VNI_MARK.findall(candidate))
    best = max(tcvn3, vni)
    if best < _MIN_MARKS or best < _MIN_MARKED_WORD_SHARE * words:
        return None
    if min(tcvn3, vni) * 2 > best:
        raise AmbiguousLegacyText(f"{tcvn3} TCVN3 marks and {vni} VNI marks")
    return "tcvn3" if tcvn3 > vni else "vni"


def _is_shouted(word: str) -> bool:
    """Capitals only, or a capital after a small letter ("ủY"): a word typed in a capitals-only font."""
    if _ASCII_LOWER.search(word):
        return False
    return sum(char.isupper() for char in word) >= 2 or bool(_SMALL_THEN_CAPITAL.search(word))


def _restore_capitals_in_line(line: str) -> str:
    matches = list(WORD.finditer(line))
    words = [match.group() for match in matches]
    shouted = [_is_shouted(word) for word in words]
    out: list[str] = []
    position = 0
    for index, match in enumerate(matches):
        word = words[index]
        capitalise = shouted[index]
        if not capitalise and not word.isascii() and not _ASCII_LOWER.search(word) and word[0].isupper():
            # "Xã" in "CỘNG HÒA Xã HỘI" is the capital X and the small code of ã: capitalised when a word next
            # to it, with only spaces between, is shouted. "Số" in "Số: 12/UBND" stays as it is.
            before = index > 0 and shouted[index - 1] and not line[matches[index - 1].end() : match.start()].strip()
            after = (
                index + 1 < len(matches)
                and shouted[index + 1]
                and not line[match.end() : matches[index + 1].start()].strip()
            )
            capitalise = before or after
        out.append(line[position : match.start()])
        out.append(word.upper() if capitalise else word)
        position = match.end()
    out.append(line[position:])
    return "".join(out)


def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 has codes for few capitals (Ă Â Ê Ô Ơ Ư Đ): a capital Ủ was typed as the small ủ in a capitals-only
    ".VnTimeH" font. So words among capitals ("ñY BAN", "TØNH") are put in capitals; a word typed all in
    lowercase codes cannot be told from lowercase text and stays as it is."""
    table = _tables()["tcvn3"]
    # A list comprehension is three times faster than str.translate with a table of non-ASCII characters.
    converted = "".join([table.get(char, char) for char in text])
    return "".join(
        _restore_capitals_in_line(line) if _SMALL_AMONG_CAPITALS.search(line) else line
        for line in converted.splitlines(keepends=True)
    )


def vni_to_unicode(text: str) -> str:
    pattern, mapping = _vni_mapping()

    def replace(match: re.Match[str]) -> str:
        sequence = match.group()
        if sequence in mapping:
            return mapping[sequence]
        # A base before a byte that does not modify it (say "uâ"): the base alone may still be a VNI letter.
        return mapping.get(sequence[0], sequence[0]) + sequence[1:]

    return pattern.sub(replace, text)


def convert_legacy(text: str, encoding: LegacyEncoding) -> str:
    """Convert the lines that are not already Unicode Vietnamese; line breaks are kept as they were."""
    convert = tcvn3_to_unicode if encoding == "tcvn3" else vni_to_unicode
    if not UNICODE_VIETNAMESE.search(text):
        return convert(text)
    lines = text.splitlines(keepends=True)
    return "".join(line if UNICODE_VIETNAMESE.search(line) else convert(line) for line in lines)


def unicode_to_legacy(text: str, encoding: LegacyEncoding) -> str:
    """The reverse conversion, for tests: real sentences typed as an old office would have typed them.

    Capitals without a TCVN3 code are written with their lowercase code, as typed in the ".VnTimeH" fonts.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        reverse = {unicode: legacy for legacy, unicode in _tables()["tcvn3"].items()}
        return "".join(reverse.get(char, reverse.get(char.lower(), char)) for char in text)
    reverse = {}
    for legacy, unicode in _tables()["vni"].items():
        reverse.setdefault(unicode, legacy)
    return "".join(reverse.get(char, char) for char in text)
