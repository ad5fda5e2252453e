"""Who a document is sent to: "Kính gửi" (addressed, for action or report) and "Nơi nhận" (copied)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.extract.bodies import UPPER, find_bodies
from loaders.extract.context import SHORT_NAME, Context
from loaders.extract.mentions import BodyIndex
from loaders.extract.people import CAPACITY
from loaders.extract.tasks import ARTICLE

_ADDRESSED = re.compile(rf"(?:Kính\s+gửi|[{UPPER} ]{{4,}}\s+điện)\s*:")
_DEAR = re.compile(r"Kính\s+gửi\s*:")  # _ADDRESSED's first branch alone: found fast, from its literal
_COPIED = re.compile(r"Nơi\s+nhận\s*:")
_ALSO_ADDRESSED = re.compile(r"Đồng\s+kính\s+gửi\s*:")
# a line of the body, not a recipient wrapped onto the next line
_SENTENCE = re.compile(
    r"^\s*(?:Căn cứ|Thực hiện|Theo|Trên cơ sở|Ngày \d|Giao(?! thông)|Yêu cầu|Để)\b"  # ("Giao thông vận tải;": a Sở)
    r"|nhận được|đề nghị|báo cáo|\.\s*$|^.{140,}"
)
# not recipients: "Như trên", "Lưu: VT", and a group named by whose it is ("Các Ban của HĐND tỉnh")
_SKIP = re.compile(r"^\s*[-+•]?\s*(?:Như\s+(?:trên|[Đđ]iều)|Lưu\b|[Cc]ác\s+[^\s,;]+\s+(?:của|thuộc)\s)", re.IGNORECASE)
_NOTE = re.compile(r"\((?:để\s+)?(?:b/c[áa]o|b/c|báo cáo|t/h|thực hiện|biết|p/h)[^)]*\)", re.IGNORECASE)


_AS_INVITED = re.compile(r"[-+•]\s*Như\s+thành\s+phần")
_INVITED = re.compile(r"(?m)^\s*(?:\d+\.\s*)?Thành phần(?:\s+(?:mời|tham dự|dự họp))?\s*:")


# a PDF's text layer may print the signature beside "Nơi nhận" on the same lines: far indented, or past a wide gap,
# the words are the signature's column, not a recipient
_OTHER_COLUMN = re.compile(r"(?: {10,}|\t)\S")
_COLUMN_GAP = re.compile(r"(?<=\S)(?: {3,}|\t)\S")
_SIGNATURE_MARK = re.compile(r"\s(?:TM\.|KT\.|TL\.|TUQ\.|T/M|K/T|T/L)\s")


def _block(s: str, start: int, stop_at_plain: bool) -> list[tuple[int, int]]:
    """Line spans of a recipients block: the rest of the opening line, then the "- …" lines under it."""
    spans: list[tuple[int, int]] = []
    line_end = s.find("\n", start)
    line_end = len(s) if line_end < 0 else line_end
    if s[start:line_end].strip():
        spans.append((start, line_end))
    pos = line_end + 1
    while pos < len(s):
        end = s.find("\n", pos)
        end = len(s) if end < 0 else end
        line = s[pos:end]
        above = s[spans[-1][0] : spans[-1][1]] if spans else ""  # the item read so far
        if re.match(r"\s*[-+•]", line) or (not stop_at_plain and line.strip() and not spans):
            spans.append((pos, end))
        elif (
            line.strip()
            and spans
            and not line.strip().isupper()
            and not CAPACITY.match(line.strip())
            and not _SENTENCE.search(line)
            and not _OTHER_COLUMN.match(line)
            and (
                re.match(r"\s+\S", line)
                or (stop_at_plain and not _ends_item(above))
                # "Kính gửi: - UBND các xã: Thanh Hà, Hà Tây, Hà" / "Bắc;": an item's short end, wrapped
                or (not _ends_item(above) and len(line.strip()) <= 60 and _ends_item(line))
            )
        ):
            # an item wrapped onto the next line, or indented under the one above: read with it, unless the line
            # above also holds the signature's column, which would cut the item short
            if _COLUMN_GAP.search(above) or _SIGNATURE_MARK.search(above):
                spans.append((pos, end))
            else:
                spans[-1] = (spans[-1][0], end)
        elif stop_at_plain and spans and _PLAIN_ITEM.fullmatch(line) and not _SENTENCE.search(line):
            spans.append((pos, end))  # "- Bộ KH&ĐT;" / "Bộ GTVT;": an item whose dash the text layer lost
        else:
            break
        pos = end + 1
    return spans


_PLAIN_ITEM = re.compile(r"[ \t]*[^\s-][^\n]{1,58};[ \t]*")


_SHORT_NAME_BRACKET = re.compile(SHORT_NAME.pattern.removeprefix(r"\s*"))  # opens on "(": found fast


def _short_name_matches(s: str) -> Iterator[re.Match[str]]:
    """``SHORT_NAME.finditer(s)``, the pattern tried only at the white run before each bracket that opens one."""
    pos = 0
    while (bracket := _SHORT_NAME_BRACKET.search(s, pos)) is not None:
        at = bracket.start()
        while at > pos and s[at - 1].isspace():  # what ``\s*`` takes
            at -= 1
        m = SHORT_NAME.match(s, at)
        assert m is not None
        yield m
        pos = m.end()


def short_names(ctx: Context, bodies: BodyIndex) -> None:
    """ "Đoàn Luật sư tỉnh Lâm Đồng (sau đây gọi tắt là Đoàn Luật sư)": the short name stands for that body."""
    for m in _short_name_matches(ctx.s):
        name = m.group(1).strip()
        if name in ctx.short_names:
            continue
        p = bodies.ending_at(m.start(), slack=2)
        if p:
            ctx.short_names[name] = [p.node_id]
    # a document about one company calls it "Công ty" once it is named ("3. Đề nghị Công ty nộp ngay …")
    firms = {p.node_id for p in bodies.placed if p.mention.name.startswith(_FIRM) and p.mention.label == "Organization"}
    if len(firms) == 1 and _FIRM not in ctx.short_names:
        ctx.short_names[_FIRM] = sorted(firms)


_FIRM = "Công ty"


def _ends_item(line: str) -> bool:
    return bool(re.search(r"[;.:]\s*$", line))


def recipients(ctx: Context, bodies: BodyIndex, doc_id: str, issuer: str | None, body_start: int) -> int:
    """Add SENT_TO edges; returns where the Nơi nhận block begins (the end of the body), or len(text)."""
    s = ctx.s
    seen: set[str] = set()
    reach = min(len(s), body_start + 1500)
    # without "điện" the pattern's second branch cannot match, and its runs of capitals cost the most
    m = (_ADDRESSED if s.find("điện", 0, reach) >= 0 else _DEAR).search(s, 0, reach)
    if m:
        block = _block(s, m.end(), stop_at_plain=False)
        for a, b in block:
            _add(ctx, bodies, doc_id, issuer, a, b, "addressed", seen)
        short = SHORT_NAME.match(s, block[-1][1]) if block else None
        if short:  # "Kính gửi: - BHXH …; - BHXH … (Sau đây viết tắt là BHXH các tỉnh)"
            ctx.short_names[short.group(1).strip()] = sorted(seen)
        also = _ALSO_ADDRESSED.search(s, m.end(), min(len(s), m.end() + 800))
        for a, b in _block(s, also.end(), stop_at_plain=False) if also else []:
            _add(ctx, bodies, doc_id, issuer, a, b, "addressed", seen)  # "Đồng kính gửi: Ủy ban nhân dân tỉnh …"
    # the first "Nơi nhận" closes the document; what follows it is an annex or a second copy
    copied = _COPIED.search(s, body_start)
    if copied and _AS_INVITED.search(s, copied.end(), copied.end() + 200):
        # an invitation sent "Như thành phần mời": its addressees are the bodies it invites
        invited = _INVITED.search(s, body_start, copied.start())
        for a, b in _block(s, invited.end(), stop_at_plain=True) if invited else []:
            _add(ctx, bodies, doc_id, issuer, a, b, "addressed", seen)
    if copied:
        for a, b in _block(s, copied.end(), stop_at_plain=True):
            article = _AS_ARTICLE.match(s, a, b)
            if article:  # "- Như Điều 4;": the bodies that article names carry it out, and are addressed
                _article_addressees(ctx, bodies, doc_id, issuer, article.group(1), copied.start(), seen)
                continue
            _add(ctx, bodies, doc_id, issuer, a, b, "copied", seen)
    return copied.start() if copied else len(s)


_AS_ARTICLE = re.compile(r"\s*[-+•]?\s*Như\s+[Đđ]iều\s+(\d{1,2})\b")
_EXECUTE = re.compile(r"(?:chịu|có)\s+trách\s+nhiệm\s+thi\s+hành|thi\s+hành\s+(?:Quyết định|Nghị quyết)")


def _article_addressees(
    ctx: Context, bodies: BodyIndex, doc_id: str, issuer: str | None, number: str, stop: int, seen: set[str]
) -> None:
    s = ctx.s
    starts = [m.start() for m in re.finditer(rf"(?m)^\s*Điều\s+{number}\s*[.:]", s[:stop])]
    if not starts:
        return
    start = starts[-1]
    nxt = ARTICLE.search(s, start + 5, stop)
    end = nxt.start() if nxt else stop
    execute = _EXECUTE.search(s, start, end)
    end = execute.start() if execute else end  # "… chịu trách nhiệm thi hành Quyết định này": those named before
    for p in bodies.within(start, end):
        if (
            p.node_id == issuer
            or p.node_id in seen
            or re.search(r"(?:thuộc|của|trực thuộc)\s*$", s[start : p.mention.start])
        ):
            continue
        seen.add(p.node_id)
        ctx.edge("SENT_TO", doc_id, p.node_id, (start, p.mention.end), role="addressed")


def _add(
    ctx: Context, bodies: BodyIndex, doc_id: str, issuer: str | None, a: int, b: int, role: str, seen: set[str]
) -> None:
    s = ctx.s
    line = s[a:b]
    if _SKIP.match(line) or (role == "copied" and _OTHER_COLUMN.match(line)):
        return
    gap = _COLUMN_GAP.search(line) if role == "copied" else None
    if gap:
        b = a + gap.start()
    # a signature marker that PDF columns pushed onto the line ("Nơi nhận: TL. CHỦ TỊCH")
    cut = _SIGNATURE_MARK.search(line)
    if cut:
        b = min(b, a + cut.start())
    note = _NOTE.search(s, a, b)
    if note:
        b = min(b, note.start())
    found = [p for p in bodies.within(a, b)]
    if not found:
        for mention in find_bodies(s, a, b):
            node_id = bodies.add(mention)
            if node_id:
                found = [*found, *[p for p in bodies.within(mention.start, mention.end)]]
    acr = re.search(r"Công ty\s+([A-ZĐ][A-ZĐ0-9&]{1,9})\b", s[a:b])
    if acr and acr.group(1) in ctx.acronyms:
        found = [p for p in found if not p.mention.surface.endswith(acr.group(1))]
        _edge(ctx, doc_id, ctx.acronyms[acr.group(1)], (a, b), role, seen)
    for p in found:
        if p.node_id != issuer and not _UNDER.search(s, max(a, p.mention.start - 14), p.mention.start):
            _edge(ctx, doc_id, p.node_id, (a, b), role, seen)


# "- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,": the committee named is whose the group is
_UNDER = re.compile(r"(?<![\wĐđ])(?:trực thuộc|thuộc)\s+$")


def _edge(ctx: Context, doc_id: str, target: str, span: tuple[int, int], role: str, seen: set[str]) -> None:
    if target in seen:
        return
    seen.add(target)
    ctx.edge("SENT_TO", doc_id, target, span, role=role)


# "… Công văn số 150/SNV-TCBC ngày 20/02/2025 gửi Sở Tư pháp đề nghị …": a cited letter and whom it went to
# (after a comma, "gửi" opens an instruction: "hoàn chỉnh Báo cáo số 688/BC-SNNMT, gửi UBND tỉnh trước ngày …")
# (or asking the body it was sent to: "UBND huyện đã có Công văn số 1984/UBND-TNMT đề nghị Sở Tài nguyên và Môi trường
# hướng dẫn …")
_SENT = re.compile(
    r"\s*(?:ngày [\d/]{8,10}\s+)?(?:về việc [^,.;]{0,80}?\s)?(?:gửi|đề nghị)\s+(?:đến\s+|tới\s+|cho\s+)?"
)


# "đã báo cáo Ủy ban nhân dân Thành phố tại Báo cáo số 2614/BC-KCNC": the report went to the body it names
_REPORTED_TO = re.compile(r"(?<![\wĐđ])báo cáo\s+$")


_REPORT_WORDS = ("", "Báo cáo", "báo cáo", "Văn bản", "văn bản", "Công văn", "công văn")


def cited_recipients(ctx: Context, bodies: BodyIndex, cited: list[tuple[int, int, str]]) -> None:
    """SENT_TO from a cited document to the bodies named right after "gửi" in its clause."""
    s = ctx.s
    for start, end, doc_id in cited:
        at = s.rfind(" tại ", max(0, start - 90), start)
        to = bodies.ending_at(at, slack=0) if at >= 0 and s[at + 5 : start].strip() in _REPORT_WORDS else None
        if to is not None and _REPORTED_TO.search(s, max(0, to.mention.start - 12), to.mention.start):
            ctx.edge("SENT_TO", doc_id, to.node_id, (to.mention.start, end), role="addressed")
        m = _SENT.match(s, end)
        first = bodies.at(m.end(), slack=0) if m else None
        if first is None and m is not None:
            # "… đề nghị Công ty cung cấp hồ sơ": the body by the short name the document gave it
            declared = ctx.declared_at(m.end())
            if len(declared) == 1:  # (one body; a group's short name is the writer's own addressees)
                ctx.edge("SENT_TO", doc_id, declared[0], (start, m.end()), role="addressed")
        if first is None or first.node_id == doc_id:
            continue
        listed = [first]
        while True:  # "gửi Sở Tư pháp, Sở Nội vụ và Sở Tài chính"
            sep = re.match(r"\s*(?:,|và)\s*", s[listed[-1].mention.end : listed[-1].mention.end + 6])
            nxt = bodies.at(listed[-1].mention.end + sep.end(), slack=0) if sep else None
            if nxt is None:
                break
            listed.append(nxt)
        for p in listed:
            ctx.edge("SENT_TO", doc_id, p.node_id, (start, p.mention.end), role="addressed")
