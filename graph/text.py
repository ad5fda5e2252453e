"""Matching keys for Vietnamese names: the same key whatever the case, spacing or tone-mark placement.

The original text is always kept for display; these keys are only for comparing and indexing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Old-style tone placement ("hòa", "thủy") and new style ("hoà", "thuỷ") are both in use; map to one.
_OLD_TO_NEW_TONE = {
    "òa": "oà",
    "óa": "oá",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "òe": "oè",
    "óe": "oé",
    "ỏe": "oẻ",
    "õe": "oẽ",
    "ọe": "oẹ",
    "ùy": "uỳ",
    "úy": "uý",
    "ủy": "uỷ",
    "ũy": "uỹ",
    "ụy": "uỵ",
}
_TONE_RE = re.compile("|".join(_OLD_TO_NEW_TONE))
# (for printing a phrase both ways, each pair also opening on a capital: "Ủy ban", "Uỷ ban")
_PRINTED = {**_OLD_TO_NEW_TONE, **{old.capitalize(): new.capitalize() for old, new in _OLD_TO_NEW_TONE.items()}}
# (only where the syllable ends: "hoạch", "thuyết" place their mark one way only)
_PRINTED_RE = re.compile(f"(?:{'|'.join(_PRINTED)})(?!\\w)")
_PRINTED_BACK = {new: old for old, new in _PRINTED.items()}
_PRINTED_BACK_RE = re.compile(f"(?:{'|'.join(_PRINTED_BACK)})(?!\\w)")
_SPACE_RE = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=65536)
def tone_key(text: str) -> str:
    """Lower case, NFC, one tone placement, single spaces: "Uỷ ban" and "Ủy  ban" give the same key."""
    t = nfc(text).lower()
    # "qu" + "y" is never the old placement's "uy" diphthong target ("quý" is already new style)
    t = _TONE_RE.sub(lambda m: _OLD_TO_NEW_TONE[m.group(0)], t)
    return _SPACE_RE.sub(" ", t).strip()


def tone_placements(text: str) -> tuple[str, ...]:
    """``text`` as printed in either tone placement, each once: "Tòa án" and "Toà án", "Thủy" and "Thuỷ"."""
    one = _PRINTED_RE.sub(lambda m: _PRINTED[m.group(0)], text)
    other = _PRINTED_BACK_RE.sub(lambda m: _PRINTED_BACK[m.group(0)], text)
    return tuple(dict.fromkeys((text, one, other)))


def ascii_fold(text: str) -> str:
    """Lower case without diacritics, đ as d: the key full-text search uses on every store."""
    t = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    t = "".join(ch for ch in t if unicodedata.category(ch) != "Mn")
    return _SPACE_RE.sub(" ", t).strip()


def number_key(number: str) -> str:
    """A document number's key: no spaces, upper case, a Party number's hyphen optional."""
    t = nfc(number).upper().replace("Ð", "Đ")
    t = _SPACE_RE.sub("", t)
    return re.sub(r"^(\d+)-(?=[A-ZĐ])", r"\1", t)
