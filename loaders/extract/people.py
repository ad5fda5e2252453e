"""People: the signer in the signature block, and officials named with their post in the text."""

from __future__ import annotations

import bisect
import re
from functools import cache

from graph.model import Node
from graph.text import tone_key
from loaders.extract.bodies import UPPER, BodyMention, find_bodies, head_re, sentence_case
from loaders.extract.context import Context
from loaders.extract.mentions import BodyIndex
from loaders.lexicon import alternation_not_after, lexicon

_PARTY_COMMITTEE_WORDS = ("tỉnh uỷ", "thành uỷ", "huyện uỷ", "quận uỷ", "thị uỷ", "đảng uỷ")
CAPACITY = re.compile(r"(?<![\w/])(TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|K/T|T/L|T/UQ)\s*")
_LOWER_SYL = r"[a-zà-ỹđ]+"


@cache
def person_re() -> re.Pattern[str]:
    # opening on the surnames' first letters, the lookbehind after each: the search skips in C to them
    surnames = alternation_not_after(sorted(lexicon().surnames), r"[\wĐđ]")
    return re.compile(rf"{surnames}(?:[ \t]+[{UPPER}]{_LOWER_SYL}){{1,4}}(?![\wĐđ])")


@cache
def _head_keys() -> tuple[str, ...]:
    lex = lexicon()
    return tuple(tone_key(h) + " " for h in lex.agency_heads + lex.organization_heads if " " in h)


@cache
def _sorted_head_keys() -> list[str]:
    return sorted(set(_head_keys()))


def _cut_head(name: str) -> bool:
    """ "Chủ nhiệm Đoàn Luật, …": the start of a body's name cut short ("Đoàn Luật sư"), not a person."""
    key = tone_key(" ".join(name.split())) + " "
    # a longer key that starts with this one: in sorted order, the first key after it, if any
    keys = _sorted_head_keys()
    i = bisect.bisect_right(keys, key)
    return i < len(keys) and keys[i].startswith(key)


@cache
def _post_re() -> re.Pattern[str]:
    posts = lexicon().posts
    return re.compile(rf"(?P<post>{alternation_not_after(posts, r'[\wĐđ]')})\s+")


def person_id(name: str, body_id: str | None) -> str:
    # namesakes stay apart when they hold posts in different bodies
    return f"person:{tone_key(name)}|{(body_id or '?').split(':', 1)[-1]}"


def signature(ctx: Context, bodies: BodyIndex, issuer: str | None, doc_id: str) -> None:
    """The signature block: capacity (KT., TL. …), the post signed for, the signer's post, and the name."""
    s = ctx.s
    # the signature sits beside "Nơi nhận"; an annex may follow it
    nn = s.find("Nơi nhận")
    tail_start, tail_end = (nn, nn + 1500) if nn > 0 else (max(0, len(s) - 900), len(s))
    names = [m for m in person_re().finditer(s, tail_start, tail_end) if _standalone(s, m)]
    if not names:
        return
    name = names[0] if len(names) == 1 else _after_capacity(s, names, tail_start)
    caps = list(CAPACITY.finditer(s, tail_start, name.start()))
    block_start = caps[0].start() if caps else _title_start(s, name.start())
    pieces = _post_pieces(s[block_start : name.start()])
    capacity = on_behalf = None
    marked = [i for i, piece in enumerate(pieces) if CAPACITY.match(piece)]
    if marked:
        last = pieces[marked[-1]]
        capacity = CAPACITY.match(last).group(1)  # type: ignore[union-attr]
        on_behalf = _tidy_post(CAPACITY.sub("", last, count=1)) or None
    after = pieces[marked[-1] + 1 :] if marked else pieces
    title = _tidy_post(after[0]) if after else on_behalf
    span = (block_start, name.end())
    # "CHỦ TỊCH / GIÁM ĐỐC SỞ NỘI VỤ": a second post, held in a body of its own
    second = [(piece, _second_post(piece)) for piece in after[1:]]
    holds = _post_body(ctx, bodies, issuer, title, [piece for piece, post in second if post is None], span)
    person = " ".join(name.group().split())
    pid = person_id(person, holds)
    ctx.graph.add_node(_person_node(ctx, pid, person, title, (name.start(), name.end())))
    props: dict[str, object] = {}
    if capacity:
        props["capacity"] = capacity
    if title:
        props["title"] = title
    if on_behalf:
        props["on_behalf_of"] = on_behalf
    ctx.edge("SIGNED", pid, doc_id, span, **props)
    if capacity in ("T/M", "TM.", "T/L", "TL.") and on_behalf and issuer:
        _organ_issues(ctx, issuer, doc_id, on_behalf, span)
    if holds:
        ctx.edge("HOLDS_POST", pid, holds, span, **({"title": title} if title else {}))
    for _, post in second:
        if post is None:
            continue
        found = find_bodies(sentence_case(post[1]))
        if found:
            b = found[0]
            node_id = ctx.body(BodyMention(span[0], span[1], b.surface, b.name, b.label, b.needs_locality))
            if node_id and node_id != holds:
                ctx.edge("HOLDS_POST", pid, node_id, span, title=post[0])


_COMMITTEE_ORGANS = ("ban thường vụ", "thường trực", "ban thường trực")


def _organ_issues(ctx: Context, issuer: str, doc_id: str, organ: str, span: tuple[int, int]) -> None:
    """ "T/M BAN THƯỜNG VỤ" under a Party committee's header: the committee's standing board issued the document
    (as other documents cite it: "Kết luận số 96-KL/TU của Ban Thường vụ Tỉnh ủy"); the board is part of it."""
    committee = ctx.graph.nodes[issuer]
    name = str(committee.properties.get("name", ""))
    if not tone_key(organ).startswith(_COMMITTEE_ORGANS) or not tone_key(name).startswith(_PARTY_COMMITTEE_WORDS):
        return
    full = f"{organ[:1].upper()}{organ[1:].lower()} {name}"
    board = ctx.body(BodyMention(span[0], span[1], full, full, "Agency", False))
    if board is None or board == issuer:
        return
    ctx.graph.edges.pop(("ISSUED", issuer, doc_id), None)
    ctx.edge("ISSUED", board, doc_id, span)
    ctx.edge("PART_OF", board, issuer, span)


def _second_post(piece: str) -> tuple[str, str] | None:
    """(post, the body's words) of a line such as "GIÁM ĐỐC SỞ NỘI VỤ"; None for a line that is no post."""
    line = " ".join(piece.split())
    key = tone_key(line)
    for post in lexicon().posts:
        if key.startswith(tone_key(post) + " "):
            return post, line[len(post) :].strip()
    return None


def _post_pieces(block: str) -> list[str]:
    """The lines of a signature block that name posts: 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'VỤ CẢI CÁCH …'.
    Scribbles and a Nơi nhận line that PDF columns glued on are dropped."""
    out = []
    for line in re.split(r"\n|(?<=[A-ZĐ])\s+(?=KT\.|TL\.|TM\.|TUQ\.|T/M|K/T|T/L|PHÓ\s)", block):
        line = re.split(r"\s*-\s+(?=[A-ZĐ]?[a-zà-ỹ])", line)[0].strip(" ,.")
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
            out.append(line)
    return out


def _post_body(
    ctx: Context, bodies: BodyIndex, issuer: str | None, title: str | None, units: list[str], span: tuple[int, int]
) -> str | None:
    """The body whose post the signer holds: a unit named under the post ("VỤ TRƯỞNG / VỤ CẢI CÁCH HÀNH
    CHÍNH"), the office for a Chánh Văn phòng, a body named in the post itself, else the issuer."""
    for unit in units:
        readable = sentence_case(unit)
        found = find_bodies(readable)
        if not found and head_re().match(readable):
            found = [BodyMention(0, len(readable), readable, readable, "Agency", False)]  # a unit by its place
        if found:
            name = found[0].name
            mention = BodyMention(span[0], span[1], found[0].surface, name, found[0].label, found[0].needs_locality)
            node_id = ctx.body(mention)
            if node_id and issuer and node_id != issuer:
                ctx.edge("PART_OF", node_id, issuer, span)
            if node_id:
                return node_id
    if title and "văn phòng" in title.lower() and issuer and not issuer.startswith("agency:văn phòng"):
        return _office_of(ctx, bodies, issuer, span)
    if title:
        named = find_bodies(sentence_case(title))
        if named:
            return (
                ctx.body(
                    BodyMention(span[0], span[1], named[0].surface, named[0].name, "Agency", named[0].needs_locality)
                )
                or issuer
            )
    return issuer


def _standalone(s: str, m: re.Match[str]) -> bool:
    """A signer's name stands alone on its line, or ends a line of capitals; a footnote marker or a wide
    gap may follow it ("Trịnh Ngọc Duệ 1 Văn phòng …")."""
    line_start = s.rfind("\n", 0, m.start()) + 1
    line_end = s.find("\n", m.end())
    line_end = len(s) if line_end < 0 else line_end
    before, after = s[line_start : m.start()], s[m.end() : line_end]
    after_ok = not after.strip(" .") or bool(re.match(r"\s+\d{1,2}\s|\s{2,}", after))
    return after_ok and (not before.strip() or before.strip().isupper())


def _after_capacity(s: str, names: list[re.Match[str]], tail_start: int) -> re.Match[str]:
    for m in names:
        if CAPACITY.search(s, tail_start, m.start()) or re.search(r"[A-ZĐ]{3,}\s*$", s[tail_start : m.start()]):
            return m
    return names[0]


def _title_start(s: str, name_start: int) -> int:
    i = s.rfind("\n", 0, name_start) + 1
    for _ in range(3):
        j = s.rfind("\n", 0, i - 1)
        line = s[j + 1 : i].strip()
        if not line or not line.isupper():
            break
        i = j + 1
    return i


def _split_posts(rest: str) -> tuple[str | None, str, str | None]:
    """'TRƯỞNG BAN\\nPHÓ TRƯỞNG BAN' → ('TRƯỞNG BAN', '', 'PHÓ TRƯỞNG BAN')."""
    lines = [ln.strip() for ln in rest.split("\n") if ln.strip()]
    if len(lines) >= 2:
        return lines[0], "", lines[-1]
    one = lines[0] if lines else ""
    m = re.match(r"(.+?)\s+(PHÓ\s.+)$", one)
    if m:
        return m.group(1), "", m.group(2)
    return one or None, "", None


def _tidy_post(post: str | None) -> str | None:
    if not post:
        return None
    post = re.sub(r"\s+", " ", post).strip(" ,.")
    return post[:1] + post[1:].lower() if post.isupper() else post


def _office_of(ctx: Context, bodies: BodyIndex, issuer: str, span: tuple[int, int]) -> str:
    node = ctx.graph.nodes[issuer]
    name = f"Văn phòng {node.properties['name']}"
    mention = BodyMention(span[0], span[1], name, name, "Agency", False)
    office = ctx.body(mention) or issuer
    ctx.edge("PART_OF", office, issuer, span)
    return office


def _person_node(ctx: Context, pid: str, name: str, title: str | None, span: tuple[int, int]) -> Node:
    props: dict[str, object] = {"name": name}
    if title:
        props["titles"] = [title]
    return Node(pid, "Person", props, [ctx.source(*span)])


# opening on the words' first letters, the search skips in C to them
_ADDRESS = re.compile(
    alternation_not_after(
        ("Đồng chí", "đồng chí", "Đ/c", "đ/c", "Ông", "ông", "Bà", "bà", "Luật sư", "luật sư"), r"[\wĐđ]"
    )
    + r"\s+"
)


def named_people(ctx: Context, bodies: BodyIndex, body_end: int) -> None:
    """People named in the text with an address or a post: "Đồng chí Nguyễn Ngọc Phúc - Tỉnh ủy viên, Phó Chủ
    tịch UBND tỉnh", "Thứ trưởng Nguyễn Văn Hồi", "ông Nguyễn Mạnh Cường, Vụ Cải cách hành chính"."""
    s = ctx.s
    post_re = _post_re()
    starts = [m.end() for m in _ADDRESS.finditer(s, 0, body_end)]
    starts += [m.end() for m in post_re.finditer(s, 0, body_end)]
    for at in sorted(set(starts)):
        m = person_re().match(s, at)
        if m is None or head_re().match(s, at) or _cut_head(m.group()):
            continue  # "Chủ nhiệm Đoàn Luật sư": a body whose head is also a family name
        name = " ".join(m.group().split())
        # what follows the name, to the end of its clause: its posts and bodies
        tail_end = min(x for x in (s.find(";", m.end()), s.find("\n", m.end()), m.end() + 160) if x >= 0)
        tail = s[m.end() : tail_end]
        holder = None
        for p in bodies.within(m.end(), tail_end):
            holder = p
            break
        pid = person_id(name, holder.node_id if holder else None)
        post = post_re.search(tail)
        line_start = max(s.rfind("\n", 0, at), s.rfind(";", 0, at)) + 1  # a post on the line above is another's
        before = post_re.search(s[max(line_start, at - 40) : at] + " ")
        title = post.group("post") if post else (before.group("post") if before else None)
        if any(n.id == pid for n in ctx.graph.nodes.values()) and title is None:
            continue
        ctx.graph.add_node(_person_node(ctx, pid, name, title, (m.start(), m.end())))
        if holder and re.match(r"^\s*[-,–(]", tail):
            ctx.edge(
                "HOLDS_POST",
                pid,
                holder.node_id,
                (m.start(), holder.mention.end),
                **({"title": title} if title else {}),
            )


def officials(ctx: Context, bodies: BodyIndex, body_end: int) -> None:
    """'Phó Chủ tịch UBND tỉnh Võ Phiên', 'Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo'."""
    s = ctx.s
    for pm in _post_re().finditer(s, 0, body_end):
        body = bodies.at(pm.end())
        post = pm.group("post")
        named = re.match(r"Chính phủ\s*:?\s*", s[pm.end() : pm.end() + 14])
        if body is None and named and person_re().match(s, pm.end() + named.end()):
            # "Thủ tướng Chính phủ Phạm Minh Chính": the head "Thủ tướng Chính phủ" swallowed the body
            cp = BodyMention(pm.end(), pm.end() + 9, "Chính phủ", "Chính phủ", "Agency", False)
            node_id = bodies.add(cp)
            body = bodies.at(pm.end()) if node_id else None
        if body is None:
            continue
        after = body.mention.end
        lst = _COLON.match(s, after)  # at the offset, not on a copy of the rest of the text
        names: list[re.Match[str]] = []
        if lst:
            pos = lst.end()
            while True:
                m = person_re().match(s, pos)
                if not m or head_re().match(s, pos):
                    break
                names.append(m)
                sep = _COMMA.match(s, m.end())
                if not sep:
                    break
                pos = sep.end()
        else:
            m = person_re().match(s, after + 1) if s[after : after + 1] == " " else None
            if m and not head_re().match(s, m.start()):
                names.append(m)
        for m in names:
            pid = person_id(m.group(), body.node_id)
            span = (pm.start(), m.end())
            ctx.graph.add_node(_person_node(ctx, pid, m.group(), post, (m.start(), m.end())))
            ctx.edge("HOLDS_POST", pid, body.node_id, span, title=post)
            # ", Trưởng Ban Chỉ đạo": a second post right after the name
            second = _SECOND_POST.match(s, m.end())
            if second:
                other = bodies.at(second.end())
                if other:
                    ctx.edge(
                        "HOLDS_POST", pid, other.node_id, (pm.start(), other.mention.end), title=second.group("post")
                    )


_COLON = re.compile(r"\s*:\s*")
_COMMA = re.compile(r"\s*,\s*")
_SECOND_POST = re.compile(r",\s*(?P<post>(?:Phó\s+)?(?:Trưởng|Thành viên|Ủy viên|Uỷ viên))\s+")


# the kind of body whose head or deputy holds a post: a post named alone in a document is of its issuer
# when the issuer is of that kind ("Thứ trưởng Nguyễn Văn Hồi" in a ministry's letter is that ministry's)
_POST_OF = {
    "Bộ trưởng": "bộ ",
    "Thứ trưởng": "bộ ",
    "Giám đốc": "sở ",
    "Phó Giám đốc": "sở ",
    "Chủ tịch": "uỷ ban nhân dân",
    "Phó Chủ tịch": "uỷ ban nhân dân",
    "Chánh Văn phòng": "văn phòng",
    "Phó Chánh Văn phòng": "văn phòng",
    "Cục trưởng": "cục ",
    "Phó Cục trưởng": "cục ",
    "Trưởng ban": "ban ",
    "Phó Trưởng ban": "ban ",
}
_COPY_ITEM = re.compile(r"\n\s*[-+•]\s*")
_ABBREVIATED_POST = re.compile(r"(?P<post>(?:Phó\s+)?GĐ)\s+Sở\s*:?\s*")
# "- Phó Giám đốc Sở: ông Trần Văn Bình": the post's body by its kind, then the person
_ADDRESSED = re.compile(
    r"(?:(?:Sở|Bộ|Ban|Cục|Vụ|Văn phòng|UBND)(?=\s*:))?\s*:?\s*(?:(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à)\s+)?"
)


def copied_people(ctx: Context, issuer: str | None, body_end: int) -> None:
    """People a document is copied to by name in "Nơi nhận": "- Thứ trưởng Nguyễn Văn Hồi (để b/c);",
    "- Phó GĐ Sở: ông Trần Ngọc Tân;". The post they hold is the issuer's when it is a post of that kind of body."""
    s = ctx.s
    start = s.find("Nơi nhận", body_end)
    if start < 0:
        return
    issuer_name = tone_key(str(ctx.graph.nodes[issuer].properties.get("name", ""))) if issuer else ""
    for item in _COPY_ITEM.finditer(s, start, start + 1500):
        post_m = _post_re().match(s, item.end()) or _ABBREVIATED_POST.match(s, item.end())
        if post_m is None:
            continue
        post = post_m.group("post").replace("GĐ", "Giám đốc")
        lead = _ADDRESSED.match(s, post_m.end())
        at = lead.end() if lead else post_m.end()
        m = person_re().match(s, at)
        if m is None or head_re().match(s, at) or _cut_head(m.group()):
            continue
        kind = _POST_OF.get(post)
        holder = issuer if issuer and kind and issuer_name.startswith(kind) else None
        pid = person_id(m.group(), holder)
        ctx.graph.add_node(_person_node(ctx, pid, " ".join(m.group().split()), post, (m.start(), m.end())))
        if holder:
            ctx.edge("HOLDS_POST", pid, holder, (post_m.start(), m.end()), title=post)
