"""Tasks: who must do what, by when, and what became of it.

"giao X chủ trì, phối hợp với Y", "đề nghị X", "yêu cầu X", numbered conclusions ("1. Sở Tài chính …"),
"Cơ quan thực hiện: X chủ trì" and "X chịu trách nhiệm thi hành" assign; a request upward
("kính trình", "đề nghị … quan tâm, xem xét") does not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from graph.text import tone_key
from loaders.extract.bodies import CENTRAL_CITIES, CHIEF, CHIEF_POST, central_body
from loaders.extract.context import Context
from loaders.extract.deadlines import deadline
from loaders.extract.mentions import SUB_UNIT, BodyIndex, Placed

_CUE = re.compile(
    r"(?:^|(?=[GgYyĐđ\n]))"  # every branch opens on one of these: the search skips other positions in C
    r"(?:(?:(?<![\w])(?:[Gg]iao|[Yy]êu cầu|[Đđ]ề nghị)\s+(?:cho\s+)?)"
    r"|(?:^|\n)\s*(?:\d+(?:\.\d+)*\.?\s*|[a-zđ]\)\s*|(?:[-+]\s*)?(?:Cơ quan|Đơn vị) (?:thực hiện|chủ trì)\s*:\s*"
    r"|[-+]\s*(?=[Cc]ác\s+(?:sở|bộ|Sở|Bộ)\b[^:\n]{0,30}:)|[-+•]\s*(?=[Đđ]ối với\s)|[-+•]\s*)(?=\S))"
)
# ``_CUE`` less its "^" (tried at the text's start only), each branch opening on a literal letter: the search skips in
# C to the letters a cue opens on, where ``_CUE``'s lookahead was tried at every position. The cue words are spelled
# again here; what a line may open with is taken from ``_CUE`` itself (tests/test_extract_fast_paths.py holds the two
# to each other).
_CUE_LINE_OPENING = _CUE.pattern.split(r"|(?:^|\n)", 1)[1].removesuffix(")")
_CUE_AFTER_START = re.compile(
    "|".join(
        rf"{w}(?<!\w.{{{len(w)}}})\s+(?:cho\s+)?" for w in ("Giao", "giao", "Yêu cầu", "yêu cầu", "Đề nghị", "đề nghị")
    )
    + r"|\n"
    + _CUE_LINE_OPENING
)


def _cue_search(s: str, pos: int, stop: int | None = None) -> re.Match[str] | None:
    """``_CUE.search(s, pos, stop)``, faster."""
    stop = len(s) if stop is None else stop
    if pos <= 0:
        at_start = _CUE.match(s, 0, stop)
        if at_start:
            return at_start
    m = _CUE_AFTER_START.search(s, pos, stop)
    return _CUE.match(s, m.start(), stop) if m else None


def _cues(s: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """``_CUE.finditer(s, start, stop)``: a cue is never empty."""
    m = _cue_search(s, start, stop)
    while m is not None:
        yield m
        m = _cue_search(s, m.end(), stop)


# "2. Đối với Sở Xây dựng:" and the bullets under it, in a document that directs (not a report's account)
_REGARDING = re.compile(r"[Đđ]ối với\s+")
_DESCRIBES = ("BC", "TTr")
# (asked to approve, not to prepare for approval: "Đề nghị Sở … thẩm định, trình phê duyệt giá đất" gives work)
_UPWARD = re.compile(
    r"^[^.;:\n]{0,40}?\b(?:quan tâm|(?<!trình )(?P<approve>phê duyệt)|chấp thuận|cho ý kiến|phê chuẩn)"
)
_LEAD_IN = re.compile(
    r"(?:[Cc]ác\s+(?:sở|Sở|bộ|Bộ|cơ quan|đơn vị|(?:huyện|quận|thị|thành)\s+[uủ][ỷy])"
    r"(?:\s*,\s*(?:ban|ngành|cơ quan|đơn vị)(?: ngang bộ)?){0,3}\s*:\s*"
    # (a chief, whose body's name follows: "Giao Giám đốc Sở Tài chính …", "Giao Chánh Thanh tra huyện …")
    rf"|(?:Ban [Cc]hủ nhiệm|[Ll]ãnh đạo|{CHIEF})\s*:?\s+"
    r"|(?:các\s+)?nhiệm vụ(?:\s+cụ thể)?\s+cho\s+"  # "giao nhiệm vụ cụ thể cho Phòng Tài nguyên và Môi trường, …"
    r"|(?:[Cc]ác\s+)?(?:Ban [Cc]hủ nhiệm\s+)?[Cc]ác\s+[^()\n:;]{2,40}?\(\s*)"  # "các Đoàn Luật sư (Lâm Đồng, …"
)
# "được giao", "do … giao", "nhiệm vụ … giao cho": the cue describes, it does not instruct
_NOT_IMPERATIVE = re.compile(r"(?:được|do\b[^,.;]{0,40}|đã|nhiệm vụ[^,.;]{0,40}|Nhiệm vụ)\s*$")
# an item that tells what its body did ("Ban Thường vụ Đảng ủy xã nhiệm kỳ 2020 - 2025 đã buông lỏng …")
# (or what it failed at, a finding: "Ban Thường vụ Đảng ủy xã nhiệm kỳ 2020 - 2025 thiếu lãnh đạo, kiểm tra …")
# (or what it judges, in a notice of its conclusions: "1. Ban Thường vụ Tỉnh ủy ghi nhận các cơ quan … đã tập trung …")
_ACCOUNT = re.compile(
    r"\s*(?:nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\s+)?(?:đã|đang|vẫn|thiếu|buông lỏng|để xảy ra|vi phạm"
    r"|ghi nhận|đánh giá cao|biểu dương|nhất trí|cơ bản thống nhất|thống nhất với|nhận thấy"
    # (or what held it back: "1. Công ty TNHH … gặp khó khăn về tài chính, đã có văn bản xin nộp …")
    r"|gặp khó khăn|gặp vướng mắc|còn vướng mắc)"
    r"(?:\s+và\s+đang)?\s"
)
TASK_END = re.compile(r"(?<=[.;])\s|\n(?=\s*(?:\d+\.|[-+•]|[IVX]+\.))|\./\.")


def tasks(
    ctx: Context, bodies: BodyIndex, doc_id: str, issuer: str | None, start: int, stop: int, assigner_at: dict[int, str]
) -> None:
    s = ctx.s
    answered: set[int] = set()  # sentences whose received request is already a task
    leads_of_lists: dict[int, int | None] = {}  # by a bullet line's start, where its list's lead line begins
    superiors = _superiors(ctx, issuer)
    # a task a report quotes is read with what became of it (quoted_tasks), not again here
    quoted = [(m.start(), m.end("task")) for m in _QUOTED_TASK.finditer(s, start, stop)]
    for cue in _cues(s, start, stop):
        pos = cue.end()
        if quoted and any(a <= cue.start() < b for a, b in quoted):
            continue
        # "Giao các sở: Tài chính, …", "đề nghị Ban Chủ nhiệm Đoàn Luật sư …": the bodies after the lead-in
        lead_in = _LEAD_IN.match(s, pos)
        if lead_in:
            pos = lead_in.end()
        regarding = _REGARDING.match(s, pos) if cue.group()[:1] in "\n-+•0123456789 " else None
        if regarding:
            if _directs(ctx, cue.start()):
                _regarding_task(ctx, bodies, doc_id, cue, regarding.end(), stop, assigner_at)
            continue
        if _bare_bullet(s, cue) and not _under_directing_lead(s, cue.start(), leads_of_lists):
            continue  # a bullet gives work only in a list whose lead line directs ("2. Yêu cầu các cơ quan")
        # "2.5. Các Sở: Tài chính, Tư pháp …": a list's first body is placed where the list opens
        first = bodies.at(pos, slack=1) or (bodies.at(cue.end(), slack=0) if lead_in else None)
        received = _received_request(ctx, bodies, cue, assigner_at) if first is None else None
        if received and received[2] not in answered:
            answered.add(received[2])
            add_task(ctx, s, doc_id, cue, pos, -1, [received[0]], [], assigner_at, assigner=received[1])
            continue
        # "đề nghị Ủy ban nhân dân các xã thực hiện …" in a letter addressed to named communes: those communes
        group = _UNITS_GROUP.match(s, pos) if first is None and cue.group()[:1].isalpha() else None
        if group and group.group("kind") == "tỉnh" and not group.group("head").startswith("Sở"):
            group = None  # "UBND các tỉnh", "… các tỉnh, thành phố": every province's, but the departments addressed
        addressed = _addressed_units(ctx, doc_id, group.group("kind"), group.group("head")) if group else []
        if group and addressed:
            line_end = s.find("\n", group.end())
            end_m = TASK_END.search(s, group.end())
            end = end_m.start() if end_m else stop
            if line_end > 0 and _ends_on_colon(s, line_end) and (end_m is None or end_m.start() > line_end):
                end = _bullets_end(s, line_end, _ANY_ITEMS)  # "… thực hiện một số nội dung sau:" and its items
            add_task(ctx, s, doc_id, cue, pos, min(end, stop), addressed, [], assigner_at)
            continue
        # "Riêng Sở Tư pháp, đề nghị có ý kiến về …": the body singled out before the request
        singled = _singled_out_before(s, bodies, cue) if first is None and cue.group()[:1].isalpha() else None
        if singled is not None and singled.node_id not in superiors:
            add_task(ctx, s, doc_id, cue, pos, -1, [singled.node_id], [], assigner_at)
            continue
        # "yêu cầu Công ty khôi phục …" after "(sau đây gọi là Công ty)"; a numbered finding about it ("1. Công ty
        # chậm đưa đất vào sử dụng …") gives it no work
        named = ctx.declared_at(pos) if cue.group()[:1].isalpha() else []
        if first is None and named:
            # "giao Công ty chủ trì, phối hợp với Sở Tài chính …": its partners, named right after it (not those of
            # another body later in the clause: "… để Sở Tư pháp chủ trì phối hợp với Sở Nội vụ …")
            clause = TASK_END.search(s, pos, stop)
            supports = _supports(s, bodies, pos, min(clause.start() if clause else stop, pos + 45))
            add_task(ctx, s, doc_id, cue, pos, stop, named, supports, assigner_at)
            continue
        if first is None:
            continue
        alpha = cue.group()[:1].isalpha()
        reported = alpha and not _imperative(ctx, bodies, cue.start(), issuer)
        in_sentence = _assigner(s, cue.start(), assigner_at) if alpha else None
        followed = _followed_up(ctx, bodies, cue, first, issuer, assigner_at) if alpha and not in_sentence else None
        if reported and not followed and not in_sentence:
            continue  # another body's instruction in reported speech, with no document of its own to give it
        if _asked_of_superior(ctx, bodies, cue.start(), superiors):
            continue  # "Đề nghị UBND tỉnh giao Sở Nội vụ …": what a superior is asked to give, not given
        asks = cue.group().lower().startswith("đề nghị")  # the report's own request: upward only if to a superior
        if not asks and _proposal(ctx, cue.start()) and not _assigner(s, cue.start(), assigner_at):
            continue  # "Sở Nội vụ đề xuất UBND tỉnh chỉ đạo: … Giao Sở Tài chính …": proposed, not yet given
        listed = bool(re.match(r"\s*[-+•]\s*$", cue.group()))  # "- Các sở, ngành: A, B chuẩn bị …"
        bullet = re.match(r"\s*(?:\d|[-+])", cue.group()) and not re.match(
            r"\s*(?:[-+]\s*(?:Cơ quan|Đơn vị)|\d)", cue.group()
        )
        if bullet and not listed:
            continue
        # (a recipient's line ends on its semicolon: "- Các Bộ: Tài chính, Nội vụ;" has no verb of its own, nor one
        # wrapped over lines up to the next item: "- Các Sở: Tài nguyên …, Tài chính," / "  Xây dựng, …;")
        line_end = s.find("\n", first.mention.end)
        if listed and line_end > 0 and not s[:line_end].rstrip().endswith(";"):
            next_item = _NEXT_BULLET.search(s, line_end, first.mention.end + 240)
            line_end = next_item.start() if next_item else line_end
        verb_stop = (
            line_end if listed and line_end > 0 and s[:line_end].rstrip().endswith(";") else first.mention.end + 120
        )
        named_last = _list(s, bodies, first)[-1].mention.end
        if (
            (listed or re.match(r"\s*(?:\d|[a-zđ]\))", cue.group()))
            and not _TASK_VERB.search(s, first.mention.end, min(verb_stop, first.mention.end + 120))
            and not _VERB_ON_THE_NEXT_LINE.match(s, named_last)
            and not (_COLON_THEN_WORK.match(s, first.mention.end) and _directs(ctx, cue.start()))
            and not _items_of_work_follow(s, first.mention.end)
        ):
            continue  # "13. Hội Bảo trợ Người khuyết tật …;": an item of a list, not an instruction
        if not cue.group()[:1].isalpha() and _ACCOUNT.match(s, first.mention.end):
            continue  # "1. Văn phòng HĐND và UBND phường đã tham mưu …, ban hành …": work done, not work given
        leads = _list(s, bodies, first)
        # the clause ends after the last body it names: "Tài chính; Tư pháp; … phối hợp …" is one clause
        end_m = TASK_END.search(s, max(pos, leads[-1].mention.end))
        end = end_m.start() if end_m else stop
        line_end = s.find("\n", leads[-1].mention.end)
        heading = re.match(r"\s*\d", cue.group()) and _WORK_BULLETS_UNDER.match(s, leads[-1].mention.end)
        if (line_end > 0 and _ends_on_colon(s, line_end) and line_end - leads[-1].mention.end < 120) or heading:
            # "Giao Sở Nội vụ:" and the bullets under it, or a numbered heading that names the bodies alone
            lettered = _LETTERED.match(s, s.rfind("\n", 0, cue.start() + 1) + 1)  # "b) Giao Sở Nội vụ:"
            end = _bullets_end(s, leads[-1].mention.end, _BULLETS if lettered else _BULLETS_OR_LETTERS)
        end = min(end, stop)
        after = s[leads[-1].mention.end : end]
        upward = _UPWARD.match(after)
        if upward and upward.group("approve") and _all_below(ctx, issuer, [p.node_id for p in leads]):
            upward = None  # "Đề nghị UBND huyện Krông Pa khẩn trương phê duyệt phương án" from a province's board
        if upward or "kính" in s[max(0, cue.start() - 12) : cue.start()].lower():
            continue
        own_type = ctx.docs["self"].doc_type if "self" in ctx.docs else None
        # "đề nghị UBND tỉnh …" from one of its departments: a request upward (but a decision's numbered item sets the
        # work of whoever it names: "1. Ban Quản lý dự án … tỉnh chủ trì …" in a ward's decision)
        numbered_in_a_plan = (
            not cue.group()[:1].isalpha()
            and own_type in _PLANS
            and not any(
                tone_key(str(ctx.graph.nodes[p.node_id].properties.get("name", ""))).startswith(_STATE_HEADS)
                for p in leads
            )
            and not _in_results_section(s, cue.start())
        )
        if "giao" not in cue.group().lower() and all(p.node_id in superiors for p in leads) and not numbered_in_a_plan:
            continue
        if (
            all(p.node_id == issuer for p in leads)
            and "giao" not in cue.group().lower()
            and own_type not in _PLANS
            and not _assigner(s, cue.start(), assigner_at)
        ):
            continue  # a report's own doings are not tasks (but what a cited conclusion asked of it is); a decision or
            # plan may task its issuer
        supports = _supports(s, bodies, leads[-1].mention.end, end) or _supporting_line(s, bodies, cue, end)
        add_task(ctx, s, doc_id, cue, pos, end, [p.node_id for p in leads], supports, assigner_at, assigner=followed)
        # "6. Sở Y tế chuẩn bị …; Sở Giáo dục …", "Đề nghị Ban Quản lý … chuẩn bị …; UBND các xã: A, B báo cáo …"
        _next_clauses(ctx, bodies, doc_id, cue, end, stop, assigner_at)


# "- Cơ quan chủ trì: Sở Giáo dục và Đào tạo.⏎- Cơ quan phối hợp: Sở Kế hoạch và Đầu tư, …": the partners' own line
_SUPPORTING_LINE = re.compile(r"\n[ \t]*(?:[-+•][ \t]*)?(?:Cơ quan|Đơn vị) phối hợp[ \t]*:[ \t]*")


def _supporting_line(s: str, bodies: BodyIndex, cue: re.Match[str], end: int) -> list[str]:
    """The bodies of the "Cơ quan phối hợp:" line right after a "Cơ quan chủ trì:" one."""
    if "chủ trì" not in cue.group():
        return []
    line_end = s.find("\n", end)
    line = _SUPPORTING_LINE.match(s, line_end) if line_end >= 0 else None
    first = bodies.at(line.end(), slack=0) if line else None
    return [p.node_id for p in _list(s, bodies, first)] if first else []


# what ends the block under a heading "2. Đối với Sở Tài chính": the next item, heading or the closing words
_BLOCK_END = re.compile(r"\n(?=\s*(?:\d+(?:\.\d+)*\.|[IVX]+\.|[a-zđ]\)|[-+•]\s*[Đđ]ối với|Nơi nhận|Trên đây|\n))")
_OVERSIGHT = re.compile(r"giám sát|thanh tra|kiểm toán|kiểm tra", re.IGNORECASE)
_RECOMMENDS = re.compile(r"\n\s*(?:[IVX]+\.|\d+\.)?\s*(?:(?:ĐỀ XUẤT,\s*)?KIẾN NGHỊ|(?:Đề xuất,\s*)?[Kk]iến nghị)\b")


def _directs(ctx: Context, at: int) -> bool:
    """Whether a heading "Đối với <body>" gives work: in a plan, decision or notice, and in an oversight or
    inspection report's recommendations; a report's own account of a body is not an instruction."""
    own = ctx.docs.get("self")
    if own is None or own.doc_type not in _DESCRIBES:
        return True
    if not _OVERSIGHT.search(own.title or ""):
        return False
    section = ctx.s[_section_start(ctx.s, at) : at]
    return bool(_RECOMMENDS.search(section[:200]))


def _regarding_task(
    ctx: Context, bodies: BodyIndex, doc_id: str, cue: re.Match[str], pos: int, stop: int, assigner_at: dict[int, str]
) -> None:
    """ "2. Đối với Sở Tài chính:" and what follows it on its line or in the lines under it."""
    s = ctx.s
    lead_in = _LEAD_IN.match(s, pos)  # "Đối với Chủ tịch Ủy ban nhân dân xã Tân Thuận:": the head answers for it
    first = bodies.at(lead_in.end() if lead_in else pos, slack=1)
    if first is None:
        return  # "Đối với việc kê khai tài sản": a topic, not a body
    leads = _list(s, bodies, first)
    after = leads[-1].mention.end
    line_end = s.find("\n", after)
    line_end = len(s) if line_end < 0 else line_end
    rest = s[after:line_end]
    if re.fullmatch(r"\s*:?\s*", rest):
        block = _BLOCK_END.search(s, line_end + 1)
        end = block.start() if block else stop
    elif rest.lstrip().startswith(":"):
        end_m = TASK_END.search(s, after)
        end = end_m.start() if end_m else stop
    else:
        return  # "Đối với Sở Tài chính, …": the sentence goes on about the body
    end = min(end, stop, after + 1500)
    if _HUMBLY.match(s, line_end + 1):
        return  # "1. Đối với Uỷ ban nhân dân tỉnh⏎Kính đề nghị Uỷ ban nhân dân tỉnh xem xét …": asked upward
    if _ANY_TASK_VERB.search(s, after, end):
        # "Đối với Sở Nông nghiệp và Môi trường: Chủ trì, phối hợp với Sở Tài chính …": the body it works with
        supports = _supports(s, bodies, after, end)
        add_task(ctx, s, doc_id, cue, pos, end, [p.node_id for p in leads], supports, assigner_at)


_HUMBLY = re.compile(r"[ \t]*(?:[-+•][ \t]*)?Kính\s")
_WITH = re.compile(r"phối hợp (?:chặt chẽ |thường xuyên )?(?:với|cùng)\s+")


def _supports(s: str, bodies: BodyIndex, start: int, end: int) -> list[str]:
    """The bodies named after the first "phối hợp với" between ``start`` and ``end``."""
    ph = _WITH.search(s, start, end)
    chief = CHIEF_POST.match(s, ph.end()) if ph else None  # "phối hợp với Giám đốc Sở Xây dựng": the department
    sp = bodies.at(chief.end() if chief else ph.end(), slack=6) if ph else None
    if sp is None:
        # "giao UBND phường Võ Cường chủ trì, Sở Xây dựng phối hợp": the partners named before their verb
        lead = _LEAD_THEN.match(s, start, end)
        sp = bodies.at(lead.end(), slack=0) if lead else None
        listed = _list(s, bodies, sp) if sp else []
        if not listed or not _PARTNERS_VERB.match(s, listed[-1].mention.end):
            return []
        return [p.node_id for p in listed]
    return [p.node_id for p in _list(s, bodies, sp)]


_LEAD_THEN = re.compile(r"\s+chủ trì\s*,\s*")
_PARTNERS_VERB = re.compile(r"\s+phối hợp(?![\wĐđ]|\s+với)")


# '2. Nhiệm vụ "UBND xã Yên Mô hoàn thành chi trả …": đang thực hiện': a report restating a task it was given
# (or item by item, what was directed and, on the next line, what became of it: 'a) Nội dung: "Giao Sở … trước ngày
# 31/8/2023." / Kết quả: Sở đã trình …')
_QUOTED_TASK = re.compile(
    r"(?m)^[ \t]*(?:\d+(?:\.\d+)*\.|[a-zđ]\)|[-+•])?[ \t]*"
    r"(?:[Nn]hiệm vụ|[Nn]ội dung(?:[ \t]+(?:chỉ đạo|kết luận))?)[ \t]*"
    r"(?:số[ \t]*\d+[ \t]*)?:?[ \t]*[“\"](?:Giao|Yêu cầu|Đề nghị)?[ \t]*"
    r"(?P<task>[^”\"\n]{5,400})[”\"][ \t]*:?[ \t]*(?P<after>[^\n]*)"
    r"(?:\n[ \t]*Kết quả(?:[ \t]+thực hiện)?[ \t]*:[ \t]*(?P<result>[^\n]*))?"
)


def quoted_tasks(ctx: Context, bodies: BodyIndex, doc_id: str, assigner_at: dict[int, str]) -> None:
    """Tasks a report quotes, each with what became of it, given by the document its section follows up
    ("III. VIỆC THỰC HIỆN KẾT LUẬN TẠI THÔNG BÁO SỐ 203/TB-UBND")."""
    s = ctx.s
    first_quoted: dict[int, int] = {}  # by a section's start, where its first quoted task begins
    for m in _QUOTED_TASK.finditer(s):
        first = bodies.at(m.start("task"), slack=1)
        if first is None or not _ANY_TASK_VERB.search(s, first.mention.end, m.end("task")):
            continue
        section = _section_start(s, m.start())
        # the section's lead names the document, not an earlier item's result ("Kết quả: Sở đã ban hành Công văn …")
        lead_end = first_quoted.setdefault(section, m.start())
        given = [pos for pos in assigner_at if section <= pos < lead_end]
        # (or the report carries out one document, whose conclusions its items quote: "Thực hiện Thông báo số
        # 412/TB-UBND …, Sở Công Thương báo cáo …: II. … 1. Nội dung kết luận: "Giao Sở …"")
        assigner = assigner_at[min(given)] if given else _the_one_carried_out(ctx, doc_id)
        if assigner is None:
            continue  # whose task it was is not said
        listed = _list(s, bodies, first)
        supports = _supports(s, bodies, listed[-1].mention.end, m.end("task"))
        status = _status_of(m.group("after")) if m.group("after").strip(" .") else _result_status(m.group("result"))
        leads = [p.node_id for p in listed]
        add_task(ctx, s, doc_id, m, m.start("task"), m.end("task"), leads, supports, assigner_at, assigner, status)


def _the_one_carried_out(ctx: Context, doc_id: str) -> str | None:
    """The document a report carries out, where it carries out one only."""
    carried = {target for kind, source, target in ctx.graph.edges if kind == "IMPLEMENTS" and source == doc_id}
    return carried.pop() if len(carried) == 1 else None


# what a report says of a task, the earlier stage first: not yet, under way, done
_STAGES = (("chưa", "pending"), ("đang", "in_progress"), ("đã", "done"))


def _result_status(words: str | None) -> str:
    """What a "Kết quả: …" line says became of a task, anywhere on the line (the earliest stage it names)."""
    words = words or ""
    if LATE.search(words):
        return "overdue"
    for word, status in _STAGES:
        if re.search(rf"(?<!\w){word}(?!\w)", words):
            return status
    return "assigned"


def _status_of(words: str) -> str:
    if LATE.search(words):
        return "overdue"
    for word, status in _STAGES:
        if re.match(rf"\s*{word}\b", words):
            return status
    return "assigned"


ARTICLE = re.compile(r"(?m)^\s*Điều\s+\d{1,2}\s*[.:]")


def _next_clauses(
    ctx: Context, bodies: BodyIndex, doc_id: str, cue: re.Match[str], end: int, stop: int, assigner_at: dict[int, str]
) -> None:
    """ "6. Sở Y tế chuẩn bị …; Sở Giáo dục và Đào tạo chỉ đạo …": a numbered item's next clause with a body of its
    own for subject is a task of its own."""
    s = ctx.s
    while end < stop and (s.startswith(";", end) or s[end - 1 : end] == ";"):
        first = bodies.at(end + 1 if s.startswith(";", end) else end, slack=2)
        if first is None or not _TASK_VERB.search(s, first.mention.end, first.mention.end + 60):
            return
        leads = _list(s, bodies, first)
        if _ACCOUNT.match(s, leads[-1].mention.end):
            return  # "…: đã thực hiện; Ban Quản lý đã tổ chức kiểm điểm …": what was done, not work given
        nxt = TASK_END.search(s, leads[-1].mention.end)
        clause_end = min(nxt.start() if nxt else stop, stop)
        add_task(ctx, s, doc_id, cue, first.mention.start, clause_end, [p.node_id for p in leads], [], assigner_at)
        end = clause_end


# (not the fault a discipline or inspection finding lays on someone: "…, chịu trách nhiệm người đứng đầu.")
_DUTY = re.compile(
    r"(?:có|chịu)\s+trách\s+nhiệm\s+(?!(?:chính|người đứng đầu|liên đới|trực tiếp|cá nhân)\s*[.;,)])(?:thi hành\s+)?"
)


def duties(ctx: Context, bodies: BodyIndex, doc_id: str, issuer: str | None, assigner_at: dict[int, str]) -> None:
    """ "A; B; C chịu trách nhiệm thi hành Quyết định này", "Ban Chủ nhiệm Đoàn Luật sư … có trách nhiệm báo cáo":
    the bodies of the clause before the words are given what follows."""
    s = ctx.s
    for cue in _DUTY.finditer(s):
        clause = max(s.rfind(m, 0, cue.start()) for m in (". ", ":", "\n", "“"))
        articles = (
            list(ARTICLE.finditer(s, max(0, cue.start() - 1000), cue.start())) if "thi hành" in cue.group() else []
        )
        if articles:
            article = articles[-1]
            # "Điều 4. Chánh Văn phòng …, Giám đốc các Sở: Tài chính, …; Giám đốc Công an tỉnh … chịu trách nhiệm
            # thi hành": the whole article lists who carries the decision out, over its colons and lines
            clause = article.end() - 1
        leads = [
            p.node_id
            for p in bodies.within(clause + 1, cue.start())
            if p.node_id != issuer and not re.search(r"(?:thuộc|của|trực thuộc)\s*$", s[clause + 1 : p.mention.start])
        ]
        if not leads or re.search(r"\b(?:được|không|chưa)\s*$", s[clause + 1 : cue.start()]):
            continue
        if _ASKS_IN.search(s, clause + 1, cue.start()) and set(leads) & _superiors(ctx, issuer):
            continue  # "Đề nghị UBND tỉnh giao Sở Nội vụ … chịu trách nhiệm": asked of a superior, not given
        if _proposal(ctx, cue.start()) and not _assigner(s, cue.start(), assigner_at):
            continue  # a report's proposal of who should be responsible
        add_task(ctx, s, doc_id, cue, cue.end(), -1, list(dict.fromkeys(leads)), [], assigner_at)


_UNITS_GROUP = re.compile(
    r"(?P<head>Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Sở [\wĐđ]+(?: [\wĐđ]+){0,5}?)"
    r"\s+các\s+(?P<kind>xã|phường|tỉnh)(?![\wĐđ])(?!\s*,\s*thành phố)"
)


def _addressed_units(ctx: Context, doc_id: str, kind: str, head: str = "UBND") -> list[str]:
    """The People's Committees of the communes (or wards) the document is addressed to; or the departments of the
    provinces ("Kính gửi: Sở Y tế các tỉnh: Tuyên Quang, …" then "đề nghị Sở Y tế các tỉnh triển khai …")."""
    body = "uỷ ban nhân dân" if head.startswith(("Ủy", "Uỷ", "UBND")) else tone_key(head)
    prefix = (body + " " + kind + " ",)
    return [
        e.target
        for e in ctx.graph.edges.values()
        if e.type == "SENT_TO"
        and e.source == doc_id
        and e.properties.get("role") == "addressed"
        and tone_key(str(ctx.graph.nodes[e.target].properties.get("name", ""))).startswith(prefix)
    ]


_SINGLED = re.compile(r"(?:^|(?<=[\s.;:]))(?:[Rr]iêng|[Đđ]ối với)\s+$")


def _singled_out_before(s: str, bodies: BodyIndex, cue: re.Match[str]) -> Placed | None:
    """The body of "Riêng X, đề nghị …", "Đối với X, yêu cầu …" right before the cue."""
    if not s.endswith(", ", 0, cue.start()):
        return None
    body = bodies.ending_at(cue.start() - 2, slack=0)
    if body is None or not _SINGLED.search(s, max(0, body.mention.start - 10), body.mention.start):
        return None
    return body


def _received_request(
    ctx: Context, bodies: BodyIndex, cue: re.Match[str], assigner_at: dict[int, str]
) -> tuple[str, str, int] | None:
    """ "Sở Tư pháp nhận được Văn bản số 2377/UBND-NCKS …, theo đó đề nghị có ý kiến …": the letter received
    asks the body that received it."""
    s = ctx.s
    if not cue.group().lower().startswith("đề nghị"):
        return None
    opening = max(s.rfind(". ", 0, cue.start()), s.rfind("\n", 0, cue.start()))
    got = re.search(r"nhận được\s", s[opening + 1 : cue.start()])
    if got is None or _assigner(s, cue.start(), assigner_at) is None:
        return None
    receiver = bodies.ending_at(opening + 1 + got.start() - 1, slack=2)
    after = opening + 1 + got.end()
    letter = min((end for end in assigner_at if after < end < cue.start()), default=None)
    if receiver is None or letter is None:
        return None
    if _asks_upward(ctx, assigner_at[letter], receiver.node_id):
        return None  # "Bộ Y tế nhận được Công văn số 2089/UBND-VXNV … của UBND tỉnh … đề nghị hướng dẫn": asked upward
    return receiver.node_id, assigner_at[letter], opening


def _asks_upward(ctx: Context, letter: str, receiver: str) -> bool:
    """Whether a letter's issuer is a province's body and its receiver a central one, above it."""
    issuers = [e.source for e in ctx.graph.edges.values() if e.type == "ISSUED" and e.target == letter]
    name = str(ctx.graph.nodes[receiver].properties.get("name", ""))
    return (
        bool(issuers)
        and central_body(name)
        and not any(central_body(str(ctx.graph.nodes[i].properties.get("name", ""))) for i in issuers)
    )


def add_task(
    ctx: Context,
    s: str,
    doc_id: str,
    cue: re.Match[str],
    pos: int,
    end: int,
    leads: list[str],
    supports: list[str],
    assigner_at: dict[int, str],
    assigner: str | None = None,
    status: str | None = None,
) -> None:
    """One Task node, the document that gives it, and the bodies that must do it."""
    if end <= pos:
        end_m = TASK_END.search(s, pos)
        end = end_m.start() if end_m else len(s)
    assigner = assigner or _assigner(s, cue.start(), assigner_at) or doc_id
    span = (cue.start() if cue.group()[:1].isalpha() else pos, end)
    if _given_already(ctx, assigner, leads, span):
        return
    n = sum(1 for k in ctx.graph.nodes if k.startswith("task:")) + 1
    task_id = f"task:{doc_id.split(':', 1)[-1]}#{n}"
    text = s[span[0] : span[1]].strip()
    props: dict[str, object] = {"description": text[:300]}
    next_cue = _cue_search(s, span[1])
    while next_cue is not None and _bare_bullet(s, next_cue):  # "- Thời gian thực hiện: …" is the item's own line
        next_cue = _cue_search(s, next_cue.end())
    due = deadline(s, span[0], span[1], next_cue.start() if next_cue else None)
    if due:
        props["deadline"] = due
    status = status or ("assigned" if assigner == doc_id else reported_status(s, end, span[0]))
    props["status"] = status
    ctx.node(task_id, "Task", props, span)
    ctx.edge("ASSIGNS", assigner, task_id, span)
    if assigner != doc_id:
        ctx.edge("REPORTS_ON", doc_id, task_id, span, status=status)
    for node_id in leads:
        ctx.edge("ASSIGNED_TO", task_id, node_id, span, role="lead")
    for node_id in supports:
        if node_id not in leads:
            ctx.edge("ASSIGNED_TO", task_id, node_id, span, role="support")


def _given_already(ctx: Context, assigner: str, leads: list[str], span: tuple[int, int]) -> bool:
    """Whether a task read from the same clause (both open with no stop or line break between) already gives these
    bodies the work, by the same document:
    "Văn phòng UBND tỉnh có trách nhiệm theo dõi …" is one task, whichever of two rules reads it first."""
    for edge in ctx.graph.edges.values():
        if edge.type != "ASSIGNS" or edge.source != assigner:
            continue
        task = ctx.graph.nodes.get(edge.target)
        if task is None or not any(_one_clause(ctx.s, src.start, span[0]) for src in task.sources):
            continue
        given = {e.target for e in ctx.graph.edges.values() if e.type == "ASSIGNED_TO" and e.source == task.id}
        if given.issuperset(leads):
            return True
    return False


_CLAUSE_STOP = re.compile(r"[.;\n]")


def _one_clause(s: str, a: int, b: int) -> bool:
    return _CLAUSE_STOP.search(s, min(a, b), max(a, b)) is None


# what a numbered item must say for its body to be given work
_TASK_VERB_TEXT = (
    r"\b(?:báo cáo|tiếp thu|rà soát|thực hiện|chủ trì|phối hợp|tham mưu|xây dựng|hoàn thành|hoàn thiện|khẩn trương"
    r"|triển khai|tổ chức|nghiên cứu|đề xuất|chỉ đạo|hướng dẫn|kiểm tra|theo dõi|đôn đốc|tổng hợp|chuẩn bị|gửi|cung cấp"
    r"|bố trí|ban hành|cơ quan chủ trì|chịu trách nhiệm|có trách nhiệm|làm đầu mối|thẩm định|giải quyết"
    r"|tăng cường|đẩy mạnh|bảo đảm|đảm bảo|tuyên truyền|vận động|phổ biến|quán triệt"
    r"|sơ tán|di dời|khắc phục|ứng phó|giám sát|niêm yết|chi trả|quyết định(?!\s+số)"
    r"|đẩy nhanh|tập trung|công khai|thu hồi|xử lý|cưỡng chế|lập|bàn giao|hỗ trợ|xác minh|điều tra|truy tố|xét xử"
    r"|kiện toàn|sắp xếp|quản lý|xem xét|trình|nộp|khôi phục|thanh tra|kiểm điểm|xử phạt|chấn chỉnh|điều chỉnh"
    r"|huỷ bỏ|hủy bỏ|thi hành|nghiêm túc|lãnh đạo|giảm trừ|hoàn trả|truy thu|thanh lý|vận hành)\b"
)
_TASK_VERB = re.compile(_TASK_VERB_TEXT)
_ANY_TASK_VERB = re.compile(_TASK_VERB_TEXT, re.IGNORECASE)  # "Chủ trì, …" opening a line under a heading
# "2.3. Kho bạc Nhà nước tỉnh Hòa Bình: Kiểm soát, thanh toán kịp thời …": the body, a colon, and its work
_COLON_THEN_WORK = re.compile(r"[ \t]*:[ \t]*[A-ZĐÀ-Ỹ][a-zà-ỹđ]")
# "2. Phòng Giáo dục và Đào tạo huyện Hải Hậu⏎Chỉ đạo Trường THCS Hải Minh hoàn trả …": the body as the item's heading,
# its work on the next line, opening on a capital
# (or on the bullets under it: "2. Bệnh viện Sản Nhi, Bệnh viện Đa khoa tỉnh⏎- Thực hiện nghiêm việc phân luồng …")
_VERB_ON_THE_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*(?:[-+•][ \t]*)?(?=" + _TASK_VERB_TEXT + ")", re.IGNORECASE)
_WORK_BULLETS_UNDER = re.compile(r"[ \t]*\n[ \t]*[-+•][ \t]*(?=" + _TASK_VERB_TEXT + ")", re.IGNORECASE)
# "4. Ủy ban nhân dân các tỉnh: An Giang, …, Tiền Giang:⏎a) Hoàn thành …": the line lists the bodies, however many,
# and its items under the colon their work
# (or on what the body must ask of another: "a) Yêu cầu Công ty … tăng ca", "- Đề nghị Kho bạc …")
_WORK_ITEM = re.compile(
    r"[ \t]*(?:[a-zđ]\)|[-+•])[ \t]*(?=(?:yêu cầu|đề nghị|phê duyệt)\s|" + _TASK_VERB_TEXT + ")", re.IGNORECASE
)


def _items_of_work_follow(s: str, pos: int) -> bool:
    """Whether the line ``pos`` is on ends on a colon and the item under it opens on work."""
    line_end = s.find("\n", pos)
    return line_end > 0 and _ends_on_colon(s, line_end) and _WORK_ITEM.match(s, line_end + 1) is not None


def _ends_on_colon(s: str, end: int) -> bool:
    """Whether the last character before ``end`` that is not white space is a colon (``s[:end].rstrip()`` ending on
    one, without copying the text up to ``end`` to ask)."""
    while end > 0 and s[end - 1].isspace():
        end -= 1
    return s[end - 1 : end] == ":"


# (the citation with its date: "Sở đã có Công văn số 742/SXD-QLCL ngày 27/02/2026 yêu cầu …")
_REPORTED = re.compile(
    r"\b(?:đã\s+)?(?:có|ban hành)\s+(?:\w+\s+){0,3}?(?:số\s+)?[^\s]*"
    r"(?:\s+ngày\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?$"
)
_ROMAN_HEADING = re.compile(r"\n[IVX]{1,4}\.\s")
_PLANS = ("QĐ", "KH", "CTr", "ĐA", "CT", "NQ")
# (not the voters' petitions a report answers: "giải quyết dứt điểm các ý kiến, kiến nghị của cử tri")
_PROPOSING = re.compile(
    r"đề xuất|(?<!ý kiến, )kiến nghị(?!\s+(?:của\s+)?cử tri)|kính trình|tham mưu|xin ý kiến"
    r"|đề nghị (?:UBND|Ủy ban|Uỷ ban) (?:tỉnh|thành phố)"
)


_ITEM = re.compile(r"\n\s*(?:\d+(?:\.\d+)*\.|[a-zđ]\)|[-+•])\s")


def _section_start(s: str, at: int) -> int:
    """Where the roman-numbered section holding ``at`` begins ("III. KIẾN NGHỊ"), or 0: a section starts afresh."""
    headings = list(_ROMAN_HEADING.finditer(s, 0, at))
    return headings[-1].start() if headings else 0


def _proposal(ctx: Context, at: int) -> bool:
    """In a report or a submission, instructions under a proposal to a superior are the proposal's words."""
    own = ctx.docs.get("self")
    if own is None or own.doc_type not in ("BC", "TTr"):
        return False
    section = ctx.s[_section_start(ctx.s, at) : at]
    # the proposal is the section's subject ("IV. ĐỀ XUẤT, KIẾN NGHỊ") or a sentence leading into the items
    # ("Sở Nội vụ đề xuất UBND tỉnh chỉ đạo:"), not the words of a task above ("… tham mưu xây dựng Kế hoạch …")
    items = _ITEM.search(section, 1)
    lead = section[: items.start()] if items else section
    line_start = section.rfind("\n", 0, len(section) - 1) + 1
    # (the line above, where it leads in; an item above is another task: "1. … tham mưu …" then "2. …")
    leads_in = not _ITEM_LINE.match(section, line_start)
    # ("III. NHIỆM VỤ THỜI GIAN TỚI VÀ KIẾN NGHỊ": the report's own work, then its requests, each item saying which;
    # "IV. ĐỀ XUẤT NHIỆM VỤ, GIẢI PHÁP" proposes the work)
    proposing = _PROPOSING.search(lead.lower()) is not None
    lines = lead.strip().split("\n")
    heading = " ".join([lines[0], *itertools.takewhile(str.isupper, lines[1:])]) if lines[0].isupper() else None
    if proposing and heading is not None:
        words = heading.lower()
        proposal, own_work = _PROPOSING.search(words), _OWN_WORK.search(words)
        proposing = not (proposal and own_work and own_work.start() < proposal.start())
    return proposing or bool(leads_in and _PROPOSING.search(section, line_start))


_OWN_WORK = re.compile(r"nhiệm vụ|giải pháp|phương hướng")


def _superiors(ctx: Context, issuer: str | None) -> set[str]:
    """Bodies above the issuer, to which a request is upward: its parent, the People's Committee, Council
    and Party committee of its locality, and the national bodies."""
    out = {e.target for e in ctx.graph.edges.values() if e.type == "PART_OF" and e.source == issuer}
    # the standing organs of the parent: "Ban Thường vụ Huyện ủy" is above the Huyện ủy's inspection commission
    parent_keys = [tone_key(str(ctx.graph.nodes[p].properties.get("name", ""))) for p in out if p in ctx.graph.nodes]
    issuer_node = ctx.graph.nodes.get(issuer) if issuer else None
    # a central body (the Prime Minister, a ministry) is above every province: their committees are not its superiors
    central = issuer_node is not None and central_body(str(issuer_node.properties.get("name", "")))
    issuer_key = tone_key(str(issuer_node.properties.get("name", ""))) if issuer_node is not None else None
    below_province = issuer_key is not None and _below_province(issuer_key)
    provincial = issuer_key is not None and " tỉnh " in issuer_key and not below_province
    # (a commune's district is above it; the one district a province's document names is below)
    loc = ctx.locality
    district_key = tone_key(loc.district) if loc is not None and loc.unit is not None and loc.district else None
    lower_party = issuer_key is not None and _LOWER_PARTY.search(issuer_key) is not None
    # a Party committee (or its standing organs) leads the State bodies of its own level
    level = _PARTY_LEVEL.search(issuer_key) if issuer_key is not None else None
    party_level = (_LEVEL_WORDS[level.group(1)] if level.group(1) else level.group(2)) if level else None
    for node in ctx.graph.nodes.values():
        if node.label != "Agency" or node.id == issuer:
            continue
        key = tone_key(str(node.properties.get("name", "")))
        if issuer_key and key.endswith(" " + issuer_key):
            continue  # "Thường trực Hội đồng nhân dân tỉnh" in the council's own resolution: its organ, not above it
        if any(key.startswith(_STANDING_ORGANS) and key.endswith(" " + k) for k in parent_keys):
            out.add(node.id)
            continue
        local = key.startswith(("uỷ ban nhân dân tỉnh", "uỷ ban nhân dân thành phố", "hội đồng nhân dân"))
        local = local or key.startswith("thường trực")
        if local and party_level and party_level in key and not key.endswith(" uỷ"):
            continue  # "Đề nghị Thường trực HĐND huyện tăng cường giám sát" from the Huyện ủy: the Party leads it
        if local and provincial and _TOWN.search(key) and not key.endswith(_CENTRAL_CITY_KEYS):
            continue  # "Ủy ban nhân dân thành phố Cẩm Phả" is below a province's department, not above it
        national = key in _NATIONAL or key.endswith(("tỉnh uỷ", "thành uỷ"))
        # the province's Party committee and its standing organs, named with their place ("Ban Thường vụ Tỉnh ủy Hà
        # Giang") as without it
        standing = _PROVINCIAL_STANDING.match(key)
        national = national or (
            standing is not None and (standing.group(1) == "tỉnh" or key.endswith(_CENTRAL_CITY_KEYS))
        )
        # a ministry is above a province's bodies ("Đề nghị Bộ Nội vụ sớm hướng dẫn"), a province's department above a
        # district's or a commune's ("Đề nghị Sở Tài chính hướng dẫn" from a commune)
        # ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" are a province's commands, no ministry)
        ministry = key.startswith("bộ ") and not key.startswith("bộ chỉ huy ") and not central
        # (and any other body of the province: "Đề nghị Thanh tra tỉnh tiếp tục hướng dẫn nghiệp vụ" from a city)
        department = below_province and (key.startswith("sở ") or _of_the_province(key))
        # a commune's district and the district's bodies: "đề nghị UBND huyện", "Kính gửi: Phòng Nội vụ huyện …"
        district = district_key is not None and district_key in key and not _COMMUNE.search(key)
        # a district's or a commune's Party committee asks the provincial committee's organs upward: "Đề nghị Ban
        # Thường vụ Tỉnh ủy chỉ đạo …" in a Huyện ủy's report
        party = lower_party and _PROVINCIAL_PARTY.search(key) is not None
        if national or (local and not central) or ministry or department or district or party:
            out.add(node.id)
    return out


# above every body: the Government, the Assembly and the Party's centre ("Đề nghị Ban Bí thư xem xét, thi hành kỷ
# luật …" from the Central Inspection Commission is a request upward)
_NATIONAL = ("chính phủ", "thủ tướng chính phủ", "quốc hội", "bộ chính trị", "ban bí thư", "ban chấp hành trung ương")
_STATE_HEADS = ("sở ", "uỷ ban nhân dân", "hội đồng nhân dân", "thường trực", "bộ ")  # (a superior asked, never tasked)
_LEVEL_WORDS = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}
_PARTY_LEVEL = re.compile(
    r"^(?:(?:ban thường vụ|thường trực|ban chấp hành) )?(?:(tỉnh|thành|huyện|quận|thị) uỷ|đảng uỷ (xã|phường|thị trấn))"
)
_LOWER_PARTY = re.compile(r"(?:huyện|quận|thị) uỷ|đảng uỷ (?:xã|phường|thị trấn|đặc khu)")
_PROVINCIAL_STANDING = re.compile(r"(?:(?:ban thường vụ|thường trực|ban chấp hành) )?(tỉnh|thành) uỷ(?: |$)")
_PROVINCIAL_PARTY = re.compile(r"(?<![\wđ])tỉnh uỷ(?![\wđ])")


def _all_below(ctx: Context, issuer: str | None, leads: list[str]) -> bool:
    """Whether every body of ``leads`` stands below the issuer: a district's or a commune's under a province's body,
    a province's under a central one. What they approve is theirs to approve, not asked upward."""
    node = ctx.graph.nodes.get(issuer) if issuer else None
    if node is None:
        return False
    name = str(node.properties.get("name", ""))
    names = [str(ctx.graph.nodes[p].properties.get("name", "")) for p in leads if p in ctx.graph.nodes]
    if not names:
        return False
    if central_body(name):
        return all(not central_body(n) for n in names)
    return _of_the_province(tone_key(name)) and all(_below_province(tone_key(n)) for n in names)


def _of_the_province(key: str) -> bool:
    """Whether a body's folded name places it at a province's level ("thanh tra tỉnh hậu giang")."""
    return (" tỉnh " in key or key.endswith(_CENTRAL_CITY_KEYS)) and not _below_province(key)


def _below_province(key: str) -> bool:
    """Whether a body's folded name places it in a district, town or commune ("uỷ ban nhân dân xã bảo hà lào cai"),
    not in a province or a city of the centre ("sở nội vụ thành phố cần thơ")."""
    town = _TOWN.search(key)
    if town is None:
        return False
    province = key.find(" tỉnh ")
    if 0 <= province < town.start():
        return False
    return not (town.group().startswith("thành phố") and key.endswith(_CENTRAL_CITY_KEYS))


_STANDING_ORGANS = ("ban thường vụ ", "thường trực ", "ban chấp hành ")
_COMMUNE = re.compile(r"\b(?:xã|phường|thị trấn) ")
_TOWN = re.compile(r"\b(?:thành phố|thị xã|huyện|quận|xã|phường|thị trấn) ")
_CENTRAL_CITY_KEYS = tuple(tone_key(c) for c in CENTRAL_CITIES)


# the parent a unit is named with after a comma: "Vụ Tiền lương, Bộ Nội vụ", "Phòng Nghiệp vụ 2, Thanh tra tỉnh"
_PARENT_OF = re.compile(r"(?:Bộ|Sở|Tổng cục|Thanh tra|Công an|Cục) ")
_ASKS_IN = re.compile(r"(?:[Đđ]ề nghị|[Kk]iến nghị|[Đđ]ề xuất|[Kk]ính trình)\s")
_ASKS = re.compile(r"(?:[Đđ]ề nghị|[Kk]iến nghị|[Đđ]ề xuất|[Kk]ính trình|[Xx]in)\s+$")


def _asked_of_superior(ctx: Context, bodies: BodyIndex, at: int, superiors: set[str]) -> bool:
    subject = bodies.ending_at(at - 1, slack=2)
    if subject is None or subject.node_id not in superiors:
        return False
    return bool(_ASKS.search(ctx.s, max(0, subject.mention.start - 20), subject.mention.start))


# "Nhiệm vụ giao Ban cán sự đảng …": a task named as given, which the text then follows up
_A_TASK_GIVEN = re.compile(r"(?:[Nn]hiệm vụ|[Nn]ội dung)\s+$")  # ("1. Nội dung giao UBND huyện …: Kết quả: …")
# "… tại điểm 2.3, Thông báo số 1094-TB/TU": where the task named was given, right after its body
_GIVEN_AT = re.compile(r"\s+(?:tại|theo)\s+(?:(?:điểm|mục|khoản|tiết)\s+[\w.]+,?\s+(?:của\s+)?)?")


_TASK_ITEM = re.compile(
    r"\n[ \t]*(?:[a-zđ]\)|\d+(?:\.\d+)*\.|[-+•])[ \t]*(?:Nhiệm vụ|Nội dung)\s"
    r"(?:[^:;.\n]|[:.](?=\d))*(?:\n(?:[^:;.\n]|[:.](?=\d))*)?\Z"
)
_TASK_COUNT = re.compile(r"\bnhiệm vụ\b")


def _items_lead_cites(s: str, line_start: int, assigner_at: dict[int, str]) -> str | None:
    """The document the lead line of a list of tasks names last, where that line counts its tasks and ends on a
    colon ("Sở đã ban hành Kế hoạch số 26/KH-SGDĐT … với 22 nhiệm vụ; … còn 04 nhiệm vụ chưa hoàn thành, cụ thể:")."""
    lead = _colon_lead(s, line_start, assigner_at)
    if lead is None or not lead[2] or not _TASK_COUNT.search(s, max(lead[2]), lead[1]):
        return None
    return assigner_at[max(lead[2])]


def _given_at_after(ctx: Context, first: Placed, assigner_at: dict[int, str]) -> str | None:
    at = _GIVEN_AT.match(ctx.s, first.mention.end)
    if at is None:
        return None
    cited = CITED_WORD.match(ctx.s, at.end())
    if cited is None:
        return None
    found = [p for p in assigner_at if cited.start() <= p <= cited.end() + 30]  # (keyed where the number ends)
    if found:
        return assigner_at[min(found)]
    again = _NAMED_AGAIN_AT.match(ctx.s, cited.start())
    if again is None:
        return None
    # "… giao Sở Y tế tại Kế hoạch này": the last plan the text named by its number
    for p in sorted((p for p in assigner_at if p < cited.start()), reverse=True):
        if re.search(rf"{again.group('word')}\s+số\s*\S+(?:\s+ngày\s+\S+)?$", ctx.s[max(0, p - 90) : p], re.I):
            return assigner_at[p]
    return None


def _followed_up(
    ctx: Context, bodies: BodyIndex, cue: re.Match[str], first: Placed, issuer: str | None, assigner_at: dict[int, str]
) -> str | None:
    """The document that gave the work a cue word reports, where its own sentence names none: the one named right
    after the bodies ("… đã giao cho UBND thị xã Bỉm Sơn và UBND các huyện: … tại Thông báo số 45/TB-UBND", "Việc số
    hóa dữ liệu hộ tịch giao Sở Tư pháp tại Kế hoạch số 214/KH-UBND … đã hoàn thành"); or, for a task the text names
    as given ("c) Nhiệm vụ giao Ban cán sự đảng … lãnh đạo …: Đang thực hiện"), an item that names a task, then whom
    it was given to, then what became of it ("b) Nhiệm vụ triển khai Chương trình OCOP năm 2025 giao Sở … chủ trì: đã
    tổ chức …"), or the parent's instruction in a department's report ("UBND tỉnh giao Sở Tài chính …"), the document
    the section's heading, the list's lead or the report's subject line follows up."""
    s = ctx.s
    named_after = _given_at_after(ctx, _list(s, bodies, first)[-1], assigner_at)
    if named_after is not None:
        return named_after
    item = _TASK_ITEM.search(s, max(0, cue.start() - 300), cue.start())
    named_task = _A_TASK_GIVEN.search(s, max(0, cue.start() - 12), cue.start())
    if not (named_task or item or _parent_speaks(ctx, bodies, cue.start(), issuer)):
        return None
    return _results_of(ctx, cue.start(), assigner_at) or (
        _items_lead_cites(s, item.start() + 1, assigner_at) if item else None
    )


def _parent_speaks(ctx: Context, bodies: BodyIndex, at: int, issuer: str | None) -> bool:
    """Whether the body right before the cue word is the one the issuer is part of ("UBND tỉnh giao …" in a
    department's document)."""
    subject = bodies.ending_at(at - 1, slack=12)
    if subject is None or issuer is None or re.search(r"[.;:!?,]\s|\n", ctx.s[subject.mention.end : at]):
        return False
    return any(
        e.type == "PART_OF" and e.source == issuer and e.target == subject.node_id for e in ctx.graph.edges.values()
    )


# a heading, or a report's own subject line, that names the document whose work it follows up: "2. Kết quả thực hiện
# các nhiệm vụ tại Thông báo số 1462-TB/TU", "V/v báo cáo kết quả thực hiện Thông báo số 112/TB-UBND"
_RESULTS_OF = re.compile(
    r"(?:[Kk]ết quả|KẾT QUẢ)(?:\s+(?:triển khai|thực hiện|TRIỂN KHAI|THỰC HIỆN))+"
    r"(?:\s+(?:các|một số|CÁC)?\s*(?:nhiệm vụ|nội dung|kết luận|ý kiến chỉ đạo|NHIỆM VỤ|NỘI DUNG|KẾT LUẬN))?"
    r"(?:\s+(?:được giao|ĐƯỢC GIAO))?(?:\s+(?:tại|theo|TẠI|THEO))?\s+$"
)
_HEADING_LINE = re.compile(r"\n[ \t]*(?:[IVX]+\.|\d+(?:\.\d+)*\.)[ \t]*[^\n]{0,160}")
_PART_NUMBER = re.compile(r"\n[ \t]*[IVX]+\.")
_CITED_IN_CAPITALS = re.compile(
    r"(?:KẾ HOẠCH|QUYẾT ĐỊNH|CÔNG VĂN|CÔNG ĐIỆN|VĂN BẢN|THÔNG BÁO|CHỈ THỊ|NGHỊ QUYẾT|KẾT LUẬN)\s+SỐ\s"
)


def _results_of(ctx: Context, at: int, assigner_at: dict[int, str]) -> str | None:
    """The document whose work the section holding ``at`` follows up, as its heading names it; else the one the
    report's own subject line names so."""
    s = ctx.s
    # the headings above, the nearest first, up to the part's own ("II. KẾT QUẢ …" over "1. Nội dung giao …")
    spans: list[tuple[int, int]] = []
    for h in reversed(list(_HEADING_LINE.finditer(s, max(0, at - 4000), at))):
        spans.append((h.start(), h.end()))
        if _PART_NUMBER.match(s, h.start()) or len(spans) == 12:
            break
    own = ctx.docs.get("self")
    if own is not None and own.title_span is not None:
        spans.append(own.title_span)
    for lo, hi in spans:
        for pos in sorted(p for p in assigner_at if lo <= p <= hi):  # (keyed where the number ends)
            cited_at = _citation_start(s, lo, pos + 1)
            if cited_at > pos:  # "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN THÔNG BÁO SỐ 312/TB-UBND": a heading in capitals
                capitals = list(_CITED_IN_CAPITALS.finditer(s, lo, pos + 1))
                cited_at = capitals[-1].start() if capitals else cited_at
            if _RESULTS_OF.search(s, max(lo, pos - 90), cited_at):
                return assigner_at[pos]
    return None


def _imperative(ctx: Context, bodies: BodyIndex, at: int, issuer: str | None) -> bool:
    """Whether a cue word instructs: not "được giao", and not another body's instruction in reported speech
    ("Thủ tướng Chính phủ giao cho UBND tỉnh …")."""
    s = ctx.s
    before = s[max(0, at - 60) : at]
    if _NOT_IMPERATIVE.search(before):
        return False
    subject = bodies.ending_at(at - 1, slack=12)
    if subject and re.search(r"[.;:!?]\s|\n", s[subject.mention.end : at]):
        subject = None  # the body ends the sentence before: "… do Sở Nội vụ soạn thảo. Đề nghị Sở Nội vụ tổng hợp"
    if subject and issuer and subject.node_id != issuer and not re.search(r"[,;:]\s*$", s[subject.mention.end : at]):
        parent = {e.target for e in ctx.graph.edges.values() if e.type == "PART_OF" and e.source == issuer}
        if subject.node_id not in parent:
            return False
    return True


_LETTERED = re.compile(r"\s*[a-zđ]\)")
BULLET_LINE = re.compile(r"[ \t]*[-+•]")
_BARE_BULLET = re.compile(r"\s*[-+•]\s*")
_LISTED_AFTER = re.compile(
    r"[Cc]ác\s+(?:sở|bộ|Sở|Bộ)\b[^:\n]{0,30}:|[Đđ]ối với\s|(?:Cơ quan|Đơn vị) (?:thực hiện|chủ trì)"
)


def _bare_bullet(s: str, cue: re.Match[str]) -> bool:
    """A cue that is only a bullet ("\n- "), not one of the bullets the cue itself names ("- Các sở: …")."""
    return bool(_BARE_BULLET.fullmatch(cue.group())) and not _LISTED_AFTER.match(s, cue.end())


_NUMBERED = re.compile(r"[ \t]*(?:\d+(?:\.\d+)*\.|[IVX]+\.|[a-zđ]\))")
# the line that leads into a list of bullets and directs its bodies: "2. Yêu cầu các cơ quan", "Giao nhiệm vụ:"
# a lead line that ends on its directing verb, and opens on the document that directs
_DIRECTS_AT_END = re.compile(
    r"(?:[Yy]êu cầu|[Gg]iao|[Đđ]ề nghị|[Kk]iến nghị|[Cc]hỉ đạo|[Pp]hân công)(?:\s+[^\s:]+){0,3}\s*:$"
)
_OPENS_WITH_CITED = re.compile(r"[ \t]*(?:[-+•]\s*|\d+\.\s*)?(?:Cũng\s+)?(?:Tại|Theo)\s+\S+(?:\s+\S+){0,4}?\s+số\s")
_DIRECTING_LEAD = re.compile(
    r"[ \t]*(?:(?:\d+(?:\.\d+)*\.|[IVX]+\.|[a-zđ]\))[ \t]*)?(?:[Yy]êu cầu|[Gg]iao|[Pp]hân công|[Đđ]ề nghị|[Cc]hỉ đạo"
    # (or money to be recovered from each one listed: "Thu hồi số tiền 2.784.360.000 đồng …, cụ thể:")
    r"|(?:Thu hồi|Truy thu|Xuất toán)(?: về ngân sách| nộp ngân sách)? (?:tổng )?số tiền)"
    r"(?![^\n]*(?:quan tâm|xem xét|phê duyệt|cho ý kiến))[^\n]{0,80}"
)

# a lead line that names the body that directs, then its verb, and nothing else: "Ủy ban nhân dân tỉnh yêu cầu:",
# "Trung tâm đề nghị:" (a body by the short name the letter gave it) (after
# its section's heading, where the repair joined the two: "4. Nhiệm vụ thời gian tới Ủy ban nhân dân tỉnh yêu cầu:")
_BODY_DIRECTS = re.compile(
    r"[ \t]*(?:(?:\d+(?:\.\d+)*\.|[a-zđ]\))[ \t]*)?(?:[^\n:;.]{0,160}?[a-zà-ỹđ,][ ])?"
    r"(?:(?:Chủ tịch|Phó Chủ tịch|Giám đốc|Thường trực|Ban Thường vụ)\s+)?"
    r"(?:Ủy ban|Uỷ ban|UBND|Sở|(?:Tỉnh|Huyện|Thành) (?:ủy|uỷ)|Đảng (?:ủy|uỷ)|Bộ|Thanh tra|Văn phòng|Ban|Trung tâm"
    r"|Tổng cục|Cục|Chi cục|Công an|Kho bạc|Hội đồng|Phòng)(?:\s[^\n:;.]{0,60}?)?\s"
    r"(?:yêu cầu|giao|đề nghị|chỉ đạo|phân công)(?:\s+(?:các|như sau|cụ thể))*\s*:$"
)


def _under_directing_lead(s: str, at: int, known: dict[int, int | None]) -> bool:
    """Whether the bullet at ``at`` is one of a list whose lead line directs. ``known`` holds the lead of bullet
    lines already seen, so that a long list is walked once, not once a bullet."""
    line_start = s.rfind("\n", 0, at + 1) + 1 if s[at : at + 1] != "\n" else at + 1
    start = list_lead(s, line_start, BULLET_LINE, known=known)
    if start is None:
        return False
    lead = s[start : s.find("\n", start)].rstrip()  # the walk stopped at a line that has a break after it
    if _DIRECTS_AT_END.search(lead) and _OPENS_WITH_CITED.match(lead):
        return True  # "Tại Kết luận thanh tra số 19/KL-TTr, Thanh tra tỉnh kết luận … và kiến nghị:"
    if _BODY_DIRECTS.match(lead):
        return True  # "Ủy ban nhân dân tỉnh yêu cầu:", "Chủ tịch UBND huyện giao:"
    return bool(_DIRECTING_LEAD.match(lead)) and (lead.endswith(":") or bool(_NUMBERED.match(lead)))


def list_lead(
    s: str, line_start: int, item: re.Pattern[str], limit: int | None = None, known: dict[int, int | None] | None = None
) -> int | None:
    """Where the line that leads into a list begins: the first line above the one at ``line_start`` that is not an
    item of it (``item``); None when the items run to the text's start or past ``limit`` lines. ``known`` keeps the
    answer for each line asked about, and is read for the lines the walk passes."""
    start, lead, walked = line_start, None, 0
    while start > 0 and (limit is None or walked < limit):
        prev = s.rfind("\n", 0, start - 1) + 1
        if known is not None and prev in known:
            lead = known[prev]
            break
        if not item.match(s, prev):
            lead = prev
            break
        start, walked = prev, walked + 1
    if known is not None:
        known[line_start] = lead
    return lead


# the items a heading's block may hold: bullets, bullets and lettered items "a) …", or numbered ones too
_BULLETS = re.compile(r"\s*[-+•]")
_BULLETS_OR_LETTERS = re.compile(r"\s*(?:[-+•]|[a-zđ]\)\s)")
_ANY_ITEMS = re.compile(r"\s*(?:\d+(?:\.\d+)*\.|[-+•]|[a-zđ]\))\s")


def _bullets_end(s: str, pos: int, items: re.Pattern[str] = _BULLETS_OR_LETTERS) -> int:
    """End of the items under the line ``pos`` is on: the lines that open on ``items``."""
    end = s.find("\n", pos)
    while end >= 0:
        nxt = s.find("\n", end + 1)
        line = s[end + 1 : nxt if nxt >= 0 else len(s)]
        if not items.match(line):
            break
        end = nxt
    return end if end >= 0 else len(s)


def _list(s: str, bodies: BodyIndex, first: Placed) -> list[Placed]:
    """Bodies listed one after another: "Ban Quản lý …, các Sở: Xây dựng, Tài nguyên …, UBND quận …"."""
    out = bodies.named_together(first)
    pos = first.mention.end
    while True:
        # "Chủ tịch UBND xã Đức Hòa, Chủ tịch UBND phường Long An": the heads named before each body
        sep = re.match(
            r"\s*(?:,|;|và)\s*(?P<list>các\s+(?:Sở|Bộ)\s*:\s*|(?:Chủ tịch|Giám đốc|Thủ trưởng|Trưởng ban)\s+)?", s[pos:]
        )
        if not sep:
            break
        # a list's first item is placed where the list opens ("các Sở: Xây dựng" starts at "các")
        nxt = bodies.at(pos + sep.end(), slack=0) or (
            bodies.at(pos + sep.start("list"), slack=0) if sep.group("list") else None
        )
        if nxt is None:
            break
        if sep.group().strip() == "," and SUB_UNIT.match(out[-1].mention.name) and _PARENT_OF.match(nxt.mention.name):
            break  # "Giao Vụ Tiền lương, Bộ Nội vụ theo dõi": the ministry names whose department it is
        # "…, Chủ tịch UBND các huyện, thành phố nêu trên": every body a group of the list stands for
        out.extend(bodies.named_together(nxt))
        pos = nxt.mention.end
    return out


# between a plan opening its sentence and the "giao" it restates: at most its issuer, as a subject or "của …"
# "…, UBND tỉnh giao A …; giao B …": every "giao" of the sentence (over the points of "612.500.000 đồng")
_RESTATED = re.compile(r"(?:[^.:]|\.(?=\d)){0,400}?\s")
# (after an item's heading: "3. Việc thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy: Tại Thông báo số …, …")
_OPENS_WITH_IT = re.compile(
    # (an item numbered "5.2." may name its case at length before the colon: "5.2. Vụ việc ông … kiến nghị …: Tại …")
    r"\s*(?:[-+•]\s*|\d+(?:\.\d+)*\.\s*|[a-zđ]\)\s*)?(?:[^.:;\n]{1,80}:\s+|(?<=\.\s)Vụ việc\s[^.:;\n]{1,240}:\s+)?"
    r"(?:(?:Cũng\s+)?(?:Theo|Tại|Căn cứ|theo|tại|Đối với)\s+"
    # ("5. Đối với các nhiệm vụ UBND huyện giao tại Công văn số 958/UBND-KT:")
    r"|(?:Đối với\s+)?(?:các\s+)?(?:nhiệm vụ|nội dung)(?:\s+[^.:;\n]{0,60}?)?\s(?:giao|nêu)\s+tại\s+)?"
    r"(?:(?:điểm|khoản|mục|Điều)\s+\S+\s+)*"
)
DOCUMENT_TYPES = r"(?:Kế hoạch|Quyết định|Công văn|Công điện|Văn bản|Thông báo|Chỉ thị|Nghị quyết|Kết luận)"
# (with what it is about before "số": "Kết luận thanh tra số …", "Quyết định thu hồi đất số …")
_DOCUMENT_WORD = DOCUMENT_TYPES + r"(?:\s+[a-zà-ỹđ]+){0,4}?\s+số\s"
# "Cũng tại Thông báo này, Thường trực Ban Chỉ đạo giao …": the document named last of that type, named again
AGAIN = r"\s+(?:này|nêu trên|trên)"
_NAMED_AGAIN_AT = re.compile(rf"(?P<word>{DOCUMENT_TYPES}){AGAIN}(?![\wĐđ])")
CITED_WORD = re.compile(rf"{_DOCUMENT_WORD}|{DOCUMENT_TYPES}{AGAIN}\b")


_NEXT_BULLET = re.compile(r"\n(?=[ \t]*[-+•][ \t])")
_ITEM_MARKERS = (r"[a-zđ]\)", r"\d+(?:\.\d+)*\.", r"[-+•]")  # "a)", "1.2.", "-": each kind of list's marker
_ITEM_LINE = re.compile(rf"[ \t]*(?:{'|'.join(_ITEM_MARKERS)})[ \t]")
_ITEM_KINDS = tuple(re.compile(rf"[ \t]*{k}[ \t]") for k in _ITEM_MARKERS)


def _lead_assigner(s: str, line_start: int, assigner_at: dict[int, str]) -> str | None:
    """For an item line, the document its list's lead line opens with, where that line ends in a colon ("Tại Thông
    báo số 175/TB-VP …:"); else None."""
    lead = _colon_lead(s, line_start, assigner_at)
    if lead is None:
        return None
    start, _, cited = lead
    if cited and _OPENS_WITH_IT.fullmatch(s, start, _citation_start(s, start, min(cited))):
        return assigner_at[min(cited)]
    return None


def _colon_lead(s: str, line_start: int, assigner_at: dict[int, str]) -> tuple[int, int, list[int]] | None:
    """For an item line, its list's lead line where that line ends in a colon: (start, end, where the documents it
    cites end); else None."""
    marker = _ITEM_LINE.match(s, line_start)
    if marker is None:
        return None
    # the items of one list share their marker: "- Đề nghị …" under "4. Kiến nghị" is not one of the "a) Giao …" above
    kind = next(k for k in _ITEM_KINDS if k.match(s, marker.start(), marker.end()))
    start = list_lead(s, line_start, kind, limit=30)
    # "1. Giao Sở … : Đã thực hiện.\nSở đã tham mưu …\n2. Giao …": the lines a report writes under an item are that
    # item's; the list goes on above them, to the item numbered one less
    for _ in range(12):
        if start is None or s[start : s.find("\n", start)].rstrip().endswith(":"):
            break
        # (the item numbered one less than the first of the run of items below the plain lines)
        above = _item_before(s, s.find("\n", start) + 1, start, kind)
        if above is None:
            break
        start = list_lead(s, above, kind, limit=30)
    lead_end = s.find("\n", start) if start is not None else -1
    if start is None or lead_end < 0:
        return None
    # (or a heading that names the document: "2. Đối với Công văn số 2215/UBND-NN của UBND huyện Quế Phong")
    if not s[start:lead_end].rstrip().endswith(":") and not _ABOUT_A_DOCUMENT.fullmatch(s, start, lead_end):
        return None
    return start, lead_end, [pos for pos in assigner_at if start <= pos < lead_end]


_ORDINAL = re.compile(r"[ \t]*(?:(?P<n>\d+)\.|(?P<a>[a-zđ])\))[ \t]")
_ABOUT_A_DOCUMENT = re.compile(
    rf"[ \t]*(?:\d+(?:\.\d+)*\.|[a-zđ]\)|[IVX]+\.)[ \t]*Đối với\s+{DOCUMENT_TYPES}\s+số\s[^.;:\n]*"
)
_PART_HEADING = re.compile(r"[ \t]*(?:[IVX]+\.|PHẦN|Phần)\s|[^a-zà-ỹđ\n]+$")


def _item_before(s: str, item: int, lowest: int, kind: re.Pattern[str]) -> int | None:
    """The line of the item numbered one less than the one at ``item``, above the plain lines from ``lowest`` up
    (a few, none a heading or a lead in a colon); None where there is none."""
    own = _ORDINAL.match(s, item)
    if own is None or not kind.match(s, item):
        return None
    want = str(int(own.group("n")) - 1) if own.group("n") else chr(ord(own.group("a")) - 1)
    start = lowest
    for _ in range(8):
        end = s.find("\n", start)
        line = s[start:end]
        if _PART_HEADING.match(line) or line.rstrip().endswith(":"):
            return None
        if start == 0:
            return None
        start = s.rfind("\n", 0, start - 1) + 1
        prev = _ORDINAL.match(s, start)
        if prev is not None and kind.match(s, start):
            return start if (prev.group("n") or prev.group("a")) == want else None
        if _ITEM_LINE.match(s, start):
            return None  # an item of another kind: another list
    return None


def _citation_start(s: str, lo: int, end: int) -> int:
    """Where the last citation before ``end`` begins, with its type word ("Kế hoạch số 189/KH-UBND …")."""
    found = list(CITED_WORD.finditer(s, lo, end))
    return found[-1].start() if found else end


_ABOUT = re.compile(r"\b(?:về việc|về)\b")
_OWN_DEMAND = re.compile(r"\byêu cầu\s+(?:các|[^,.;:]{0,80}?\sthực hiện\s+(?:nghiêm\s+)?(?:túc\s+)?)")
_CARRIES_OUT = re.compile(r"\b(?:chỉ đạo thực hiện|triển khai thực hiện|tổ chức thực hiện|triển khai|thực hiện)\s")
# "3. Kế hoạch số 96/KH-UBND … chưa xác định lộ trình …; đề nghị UBND tỉnh …": the plan is what the clause before the
# semicolon judges, with no word of its own that gives work ("Theo Kế hoạch …", "Kế hoạch … giao …" differ); the
# request after it is the writer's own
_FINDING_ABOUT_IT = re.compile(
    r"\s*(?:[-+•]\s*|\d+\.\s*|[a-zđ]\)\s*)?(?!(?:Cũng\s+)?(?:[Tt]heo|[Tt]ại|Căn cứ|Thực hiện)\s)"
    r"(?:(?![Gg]iao\s|[Yy]êu cầu\s|[Đđ]ề nghị\s)(?:[^.\n;]|\.(?=\d)))+;\s*(?:[^.\n;,]{0,60}\s)?"
)
_AND_CITED = re.compile(r"\svà\s+(?:các\s+)?" + _DOCUMENT_WORD)


# the words a sentence of its own opens on, as each "Căn cứ …;" of a list does
_OPENS_A_SENTENCE = re.compile(r"(?:Căn cứ|Thực hiện|Triển khai|Theo|Tại|Trên cơ sở|Xét|Để|Ngày \d)\b")


def sentence_start(s: str, at: int) -> int:
    """Where the sentence holding ``at`` begins (the stop or line break before it). A line break after a semicolon
    with no item's marker after it is a PDF's wrap inside the sentence ("… được đưa vào diện theo dõi;" / "Ban Chỉ
    đạo giao Công an tỉnh …"): the sentence goes on above it."""
    start = max(s.rfind(". ", 0, at), s.rfind("\n", 0, at))
    while (
        start > 0
        and s[start] == "\n"
        and s[start - 1] == ";"
        and not _ITEM_LINE.match(s, start + 1)
        and not _OPENS_A_SENTENCE.match(s, start + 1)
    ):
        start = max(s.rfind(". ", 0, start), s.rfind("\n", 0, start))
    return start


_THEN_GIVES = re.compile(r"(?:\s*,?\s*ngày\s+\d{1,2}/\d{1,2}/\d{4})?\s*,\s*")
_IN_BRACKETS = re.compile(r"\((?:mục|điểm|khoản|tiết|nội dung)\s[^()]{0,70}$")
_BRACKET_OPENS = re.compile(r"(?:\s*,?\s*ngày\s+\d{1,2}/\d{1,2}/\d{4})?\s*\(\s*")
_TASK_GIVEN_AT = re.compile(r"(?:nhiệm vụ|nội dung)[^.;:()]{0,60}?\sgiao\s+tại\s+[^.;:()]{0,40}$")


def _assigner(s: str, at: int, assigner_at: dict[int, str]) -> str | None:
    """The cited document whose sentence holds the task: "Thực hiện văn bản số …, trong đó “giao …"."""
    # "(mục 2.3 Thông báo số 38/TB-UBND, giao UBND phường Võ Cường chủ trì …)": the point in brackets that gave it
    bracketed = [p for p in assigner_at if at - 40 <= p < at and _THEN_GIVES.fullmatch(s, p, at)]
    if bracketed and _IN_BRACKETS.search(s, max(0, max(bracketed) - 80), max(bracketed)):
        return assigner_at[max(bracketed)]
    # "Đối với nhiệm vụ được UBND tỉnh giao tại Công văn số 6150/UBND-KTN (giao Sở …)": the work the letter gave,
    # restated in brackets after it
    restated = [p for p in assigner_at if at - 40 <= p < at and _BRACKET_OPENS.fullmatch(s, p, at)]
    if restated and _TASK_GIVEN_AT.search(s, max(0, max(restated) - 120), max(restated)):
        return assigner_at[max(restated)]
    opening = sentence_start(s, at)
    for pos in sorted(assigner_at, reverse=True):
        if (
            opening <= pos < at
            and re.search(r"(?:trong|theo) đó", s[pos:at])
            # (not the writer's own demand to carry documents out: "yêu cầu các cơ quan … thực hiện nghiêm Công điện
            # số 80 …, Công văn số …; trong đó tập trung thực hiện các nhiệm vụ sau:")
            and not _OWN_DEMAND.search(s, opening, min(p for p in assigner_at if opening <= p < at))
        ):
            # "Thực hiện Văn bản số 3120 … về việc triển khai Thông tư số 06 …, theo đó giao": the letter the sentence
            # opens with gives the work, not the circular its subject names
            # (the letters of its own clause: "Thực hiện Chỉ thị số 3582 …; Công văn số 7845 … về việc triển khai
            # thực hiện Chỉ thị số 3582, trong đó giao": the letter after the semicolon)
            clause = max(opening, s.rfind(";", opening, pos) + 1)
            first = min(p for p in assigner_at if clause <= p < at)
            # "… Văn bản số 412 … về việc … và Văn bản số 2310 …, theo đó giao": two letters cited side by side, the
            # last one's words follow
            # (or carries out the one named after it: "Văn bản số 6120 … chỉ đạo thực hiện Kết luận số 29 …, trong
            # đó giao Sở …", "Kế hoạch số 45 … triển khai thực hiện Thông báo số 52 …, trong đó giao …")
            nested = _ABOUT.search(s, first, pos) or _CARRIES_OUT.search(s, first, pos)
            # (not two listed: "Công văn số 4992 … về việc …; Công văn số 6894 …, trong đó giao": the last one's)
            if first != pos and nested and not _AND_CITED.search(s, first, pos):
                # (the one that carries out is the last named before those words: "Ngay sau khi có Thông báo số
                # 1462, UBND tỉnh đã ban hành Kế hoạch số 398 … triển khai thực hiện Thông báo số 1462; trong đó giao")
                return assigner_at[max(p for p in assigner_at if first <= p <= nested.start())]
            return assigner_at[pos]
        # "Theo Kế hoạch số 189/KH-UBND, UBND tỉnh giao Sở …", "Kế hoạch số 189/KH-UBND giao UBND xã …": the plan's
        if (
            opening <= pos < at
            and _RESTATED.fullmatch(s, pos, at)
            and _OPENS_WITH_IT.fullmatch(s, opening + 1, _citation_start(s, opening + 1, pos))
            and not _FINDING_ABOUT_IT.fullmatch(s, opening + 1, at)
        ):
            return assigner_at[pos]
        # "Văn bản số 3417/UBND-KT ngày 05/9/2025 về việc giao Sở Xây dựng thẩm định": what the letter gave
        if opening <= pos < at and re.fullmatch(r"[^.;]{0,40}?\bvề việc\s+", s[pos:at]):
            return assigner_at[pos]
        # reported speech: "Chủ tịch UBND tỉnh có Công văn số 2769 … và giao Sở Nội vụ …"
        if opening <= pos < at and _REPORTED.search(s[opening + 1 : pos]) and len(s[pos:at]) < 200:
            return assigner_at[pos]
    # "Tại Thông báo số 175/TB-VP … kết luận của Phó Chủ tịch …:" and under it "a) Giao …": the notice's work
    # (a cue that opens on its line's break is read from that line: the first item under the lead)
    lead = _lead_assigner(s, opening + 1, assigner_at)
    line_start = s.rfind("\n", 0, at) + 1
    if lead is None and line_start != opening + 1:  # (an item's number ends on a stop: "1. Giao …" opens its line)
        lead = _lead_assigner(s, line_start, assigner_at)
    return lead if lead is not None or not s.startswith("\n", at) else _lead_assigner(s, at + 1, assigner_at)


# a report that says the work is late: "chậm thực hiện", "quá hạn", "chưa hoàn thành đúng hạn"
LATE = re.compile(
    r"\b(?:quá (?:thời )?hạn|trễ hạn|chậm (?:thực hiện|triển khai|hoàn thành|tiến độ|so với)"
    r"|chưa hoàn thành đúng (?:hạn|thời hạn))\b"
)


# "… trước ngày 30/6/2024: đến nay chưa hoàn thành, quá hạn": the result a report writes after the task itself
# (or "…: Ủy ban nhân dân huyện Thanh Liêm đã hoàn thành ngày 20/8/2024")
_RESULT_TAIL = re.compile(r"[:;,]\s*(?:đến nay|hiện nay|kết quả\s*:?)\s[^\n]*|:[^:\n]*?\s(?:đã|đang|chưa)\s[^\n]*")


def reported_status(s: str, end: int, start: int | None = None) -> str:
    """What a report says became of a task: its own sentence's "…: đến nay chưa hoàn thành" where it says so,
    else the next paragraph's đã / đang / chưa."""
    own = _RESULT_TAIL.search(s, start, end) if start is not None else None
    if own:
        window = own.group()
    else:
        nxt = s[end : end + 900]
        para = nxt.split("\n", 2)
        window = " ".join(para[:2])
    if LATE.search(window):
        return "overdue"
    if re.search(r"\bchưa\b", window):
        return "pending"
    if re.search(r"\bđang\b", window):
        return "in_progress"
    if re.search(r"\bđã\b", window):
        return "done"
    return "assigned"


# "3. Đầu tư cơ sở vật chất …⏎Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính … tham mưu …": in a document
# that directs, a clause that opens on bodies and goes on with their work gives it to them with no "giao" before it
# (under a heading, after a bullet, or after the item's own words and a semicolon: "…; Ban Quản lý dự án … triển khai")
# (a body singled out opens its clause too: "Riêng Chi bộ Cục Thi hành án dân sự tỉnh báo cáo bổ sung …")
_CLAUSE_OPENING = re.compile(
    r"(?:^|[\n;:]|(?<=[^\d\s]\.) )[ \t]*(?:[-+•][ \t]*|\d+(?:\.\d+)*\.[ \t]*|[a-zđ]\)[ \t]*)?(?:Riêng[ \t]+)?$"
)
_THEN_WORK = re.compile(r"[ \t]*,?[ \t]*(?=" + _TASK_VERB_TEXT + ")")
# the kinds beside the plans that direct so (a report's or a submission's "Sở … chủ trì …" tells what was done); in
# these, the clause must lead or be due, not only name a verb
_LED_BY = ("TB", "CV")
_DIRECTS_IT = re.compile(r"(?:lãnh đạo|chỉ đạo|tổ chức (?:kiểm điểm|thực hiện|triển khai|rà soát))(?![\wĐđ])")
# the heading of a section that tells what was done: "I. KẾT QUẢ NĂM 2023", "1. Đánh giá chung", "II. TÌNH HÌNH …"
_RESULTS = r"(?:KẾT QUẢ|ĐÁNH GIÁ|TÌNH HÌNH|THỰC TRẠNG|Kết quả|Đánh giá|Tình hình|Thực trạng)"
_RESULTS_HEADING = re.compile(rf"(?:^|\n)[ \t]*(?:[IVX]+\.|\d+(?:\.\d+)*\.)?[ \t]*{_RESULTS}[^\n]{{0,100}}(?:\n|$)")
_ROMAN_SECTION = re.compile(r"\n[ \t]*[IVX]+\.[ \t]+([^\n]{1,120})")


def _in_results_section(s: str, at: int) -> bool:
    """Whether the roman-numbered section ``at`` is in tells results ("I. KẾT QUẢ THỰC HIỆN NĂM 2023")."""
    headings = list(_ROMAN_SECTION.finditer(s, max(0, at - 6000), at))
    return bool(headings) and re.match(_RESULTS, headings[-1].group(1).lstrip()) is not None


def _due_later(s: str, start: int, end: int, own_date: str | None) -> bool:
    """Whether a clause sets a deadline after the document's own date ("… trước ngày 30/9/2025")."""
    due = deadline(s, start, end, None)
    return due is not None and (own_date is None or due > own_date)


def led_tasks(ctx: Context, bodies: BodyIndex, doc_id: str, issuer: str | None, assigner_at: dict[int, str]) -> None:
    s = ctx.s
    own = ctx.docs.get("self")
    if own is None or (own.doc_type not in _LED_BY and own.doc_type not in _PLANS):
        return
    given = [(src.start, src.end) for n in ctx.graph.nodes.values() if n.label == "Task" for src in n.sources]
    above = _superiors(ctx, issuer) | {issuer}
    seen: set[int] = set()
    # (each body is asked whether a clause opens on it, where searching the text for openings would try every space)
    for first in list(bodies.placed):
        at = first.mention.start
        if at in seen or not s[at : at + 1].isupper() or not _CLAUSE_OPENING.search(s, max(0, at - 16), at):
            continue
        seen.add(at)  # (the body placed first at a position is the one ``bodies.at`` gives)
        if any(a <= at < b for a, b in given):
            continue
        leads = _list(s, bodies, first)
        work = _THEN_WORK.match(s, leads[-1].mention.end)
        if work is None or _ACCOUNT.match(s, leads[-1].mention.end) or all(p.node_id in above for p in leads):
            continue
        end_m = TASK_END.search(s, work.end())
        end = end_m.start() if end_m else len(s)
        if _RESULTS_HEADING.search(s, _section_start(s, at), at) or _in_results_section(s, at):
            continue  # "I. KẾT QUẢ NĂM 2023 … Phòng Y tế phối hợp … tổ chức 12 đợt kiểm tra": what was done
        # a notice's or a letter's clause must be due later than the document, or (a notice's) lead or direct: "UBND
        # huyện Hoài Ân hỗ trợ sai đối tượng …;" is a finding, "… hoàn thành việc thu hồi trước ngày 15/3/2024" a result
        directed = own.doc_type == "TB" and (_DIRECTS_IT.match(s, work.end()) or "chủ trì" in s[work.end() : end])
        directed = directed or s.endswith(("Riêng ", "Riêng\t"), 0, at)  # a body singled out is asked, not described
        if own.doc_type in _LED_BY and not directed and not _due_later(s, work.end(), end, own.date):
            continue
        supports = _supports(s, bodies, work.end(), end)
        cue = _SOME_WORD.match(s, first.mention.start)
        if cue is not None:
            add_task(ctx, s, doc_id, cue, first.mention.start, end, [p.node_id for p in leads], supports, assigner_at)
            given.append((first.mention.start, end))


_SOME_WORD = re.compile(r"\w+")
