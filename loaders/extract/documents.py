"""Documents: the file's own, every one it cites, who issued each, and how they tie to each other."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache

from graph.text import ascii_fold, number_key, tone_key
from loaders.extract.bodies import (
    CHIEF_POST,
    UPPER,
    BodyMention,
    Locality,
    central_body,
    city_of,
    locality_of,
    province_mentions,
    scope,
    sentence_case,
    unit_of,
)
from loaders.extract.context import SHORT_NAME_DECLARED, Context, DocRef, cued_matches, line_start_matches
from loaders.extract.dates import DATE, from_match
from loaders.extract.header import Header
from loaders.extract.mentions import BodyIndex, Placed
from loaders.extract.references import Citation, citations, leading_date
from loaders.lexicon import lexicon

# (not a law's "QH15" or a resolution's "UBTVQH15": the dev golds leave the Assembly's acts without an issuer the
# words do not name)
_NATIONAL_CODES = {"TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "VPCP": "Văn phòng Chính phủ"}
# what may stand between two documents of one list: their dates and issuers, then a comma, ";" or "và"
# "Căn cứ tình hình thực tế, Sở Tư pháp đã có Công văn số …": the cue governs another clause
# a clause with its own subject, a name after a comma: "…, Ủy ban nhân dân huyện Tam Nông báo cáo …"
_SUBJECT_CLAUSE = re.compile(
    rf",\s+[{UPPER}][^\s,]*\s+(?:[^\s,]+\s+){{0,12}}?"
    r"(?:báo cáo|kính báo cáo|đề nghị|tổ chức|xây dựng|ban hành|đã|đang)\s"
)
_NEW_SUBJECT = re.compile(
    r",\s*(?:\S+\s+){1,8}?(?:đã|sẽ|đang)\s+(?:có|ban hành|gửi|tiến hành)\b"
    r"|(?:Căn cứ|Trên cơ sở|căn cứ|trên cơ sở)\s+(?:tình hình|kết quả|rà soát|thực tế|các quy định nêu trên)"
)
# a cue opens its clause: at its start, after a bullet or number, or after a comma
_OPENS = r"(?:^|[-+•]\s*|\d\.\s*|[a-zđ]\)\s*|[,;]\s*)"
_LIST_JOIN = r"[^.;]{0,300}?(?:,|;|\bvà)\s*"
# "… và Sở Tư pháp tại Tờ trình số 85": another body's submission; not "và ý kiến thẩm định của Sở Tư pháp tại …"
_AND_ANOTHER_AT = re.compile(rf"[^.;]{{0,120}}?\s(?:và|,)\s+(?:của\s+)?[{UPPER}][^.;\d]{{1,80}}?\s+tại\s+")
# "Thực hiện chỉ đạo của UBND tỉnh tại Văn bản số …", "Thực hiện nhiệm vụ được giao tại Quyết định số …"
# and a plan named by its subject, approved by the decision cited: "Thực hiện Kế hoạch thanh tra năm 2024 được Chủ
# tịch UBND tỉnh phê duyệt tại Quyết định số …"
_DIRECTION_AT = (
    # (the one who directed may carry commas: "… của Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh tại")
    r"(?:(?:ý kiến\s+)?(?:chỉ đạo|kết luận|yêu cầu)(?:\s+của\s+[^;.]{0,90}?)?\s+tại\s+"
    r"|nhiệm vụ(?:\s+được giao)?(?:\s+của\s+[^,;.]{0,60}?)?\s+tại\s+"
    r"|(?:Kế hoạch|Chương trình|Đề án|Phương án)\s[^,;.]{0,60}?\s+được\s+[^,;.]{0,60}?\s(?:phê duyệt|ban hành)"
    r"\s+tại\s+"
    # and an article of it: "Thực hiện (khoản 2) Điều 1 Quyết định số …"
    r"|(?:(?:điểm|khoản)\s+[\w.]{1,4}\s+)*Điều\s+\d{1,2}\s+(?:của\s+)?)?"
)
# "Theo chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số …": carried out as directed
_DIRECTED_AT = re.compile(
    r"(?:^|[-+•]\s*|[,;]\s*)[Tt]heo\s+(?:ý kiến\s+)?(?:chỉ đạo|yêu cầu)(?:\s+của\s+[^;.]{0,90}?)?\s+tại\s+$"
)
# "Theo Văn bản số 456/BKHĐT-TH … về việc báo cáo …, UBND tỉnh báo cáo như sau:": the report the letter asked for
_BARE_THEO = re.compile(r"\s*(?:[-+•]\s*|\d+\.\s*)?Theo\s+")
_REPORTS_AS_ASKED = re.compile(
    rf"[^.;:]{{0,300}}?,\s+[{UPPER}][^\s,]*(?:\s+[^\s,]+){{0,8}}?\s+(?:xin\s+|trân trọng\s+|kính\s+)?"
    r"(?:báo cáo|có ý kiến|góp ý|tổng hợp, báo cáo)(?: [^.;:]{0,120})?(?: như sau|:)"
)
# "Thực hiện Nghị quyết số 01/NQ-CP … và ý kiến chỉ đạo của Phó Thủ tướng … tại Văn bản số 8902": both carried out
# (or after a semicolon, the guidance of another: "… Công điện số 80/CĐ-TTg …; hướng dẫn của Bộ Tài chính tại …")
_AND_DIRECTION = re.compile(
    r"[^.;]{0,200}?(?:\svà\s+|;\s*)(?:ý kiến\s+)?(?:chỉ đạo|kết luận|yêu cầu|hướng dẫn)[^.;]{0,100}?\s+tại\s+"
)
_PASSIVE = re.compile(r"(?:được|bị)\s+(?:sửa đổi|bổ sung|thay thế|đính chính)[^.;]{0,40}?(?:tại|bởi|theo)\s+$")
_CHANGED = re.compile(r"thay thế|sửa đổi|bãi bỏ|hết hiệu lực")
_CLAUSE_START = re.compile(r"[.;:!?]\s|\n|^")
_LAST_STOP = re.compile(r"(?s:.*)[.;:!?]\s")  # the last stop and white character before the end


def clause_start(s: str, at: int, reach: int = 800) -> int:
    """Where the clause holding ``at`` begins; a clause longer than ``reach`` is cut there.

    That is the end of the last ``_CLAUSE_START`` in ``s[lo:at]``: after the last line break, or after the last
    stop and the white character that follows it, whichever is later; found from the end."""
    lo = max(0, at - reach)
    best = lo
    line = s.rfind("\n", lo, at)
    if line >= 0:
        best = line + 1
    stop = _LAST_STOP.match(s, max(lo, line), at)  # a stop before the line break ends before it
    if stop:
        best = max(best, stop.end())
    return best


_COMMUNE_KINDS = ("xã ", "phường ", "thị trấn ")
# (each opening on a literal letter, the lookbehind after it: the search skips in C to those letters)
_PLACE_WORDS_AFTER = rf"[ \t]+[{UPPER}][\wĐđ]*(?:[ \t]+[{UPPER}][\wĐđ]*){{0,2}}"
_COMMUNE_NAMED = re.compile(
    rf"(?:x(?<![\wĐđ]x)(?<!thị x)(?<!tác x)ã|p(?<![\wĐđ]p)hường|t(?<![\wĐđ]t)hị trấn){_PLACE_WORDS_AFTER}"
)
_DISTRICT_NAMED = re.compile(rf"(?:h(?<![\wĐđ]h)uyện|q(?<![\wĐđ]q)uận|t(?<![\wĐđ]t)hị xã){_PLACE_WORDS_AFTER}")


def _the_one_named(places: re.Pattern[str], s: str) -> str | None:
    """The place of that kind the text names, where it names only one."""
    named = {re.sub(r"\s+", " ", m.group()) for m in places.finditer(s)}
    return named.pop() if len(named) == 1 else None


def decide_locality(ctx: Context, header: Header) -> Locality | None:
    loc = _locality(ctx, header)
    own = header.issuers[-1] if header.issuers else None
    if loc is None and own is not None and _MINISTRY.fullmatch(own.name):
        return Locality("", "", department=own.name)  # a ministry's own document: its "Văn phòng Bộ", "Thanh tra Bộ"
    if loc is not None and (not loc.unit or loc.unit.startswith(_COMMUNE_KINDS)):
        # a commune's document that names one district, as its addressee's or anywhere, speaks from that district;
        # a province's that names one district means it by "UBND huyện", "Phòng … huyện"
        loc = replace(loc, district=_the_one_named(_DISTRICT_NAMED, ctx.s) or _party_district(ctx.s[: header.end]))
    if loc is not None and not (loc.unit and loc.unit.startswith(_COMMUNE_KINDS)):
        # a province's or a district's document that names one commune means it by "Đảng ủy xã", "UBND xã"
        loc = replace(loc, commune=_the_one_named(_COMMUNE_NAMED, ctx.s))
    # a department's own document: "Văn phòng Sở", "Thanh tra Sở" are its
    own = header.issuers[-1] if header.issuers else None
    if loc is not None and own is not None and own.name.startswith("Sở "):
        department = scope(own, loc)
        return replace(loc, department=department) if department else loc
    return loc


_MINISTRY = re.compile(r"Bộ (?!Chỉ huy)[A-ZĐ][^,()]*")
# "ĐẢNG BỘ HUYỆN ĐẠI TỪ" above "ĐẢNG ỦY XÃ HOÀNG NÔNG": the district a commune's Party document speaks from
_PARTY_DISTRICT = re.compile(
    rf"ĐẢNG BỘ (HUYỆN|QUẬN|THỊ XÃ) ([{UPPER}]+(?: [{UPPER}]+){{0,3}}?)(?= ĐẢNG CỘNG| *\n| {{2,}})"
)


def _party_district(head: str) -> str | None:
    m = _PARTY_DISTRICT.search(head)
    return f"{m.group(1).lower()} {m.group(2).title()}" if m else None


def _locality(ctx: Context, header: Header) -> Locality | None:
    """The province a document speaks from: its issuer's, else none for a central body, else the province
    its text names most ("UBND thành phố" in a Hải Phòng report is Hải Phòng's)."""
    unit = next((u for u in (unit_of(b.name) or city_of(b.name) for b in reversed(header.issuers)) if u), None)
    if unit is None and header.place and any(b.name.endswith(" thành phố") for b in header.issuers):
        # "UỶ BAN NHÂN DÂN / THÀNH PHỐ …" cut by a two-column header: the city is where it was signed
        unit = city_of(f"thành phố {header.place}")
    for b in reversed(header.issuers):
        loc = locality_of(b.name)
        if loc:
            return replace(loc, unit=unit)
    if any(central_body(b.name) for b in header.issuers):
        return None
    # "ĐẢNG BỘ TỈNH ĐIỆN BIÊN" above "HUYỆN ỦY MƯỜNG CHÀ": a Party header names its province in capitals
    head = sentence_case(ctx.s[: min(header.end, 400)]) if header.end else ""
    # the header's province counts twice: it is where the document speaks from, the body's are often others'
    in_head = Counter(m.group("p") for m in province_mentions(head))
    counts = Counter(m.group("p") for m in province_mentions(ctx.s)) + in_head + in_head
    loc = locality_of(counts.most_common(1)[0][0]) if counts else None
    if loc is None and unit:
        return Locality("", "", unit)  # "UBND HUYỆN NAM ĐÀN" with no province named: its own offices are its
    return replace(loc, unit=unit) if loc else None


_INVESTIGATORS = re.compile(r"Cơ quan (?:Cảnh sát điều tra|An ninh điều tra|CSĐT|ANĐT)$")


def self_document(ctx: Context, header: Header, bodies: BodyIndex) -> tuple[DocRef, str | None]:
    """The file's own document and the node id of its issuer."""
    ref = DocRef("self", header.number.text if header.number else None, header.doc_type, header.date)
    ref.title = header.title
    ref.title_span = header.title_span
    issuer = None
    parent = None
    for b in header.issuers:
        police = ctx.graph.nodes.get(issuer) if issuer and _INVESTIGATORS.match(b.name) else None
        if police is not None and str(police.properties.get("name", "")).startswith("Công an "):
            # "CÔNG AN TỈNH LAI CHÂU / CƠ QUAN CẢNH SÁT ĐIỀU TRA": the investigators are named with their police, as
            # the body of the letter names them ("Cơ quan Cảnh sát điều tra Công an tỉnh Lai Châu")
            b = replace(b, name=f"{b.name} {police.properties['name']}", needs_locality=False)
        node_id = ctx.body(b)
        if node_id:
            parent, issuer = issuer, node_id
    if issuer is None:
        # a report without a header block: "Ban Quản lý … báo cáo như sau", "… gửi Thanh tra …"
        m = re.search(
            r"(?:,\s*)([^,\n]{5,90}?)\s+(?:trân trọng\s+)?(?:kính\s+)?(?:báo cáo|thông báo)\s+(?:như sau|kết quả)",
            ctx.s,
        )
        if m:
            p = bodies.at(m.start(1), slack=3)
            if p:
                issuer = p.node_id
    if parent and issuer and parent != issuer:
        span = header.issuers[0].start, header.issuers[-1].end
        ctx.edge("PART_OF", issuer, parent, span)
    ref.issuer = issuer
    ref.issuer_rank = 0
    for b in header.joint:  # a joint document's other issuers, each heading a block of the header
        node_id = ctx.body(b)
        if node_id and issuer:
            _add_co_issuer(ref, node_id)
    if header.number:
        ref.issuer_code = header.number.issuer_code
        ref.party = header.number.party
        ref.year = header.number.year
    return ref, issuer


def cited_documents(ctx: Context, bodies: BodyIndex, header: Header) -> list[tuple[Citation, DocRef]]:
    s = ctx.s
    out: list[tuple[Citation, DocRef]] = []
    for c in citations(s):
        if header.number_span and header.number_span[0] <= c.num_start < header.number_span[1] + 2:
            continue  # the file's own number
        key = number_key(c.number.text)
        if ctx.docs.get("self") and ctx.docs["self"].number and number_key(ctx.docs["self"].number) == key:
            ref = ctx.docs["self"]
        else:
            ref = ctx.docs.setdefault(
                key,
                DocRef(
                    key, c.number.text, None, party=c.number.party, year=c.number.year, issuer_code=c.number.issuer_code
                ),
            )
        ref.spans.append((c.start, c.end))
        code = c.number.doc_type if c.number.doc_type not in ("CV", "Luật") else (c.type_code or c.number.doc_type)
        if ref.doc_type is None or (ref.doc_type in ("CV", "Luật") and code not in ("CV", "Luật")):
            ref.doc_type = code
        date = c.date or leading_date(s, clause_start(s, c.start), c.start)
        if date and not ref.date:
            ref.date = date
        _issuer_from_words(ctx, bodies, c, ref)
        if ref.issuer is not None and ref.issuer_rank <= 1:
            # "các Quyết định số 312/QĐ-CC, 313/QĐ-CC và 314/QĐ-CC ngày 26/12/2023 của Chủ tịch UBND phường": the
            # words after the last number name the issuer of each number listed before it
            later = c
            for earlier, before in reversed(out):
                if before.issuer_code != ref.issuer_code or not _NUMBERS_JOINED.fullmatch(s, earlier.end, later.start):
                    break
                _set_issuer(before, ref.issuer, 2)
                later = earlier
        if out and ref.issuer is None and _NUMBERS_JOINED.fullmatch(s, out[-1][0].end, c.start):
            # "… ra Quyết định khởi tố bị can số 71/QĐ-CSĐT-PC03 và số 72/QĐ-CSĐT-PC03": one issuer for both numbers
            before = out[-1][1]
            if before.issuer is not None and before.issuer_code == ref.issuer_code:
                _set_issuer(ref, before.issuer, 4)
        out.append((c, ref))
    named = _named_short(s, out)
    return sorted(out + named, key=lambda pair: pair[0].start) if named else out


# "Chỉ thị số 05-CT/TW … (sau đây viết tắt là Chỉ thị 05)": the document goes by that short name from there on
_SHORT_DOC_NAME = re.compile(
    r"\(\s*sau đây (?:(?:viết|gọi) tắt là|gọi là)\s+"
    r"(?P<short>(?P<type>[A-ZĐ][a-zà-ỹđ]+(?: [a-zà-ỹđ]+)?) (?P<id>\d{1,4}))\s*\)"
)


def _named_short(s: str, out: list[tuple[Citation, DocRef]]) -> list[tuple[Citation, DocRef]]:
    found: list[tuple[Citation, DocRef]] = []
    for m in _SHORT_DOC_NAME.finditer(s):
        # the citation the brackets follow, in the same sentence
        before = [(c, ref) for c, ref in out if c.end <= m.start() and not re.search(r"[.;]\s", s[c.end : m.start()])]
        if not before:
            continue
        c, ref = before[-1]
        if not c.number.text.startswith(m.group("id")):
            continue  # the short name keeps the number's first part: "Chỉ thị 05" of 05-CT/TW
        if lexicon().doc_type_by_name.get(tone_key(m.group("type"))) not in (c.number.doc_type, c.type_code):
            continue  # "Quyết định số 06/QĐ-TTg … phê duyệt Đề án … (sau đây gọi tắt là Đề án 06)": the scheme's name
        short = re.compile(rf"(?<![\wĐđ]){re.escape(m.group('short'))}(?![\wĐđ/-])")
        for again in short.finditer(s, m.end()):
            id_at = again.end() - len(m.group("id"))
            found.append((replace(c, start=again.start(), end=again.end(), num_start=id_at, num_end=again.end()), ref))
            ref.spans.append((again.start(), again.end()))
    return found


def _last_maker(s: str, bodies: BodyIndex, at: int) -> Placed | None:
    """The body that made or issued a document earlier in the sentence that ends before ``at``."""
    start = max(s.rfind(". ", 0, at), s.rfind("\n\n", 0, at), 0)
    # (the last verb a body is the subject of: "… ra Quyết định khởi tố vụ án …" holds a verb of the decision's kind)
    for verb in reversed(list(_MAKES.finditer(s, start, at))):
        maker = bodies.ending_at(verb.start(), slack=1)
        if maker is not None:
            return maker
    return None


# (or acted by one: "Cơ quan CSĐT … khởi tố vụ án theo Quyết định số 47 …; ngày 26/9/2024 đã ban hành …")
_MAKES = re.compile(r"\s+(?:đã\s+)?(?:ra|ban hành|phát hành|khởi tố|truy tố|xử phạt)\s")
_NUMBERS_JOINED = re.compile(r"\s*(?:,|và)\s*(?:số\s*)?")
_ACTED_BY = re.compile(r"\s+(?:đã\s+)?(?:khởi tố|xử phạt|cưỡng chế|truy tố)(?![\wĐđ])[^.;:,]{0,40}?\s+(?:theo|tại)\s+$")


_WHOSE_AT = re.compile(r"của\s+((?:(?!của\s)[^;]){3,100}?)\s+tại\s+$")


def _issuer_from_words(ctx: Context, bodies: BodyIndex, c: Citation, ref: DocRef) -> None:
    s = ctx.s
    # "Chương trình phối hợp số 18/CTrPH-… giữa Bộ Nông nghiệp và Môi trường và Trung ương Hội Nông dân Việt Nam":
    # an agreement between two bodies is issued by both
    g = _BETWEEN.match(s, c.end, c.end + 40)
    first = bodies.at(g.end(), slack=0) if g else None
    sep = _BETWEEN_AND.match(s, first.mention.end, first.mention.end + 30) if first else None
    second = bodies.at(sep.end(), slack=0) if first and sep else None
    if first and second and second.node_id != first.node_id:
        _set_issuer(ref, first.node_id, 1)
        if ref.issuer == first.node_id:
            _add_co_issuer(ref, second.node_id)
        return
    # "… số 06/KH-UBND ngày 12/01/2024 của UBND thành phố", "… của Bộ trưởng Bộ Y tế"
    # (a Party notice of the conclusions it records: "Thông báo số 1468-TB/TU ngày 15/3/2024 kết luận của Thường trực
    # Tỉnh ủy"; not an office's notice of its chief's: "… số 412/TB-VPUB … kết luận của Chủ tịch UBND tỉnh")
    concluded = r"(?:ý kiến\s+)?kết luận\s+" if ref.number and "-TB/" in ref.number else r"(?!)"
    m = re.match(
        rf"\s*(?:\([^)]{{0,40}}\)\s*)?(?:,\s*)?(?:ban hành\s+|{concluded})?(?:của|do)\s+"
        # (a committee's plenary session: "của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII")
        r"(?:Hội nghị\s+(?:lần\s+thứ\s+[\wÁ-ỹ]+\s+|Trung ương\s+\d+\s+)?(?=Ban Chấp hành))?"
        r"(?:(?:Bộ trưởng, Chủ nhiệm|Bộ trưởng|Chủ nhiệm|Chủ tịch|Giám đốc|"
        r"Thống đốc|Tổng Giám đốc|Chánh Văn phòng|Chánh(?= Thanh tra)|Tổng(?= Thanh tra| Kiểm toán)|Viện trưởng"
        r"|Thủ trưởng|Trưởng phòng)\s+)?",
        s[c.end : c.end + 90],
    )
    if m:
        p = bodies.at(c.end + m.end(), slack=1)
        organ = _ORGAN.match(s, c.end + m.end()) if p is None else None
        if organ:  # "của Ban Thường vụ Hiệp hội công chứng Việt Nam": an association issues through its board
            p = bodies.at(organ.end(), slack=0)
        if p and re.search(r"(?<![\wĐđ])do\s+$", m.group()) and _DOES.match(s, p.mention.end):
            p = None  # "… tại Nghị quyết số 12/NQ-HĐND, do Ban Quản lý dự án … làm chủ đầu tư": who does the work
        if p:
            _set_issuer(ref, p.node_id, 1)
            while True:  # "của Đoàn Luật sư tỉnh Lâm Đồng, Đoàn Luật sư tỉnh Bình Thuận …": issued jointly
                sep = re.match(r"\s*(?:,|và)\s*", s[p.mention.end : p.mention.end + 6])
                nxt = bodies.at(p.mention.end + sep.end(), slack=0) if sep else None
                if nxt is None:
                    break
                if sep and "và" not in sep.group() and not _same_kind(nxt, p):
                    break  # "… của Chủ tịch UBND tỉnh, Sở Nội vụ kiến nghị": a comma may open the next clause
                if (
                    sep
                    and "và" not in sep.group()
                    and (_SUBJECT_THEN.match(s, nxt.mention.end) or not _JOINT_GOES_ON.match(s, nxt.mention.end))
                ):
                    # "… của UBND tỉnh, UBND xã Hòa Phú báo cáo như sau", "…, Ủy ban nhân dân xã Mai Châu tiếp nhận":
                    # the next clause's subject, its verb after it
                    break
                _add_co_issuer(ref, nxt.node_id)
                p = nxt
            # "Công văn số 849/TTTP-NV4 của Thanh tra thành phố ngày 31/5/2024": the date after the issuer
            d = _DATE_AFTER_ISSUER.match(s, p.mention.end, p.mention.end + 40)
            if d and not ref.date:
                ref.date = from_match(d)
            return
    # "Tại Kế hoạch số 98/KH-UBND ngày 20/6/2025, Ủy ban nhân dân thành phố giao …": the body that gives the work
    # in the document its clause opens with issued that document (a commune's "…/KH-UBND" is often the city's)
    if _IN_DOCUMENT.search(s, max(0, c.start - 24), c.start):
        comma = re.match(r"\s*,\s*", s[c.end : c.end + 4])
        p = bodies.at(c.end + comma.end(), slack=0) if comma else None
        if p and _GIVES.match(s, p.mention.end):
            _set_issuer(ref, p.node_id, 2)
            return
    # "ý kiến của Ban Thường vụ Thành ủy tại văn bản số 1801-TB/TU"
    before = s[max(0, c.start - 120) : c.start]
    # (the "của" nearest: "… của Dự án thành phần 1; thực hiện chỉ đạo của UBND tỉnh tại …" is the committee's)
    k = _WHOSE_AT.search(before)
    if k:
        at = c.start - len(before) + k.start(1)
        head = CHIEF_POST.match(s, at)  # "của Trưởng phòng Nội vụ tại Tờ trình số …", "của Giám đốc Sở … tại …"
        p = bodies.at(head.end() if head else at, slack=0)
        if p and p.mention.end >= c.start - len(before) + k.end(1) - 1:
            # ranked with a subject's "X có Văn bản số …": "ý kiến chỉ đạo của Thủ tướng tại Văn bản số …/VPCP-…"
            # names whose opinion the letter carries, and the Government Office that wrote it may be named first
            _set_issuer(ref, p.node_id, 3)
            return
    # "nguồn tin do Thanh tra tỉnh chuyển đến tại Văn bản số …", "Thanh tra tỉnh đã chuyển hồ sơ sang … tại Văn bản
    # số …": the body that sent the case on did so by that document
    if before.endswith(("tại ", "tại\n")):
        lo = c.start - len(before)
        by = before.rfind("do ")
        for pos in (lo + by + 3 if by >= 0 else -1, clause_start(s, c.start, 160)):
            p = bodies.at(pos, slack=1) if pos >= 0 else None
            if p and _SENT_ON.fullmatch(s, p.mention.end, c.start):
                _set_issuer(ref, p.node_id, 2)
                return
    # "Sau khi nghe Thanh tra tỉnh báo cáo tại Báo cáo số …", "Sở Tài chính đề nghị tại Tờ trình số …": the body
    # that reported or proposed, by that document
    said = _SAID_AT.search(before) if before.endswith(("tại ", "tại\n")) else None
    if said:
        p = bodies.ending_at(c.start - len(before) + said.start(), slack=1)
        if p:
            _set_issuer(ref, p.node_id, 2)
            return
    # the kind of decision or report may stand between a verb and the number: "Cơ quan CSĐT Công an tỉnh ra Quyết
    # định khởi tố vụ án hình sự số 38/…", "KTNN phát hành Báo cáo kiểm toán số 118/…"
    kind = _KIND_BEFORE_NUMBER.search(before, max(0, len(before) - 90))
    words_before = before[: kind.start()] if kind else before
    # "Cơ quan CSĐT Công an tỉnh khởi tố vụ án theo Quyết định khởi tố vụ án hình sự số 27/…": who acted by it
    acted = _ACTED_BY.search(words_before) if words_before.rstrip().endswith(("theo", "tại")) else None
    if acted:
        p = bodies.ending_at(c.start - len(before) + acted.start(), slack=1)
        if p:
            _set_issuer(ref, p.node_id, 3)
            return
    # "Dự án được UBND tỉnh Yên Bái phê duyệt tại Quyết định số …": the body that approved it, by that decision
    by = before.rfind("được ") if before.endswith(("tại ", "tại\n")) else -1
    if by >= 0:
        # "được Chủ tịch UBND tỉnh phê duyệt tại …": the head approves for the body
        head = CHIEF_POST.match(s, c.start - len(before) + by + 5)
        p = bodies.at(head.end() if head else c.start - len(before) + by + 5, slack=0)
        if p and _APPROVED.fullmatch(s, p.mention.end, c.start):
            _set_issuer(ref, p.node_id, 2)
            return
    # "Ngày 21/6/2023, UBND thành phố ban hành Quyết định số …", "Bộ Y tế có Công văn số …"
    v = (  # the verb ends what is before, but for white space: tested so before the search
        re.search(r"(?:\((?:cũ|mới)\)\s*)?(?:đã\s+)?(?:ban hành|có|thông qua|ký|ra|phát hành)\s+$", words_before)
        if words_before.rstrip().endswith(("ban hành", "có", "thông qua", "ký", " ra", "phát hành"))
        else None
    )
    if v:
        p = bodies.ending_at(c.start - len(before) + v.start(), slack=1)
        if p is None and re.search(r";\s*(?:ngày\s+\S+\s+)?(?:đã\s+)?$", before[: v.start()]):
            # "X ra Quyết định … số 38 …; ngày 16/8/2024 ra Quyết định … số 71": the clause's subject is the one before
            p = _last_maker(s, bodies, c.start - len(before) + v.start())
        if p:
            # "Đoàn Luật sư tỉnh Lâm Đồng, Bình Thuận, Đắk Nông (cũ) có Tờ trình …": issued jointly
            chain = [p]
            while True:
                gap = re.search(r"(?:,|\bvà)\s*$", s[max(0, chain[0].mention.start - 6) : chain[0].mention.start])
                prev = bodies.ending_at(chain[0].mention.start - len(gap.group()), slack=1) if gap else None
                # a list names bodies of one kind; "Đối với Hội Tin học, Sở … có Công văn" is no list
                if prev is None or prev in chain or not _same_kind(prev, p):
                    break
                chain.insert(0, prev)
            _set_issuer(ref, chain[0].node_id, 3)
            if ref.issuer == chain[0].node_id:
                for q in chain[1:]:
                    _add_co_issuer(ref, q.node_id)


_IN_DOCUMENT = re.compile(r"(?:^|[\n;.:]|\d[.)])[ \t]*(?:[-+•][ \t]*)?(?:Tại|Theo)[ \t]+$", re.MULTILINE)
_GIVES = re.compile(
    r"\s+(?:đã\s+)?(?:giao|yêu cầu|chỉ đạo|đề nghị|kết luận|thống nhất|phê duyệt|quyết định|cho phép|chấp thuận)"
    r"(?![\wĐđ])"
)
_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:được\s+ký\s+kết\s+)?giữa\s+(?:Trung ương\s+)?")
_BETWEEN_AND = re.compile(r"\s+(?:và|với)\s+(?:Trung ương\s+)?")
# what a body does as the subject of its own clause, after the citation it follows
_SUBJECT_THEN = re.compile(
    r"\s+(?:đã\s+|sẽ\s+|đang\s+|tiếp tục\s+|kính\s+)?(?:báo cáo|yêu cầu|đề nghị|kết luận|ban hành|xây dựng|có|tổ chức"
    r"|thực hiện|triển khai|chỉ đạo|giao|thông báo|hướng dẫn|quyết định|đề xuất|tham mưu|rà soát|tổng hợp|trình|gửi"
    r"|phối hợp|chủ trì|ký|nhận|tiến hành)(?![\wĐđ])"
)
# a decision's or a report's kind in lower-case words before its number: "Quyết định khởi tố bị can số"
# (or with its article: "Bản kết luận điều tra số 61/KLĐT-PC03")
_KIND_BEFORE_NUMBER = re.compile(
    rf"(?:Quyết định|Báo cáo|Kết luận|Thông báo|Bản kết luận)(?: (?![{UPPER}])[^\W\d_][^\s.;:,]*){{1,6}}\s+(?:số\s+)?$"
)
_CUE_AFTER_COMMA = re.compile(r",\s*(?:căn cứ|trên cơ sở)\s+$")
# (a short name declared between: "do Ban Quản lý … (sau đây gọi tắt là Ban QLDA) làm chủ đầu tư")
_DOES = re.compile(rf"(?:\s*{SHORT_NAME_DECLARED}[^)]{{2,40}}\))?\s+(?:làm|là)\s")
# (at most whom it was said to: "Sở Xây dựng đã báo cáo UBND tỉnh tại Báo cáo số …")
_SAID_AT = re.compile(
    rf"\s+(?:đã\s+)?(?:báo cáo|đề nghị|trình|đề xuất|kiến nghị|trả lời|phúc đáp|giải trình)"
    rf"(?:\s+[{UPPER}][^.;:,\n]{{0,40}}?)?\s+tại\s+$"
)
_SENT_ON = re.compile(r"\s+(?:đã\s+)?(?:chuyển|gửi)(?![\wĐđ])[^.;:]{0,80}?\s+tại\s+")
_APPROVED = re.compile(
    r"\s+(?:phê duyệt|chấp thuận|ban hành|cho phép|giao|thông qua|quyết định|cho thuê|trả lời|giải quyết)(?![\wĐđ])"
    r"[^.;:]{0,120}?\s+tại\s+"
)
_SHORT_NAMED = re.compile(r"\((?:[Ss]au đây\s+)?(?:gọi|viết)(?:\s+tắt)?\s+là\s+$")
_ORGAN = re.compile(r"Ban (?:Thường vụ|Chấp hành|Thường trực|Chủ nhiệm)\s+")
_DATE_AFTER_ISSUER = re.compile(r"\s*,?\s*ngày\s+" + DATE.pattern)


# what follows the next issuer of a joint document: another, or the document's own particulars
_JOINT_GOES_ON = re.compile(r"\s*(?:[,;.()]|và\s|về\s|ngày\s|tại\s|năm\s|$)")


def _same_kind(a: Placed, b: Placed) -> bool:
    """Bodies a list may join: "Đoàn Luật sư tỉnh A, Đoàn Luật sư tỉnh B", not "Hội Tin học, Sở …"."""
    return a.mention.name.split()[0] == b.mention.name.split()[0]


def _add_co_issuer(ref: DocRef, node_id: str) -> None:
    if node_id not in ref.co_issuers and node_id != ref.issuer:
        ref.co_issuers.append(node_id)


def _set_issuer(ref: DocRef, node_id: str, rank: int) -> None:
    if rank < ref.issuer_rank:
        ref.issuer, ref.issuer_rank = node_id, rank


def issuers_from_symbols(ctx: Context, bodies: BodyIndex, self_ref: DocRef) -> None:
    """An issuer the words do not name, read from the number's symbol where this file names that body."""
    counts = Counter(p.node_id for p in bodies.placed)
    for ref in ctx.docs.values():
        if ref.issuer or not ref.issuer_code:
            continue
        code = ref.issuer_code
        if self_ref.issuer_code == code and self_ref.issuer:
            ref.issuer, ref.issuer_rank = self_ref.issuer, 5
            continue
        national = re.sub(r"\d+$", "", code)  # "QH15": the 15th National Assembly
        if national in _NATIONAL_CODES and ref.spans:
            name = _NATIONAL_CODES[national]
            span = ref.spans[0]
            node_id = ctx.body(BodyMention(span[0], span[1], name, name, "Agency", False))
            ref.issuer, ref.issuer_rank = node_id, 6
            continue
        symbol = ascii_fold(code).upper()  # once, not once a candidate
        candidates = [
            nid
            for nid in counts
            if len(code) >= 2 and _initials(ctx.graph.nodes[nid].properties["name"]).startswith(symbol)
        ]
        if candidates:
            ref.issuer, ref.issuer_rank = max(candidates, key=lambda n: counts[n]), 6


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-–,]+", ascii_fold(name)) if w and w not in ("va", "cac")]
    return "".join(w[0] for w in words).upper()


# the words between two citations that tie the first to the second, in the order they are tried
_BETWEEN_DOCUMENTS = (
    (re.compile(r"(?:sửa đổi, bổ sung|sửa đổi|đính chính)[^.;]{0,80}$"), "AMENDS"),
    (re.compile(r"(?:trả lời|phúc đáp)\s+$"), "RESPONDS_TO"),  # "Công văn số 2328 … trả lời Công văn số 16"
    (re.compile(r"thay thế\s+(?:cho\s+)?$"), "REPLACES"),
    (re.compile(r"(?:thực hiện|triển khai)\s+$"), "IMPLEMENTS"),
)


# "2. Về định mức …: thực hiện theo Thông tư số …": what is to be applied on a point, not what the document carries out
_UNDER_A_TOPIC = re.compile(
    r"(?m)^[ \t]*(?:\d+(?:\.\d+)*\.[ \t]*|[a-zđ]\)[ \t]*)?Về[ \t][^:\n]{1,140}:[ \t]*thực hiện\s+(?:theo\s+)?$"
)
_DRAFT_AMENDS = re.compile(r"(?i)dự thảo[^.;]{0,60}(?:sửa đổi|đính chính)")


_ITS_PARTICULARS = re.compile(r"[^.;:\n]{0,200}?\svà\s+")
_ANOTHER_TIE = re.compile(
    r"sửa đổi|đính chính|trả lời|phúc đáp|thay thế|thực hiện|triển khai|ban hành|căn cứ|theo|hướng dẫn|quy định tại"
)


def doc_relations(ctx: Context, cited: list[tuple[Citation, DocRef]], self_id: str) -> None:
    """Thực hiện → IMPLEMENTS, Căn cứ → BASED_ON, nhận được / theo đề nghị … tại → RESPONDS_TO, sửa đổi → AMENDS."""
    s = ctx.s
    cues = lexicon().cues
    impl = "|".join(re.escape(c) for c in cues["implements"])
    based = "|".join(re.escape(c) for c in cues["based_on"])
    sections = grounds_sections(s)
    previous: str | None = None  # the relation the citation before this one got, for "X và Y"
    between_docs: tuple[str, str] | None = None  # (type, source) of a doc → doc relation, for "… X và Y"
    outer: tuple[str, str] | None = None  # (type, source) the sentence's own cue gave, while doc → doc ties follow
    for i, (c, ref) in enumerate(cited):
        if ref.node is None:
            previous = between_docs = outer = None
            continue
        if i > 0 and cited[i - 1][1] is ref and previous and _SHORT_NAMED.search(s, cited[i - 1][0].end, c.start):
            continue  # "Nghị quyết số 24-NQ/TU … (sau đây gọi là Nghị quyết số 24-NQ/TU) và …": the cue goes on
        if between_docs and outer and re.fullmatch(r"[^.;]{0,160}?;\s*", s[cited[i - 1][0].end : c.start]):
            # "Thực hiện Kế hoạch số 198 … thực hiện Kết luận số 91 …; Kế hoạch số 112 …": after the first plan's own
            # tie, a semicolon goes back to the list the sentence's cue opened
            ctx.edge(outer[0], outer[1], ref.node.id, (c.start, c.end))
            previous, between_docs = outer[0], None
            continue
        joins = s[cited[i - 1][0].end : c.start]
        if between_docs and (
            re.fullmatch(r"\s*(?:,|và)\s*", joins)
            # (or after what the first one is: "… thay thế Nghị định số 45 … ngày 21/4/2010 của Chính phủ quy định về
            # tổ chức, hoạt động và quản lý hội và Nghị định số 33 …")
            or (
                between_docs[0] in ("REPLACES", "AMENDS")
                and _ITS_PARTICULARS.fullmatch(joins)
                and not _ANOTHER_TIE.search(joins)
            )
        ):
            # "Nghị định số 126 … thay thế Nghị định số 45/2010/NĐ-CP và Nghị định số 33/2012/NĐ-CP"
            ctx.edge(between_docs[0], between_docs[1], ref.node.id, (cited[i - 1][0].start, c.end))
            continue
        between_docs = None
        cs = clause_start(s, c.start)
        span = (c.start, c.end)
        # doc → doc: "Kế hoạch số 119-KH/TU … về thực hiện Chỉ thị số 37-CT/TW",
        # "… sửa đổi, bổ sung … của Nghị định số …"
        if i > 0 and cited[i - 1][1].node is not None and cited[i - 1][1] is not ref:
            pc, pref = cited[i - 1]
            assert pref.node is not None
            between = s[pc.end : c.start]
            if not re.search(r"[.;]\s", between) and len(between) <= 160:
                tie = next((rel for cue, rel in _BETWEEN_DOCUMENTS if cue.search(between)), None)
                if tie and _SUBJECT_CLAUSE.search(between):
                    tie = None  # "Công văn số 845 … về việc báo cáo …, UBND huyện báo cáo kết quả thực hiện Kết luận …"
                if tie == "AMENDS" and _DRAFT_AMENDS.search(between):
                    tie = None  # "Công văn số A … góp ý dự thảo Quyết định sửa đổi … Quyết định số B": a draft amends B
                if tie in ("AMENDS", "REPLACES") and _PASSIVE.search(between):
                    # "Nghị định số 178 … (đã được sửa đổi, bổ sung tại Nghị định số 67 …)": the later one amends
                    ctx.edge(tie, ref.node.id, pref.node.id, (pc.start, c.end))
                    previous, between_docs = None, None
                    continue
                if tie:
                    ctx.edge(tie, pref.node.id, ref.node.id, (pc.start, c.end))
                    previous, between_docs = None, (tie, pref.node.id)
                    continue
                if previous and re.fullmatch(r"\s*(?:,|và)\s*", between):
                    ctx.edge(previous, self_id, ref.node.id, span)  # "chuyển Công văn số 627 và Công văn số 666"
                    continue
        prefix = s[cs : c.start]
        subjects = _issued_in_same_paragraph(s, cited, i) or [self_id]
        subject = subjects[0]
        joined_by = s[cited[i - 1][0].end : c.start] if i > 0 else ""
        # "Nghị định số 126 …, thay thế Nghị định số 45 … và Nghị định số 33": what is replaced is no ground
        # "Theo đề nghị của A tại Tờ trình số 34 … và B tại Tờ trình số 85": the cue covers both proposals
        also = (previous == "RESPONDS_TO" and _AND_ANOTHER_AT.fullmatch(joined_by)) or (
            previous == "IMPLEMENTS" and _AND_DIRECTION.fullmatch(joined_by)
        )
        if previous and (re.fullmatch(_LIST_JOIN, joined_by) or also) and not _CHANGED.search(joined_by):
            for subject in subjects if previous != "RESPONDS_TO" else [self_id]:
                ctx.edge(previous, subject, ref.node.id, span)
            continue  # "Thực hiện Quyết định số A của …, Quyết định số B …": the cue covers the list
        previous = None
        # "Thực hiện Quyết định số A …, căn cứ Quy định số B …": a cue after a comma opens a clause of its own
        own_cue = _CUE_AFTER_COMMA.search(s, max(cs, c.start - 24), c.start)
        if own_cue:
            prefix = s[own_cue.start() + 1 : c.start].lstrip()
        elif _has_citation_between(cited, cs, c.start):
            continue  # the clause's cue belongs to the citation before this one
        carried_out = (
            _implements_re(impl).search(prefix) or _DIRECTED_AT.search(prefix)
        ) and not _UNDER_A_TOPIC.search(s, max(0, cs - 160), c.start)
        if carried_out or (_BARE_THEO.fullmatch(prefix) and _REPORTS_AS_ASKED.match(s, c.end)):
            previous = "IMPLEMENTS"
        elif ("chuyển" in prefix or "sao gửi" in prefix) and re.search(r"\s(?:chuyển|sao gửi)\s+$", prefix):
            previous = "IMPLEMENTS"  # "BHXH Việt Nam chuyển Công văn số 627 … đề nghị …": forwarded to be carried out
        elif _based_on_re(based).search(prefix) and not _NEW_SUBJECT.search(prefix):
            previous = "BASED_ON"
        elif after_unnumbered := _after_unnumbered(s, cs, c.start, prefix, impl, based):
            # "Căn cứ Điều 18 Luật Khiếu nại năm 2011; Nghị định số 124/2020/NĐ-CP …", "Thực hiện Luật Tiếp công dân
            # năm 2013; Nghị định số 64/2014/NĐ-CP …": the cue goes on past a law without a number
            previous = after_unnumbered
        elif any(w in prefix for w in ("nhận được", "đề nghị của", "húc đáp", "rả lời")) and re.search(
            r"nhận được\b[^.;]{0,80}$"
            r"|(?:^\s*(?:[-+•]\s*|\d+\.\s*)?|,\s*)(?:[Tt]heo|[Xx]ét) đề nghị của\s.{3,80}?tại\s+$"
            r"|(?:^|[-+•]\s*|,\s*)(?:[Pp]húc đáp|[Tt]rả lời)\s+$",
            prefix,
        ):
            previous = "RESPONDS_TO"
        elif re.search(r"thay thế\s+(?:cho\s+)?$", prefix):
            previous = "REPLACES"
        elif any(w in prefix for w in ("sửa đổi", "Sửa đổi", "đính chính", "Đính chính")) and re.search(
            # (or one article of it: "Sửa đổi, bổ sung Điều 1 Quyết định số 3412/QĐ-UBND"; or its annex: "Đính chính
            # Phụ lục số 02 kèm theo Công văn số 2968/STC-QLNS")
            r"(?:[Ss]ửa đổi, bổ sung|[Ss]ửa đổi|[Đđ]ính chính)(?: một số điều| (?:(?:điểm|khoản) \w+ )*Điều \d+"
            r"| Phụ lục(?: số \w+)? (?:kèm theo|ban hành kèm theo))?(?: của)?\s+$",
            prefix,
        ):
            # "góp ý dự thảo Quyết định sửa đổi … Quyết định số X": the draft amends X, not this document
            previous = None if _DRAFT_AMENDS.search(prefix) else "AMENDS"
        elif _in_grounds_list(s, c.start) or _opens_grounds_item(s, c.start, sections):
            previous = "BASED_ON"
        outer = (previous, subject) if previous in ("IMPLEMENTS", "BASED_ON") else None
        if previous:
            for subject in subjects if previous != "RESPONDS_TO" else [self_id]:
                ctx.edge(previous, subject, ref.node.id, span)


# "… có Văn bản số 16/CGC.BT … kiến nghị …. Ngày 30/8/2024, Sở Nội vụ có Công văn số 2328/SNV-TCCC trả lời: …": a
# letter said to answer, with no letter named after the verb, answers the one the account named just before
_ANSWERS_THEN = re.compile(r"(?:\s+ngày\s+\S+)?\s+(?:trả lời|phúc đáp)\s*(?:[:“\"]|rằng\s)")


def answers_told(ctx: Context, cited: list[tuple[Citation, DocRef]]) -> None:
    s = ctx.s
    for (pc, pref), (c, ref) in itertools.pairwise(cited):
        if ref.node is None or pref.node is None or ref is pref or not _ANSWERS_THEN.match(s, c.end):
            continue
        if c.start - pc.end > 400 or (pref.issuer is not None and pref.issuer == ref.issuer):
            continue
        ctx.edge("RESPONDS_TO", ref.node.id, pref.node.id, (pc.start, c.end))


_BULLET = re.compile(r"\s*[-+•]\s")
_GROUNDS_INTRO = re.compile(r"(?i)(?:căn cứ|cơ sở pháp lý)[^\n]{0,80}:\s*$")


# "Để triển khai thi hành kịp thời, thống nhất và hiệu quả Luật số …": how, between the cue and what it carries out
_MANNER = r"(?:(?:kịp thời|nghiêm túc|nghiêm|có hiệu quả|hiệu quả|thống nhất|đồng bộ|đầy đủ)(?:\s*,\s*|\s+và\s+|\s+))*"


@cache
def _implements_re(cues: str) -> re.Pattern[str]:
    return re.compile(rf"{_OPENS}(?:{cues})\s+{_MANNER}(?:theo\s+)?{_DIRECTION_AT}$")


@cache
def _based_on_re(cues: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|[-+•]\s*|\d\.\s*)(?:{cues})\b[^;]{{0,160}}$")


# a ground cited by its title alone: "Điều 18 Luật Khiếu nại năm 2011", "Luật Tổ chức chính quyền địa phương"
_UNNUMBERED_GROUND = r"\s+(?:(?:điểm|khoản|Điều)\s+\S+\s+)*(?:Luật|Bộ luật|Hiến pháp)\s[^;\d/]{0,100}(?:năm\s+\d{4})?"


@cache
def _after_unnumbered_re(cues: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|[-+•]\s*|\d\.\s*)(?:{cues})\b(?:{_UNNUMBERED_GROUND}\s*;\s*){{1,2}}$")


def _after_unnumbered(s: str, cs: int, at: int, prefix: str, impl: str, based: str) -> str | None:
    """IMPLEMENTS or BASED_ON for a citation whose clause opens it right after a semicolon, where the clause before
    names a law without a number after the cue; else None."""
    if prefix.strip() or not s.endswith(";", 0, cs - 1):
        return None
    before = s[clause_start(s, cs - 2) : at]
    if _after_unnumbered_re(based).search(before):
        return "BASED_ON"
    return "IMPLEMENTS" if _after_unnumbered_re(impl).search(before) else None


def _in_grounds_list(s: str, pos: int) -> bool:
    """Whether ``pos`` opens an item of a bulleted list whose lead-in gives grounds: "… căn cứ quy định tại:"
    then "- Nghị định số 126/2024/NĐ-CP …;", "- Công văn số 1911/BNV-TCPCP …"."""
    start = s.rfind("\n", 0, pos) + 1
    if not _BULLET.match(s, start) or pos - start > 160:
        return False
    for _ in range(40):  # up over the list's other items to the line that leads into it
        if start == 0:
            return False
        above = s.rfind("\n", 0, start - 1) + 1
        line = s[above : start - 1]
        if not _BULLET.match(line):
            return bool(_GROUNDS_INTRO.search(line))
        start = above
    return False


# "A. SỰ CẦN THIẾT VÀ CƠ SỞ PHÁP LÝ", "1. Cơ sở pháp lý đề xuất", "1. Căn cứ pháp lý liên quan": a section that
# lists the document's legal grounds, one to an item, without a "Căn cứ" before each
_GROUNDS_HEADING = re.compile(
    r"(?im)^(?P<marker>[A-ZĐ]|[IVX]{1,4}|\d{1,2})[.)][ \t]*[^\n]{0,60}?(?:cơ sở|căn cứ) pháp lý[^\n]{0,40}$"
)
# what may stand before a ground at the start of its item: a bullet, "Tại", a date and the body that issued it,
# the article cited ("Tại điểm b khoản 1", "Ngày 12/06/2025, Quốc hội ban hành", "Điều lệ … ban hành kèm theo")
_GROUND_ITEM = re.compile(r"\s*(?:[-+•*]\s*)?(?:(?:Tại|Theo|Căn cứ)\s+)?[^;:\n]{0,90}?$")
_NOT_A_GROUND = re.compile(
    r"thay thế|sửa đổi|bãi bỏ|hết hiệu lực|thực hiện|triển khai|trả lời|phúc đáp|đề nghị|báo cáo"
)


def grounds_sections(s: str) -> list[tuple[int, int]]:
    """(start, end) of every section headed as the document's legal grounds: it runs to the next heading
    marked the same way ("B.", "2.", "II.")."""
    out = []
    for m in line_start_matches(_GROUNDS_HEADING, s):
        marker = m.group("marker")
        kind = (
            r"[A-ZĐ]"
            if marker.isalpha() and len(marker) == 1 and marker not in "IVX"
            else (r"\d{1,2}" if marker.isdigit() else r"[IVX]{1,4}")
        )
        nxt = re.compile(rf"\n{kind}[.)]\s").search(s, m.end())
        out.append((m.end(), nxt.start() if nxt else len(s)))
    return out


def _opens_grounds_item(s: str, pos: int, sections: list[tuple[int, int]]) -> bool:
    """Whether the citation at ``pos`` opens an item of a grounds section: the first document of its line or of
    its ";"-separated part, with nothing before it but the article it is cited by, or who issued it when."""
    if not any(start <= pos < end for start, end in sections):
        return False
    item_start = max(s.rfind("\n", 0, pos), s.rfind(";", 0, pos)) + 1
    before = s[item_start:pos]
    return bool(_GROUND_ITEM.fullmatch(before)) and not _NOT_A_GROUND.search(before)


# "Theo đề nghị của Bộ …", "Trên cơ sở đề nghị của Công an tỉnh", "Theo đề nghị của Vụ trưởng Vụ …": the head
# of a body proposes for it, so the post is stepped over to the body
# (each opening word spelled out in both cases: a choice of literals, whose first letters the search skips to in C)
_PROPOSED_BY = re.compile(
    r"(?:Theo|theo|Xét|xét|Trên cơ sở|trên cơ sở|Căn cứ(?: vào)?|căn cứ(?: vào)?)\s+(?:các\s+)?đề (?:nghị|xuất) của\s+"
    # (a chief, the body's name after the post: "Giám đốc Sở Tư pháp", "Chánh Văn phòng Sở")
    rf"(?:{CHIEF_POST.pattern})?"
)


# "Theo đề nghị …" opening its clause, or after the opening's comma ("Thực hiện …, theo đề nghị của …")
_OPENS_CLAUSE = re.compile(r"\s*(?:[-+•]\s*|\d+\.\s*)?|[^.;]*,\s*")
_SUBMISSION_BY = re.compile(r"[Xx]ét\s+(?:các\s+)?Tờ\s+trình\s+số\s+[^\s,;]+(?:\s+ngày\s+[^,;:]{4,30}?)?\s+của\s+")
_SUBMISSION_CUES = ("ét",)  # "Xét" less its first letter (cued_matches)
_ANOTHER_PROPOSER = re.compile(r"\s+tại\s+[^.;]{3,120}?\s(?:và|,)\s+(?:của\s+)?(?=[^.;]{2,80}?\s+tại\s)")


def proposals(ctx: Context, bodies: BodyIndex, self_id: str, stop: int) -> None:
    """ "Theo đề nghị của Bộ …", "Xét đề nghị của Giám đốc Sở …": the body that proposed the document."""
    for m in cued_matches(
        _SUBMISSION_BY, ctx.s, 0, stop, _SUBMISSION_CUES, lead=1
    ):  # "Xét Tờ trình số 142/TTr-UBND … của Ủy ban nhân dân tỉnh"
        p = bodies.at(m.end(), slack=1)
        if p:
            ctx.edge("PROPOSED_BY", self_id, p.node_id, (m.start(), p.mention.end))
    for m in _PROPOSED_BY.finditer(ctx.s, 0, stop):
        if not _OPENS_CLAUSE.fullmatch(ctx.s, clause_start(ctx.s, m.start()), m.start()):
            continue  # "… chưa gửi danh mục theo đề nghị của Sở Tài chính tại …": another request, not this file's
        p = bodies.at(m.end(), slack=1)
        while p:
            ctx.edge("PROPOSED_BY", self_id, p.node_id, (m.start(), p.mention.end))
            # "… của A tại Tờ trình số 34/TTr-ĐLS ngày … và B tại Tờ trình số 85/TTr-STP": B proposed it too
            more = _ANOTHER_PROPOSER.match(ctx.s, p.mention.end)
            p = bodies.at(more.end(), slack=0) if more else None


def _has_citation_between(cited: list[tuple[Citation, DocRef]], start: int, end: int) -> bool:
    return any(start <= c.start and c.end <= end for c, _ in cited)


_ISSUED_THEN = re.compile(r"(?:ban hành|(?:đã|và) có)\s+$")  # ("… đã thành lập Tổ rà soát … và có Báo cáo số 96")


def _issued_in_same_paragraph(s: str, cited: list[tuple[Citation, DocRef]], i: int) -> list[str]:
    """ "Thực hiện X, Ban Quản lý đã ban hành Kế hoạch số Y": the paragraph's subject is Y, not the file (and each
    document issued with Y: "… ban hành Quyết định số Y … và Kế hoạch số Z …")."""
    c, _ = cited[i]
    para_end = s.find("\n", c.end)
    para_end = len(s) if para_end < 0 else para_end
    for j in range(i + 1, len(cited)):
        c2, ref2 = cited[j]
        if c2.start > para_end:
            break
        # (or "đã có": "Thực hiện Văn bản số 6120 …, Sở Giao thông vận tải đã có Công văn số 3342 …")
        issued = _ISSUED_THEN.search(s, max(c.end, c2.start - 20), c2.start) is not None
        # "Trên cơ sở X, UBND tỉnh đã giao chi tiết kế hoạch vốn cho các chủ đầu tư tại Quyết định số Y": what the
        # subject did, it did by Y
        if ref2.node is not None and (issued or (c2.start - c.end < 300 and _DONE_AT.match(s, c.end, c2.start))):
            out, last_end = [ref2.node.id], c2.end
            for c3, ref3 in cited[j + 1 :]:
                if c3.start > para_end or ref3.node is None or not _AND_ALSO.fullmatch(s, last_end, c3.start):
                    break
                out.append(ref3.node.id)
                last_end = c3.end
            return out
    return []


# "… Quyết định số 2318/QĐ-UBND ngày 15/9/2022 giao chi tiết kế hoạch vốn … và Kế hoạch số 187/KH-UBND": issued too
_AND_ALSO = re.compile(r"[^.;]{0,200}?\svà\s+(?:ban hành\s+)?")


_DONE_AT = re.compile(
    r"[^.;]*?,\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,6}?\s+đã\s+(?:giao|phân bổ|phê duyệt|điều chỉnh|điều chuyển|quyết định)"
    r"\s[^.;]{0,150}?\s(?:tại|bằng)\s+$"
)
