"""The header of a document (Nghị định 30/2020 Phụ lục I; the Party's format): who issues it, its
number, place and date, type and subject line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.text import tone_key
from loaders.extract.bodies import UPPER, BodyMention, find_bodies, sentence_case
from loaders.extract.dates import PLACE_DATE, iso
from loaders.extract.numbers import NUMBER as NUMBER_RE
from loaders.extract.numbers import SELF_NUMBER, Number, parse
from loaders.lexicon import alternation, lexicon

_MOTTO = re.compile(
    r"CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|[-_=*]{3,}",
    re.IGNORECASE,
)
_CAPS_RUN = re.compile(rf"[{UPPER}][{UPPER}\s&,.\-–]*[{UPPER}]")
HEADER_LINES = 30


@dataclass
class Header:
    issuers: list[BodyMention]  # parent first, the issuer last
    number: Number | None
    number_span: tuple[int, int] | None
    date: str | None
    date_span: tuple[int, int] | None
    doc_type: str | None
    type_span: tuple[int, int] | None
    title: str | None
    end: int  # where the body text begins


def parse_header(text: str) -> Header:
    lines = text.split("\n")
    zone_end = sum(len(line) + 1 for line in lines[:HEADER_LINES])
    zone = text[:zone_end]

    number = number_span = None
    m = SELF_NUMBER.search(zone)
    if m:
        whole = NUMBER_RE.match(text, m.start("n")) if m.group("n") else None
        number = parse(whole) if whole else None
        number_span = (m.start(), m.end())
    date = date_span = None
    d = PLACE_DATE.search(zone)
    if d:
        date = iso(d.group("d"), d.group("m"), d.group("y"))
        date_span = (d.start(), d.end())

    # the issuer block: capitals before the number line (or the motto), parent above child
    block_end = min(x for x in (m.start() if m else None, d.start() if d else None, zone_end) if x is not None)
    if not m and not d:
        # no number or date line: only the capitals that open the file can be its issuer
        block_end = min(block_end, _leading_caps_end(text))
    issuers: list[BodyMention] = []
    for run in _CAPS_RUN.finditer(text, 0, block_end):
        chunk = run.group()
        if _MOTTO.fullmatch(chunk.strip()) or len(chunk) < 4:
            continue
        cleaned = _MOTTO.sub("\n", chunk)
        for part in _header_bodies(cleaned):
            offset = text.find(part, run.start())
            if offset < 0:
                continue
            readable = sentence_case(part.replace("\n", " "))
            issuers.extend(_shift(b, offset) for b in find_bodies(readable))
    # the doc type word in capitals ("BÁO CÁO", "QUYẾT ĐỊNH") and the subject beneath, or "V/v …"
    doc_type = type_span = None
    title = None
    for tm in re.finditer(rf"(?m)^\s*({alternation([n.upper() for n in lexicon().doc_type_by_name])})\s*$", zone):
        code = lexicon().doc_type_by_name.get(tone_key(tm.group(1)))
        if code and code != "CV":
            doc_type, type_span = code, (tm.start(1), tm.end(1))
            nxt = text[tm.end() :].lstrip("\n").split("\n", 1)[0].strip()
            if nxt and not SELF_NUMBER.match(nxt):
                title = f"{tm.group(1).strip().capitalize()} {nxt}".strip()
            break
    vv = re.search(r"V/[vV]\s+([^\n]+(?:\n(?![A-ZĐ][A-ZĐ ]+$|Kính gửi|Số|CỘNG)[^\n]{0,80}){0,3})", zone)
    if vv:
        title = re.sub(r"\s+", " ", vv.group(0)).strip()
        cut = re.split(r"\s(?:CỘNG|Kính gửi|[A-ZĐÀ-Ỹ][a-zà-ỹ]+,\s*ngày)", title)[0]
        title = cut.strip()
        if doc_type is None:
            doc_type = "CV"
    if number and number.doc_type != "CV":
        doc_type = number.doc_type
    elif m and not m.group("n"):
        code = re.sub(r"[\s/-]", " ", m.group("rest")).split()[0]
        if code in lexicon().doc_types:
            doc_type = code
    body_start = max([e for e in (number_span[1] if number_span else 0, date_span[1] if date_span else 0)])
    return Header(issuers, number, number_span, date, date_span, doc_type, type_span, title, body_start)


def _leading_caps_end(text: str) -> int:
    pos = 0
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) < 0.7:
            break
        pos += len(line) + 1
    return pos


def _header_bodies(chunk: str) -> list[str]:
    """Lines of an issuer block; a line that opens with a locality continues the line above."""
    lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
    out: list[str] = []
    for ln in lines:
        if out and re.match(r"(?:TỈNH|THÀNH PHỐ|QUẬN|HUYỆN|XÃ|PHƯỜNG|TRUNG ƯƠNG)\b", ln):
            out[-1] = out[-1] + "\n" + ln
        else:
            out.append(ln)
    return out


def _shift(b: BodyMention, offset: int) -> BodyMention:
    return BodyMention(b.start + offset, b.end + offset, b.surface, b.name, b.label, b.needs_locality)
