"""Projects, programmes and schemes ("Dự án Khu đô thị Tràng Cát"), and the documents about them."""

from __future__ import annotations

import re
from functools import cache

from graph.text import tone_key
from loaders.extract.bodies import UPPER, BodyMention, head_re
from loaders.extract.context import SHORT_NAME_DECLARED, Context, DocRef, cued_matches
from loaders.extract.mentions import BodyIndex, Placed
from loaders.lexicon import alternation_not_after, lexicon

# "công trình" names a project only where a capital opens its name ("công trình Đường giao thông liên xã …"), not in
# "công trình thủy lợi" or a company's "Khai thác công trình thủy lợi"
_START = re.compile(
    alternation_not_after(("Dự án", "dự án", "Chương trình", "Đề án", "công trình", "Công trình"), r"[\wĐđ]") + r"\s+"
)
_START_CUES = ("ự án", "hương trình", "ề án", "ông trình")  # its words less their first letter (cued_matches)
_WORKS_NAMED = re.compile(rf"[Cc]ông trình\s+[{UPPER}]")
_STOP = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()\n“”\"|]|\.(?!\d)"  # (not a decimal comma: "Vành đai 2,5", "Km 12,5")
    r"|\s(?:tại|của|theo|do|đã|được|trong|nhằm|để|thì|với|cho|vào|gửi|này|ban hành|năm \d{4}"
    # (or a clause's verb after the project: "… Dự án Khu tái định cư xã Hải Yến yêu cầu Ban Quản lý …")
    r"|yêu cầu|kiến nghị|đề nghị|chỉ đạo)(?=\s|$)"
)
# (in curly quotes, or in straight ones as a text file or a keyboard writes them)
_QUOTED = re.compile(r"“([^”]{5,200})”|\"([^\"\n]{5,200})\"")
_NO_NAME = re.compile(r"(?:được|do|đã|đang|chưa|bị|có|là|này|nêu|trên|đạt|thuộc|của|tại|theo|với)(?![\wĐđ])")
_THIS_ONE = re.compile(r"(?:này|đó|trên)\b")
_WORKS_PAIR = re.compile(
    r",\s+(?:nâng cấp|mở rộng|cải tạo|sửa chữa|xây dựng|hoàn thiện|chỉnh trang|kéo dài|bảo tồn|tôn tạo|phục hồi"
    r"|duy tu|nạo vét|bảo trì|gia cố|xây mới|di dời|khắc phục|chống sạt lở|kè|ổn định|sắp xếp|tái định cư)\s"
)
_HARD_STOP = re.compile(r"(?<!\d),|,(?!\d)|[;:()\n“”\"|]|\.(?!\d)|\s(?:tại|của|theo|do|đã|được|này|ban hành)(?=\s|$)")
_UNTIL = re.compile(r"(?:đến năm|giai đoạn|nhiệm kỳ)\s+(?:\d{4}\s*[-–]\s*)?\d{4}")
_NUMBER_AFTER = re.compile(r"[ ](?:\d{1,3}[A-Z]?|[IVX]{1,4})(?![\w/.,-]\w)")
_DECLARED_WHOLE = re.compile(rf"[^,;:.()\n]{{3,80}}\s*{SHORT_NAME_DECLARED}(?:[Dd]ự án|[Cc]ông trình)\s*\)")
_PERIOD_AFTER = re.compile(r"\s+(?:đến năm|giai đoạn)\s+(?:\d{4}\s*[-–]\s*)?\d{4}")
_DASH_BETWEEN = re.compile(r"\s*[-–]\s*")
# (or after a dash: "Nhà máy điện gió Công Hải 1 - giai đoạn 2")
_EXTENDED = re.compile(r"\s+mở rộng(?![\wĐđ])")
_PHASE = re.compile(
    r"\s+(?:[-–]\s+)?(?:giai đoạn\s+(?:\d{1,2}|[IVX]{1,4})(?![\wĐđ/.,-])|\(giai đoạn\s+(?:\d{1,2}|[IVX]{1,4})\))"
)
_PROPER = re.compile(rf"[{UPPER}][\wĐđ]*(?:\s+[{UPPER}][\wĐđ]*)+")
_ROAD = re.compile(
    r"(?:Đường tỉnh|Đường huyện|Quốc lộ|Tỉnh lộ|Huyện lộ|ĐT|QL|Vành đai)\.?\s?\d{1,4}[A-Z]?(?:,5)?(?![\wĐđ])"
)
# a road's section, named by where it runs from and to: "… Tây Thăng Long đoạn từ đường Văn Tiến Dũng đến Vành đai 3"
_SECTION = re.compile(r"\s+đoạn(?:\s+từ)?(?:\s+(?:đường|nút giao|cầu|xã|phường))?\s+")
_KM_SECTION = re.compile(r"\s+đoạn\s+(?:từ\s+)?Km\s?\d+(?:\+\d+)?\s*(?:[-–]|đến)\s*Km\s?\d+(?:\+\d+)?(?![\w+])")
_SECTION_TO = re.compile(r"\s+(?:đến|tới)(?:\s+(?:đường|nút giao|cầu|xã|phường))?\s+")
_BUILD_WORKS = re.compile(r"(?:đầu tư xây dựng|đầu tư|xây dựng)\s+")
_THROUGH_A_PROVINCE = re.compile(r"\s+đoạn qua (?:địa bàn\s+)?(?:tỉnh|thành phố)\s[^\n]*$")
_LINKS = re.compile(r"\b(?:kết nối|nối)\s")
_BOARD_BEFORE = re.compile(r"[Qq]uản lý\s+$")


def projects(ctx: Context, cited: list[tuple[int, int, DocRef]], self_ref: DocRef) -> list[tuple[int, int, str]]:
    """Project nodes and the documents about them; returns where each project is named, for the rules after."""
    s = ctx.s
    found: dict[str, str] = {}
    named: list[tuple[int, int, str]] = []
    titled = False
    declarations = _declarations(s)
    declared = [_name_pattern(name) for _, _, name, _ in declarations]
    bare: list[int] = []  # where "Dự án" stands alone as a clause's subject
    title = self_ref.title_span
    # (the subject line without the line break it may end on: a name read in it goes on over its wraps only)
    title_end = title[0] + len(s[title[0] : title[1]].rstrip()) if title is not None else -1
    for m in cued_matches(_START, s, 0, len(s), _START_CUES, lead=1):
        if _BOARD_BEFORE.search(s, max(0, m.start() - 10), m.start()):
            continue  # "Ban Quản lý dự án đầu tư xây dựng huyện": a board, not a project
        if s.startswith(("công trình", "Công trình"), m.start()) and not _WORKS_NAMED.match(s, m.start()):
            continue  # "công trình thủy lợi": works, unnamed
        if _NO_NAME.match(s, m.end()):
            # "Dự án được UBND tỉnh phê duyệt …", "Dự án do Công ty … làm chủ đầu tư": the one named before
            bare.append(m.start())
            continue
        quoted = _QUOTED.match(s, m.end())  # at the offset, not on a copy of the rest of the text
        known = _known_name_at(s, m.end(), declared)
        programme = _programme_at(s, m.end()) if s.startswith("Chương trình", m.start()) else None
        if programme:  # "Chương trình MTQG xây dựng nông thôn mới": a national programme, by its name in full
            name_end, canonical = programme
            proper = canonical.removeprefix("Chương trình ")
            period = _PERIOD_AFTER.match(s, name_end)
            name_end = period.end() if period else name_end  # "… giai đoạn 2021 - 2025", as the text writes it
        elif known:  # "Phê duyệt dự án đầu tư xây dựng công trình Nâng cấp, mở rộng Đường tỉnh 725 …"
            name_end, proper = known
            # keyed as any mention of it is (by its last proper words), so that other files find the same project
            proper = _last_proper(s, m.end(), name_end) or proper
        elif quoted:
            name_end = quoted.end()
            proper = quoted.group(1) or quoted.group(2)
        else:
            stop = _STOP.search(s, m.end())
            in_title = title is not None and title[0] <= m.start() < title_end
            while stop is not None and (
                _WORKS_PAIR.match(s, stop.start())  # "Dự án Cải tạo, nâng cấp đường tỉnh 128 …": works over a comma
                or (s.startswith(" với", stop.start()) and _LINKS.search(s, m.end(), stop.start()))
                # a subject line wrapped inside the name: "… tại Dự án Khu dân cư / Tây Sông Hậu theo chỉ đạo …"
                or (in_title and stop.group() == "\n" and stop.start() < title_end)
                # (a name declared whole by the short name after it: "Dự án Xây dựng Khối nhà điều trị nội trú, Trung
                # tâm Y tế huyện Thăng Bình (sau đây gọi tắt là Dự án)")
                or (stop.group() == "," and _DECLARED_WHOLE.match(s, stop.end()))
            ):  # "Dự án Đường trục kết nối Khu công nghiệp Yên Mỹ II với Quốc lộ 39": what a road links
                stop = _STOP.search(s, stop.end())
            name_end = stop.start() if stop else len(s)
            if name_end - m.end() > 120:
                continue
            # "Đề án phát triển bền vững … gắn với tăng trưởng xanh … đến năm 2030": a scheme's long name runs to its
            # period over words that would end a shorter one
            hard = _HARD_STOP.search(s, m.end())
            period = _UNTIL.search(s, m.end(), min(hard.start() if hard else len(s), m.end() + 300))
            if period and period.start() > name_end:
                name_end = period.start()
            until = _UNTIL.search(s, m.end(), name_end + 30)
            runs = list(_PROPER.finditer(s, m.end(), name_end))
            runs = [r for r in runs if not head_re().match(s, r.start())]
            # a road is named by its number: "Nâng cấp, mở rộng Đường tỉnh 868", "… với Quốc lộ 39"
            runs = sorted([*runs, *_ROAD.finditer(s, m.end(), name_end)], key=lambda r: r.start())
            if _THIS_ONE.match(s, m.end()):
                continue
            if until and (until.start() <= name_end or not s[name_end : until.start()].strip(" ,")):
                name_end = until.end()  # "… đến năm 2030", "… giai đoạn 2021 - 2030": the span is part of the name
                proper = s[m.end() : name_end]
            elif runs and (
                _only_a_place(s[m.end() : name_end], runs)
                # "Chương trình mục tiêu quốc gia … trên địa bàn huyện Trà Cú năm 2022": where a programme is carried
                # out, not its name
                or all(_ON_TERRITORY.search(s, max(m.end(), r.start() - 40), r.start()) for r in runs)
            ):
                continue  # "dự án đầu tư ngoài ngân sách trên địa bàn tỉnh Lâm Đồng": a kind of project, not one
            elif runs:
                name_end = runs[-1].end()
                numbered = _NUMBER_AFTER.match(s, name_end)
                if numbered:  # "Dự án Cầu Cửa Việt 2", "Khu dân cư Hòn Rớ 2": the number is the project's
                    name_end = numbered.end()
                to = _SECTION_TO.match(s, name_end)
                ends = _PROPER.match(s, to.end()) or _ROAD.match(s, to.end()) if to else None
                if ends is not None and ends.end() <= (stop.start() if stop else len(s)):
                    runs.append(ends)  # "… đoạn từ đường Văn Tiến Dũng đến Vành đai 3": the section's other end
                    name_end = ends.end()
                first = len(runs) - 1
                while first > 0 and (
                    _DASH_BETWEEN.fullmatch(s, runs[first - 1].end(), runs[first].start())
                    or _SECTION_TO.fullmatch(s, runs[first - 1].end(), runs[first].start())
                    or _SECTION.fullmatch(s, runs[first - 1].end(), runs[first].start())
                ):
                    first -= 1  # "Đường ven biển Dung Quất - Sa Huỳnh": a road between two places is keyed by both
                proper = s[runs[first].start() : name_end]
                extended = _EXTENDED.match(s, name_end)
                if extended:  # "Dự án Khu dân cư Ngọc Vinh mở rộng": the extension is another project's name
                    name_end = extended.end()
                phase = _PHASE.match(s, name_end)
                if phase:  # "… giai đoạn II", "… (giai đoạn 1)": the phase is in the name, not the key
                    name_end = phase.end()
                km = _KM_SECTION.match(s, name_end)
                if km:  # "… ĐT.290 đoạn Km3 - Km11": the road's section by its kilometre posts, in the name
                    name_end = km.end()
                if tone_key(proper) in _province_keys():
                    # "… tỉnh Lâm Đồng": a place does not name the project; its words do, less the kind of work they
                    # open on and the section through a province ("Dự án đầu tư xây dựng đường Vành đai 4 - Vùng Thủ
                    # đô Hà Nội đoạn qua địa bàn tỉnh Hưng Yên" is "Dự án đường Vành đai 4 - Vùng Thủ đô Hà Nội")
                    opening = _BUILD_WORKS.match(s, m.end())
                    through = _THROUGH_A_PROVINCE.search(s, m.end(), name_end)
                    proper = s[opening.end() if opening else m.end() : through.start() if through else name_end]
            else:
                continue
        name = re.sub(r"\s+", " ", s[m.start() : name_end]).strip()
        name = name[:1].upper() + name[1:]
        said = name
        if programme:
            name = programme[1]
        key = tone_key(proper)
        node_id = found.get(key) or _bracketed_after(s, m.start(), named) or f"project:{key}"
        found[key] = node_id
        node = ctx.node(node_id, "Project", {"name": name, "aliases": []}, (m.start(), name_end))
        named.append((m.start(), name_end, node_id))
        if name != node.properties["name"]:
            if len(name) > len(node.properties["name"]):
                node.properties["aliases"].append(node.properties["name"])
                node.properties["name"] = name
            elif name not in node.properties["aliases"]:
                node.properties["aliases"].append(name)
        if said != node.properties["name"] and said not in node.properties["aliases"]:
            node.properties["aliases"].append(said)  # "Chương trình MTQG …", as the text writes it
        if title and title[0] <= m.start() < title[1] and self_ref.node is not None:
            # "QUYẾT ĐỊNH Phê duyệt Đề án …", "V/v hoàn thiện Đề án …": the document's own subject
            ctx.edge("CONCERNS", self_ref.node.id, node_id, (title[0], name_end))
            titled = True
        # the documents this clause is about: the citations before it in the same sentence, joined by "và"
        about = None
        for c_start, c_end, ref in reversed(cited):
            if c_end > m.start():
                continue
            between = s[c_end : m.start()]
            if re.search(r"[.;]\s|\n", between) or m.start() - c_end > 300:
                break
            if about is None:
                about = bool(re.search(r"\bvề\b|phê duyệt|điều chỉnh|ban hành", between))
            if about and ref.node is not None:
                ctx.edge("CONCERNS", ref.node.id, node_id, (c_start, name_end))
        # "… Đề án “…” trên địa bàn tỉnh … theo Kế hoạch số 2401/KH-UBND": the plan that carries it out
        for c_start, c_end, ref in cited:
            if c_start < name_end:
                continue
            between = s[name_end:c_start]
            same_clause = not re.search(r"[.;]\s|\n", between) and c_start - name_end < 160
            # "… theo Kế hoạch số …", "… đã được phê duyệt tại Quyết định số …"
            approved = re.search(r"\btheo\s+$", between) or _APPROVED_AT.search(between)
            if same_clause and approved and ref.node is not None:
                ctx.edge("CONCERNS", ref.node.id, node_id, (m.start(), c_end))
            break

    the_one = _the_one(named)
    if the_one is not None:
        for at in bare:
            _approved_in(ctx, cited, at, the_one[2])
    _project_sheets(ctx, cited, found, named, declarations)
    if not titled:
        _titled_by_its_opening(ctx, self_ref, found)
    return named


# the lines under "Tên dự án:" that name the decision behind it: "- Quyết định đầu tư: Quyết định số 1125/QĐ-UBND …"
_DECIDED_BY = re.compile(
    r"(?m)^[ \t]*(?:[-+•]|\d+\.)?[ \t]*(?:Quyết định (?:đầu tư|phê duyệt(?: dự án)?)|Chủ trương đầu tư|Căn cứ pháp lý)"
    r"[ \t]*:"
)
_SHEET_END = re.compile(r"\n\s*\n|\n[IVX]+\.\s")


def _project_sheets(
    ctx: Context,
    cited: list[tuple[int, int, DocRef]],
    found: dict[str, str],
    named: list[tuple[int, int, str]],
    declarations: list[tuple[int, int, str, int]],
) -> None:
    """A project's sheet ("1. Tên dự án: …", "2. Chủ đầu tư: …", "3. Quyết định đầu tư: Quyết định số …"): the
    project, named by its line, and the decisions its lines cite."""
    s = ctx.s
    for start, end, name, line_end in declarations:
        key = tone_key(_last_proper(s, start, end) or name)
        node_id = found.get(key)
        if node_id is None:
            node_id = found[key] = f"project:{key}"
            ctx.node(node_id, "Project", {"name": name, "aliases": []}, (start, end))
        named.append((start, end, node_id))
        sheet_end = _SHEET_END.search(s, line_end)
        stop = min(sheet_end.start() if sheet_end else len(s), line_end + 1500)
        for field in _DECIDED_BY.finditer(s, line_end, stop):
            field_end = s.find("\n", field.end())
            field_end = stop if field_end < 0 else field_end
            for c_start, c_end, ref in cited:
                if field.end() <= c_start < field_end and ref.node is not None:
                    ctx.edge("CONCERNS", ref.node.id, node_id, (field.start(), c_end))


# "1. Tên dự án: Nâng cấp, mở rộng Đường tỉnh 725 đoạn từ xã Lộc Bắc đến xã Bảo Thuận.": the name the document
# gives, commas and all, which a name read up to its first comma would cut
_DECLARED = re.compile(
    r"Tên (?:dự án|công trình|đề án|chương trình)\s*:\s*(?P<name>[^\n;:]{5,200}?)\s*[.;]?[ ]*(?=\n|$)"
)
_PLACE_AFTER_COMMA = re.compile(r",\s*(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s[^,]*$")
_KIND_WORDS = re.compile(r"(?:đầu tư\s+)?(?:xây dựng\s+)?(?:công trình\s+)?")


def _declarations(s: str) -> list[tuple[int, int, str, int]]:
    """(start, end, name, end of its line) of each name a "Tên dự án:" line declares."""
    out = []
    for line in _DECLARED.finditer(s):
        start = line.start("name")
        # "Đường ven biển đoạn Cát Tiến - Đề Gi, tỉnh Gia Lai": the place after the comma is where, not the name
        end = start + len(_PLACE_AFTER_COMMA.sub("", line.group("name")))
        name = re.sub(r"\s+", " ", s[start:end])
        words = name.split()
        if len(words) >= 3 and any(w[:1].isupper() for w in words):
            out.append((start, end, name, line.end()))
    return out


def _name_pattern(name: str) -> re.Pattern[str]:
    """A declared name wherever the text writes it, over line breaks too."""
    return re.compile(r"\s+".join(re.escape(w) for w in name.split()) + r"(?![\wĐđ])")


def _last_proper(s: str, start: int, end: int) -> str | None:
    """The words a project is keyed by: from its last run of capitalised words to the name's end ("Tràng Cát");
    None where there is none, or where those are only its province."""
    runs = [r for r in _PROPER.finditer(s, start, end) if not head_re().match(s, r.start())]
    return s[runs[-1].start() : end] if runs and not _only_a_place(s[start:end], runs) else None


@cache
def _programmes() -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = [(words, name) for name, variants in lexicon().programmes.items() for words in variants]
    return tuple((_name_pattern(words), name) for words, name in sorted(pairs, key=lambda p: -len(p[0])))


def _programme_at(s: str, pos: int) -> tuple[int, str] | None:
    """(end, name in full) of a national programme named at ``pos``, after "Chương trình"."""
    for pattern, name in _programmes():
        m = pattern.match(s, pos)
        if m:
            return m.end(), name
    return None


def _known_name_at(s: str, pos: int, declared: list[re.Pattern[str]]) -> tuple[int, str] | None:
    """(end, name) of a declared project name at ``pos``, after the kind of works ("đầu tư xây dựng công trình")."""
    if not declared:
        return None
    at = _KIND_WORDS.match(s, pos)
    start = at.end() if at else pos
    for name in declared:
        m = name.match(s, start)
        if m:
            return m.end(), re.sub(r"\s+", " ", m.group())
    return None


# "Công ty … (chủ đầu tư Dự án)", "Công ty … là chủ đầu tư Dự án …", "Dự án … do Công ty … làm chủ đầu tư"
# ("Chấp thuận Công ty … là nhà đầu tư thực hiện Dự án …": an investor the province chose)
# (or, as the law on public-private partnership has it, its "nhà đầu tư": "do Công ty … làm nhà đầu tư.", "Liên danh
# Công ty A và Công ty B (Nhà đầu tư)")
_INVESTOR = re.compile(r"[Cc]hủ\s+đầu\s+tư|(?<=[Nn]hà )đầu\s+tư(?=\s*[(:).,;]|\s+(?:thực\s+hiện\s+)?[Dd]ự\s+án)")
_INVESTOR_CUES = ("Chủ", "chủ", "đầu")  # what a match opens on (cued_matches)
# a project's sheet: "2. Chủ đầu tư: Công ty …", "1. Nhà đầu tư: Công ty …" (with "Tên dự án: …" above or below)
_SHEET_FIELD = re.compile(r"[ \t]*(?:[-+•]|\d+\.)?[ \t]*(?:[Nn]hà\s+(?=đầu\s+tư)|(?=[Cc]hủ\s+đầu\s+tư))")
_SHEET_NAME = re.compile(r"[Tt]ên\s+dự\s+án\s*:\s*")
# "do Công ty … (sau đây gọi là Công ty) làm chủ đầu tư": the short name the company is given on the way
_NAMED_SHORT_THEN = re.compile(rf"\s*{SHORT_NAME_DECLARED}[^)]{{2,40}}\)\s*(?:làm|là)\s*$")
_BODY_THEN = re.compile(r"\s*(?:\(|,|–|-|là|làm)?\s*(?:là\s+)?(?:[Nn]hà\s+)?$")
_THEN_PROJECT = re.compile(r"\)?\s*(?:của\s+|các\s+|thực\s+hiện\s+)?(?=[Dd]ự án)")


def developers(ctx: Context, bodies: BodyIndex, named: list[tuple[int, int, str]]) -> None:
    """DEVELOPS from a company to the project it invests in, where one sentence says so."""
    s = ctx.s
    for m in cued_matches(_INVESTOR, s, 0, len(s), _INVESTOR_CUES):
        sentence = max(s.rfind(". ", 0, m.start()), s.rfind("\n", 0, m.start())) + 1
        # (the company named before the short name it is given: "do Công ty TNHH … Long An (sau đây gọi là Công ty
        # Phúc Thịnh) làm chủ đầu tư", where the short name in brackets ends nearest the cue)
        short = _NAMED_SHORT_THEN.search(s, max(0, m.start() - 64), m.start())
        named_before = bodies.ending_at(short.start(), slack=0) if short is not None else None
        company = named_before or bodies.ending_at(m.start() - 1, slack=14) or _declared_short_before(ctx, m.start())
        if named_before is None:
            short = None
        direct = company is not None and _BODY_THEN.fullmatch(s, company.mention.end, m.start())
        if company is not None and not direct:
            # "Dự án … do Công ty … làm chủ đầu tư"
            made = re.fullmatch(r"\s*làm\s*", s[company.mention.end : m.start()]) or (short and "làm" in short.group())
            by = re.search(r"\bdo\s+$", s[max(0, company.mention.start - 6) : company.mention.start])
            company = company if made and by else None
        named_after = None
        if company is None:  # "Dự án Khu đô thị Điện Nam (chủ đầu tư: Công ty Cổ phần Đầu tư Điện Nam)"
            colon = re.match(r"\s*:\s*|\s+là\s+|\s*\(\s*", s[m.end() : m.end() + 6])
            named_after = bodies.at(m.end() + colon.end(), slack=0) if colon else None
            company = named_after
        if company is None or ctx.graph.nodes[company.node_id].label != "Organization":
            continue
        if named_after is not None:
            before = [p for p in named if sentence <= p[0] < m.start()]
            field = _SHEET_FIELD.match(s, sentence)
            if not before and field and field.end() == m.start():
                # "2. Chủ đầu tư: Công ty …" on the sheet under "1. Tên dự án: …": the sheet's project
                before = [p for p in named if m.start() - 800 <= p[0] < m.start()][-1:]
                if not before:  # "1. Nhà đầu tư: Công ty …" above "2. Tên dự án: …"
                    sheet = _SHEET_NAME.search(s, m.end(), m.end() + 800)
                    before = [p for p in named if sheet is not None and p[0] == sheet.end()]
            bracketed = colon is not None and "(" in colon.group()
            if not before and len({p[2] for p in named}) == 1 and bracketed:
                # "hướng dẫn nhà đầu tư (Công ty Cổ phần Logistics Xứ Lạng) …" in a letter about one project
                ctx.edge("DEVELOPS", company.node_id, named[0][2], (m.start(), company.mention.end))
                continue
            if before and len({p[2] for p in before}) == 1:
                ctx.edge("DEVELOPS", company.node_id, before[-1][2], (before[-1][0], company.mention.end))
            continue
        after = _THEN_PROJECT.match(s, m.end())
        project = None
        if after:  # the project named right after, or, for a bare "Dự án", the one this sentence names before
            project = next((p for p in named if p[0] == after.end()), None)
            if project is None and re.match(r"[Dd]ự án\s*[).,;]", s[after.end() : after.end() + 8]):
                before = [p for p in named if sentence <= p[0] < company.mention.start]
                project = before[-1] if len({p[2] for p in before}) == 1 else _the_one(named)
        else:  # "… do Công ty … làm chủ đầu tư": the project this sentence names before the company
            before = [p for p in named if sentence <= p[0] < company.mention.start]
            project = before[-1] if before and len({p[2] for p in before}) == 1 else None
            if not before and _BARE_SUBJECT.match(s, sentence):  # "Dự án do Công ty … làm chủ đầu tư"
                project = _the_one(named)
        if project is not None:
            ctx.edge("DEVELOPS", company.node_id, project[2], (company.mention.start, max(m.end(), project[1])))
    # "Dự án Khu dân cư Phước Thiền, huyện Nhơn Trạch của Công ty Cổ phần Địa ốc Phước Thiền": the company's project
    for start, end, project_id in named:
        of = _OF_COMPANY.match(s, end)
        owner = bodies.at(of.end(), slack=0) if of else None
        if owner is not None and ctx.graph.nodes[owner.node_id].label == "Organization":
            ctx.edge("DEVELOPS", owner.node_id, project_id, (start, owner.mention.end))


# (its place between: ", huyện Nhơn Trạch"; a line may break before "của")
_OF_COMPANY = re.compile(
    r"(?:,[ \t]*(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)[ \t]+[^\n,;:()]{2,40}?)?"
    r"\s+của\s+(?=Công ty|Tổng công ty)"
)


def _declared_short_before(ctx: Context, pos: int) -> Placed | None:
    """ "Công ty là chủ đầu tư …" after "Công ty TNHH … (sau đây gọi là Công ty)": the body the short name stands
    for, where a name of a kind alone is in no index of bodies."""
    for name, ids in ctx.short_names.items():
        if len(ids) != 1:
            continue
        said = re.search(rf"(?<![\wĐđ]){re.escape(name)}\s+(?:là|làm)\s+(?:nhà\s+)?$", ctx.s[max(0, pos - 60) : pos])
        if said:
            start = max(0, pos - 60) + said.start()
            node = ctx.graph.nodes[ids[0]]
            return Placed(BodyMention(start, start + len(name), name, name, node.label, False), ids[0])
    return None


_BARE_SUBJECT = re.compile(r"\s*(?:[-+•]\s*)?[Dd]ự án\s+do\s")


# "Dự án được UBND tỉnh phê duyệt tại Quyết định số …", "… được chấp thuận chủ trương đầu tư tại Quyết định số …"
# (and the land it was given or leased by a decision: "Dự án được UBND tỉnh cho thuê đất tại Quyết định số …")
_APPROVED_AT = re.compile(
    r"(?:phê duyệt|chấp thuận|điều chỉnh|quyết định|cho thuê đất|giao đất|thu hồi đất)(?![\wĐđ])[^.;]{0,100}?"
    r"\s(?:tại|theo)\s+$"
)


def _approved_in(ctx: Context, cited: list[tuple[int, int, DocRef]], at: int, project: str) -> None:
    """The decisions a clause about the document's one project, named by "Dự án" alone, says approved it."""
    s = ctx.s
    for c_start, c_end, ref in cited:
        if c_start <= at:
            continue
        between = s[at:c_start]
        if re.search(r"[.;]\s|\n", between) or c_start - at > 300:
            break
        if _APPROVED_AT.search(between) and ref.node is not None:
            ctx.edge("CONCERNS", ref.node.id, project, (at, c_end))
            break


_OPEN_BRACKET = re.compile(r"\(\s*$")


def _bracketed_after(s: str, at: int, named: list[tuple[int, int, str]]) -> str | None:
    """The project a name in brackets right after it abbreviates: "Dự án Khu công nghiệp Phú Thuận, huyện Bình Đại
    (Dự án KCN Phú Thuận)"."""
    if not named or not _OPEN_BRACKET.search(s, max(0, at - 3), at):
        return None
    _, end, node_id = named[-1]
    between = s[end:at]
    return node_id if len(between) < 60 and not re.search(r"[.;:)]|\n", between) else None


def _the_one(named: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The project a document names, where it names one only: what its bare "Dự án" means."""
    return named[0] if len({p[2] for p in named}) == 1 else None


def _titled_by_its_opening(ctx: Context, self_ref: DocRef, found: dict[str, str]) -> None:
    """A subject line that names a project by its first words only ("V/v hướng dẫn triển khai Đề án xác định Chỉ số
    cải cách hành chính", or a title cut at its line): the document is about the project the text names in full."""
    span = self_ref.title_span
    if span is None or self_ref.node is None:
        return
    m = _START.search(ctx.s, span[0], span[1])
    if m is None:
        return
    words = re.sub(r"[“”\"]", "", ctx.s[m.end() : span[1]].split("\n", 1)[0]).split()
    if len(words) < 3:
        return
    opening = tone_key(" ".join(words))
    keys = sorted((key for key in found if key.startswith(opening)), key=len)
    # one project, perhaps also written with its period ("… giai đoạn 2024 - 2030"); an opening that two
    # different names share says nothing
    if keys and all(key.startswith(keys[0]) for key in keys):
        ctx.edge("CONCERNS", self_ref.node.id, found[keys[0]], (m.start(), span[1]))


_ON_TERRITORY = re.compile(r"trên địa bàn\s+(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+)?$")


def _only_a_place(words: str, runs: list[re.Match[str]]) -> bool:
    """Whether the only capitalised words of a project's name are its province's."""
    if not all(tone_key(r.group()) in _province_keys() for r in runs):
        return False
    capitals = sum(1 for w in words.split() if w[:1].isupper())
    return capitals == sum(len(r.group().split()) for r in runs)


@cache
def _province_keys() -> frozenset[str]:
    return frozenset(tone_key(p) for p in lexicon().provinces)
