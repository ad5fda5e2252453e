"""The header of a document (Nghị định 30/2020 Phụ lục I; the Party's format): who issues it, its
number, place and date, type and subject line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from graph.text import tone_key
from loaders.extract.bodies import UPPER, BodyMention, find_bodies, head_re, locality_of, not_body_re, sentence_case
from loaders.extract.context import line_start_matches
from loaders.extract.dates import PLACE_DATE, iso
from loaders.extract.numbers import NUMBER as NUMBER_RE
from loaders.extract.numbers import SELF_NUMBER, Number, parse
from loaders.lexicon import alternation, lexicon

_MOTTO = re.compile(
    r"CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|[-_=*]{3,}",
    re.IGNORECASE,
)
_CAPS_RUN = re.compile(rf"[{UPPER}][{UPPER}\s&,.\-–'’]*[{UPPER}]")  # ("HUYỆN CƯ M'GAR")
HEADER_LINES = 30


@cache
def _type_line_re() -> re.Pattern[str]:
    """A line holding only a document type in capitals: "BÁO CÁO", "QUYẾT ĐỊNH"."""
    # with the kind of meeting or review it records: "BIÊN BẢN LÀM VIỆC", "BÁO CÁO THẨM TRA", "KẾ HOẠCH LIÊN TỊCH",
    # "KẾT LUẬN THANH TRA"
    kinds = r"(?:\s+(?:LÀM VIỆC|CUỘC HỌP|HỌP|HỘI NGHỊ|TÓM TẮT|LIÊN TỊCH|PHỐI HỢP|THẨM TRA|GIÁM SÁT|KIỂM TRA"
    kinds += r"|THANH TRA))?"
    return re.compile(rf"(?m)^\s*({alternation([n.upper() for n in lexicon().doc_type_by_name])}){kinds}\s*$")


def _type_lines(zone: str) -> Iterator[re.Match[str]]:
    """``_type_line_re().finditer(zone)``, tried only where its "^" can match: at the start of a line."""
    return line_start_matches(_type_line_re(), zone)


_LAST_WORDS = re.compile(rf"(?<![\wĐđ-])[{UPPER}][a-zà-ỹđ]*(?: [{UPPER}][a-zà-ỹđ]*){{0,3}}$")


def _place_date(zone: str) -> re.Match[str] | None:
    """``PLACE_DATE.search(zone)``, started late: a match has a comma at most 41 characters after its start,
    then "ngày" after white space only; so none starts before 41 characters ahead of the first such comma."""
    at = zone.find("ngày")
    while at >= 0:
        comma = at
        while comma > 0 and zone[comma - 1].isspace():
            comma -= 1
        if comma > 0 and zone[comma - 1] == ",":
            return PLACE_DATE.search(zone, max(0, comma - 1 - 41))
        at = zone.find("ngày", at + 1)
    return None


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
    title_span: tuple[int, int] | None = None
    joint: list[BodyMention] = field(default_factory=list)  # the other issuers of a joint document's header
    place: str | None = None  # where it was signed: "Vị Thanh" of "Vị Thanh, ngày 18 tháng 9 năm 2024"


def parse_header(text: str) -> Header:
    lines = text.split("\n", HEADER_LINES)  # the header's lines, and the rest of the text in one
    zone_end = sum(len(line) + 1 for line in lines[:HEADER_LINES])
    zone = text[:zone_end]

    number = number_span = None
    m = SELF_NUMBER.search(zone)
    if m:
        whole = NUMBER_RE.match(text, m.start("n")) if m.group("n") else None
        number = parse(whole) if whole else None
        number_span = (m.start(), m.end())
    date = date_span = signed_at = None
    d = _place_date(zone)
    if d:
        date = iso(d.group("d") or d.group("nd"), d.group("m") or d.group("nm"), d.group("y") or d.group("ny"))
        date_span = (d.start(), d.end())
        signed_at = _LAST_WORDS.search(d.group("place"))

    # the issuer block: capitals before the number line (or the motto), parent above child
    # (a place after the issuer's capitals on their line, "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH Trà Vinh, ngày …", begins
    # at its own words)
    place = _CAPS_THEN_PLACE.match(d.group("place")) if d else None
    d_start = d.start() + place.end() if d and place else d.start() if d else None
    block_end = min(x for x in (m.start() if m else None, d_start, zone_end) if x is not None)
    if not m and not d:
        # no number or date line: only the capitals that open the file can be its issuer
        block_end = min(block_end, _leading_caps_end(text))
    parts: list[tuple[str, int]] = []
    # the motto blanked out (offsets kept): where the two columns share lines it would cut the issuer's name in two
    # ("… ĐẦU TƯ XÂY DỰNG Độc lập - Tự do - Hạnh phúc / CÁC CÔNG TRÌNH …") or lend it its first capital ("HUYỆN
    # THANH CHƯƠNG      Độc lập …"), and no run of capitals read below holds it
    masked = _MOTTO.sub(lambda mm: " " * len(mm.group()), text[:block_end])
    for run in _CAPS_RUN.finditer(masked, 0, block_end):
        chunk = run.group()
        if len(chunk) < 4:
            continue
        parts += _header_bodies(chunk, text, run.start())
    pieces = [piece for part in parts for piece in _side_by_side(*part)]
    stacks = _stacks(pieces)
    issuers, joint = stacks[0], [stack[-1] for stack in stacks[1:]]
    # "SỞ XÂY DỰNG - SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG": the second department issues beside the first, under one parent
    seconds = {offset for part in parts if len(split := _side_by_side(*part)) == 2 for _, offset in split[1:]}
    if seconds:
        joint = [b for b in issuers if b.start in seconds] + joint
        issuers = [b for b in issuers if b.start not in seconds]
    # the doc type word in capitals ("BÁO CÁO", "QUYẾT ĐỊNH") and the subject beneath, or "V/v …"
    doc_type = type_span = None
    title = None
    title_span: tuple[int, int] | None = None
    for tm in _type_lines(zone):
        code = lexicon().doc_type_by_name.get(tone_key(tm.group(1)))
        if code and code != "CV":
            doc_type, type_span = code, (tm.start(1), tm.end(1))
            lines_after = text[tm.end() :].lstrip("\n").split("\n", 2)
            nxt = lines_after[0].strip()
            at = text.find(nxt, tm.end()) if nxt else -1
            after = lines_after[1].strip() if len(lines_after) > 1 else ""
            if nxt.isupper() and after[:1].islower():
                # "KẾT LUẬN / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về …": the subject is on the line after whose it is
                nxt = f"{nxt} {after}"
            nxt = PLACE_DATE.split(nxt)[0].strip() if PLACE_DATE.search(nxt) else nxt
            if nxt and not SELF_NUMBER.match(nxt) and at >= 0:
                end = at + len(nxt)
                # a subject wrapped over lines: "Kết quả … tại Dự án Khu dân cư / Tây Sông Hậu theo chỉ đạo …"
                while (more := _SUBJECT_GOES_ON.match(text, end)) is not None and end - at < 300:
                    end = more.end()
                title = f"{tm.group(1).strip().capitalize()} {re.sub(r'\s+', ' ', text[at:end])}".strip()
                title_span = (at, end)
            break
    vv = re.search(r"V/[vV]\s+([^\n]+(?:\n(?![A-ZĐ][A-ZĐ ]+$|Kính gửi|Số|CỘNG|Căn cứ)[^\n]{0,80}){0,3})", zone)
    if vv:
        # the subject is what follows "V/v" (về việc, "regarding")
        title = re.sub(r"\s+", " ", vv.group(1)).strip()
        if d and vv.start() < d.start() < vv.end():
            title = re.sub(
                r"\s+", " ", text[vv.start(1) : d.start()]
            ).strip()  # the place of the date line is not the subject's
        cut = re.split(r"\s(?:CỘNG|Kính gửi|Căn cứ|[A-ZĐÀ-Ỹ][a-zà-ỹ]+,\s*ngày)", title)[0]
        title = _without_authority(cut.strip(), issuers)
        title_span = (vv.start(1), vv.end(1))
        if d and vv.start() < d.start() < vv.end():
            title_span = (vv.start(1), d.start())  # the subject ends where the place and date begin
        if doc_type is None:
            doc_type = "CV"
    if number and number.doc_type != "CV":
        doc_type = number.doc_type
    elif m and not m.group("n"):
        code = re.sub(
            r"[\s/-]", " ", m.group("rest")[m.end("year") - m.start("rest") if m.group("year") else 0 :]
        ).split()[0]
        if code in lexicon().doc_types:
            doc_type = code
    body_start = max([e for e in (number_span[1] if number_span else 0, date_span[1] if date_span else 0)])
    return Header(
        issuers,
        number,
        number_span,
        date,
        date_span,
        doc_type,
        type_span,
        title,
        body_start,
        title_span,
        joint,
        signed_at.group() if signed_at else None,
    )


# a body's governing organ, printed on its own line above the body's name: "BAN CHẤP HÀNH / HỘI NÔNG DÂN TỈNH …"
_ORGAN_LINE = re.compile(r"(?:Ban Chấp hành|Ban Thường vụ|BCH)(?: Trung ương)?", re.IGNORECASE)


# "SỞ XÂY DỰNG - SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG": two departments issuing together, printed on one line
_TWO_ON_A_LINE = re.compile(r"((?:SỞ|BỘ) [^\n-]+?)\s+[-–]\s+((?:SỞ|BỘ) [^\n-]+)")


def _side_by_side(part: str, offset: int) -> list[tuple[str, int]]:
    m = _TWO_ON_A_LINE.fullmatch(part.strip())
    if m is None:
        return [(part, offset)]
    lead = len(part) - len(part.lstrip())
    return [(m.group(1), offset + lead + m.start(1)), (m.group(2), offset + lead + m.start(2))]


def _stacks(parts: list[tuple[str, int]]) -> list[list[BodyMention]]:
    """The issuer blocks of a header, parent above child; a joint document prints one per issuer side by side,
    which the text layer reads one after the other ("UBND TỈNH AN GIANG / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" then
    "BAN CHẤP HÀNH / HỘI NÔNG DÂN TỈNH AN GIANG"). A second block begins at a governing organ's line with a body
    named under it, or at a body of the same kind as the head of the block before ("BỘ TÀI CHÍNH / BỘ NỘI VỤ")."""
    stacks: list[list[BodyMention]] = [[]]
    for i, (part, offset) in enumerate(parts):
        line = sentence_case(part.replace("\n", " "))
        if _ORGAN_LINE.fullmatch(line) and not _THE_CENTRE.search(line) and i + 1 < len(parts):
            # the organ of the body on the next line, not a unit of the body above
            if stacks[-1]:
                stacks.append([])
            continue
        current = stacks[-1]
        found = _issuer_line(part, offset, current[-1] if current else None)
        if found and current and _beside(found[0], current):
            stacks.append([])
            found = _issuer_line(part, offset, None)
        stacks[-1].extend(found)
    return [stack for stack in stacks if stack] or [[]]


def _beside(body: BodyMention, stack: list[BodyMention]) -> bool:
    """Whether a header body opens a block of its own beside ``stack``: the parent named again ("UBND TỈNH AN
    GIANG" over a second Sở), or a second ministry or department heading the block ("BỘ TÀI CHÍNH / BỘ NỘI VỤ").
    A national association over its province's ("HỘI NÔNG DÂN VIỆT NAM / HỘI NÔNG DÂN TỈNH …") and a ministry
    over its command ("BỘ QUỐC PHÒNG / BỘ TỔNG THAM MƯU") are parent and child."""
    key = tone_key(body.name)
    if any(tone_key(b.name) == key for b in stack):
        return True
    if _function_head(stack[0].name) and _PEOPLES_BODY.match(body.name):
        return True  # "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG / ỦY BAN NHÂN DÂN THỊ XÃ …": no committee is a department's unit
    return _function_head(body.name) is not None and _function_head(body.name) == _function_head(stack[0].name)


_PEOPLES_COMMITTEE = r"(?:Ủy|Uỷ) ban nhân dân "
_PEOPLES_BODY = re.compile(rf"{_PEOPLES_COMMITTEE}|Hội đồng nhân dân ")


def _function_head(name: str) -> str | None:
    """ "bộ" for "Bộ Tài chính", "sở" for "Sở Nội vụ tỉnh …": a ministry or department named by its function."""
    m = re.match(r"(Bộ|Sở) (.+)", name)
    if not m:
        return None
    rest = tone_key(m.group(2))
    return m.group(1) if any(rest == f or rest.startswith(f + " ") for f in lexicon().function_by_key) else None


def _without_authority(title: str, issuers: list[BodyMention]) -> str:
    """A decision names its authority in capitals after the subject ("… TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH
    KON TUM", then "Căn cứ …"): a text that lost its line breaks runs the two together."""
    for issuer in issuers:
        for name in {issuer.surface.upper(), issuer.name.upper()}:
            if len(title) > len(name) and title.upper().endswith(" " + name):
                return title[: -len(name)].rstrip()
    return title


def _leading_caps_end(text: str) -> int:
    pos = 0
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) < 0.7:
            break
        pos += len(line) + 1
    return pos


def _header_bodies(chunk: str, text: str, start: int) -> list[tuple[str, int]]:
    """(name, offset) of each body of an issuer block. A line that does not open with a body's head word
    ("TỈNH QUẢNG NGÃI", "THƯƠNG MẠI VÀ DU LỊCH") continues the line above; the name keeps the line
    break, which ``_issuer_line`` reads as a space."""
    out: list[tuple[str, int]] = []
    cursor = start
    for ln in (ln.strip() for ln in chunk.split("\n")):
        if sum(c.isalpha() for c in ln) < 3:
            continue  # "*" under a Party committee, a letter cut off the motto
        at = text.find(ln, cursor)
        if at < 0:
            continue
        cursor = at + len(ln)
        # "HỘI ĐỒNG NHÂN DÂN / TỈNH BÌNH ĐỊNH / THƯỜNG TRỰC": a unit under the body above is a line of its own
        opens = head_re().match(sentence_case(ln)) or _UNIT_UNDER_PARENT.fullmatch(sentence_case(ln))
        if out and _ORGAN_OF_NEXT.fullmatch(sentence_case(out[-1][0])):
            # "BAN CÁN SỰ ĐẢNG / ỦY BAN NHÂN DÂN TỈNH": the Party's organ in that body, one name on two lines
            out[-1] = (out[-1][0] + "\n" + ln, out[-1][1])
        elif out and not opens and "\n" not in text[out[-1][1] + len(out[-1][0]) : at]:
            out[-1] = (out[-1][0] + " " + ln, out[-1][1])
        elif out and not opens:
            out[-1] = (out[-1][0] + "\n" + ln, out[-1][1])
        else:
            out.append((ln, at))
    return out


_COUNCIL_OR_COMMITTEE = re.compile(r"^(?:Hội đồng nhân dân|Tỉnh [uủ]ỷ|Thành [uủ]ỷ|Huyện [uủ]ỷ|Đảng [uủ]ỷ)", re.I)
_CAPS_THEN_PLACE = re.compile(r"(?:[A-ZĐÀ-Ỹ]{2,}[ \t]+)+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
_PARTY_COMMITTEE_HEAD = re.compile(r"(?:Huyện|Quận|Thị|Thành|Tỉnh) [uủ][ỷy]|Đảng [uủ][ỷy](?: (?:xã|phường|thị trấn))?")
_PLACE_WORDS = re.compile(rf"(?: [{UPPER}][\wĐđ]*){{1,4}}")
_NAME_GOES_ON = re.compile(r"\s*(?:,\s*|\s+và\s+|\s+[-–]\s+)[a-zà-ỹđ]")  # "BAN VĂN HÓA - XÃ HỘI"


_ORGAN_OF_NEXT = re.compile(r"Ban cán sự đảng|Đảng đoàn", re.IGNORECASE)
_THE_CENTRE = re.compile(r"Trung ương")  # "BAN CHẤP HÀNH TRUNG ƯƠNG": the Party's central committee, a parent
_UNIT_UNDER_PARENT = re.compile(r"Văn phòng|Thanh tra|Thường trực|Ban [^\s]+(?: [^\s]+)?|[UỦ][yỷ] ban [Kk]iểm tra")


# the next line of a subject: short, not ending a sentence above, and not what opens a document's body or its
# next part ("Kính gửi", "Căn cứ", "Ngày 17/4/2025, …", a numbered item, a line of capitals, a rule)
_SUBJECT_GOES_ON = re.compile(
    r"(?<![.:;])[ \t]*\n(?![ \t]*(?:Kính gửi|Căn cứ|Thực hiện|Ngày|Tại|Theo|Xét|Trong|Năm|Sau|Qua|Vừa qua|Hôm nay"
    r"|Nơi nhận|Phần|Điều|Chương|Mục|[IVX]+\.|\d|[-+•*_=]|[A-ZĐÀ-Ỹ]{2,}[ \t]+[A-ZĐÀ-Ỹ]{2,}|\s))"
    r"[ \t]*[^\n]{3,90}(?=\n)"
)


def _issuer_line(part: str, offset: int, parent: BodyMention | None) -> list[BodyMention]:
    """The body one header line names. Its place in the header is the evidence that it is a body, so a
    name the finders do not know is still taken whole; a bare unit ("VĂN PHÒNG") belongs to the parent."""
    readable = sentence_case(part.replace("\n", " "))
    end = offset + len(part)
    if tone_key(readable) in lexicon().doc_type_by_name or not_body_re().match(readable):
        return []  # "BÁO CÁO": the document's type, not its issuer
    # a unit printed under its parent, named only by the parent: "HUYỆN ỦY KRÔNG PẮC / ỦY BAN KIỂM TRA" is the
    # inspection commission of that district's Party committee, whatever other commissions the text names
    if parent is not None and _UNIT_UNDER_PARENT.fullmatch(readable):
        # (under "BAN CHẤP HÀNH TRUNG ƯƠNG", the Party's central organs: "Ủy ban Kiểm tra Trung ương")
        central = tone_key(parent.name) == "ban chấp hành trung ương"
        name = f"{readable} Trung ương" if central else f"{readable} {parent.name}"
        return [BodyMention(offset, end, readable, name, "Agency", parent.needs_locality)]
    if _MOTTO.search(part) or SELF_NUMBER.search(part) or not head_re().match(readable):
        return [_shift(b, offset) for b in find_bodies(readable)]
    found = [_shift(b, offset) for b in find_bodies(readable)]
    # a province's steering committee or council, under its People's Committee, is that province's
    local = parent is not None and (parent.needs_locality or locality_of(parent.name) is not None)
    if found and found[0].end - found[0].start >= len(readable) - 3:
        whole = found[0]
        # (named whole under its province's People's Committee: "UBND TỈNH LÂM ĐỒNG / TRUNG TÂM XÚC TIẾN …")
        # (or under its office: "VĂN PHÒNG UBND TỈNH THANH HÓA / BAN TIẾP CÔNG DÂN" is the province's board)
        provincial = (
            parent is not None
            and re.match(rf"(?:Văn phòng )?{_PEOPLES_COMMITTEE}", parent.name)
            and locality_of(parent.name)
        )
        if provincial and len(found) == 1 and whole.label == "Agency" and locality_of(whole.name) is None:
            return [replace(whole, needs_locality=True)]
        return found
    rest = readable[len(found[0].surface) :] if len(found) == 1 and found[0].start == offset else ""
    if rest and _PARTY_COMMITTEE_HEAD.fullmatch(found[0].name) and _PLACE_WORDS.fullmatch(rest):
        # "HUYỆN UỶ TRẦN VĂN THỜI", "QUẬN UỶ LÊ CHÂN": on the issuer's line, the place is the committee's, whatever
        # person it was named after
        b = found[0]
        return [BodyMention(offset, end, readable, b.name + rest, b.label, False)]
    if rest and readable.startswith(found[0].surface) and _NAME_GOES_ON.match(rest) and len(rest.split()) <= 6:
        # "HỘI ĐỒNG THẨM ĐỊNH, / ĐÁNH GIÁ CHỈ SỐ CCHC": the header's lines are the whole name, commas and all,
        # where a sentence's rules would stop at the comma
        b = found[0]
        name = b.name + rest
        if parent is not None and name.startswith("Ban ") and _COUNCIL_OR_COMMITTEE.search(parent.name):
            # "HĐND TỈNH QUẢNG TRỊ / BAN KINH TẾ - NGÂN SÁCH": the council's committee is named with its council
            return [BodyMention(offset, end, readable, f"{name} {parent.name}", b.label, parent.needs_locality)]
        return [BodyMention(offset, end, readable, name, b.label, b.needs_locality or local)]
    if found:
        return found
    if len(readable.split()) >= 2 and not re.search(r"\d", readable):
        return [BodyMention(offset, end, readable, readable, "Agency", local)]
    return []


def _shift(b: BodyMention, offset: int) -> BodyMention:
    return BodyMention(b.start + offset, b.end + offset, b.surface, b.name, b.label, b.needs_locality)
