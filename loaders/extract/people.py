"""People: the signer in the signature block, and officials named with their post in the text."""

from __future__ import annotations

import bisect
import re
from functools import cache

from graph.model import Node
from graph.text import tone_key
from loaders.extract.bodies import UPPER, BodyMention, find_bodies, head_re, sentence_case
from loaders.extract.context import Context, cued_matches
from loaders.extract.mentions import BodyIndex, Placed
from loaders.lexicon import alternation_not_after, branches_not_after, lexicon

_PARTY_COMMITTEE_WORDS = ("tỉnh uỷ", "thành uỷ", "huyện uỷ", "quận uỷ", "thị uỷ", "đảng uỷ")
CAPACITY = re.compile(r"(?<![\w/])(TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|K/T|T/L|T/UQ)\s*")
_LOWER_SYL = r"[a-zà-ỹđ]+"


@cache
def person_re() -> re.Pattern[str]:
    # opening on the surnames' first letters, the lookbehind after each: the search skips in C to them
    surnames = alternation_not_after(sorted(lexicon().person_surnames), r"[\wĐđ]")
    # a Hmong or Ê Đê middle name may be one letter ("Giàng A Sử", "Sùng A Páo"); the last name never is
    return re.compile(rf"{surnames}(?:[ \t]+[{UPPER}](?:{_LOWER_SYL})?){{0,3}}[ \t]+[{UPPER}]{_LOWER_SYL}(?![\wĐđ])")


# the rank an officer of the army or the police is named with, in a member list or above a signature
_RANKS = ("Đại", "Thượng", "Trung", "Thiếu")
_GRADE = "(?:tướng|tá|úy|uý)"
RANK = rf"(?:{'|'.join(_RANKS)})[ \t]+{_GRADE}"
_RANK_BEFORE = re.compile(rf"{RANK}[ \t]*$", re.IGNORECASE)


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


def signature(
    ctx: Context, bodies: BodyIndex, issuer: str | None, doc_id: str, co_issuers: list[str] | tuple[str, ...] = ()
) -> None:
    """The signature block: capacity (KT., TL. …), the post signed for, the signer's post, and the name.
    A joint document has one block per issuer, each signed for the issuer it names."""
    s = ctx.s
    tail_start, column, names, blocks = _signature_zone(s)
    if not co_issuers and any(_REPRESENTS.match(s, rows[0][0]) for rows, _ in blocks if rows):
        # minutes: each party's representative, the chair and the secretary sign a block of their own
        for rows, name in blocks:
            _sign_for_party(ctx, bodies, issuer, doc_id, rows, name, alone=len(blocks) == 1)
        return
    if issuer and co_issuers and len(blocks) > 1:
        _sign_jointly(ctx, bodies, [issuer, *co_issuers], doc_id, blocks)
        return
    if not names:
        if blocks:  # blocks side by side, so no name stands alone on its line
            _sign_block(ctx, bodies, issuer, doc_id, _head_block(s, blocks))
        return
    name = names[0] if len(names) == 1 else _after_capacity(s, names, tail_start)
    block_start = _block_start(s, tail_start, name.start(), column)
    _sign(ctx, bodies, issuer, doc_id, name, block_start, _block_text(s, block_start, name.start(), column))


_Cells = list[tuple[int, int]]
_Block = tuple[_Cells, re.Match[str]]  # a block's rows in capitals, and the signer's name that closes it


def _sign_jointly(ctx: Context, bodies: BodyIndex, signers: list[str], doc_id: str, blocks: list[_Block]) -> None:
    """A joint document's blocks, one per issuer: each is signed for the issuer it names ("KT. GIÁM ĐỐC / SỞ NÔNG
    NGHIỆP VÀ MÔI TRƯỜNG"); a first block that names none is the first issuer's."""
    s = ctx.s
    for i, block in enumerate(blocks[: len(signers)]):
        own = _block_issuer(ctx, "\n".join(s[a:b] for a, b in block[0]), signers) or (signers[0] if i == 0 else None)
        if own is not None:
            _sign_block(ctx, bodies, own, doc_id, block)


def _sign_block(ctx: Context, bodies: BodyIndex, body: str | None, doc_id: str, block: _Block) -> None:
    """Sign one block read as rows: it begins at its capacity ("KT. GIÁM ĐỐC"), below a body's name printed above."""
    s = ctx.s
    rows, name = block
    first = next((k for k, (a, _) in enumerate(rows) if CAPACITY.match(s, a)), 0)
    start = rows[first][0] if rows else name.start()
    _sign(ctx, bodies, body, doc_id, name, start, "\n".join(s[a:b] for a, b in rows[first:]))


def _head_block(s: str, blocks: list[_Block]) -> _Block:
    """Of blocks side by side, the one signed for the issuer: the one with a capacity (KT., TM. …), else the last,
    on the right where Nghị định 30 puts the signature (a preparer's "NGƯỜI LẬP BIỂU" stands on the left)."""
    return next((b for b in blocks if any(CAPACITY.match(s, a) for a, _ in b[0])), blocks[-1])


def _signature_zone(s: str) -> tuple[int, _Cells | None, list[re.Match[str]], list[_Block]]:
    """Where the signature is: (its start, the signature's column when it shares its lines with the recipients,
    the names standing alone there, the blocks read there)."""
    # the signature sits beside "Nơi nhận"; an annex may follow it
    nn = s.find("Nơi nhận")
    start, end = (nn, nn + 1500) if nn > 0 else (max(0, len(s) - 900), len(s))
    column = _signature_column(s, start, end)
    names = _column_names(s, column) if column is not None else []
    if not names:  # a note beside a recipient ("(để báo cáo)") is no signature: the foot is one column
        column, names = None, _standalone_names(s, start, end)
    blocks = _blocks(s, _rows(s, start, end, column))
    if not names and not blocks and nn > 0:
        # minutes, and some text layers, print the signatures above "Nơi nhận"
        start, end, column = _blocks_above(s, nn), nn, None
        names = _standalone_names(s, start, end)
        blocks = _blocks(s, _rows(s, start, end, None))
    return start, column, names, blocks


def _standalone_names(s: str, start: int, end: int) -> list[re.Match[str]]:
    # two names printed side by side ("Nguyễn Thị Bé Tư        Trần Văn Lộc") are two signers, not one name
    return [m for m in person_re().finditer(s, start, end) if _standalone(s, m) and not _GAP.search(m.group())]


# the heading of a block signed for a party to minutes, or for a role in the meeting
_REPRESENTS = re.compile(r"(?:ĐẠI DIỆN|CHỦ TRÌ|CHỦ TỌA|THƯ KÝ|NGƯỜI GHI BIÊN BẢN|XÁC NHẬN CỦA)\b")
_ON_BEHALF = re.compile(r"(?:ĐẠI DIỆN|XÁC NHẬN CỦA)\s+")


def _sign_for_party(
    ctx: Context,
    bodies: BodyIndex,
    issuer: str | None,
    doc_id: str,
    rows: _Cells,
    name: re.Match[str],
    alone: bool,
) -> None:
    """One block of minutes: "ĐẠI DIỆN UBND THÀNH PHỐ CẨM PHẢ / PHÓ CHỦ TỊCH / Đỗ Thị Mai", "THƯ KÝ / Ngô Thu
    Trang". The signer holds the post in the body the block represents, else in the body the text lists them
    under, else, for the chair or the secretary, in the issuer's. Beside other blocks, a party the block names
    but the text does not place ("ĐẠI DIỆN CHỦ ĐẦU TƯ") is not the issuer; a block ``alone`` is the issuer's
    ("ĐẠI DIỆN THEO PHÁP LUẬT / GIÁM ĐỐC")."""
    s = ctx.s
    role = [(a, b) for a, b in rows if _REPRESENTS.match(s, a)]
    posts = [s[a:b] for a, b in rows if (a, b) not in role]
    represented = next((_represented(ctx, a, b) for a, b in role if _ON_BEHALF.match(s, a)), None)
    holder = represented or _listed_body(ctx, bodies, name)
    if holder is None and (alone or not any(_ON_BEHALF.match(s, a) for a, _ in role)):
        holder = issuer
    # a chair's or a secretary's role in the meeting is no post in a body: such a block gives no title
    block = "\n".join(posts)
    _sign(ctx, bodies, holder, doc_id, name, rows[0][0] if rows else name.start(), block)


def _represented(ctx: Context, start: int, end: int) -> str | None:
    """The body "ĐẠI DIỆN UBND THÀNH PHỐ CẨM PHẢ" names, if it names one."""
    at = _ON_BEHALF.match(ctx.s, start)
    found = find_bodies(sentence_case(ctx.s[at.end() : end])) if at else []
    if not found:
        return None
    b = found[0]
    return ctx.body(BodyMention(start, end, b.surface, b.name, b.label, b.needs_locality))


# "2. Ủy ban nhân dân thành phố Cẩm Phả:", heading the people who came for it
_LIST_HEADING = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]*(?P<body>[^\n]+?)[ \t]*:[ \t]*$", re.MULTILINE)


def _listed_body(ctx: Context, bodies: BodyIndex, name: re.Match[str]) -> str | None:
    """The body a signer is named with above the signatures: the post the text gives them ("Bà Ngô Thu Trang,
    Chuyên viên Phòng …"), else the heading of the list they stand in ("3. Chủ đầu tư: Công ty …:" over
    "- Ông Trần Văn Sơn, Tổng Giám đốc.")."""
    key = tone_key(" ".join(name.group().split()))
    for edge in ctx.graph.edges.values():
        if edge.type == "HOLDS_POST" and tone_key(str(ctx.graph.nodes[edge.source].properties["name"])) == key:
            return edge.target
    s = ctx.s
    for named in re.finditer(rf"(?m)^[ \t]*[-+•][^\n]*?{re.escape(name.group())}", s[: name.start()]):
        heading = next(reversed(list(_LIST_HEADING.finditer(s, 0, named.start()))), None)
        # the list runs from its heading to the person's line, one item a line
        if heading is None or not all(
            _MEMBER_LINE.match(line) for line in s[heading.end() + 1 : named.start()].splitlines()
        ):
            continue
        listed = list(bodies.within(heading.start("body"), heading.end("body")))
        if listed:
            return listed[-1].node_id
    return None


def _blocks_above(s: str, nn: int) -> int:
    """Where the signature blocks standing right above "Nơi nhận" begin: the run of lines above it that hold
    only capitals and names."""
    start = nn
    while start > max(0, nn - 1500):
        prev = s.rfind("\n", 0, start - 1) + 1
        cells = list(_CELL.finditer(s, prev, start))
        if not all(_signature_cell(s, c.start(), c.end()) for c in cells):
            break
        start = prev
    return start


def _signature_cell(s: str, start: int, end: int) -> bool:
    return _capitals(s[start:end]) or _name_filling(s, start, end) is not None


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _rows(s: str, start: int, end: int, column: _Cells | None) -> _Cells:
    """The cells of the signature zone in reading order: line by line, or, where blocks stand side by side
    ("ĐẠI DIỆN SỞ TÀI CHÍNH        ĐẠI DIỆN UBND HUYỆN"), one column after the other."""
    if column is not None:
        return column
    lines: list[tuple[int, _Cells]] = []
    pos = s.rfind("\n", 0, start) + 1
    while pos < end:
        stop = s.find("\n", pos, end)
        stop = end if stop < 0 else stop
        lines.append((pos, [(c.start(), c.end()) for c in _CELL.finditer(s, pos, stop)]))
        pos = stop + 1
    # blocks stand side by side where a line holds several cells, each of capitals or a name
    across = [(at, cells) for at, cells in lines if len(cells) > 1 and all(_signature_cell(s, *c) for c in cells)]
    widest = max((len(cells) for _, cells in across), default=0)
    if widest <= 1:
        return [cell for _, cells in lines for cell in cells]
    # each cell goes to the column whose middle is nearest its own, the middles taken from the widest lines
    full = [[(a + b) / 2 - at for a, b in cells] for at, cells in across if len(cells) == widest]
    middles = [sum(line[i] for line in full) / len(full) for i in range(widest)]
    columns: list[_Cells] = [[] for _ in middles]
    for at, cells in lines:
        for a, b in cells:
            nearest = min(range(widest), key=lambda i: abs((a + b) / 2 - at - middles[i]))
            columns[nearest].append((a, b))
    return [cell for cells in columns for cell in cells]


def _blocks(s: str, rows: _Cells) -> list[_Block]:
    """Each block as (its rows in capitals, the signer's name that closes it)."""
    blocks = []
    heading: _Cells = []
    for a, b in rows:
        name = _name_filling(s, a, b)
        if name:
            blocks.append((heading, name))
            heading = []
        elif _capitals(s[a:b]):
            heading.append((a, b))
        else:  # prose or a recipient: no block runs across it
            heading = []
    return blocks


# the words of one column on a line: a gap of three spaces or a tab is where the next column begins
_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
_GAP = re.compile(r" {3,}|\t")
_INDENTED = 10  # a line whose text starts this far in belongs to the right-hand column
_RECIPIENT_LINE = re.compile(r"\s*(?:Nơi\s+nhận|[-+•])")
_LEFT_MARGIN_LINE = re.compile(rf"[{UPPER}\d]")  # a new line of text, not an item wrapped onto it


def _signature_column(s: str, start: int, end: int) -> _Cells | None:
    """The cells of the right-hand column from ``start``'s line to ``end``, when a PDF's text layer printed
    "Nơi nhận" and the signature side by side on the same lines ("- Như Điều 4;          PHÓ CHỦ TỊCH");
    None when no recipient line shares its line with the other column. The columns end at a line of the
    left-hand margin that is no recipient: the signature below the list, or an annex."""
    cells: _Cells = []
    shared = False
    pos = s.rfind("\n", 0, start) + 1
    while pos < end:
        stop = s.find("\n", pos, end)
        stop = end if stop < 0 else stop
        if _LEFT_MARGIN_LINE.match(s, pos, stop) and not _RECIPIENT_LINE.match(s, pos, stop):
            break
        for i, cell in enumerate(_CELL.finditer(s, pos, stop)):
            if i > 0 or cell.start() - pos >= _INDENTED:
                cells.append((cell.start(), cell.end()))
                shared = shared or (i > 0 and _RECIPIENT_LINE.match(s, pos) is not None)
        pos = stop + 1
    return cells if shared else None


_RANK_AHEAD = re.compile(rf"{RANK}[ \t]+", re.IGNORECASE)


def _column_names(s: str, column: _Cells) -> list[re.Match[str]]:
    """The names that fill a cell of the signature's column ("Trần Văn Dũng", "Đại tá Nguyễn Văn Hạnh")."""
    return [m for a, b in column if (m := _name_filling(s, a, b))]


def _name_filling(s: str, start: int, end: int) -> re.Match[str] | None:
    """The signer's name when it fills the cell, after a rank if any."""
    rank = _RANK_AHEAD.match(s, start, end)
    m = person_re().match(s, rank.end() if rank else start, end)
    return m if m and not s[m.end() : end].strip(" .") else None


def _block_start(s: str, start: int, name_start: int, column: _Cells | None) -> int:
    """Where a signature block begins: its first capacity (KT., TM. …), else the posts in capitals above the name."""
    caps = [c for c in CAPACITY.finditer(s, start, name_start) if column is None or _in_cells(column, c.start())]
    if caps:
        return caps[0].start()
    if column is not None:
        return next((a for a, _ in column if a >= start), name_start)
    return _title_start(s, name_start)


def _in_cells(column: _Cells, at: int) -> bool:
    return any(a <= at < b for a, b in column)


def _block_text(s: str, start: int, end: int, column: _Cells | None) -> str:
    """The block's words from ``start`` to ``end``: in a two-column layout, only its own column's, line by line."""
    if column is None:
        return s[start:end]
    return "\n".join(s[a:b] for a, b in column if start <= a and b <= end)


def _block_issuer(ctx: Context, block: str, signers: list[str]) -> str | None:
    """Which of a joint document's issuers a signature block names ("KT. GIÁM ĐỐC / SỞ NÔNG NGHIỆP VÀ MÔI
    TRƯỜNG", "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH"): the one whose name, without its place, it prints."""
    abbreviations = lexicon().abbreviations
    key = tone_key(" ".join(abbreviations.get(w, w) for w in block.split()))  # "KT. CHỦ TỊCH UBND THỊ XÃ QUẾ VÕ"
    # the name with its own place first ("… thị xã Quế Võ", less the province), then without any place
    for strip in (r"\s(?:tỉnh|thành phố)\s.*$", r"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|Việt Nam)(?:\s.*)?$"):
        for node_id in signers:
            name = str(ctx.graph.nodes[node_id].properties.get("name", ""))
            bare = re.sub(strip, "", name)
            if len(bare.split()) >= 2 and tone_key(bare) in key:
                return node_id
    return None


def _sign(
    ctx: Context, bodies: BodyIndex, issuer: str | None, doc_id: str, name: re.Match[str], block_start: int, block: str
) -> None:
    pieces = _post_pieces(block)
    capacity = on_behalf = None
    marked = [i for i, piece in enumerate(pieces) if CAPACITY.match(piece)]
    if marked:
        last = pieces[marked[-1]]
        capacity = CAPACITY.match(last).group(1)  # type: ignore[union-attr]
        on_behalf = _tidy_post(CAPACITY.sub("", last, count=1)) or None
    after = pieces[marked[-1] + 1 :] if marked else pieces
    if on_behalf and len(after) > 1 and not _is_post(after[0]) and find_bodies(sentence_case(after[0])):
        # "KT. GIÁM ĐỐC / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / PHÓ GIÁM ĐỐC": the head's post runs on with its body
        on_behalf = _tidy_post(f"{CAPACITY.sub('', pieces[marked[-1]], count=1)} {after[0]}")
        after = after[1:]
    title = _tidy_post(after[0]) if after else on_behalf
    span = (block_start, name.end())
    # "CHỦ TỊCH / GIÁM ĐỐC SỞ NỘI VỤ": a second post, held in a body of its own
    second = [(piece, _second_post(piece)) for piece in after[1:]]
    holds = _post_body(ctx, bodies, issuer, title, [piece for piece, post in second if post is None], span)
    if holds and title and tone_key(title).startswith(("bí thư", "phó bí thư")):
        holds = _committee_of_organ(ctx, holds, span)
    title = _post_alone(title)
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


def _post_alone(title: str | None) -> str | None:
    """ "Phó giám đốc sở xây dựng": the post, without the body it is held in (which the caller has placed)."""
    split = _second_post(title) if title else None
    return title[: len(split[0])] if title and split and find_bodies(sentence_case(split[1])) else title


_COMMITTEE_ORGANS = ("ban thường vụ", "thường trực", "ban thường trực")


def _committee_of_organ(ctx: Context, body: str, span: tuple[int, int]) -> str:
    """ "PHÓ BÍ THƯ THƯỜNG TRỰC" under "BAN THƯỜNG VỤ TỈNH UỶ": a secretary is the Party committee's secretary
    ("Phó Bí thư Thường trực Tỉnh ủy"), whichever of its organs the document is issued by."""
    name = str(ctx.graph.nodes[body].properties.get("name", ""))
    key = tone_key(name)
    for organ in _COMMITTEE_ORGANS:
        rest = name[len(organ) + 1 :]
        if key.startswith(organ + " ") and tone_key(rest).startswith(_PARTY_COMMITTEE_WORDS):
            committee = ctx.body(BodyMention(span[0], span[1], rest, rest, "Agency", False))
            if committee and committee != body:
                ctx.edge("PART_OF", body, committee, span)
                return committee
    return body


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


def _is_post(piece: str) -> bool:
    key = tone_key(" ".join(piece.split()))
    return any(key == tone_key(post) or key.startswith(tone_key(post) + " ") for post in lexicon().posts)


def _second_post(piece: str) -> tuple[str, str] | None:
    """(post, the body's words) of a line such as "GIÁM ĐỐC SỞ NỘI VỤ"; None for a line that is no post."""
    line = " ".join(piece.split())
    key = tone_key(line)
    for post in lexicon().posts:
        if key.startswith(tone_key(post) + " "):
            return post, line[len(post) :].strip()
    return None


# a Nơi nhận item on a signature's line, which a PDF's text layer printed beside it with no wide gap: up to the
# item's closing semicolon or full stop ("- VPUB: LĐ, KTTH;", "- Như trên;")
_RECIPIENT_ITEM = re.compile(r"\s*[-+•]\s+[^;]*(?:;|\.(?=\s|$)|$)")


def _post_pieces(block: str) -> list[str]:
    """The lines of a signature block that name posts: 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'VỤ CẢI CÁCH …'.
    Scribbles and a Nơi nhận line that PDF columns glued on are dropped."""
    out = []
    for line in re.split(r"\n|(?<=[A-ZĐ])\s+(?=KT\.|TL\.|TM\.|TUQ\.|T/M|K/T|T/L|PHÓ\s)", block):
        item = _RECIPIENT_ITEM.match(line)
        if item:  # "- Như trên; PHÓ CHỦ TỊCH", "- VPUB: LĐ, KTTH;": a recipient, and the post printed after it
            # (or after the item's comma: "- Thường trực Tỉnh ủy (để b/c), PHÓ TRƯỞNG BAN")
            last = line.rpartition(",")[2].strip()
            line = last if item.end() == len(line) and last.isupper() and _is_post(last) else line[item.end() :]
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
        # "VỤ TRƯỞNG VỤ TỔNG HỢP": the body after the post, read apart from it
        split = _second_post(title)
        named = find_bodies(sentence_case(split[1] if split else title))
        if named:
            return (
                ctx.body(
                    BodyMention(span[0], span[1], named[0].surface, named[0].name, "Agency", named[0].needs_locality)
                )
                or issuer
            )
    standing = _STANDING_BODY.match(str(ctx.graph.nodes[issuer].properties.get("name", ""))) if issuer else None
    if standing and title and _CHAIR.match(title):
        # "TM. THƯỜNG TRỰC HĐND TỈNH / PHÓ CHỦ TỊCH": the council's vice-chair, a post in the council itself
        council = standing.group(1)
        return ctx.body(BodyMention(span[0], span[1], council, council, "Agency", False)) or issuer
    return issuer


_STANDING_BODY = re.compile(r"Thường trực (Hội đồng nhân dân .+)")
_CHAIR = re.compile(r"(?:[Pp]hó )?[Cc]hủ tịch")


def _standalone(s: str, m: re.Match[str]) -> bool:
    """A signer's name stands alone on its line, or ends a line of capitals; a footnote marker or a wide
    gap may follow it ("Trịnh Ngọc Duệ 1 Văn phòng …")."""
    line_start = s.rfind("\n", 0, m.start()) + 1
    line_end = s.find("\n", m.end())
    line_end = len(s) if line_end < 0 else line_end
    before, after = s[line_start : m.start()], s[m.end() : line_end]
    after_ok = not after.strip(" .") or bool(re.match(r"\s+\d{1,2}\s|\s{2,}", after))
    before = _RANK_BEFORE.sub("", before)  # "Đại tá Phạm Quang Huy", signing for the police
    # "- Lưu: VT, XD1. Lê Ngọc Huấn": the signature column's last line, run onto the filing line by PDF extraction
    # (or onto any recipient's line after its semicolon: "- Đ/c Giám đốc (để b/c); Đại tá Hà Văn Kiên")
    filed = bool(_FILED_BEFORE.fullmatch(before) or _ITEM_BEFORE.fullmatch(before))
    return after_ok and (not before.strip() or before.strip().isupper() or filed)


_ITEM_BEFORE = re.compile(
    r"\s*[-+•]\s*[^\n]*?[;,]\s+"
)  # (or its comma: "- Các đồng chí Ủy viên BTV Tỉnh ủy, Huỳnh Thanh Liêm")
# (the drafter's initials may stand between: "- Lưu: VT, NC. TH Lâm Văn Thạnh", "NC.TH Lâm Văn Thạnh")
_FILED_BEFORE = re.compile(r"\s*[-+•]?\s*Lưu\b[^\n]*?(?:[.;]\s*[A-ZĐ]{1,4}\d?\s+|[.;]\s+)")


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
    # a district's or a commune's office serves its council too, and the text names it so: "Giao Văn phòng HĐND và
    # UBND huyện theo dõi …" under "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG"
    combined = tone_key(f"Văn phòng Hội đồng nhân dân và {node.properties['name']}")
    for other in ctx.graph.nodes.values():
        if other.label == "Agency" and tone_key(str(other.properties.get("name", ""))) == combined:
            ctx.edge("PART_OF", other.id, issuer, span)
            return other.id
    mention = BodyMention(span[0], span[1], name, name, "Agency", False)
    office = ctx.body(mention) or issuer
    ctx.edge("PART_OF", office, issuer, span)
    return office


def _person_node(ctx: Context, pid: str, name: str, title: str | None, span: tuple[int, int]) -> Node:
    props: dict[str, object] = {"name": name}
    if title:
        props["titles"] = [title]
    return Node(pid, "Person", props, [ctx.source(*span)])


# the words a person is addressed by, each in both cases, opening on its letter: the search skips in C to them
# (and the accused of a case: "bị can Trần Văn Lực")
_ADDRESS_WORDS = (
    "Đồng chí",
    "Đ/c",
    "Ông",
    "Bà",
    "Luật sư",
    "Bị can",
    "Bị cáo",
    *(rf"{r}[ \t]+{_GRADE}" for r in _RANKS),
)
_ADDRESS = re.compile(
    branches_not_after([c + w[1:] for w in _ADDRESS_WORDS for c in (w[0], w[0].lower())], r"[\wĐđ]") + r"\s+"
)


_SENTENCE_ENDS = re.compile(rf"(?<!TP)(?<!Tp)\.\s+(?=[{UPPER}])")
_LIVES_AT = re.compile(r"\s*,\s*(?:thôn|xóm|ấp|bản|khối|tổ dân phố|trú tại|ngụ tại|ngụ|cư trú)\s")


# a body a decision sets up, or whose members it names: "Thành lập Ban Chỉ đạo …", "Kiện toàn Hội đồng …"
_SET_UP = re.compile(r"(?<![\wĐđ])(?:[Tt]hành lập|[Kk]iện toàn|[Cc]ủng cố|[Tt]hành viên(?:\s+của)?)(?:\s+lại)?\s+")
_SET_UP_CUES = ("hành lập", "iện toàn", "ủng cố", "hành viên")  # its words less their first letter (cued_matches)
# a member's role in that body, closing the member's line: "Ông Hà Văn Tuấn, Chánh Văn phòng UBND tỉnh - Ủy viên;"
_ROLE = (
    r"(?:Phó\s+)?(?:Trưởng\s+[Bb]an|Trưởng\s+[Đđ]oàn|Tổ\s+trưởng|Chủ\s+tịch\s+Hội\s+đồng)(?:\s+[Tt]hường\s+trực)?"
    r"|Tổ\s+phó|[Tt]hành\s+viên|[Tt]hư\s+ký|[ỦUủu][ỷy]\s+viên(?:\s+(?:[Tt]hường\s+trực|(?:kiêm\s+)?[Tt]hư\s+ký))?"
)
_MEMBER_ROLE = re.compile(rf"\s[-–]\s*(?P<role>{_ROLE})\s*[.;,]?\s*$")
# the role before the member on the line: "a) Trưởng ban: Ông Lý Quốc Khánh, Chủ tịch UBND tỉnh;"
_ROLE_BEFORE = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)]|[a-zđ]\)|[-+•])?[ \t]*(?:[Cc]ác[ \t]+)?(?P<role>{_ROLE})[ \t]*:[ \t]*"
    r"(?:(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)[ \t]+)?$",
    re.MULTILINE,
)
# a heading that gives the role of the members listed under it: "b) Các Phó Trưởng ban:", "3. Các thành viên gồm:"
_ROLE_HEADING = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)]|[a-zđ]\))?[ \t]*(?:[Cc]ác[ \t]+)?(?P<role>{_ROLE})(?:[ \t]+gồm)?[ \t]*:[ \t]*$",
    re.MULTILINE,
)
# the set-up body's name runs, within its clause, to the list it opens: "…, gồm", "… có tên sau:", "(sau đây …)"
_WHOLE_NAME = re.compile(
    r"[^,;:(\n]{0,60}?(?:$|[(:;.]|,?\s*(?:bao\s+)?gồm|,?\s*có\s+(?:tên|thành\s+phần))", re.MULTILINE
)
_LIST_REACH = 2500  # how far after "Thành lập …, gồm:" its member list may run
_MEMBER_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[a-zđ]\)|[-+•])[ \t]*", re.MULTILINE)


def _set_up_bodies(ctx: Context, bodies: BodyIndex, body_end: int) -> list[tuple[int, str]]:
    """(position, node) of each body the text sets up or names the members of, in order."""
    out = []
    for m in cued_matches(_SET_UP, ctx.s, 0, body_end, _SET_UP_CUES, lead=1):
        placed = bodies.at(m.end())
        # the name must be whole: a name cut short ("Ban Chỉ đạo phát triển khoa học, công nghệ, …") is not the body
        if placed is not None and placed.mention.start == m.end() and _WHOLE_NAME.match(ctx.s, placed.mention.end):
            out.append((m.end(), placed.node_id))
    return out


def _role_of(s: str, at: int, closing: re.Match[str] | None, list_start: int) -> str | None:
    """A member's role in the body set up: closing the line, before the name, or in the heading above."""
    line_start = s.rfind("\n", 0, at) + 1
    found = closing or _ROLE_BEFORE.search(s, line_start, at)
    if found is None and _MEMBER_LINE.match(s, line_start) and s[line_start:at].lstrip()[:1] in "-+•":
        # a bullet under "b) Các Phó Trưởng ban:": the nearest heading above it, after the set-up
        headings = list(_ROLE_HEADING.finditer(s, list_start, line_start))
        if headings and not re.search(r"\n[ \t]*(?:\d{1,2}[.)]|[a-zđ]\))", s[headings[-1].end() : line_start]):
            found = headings[-1]
    if found is None:
        return None
    role = " ".join(found.group("role").split())
    return role[:1].upper() + role[1:]


def named_people(ctx: Context, bodies: BodyIndex, body_end: int) -> None:
    """People named in the text with an address or a post: "Đồng chí Nguyễn Ngọc Phúc - Tỉnh ủy viên, Phó Chủ
    tịch UBND tỉnh", "Thứ trưởng Nguyễn Văn Hồi", "ông Nguyễn Mạnh Cường, Vụ Cải cách hành chính".
    A member of a body the decision sets up holds the role the line closes with in that body as well
    ("1. Ông Lý Quốc Khánh, Chủ tịch UBND tỉnh - Trưởng ban;")."""
    s = ctx.s
    post_re = _post_re()
    set_up = _set_up_bodies(ctx, bodies, body_end)
    starts = [m.end() for m in _ADDRESS.finditer(s, 0, body_end)]
    starts += [m.end() for m in post_re.finditer(s, 0, body_end)]
    starts += _listed_people(s, body_end)
    # "2. Nguyễn Văn Bình, Giám đốc Sở Tài chính - Ủy viên": a member named without an address, taken only with
    # a role ("- Lâm Đồng, Đắk Nông: …" opens a line with a family name too)
    bare = {m.end() for m in _MEMBER_LINE.finditer(s, set_up[0][0], body_end)} - set(starts) if set_up else set()
    for at in sorted(set(starts) | bare):
        m = person_re().match(s, at)
        if m is None or head_re().match(s, at) or _cut_head(m.group()):
            continue  # "Chủ nhiệm Đoàn Luật sư": a body whose head is also a family name
        name = " ".join(m.group().split())
        # what follows the name, to the end of its clause: its posts and bodies
        tail_end = min(x for x in (s.find(";", m.end()), s.find("\n", m.end()), m.end() + 160) if x >= 0)
        sentence = _SENTENCE_ENDS.search(s, m.end(), tail_end)  # "…, giữ nguyên Quyết định số 1127. UBND xã …"
        tail_end = sentence.start() if sentence else tail_end
        tail = s[m.end() : tail_end]
        role = _MEMBER_ROLE.search(tail)
        # the list follows the words that set the body up: a body set up pages before is another matter
        committee = next((node for pos, node in reversed(set_up) if pos < at), None)
        if committee and at - max(pos for pos, _ in set_up if pos < at) > _LIST_REACH:
            committee = None
        role_title = _role_of(s, at, role, set_up[0][0] if set_up else at) if committee else None
        if at in bare and role_title is None:
            continue
        own = tail[: role.start()] if role_title and role else tail  # the member's own post and body
        holder = None
        for p in bodies.within(m.end(), m.end() + len(own)):
            holder = p
            break
        held_before = _post_and_body_before(s, bodies, at, m.end()) if holder is None else None
        if held_before is not None:
            holder = held_before[1]
        pid = person_id(name, holder.node_id if holder else (committee if role_title else None))
        post = post_re.search(own)
        line_start = max(s.rfind("\n", 0, at), s.rfind(";", 0, at)) + 1  # a post on the line above is another's
        before = post_re.search(s[max(line_start, at - 40) : at] + " ")
        title = post.group("post") if post else (before.group("post") if before else None)
        if held_before is not None:
            title, held_in = held_before
            if pid not in ctx.graph.nodes:
                ctx.graph.add_node(_person_node(ctx, pid, name, title, (m.start(), m.end())))
            ctx.edge("HOLDS_POST", pid, held_in.node_id, (held_in.mention.start, m.end()), title=title)
            continue
        known = pid in ctx.graph.nodes and title is None  # named again, with nothing new
        if not known:
            ctx.graph.add_node(_person_node(ctx, pid, name, title, (m.start(), m.end())))
        # (not a citizen's address: "ông Nguyễn Văn Toản, thôn Đông Thượng, xã Tân Liễu" holds no post there)
        lives = _LIVES_AT.match(tail) is not None
        if holder and not known and not lives and re.match(r"^\s*[-,–(]", tail):
            chain = _post_chain(ctx, bodies, m.end(), tail_end)
            # "…, Phó Bí thư Đảng uỷ, Chủ tịch Uỷ ban nhân dân xã Ea Phê": each body with the post named before it
            own_title = next((held for held, body, _ in chain if body == holder.node_id), title)
            ctx.edge(
                "HOLDS_POST",
                pid,
                holder.node_id,
                (m.start(), holder.mention.end),
                **({"title": own_title} if own_title else {}),
            )
            for held, body, end in chain:
                if body != holder.node_id:
                    ctx.edge("HOLDS_POST", pid, body, (m.start(), end), title=held)
        if committee and role_title:
            ctx.graph.add_node(_person_node(ctx, pid, name, role_title, (m.start(), m.end())))
            ctx.edge("HOLDS_POST", pid, committee, (m.start(), m.end() + (role.end() if role else 0)), title=role_title)


# the person a post names in brackets after it: "Giám đốc Ban Quản lý dự án … huyện Nghi Lộc (ông Phan Đình Lực)"
_NAMED_IN_BRACKETS = re.compile(r"\s*\(\s*(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+$")


def _post_and_body_before(s: str, bodies: BodyIndex, at: int, name_end: int) -> tuple[str, Placed] | None:
    """(post, body) of "post body (ông NAME)", for the name at ``at``."""
    bracket = _NAMED_IN_BRACKETS.search(s, max(0, at - 16), at)
    if bracket is None or not s.startswith(")", name_end):
        return None
    body = bodies.ending_at(bracket.start(), slack=0)
    if body is None:
        return None
    post = _post_re().search(s, max(0, body.mention.start - 40), body.mention.start)
    while post is not None and post.end() < body.mention.start:  # the post right before the body, none between
        post = _post_re().search(s, post.end(), body.mention.start)
    return (post.group("post"), body) if post is not None and post.end() == body.mention.start else None


# people listed without an address, one a clause: "… đối với: Bùi Văn Thắng, nguyên Phó Chủ tịch UBND huyện; Đinh
# Công Thuấn, Chủ tịch UBND xã", "… và các đồng chí: Lê Văn Thạnh, nguyên …; Nguyễn Hữu Phước, …"
_PEOPLE_LIST = re.compile(r"(?:đối với|các đồng chí|các ông, bà|các ông)\s*:\s*")


def _listed_people(s: str, end: int) -> list[int]:
    """Where each person of such a list is named: after the colon, and after each semicolon to the sentence's end."""
    out = []
    for m in _PEOPLE_LIST.finditer(s, 0, end):
        stop = min((i for i in (s.find(". ", m.end(), end), s.find(".\n", m.end(), end)) if i >= 0), default=end)
        items = [m.end(), *(m.end() + sep.end() for sep in re.finditer(r";\s*", s[m.end() : stop]))]
        # a person's name, then a comma and the post: "Bùi Văn Thắng, nguyên Phó Chủ tịch …" (not a street or a paper)
        out += [at for at in items if (name := person_re().match(s, at)) and s.startswith(",", name.end())]
    return out


_CHAIN_SEP = re.compile(r"\s*[,–-]\s*")
# a body named by its kind alone, its place left to the post after it: "Phó Bí thư Đảng uỷ, Chủ tịch UBND xã …"
_BARE_KIND = re.compile(r"(?:Đảng [uủ][ỷy]|Hội đồng nhân dân|HĐND|[UỦ][ỷy] ban nhân dân|UBND)(?=\s*,)")
# a local body named by its kind and its place: the place a bare kind before it shares
_KIND_AND_PLACE = re.compile(
    r"(?:Đảng [uủ][ỷy]|Hội đồng nhân dân|HĐND|[UỦ][ỷy] ban nhân dân|UBND)\s+"
    r"(?P<place>(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\s.+)$"
)


_STANDING_DEPUTY = re.compile(r"[Tt]hường trực\s+")
# the head of a board named with it: "…, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh" (post "Trưởng ban", body "Ban …"),
# and of a task force: "…, Tổ trưởng Tổ công tác đặc biệt của tỉnh"
_HEAD_OF_BOARD = re.compile(r"(?P<post>(?:Phó )?Trưởng(?=[ ]Ban )|Tổ (?:trưởng|phó)(?: [Tt]hường trực)?(?=[ ]Tổ ))[ ]")


def _post_chain(ctx: Context, bodies: BodyIndex, at: int, end: int) -> list[tuple[str, str, int]]:
    """(post, body, end of its name) of each "post body" the clause after a person's name lists, comma after
    comma. A body named by its kind alone ("Phó Bí thư Đảng uỷ, Chủ tịch Uỷ ban nhân dân xã Ea Phê") is of the
    place the last one names: the place is written once, for every post."""
    s = ctx.s
    chain: list[tuple[str, str, int]] = []
    bare: list[tuple[str, re.Match[str]]] = []  # (post, its body's bare kind)
    last_body: tuple[int, int] | None = None
    pos = at
    while (sep := _CHAIN_SEP.match(s, pos, end)) and (
        post := _post_re().match(s, sep.end(), end) or _HEAD_OF_BOARD.match(s, sep.end(), end)
    ):
        # "Phó Chủ tịch Thường trực UBND tỉnh": the standing deputy's post, then the body
        standing = _STANDING_DEPUTY.match(s, post.end(), end)
        at_body = standing.end() if standing else post.end()
        body = bodies.at(at_body)
        kind = _BARE_KIND.match(s, post.end(), end)
        if body is not None and body.mention.start == at_body:
            held = post.group("post") + (" Thường trực" if standing else "")
            if post.re is _HEAD_OF_BOARD and not held.startswith("Tổ"):
                held = f"{held} ban"
            chain.append((held, body.node_id, body.mention.end))
            last_body = (body.mention.start, body.mention.end)
            pos = body.mention.end
        elif kind:
            bare.append((post.group("post"), kind))
            pos = kind.end()
        else:
            break
    place = _KIND_AND_PLACE.match(s, *last_body) if last_body and bare else None
    if place is None:
        return chain
    for held, kind in bare:
        found = find_bodies(f"{kind.group()} {place.group('place')}")
        if found:
            b = found[0]
            # the quote runs from the bare kind to the place that completes it
            node_id = ctx.body(BodyMention(kind.start(), place.end(), b.surface, b.name, b.label, b.needs_locality))
            if node_id:
                chain.append((held, node_id, place.end()))
    return chain


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


# "Người đại diện theo pháp luật: Ông Phạm Văn Thuỷ; chức danh: Giám đốc." under a firm's name in a decision about it
_REPRESENTATIVE = re.compile(
    r"Người đại diện(?: theo pháp luật)?\s*:\s*(?:[ÔôBb](?:ng|à)\s+)?(?P<name>[^\n;.,:]{4,40}?)\s*[;.,]"
    r"[^\n]{0,40}?(?:\n\s*)?[Cc]hức (?:danh|vụ)\s*:\s*(?P<post>[^\n;.]{2,40})"
)


def legal_representatives(ctx: Context, bodies: BodyIndex, body_end: int) -> None:
    """A firm's legal representative holds the post the decision gives him in the firm named just above."""
    s = ctx.s
    at = s.find("đại diện", 0, body_end)
    while at >= 0:
        m = _REPRESENTATIVE.match(s, max(0, at - 6), body_end) if s.startswith("Người", max(0, at - 6)) else None
        person = person_re().fullmatch(m.group("name")) if m else None
        # (the firm named above, asked only of a representative's line)
        firm = (
            next((p for p in reversed(bodies.within(max(0, at - 700), at)) if p.mention.label == "Organization"), None)
            if m and person
            else None
        )
        if m and firm:
            name, post = " ".join(m.group("name").split()), m.group("post").strip()
            pid = person_id(name, firm.node_id)
            ctx.graph.add_node(_person_node(ctx, pid, name, post, (m.start("name"), m.end("name"))))
            ctx.edge("HOLDS_POST", pid, firm.node_id, (m.start(), m.end()), title=post)
        at = s.find("đại diện", at + 1, body_end)
