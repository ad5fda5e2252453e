"""Documents cited anywhere in the text: number, type, date and issuer, each with the words that say so."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from graph.text import tone_key
from loaders.extract.dates import DATE, DATE_AFTER, from_match
from loaders.extract.numbers import NUMBER, Number, parse
from loaders.lexicon import alternation, lexicon


@dataclass
class Citation:
    start: int  # of the type word when there is one, else of the number
    end: int  # after the number and its date
    number: Number
    num_start: int
    num_end: int
    type_code: str | None  # from the type word ("Kế hoạch" → KH)
    date: str | None


# the words that name a letter, or any document, with no type of their own
_LETTER_WORD_FORMS = ("văn bản", "Văn bản", "công văn", "Công văn")


def _type_word_re() -> re.Pattern[str]:
    names = list(lexicon().doc_type_by_name)
    words = names + [n.capitalize() for n in names] + [n.upper() for n in names]
    words += list(_LETTER_WORD_FORMS)
    # "Bản kết luận điều tra số …": the document's article before its type
    return re.compile(rf"(?:[Bb]ản\s+)?(?P<tw>{alternation(words)})\s+(?:{_QUALIFIER}\s+số\s*|(?:số\s*)?)$")


# what a type word may carry before "số": "Quyết định khởi tố vụ án hình sự số …", "Báo cáo kiểm toán số …",
# "Kết luận thanh tra số …", "Quyết định giải quyết khiếu nại lần hai số …"
_QUALIFIER = (
    r"(?:khởi tố(?: vụ án(?: hình sự)?| bị can)?|kiểm toán|thanh tra|kiểm tra|giám sát|điều tra|kết luận(?: thanh tra)?"
    r"|giải quyết khiếu nại(?: lần (?:đầu|hai))?|xử phạt vi phạm hành chính|kết quả kiểm toán|phối hợp|liên tịch"
    # a land or personnel decision by what it decides: "Quyết định thu hồi đất số …", "Quyết định kỷ luật số …"
    r"|thu hồi đất|giao đất|cho thuê đất|phê duyệt(?: dự án)?|thành lập|kỷ luật|cưỡng chế|chấp thuận chủ trương đầu tư"
    r"|hành động)"  # "Chương trình hành động số 31-CTr/TU"
)


_TYPE_WORD = None
_LETTER_WORDS = {tone_key(w) for w in _LETTER_WORD_FORMS}


def citations(text: str) -> Iterator[Citation]:
    global _TYPE_WORD
    if _TYPE_WORD is None:
        _TYPE_WORD = _type_word_re()
    for m in NUMBER.finditer(text):
        number = parse(m)
        if number is None:
            continue
        before = text[max(0, m.start() - 64) : m.start()]
        tw = _TYPE_WORD.search(before)
        start = m.start() - (len(before) - tw.start()) if tw else m.start()
        type_code = lexicon().doc_type_by_name.get(tone_key(tw.group("tw"))) if tw else None
        if number.doc_type == "TTr" and tw and tone_key(tw.group("tw")) in _LETTER_WORDS:
            # "Văn bản số 356/TTr-NV3": TTr is the inspectorate's own code here, not a Tờ trình
            number = replace(number, doc_type="CV", issuer_code="TTr")
        if tw is None and not re.search(r"(?:số|Số)\s*:?\s*$", before) and number.doc_type == "CV":
            # a bare "A/B-C" with neither a type word nor "số" is too often not a document
            continue
        date = None
        end = m.end()
        d = DATE_AFTER.match(text, m.end())
        if d:
            date = from_match(d)
            end = d.end()
        yield Citation(start, end, number, m.start(), m.end(), type_code, date)


# "…, ngày 10/11/2025, Sở Nội vụ đã ban hành Công văn số …", "ngày 27/11/2025 Sở Tư pháp ban hành Công văn số …":
# a date, who, and the verb that issues the document named right after it
_DATE_WHO_ISSUED = re.compile(
    r"[Nn]gày\s+" + DATE.pattern + r"\s*,?\s+[^.;:\n]{2,80}?\s(?:đã\s+)?(?:ký\s+)?(?:ban hành|có|ký|gửi|thông qua)"
    r"\s+(?:[^\s,.;]+\s+){0,3}?$"
)


def leading_date(text: str, clause_start: int, at: int) -> str | None:
    """'Ngày 21/6/2023, UBND thành phố ban hành Quyết định số …': the date a clause opens with."""
    m = re.match(r"\s*[-+•]?\s*(?:\w+\s+){0,3}?[Nn]gày\s+" + DATE.pattern + r"\s*,", text[clause_start:at])
    if m is None or not re.search(r"\b(?:ban hành|có|thông qua|ký|gửi|tại)\b", text[clause_start + m.end() : at]):
        m = _DATE_WHO_ISSUED.search(text, clause_start, at)
        if m is None:
            return None
        m = _DATE_WHO_ISSUED.match(text, m.start(), at)  # offsets relative to the text, as the check below needs
        if m is None:
            return None
        if any(parse(n) for n in NUMBER.finditer(text, m.end("y1") if m.group("y1") else m.end("y2"), at)):
            return None
        return from_match(m)
    # "Ngày 08/10/2024, Chính phủ ban hành Nghị định số 126 … thay thế Nghị định số 45/2010": the date is the
    # first document's; one named before this one takes it
    if any(parse(n) for n in NUMBER.finditer(text, clause_start + m.end(), at)):
        return None
    return from_match(m)
